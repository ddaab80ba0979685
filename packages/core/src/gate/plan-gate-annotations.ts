import type { PlannedAnnotation } from '../summary/plan-annotations.js';
import { capAnnotations } from '../summary/plan-annotations.js';
import type { GateResult } from './evaluate-gate.js';

/**
 * The step's annotations: each failing test as an error at its file and line (where the report
 * or its traceback says), then failing findings and lint errors; flaky tests and uncovered
 * changed lines as warnings. Each kind is cut to GitHub's 10 a step, the last saying how many
 * more; `reserved` slots are left for what the step writes besides (its failure, its warnings).
 */
export function planGateAnnotations(result: GateResult, reserved: { readonly error?: number; readonly warning?: number } = {}): PlannedAnnotation[] {
  const planned: PlannedAnnotation[] = [];
  const at = (file: string | undefined, line: number | undefined): { file?: string; line?: number } => ({
    ...(file !== undefined ? { file } : {}),
    ...(file !== undefined && line !== undefined ? { line } : {}),
  });
  for (const test of result.failingTests) {
    planned.push({
      level: 'error',
      title: `${test.outcome === 'errored' ? 'Errored' : 'Failed'}: ${test.classname}${test.classname !== '' ? '::' : ''}${test.name}`,
      message: (test.message ?? test.text ?? `${test.outcome} (${test.report})`).slice(0, 2000),
      ...at(test.file, test.line),
    });
  }
  for (const finding of result.findings.filter((f) => f.failing)) {
    planned.push({ level: 'error', title: `${finding.tool} ${finding.rule}`.trim(), message: finding.message, ...at(finding.file, finding.line) });
  }
  for (const diagnostic of result.lint.filter((d) => d.severity === 'error')) {
    planned.push({ level: 'error', title: `${diagnostic.tool}${diagnostic.code !== undefined ? ` ${diagnostic.code}` : ''}`, message: diagnostic.message, ...at(diagnostic.file, diagnostic.line) });
  }
  for (const test of result.flakyTests) {
    planned.push({ level: 'warning', title: `Flaky: ${test.classname}${test.classname !== '' ? '::' : ''}${test.name}`, message: `Passed after ${test.failedAttempts} failed attempt(s).`, ...at(test.file, test.line) });
  }
  for (const file of result.diffCoverage?.uncovered ?? []) {
    planned.push({ level: 'warning', title: 'Changed lines not covered', message: `${file.lines.length} changed line(s) not covered by tests: ${file.lines.join(', ')}`, file: file.file, ...(file.lines[0] !== undefined ? { line: file.lines[0] } : {}) });
  }
  return capAnnotations(planned, 'quality-gate', 'in the job summary and the report', reserved);
}
