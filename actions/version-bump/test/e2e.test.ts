import { createTestRepo, expectGolden, nodeRuntimes, runBundledAction } from '@ops-actions/test-helpers';
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

  it('pushes with the token, which never shows in the log, summary or .git/config', async () => {
    const r = sampleRepo();
    const remote = mkdtempSync(join(tmpdir(), 'ops-actions-remote-'));
    cleanups.push(() => rmSync(remote, { recursive: true, force: true }));
    execFileSync('git', ['init', '--quiet', '--bare', remote]);
    r.git('remote', 'add', 'origin', remote);
    r.git('push', '--quiet', 'origin', 'main', 'v0.3.3');
    const token = 'ghp_e2eSecretToken123';
    const result = await runBundledAction('version-bump', {
      cwd: r.dir,
      nodePath,
      env: { ...env, GITHUB_TOKEN: token },
      inputs: { 'release-branch': 'release/v{version}', commit: 'true', tag: 'true', push: 'true' },
    });
    expect(result.exitCode, result.log).toBe(0);
    expect(execFileSync('git', ['tag'], { cwd: remote, encoding: 'utf8' })).toContain('v0.4.0');
    for (const text of [result.log, result.summary, JSON.stringify(result.outputs), readFileSync(join(r.dir, '.git', 'config'), 'utf8')]) {
      expect(text).not.toContain(token);
    }
  });
});
