import type { CheckResult } from '../publish/check-result.js';

/** GitHub shows at most 10 annotations of each kind for one step. */
export const ANNOTATIONS_PER_KIND = 10;

/** One `::error`/`::warning` to write. */
export interface PlannedAnnotation {
  readonly level: 'error' | 'warning';
  readonly title: string;
  readonly message: string;
}

/**
 * The annotations for a list of checks: failures as errors and warnings as warnings, each kind
 * cut to GitHub's limit, the last slot saying how many more there are (they are all in the summary).
 */
export function planAnnotations(checks: readonly CheckResult[], tool: string): PlannedAnnotation[] {
  const planned: PlannedAnnotation[] = [];
  for (const [kind, level] of [['failure', 'error'], ['warning', 'warning']] as const) {
    const matching = checks.filter((check) => check.level === kind);
    const room = matching.length > ANNOTATIONS_PER_KIND ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND;
    for (const check of matching.slice(0, room)) {
      planned.push({
        level,
        title: `${tool}: ${check.id}`,
        message: `${check.file ? `${check.file}: ` : ''}${check.message}${check.fix ? ` Fix: ${check.fix}` : ''}`,
      });
    }
    if (matching.length > room) {
      const more = matching.length - room;
      planned.push({ level, title: `${tool}: ${more} more`, message: `${more} more ${kind === 'failure' ? 'failures' : 'warnings'}: every check is in the job summary and the report.` });
    }
  }
  return planned;
}
