import type { CheckResult } from '../publish/check-result.js';

/** GitHub shows at most 10 annotations of each kind for one step. */
export const ANNOTATIONS_PER_KIND = 10;

/** One `::error`/`::warning`/`::notice` to write; `file` and `line` place it in the pull request's diff. */
export interface PlannedAnnotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly title: string;
  readonly message: string;
  /** Path relative to the repository root, as GitHub matches it to the diff. */
  readonly file?: string;
  /** 1-based. */
  readonly line?: number;
}

/**
 * Keeps each level within GitHub's 10 annotations a step, in the order given (put the most
 * important first). When a level has more, its last slot says how many were left out and where
 * they all are (`where`: "in the job summary and the report"). `reserved` keeps slots of a level
 * for annotations the step writes besides these (the `core.setFailed` error, its own warnings).
 */
export function capAnnotations(annotations: readonly PlannedAnnotation[], tool: string, where: string, reserved: Partial<Readonly<Record<PlannedAnnotation['level'], number>>> = {}): PlannedAnnotation[] {
  const capped: PlannedAnnotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const matching = annotations.filter((annotation) => annotation.level === level);
    const slots = Math.max(1, ANNOTATIONS_PER_KIND - (reserved[level] ?? 0));
    const room = matching.length > slots ? slots - 1 : slots;
    capped.push(...matching.slice(0, room));
    if (matching.length > room) {
      const more = matching.length - room;
      const noun = { error: 'errors', warning: 'warnings', notice: 'notices' }[level];
      capped.push({ level, title: `${tool}: ${more} more`, message: `${more} more ${noun}: every one is ${where}.` });
    }
  }
  return capped;
}

/**
 * The annotations for a list of checks: failures as errors and warnings as warnings, each kind
 * cut to GitHub's limit, the last slot saying how many more there are (they are all in the summary).
 */
export function planAnnotations(checks: readonly CheckResult[], tool: string): PlannedAnnotation[] {
  const planned: PlannedAnnotation[] = [];
  for (const [kind, level] of [['failure', 'error'], ['warning', 'warning']] as const) {
    for (const check of checks.filter((c) => c.level === kind)) {
      planned.push({
        level,
        title: `${tool}: ${check.id}`,
        message: `${check.file ? `${check.file}: ` : ''}${check.message}${check.fix ? ` Fix: ${check.fix}` : ''}`,
      });
    }
  }
  return capAnnotations(planned, tool, 'in the job summary and the report');
}

/** Where an annotation points, as the toolkit's `core.error`/`warning`/`notice` take it. */
export interface AnnotationPlace {
  readonly title: string;
  readonly file?: string;
  readonly startLine?: number;
}

/** The toolkit's three annotation writers: pass `@actions/core` itself (core never imports it). */
export type AnnotationWriters = Readonly<Record<PlannedAnnotation['level'], (message: string, place: AnnotationPlace) => void>>;

/** Writes planned annotations through `writers`, each at its file and line when it has them. */
export function writeAnnotations(annotations: readonly PlannedAnnotation[], writers: AnnotationWriters): void {
  for (const { level, title, message, file, line } of annotations) {
    writers[level](message, { title, ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { startLine: line } : {}) });
  }
}
