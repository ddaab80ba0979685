/**
 * One check of a release before it is uploaded. Every check says what it looked at and, when
 * it does not pass, how to fix it: the summary and the JSON report list them all.
 */
export type CheckLevel = 'pass' | 'warning' | 'failure';

export interface CheckResult {
  /** Stable identifier, kebab-case, e.g. `wheel-record-hashes`, `metadata-summary`. */
  readonly id: string;
  /** Which file it is about (a dist file name), when it is about one. */
  readonly file?: string;
  readonly level: CheckLevel;
  /** What was found, in one sentence. */
  readonly message: string;
  /** How to fix it, for warnings and failures. */
  readonly fix?: string;
}

/** A passing check. */
export function pass(id: string, message: string, file?: string): CheckResult {
  return { id, level: 'pass', message, ...(file === undefined ? {} : { file }) };
}

/** A warning (a failure under `strict`). */
export function warning(id: string, message: string, fix: string, file?: string): CheckResult {
  return { id, level: 'warning', message, fix, ...(file === undefined ? {} : { file }) };
}

/** A failure: PyPI would refuse the upload, or the release is not what the branch says. */
export function failure(id: string, message: string, fix: string, file?: string): CheckResult {
  return { id, level: 'failure', message, fix, ...(file === undefined ? {} : { file }) };
}
