import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestRepo } from '../../test-helpers/src/index.js';
import type { TestRepo } from '../../test-helpers/src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/resolve-action-dir.js';
import { REPOSITORY, TOKEN, createReleaseRemote, writeDist } from './support/release-remote.js';
import type { ReleaseRemote } from './support/release-remote.js';
import { readRunStep, runStep } from './support/workflow-steps.js';
import type { StepResult } from './support/workflow-steps.js';

/**
 * The release template's steps after the PyPI upload, run for real against a bare git remote behind token auth and
 * the fake GitHub API: each is failed once in the ways a run fails (a push refused, a request answered 5xx, an upload
 * left half done), and the job is then run again from a fresh checkout, as "Re-run failed jobs" does. The release
 * must end complete, and exactly once, every time.
 */

const RELEASE = 'workflows-templates/release.yml';
const TAG_STEP = readRunStep(REPO_ROOT, RELEASE, 'finalize', 'tag');
const RELEASE_STEP = readRunStep(REPO_ROOT, RELEASE, 'finalize', 'github-release');
const MERGE_STEP = readRunStep(REPO_ROOT, RELEASE, 'finalize', 'merge-back');
const VERSION = '1.2.0';
const TAG = `v${VERSION}`;
const BRANCH = `release/v${VERSION}`;
const NOTES = '### Added\n\n- A feature ([abc1234](https://example.com))\n';
const DIST = { 'app-1.2.0.tar.gz': 'sdist bytes\n', 'app-1.2.0-py3-none-any.whl': 'wheel bytes\n' };

/**
 * A remote for one test. The tests of a describe run concurrently, so each has its own servers and folders; they are
 * all closed when the file is done (a global per-test hook cannot tell concurrent tests apart).
 */
const remotes: ReleaseRemote[] = [];
afterAll(async () => {
  await Promise.all(remotes.map((remote) => remote.close()));
});
async function createRemote(build: Parameters<typeof createReleaseRemote>[0]): Promise<ReleaseRemote> {
  const remote = await createReleaseRemote(build);
  remotes.push(remote);
  return remote;
}

/** main with one feature; release/v1.2.0 with the release commit on top. Pushed: main, the release branch, maybe develop. */
async function setup(options: { readonly develop?: boolean } = {}): Promise<{ remote: ReleaseRemote; sha: string }> {
  let sha = '';
  const remote = await createRemote((work) => {
    work.commit({ message: 'feat: a feature', files: { 'app.py': 'print("app")\n', 'CHANGELOG.md': '# Changelog\n' } });
    if (options.develop) work.git('branch', 'develop');
    work.git('switch', '--quiet', '-c', BRANCH);
    sha = work.commit({ message: `chore(release): ${VERSION}`, files: { 'CHANGELOG.md': `# Changelog\n\n## [${VERSION}]\n\n${NOTES}` } });
    work.git('switch', '--quiet', 'main');
  });
  return { remote, sha };
}

/** One attempt of the finalize job: a fresh checkout, the dists downloaded, then its steps until one fails. */
async function finalize(remote: ReleaseRemote, sha: string, options: { readonly prerelease?: boolean; readonly version?: string } = {}): Promise<{ failed?: string; results: Record<string, StepResult>; dir: string }> {
  const version = options.version ?? VERSION;
  const dir = await remote.checkout(sha, BRANCH);
  writeDist(dir, DIST);
  const notes = join(mkdtempSync(join(tmpdir(), 'ops-actions-notes-')), 'notes.md');
  writeFileSync(notes, NOTES);
  const runner = remote.runner({ GITHUB_SHA: sha, GITHUB_REF_NAME: BRANCH });
  const steps = [
    [TAG_STEP, { GH_TOKEN: TOKEN, TAG: `v${version}`, VERSION: version }],
    [RELEASE_STEP, { GH_TOKEN: TOKEN, TAG: `v${version}`, PRERELEASE: String(options.prerelease ?? false), NOTES_FILE: notes, DIST: 'dist' }],
    [MERGE_STEP, { GH_TOKEN: TOKEN, TAG: `v${version}`, DEFAULT_BRANCH: 'main', RELEASE_BRANCH: BRANCH }],
  ] as const;
  const results: Record<string, StepResult> = {};
  for (const [step, env] of steps) {
    const result = await runStep(step, { cwd: dir, runner, env });
    results[step.id] = result;
    if (result.code !== 0) return { failed: step.id, results, dir };
  }
  return { results, dir };
}

/** Everything a finished release has, exactly once. */
function expectReleased(remote: ReleaseRemote, sha: string, options: { readonly pulls?: number } = {}): void {
  expect(remote.remote('rev-parse', `refs/tags/${TAG}^{commit}`)).toBe(sha);
  expect(remote.remote('cat-file', '-t', `refs/tags/${TAG}`)).toBe('tag');
  const releases = remote.github.releases.filter((release) => release.tag_name === TAG);
  expect(releases).toHaveLength(1);
  const [release] = releases;
  expect(release).toMatchObject({ draft: false, prerelease: false, body: NOTES, make_latest: 'legacy' });
  const assets = remote.github.assets.filter((asset) => asset.releaseId === release?.id);
  expect(assets.map((asset) => [asset.name, asset.state, asset.size, asset.sha256]).sort()).toEqual(
    Object.entries(DIST)
      .map(([name, content]) => [name, 'uploaded', Buffer.byteLength(content), createHash('sha256').update(content).digest('hex')])
      .sort(),
  );
  expect(remote.github.pullRequests).toHaveLength(options.pulls ?? 0);
}

const isAncestor = (remote: ReleaseRemote, commit: string, ref: string): boolean => {
  try {
    remote.remote('merge-base', '--is-ancestor', commit, ref);
    return true;
  } catch {
    return false;
  }
};

describe.concurrent('release.yml finalize: tag, GitHub Release, merge back', () => {
  it('releases once: tag, draft, both dists, published; main fast-forwarded; a second run changes nothing', async () => {
    const { remote, sha } = await setup();
    const first = await finalize(remote, sha);
    expect(first.failed).toBeUndefined();
    expectReleased(remote, sha);
    expect(remote.remote('rev-parse', 'refs/heads/main')).toBe(sha);
    expect(first.results['merge-back']?.summary).toContain(`Fast-forwarded main to ${TAG}: 1 commit(s).`);
    // The token went as a header, to the git server only, and never into the checkout's config.
    const basic = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    expect(remote.git.authorizations.length).toBeGreaterThan(0);
    expect(remote.git.authorizations.every((auth) => auth.toLowerCase() === basic.toLowerCase())).toBe(true);
    expect(first.results.tag?.stdout).not.toContain(TOKEN);
    expect(readFileSync(join(first.dir, '.git', 'config'), 'utf8')).not.toMatch(/extraheader|AUTHORIZATION/i);

    const writes = remote.github.requests.filter((request) => request.method !== 'GET').length;
    const again = await finalize(remote, sha);
    expect(again.failed).toBeUndefined();
    expect(again.results.tag?.summary).toContain(`${TAG} already marks ${sha}`);
    expect(again.results['github-release']?.stdout).toContain('is attached already');
    expect(again.results['merge-back']?.summary).toContain(`${TAG} is already in main.`);
    expect(remote.github.requests.filter((request) => request.method !== 'GET').length).toBe(writes);
    expectReleased(remote, sha);
  });

  it('tag: a refused push fails the step; the re-run tags', async () => {
    const { remote, sha } = await setup();
    remote.protect(`refs/tags/${TAG}`, 1);
    const first = await finalize(remote, sha);
    expect(first.failed).toBe('tag');
    expect(first.results.tag?.stderr).toContain(`Protected branch update failed for refs/tags/${TAG}`);
    expect(remote.github.releases).toHaveLength(0);
    expect((await finalize(remote, sha)).failed).toBeUndefined();
    expectReleased(remote, sha);
  });

  it('tag: pushed by an attempt that died after it: the re-run goes on', async () => {
    const { remote, sha } = await setup();
    remote.remote('tag', '--annotate', '--no-sign', TAG, '-m', `Release ${VERSION}`, sha);
    const run = await finalize(remote, sha);
    expect(run.failed).toBeUndefined();
    expect(run.results.tag?.summary).toContain('an earlier attempt pushed it');
    expectReleased(remote, sha);
  });

  it('tag: at another commit, it is never moved, and every run says why', async () => {
    const { remote, sha } = await setup();
    const main = remote.remote('rev-parse', 'refs/heads/main');
    remote.remote('tag', '--annotate', '--no-sign', TAG, '-m', 'elsewhere', main);
    for (let attempt = 0; attempt < 2; attempt++) {
      const run = await finalize(remote, sha);
      expect(run.failed).toBe('tag');
      expect(run.results.tag?.stdout).toContain(`::error::${TAG} already marks ${main}, not the released commit ${sha}.`);
    }
    expect(remote.remote('rev-parse', `refs/tags/${TAG}^{commit}`)).toBe(main);
    expect(remote.github.releases).toHaveLength(0);
  });

  it.each([
    ['creating the draft', { method: 'POST', path: /\/releases$/, status: 502 }],
    ['the second upload, left half done', { method: 'POST', path: /\/releases\/\d+\/assets$/, status: 500, after: 1, effect: 'starter-asset' as const }],
    ['publishing the draft', { method: 'PATCH', path: /\/releases\/\d+$/, status: 503 }],
    ['listing the releases', { method: 'GET', path: /\/releases$/, status: 500 }],
  ])('GitHub Release: %s fails once; the re-run completes the same release', async (_label, failure) => {
    const { remote, sha } = await setup();
    remote.github.failNext(failure);
    const first = await finalize(remote, sha);
    expect(first.failed).toBe('github-release');
    expect(first.results['github-release']?.stdout).toMatch(/::error::.*\(HTTP 5\d\d\): Server Error \(injected by the test\)/);
    const rerun = await finalize(remote, sha);
    expect(rerun.failed).toBeUndefined();
    expectReleased(remote, sha);
  });

  it('GitHub Release: a pre-release is marked so, and never made latest', async () => {
    const { remote, sha } = await setup();
    expect((await finalize(remote, sha, { prerelease: true })).failed).toBeUndefined();
    expect(remote.github.releases[0]).toMatchObject({ tag_name: TAG, prerelease: true, draft: false, make_latest: 'false' });
  });

  it('merge back: a protected main gets one pull request, found again by every re-run', async () => {
    const { remote, sha } = await setup();
    remote.protect('refs/heads/main');
    const first = await finalize(remote, sha);
    expect(first.failed).toBeUndefined();
    expect(first.results['merge-back']?.stdout).toContain(`::warning::${TAG} waits in ${remote.github.url}/${REPOSITORY}/pull/100 to be merged into main`);
    expect(remote.github.pullRequests).toEqual([expect.objectContaining({ head: BRANCH, base: 'main', state: 'open', title: `Merge ${TAG} back into main` })]);
    expect(remote.github.pullRequests[0]?.body).toContain('merge commit');
    expect((await finalize(remote, sha)).failed).toBeUndefined();
    expectReleased(remote, sha, { pulls: 1 });
    expect(isAncestor(remote, sha, 'refs/heads/main')).toBe(false);
  });

  it('merge back: opening the pull request fails once; the re-run opens it', async () => {
    const { remote, sha } = await setup();
    remote.protect('refs/heads/main');
    remote.github.failNext({ method: 'POST', path: /\/pulls$/, status: 502 });
    const first = await finalize(remote, sha);
    expect(first.failed).toBe('merge-back');
    expect(remote.github.pullRequests).toHaveLength(0);
    expect((await finalize(remote, sha)).failed).toBeUndefined();
    expectReleased(remote, sha, { pulls: 1 });
  });

  it('merge back: main moved on: a merge commit keeps the tagged commit in its history; a re-run adds nothing', async () => {
    const { remote, sha } = await setup();
    remote.pushCommit('main', 'fix: meanwhile on main', { 'other.py': 'x = 1\n' });
    const run = await finalize(remote, sha);
    expect(run.failed).toBeUndefined();
    expect(run.results['merge-back']?.summary).toContain(`Merged ${TAG} into main with a merge commit.`);
    const head = remote.remote('rev-parse', 'refs/heads/main');
    expect(remote.remote('rev-list', '--parents', '-n', '1', head).split(' ')).toHaveLength(3);
    expect(remote.remote('log', '-1', '--format=%s', head)).toBe(`Merge ${TAG} into main`);
    expect(isAncestor(remote, sha, 'refs/heads/main')).toBe(true);
    expect((await finalize(remote, sha)).failed).toBeUndefined();
    expect(remote.remote('rev-parse', 'refs/heads/main')).toBe(head);
    expectReleased(remote, sha);
  });

  it('merge back: a conflict on main is left to a pull request', async () => {
    const { remote, sha } = await setup();
    remote.pushCommit('main', 'docs: another changelog', { 'CHANGELOG.md': '# Changes\n\nsomething else\n' });
    const run = await finalize(remote, sha);
    expect(run.failed).toBeUndefined();
    expect(remote.github.pullRequests).toEqual([expect.objectContaining({ base: 'main', head: BRANCH })]);
  });

  it('develop: synced after main; a refused push to develop fails once, and the re-run merges it', async () => {
    const { remote, sha } = await setup({ develop: true });
    remote.protect('refs/heads/develop', 1);
    const first = await finalize(remote, sha);
    expect(first.failed).toBeUndefined();
    // Refused once: the step opens a pull request instead of failing...
    expect(remote.github.pullRequests).toEqual([expect.objectContaining({ base: 'develop' })]);
    expect(remote.remote('rev-parse', 'refs/heads/main')).toBe(sha);
    // ...and the next run, the protection gone, fast-forwards develop (main is done already).
    const rerun = await finalize(remote, sha);
    expect(rerun.failed).toBeUndefined();
    expect(rerun.results['merge-back']?.summary).toContain(`${TAG} is already in main.`);
    expect(rerun.results['merge-back']?.summary).toContain(`Fast-forwarded develop to ${TAG}`);
    expect(isAncestor(remote, sha, 'refs/heads/develop')).toBe(true);
    expectReleased(remote, sha, { pulls: 1 });
  });

  it('fails with the fix when the API refuses GITHUB_TOKEN pull requests (the repository setting)', async () => {
    const { remote, sha } = await setup();
    remote.protect('refs/heads/main');
    remote.github.failNext({ method: 'POST', path: /\/pulls$/, status: 403 });
    const run = await finalize(remote, sha);
    expect(run.failed).toBe('merge-back');
    expect(run.results['merge-back']?.stdout).toContain('Allow GitHub Actions to create and approve pull requests');
  });
});

describe('release.yml build: tag and pre-release flag from the checked version', () => {
  const step = readRunStep(REPO_ROOT, RELEASE, 'build', 'release');
  // PEP 440's own examples of normalised versions, with whether they are pre-releases (packaging's is_prerelease).
  const VERSIONS: readonly [string, boolean][] = [
    ['1.2.0', false],
    ['1.2', false],
    ['2!1.0', false],
    ['1.2.0a1', true],
    ['1.2.0b2', true],
    ['1.2.0rc1', true],
    ['1.2.0.dev3', true],
    ['1.2.0a1.dev2', true],
    ['1.2.0.post1', false],
    ['1.2.0rc1.post1', true],
    ['1.2.0.post1.dev1', true],
  ];
  let repo: TestRepo;
  beforeAll(() => {
    repo = createTestRepo();
    repo.commit('feat: x');
  });
  afterAll(() => repo.remove());
  const run = (version: string, head = repo.git('rev-parse', 'HEAD')) => runStep(step, { cwd: repo.dir, runner: { PATH: process.env.PATH, GITHUB_SHA: head }, env: { VERSION: version } });

  it.each(VERSIONS)('%s: prerelease %s', async (version, prerelease) => {
    const result = await run(version);
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({ tag: `v${version}`, prerelease: String(prerelease) });
  });

  it.skipIf(!hasPackaging())("agrees with packaging's Version.is_prerelease on every version above", () => {
    const script = `import json, sys\nfrom packaging.version import Version\nprint(json.dumps([Version(v).is_prerelease for v in json.loads(sys.argv[1])]))`;
    const answer = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, JSON.stringify(VERSIONS.map(([version]) => version))], { encoding: 'utf8' })) as boolean[];
    expect(answer).toEqual(VERSIONS.map(([, prerelease]) => prerelease));
  });

  it.each(['1.2.0+local', 'v1.2.0', '1.2.0-rc.1', ''])('refuses %j, which is not a normalised version PyPI takes', async (version) => {
    const result = await run(version);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('is not a normalised PEP 440 version');
  });

  it('refuses a version tagged at another commit (the branch moved after its release); the tagged commit itself passes', async () => {
    const released = repo.commit({ message: 'chore(release): 1.2.0', tag: 'v1.2.0' });
    const moved = repo.commit('fix: after the release');
    const refused = await run('1.2.0', moved);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`v1.2.0 already marks ${released}, not this commit ${moved}`);
    expect((await run('1.2.0', released)).code).toBe(0);
  });

  it('the guard refuses anything but a release branch', async () => {
    const guard = readRunStep(REPO_ROOT, RELEASE, 'build', 'guard');
    const run = (REF_TYPE: string, REF_NAME: string) => runStep(guard, { cwd: REPO_ROOT, runner: { PATH: process.env.PATH }, env: { REF_TYPE, REF_NAME } });
    expect((await run('branch', 'release/v1.2.0')).code).toBe(0);
    for (const [type, name] of [['branch', 'main'], ['tag', 'release/v1.2.0'], ['branch', 'release/v'], ['branch', 'feature/release/v1']]) {
      const result = await run(type ?? '', name ?? '');
      expect(result.code, `${type} ${name}`).toBe(1);
      expect(result.stdout).toContain('Run this workflow on a release/vX.Y.Z branch');
    }
  });
});

describe('prepare-release.yml', () => {
  const FILE = 'workflows-templates/prepare-release.yml';

  it('runs from the default branch only', async () => {
    const guard = readRunStep(REPO_ROOT, FILE, 'prepare', 'guard');
    const run = (REF_TYPE: string, REF_NAME: string) => runStep(guard, { cwd: REPO_ROOT, runner: { PATH: process.env.PATH }, env: { REF_TYPE, REF_NAME, DEFAULT_BRANCH: 'trunk' } });
    expect((await run('branch', 'trunk')).code).toBe(0);
    const refused = await run('branch', 'feature/x');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("Prepare a release from the default branch 'trunk', not from the branch 'feature/x'");
    expect((await run('tag', 'trunk')).code).toBe(1);
  });

  it('dispatches release.yml on the new branch when the push was made with GITHUB_TOKEN, and not with RELEASE_TOKEN', async () => {
    const { remote } = await setup();
    const dispatch = readRunStep(REPO_ROOT, FILE, 'prepare', 'dispatch');
    const env = (HAS_RELEASE_TOKEN: string) => ({ GH_TOKEN: TOKEN, BRANCH, VERSION, HAS_RELEASE_TOKEN, RELEASE_WORKFLOW: 'release.yml' });
    const withToken = await runStep(dispatch, { cwd: REPO_ROOT, runner: remote.runner(), env: env('true') });
    expect(withToken.code).toBe(0);
    expect(remote.github.dispatches).toEqual([]);
    const withoutToken = await runStep(dispatch, { cwd: REPO_ROOT, runner: remote.runner(), env: env('false') });
    expect(withoutToken.code).toBe(0);
    expect(remote.github.dispatches).toEqual([{ workflow: 'release.yml', ref: BRANCH, inputs: {} }]);
    expect(withoutToken.summary).toContain(`release.yml started on it for ${VERSION}`);
    remote.github.failNext({ method: 'POST', path: /dispatches$/, status: 404 });
    const failed = await runStep(dispatch, { cwd: REPO_ROOT, runner: remote.runner(), env: env('false') });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`Could not start release.yml on ${BRANCH} (HTTP 404)`);
  });
});

describe.concurrent('.github/workflows/release.yml (ops-actions itself): a re-run finishes the release', () => {
  const FILE = '.github/workflows/release.yml';
  const resume = readRunStep(REPO_ROOT, FILE, 'release', 'resume');
  const githubRelease = readRunStep(REPO_ROOT, FILE, 'release', 'github-release');
  const majorTag = readRunStep(REPO_ROOT, FILE, 'release', 'major-tag');

  /** main at `start`; version-bump's push of the release commit `released`, tagged v1.3.0, on top (as attempt 1 left it). */
  async function attemptOneLeft(): Promise<{ remote: ReleaseRemote; start: string; released: string }> {
    let start = '';
    let released = '';
    const remote = await createRemote((work) => {
      work.commit({ message: 'chore(release): 1.2.0', tag: 'v1.2.0' });
      work.git('tag', 'v1', 'HEAD');
      start = work.commit('feat: something new');
      released = work.commit({ message: 'chore(release): 1.3.0', tag: 'v1.3.0' });
    });
    return { remote, start, released };
  }

  async function rerun(remote: ReleaseRemote, sha: string): Promise<Record<string, StepResult>> {
    const dir = await remote.checkout(sha, 'main');
    const runner = remote.runner({ GITHUB_SHA: sha, GITHUB_REF_NAME: 'main' });
    const results: Record<string, StepResult> = {};
    results.resume = await runStep(resume, { cwd: dir, runner, env: { BRANCH: 'main' } });
    const tag = results.resume.outputs.tag ?? '';
    if (tag === '') return results;
    const notes = join(dir, '..', `notes-${Date.now()}.md`);
    writeFileSync(notes, 'notes of 1.3.0\n');
    results['github-release'] = await runStep(githubRelease, { cwd: dir, runner, env: { GH_TOKEN: TOKEN, TAG: tag, NOTES_FILE: notes } });
    if (results['github-release'].code === 0) results['major-tag'] = await runStep(majorTag, { cwd: dir, runner, env: { GH_TOKEN: TOKEN, TAG: tag } });
    return results;
  }

  it('re-running the job (same starting commit) finds the pushed release commit, releases it once and moves v1', async () => {
    const { remote, start, released } = await attemptOneLeft();
    remote.github.failNext({ method: 'POST', path: /\/releases$/, status: 502 });
    const failedAgain = await rerun(remote, start);
    expect(failedAgain.resume?.outputs).toEqual({ tag: 'v1.3.0', version: '1.3.0' });
    expect(failedAgain['github-release']?.code).toBe(1);
    const results = await rerun(remote, start);
    expect(results['github-release']?.code).toBe(0);
    expect(results['major-tag']?.code).toBe(0);
    expect(remote.github.releases.map((release) => [release.tag_name, release.body, release.draft])).toEqual([['v1.3.0', 'notes of 1.3.0\n', false]]);
    expect(remote.remote('rev-parse', 'refs/tags/v1^{commit}')).toBe(released);
  });

  it('starting it again on the released commit releases nothing twice', async () => {
    const { remote, released } = await attemptOneLeft();
    for (let run = 0; run < 2; run++) {
      const results = await rerun(remote, released);
      expect(results.resume?.outputs.tag).toBe('v1.3.0');
      expect(results['github-release']?.code).toBe(0);
    }
    expect(remote.github.releases).toHaveLength(1);
    expect(remote.remote('rev-parse', 'refs/tags/v1^{commit}')).toBe(released);
  });

  it('on a commit with nothing released, resume finds nothing and version-bump decides', async () => {
    const { remote } = await attemptOneLeft();
    const head = remote.pushCommit('main', 'fix: after 1.3.0', { 'fix.py': 'y = 2\n' });
    const results = await rerun(remote, head);
    expect(results.resume?.code).toBe(0);
    expect(results.resume?.outputs).toEqual({});
  });

  it('moves v1 neither for a pre-release nor for an older release of the line', async () => {
    const { remote, released } = await attemptOneLeft();
    const dir = await remote.checkout(released, 'main');
    const runner = remote.runner({ GITHUB_SHA: released, GITHUB_REF_NAME: 'main' });
    const before = remote.remote('rev-parse', 'refs/tags/v1^{commit}');
    const pre = await runStep(majorTag, { cwd: dir, runner, env: { GH_TOKEN: TOKEN, TAG: 'v1.4.0rc1' } });
    expect(pre.summary).toContain('v1.4.0rc1 is a pre-release');
    const older = await runStep(majorTag, { cwd: dir, runner, env: { GH_TOKEN: TOKEN, TAG: 'v1.2.0' } });
    expect(older.summary).toContain('v1.3.0 is newer than v1.2.0');
    expect(remote.remote('rev-parse', 'refs/tags/v1^{commit}')).toBe(before);
  });
});

function hasPackaging(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import packaging.version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
