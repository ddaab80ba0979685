import { guardedGet } from '../http/guarded-get.js';
import { HttpGetError } from '../http/http-get-error.js';
import { describeStatus } from '../index-client/get-with-retries.js';

/** The audience to ask GitHub for, and why it is not the index's own answer when it is not. */
export interface AudienceAnswer {
  readonly audience: string;
  /** Set when the index did not say and a known default was used. */
  readonly fallbackReason?: string;
  readonly url: string;
}

const AUDIENCE_TIMEOUT_MS = 10_000;
/** `{"audience": "pypi"}` is a few bytes; a larger answer is not the index's audience. */
const MAX_AUDIENCE_ANSWER_BYTES = 64 * 1024;

/**
 * Reads `{index}/_/oidc/audience` as pypa/gh-action-pypi-publish's oidc-exchange.py does
 * (`{"audience": "pypi"}` on PyPI). When the index does not answer, falls back to the audience
 * PyPI (`pypi`) or TestPyPI (`testpypi`) use, and says why.
 */
export async function readOidcAudience(index: URL, fetchFn: typeof fetch): Promise<AudienceAnswer> {
  const url = new URL('/_/oidc/audience', index.origin).href;
  let reason: string;
  try {
    const response = await guardedGet(new URL(url), {
      headers: { Accept: 'application/json' },
      fetch: fetchFn,
      signal: AbortSignal.timeout(AUDIENCE_TIMEOUT_MS),
      maxBodyBytes: MAX_AUDIENCE_ANSWER_BYTES,
    });
    if (response.status >= 200 && response.status <= 299) {
      const audience = parseAudience(response.body);
      if (audience !== undefined) return { audience, url };
      reason = `it answered ${describeStatus(response)} without an "audience" string`;
    } else {
      reason = `it answered ${describeStatus(response)}`;
    }
  } catch (error) {
    if (!(error instanceof HttpGetError)) throw error;
    if (error.kind !== 'network') reason = error.problem;
    else if (error.cause instanceof Error && error.cause.name === 'TimeoutError') reason = `it did not answer within ${AUDIENCE_TIMEOUT_MS} ms`;
    else reason = 'it could not be reached';
  }
  return { audience: fallbackAudience(index), fallbackReason: reason, url };
}

/** TestPyPI's audience is `testpypi`; PyPI's, and the best guess for anything else, `pypi`. */
function fallbackAudience(index: URL): string {
  return index.hostname.toLowerCase() === 'test.pypi.org' ? 'testpypi' : 'pypi';
}

function parseAudience(body: string): string | undefined {
  try {
    const document: unknown = JSON.parse(body);
    const audience = typeof document === 'object' && document !== null ? (document as { audience?: unknown }).audience : undefined;
    return typeof audience === 'string' && audience.trim() !== '' ? audience : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}
