import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EndlessTally } from './endless-body.js';
import { sendEndlessBody } from './endless-body.js';

/** One file of a release on the fake index. */
export interface FakeDistFile {
  readonly filename: string;
  /** Guessed from the filename when left out: `.whl` is `bdist_wheel`, anything else `sdist`. */
  readonly packagetype?: 'sdist' | 'bdist_wheel';
  readonly size?: number;
  readonly yanked?: boolean;
  readonly yankedReason?: string;
}

/** How one path misbehaves; `times` limits it to the first N requests of that path (all by default). */
export type FakeBehaviour =
  | { readonly kind: 'slow'; readonly delayMs: number; readonly times?: number }
  /** Answers the first requests with these statuses, in order, then normally. */
  | { readonly kind: 'fail'; readonly statuses: readonly number[]; readonly retryAfter?: string }
  /** Destroys the socket without answering. */
  | { readonly kind: 'drop'; readonly times?: number }
  /** Answers with this redirect status and Location (absolute, or relative to the request). */
  | { readonly kind: 'redirect'; readonly status: 301 | 302 | 303 | 307 | 308; readonly location: string; readonly times?: number }
  /**
   * Answers 200 with a body that never ends (JSON-looking bytes, as fast as the client reads),
   * until the client hangs up; `contentLength` declares a length up front instead of chunking.
   */
  | { readonly kind: 'endless'; readonly contentLength?: number; readonly times?: number };

export interface FakePyPIOptions {
  /** Project name as PyPI stores it → version → files. Other spellings of the name are redirected to it. */
  readonly releases: Readonly<Record<string, Readonly<Record<string, readonly FakeDistFile[]>>>>;
  /** Request path (e.g. `/pypi/foo/1.0/json`) → misbehaviour. */
  readonly behaviour?: Readonly<Record<string, FakeBehaviour>>;
  /** Serves `/_/oidc/audience`: the audience (PyPI's is `pypi`), or a status to fail with. Absent: 404. */
  readonly audience?: string | { readonly status: number };
  /** A private mirror's credentials: every request without this Basic Authorization gets 401. */
  readonly auth?: { readonly username: string; readonly password: string };
}

/** One request the fake index saw. */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  /** Whether it carried an Authorization header (of any kind). */
  readonly authorization: boolean;
}

export interface FakePyPI {
  /** http://127.0.0.1:<port>: the repository URL of the test. */
  readonly url: string;
  /** Every request, in order, before any redirect is followed. */
  readonly requests: FakeRequest[];
  /** Body bytes written by `endless` answers, and how many of them ended with the client hanging up. */
  readonly endless: EndlessTally;
  close(): Promise<void>;
}

/** PEP 503: runs of `-`, `_` and `.` are one `-`, and case does not matter. */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/**
 * A real HTTP server on 127.0.0.1 that answers as PyPI's JSON API does (docs.pypi.org/api/json):
 * `GET /pypi/<project>/<version>/json` and `GET /pypi/<project>/json` with `info`, `last_serial`,
 * `urls` and `vulnerabilities`; 404 with `{"message": "Not Found"}`; 301 to the stored spelling
 * of the name (warehouse redirects when the path's name is not the project's name).
 */
export async function startFakePyPI(options: FakePyPIOptions): Promise<FakePyPI> {
  const requests: FakeRequest[] = [];
  const endless: EndlessTally = { bytesSent: 0, closedByClient: 0 };
  const expectedAuthorization =
    options.auth === undefined ? undefined : `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`, 'utf8').toString('base64')}`;
  const seen = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const projects = new Map(Object.keys(options.releases).map((name) => [normalizeProjectName(name), name]));

  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? 'GET', path, authorization: request.headers.authorization !== undefined });
    if (expectedAuthorization !== undefined && request.headers.authorization !== expectedAuthorization) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="pypi"', 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>401 Unauthorized</h1>\n');
      return;
    }
    const count = (seen.get(path) ?? 0) + 1;
    seen.set(path, count);
    const behaviour = options.behaviour?.[path];
    const active = behaviour !== undefined && (behaviour.kind === 'fail' || count <= (behaviour.times ?? Infinity));
    if (active && behaviour.kind === 'drop') {
      request.socket.destroy();
      return;
    }
    if (active && behaviour.kind === 'redirect') {
      response.writeHead(behaviour.status, { Location: behaviour.location, 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>Moved</h1>\n');
      return;
    }
    if (active && behaviour.kind === 'endless') {
      sendEndlessBody(response, { prefix: '{"urls": [', ...(behaviour.contentLength === undefined ? {} : { contentLength: behaviour.contentLength }) }, endless);
      return;
    }
    if (active && behaviour.kind === 'fail') {
      const status = behaviour.statuses[count - 1];
      if (status !== undefined) {
        const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
        if (behaviour.retryAfter !== undefined) headers['Retry-After'] = behaviour.retryAfter;
        response.writeHead(status, headers).end(`<html><body><h1>${status}</h1></body></html>\n`);
        return;
      }
    }
    const answer = (): void => route(request, response, options, projects);
    if (active && behaviour.kind === 'slow') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) answer();
      }, behaviour.delayMs);
      timers.add(timer);
      return;
    }
    answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    endless,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'X-PyPI-Last-Serial' };
const LAST_SERIAL = 24_680_135;

function route(request: IncomingMessage, response: ServerResponse, options: FakePyPIOptions, projects: Map<string, string>): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/_/oidc/audience') {
    if (typeof options.audience === 'string') sendJson(response, 200, { audience: options.audience });
    else if (options.audience) sendJson(response, options.audience.status, { message: 'Unavailable' });
    else sendJson(response, 404, { message: 'Not Found' });
    return;
  }
  const match = /^\/pypi\/([^/]+)\/(?:([^/]+)\/)?json\/?$/.exec(url.pathname);
  if (!match || request.method !== 'GET') {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<html><body><h1>404 Not Found</h1></body></html>\n');
    return;
  }
  const requested = decodeURIComponent(match[1] ?? '');
  const version = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
  const project = projects.get(normalizeProjectName(requested));
  const releases = project === undefined ? undefined : options.releases[project];
  if (project === undefined || releases === undefined) return sendJson(response, 404, { message: 'Not Found' });
  if (project !== requested) {
    const target = `/pypi/${encodeURIComponent(project)}/${version === undefined ? '' : `${encodeURIComponent(version)}/`}json`;
    response.writeHead(301, { ...CORS, Location: target, 'Content-Type': 'text/html; charset=UTF-8' }).end();
    return;
  }
  const versions = Object.keys(releases);
  const chosen = version ?? versions.at(-1);
  const files = chosen === undefined ? undefined : releases[chosen];
  if (chosen === undefined || files === undefined) return sendJson(response, 404, { message: 'Not Found' });
  const document: Record<string, unknown> = {
    info: releaseInfo(project, chosen, files),
    last_serial: LAST_SERIAL,
    urls: files.map((file) => fileEntry(project, file)),
    vulnerabilities: [],
  };
  if (version === undefined) {
    document.releases = Object.fromEntries(versions.map((v) => [v, (releases[v] ?? []).map((file) => fileEntry(project, file))]));
  }
  sendJson(response, 200, document, { 'X-PyPI-Last-Serial': String(LAST_SERIAL) });
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...CORS, ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

function releaseInfo(project: string, version: string, files: readonly FakeDistFile[]): Record<string, unknown> {
  const yanked = files.length > 0 && files.every((file) => file.yanked === true);
  return {
    author: '',
    author_email: 'Ada Lovelace <ada@example.com>',
    bugtrack_url: null,
    classifiers: ['Programming Language :: Python :: 3'],
    description: '',
    description_content_type: 'text/markdown',
    docs_url: null,
    download_url: null,
    downloads: { last_day: -1, last_month: -1, last_week: -1 },
    dynamic: null,
    home_page: null,
    keywords: null,
    license: null,
    license_expression: 'MIT',
    license_files: ['LICENSE'],
    maintainer: null,
    maintainer_email: null,
    name: project,
    package_url: `https://pypi.org/project/${project}/`,
    platform: null,
    project_url: `https://pypi.org/project/${project}/`,
    project_urls: null,
    provides_extra: null,
    release_url: `https://pypi.org/project/${project}/${version}/`,
    requires_dist: null,
    requires_python: '>=3.9',
    summary: `The ${project} project`,
    version,
    yanked,
    yanked_reason: yanked ? (files[0]?.yankedReason ?? null) : null,
  };
}

function fileEntry(project: string, file: FakeDistFile): Record<string, unknown> {
  const digest = (algorithm: string): string => createHash(algorithm).update(`${project}/${file.filename}`).digest('hex');
  const packagetype = file.packagetype ?? (file.filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist');
  const sha256 = digest('sha256');
  return {
    comment_text: null,
    digests: { blake2b_256: digest('sha3-256'), md5: digest('md5'), sha256 },
    downloads: -1,
    filename: file.filename,
    has_sig: false,
    md5_digest: digest('md5'),
    packagetype,
    // PyPI: `source` for an sdist, the wheel's python tag for a wheel.
    python_version: packagetype === 'sdist' ? 'source' : (file.filename.split('-').at(-3) ?? 'py3'),
    requires_python: '>=3.9',
    size: file.size ?? 4096,
    upload_time: '2024-01-01T00:00:00',
    upload_time_iso_8601: '2024-01-01T00:00:00.000000Z',
    url: `https://files.pythonhosted.org/packages/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256.slice(4)}/${file.filename}`,
    yanked: file.yanked === true,
    yanked_reason: file.yanked === true ? (file.yankedReason ?? null) : null,
  };
}
