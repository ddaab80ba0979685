import { isLoopbackHost } from '../index-client/repository-url.js';
import { describeStatus } from '../index-client/get-with-retries.js';
import { IdTokenError } from './id-token-error.js';

const TOKEN_TIMEOUT_MS = 10_000;
const RUNNER_VARIABLES = 'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are set by the runner; do not override them';

/**
 * Asks the Actions ID-token endpoint for a JWT, as actions/toolkit's getIDToken and the `id`
 * package do: GET `${ACTIONS_ID_TOKEN_REQUEST_URL}&audience=<aud>` with `Authorization: bearer
 * <request token>`, answer `{"value": "<jwt>"}`. The JWT is a secret: callers decode it and drop it.
 */
export async function requestIdToken(requestUrl: string, requestToken: string, audience: string, fetchFn: typeof fetch): Promise<string> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    throw new IdTokenError('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL.', RUNNER_VARIABLES);
  }
  // The bearer token must not cross the network in clear text.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new IdTokenError(`ACTIONS_ID_TOKEN_REQUEST_URL points at ${url.protocol}//${url.host}, which is not https.`, RUNNER_VARIABLES);
  }
  url.searchParams.set('audience', audience);
  const endpoint = `the Actions ID-token endpoint (${url.host})`;
  let response: Response;
  let body: string;
  try {
    response = await fetchFn(url, {
      headers: { Authorization: `bearer ${requestToken}`, Accept: 'application/json; api-version=2.0' },
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
    });
    body = await response.text();
  } catch (error) {
    if (!(error instanceof Error) || !(error instanceof TypeError || error.name === 'TimeoutError')) throw error;
    const what = error.name === 'TimeoutError' ? `did not answer within ${TOKEN_TIMEOUT_MS} ms` : 'could not be reached';
    throw new IdTokenError(`Requesting an OIDC token failed: ${endpoint} ${what}.`, 'Re-run the job; if it persists, check githubstatus.com.', undefined, { cause: error });
  }
  if (response.status === 401 || response.status === 403) {
    throw new IdTokenError(
      `${endpoint} refused the request token (${describeStatus(response)}): ACTIONS_ID_TOKEN_REQUEST_TOKEN is not this job's.`,
      `${RUNNER_VARIABLES}, and run this check in the job that publishes, which needs permissions: id-token: write.`,
      response.status,
    );
  }
  if (!response.ok) {
    throw new IdTokenError(
      `Requesting an OIDC token for audience "${audience}" failed: ${endpoint} answered ${describeStatus(response)}.`,
      'Re-run the job; if it persists, check githubstatus.com.',
      response.status,
    );
  }
  const token = readTokenValue(body);
  if (token === undefined) {
    throw new IdTokenError(`${endpoint} answered without a JWT in "value".`, RUNNER_VARIABLES, response.status);
  }
  return token;
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
