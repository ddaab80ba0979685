import { createHash } from 'node:crypto';

/**
 * The release side of the fake GitHub API (docs.github.com/en/rest/releases, /pulls, /actions/workflows): releases
 * with their assets, pull requests opened and listed by head and base, and workflow_dispatch events. The state lives
 * here; fake-github.ts routes the requests to {@link routeReleaseEndpoints}.
 */

/** A release as the fake stores it. */
export interface FakeRelease {
  id: number;
  tag_name: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  make_latest?: string;
  created_at: string;
  published_at: string | null;
  /** Once published with `immutable: true`, its assets cannot change (GitHub's immutable releases). */
  immutable?: boolean;
}

/** An asset of a release; `state` is `uploaded`, or `starter` for what a failed upload left. */
export interface FakeAsset {
  id: number;
  releaseId: number;
  name: string;
  state: 'uploaded' | 'starter';
  size: number;
  sha256: string;
}

/** A pull request opened through the API (as opposed to the reviewed ones of `pulls`). */
export interface FakePullRequest {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
}

/** A workflow_dispatch event the fake received. */
export interface FakeDispatch {
  readonly workflow: string;
  readonly ref: string;
  readonly inputs: Readonly<Record<string, unknown>>;
}

/** What the release endpoints hold, shared with the test. */
export interface FakeReleaseState {
  readonly releases: FakeRelease[];
  readonly assets: FakeAsset[];
  readonly pullRequests: FakePullRequest[];
  readonly dispatches: FakeDispatch[];
}

/** One request, as routed: `rest` is the path after `/repos/{owner}/{repo}/`. */
export interface RouteContext {
  readonly method: string;
  readonly rest: string;
  readonly search: URLSearchParams;
  readonly body: unknown;
  readonly raw: Buffer;
  readonly contentType: string;
  readonly access: 'write' | 'read';
  readonly url: string;
  readonly repository: string;
  readonly send: (status: number, data: unknown, headers?: Record<string, string>) => void;
  readonly page: (items: readonly unknown[]) => void;
  /** Whether `head` has commits that `base` lacks; undefined: assume it has. */
  readonly hasCommits?: (base: string, head: string) => boolean;
}

const DOCS = 'https://docs.github.com/rest';

export function createReleaseState(initial: { readonly releases?: readonly FakeRelease[]; readonly pullRequests?: readonly FakePullRequest[] } = {}): FakeReleaseState {
  return { releases: [...(initial.releases ?? [])], assets: [], pullRequests: [...(initial.pullRequests ?? [])], dispatches: [] };
}

/** Answers the request when it is one of the release endpoints; returns false when it is not. */
export function routeReleaseEndpoints(state: FakeReleaseState, request: RouteContext): boolean {
  const { method, rest, send } = request;
  const fail = (status: number, message: string, errors?: unknown[]): void => send(status, { message, ...(errors ? { errors } : {}), documentation_url: DOCS, status: String(status) });
  const denied = (): void => fail(403, 'Resource not accessible by integration');
  const field = (name: string): unknown => (typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>)[name] : undefined);
  const render = (release: FakeRelease): Record<string, unknown> => renderRelease(release, state, request.url, request.repository);
  let match: RegExpExecArray | null;

  if (rest === 'releases' && method === 'GET') {
    // Newest first, as GitHub lists them; drafts only for a token that can push.
    const visible = state.releases.filter((release) => !release.draft || request.access === 'write');
    request.page([...visible].reverse().map(render));
    return true;
  }
  if (rest === 'releases' && method === 'POST') {
    if (request.access !== 'write') return (denied(), true);
    const tag = field('tag_name');
    if (typeof tag !== 'string' || tag === '') return (fail(422, 'Validation Failed', [{ resource: 'Release', code: 'missing_field', field: 'tag_name' }]), true);
    if (state.releases.some((release) => release.tag_name === tag)) {
      return (fail(422, 'Validation Failed', [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]), true);
    }
    const draft = field('draft') === true;
    const release: FakeRelease = {
      id: 5000 + state.releases.length,
      tag_name: tag,
      name: typeof field('name') === 'string' ? String(field('name')) : tag,
      body: typeof field('body') === 'string' ? String(field('body')) : '',
      draft,
      prerelease: field('prerelease') === true,
      ...(typeof field('make_latest') === 'string' ? { make_latest: String(field('make_latest')) } : {}),
      created_at: '2025-01-01T12:00:00Z',
      published_at: draft ? null : '2025-01-01T12:00:00Z',
    };
    state.releases.push(release);
    send(201, render(release));
    return true;
  }
  if ((match = /^releases\/tags\/(.+)$/.exec(rest)) && method === 'GET') {
    // "Get a published release with the specified tag name": drafts are not found here.
    const tag = decodeURIComponent(match[1] ?? '');
    const release = state.releases.find((candidate) => candidate.tag_name === tag && !candidate.draft);
    if (!release) return (fail(404, 'Not Found'), true);
    send(200, render(release));
    return true;
  }
  if ((match = /^releases\/(\d+)$/.exec(rest)) && (method === 'GET' || method === 'PATCH')) {
    const release = state.releases.find((candidate) => candidate.id === Number(match?.[1]));
    if (!release || (release.draft && request.access !== 'write')) return (fail(404, 'Not Found'), true);
    if (method === 'PATCH') {
      if (request.access !== 'write') return (denied(), true);
      if (release.immutable && !release.draft) return (fail(422, 'Cannot modify an immutable release'), true);
      for (const key of ['name', 'body'] as const) if (typeof field(key) === 'string') release[key] = String(field(key));
      if (typeof field('prerelease') === 'boolean') release.prerelease = field('prerelease') === true;
      if (typeof field('make_latest') === 'string') release.make_latest = String(field('make_latest'));
      if (field('draft') === false && release.draft) {
        release.draft = false;
        release.published_at = '2025-01-01T12:30:00Z';
      }
    }
    send(200, render(release));
    return true;
  }
  if ((match = /^releases\/(\d+)\/assets$/.exec(rest))) {
    const release = state.releases.find((candidate) => candidate.id === Number(match?.[1]));
    if (!release) return (fail(404, 'Not Found'), true);
    if (method === 'GET') {
      request.page(state.assets.filter((asset) => asset.releaseId === release.id).map((asset) => renderAsset(asset, request.url, request.repository, release)));
      return true;
    }
    if (method === 'POST') {
      // The upload endpoint (uploads.github.com in GitHub; the same server here): the body is the file.
      if (request.access !== 'write') return (denied(), true);
      const name = request.search.get('name') ?? '';
      if (name === '') return (fail(422, 'Validation Failed', [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }]), true);
      if (release.immutable && !release.draft) return (fail(422, 'Cannot upload assets to an immutable release.'), true);
      if (state.assets.some((asset) => asset.releaseId === release.id && asset.name === name)) {
        return (fail(422, 'Validation Failed', [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]), true);
      }
      const asset: FakeAsset = { id: 9000 + state.assets.length, releaseId: release.id, name, state: 'uploaded', size: request.raw.length, sha256: createHash('sha256').update(request.raw).digest('hex') };
      state.assets.push(asset);
      send(201, renderAsset(asset, request.url, request.repository, release));
      return true;
    }
  }
  if ((match = /^releases\/assets\/(\d+)$/.exec(rest)) && method === 'DELETE') {
    if (request.access !== 'write') return (denied(), true);
    const index = state.assets.findIndex((asset) => asset.id === Number(match?.[1]));
    if (index < 0) return (fail(404, 'Not Found'), true);
    state.assets.splice(index, 1);
    send(204, undefined);
    return true;
  }
  if (rest === 'pulls' && method === 'GET') {
    const wanted = request.search.get('state') ?? 'open';
    const head = request.search.get('head');
    const base = request.search.get('base');
    const owner = request.repository.split('/')[0];
    request.page(
      state.pullRequests
        .filter((pull) => wanted === 'all' || pull.state === wanted)
        .filter((pull) => head === null || head === `${owner}:${pull.head}`)
        .filter((pull) => base === null || base === pull.base)
        .map((pull) => renderPullRequest(pull, request.url, request.repository)),
    );
    return true;
  }
  if (rest === 'pulls' && method === 'POST') {
    if (request.access !== 'write') return (denied(), true);
    const head = field('head');
    const base = field('base');
    const title = field('title');
    if (typeof head !== 'string' || typeof base !== 'string' || typeof title !== 'string') {
      return (fail(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'missing_field', field: 'head' }]), true);
    }
    const owner = request.repository.split('/')[0] ?? '';
    if (state.pullRequests.some((pull) => pull.state === 'open' && pull.head === head && pull.base === base)) {
      return (fail(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${owner}:${head}.` }]), true);
    }
    if (request.hasCommits && !request.hasCommits(base, head)) {
      return (fail(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }]), true);
    }
    const pull: FakePullRequest = { number: 100 + state.pullRequests.length, head, base, title, body: typeof field('body') === 'string' ? String(field('body')) : '', state: 'open' };
    state.pullRequests.push(pull);
    send(201, renderPullRequest(pull, request.url, request.repository));
    return true;
  }
  if ((match = /^actions\/workflows\/([^/]+)\/dispatches$/.exec(rest)) && method === 'POST') {
    if (request.access !== 'write') return (denied(), true);
    const ref = field('ref');
    if (typeof ref !== 'string' || ref === '') return (fail(422, 'Invalid request.\n\n"ref" wasn\'t supplied.'), true);
    const inputs = field('inputs');
    state.dispatches.push({ workflow: decodeURIComponent(match[1] ?? ''), ref, inputs: typeof inputs === 'object' && inputs !== null ? (inputs as Record<string, unknown>) : {} });
    send(204, undefined);
    return true;
  }
  return false;
}

function renderRelease(release: FakeRelease, state: FakeReleaseState, url: string, repository: string): Record<string, unknown> {
  const api = `${url}/repos/${repository}/releases/${release.id}`;
  return {
    url: api,
    id: release.id,
    node_id: `RE_${release.id}`,
    tag_name: release.tag_name,
    target_commitish: 'main',
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable === true,
    created_at: release.created_at,
    published_at: release.published_at,
    html_url: `${url}/${repository}/releases/${release.draft ? `untagged-${release.id}` : `tag/${release.tag_name}`}`,
    assets_url: `${api}/assets`,
    // GitHub answers with uploads.github.com and an RFC 6570 template; the fake keeps the template on its own host.
    upload_url: `${api}/assets{?name,label}`,
    assets: state.assets.filter((asset) => asset.releaseId === release.id).map((asset) => renderAsset(asset, url, repository, release)),
  };
}

function renderAsset(asset: FakeAsset, url: string, repository: string, release: FakeRelease): Record<string, unknown> {
  return {
    url: `${url}/repos/${repository}/releases/assets/${asset.id}`,
    id: asset.id,
    node_id: `RA_${asset.id}`,
    name: asset.name,
    label: '',
    state: asset.state,
    content_type: 'application/octet-stream',
    size: asset.size,
    digest: `sha256:${asset.sha256}`,
    browser_download_url: `${url}/${repository}/releases/download/${release.tag_name}/${asset.name}`,
  };
}

function renderPullRequest(pull: FakePullRequest, url: string, repository: string): Record<string, unknown> {
  return {
    url: `${url}/repos/${repository}/pulls/${pull.number}`,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    html_url: `${url}/${repository}/pull/${pull.number}`,
    head: { ref: pull.head, label: `${repository.split('/')[0] ?? ''}:${pull.head}` },
    base: { ref: pull.base },
    merged_at: null,
  };
}
