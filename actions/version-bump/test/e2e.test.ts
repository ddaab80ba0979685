import { createTestRepo, expectGolden, nodeRuntimes, runBundledAction, startGitHttpServer } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const manifest = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
const PYPROJECT = (version: string) => `[project]\r\nname = "sample"\r\nversion = '${version}'  # managed by version-bump\r\n`;
const env = { GITHUB_REPOSITORY: 'octo-org/sample', GITHUB_SERVER_URL: 'https://github.com', HOME: tmpdir(), GIT_CONFIG_NOSYSTEM: '1' };

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function sampleRepo(): TestRepo {
  const r = createTestRepo();
  cleanups.push(() => r.remove());
  r.commit({ message: 'chore: initial', files: { 'pyproject.toml': PYPROJECT('0.3.3') }, tag: 'v0.3.3' });
  r.commit('feat(api): support nested groups (#12)');
  r.commit('fix: handle empty input');
  r.commit('Update README');
  return r;
}

function state(r: TestRepo): string {
  return [r.git('for-each-ref'), r.git('status', '--porcelain'), r.git('rev-parse', '--symbolic-full-name', 'HEAD')].join('\n');
}

describe.each(nodeRuntimes())('version-bump bundle under $label', ({ path: nodePath }) => {
  it('releases: outputs, files, branch, commit, tag and summary', async () => {
    const r = sampleRepo();
    const result = await runBundledAction('version-bump', {
      cwd: r.dir,
      nodePath,
      env,
      inputs: { 'release-branch': 'release/v{version}', commit: 'true', tag: 'true' },
    });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toEqual({
      'previous-version': '0.3.3',
      version: '0.4.0',
      bump: 'minor',
      tag: 'v0.4.0',
      'release-branch': 'release/v0.4.0',
      skipped: 'false',
      'commit-count': '3',
      'non-conventional-count': '1',
    });
    expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());
    expect(readFileSync(join(r.dir, 'pyproject.toml'), 'utf8')).toBe(PYPROJECT('0.4.0'));
    expect(r.git('log', '-1', '--format=%s')).toBe('chore(release): 0.4.0');
    expect(r.git('describe', '--exact-match')).toBe('v0.4.0');
    expect(r.git('branch', '--show-current')).toBe('release/v0.4.0');
    expect(result.log).toContain('minor: 1 feature, 1 fix; highest:');
    expectGolden(join(import.meta.dirname, 'golden', 'e2e-summary.md'), result.summary.replace(/`[0-9a-f]{7}`|commit\/[0-9a-f]{40}/g, (m) => m.replace(/[0-9a-f]{7,40}/, '<hash>')));
  });

  it('writes nothing on a dry run', async () => {
    const r = sampleRepo();
    const before = state(r);
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'dry-run': 'true', commit: 'true', tag: 'true', 'release-branch': 'release/v{version}' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs.version).toBe('0.4.0');
    expect(result.summary).toContain('Dry run: nothing was written.');
    expect(state(r)).toBe(before);
  });

  it('skips with success when nothing is releasable', async () => {
    const r = createTestRepo();
    cleanups.push(() => r.remove());
    r.commit({ message: 'feat: x', tag: 'v1.0.0' });
    r.commit('ci: y');
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { tag: 'true' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ skipped: 'true', bump: 'none', version: '', tag: '', 'previous-version': '1.0.0' });
    expect(r.git('tag')).toBe('v1.0.0');
  });

  it('fails on bad input, naming it, and changes nothing', async () => {
    const r = sampleRepo();
    const before = state(r);
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'release-type': 'mayor', commit: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: "Input 'release-type' has the value 'mayor', but it must be one of: auto, major, minor, patch." }),
    );
    expect(state(r)).toBe(before);
  });

  it('pushes over HTTP with the token as a header only, and it never shows in the log, summary or .git/config', async () => {
    const r = sampleRepo();
    const root = mkdtempSync(join(tmpdir(), 'ops-actions-http-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const bare = join(root, 'octo-org', 'sample.git');
    execFileSync('git', ['clone', '--quiet', '--bare', r.dir, bare]);
    execFileSync('git', ['config', 'http.receivepack', 'true'], { cwd: bare });
    const token = 'ghs_e2eSecret+Token/123=';
    const server = await startGitHttpServer(root, token);
    cleanups.push(() => void server.close());
    r.git('remote', 'add', 'origin', `${server.url}/octo-org/sample.git`);
    const result = await runBundledAction('version-bump', {
      cwd: r.dir,
      nodePath,
      // The server plays GitHub: the action scopes the credential to GITHUB_SERVER_URL.
      env: { ...env, GITHUB_SERVER_URL: server.url, GITHUB_TOKEN: token },
      inputs: { 'release-branch': 'release/v{version}', commit: 'true', tag: 'true', push: 'true' },
    });
    expect(result.exitCode, result.log).toBe(0);
    expect(execFileSync('git', ['for-each-ref', '--format=%(refname)'], { cwd: bare, encoding: 'utf8' })).toMatch(/refs\/heads\/release\/v0\.4\.0[\s\S]*refs\/tags\/v0\.4\.0/);
    expect(server.authorizations.length).toBeGreaterThan(0);
    const secretForms = [token, encodeURIComponent(token), Buffer.from(`x-access-token:${token}`).toString('base64')];
    for (const text of [result.log, result.summary, JSON.stringify(result.outputs), readFileSync(join(r.dir, '.git', 'config'), 'utf8'), r.git('remote', 'get-url', 'origin')]) {
      for (const form of secretForms) expect(text).not.toContain(form);
    }
  });
});
