import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReleaseState, routeReleaseEndpoints } from './fake-github-releases.js';
import type { FakeAsset, FakeDispatch, FakePullRequest, FakeRelease } from './fake-github-releases.js';

export type { FakeAsset, FakeDispatch, FakePullRequest, FakeRelease } from './fake-github-releases.js';

/** A review as the fake stores it (GitHub's `state` values). */
export interface FakeReview {
  readonly user: string;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  readonly commitId?: string;
}

/** A pull request as the fake stores it. */
export interface FakePull {
  readonly number: number;
  readonly reviews?: readonly FakeReview[];
  /** Commits that belong to it (answered by `GET /repos/{o}/{r}/commits/{sha}/pulls`). */
  readonly commits?: readonly string[];
  readonly merged?: boolean;
  readonly baseRef?: string;
}

/** A comment as the fake stores it; `authorType` is `Bot` for github-actions[bot]. */
export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  authorType: 'Bot' | 'User';
}

export interface FakeGitHubOptions {
  /** owner/name the fake serves; other repositories are 404. */
  readonly repository: string;
  /** token → what it may do. A request without a known token gets 401 "Bad credentials". */
  readonly tokens: Readonly<Record<string, 'write' | 'read'>>;
  readonly pulls?: readonly FakePull[];
  /** Comments already on the pull requests (e.g. a person's, or last run's). */
  readonly comments?: readonly Omit<FakeComment, 'id'>[];
  /** Items per page at most, whatever `per_page` asks (GitHub's is 100); small values test pagination. */
  readonly maxPerPage?: number;
  /** Releases there already (oldest first). */
  readonly releases?: readonly FakeRelease[];
  /** Pull requests opened through the API already. */
  readonly pullRequests?: readonly FakePullRequest[];
  /** Whether `head` has commits that `base` lacks, for `POST /pulls` ("No commits between ..."); default: yes. */
  readonly hasCommits?: (base: string, head: string) => boolean;
}

/**
 * A failure to answer instead of the real response, for the next request(s) matching `method` and `path` (tested
 * against the path without the query). `starter-asset`: an upload that fails half way, leaving the asset behind in
 * state `starter`, as GitHub can.
 */
export interface FakeFailure {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly times?: number;
  /** Matching requests to let through first (the second upload fails: `after: 1`). */
  readonly after?: number;
  readonly effect?: 'starter-asset';
}

/** One request the fake answered, without its headers (they hold the token). */
export interface FakeGitHubRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly status: number;
}

export interface FakeGitHub {
  /** http://127.0.0.1:<port>: set as `GITHUB_API_URL`. */
  readonly url: string;
  readonly requests: FakeGitHubRequest[];
  /** The comments now, in creation order. */
  readonly comments: FakeComment[];
  /** The releases now, oldest first, with their assets. */
  readonly releases: FakeRelease[];
  readonly assets: FakeAsset[];
  /** The pull requests opened through the API, in order. */
  readonly pullRequests: FakePullRequest[];
  /** The workflow_dispatch events received. */
  readonly dispatches: FakeDispatch[];
  /** Answers the next matching request with a failure (see {@link FakeFailure}). */
  failNext(failure: FakeFailure): void;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 that answers the few REST endpoints the actions and the workflow
 * templates use as api.github.com does (docs.github.com/en/rest): issue comments (list, create,
 * update), pull request reviews, and the pull requests of a commit; releases, their assets and
 * uploads, pull requests (list by head and base, create) and workflow dispatches (see
 * fake-github-releases.ts); `Link` pagination with `per_page`/`page`; 401 `Bad credentials`, and
 * 403 `Resource not accessible by integration` for a read-only token's writes, as a fork's
 * `GITHUB_TOKEN` gets; failures on demand with `failNext`.
 */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const requests: FakeGitHubRequest[] = [];
  const comments: FakeComment[] = (options.comments ?? []).map((comment, index) => ({ ...comment, id: 1000 + index }));
  let nextId = 1000 + comments.length;
  let url = '';
  const releaseState = createReleaseState({ releases: options.releases, pullRequests: options.pullRequests });
  const failures: { failure: FakeFailure; left: number; pass: number }[] = [];

  const server = createServer((request, response) => {
    void readBody(request).then((raw) => {
      const path = request.url ?? '/';
      const text = raw.toString('utf8');
      const isJson = !(request.headers['content-type'] ?? '').startsWith('application/octet-stream');
      let body: unknown = undefined;
      try {
        body = text === '' ? undefined : isJson ? JSON.parse(text) : `<${raw.length} bytes>`;
      } catch {
        body = text;
      }
      const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
        requests.push({ method: request.method ?? 'GET', path, body, status });
        response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-GitHub-Media-Type': 'github.v3', ...headers });
        response.end(data === undefined ? undefined : JSON.stringify(data));
      };
      route(request, path, body, raw, send);
    });
  });

  const route = (request: IncomingMessage, path: string, body: unknown, raw: Buffer, send: (status: number, data: unknown, headers?: Record<string, string>) => void): void => {
    const docs = 'https://docs.github.com/rest';
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const access = auth === undefined ? undefined : options.tokens[auth];
    if (access === undefined) return send(401, { message: 'Bad credentials', documentation_url: docs, status: '401' });
    const parsed = new URL(path, 'http://127.0.0.1');
    const prefix = `/repos/${options.repository}/`;
    if (!parsed.pathname.startsWith(prefix)) return send(404, { message: 'Not Found', documentation_url: docs, status: '404' });
    const rest = parsed.pathname.slice(prefix.length);
    const method = request.method ?? 'GET';
    const failing = failures.find((entry) => entry.left > 0 && entry.failure.method === method && entry.failure.path.test(parsed.pathname));
    if (failing && failing.pass > 0) failing.pass--;
    else if (failing) {
      failing.left--;
      const upload = /^releases\/(\d+)\/assets$/.exec(rest);
      if (failing.failure.effect === 'starter-asset' && upload) {
        const name = parsed.searchParams.get('name') ?? '';
        releaseState.assets.push({ id: 9000 + releaseState.assets.length, releaseId: Number(upload[1]), name, state: 'starter', size: 0, sha256: '' });
      }
      return send(failing.failure.status, { message: 'Server Error (injected by the test)', documentation_url: docs, status: String(failing.failure.status) });
    }
    const denied = (): void => send(403, { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' });
    const page = (items: readonly unknown[]): void => {
      const perPage = Math.min(Number(parsed.searchParams.get('per_page') ?? 30), options.maxPerPage ?? 100);
      const number = Math.max(1, Number(parsed.searchParams.get('page') ?? 1));
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const link = (n: number, rel: string): string => {
        const next = new URL(parsed.pathname, url);
        next.searchParams.set('per_page', String(perPage));
        next.searchParams.set('page', String(n));
        return `<${next.href}>; rel="${rel}"`;
      };
      const links = [...(number < last ? [link(number + 1, 'next'), link(last, 'last')] : []), ...(number > 1 ? [link(1, 'first'), link(number - 1, 'prev')] : [])];
      send(200, items.slice((number - 1) * perPage, number * perPage), links.length > 0 ? { Link: links.join(', ') } : {});
    };
    let match: RegExpExecArray | null;
    if ((match = /^issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(match[1]);
      if (method === 'GET') return page(comments.filter((c) => c.issue === issue).map((c) => renderComment(c, url, options.repository)));
      if (method === 'POST') {
        if (access !== 'write') return denied();
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return send(422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: docs, status: '422' });
        if (text.length > 65_535) return send(422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], documentation_url: docs, status: '422' });
        const comment: FakeComment = { id: nextId++, issue, body: text, login: 'github-actions[bot]', authorType: 'Bot' };
        comments.push(comment);
        return send(201, renderComment(comment, url, options.repository));
      }
    }
    if ((match = /^issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      if (access !== 'write') return denied();
      const comment = comments.find((c) => c.id === Number(match?.[1]));
      if (!comment) return send(404, { message: 'Not Found', documentation_url: docs, status: '404' });
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string' || text.length > 65_535) return send(422, { message: 'Validation Failed', documentation_url: docs, status: '422' });
      comment.body = text;
      return send(200, renderComment(comment, url, options.repository));
    }
    if ((match = /^pulls\/(\d+)\/reviews$/.exec(rest)) && method === 'GET') {
      const pull = options.pulls?.find((p) => p.number === Number(match?.[1]));
      if (!pull) return send(404, { message: 'Not Found', documentation_url: docs, status: '404' });
      return page((pull.reviews ?? []).map((review, index) => ({
        id: 80 + index,
        node_id: `PRR_${80 + index}`,
        user: { login: review.user, id: 500 + index, type: 'User' },
        body: '',
        state: review.state,
        html_url: `${url}/${options.repository}/pull/${pull.number}#pullrequestreview-${80 + index}`,
        commit_id: review.commitId ?? 'a'.repeat(40),
        submitted_at: review.state === 'PENDING' ? undefined : `2025-01-0${(index % 9) + 1}T12:00:00Z`,
        author_association: 'MEMBER',
      })));
    }
    if ((match = /^commits\/([0-9a-f]{7,40})\/pulls$/.exec(rest)) && method === 'GET') {
      const sha = match[1] ?? '';
      const pulls = (options.pulls ?? []).filter((p) => (p.commits ?? []).some((commit) => commit.startsWith(sha) || sha.startsWith(commit)));
      return page(pulls.map((p) => ({
        number: p.number,
        state: p.merged ? 'closed' : 'open',
        merged_at: p.merged ? '2025-01-10T12:00:00Z' : null,
        base: { ref: p.baseRef ?? 'main' },
        html_url: `${url}/${options.repository}/pull/${p.number}`,
      })));
    }
    const handled = routeReleaseEndpoints(releaseState, {
      method,
      rest,
      search: parsed.searchParams,
      body,
      raw,
      contentType: request.headers['content-type'] ?? '',
      access,
      url,
      repository: options.repository,
      send,
      page,
      ...(options.hasCommits ? { hasCommits: options.hasCommits } : {}),
    });
    if (handled) return;
    return send(404, { message: 'Not Found', documentation_url: docs, status: '404' });
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    comments,
    releases: releaseState.releases,
    assets: releaseState.assets,
    pullRequests: releaseState.pullRequests,
    dispatches: releaseState.dispatches,
    failNext: (failure) => {
      failures.push({ failure, left: failure.times ?? 1, pass: failure.after ?? 0 });
    },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

function renderComment(comment: FakeComment, url: string, repository: string): Record<string, unknown> {
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${url}/repos/${repository}/issues/comments/${comment.id}`,
    html_url: `${url}/${repository}/pull/${comment.issue}#issuecomment-${comment.id}`,
    body: comment.body,
    user: { login: comment.login, id: comment.authorType === 'Bot' ? 41898282 : 1, type: comment.authorType },
    created_at: '2025-01-01T12:00:00Z',
    updated_at: '2025-01-01T12:00:00Z',
    author_association: comment.authorType === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Comments are well under GitHub's 65,536 characters and test uploads are small; refuse anything absurd.
      if (size > 64 * 1024 * 1024) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

