import { formatBytes } from '../archives/archive-limits.js';
import { guardedGet } from '../http/guarded-get.js';
import type { GuardedAnswer } from '../http/guarded-get.js';
import { HttpGetError } from '../http/http-get-error.js';
import { describeInsecureUrl } from '../index-client/repository-url.js';
import { describeStatus } from '../index-client/get-with-retries.js';
import { IdTokenError } from './id-token-error.js';

const TOKEN_TIMEOUT_MS = 10_000;
/** The token answer is `{"count": 1, "value": "<JWT>"}`: a JWT of a few KiB. Past this the endpoint is not GitHub's. */
export const MAX_TOKEN_ANSWER_BYTES = 1024 * 1024;
const RUNNER_VARIABLES = 'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are set by the runner; do not override them';
const RERUN = 'Re-run the job; if it persists, check githubstatus.com.';

/**
 * Asks the Actions ID-token endpoint for a JWT, as actions/toolkit's getIDToken and the `id`
 * package do: GET `${ACTIONS_ID_TOKEN_REQUEST_URL}&audience=<aud>` with `Authorization: bearer
 * <request token>`, answer `{"value": "<jwt>"}`. Redirects must stay https (http only to a
 * loopback host), the bearer token never follows one to another origin, and the answer is read
 * up to {@link MAX_TOKEN_ANSWER_BYTES}. The JWT is a secret: callers decode it and drop it.
 */
export async function requestIdToken(requestUrl: string, requestToken: string, audience: string, fetchFn: typeof fetch): Promise<string> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    throw new IdTokenError('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL.', RUNNER_VARIABLES);
  }
  // The bearer token must not cross the network in clear text.
  if (describeInsecureUrl(url) !== undefined) {
    throw new IdTokenError(`ACTIONS_ID_TOKEN_REQUEST_URL points at ${url.protocol}//${url.host}, which is not https.`, RUNNER_VARIABLES);
  }
  url.searchParams.set('audience', audience);
  const endpoint = `the Actions ID-token endpoint (${url.host})`;
  let response: GuardedAnswer;
  try {
    response = await guardedGet(url, {
      headers: { Authorization: `bearer ${requestToken}`, Accept: 'application/json; api-version=2.0' },
      fetch: fetchFn,
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
      maxBodyBytes: MAX_TOKEN_ANSWER_BYTES,
    });
  } catch (error) {
    if (!(error instanceof HttpGetError)) throw error;
    throw describeTokenRequestError(error, endpoint);
  }
  if (response.status === 401 || response.status === 403) {
    throw new IdTokenError(
      `${endpoint} refused the request token (${describeStatus(response)}${redirectedTo(response)}): ACTIONS_ID_TOKEN_REQUEST_TOKEN is not this job's.`,
      `${RUNNER_VARIABLES}, and run this check in the job that publishes, which needs permissions: id-token: write.`,
      response.status,
    );
  }
  if (response.status < 200 || response.status > 299) {
    throw new IdTokenError(
      `Requesting an OIDC token for audience "${audience}" failed: ${endpoint} answered ${describeStatus(response)}${redirectedTo(response)}.`,
      RERUN,
      response.status,
    );
  }
  const token = readTokenValue(response.body);
  if (token === undefined) {
    throw new IdTokenError(`${endpoint} answered without a JWT in "value"${redirectedTo(response)}.`, RUNNER_VARIABLES, response.status);
  }
  return token;
}

/** ` after a redirect to https://host`: only the origin, as the rest of a runner URL says nothing. */
function redirectedTo(response: GuardedAnswer): string {
  const last = response.redirects.at(-1);
  return last === undefined ? '' : ` after a redirect to ${new URL(last.to).origin}`;
}

function describeTokenRequestError(error: HttpGetError, endpoint: string): IdTokenError {
  if (error.kind === 'network') {
    const timedOut = error.cause instanceof Error && error.cause.name === 'TimeoutError';
    const what = timedOut ? `did not answer within ${TOKEN_TIMEOUT_MS} ms` : 'could not be reached';
    const where = error.redirects.length > 0 ? ` (after a redirect, ${new URL(error.url).origin} ${what})` : ` ${what}`;
    return new IdTokenError(`Requesting an OIDC token failed: ${endpoint}${where}.`, RERUN, undefined, { cause: error });
  }
  if (error.kind === 'body-too-large') {
    return new IdTokenError(
      `Requesting an OIDC token failed: ${endpoint} answered with more than ${formatBytes(MAX_TOKEN_ANSWER_BYTES)}, where a token answer is a few KiB; the answer was not read further.`,
      RUNNER_VARIABLES,
      undefined,
      { cause: error },
    );
  }
  // A redirect that broke the rules, or too many: the bearer token was not sent on.
  const target = error.refused?.location ?? error.redirects.at(-1)?.to ?? 'another address';
  const why = error.refused?.reason ?? 'too many redirects';
  return new IdTokenError(
    `Requesting an OIDC token failed: ${endpoint} redirected to ${target}, which was not followed (${why}); the request token was not sent there.`,
    RUNNER_VARIABLES,
    undefined,
    { cause: error },
  );
}

/**
 * The payload of a JWT, base64url-decoded and not verified: PyPI verifies the signature, this
 * only shows what the token says. Undefined when the token is not a JWT with a JSON object payload.
 */
export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1] === undefined || !/^[A-Za-z0-9_-]+$/.test(parts[1])) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function readTokenValue(body: string): string | undefined {
  try {
    const document: unknown = JSON.parse(body);
    const value = typeof document === 'object' && document !== null ? (document as { value?: unknown }).value : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}
