import { getOctokit } from '@actions/github';
import { startFakeGitHub } from '@ops-actions/test-helpers';
import type { FakeGitHub } from '@ops-actions/test-helpers';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GitHubApiError,
  commentMarker,
  countApprovals,
  listPullRequestReviews,
  listPullRequestsForCommit,
  parseRepositoryRef,
  planStickyComment,
  readPullRequestContext,
  upsertStickyComment,
} from '../../src/index.js';
import type { GitHubRequester } from '../../src/index.js';

const repository = { owner: 'octo-org', repo: 'sample' };
const servers: FakeGitHub[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function fake(options: Partial<Parameters<typeof startFakeGitHub>[0]> = {}): Promise<FakeGitHub> {
  const server = await startFakeGitHub({ repository: 'octo-org/sample', tokens: { 'write-token': 'write', 'read-token': 'read' }, ...options });
  servers.push(server);
  return server;
}

/** @actions/github's own client, pointed at the fake: the same code path as in an action. */
function octokit(server: FakeGitHub, token = 'write-token'): GitHubRequester {
  return getOctokit(token, { baseUrl: server.url });
}

describe('sticky comment', () => {
  const marker = commentMarker('quality-gate');

  it('plans: the marker must open a comment, and a bot’s comment wins', () => {
    const person = { id: 1, body: `> ${marker}\nquoted`, authorType: 'User' };
    expect(planStickyComment([person], marker, 'x')).toEqual({ kind: 'create' });
    const humanOwned = { id: 2, body: `${marker}\nold`, authorType: 'User' };
    const bot = { id: 3, body: `${marker}\nold`, authorType: 'Bot' };
    expect(planStickyComment([humanOwned, bot], marker, 'new')).toEqual({ kind: 'update', id: 3 });
    expect(planStickyComment([bot], marker, `${marker}\nold`)).toEqual({ kind: 'unchanged', id: 3 });
  });

  it('creates once, then updates the same comment, across pages', async () => {
    const server = await fake({
      maxPerPage: 2,
      comments: [1, 2, 3, 4, 5].map((n) => ({ issue: 7, body: `comment ${n}`, login: 'octocat', authorType: 'User' as const })),
    });
    const api = octokit(server);
    const first = await upsertStickyComment(api, repository, { number: 7, marker, body: 'run 1' });
    expect(first.action).toBe('create');
    const second = await upsertStickyComment(api, repository, { number: 7, marker, body: 'run 2' });
    expect(second).toEqual({ action: 'update', id: first.id });
    const third = await upsertStickyComment(api, repository, { number: 7, marker, body: 'run 2' });
    expect(third).toEqual({ action: 'unchanged', id: first.id });
    expect(server.comments.filter((c) => c.body.startsWith(marker))).toEqual([
      { id: first.id, issue: 7, body: `${marker}\nrun 2`, login: 'github-actions[bot]', authorType: 'Bot' },
    ]);
    // Six comments at two a page: the list followed the Link header to page 3.
    expect(server.requests.some((r) => r.path.includes('page=3'))).toBe(true);
  });

  it('keeps comments of another key apart', async () => {
    const server = await fake();
    const api = octokit(server);
    await upsertStickyComment(api, repository, { number: 7, marker: commentMarker('quality-gate', 'staging'), body: 'a' });
    await upsertStickyComment(api, repository, { number: 7, marker: commentMarker('quality-gate', 'production'), body: 'b' });
    expect(server.comments).toHaveLength(2);
  });

  it('a read-only token (a fork) fails with permissionDenied, and nothing is written', async () => {
    const server = await fake();
    const error = await upsertStickyComment(octokit(server, 'read-token'), repository, { number: 7, marker, body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 403, apiMessage: 'Resource not accessible by integration', permissionDenied: true });
    expect(String((error as Error).message)).not.toContain('read-token');
    expect(server.comments).toEqual([]);
  });

  it('a bad token is 401, also permissionDenied', async () => {
    const server = await fake();
    await expect(upsertStickyComment(octokit(server, 'nope'), repository, { number: 7, marker, body: 'x' })).rejects.toMatchObject({ status: 401, apiMessage: 'Bad credentials' });
  });

  it('refuses a body over GitHub’s limit before sending it', async () => {
    const server = await fake();
    await expect(upsertStickyComment(octokit(server), repository, { number: 7, marker, body: 'x'.repeat(65_535) })).rejects.toThrow(RangeError);
    expect(server.requests).toEqual([]);
  });

  it('a marker cannot be closed early by its key', () => {
    expect(commentMarker('benchmark-compare', 'a --> b')).toBe('<!-- ops-actions:benchmark-compare:a - b -->');
    expect(commentMarker('quality-gate')).toBe('<!-- ops-actions:quality-gate -->');
    expect(commentMarker('x', '-->')).toBe('<!-- ops-actions:x:- -->');
  });
});

describe('reviews and pull requests', () => {
  it('counts each reviewer’s latest decisive review', () => {
    expect(
      countApprovals([
        { user: 'ada', state: 'APPROVED', commitId: undefined },
        { user: 'ada', state: 'COMMENTED', commitId: undefined },
        { user: 'bob', state: 'APPROVED', commitId: undefined },
        { user: 'bob', state: 'DISMISSED', commitId: undefined },
        { user: 'cy', state: 'CHANGES_REQUESTED', commitId: undefined },
        { user: 'dee', state: 'PENDING', commitId: undefined },
      ]),
    ).toEqual({ approvals: 1, approvers: ['ada'], changesRequested: ['cy'] });
  });

  it('reads reviews and a commit’s pull requests through the API', async () => {
    const server = await fake({
      maxPerPage: 1,
      pulls: [{ number: 12, merged: true, commits: ['abc1234def'], reviews: [{ user: 'ada', state: 'APPROVED' }, { user: 'bob', state: 'APPROVED' }] }],
    });
    const api = octokit(server, 'read-token');
    const reviews = await listPullRequestReviews(api, repository, 12);
    expect(countApprovals(reviews).approvers).toEqual(['ada', 'bob']);
    expect(await listPullRequestsForCommit(api, repository, 'abc1234def')).toEqual([{ number: 12, state: 'closed', merged: true, baseRef: 'main' }]);
    expect(await listPullRequestsForCommit(api, repository, 'fff0000')).toEqual([]);
    await expect(listPullRequestReviews(api, repository, 99)).rejects.toMatchObject({ status: 404 });
  });

  it('parses owner/name', () => {
    expect(parseRepositoryRef('octo-org/sample.py')).toEqual({ owner: 'octo-org', repo: 'sample.py' });
    expect(() => parseRepositoryRef('nope')).toThrow(/not owner\/name/);
  });
});

describe('readPullRequestContext', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const event = (payload: unknown): string => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'event.json'), typeof payload === 'string' ? payload : JSON.stringify(payload));
    return join(dir, 'event.json');
  };

  it('reads a pull request event, fork or not', async () => {
    const path = event({
      pull_request: { number: 7, head: { sha: 'h'.repeat(40), repo: { full_name: 'someone/sample' } }, base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'octo-org/sample' } } },
    });
    expect(await readPullRequestContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_SHA: 'm'.repeat(40) })).toEqual({
      number: 7,
      sha: 'h'.repeat(40),
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      fromFork: true,
    });
  });

  it('a push has no pull request; a missing payload is none; broken JSON fails', async () => {
    expect(await readPullRequestContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event({ ref: 'refs/heads/main' }), GITHUB_SHA: 'abc' })).toMatchObject({ number: undefined, sha: 'abc' });
    expect(await readPullRequestContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toMatchObject({ number: undefined });
    await expect(readPullRequestContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event('{nope') })).rejects.toThrow(/not readable JSON/);
  });

  it('an issue comment on a pull request names it', async () => {
    const path = event({ issue: { number: 9, pull_request: { url: 'x' } } });
    expect(await readPullRequestContext({ GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: path })).toMatchObject({ number: 9 });
  });
});
