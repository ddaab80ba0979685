import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EndlessTally } from './endless-body.js';
import { sendEndlessBody } from './endless-body.js';

export interface FakeOidcOptions {
  /** The bearer token the runner would put in ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly requestToken: string;
  /** Claims of the minted token; `aud`, `iss`, `iat`, `nbf` and `exp` are added. */
  readonly claims: Readonly<Record<string, unknown>>;
  /** When set, a request for another audience gets 400. */
  readonly expectedAudience?: string;
  /**
   * Misbehaviour of an authorized request: a redirect (Location absolute or relative), or a
   * body that never ends (`{"value": "` and then filler, as fast as the client reads).
   */
  readonly behaviour?: { readonly kind: 'redirect'; readonly status: 301 | 302 | 307 | 308; readonly location: string } | { readonly kind: 'endless' };
}

export interface FakeOidc {
  /** The runner environment of a job with `permissions: id-token: write`. */
  readonly env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** Every request: the audience asked for and whether the bearer token was right. */
  readonly requests: { path: string; audience: string | null; authorized: boolean }[];
  /** Every JWT handed out, so tests can assert that none leaks. */
  readonly issued: string[];
  /** What `endless` answers sent before the client hung up. */
  readonly endless: EndlessTally;
  close(): Promise<void>;
}

const ISSUER = 'https://token.actions.githubusercontent.com';

/** Claims as GitHub puts them in a token for `acme/widgets`' release.yml on main, to override per test. */
export function githubClaims(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    jti: 'c0ffee00-0000-4000-8000-000000000001',
    sub: 'repo:acme/widgets:ref:refs/heads/main',
    ref: 'refs/heads/main',
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository: 'acme/widgets',
    repository_owner: 'acme',
    repository_owner_id: '1234567',
    repository_id: '7654321',
    repository_visibility: 'public',
    run_id: '9000000001',
    run_number: '42',
    run_attempt: '1',
    actor: 'ada',
    actor_id: '1',
    workflow: 'Release',
    event_name: 'push',
    ref_type: 'branch',
    workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main',
    workflow_sha: '0123456789abcdef0123456789abcdef01234567',
    job_workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main',
    job_workflow_sha: '0123456789abcdef0123456789abcdef01234567',
    runner_environment: 'github-hosted',
    ...overrides,
  };
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A real HTTP server on 127.0.0.1 standing in for the Actions ID-token endpoint: it checks
 * `Authorization: bearer <request token>` (401 otherwise), reads the `audience` query parameter
 * and answers `{"value": "<header>.<payload>.<signature>"}` with the given claims.
 */
export async function startFakeOidc(options: FakeOidcOptions): Promise<FakeOidc> {
  const requests: FakeOidc['requests'] = [];
  const issued: string[] = [];
  const endless: EndlessTally = { bytesSent: 0, closedByClient: 0 };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // The scheme is case-insensitive (RFC 9110 §11.1), the token is not.
    const [scheme, credential] = (request.headers.authorization ?? '').split(' ', 2);
    const authorized = scheme?.toLowerCase() === 'bearer' && credential === options.requestToken;
    const audience = url.searchParams.get('audience');
    requests.push({ path: url.pathname, audience, authorized });
    const json = { 'Content-Type': 'application/json; charset=utf-8' };
    if (!authorized) {
      response.writeHead(401, json).end(JSON.stringify({ message: 'Unauthorized: bad request token' }));
      return;
    }
    if (options.behaviour?.kind === 'redirect') {
      response.writeHead(options.behaviour.status, { Location: options.behaviour.location }).end();
      return;
    }
    if (options.behaviour?.kind === 'endless') {
      sendEndlessBody(response, { prefix: '{"count": 1, "value": "' }, endless);
      return;
    }
    if (options.expectedAudience !== undefined && audience !== options.expectedAudience) {
      response.writeHead(400, json).end(JSON.stringify({ message: `unexpected audience ${String(audience)}` }));
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'RS256', x5t: 'fake-thumbprint', kid: 'fake-key-id' };
    const payload = { ...options.claims, aud: audience ?? 'https://github.com/acme', iss: ISSUER, nbf: now - 5, iat: now, exp: now + 300 };
    const token = `${base64url(header)}.${base64url(payload)}.${randomBytes(32).toString('base64url')}`;
    issued.push(token);
    response.writeHead(200, json).end(JSON.stringify({ count: 1, value: token }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // The runner's URL already has a query (api-version), so clients append `&audience=`.
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/_apis/distributedtask/hub/build/plans/p/jobs/j/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: options.requestToken,
    },
    requests,
    issued,
    endless,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
