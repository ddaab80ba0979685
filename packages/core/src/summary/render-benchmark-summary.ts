import type { BenchmarkVerdict } from '../benchmark/benchmark-report.js';
import { formatBenchmarkValue, formatPercent, formatThreshold } from '../benchmark/benchmark-units.js';
import type { BenchmarkComparisonDetail, BenchmarkComparisonResult } from '../benchmark/compare-benchmarks.js';
import { clipLine, fitToLimit } from './fit-to-limit.js';
import { STEP_SUMMARY_LIMIT, escapeMarkdown, inlineCode, renderTable } from './markdown.js';

/** What the summary says beyond the comparison. */
export interface BenchmarkSummaryContext {
  /** The current results file, as given. */
  readonly currentPath: string;
  /** Where the current results were saved as the next baseline, when they were. */
  readonly savedBaseline?: string | undefined;
  /** The step fails on regressions (`fail-on-regression`). */
  readonly failOnRegression: boolean;
  /** Rows of the table (and of each list) at most, the rest counted; fewer when the text would pass `limit`. */
  readonly maxRows?: number;
  /** Benchmarks in the chart at most. */
  readonly maxChartBars?: number;
  /** UTF-8 bytes at most: GitHub's 1 MiB step summary by default; a comment passes its own 65,535 characters. */
  readonly limit?: number;
}

/** Rows kept, stage by stage, until the text fits its limit. */
const ROW_STAGES = [200, 50, 20, 5, 0];
/** A benchmark name in the table, lists and chart: parametrized ids can be kilobytes long. */
const NAME_LIMIT = 300;

const VERDICT_LABELS: Readonly<Record<BenchmarkVerdict, string>> = {
  regression: '❌ regression',
  'within-noise': '〰️ within noise',
  improvement: '🚀 improvement',
  unchanged: '✅ unchanged',
  new: '🆕 new',
  removed: '🗑️ removed',
};

const TEMPLATE_HINT = 'run the base and head benchmarks in the same job, one after the other, as `workflows-templates/benchmarks.yml` does';

/**
 * The job summary (and the pull request comment): the verdict, what was compared with what, the runner drift when
 * there was some, a table (benchmark, baseline, current, change, verdict) sorted by severity, a Mermaid bar chart of
 * the changes against the threshold, and the new and removed benchmarks. Sections are in order of importance and
 * long tables are cut with a line saying how many rows were left out (every one is in the report).
 */
export function renderBenchmarkSummary(result: BenchmarkComparisonResult, context: BenchmarkSummaryContext): string {
  const first = context.maxRows ?? ROW_STAGES[0] ?? 200;
  const stages = [first, ...ROW_STAGES.filter((rows) => rows < first)].map((rows) => () => renderWhole(result, { ...context, maxRows: rows, maxChartBars: Math.min(context.maxChartBars ?? 25, Math.max(rows, 5)) }));
  return fitToLimit(stages, { limit: context.limit ?? STEP_SUMMARY_LIMIT }).text;
}

function renderWhole(result: BenchmarkComparisonResult, context: BenchmarkSummaryContext): string {
  const maxRows = context.maxRows ?? 200;
  const out: string[] = [`## benchmark-compare: ${renderVerdictLine(result)}`, ''];
  const stat = result.settings.stat;
  const threshold = formatThreshold(result.settings.threshold);
  const compared = result.comparisons.filter((c) => c.verdict !== 'new' && c.verdict !== 'removed');
  const added = result.comparisons.filter((c) => c.verdict === 'new');
  const removed = result.comparisons.filter((c) => c.verdict === 'removed');

  if (result.baselineSource === undefined) {
    out.push(`No baseline yet at the given path: this looks like the first run. The ${added.length} ${plural(added.length, 'benchmark')} of ${inlineCode(context.currentPath)} are listed below; nothing was compared.`);
    out.push('', context.savedBaseline ? `Saved as the baseline for the next runs: ${inlineCode(context.savedBaseline)}.` : 'Set `save-baseline` on the default branch to keep them as the baseline for the next runs.');
    out.push('', renderTable(['Benchmark', capitalise(stat)], cut(added, maxRows).shown.map((c) => [codeName(c.name), c.current === undefined ? '' : formatBenchmarkValue(c.current, c.quantity, c.unit)])));
    const more = added.length - Math.min(added.length, maxRows);
    if (more > 0) out.push('', `…and ${more} more (every one is in the report).`);
    return `${out.join('\n')}\n`;
  }

  const history = result.comparisons.some((c) => c.historyRuns !== undefined);
  out.push(
    `Compared the **${stat}** of ${compared.length} ${plural(compared.length, 'benchmark')} in ${inlineCode(context.currentPath)} with ${inlineCode(result.baselineSource)}` +
      `${result.baselineFiles > 1 ? ` (${result.baselineFiles} runs${history ? '; the baseline is their geometric mean and their spread counts as noise' : ''})` : ''}. ` +
      `A change is a regression when it is past ${threshold} and past the noise.`,
  );
  if (result.drift) {
    const d = result.drift;
    const how = `${describeFactor(d.factor)} (×${d.factor.toFixed(2)})`;
    const moved = `${d.benchmarks} of ${d.compared} benchmarks moved together, ${how}`;
    out.push(
      '',
      `> [!WARNING]`,
      result.sameJob
        ? `> **Everything moved together:** ${d.benchmarks} of ${d.compared} benchmarks, ${how}. The baseline was measured in this job, on this machine, just before: the runner cannot explain that, so it is the code, and each change is judged as measured.`
        : `> **Runner drift:** ${moved}. ` +
            'That is either the runner or a change that slows everything, and one stored baseline cannot tell which. ' +
            `Each change is also shown relative to that factor, and is a regression only when it is past ${threshold} both as measured and relative to it. To know, ${TEMPLATE_HINT}.`,
    );
  }
  if (context.savedBaseline) out.push('', `Saved the current results as the next baseline: ${inlineCode(context.savedBaseline)}.`);

  if (compared.length > 0) {
    const { shown, hidden } = cut(compared, maxRows);
    out.push('', '### Benchmarks', '');
    out.push(
      renderTable(
        ['Benchmark', 'Baseline', 'Current', result.drift && !result.sameJob ? 'Change (vs drift)' : 'Change', 'Verdict'],
        shown.map((c) => [
          codeName(c.name),
          c.baseline === undefined ? '' : formatBenchmarkValue(c.baseline, c.quantity, c.unit),
          c.current === undefined ? '' : formatBenchmarkValue(c.current, c.quantity, c.unit),
          renderChange(c),
          `${VERDICT_LABELS[c.verdict]}${c.noiseNote ? ` (${escapeMarkdown(c.noiseNote)})` : ''}`,
        ]),
      ),
    );
    if (hidden > 0) {
      const allUnchanged = compared.slice(shown.length).every((c) => c.verdict === 'unchanged');
      out.push('', `…and ${hidden} more${allUnchanged ? ' unchanged' : ''} ${plural(hidden, 'benchmark')} (every one is in the report).`);
    }
    const chart = renderChangeChart(compared, result.settings.threshold, stat, context.maxChartBars ?? 25, Boolean(result.drift) && !result.sameJob);
    if (chart) out.push('', chart);
  }
  if (added.length > 0) out.push('', `### New (${added.length}, not compared)`, '', ...listNames(added, maxRows));
  if (removed.length > 0) out.push('', `### Removed (${removed.length}, only in the baseline)`, '', ...listNames(removed, maxRows));
  if (result.regressions > 0 && !context.failOnRegression) out.push('', 'The step does not fail on regressions: set `fail-on-regression: true` to make it.');
  return `${out.join('\n')}\n`;
}

/** The heading's verdict. */
export function renderVerdictLine(result: BenchmarkComparisonResult): string {
  if (result.baselineSource === undefined) return `🆕 no baseline yet: ${result.comparisons.length} ${plural(result.comparisons.length, 'benchmark')} recorded`;
  const regressions = result.comparisons.filter((c) => c.verdict === 'regression');
  const worst = regressions[0];
  if (worst) {
    const relative = worst.relativeChange !== undefined && worst.change !== undefined ? ` (${formatPercent(worst.relativeChange, true)} relative to the runner drift)` : '';
    return `❌ ${regressions.length} ${plural(regressions.length, 'regression')}; worst ${codeName(shortName(worst.name))} ${worst.change === undefined ? '' : formatPercent(worst.change, true)}${relative}`;
  }
  const noise = result.comparisons.filter((c) => c.verdict === 'within-noise').length;
  const compared = result.comparisons.filter((c) => c.verdict !== 'new' && c.verdict !== 'removed').length;
  const extras = [
    result.improvements > 0 ? `${result.improvements} ${plural(result.improvements, 'improvement')}` : '',
    noise > 0 ? `${noise} within noise` : '',
  ].filter(Boolean);
  const drift = !result.drift ? '' : result.sameJob ? `, but everything moved together (${describeFactor(result.drift.factor)})` : `, but the runner drifted (${describeFactor(result.drift.factor)})`;
  return `${result.drift ? '⚠️' : '✅'} no regression in ${compared} ${plural(compared, 'benchmark')}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}${drift}`;
}

function renderChange(c: BenchmarkComparisonDetail): string {
  if (c.change === undefined) return c.baseline === 0 ? 'from 0' : '';
  const main = formatPercent(c.change, true);
  return c.relativeChange !== undefined ? `${main} (${formatPercent(c.relativeChange, true)})` : main;
}

/**
 * A Mermaid bar chart of the changes (GitHub renders xychart-beta in summaries and comments), the most severe first,
 * with the threshold as a line. Labels are the short test names, quoted; values are finite percentages.
 */
export function renderChangeChart(comparisons: readonly BenchmarkComparisonDetail[], threshold: number, stat: string, maxBars: number, relative: boolean): string | undefined {
  const bars = comparisons.filter((c) => c.effectiveChange !== undefined && Number.isFinite(c.effectiveChange)).slice(0, maxBars);
  if (bars.length === 0) return undefined;
  const values = bars.map((c) => Math.round((c.effectiveChange ?? 0) * 1000) / 10);
  const limit = Math.round(threshold * 1000) / 10;
  const low = Math.min(0, -limit, ...values);
  const high = Math.max(0, limit, ...values);
  const pad = Math.max(5, (high - low) * 0.05);
  const labels = bars.map((c) => `"${chartLabel(c.name)}"`);
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "Change of the ${stat}${relative ? ' relative to the drift' : ''} (%), threshold ${limit}%"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "change (%)" ${Math.floor(low - pad)} --> ${Math.ceil(high + pad)}`,
    `  bar [${values.join(', ')}]`,
    `  line [${bars.map(() => limit).join(', ')}]`,
    '```',
  ];
  const left = comparisons.length - bars.length;
  return left > 0 ? `${lines.join('\n')}\n\n(${left} more not charted.)` : lines.join('\n');
}

/** A chart label: the short name on one line, without quotes or backslashes, 40 characters at most (whole code points). */
function chartLabel(name: string): string {
  return Array.from(shortName(name).replace(/["\\]/g, "'").replace(/\s+/g, ' ').trim()).slice(0, 40).join('');
}

/** A name as inline code, clipped. */
function codeName(name: string): string {
  return inlineCode(clipLine(name, NAME_LIMIT));
}

/** `tests/test_x.py::test_sort[100]` → `test_sort[100]`. */
export function shortName(name: string): string {
  const at = name.lastIndexOf('::');
  return at === -1 ? name : name.slice(at + 2);
}

function listNames(comparisons: readonly BenchmarkComparisonDetail[], maxRows: number): string[] {
  const { shown, hidden } = cut(comparisons, maxRows);
  const lines = shown.map((c) => `- ${codeName(c.name)}${c.current !== undefined ? `: ${formatBenchmarkValue(c.current, c.quantity, c.unit)}` : c.baseline !== undefined ? `: was ${formatBenchmarkValue(c.baseline, c.quantity, c.unit)}` : ''}`);
  if (hidden > 0) lines.push(`- …and ${hidden} more (every one is in the report)`);
  return lines;
}

/** The first rows (the most severe: the lists are sorted) and how many were left out. */
function cut<T>(rows: readonly T[], max: number): { shown: T[]; hidden: number } {
  return { shown: rows.slice(0, max), hidden: Math.max(0, rows.length - max) };
}

function describeFactor(factor: number): string {
  return factor >= 1 ? `about ${Math.round((factor - 1) * 100)}% slower` : `about ${Math.round((1 - factor) * 100)}% faster`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
