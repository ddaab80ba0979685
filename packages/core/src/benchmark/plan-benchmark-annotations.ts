import type { PlannedAnnotation } from '../summary/plan-annotations.js';
import { clipLine } from '../summary/fit-to-limit.js';
import { capAnnotations } from '../summary/plan-annotations.js';
import { formatBenchmarkValue, formatPercent } from './benchmark-units.js';
import type { BenchmarkComparisonResult } from './compare-benchmarks.js';

/**
 * Pure: the annotations of a comparison. Each regression is a warning (an error when the step fails on them),
 * placed on the benchmark's test file when its pytest name gives one; runner drift is one warning, not one per
 * benchmark; the first run is a notice. Capped to GitHub's 10 of each kind, less the slots the step takes itself: its
 * `core.setFailed` error when it fails on the regressions, and `warnings` more it may write (the comment's on a fork).
 */
export function planBenchmarkAnnotations(result: BenchmarkComparisonResult, failOnRegression: boolean, warnings = 0): PlannedAnnotation[] {
  const planned: PlannedAnnotation[] = [];
  const stat = result.settings.stat;
  if (result.baselineSource === undefined) {
    planned.push({
      level: 'notice',
      title: 'benchmark-compare: no baseline yet',
      message: `No baseline to compare with (first run): ${result.comparisons.length} benchmarks recorded. Save one with save-baseline on the default branch.`,
    });
  }
  if (result.drift) {
    const d = result.drift;
    const moved = `${d.benchmarks} of ${d.compared} benchmarks moved together by ×${d.factor.toFixed(2)}`;
    planned.push(
      result.sameJob
        ? {
            level: 'warning',
            title: 'benchmark-compare: everything moved together',
            message: `${moved}, measured in this job on this machine: the code, not the runner. Each change is judged as measured.`,
          }
        : {
            level: 'warning',
            title: 'benchmark-compare: runner drift',
            message:
              `${moved}: the runner, or a change that slows everything. ` +
              'Changes are judged relative to that factor. Running base and head in the same job (workflows-templates/benchmarks.yml) tells which.',
          },
    );
  }
  for (const c of result.comparisons) {
    if (c.verdict !== 'regression' || c.baseline === undefined || c.current === undefined) continue;
    const file = /^([^:]+\.py)::/.exec(c.name)?.[1];
    planned.push({
      level: failOnRegression ? 'error' : 'warning',
      title: `benchmark-compare: ${clipLine(c.name, 200)} is slower`,
      message:
        `${stat} ${formatBenchmarkValue(c.baseline, c.quantity, c.unit)} → ${formatBenchmarkValue(c.current, c.quantity, c.unit)} ` +
        `(${formatPercent(c.effectiveChange ?? c.change ?? 0, true)}${c.relativeChange !== undefined ? ' relative to the drift' : ''}${c.noiseNote ? `; ${c.noiseNote}` : ''}).`,
      ...(file !== undefined ? { file } : {}),
    });
  }
  const fails = failOnRegression && result.regressions > 0;
  return capAnnotations(planned, 'benchmark-compare', 'in the job summary and the report', { error: fails ? 1 : 0, warning: warnings });
}
