import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

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
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 that answers the few REST endpoints the actions use as
 * api.github.com does (docs.github.com/en/rest): issue comments (list, create, update), pull
 * request reviews, and the pull requests of a commit; `Link` pagination with `per_page`/`page`;
 * 401 `Bad credentials`, and 403 `Resource not accessible by integration` for a read-only token's
 * writes, as a fork's `GITHUB_TOKEN` gets.
 */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const requests: FakeGitHubRequest[] = [];
  const comments: FakeComment[] = (options.comments ?? []).map((comment, index) => ({ ...comment, id: 1000 + index }));
  let nextId = 1000 + comments.length;
  let url = '';

  const server = createServer((request, response) => {
    void readBody(request).then((raw) => {
      const path = request.url ?? '/';
      let body: unknown = undefined;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        body = raw;
      }
      const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
        requests.push({ method: request.method ?? 'GET', path, body, status });
        response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-GitHub-Media-Type': 'github.v3', ...headers });
        response.end(JSON.stringify(data));
      };
      route(request, path, body, send);
    });
  });

  const route = (request: IncomingMessage, path: string, body: unknown, send: (status: number, data: unknown, headers?: Record<string, string>) => void): void => {
    const docs = 'https://docs.github.com/rest';
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const access = auth === undefined ? undefined : options.tokens[auth];
    if (access === undefined) return send(401, { message: 'Bad credentials', documentation_url: docs, status: '401' });
    const parsed = new URL(path, 'http://127.0.0.1');
    const prefix = `/repos/${options.repository}/`;
    if (!parsed.pathname.startsWith(prefix)) return send(404, { message: 'Not Found', documentation_url: docs, status: '404' });
    const rest = parsed.pathname.slice(prefix.length);
    const method = request.method ?? 'GET';
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
    return send(404, { message: 'Not Found', documentation_url: docs, status: '404' });
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    comments,
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

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Bodies are comments: well under GitHub's 65,536 characters; refuse anything absurd.
      if (size > 1024 * 1024) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

