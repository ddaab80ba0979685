import { OpsError } from '../../errors.js';

/**
 * What went wrong on the last attempt to read the index; `redirect` is a redirect that broke the
 * URL rules (or too many of them), `invalid-response` an answer that is not PyPI's JSON (or too large).
 */
export type IndexProblemKind = 'status' | 'timeout' | 'dns' | 'connection' | 'invalid-response' | 'redirect';

/**
 * The package index could not answer whether a release exists. The check never passes silently
 * in that case: a publish that skips the check could collide with files already on the index.
 */
export class IndexUnreachableError extends OpsError {
  override name = 'IndexUnreachableError';
  constructor(
    /** The URL asked, with any credentials removed. */
    readonly url: string,
    readonly kind: IndexProblemKind,
    /** What happened on the last attempt, e.g. `HTTP 503 Service Unavailable`, `timed out after 10000 ms`. */
    readonly problem: string,
    readonly attempts: number,
    /** The HTTP status of the last answer, when there was one. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(
      `Could not read ${url} (${attempts === 1 ? '1 attempt' : `${attempts} attempts`}): ${problem}. ` +
        'The package index check cannot pass without an answer from the index, so it fails instead of guessing.',
      options,
    );
  }
}
