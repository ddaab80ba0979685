import { createTestRepo, nodeRuntimes, runBundledAction } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const env = { GITHUB_REPOSITORY: 'acme/stats', GITHUB_SERVER_URL: 'https://github.com', HOME: tmpdir(), GIT_CONFIG_NOSYSTEM: '1' };
// The changelog action's scenarios: histories and CHANGELOG.md files as other tools left them.
const SCENARIOS = join(import.meta.dirname, '..', '..', 'changelog', 'test', 'scenarios');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function repo(): TestRepo {
  const r = createTestRepo();
  cleanups.push(() => r.remove());
  r.commit({ message: 'chore: initial', tag: 'v0.3.3' });
  return r;
}

/** A scenario's history and before.md in a new folder. */
function scenario(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ops-actions-adopt-${name}-`));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('bash', [join(SCENARIOS, name, 'history.sh')], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1' }, stdio: 'pipe' });
  copyFileSync(join(SCENARIOS, name, 'before.md'), join(dir, 'CHANGELOG.md'));
  return dir;
}

describe.each(nodeRuntimes())('version-bump bundle on squash merges and adopted files, under $label', ({ path: nodePath }) => {
  it('releases a squash-merged feature as minor, whatever its branch history, and writes the feature', async () => {
    const r = repo();
    // As GitHub writes a squash merge: the pull request title, then the branch's commits.
    r.commit('feat(api): support nested groups (#12)\n\n* wip\n\n* refactor: split the reader\n\n* fix: typo in an error message\n\n---------\n\nCo-authored-by: Grace Hopper <grace@example.com>');
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { changelog: 'CHANGELOG.md' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ bump: 'minor', version: '0.4.0', 'non-conventional-count': '0' });
    expect(result.log).toContain('minor: 1 feature; highest:');
    const section = readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8').split('## [0.4.0]')[1] ?? '';
    expect(section).toContain('- **api:** support nested groups ([#12](https://github.com/acme/stats/pull/12))');
    expect(section).not.toMatch(/split the reader|typo|### Fixed|### Changed/);
  });

  it('lets a commit the body lists raise the bump, and says so', async () => {
    const r = repo();
    r.commit('fix(io): close files after reading (#13)\n\n* fix(io): close files after reading\n\n* feat(io): a `closing` option');
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'dry-run': 'true' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ bump: 'minor', version: '0.4.0' });
    expect(result.log).toMatch(/minor: 1 fix; highest: [0-9a-f]{7} fix\(io\): close files after reading \(#13\), which squashes feat\(io\): a `closing` option/);
  });

  it("takes in commitizen's Unreleased section without duplicating its entries", async () => {
    const dir = scenario('commitizen');
    const result = await runBundledAction('version-bump', { cwd: dir, nodePath, env: { ...env, HOME: dir }, inputs: { changelog: 'CHANGELOG.md' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ 'previous-version': '0.2.0', version: '0.2.1' });
    const after = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    // commitizen's `- faster grouping` under `### Perf` is its entry for the same commit: replaced, not kept beside ours.
    expect(after).toMatch(/^## Unreleased\n\n## v0\.2\.1 \(\d{4}-\d{2}-\d{2}\)\n\n### Changed\n\n- faster grouping \(\[[0-9a-f]{7}\]\(https:\/\/github\.com\/acme\/stats\/commit\/[0-9a-f]{40}\)\)\n\n## v0\.2\.0 /);
    expect(after.match(/faster grouping/g)).toHaveLength(1);
  });

  it('writes the release on top of a python-semantic-release 9 file with a stale Unreleased heading, with a warning', async () => {
    const dir = scenario('python-semantic-release-9');
    const before = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    const result = await runBundledAction('version-bump', { cwd: dir, nodePath, env: { ...env, HOME: dir }, inputs: { changelog: 'CHANGELOG.md' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ 'previous-version': '0.2.0', version: '0.2.1', bump: 'patch' });
    expect(result.log).toContain('Warning: CHANGELOG.md:33: the Unreleased heading below the release 0.2.0 (line 5) is not the Unreleased section');
    expect(result.summary).toContain('> [!WARNING]\n> CHANGELOG.md:33: the Unreleased heading below the release 0.2.0');
    const after = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    const [top, rest] = after.split('\n## v0.2.0 (2025-01-08)\n');
    expect(top).toMatch(/^# CHANGELOG\n\n<!-- version list -->\n\n## v0\.2\.1 \(\d{4}-\d{2}-\d{2}\)\n\n### Changed\n\n- faster grouping/);
    // Everything below the new section is as python-semantic-release left it, the stale heading included.
    expect(`\n## v0.2.0 (2025-01-08)\n${rest}`).toBe(before.slice(before.indexOf('\n## v0.2.0')));
  });
});
