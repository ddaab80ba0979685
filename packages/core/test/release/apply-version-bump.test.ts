import { createTestRepo, startGitHttpServer } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReleaseError } from '../../src/errors.js';
import { GitClient } from '../../src/git/git-client.js';
import { inputSourceFrom } from '../../src/inputs/parse-input.js';
import { applyVersionBump } from '../../src/release/apply-version-bump.js';
import { planVersionBump } from '../../src/release/plan-version-bump.js';
import { readReleaseState } from '../../src/release/read-release-state.js';
import { parseVersionBumpSettings } from '../../src/release/version-bump-settings.js';
import { PYPROJECT, release, snapshot } from './flow-helpers.js';

const cleanups: (() => void)[] = [];
function repo(): TestRepo {
  const made = createTestRepo();
  cleanups.push(() => made.remove());
  return made;
}
function bareRemote(from: TestRepo): string {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-remote-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const bare = join(dir, 'sample.git');
  execFileSync('git', ['clone', '--quiet', '--bare', from.dir, bare]);
  from.git('remote', 'add', 'origin', bare);
  return bare;
}
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function sampleRepo(): TestRepo {
  const r = repo();
  r.commit({ message: 'chore: base', files: { 'pyproject.toml': PYPROJECT('0.3.3'), 'src/sample/__init__.py': '__version__ = "0.3.3"\n' }, tag: 'v0.3.3' });
  r.commit('feat(api): nested groups (#12)');
  return r;
}

describe('applying a release', () => {
  it('creates the branch, one commit with the version files, and an annotated tag', async () => {
    const r = sampleRepo();
    const { applied } = await release(r, {
      'version-files': 'pyproject.toml\nsrc/sample/__init__.py',
      'release-branch': 'release/v{version}',
      commit: 'true',
      tag: 'true',
    });
    expect(applied).toMatchObject({ branchCreated: 'release/v0.4.0', tagCreated: 'v0.4.0', filesWritten: ['pyproject.toml', 'src/sample/__init__.py'] });
    expect(r.git('branch', '--show-current')).toBe('release/v0.4.0');
    expect(r.git('log', '-1', '--format=%s%n%an')).toBe('chore(release): 0.4.0\ngithub-actions[bot]');
    expect(r.git('show', '--name-only', '--format=', 'HEAD').split('\n')).toEqual(['pyproject.toml', 'src/sample/__init__.py']);
    expect(r.git('cat-file', '-t', 'v0.4.0')).toBe('tag');
    expect(r.git('rev-parse', 'v0.4.0^{commit}')).toBe(applied?.commit);
    expect(readFileSync(join(r.dir, 'pyproject.toml'), 'utf8')).toBe(PYPROJECT('0.4.0'));
    expect(r.git('status', '--porcelain')).toBe('');
  });

  it('refuses an existing tag or branch and changes nothing', async () => {
    const r = sampleRepo();
    // v0.4.0 exists on another line of history, not reachable from HEAD.
    r.git('switch', '--quiet', '-c', 'elsewhere');
    r.commit({ message: 'feat: elsewhere', tag: 'v0.4.0' });
    r.git('switch', '--quiet', 'main');
    const before = snapshot(r);
    await expect(release(r, { commit: 'true', tag: 'true' })).rejects.toThrow(/v0\.4\.0 already exists/);
    expect(snapshot(r)).toBe(before);
    r.git('tag', '-d', 'v0.4.0');
    r.git('branch', 'release/v0.4.0', 'elsewhere');
    const again = snapshot(r);
    await expect(release(r, { 'release-branch': 'release/v{version}', commit: 'true' })).rejects.toBeInstanceOf(ReleaseError);
    expect(snapshot(r)).toBe(again);
  });

  it('pushes branch and tag atomically, and refuses when the remote has them', async () => {
    const r = sampleRepo();
    const bare = bareRemote(r);
    await release(r, { 'release-branch': 'release/v{version}', commit: 'true', tag: 'true', push: 'true' });
    const remoteRefs = execFileSync('git', ['for-each-ref', '--format=%(refname)'], { cwd: bare, encoding: 'utf8' });
    expect(remoteRefs).toContain('refs/heads/release/v0.4.0');
    expect(remoteRefs).toContain('refs/tags/v0.4.0');

    // Someone else released 0.4.0 from another clone: the remote has the tag, this clone does not.
    const other = sampleRepo();
    other.git('remote', 'add', 'origin', bare);
    const before = snapshot(other);
    await expect(release(other, { tag: 'true', push: 'true' })).rejects.toThrow(/Already on the remote .*refs\/tags\/v0\.4\.0/);
    expect(snapshot(other)).toBe(before);
  });

  it('undoes the branch, commit, files and tag when the push fails', async () => {
    const r = sampleRepo();
    const bare = bareRemote(r);
    // The remote rejects every update, after our pre-checks have passed.
    execFileSync('git', ['config', 'receive.denyNonFastForwards', 'true'], { cwd: bare });
    execFileSync('sh', ['-c', `printf '#!/bin/sh\\necho rejected by hook >&2\\nexit 1\\n' > hooks/pre-receive && chmod +x hooks/pre-receive`], { cwd: bare });
    const before = snapshot(r);
    await expect(
      release(r, { 'release-branch': 'release/v{version}', commit: 'true', tag: 'true', push: 'true' }),
    ).rejects.toThrow(/rejected by hook/);
    expect(snapshot(r)).toBe(before);
    expect(readFileSync(join(r.dir, 'pyproject.toml'), 'utf8')).toBe(PYPROJECT('0.3.3'));
  });

  it('rolls back the commit, files and branch when the tag cannot be made, and says nothing is left', async () => {
    const r = sampleRepo();
    // A stale lock on the tag's ref: the release commit is made, then `git tag` fails.
    mkdirSync(join(r.dir, '.git', 'refs', 'tags'), { recursive: true });
    writeFileSync(join(r.dir, '.git', 'refs', 'tags', 'v0.4.0.lock'), '');
    const before = snapshot(r);
    const error = await release(r, { 'release-branch': 'release/v{version}', commit: 'true', tag: 'true' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseError);
    expect((error as ReleaseError).message).toMatch(/^git .* tag .* failed: fatal: cannot lock ref .*v0\.4\.0\.lock/);
    expect((error as ReleaseError).message).toMatch(/\nRolled back: nothing is left behind; HEAD is on main as before, and the files are as they were\.$/);
    expect(snapshot(r)).toBe(before);
  });

  it('sends the token only as a header to the server, and leaves no trace of it', async () => {
    const r = sampleRepo();
    const root = mkdtempSync(join(tmpdir(), 'ops-actions-http-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    execFileSync('git', ['clone', '--quiet', '--bare', r.dir, join(root, 'owner', 'sample.git')]);
    execFileSync('git', ['config', 'http.receivepack', 'true'], { cwd: join(root, 'owner', 'sample.git') });
    const token = 'ghs_s3cr3t+token/with=chars';
    const server = await startGitHttpServer(root, token);
    cleanups.push(() => void server.close());
    r.git('remote', 'add', 'origin', `${server.url}/owner/sample.git`);

    const settings = parseVersionBumpSettings(inputSourceFrom({ tag: 'true', push: 'true', 'github-token': token }));
    const git = new GitClient(r.dir, { PATH: process.env.PATH, HOME: r.dir, GIT_CONFIG_NOSYSTEM: '1' });
    const state = await readReleaseState(git, settings);
    const plan = planVersionBump(state, settings);
    const applied = await applyVersionBump(git, state, plan, settings, { serverUrl: server.url, remote: 'origin' });
    expect(applied.pushed).toEqual(['refs/tags/v0.4.0']);
    expect(execFileSync('git', ['tag', '--list'], { cwd: join(root, 'owner', 'sample.git'), encoding: 'utf8' })).toContain('v0.4.0');
    expect(server.authorizations.every((auth) => auth !== '')).toBe(true);
    const config = readFileSync(join(r.dir, '.git', 'config'), 'utf8');
    expect(config).not.toContain(token);
    expect(config).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
    expect(r.git('remote', 'get-url', 'origin')).toBe(`${server.url}/owner/sample.git`);

    // A wrong token is refused by the server, and nothing is left behind locally.
    r.commit('fix: more');
    const bad = parseVersionBumpSettings(inputSourceFrom({ tag: 'true', push: 'true', 'github-token': 'wrong' }));
    const badState = await readReleaseState(git, bad);
    const before = snapshot(r);
    await expect(applyVersionBump(git, badState, planVersionBump(badState, bad), bad, { serverUrl: server.url, remote: 'origin' })).rejects.toThrow(/remote/i);
    expect(snapshot(r)).toBe(before);
  });

  it('deepens a shallow clone, and says to set fetch-depth: 0 when it cannot', async () => {
    const r = sampleRepo();
    r.commit('fix: after');
    const dir = mkdtempSync(join(tmpdir(), 'ops-actions-shallow-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    execFileSync('git', ['clone', '--quiet', '--depth', '1', '--no-tags', `file://${r.dir}`, dir]);
    const shallow = { dir, git: (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim() } as unknown as TestRepo;
    const { plan, state } = await release(shallow, { 'dry-run': 'true' });
    expect(state.history).toBe('fetched');
    expect(plan).toMatchObject({ previousTag: 'v0.3.3', version: '0.4.0' });

    const orphan = mkdtempSync(join(tmpdir(), 'ops-actions-shallow-'));
    cleanups.push(() => rmSync(orphan, { recursive: true, force: true }));
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${r.dir}`, orphan]);
    execFileSync('git', ['remote', 'remove', 'origin'], { cwd: orphan });
    const lost = { dir: orphan } as unknown as TestRepo;
    await expect(release(lost, { 'dry-run': 'true' })).rejects.toThrow(/fetch-depth: 0/);
  });
});
