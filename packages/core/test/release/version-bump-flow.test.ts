import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError, ReleaseError, VersionNotFoundError } from '../../src/errors.js';
import { PYPROJECT, release, snapshot, testRepos } from './flow-helpers.js';

const repo = testRepos();

describe('deciding the next version', () => {
  it('starts from the version file when there is no tag, and counts all history', async () => {
    const r = repo();
    r.commit({ message: 'chore: initial', files: { 'pyproject.toml': PYPROJECT('0.1.0') } });
    r.commit('feat: add parser');
    r.commit('fix: handle empty input');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan).toMatchObject({ previousSource: 'file', version: '0.2.0', bump: 'minor', tag: 'v0.2.0', skipped: false });
    expect(plan.commits).toHaveLength(3);
    expect(plan.notices.join('\n')).toContain('No release tag yet');
  });

  it('takes the highest version tag reachable from HEAD, ignoring others', async () => {
    const r = repo();
    r.commit({ message: 'feat: one', tag: 'v0.3.3' });
    r.git('tag', 'v9.0.0-not-a-version');
    r.git('tag', 'nightly');
    r.git('switch', '--quiet', '-c', 'side');
    r.commit({ message: 'feat: side', tag: 'v5.0.0' });
    r.git('switch', '--quiet', 'main');
    r.commit('fix: two');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan).toMatchObject({ previousTag: 'v0.3.3', version: '0.3.4', bump: 'patch' });
    expect(plan.commits).toHaveLength(1);
  });

  it('walks a pre-release series and restarts the counter on a bigger bump', async () => {
    const r = repo();
    r.commit({ message: 'chore: base', files: { 'pyproject.toml': PYPROJECT('0.3.3') }, tag: 'v0.3.3' });
    r.commit('feat: new thing');
    const first = await release(r, { prerelease: 'rc', tag: 'true', commit: 'true' });
    expect(first.plan.version).toBe('0.4.0rc1');
    r.commit('fix: polish');
    const second = await release(r, { prerelease: 'rc', tag: 'true' });
    expect(second.plan.version).toBe('0.4.0rc2');
    r.commit('feat!: rename everything');
    const third = await release(r, { prerelease: 'rc', 'dry-run': 'true' });
    expect(third.plan).toMatchObject({ version: '1.0.0rc1', bump: 'major' });
    const final = await release(r, { 'dry-run': 'true' });
    expect(final.plan.version).toBe('1.0.0');
    await expect(release(r, { prerelease: 'b', 'dry-run': 'true', 'release-type': 'patch' })).rejects.toThrow(/rc/);
  });

  it('writes SemVer when asked, and parses SemVer tags back', async () => {
    const r = repo();
    r.commit({ message: 'chore: base', tag: 'v1.3.0' });
    r.commit('feat: x');
    const { plan } = await release(r, { prerelease: 'rc', 'version-scheme': 'semver', tag: 'true' });
    expect(plan).toMatchObject({ version: '1.4.0-rc.1', tag: 'v1.4.0-rc.1' });
    r.commit('fix: y');
    const next = await release(r, { prerelease: 'rc', 'version-scheme': 'semver', 'dry-run': 'true' });
    expect(next.plan.version).toBe('1.4.0-rc.2');
  });

  it('skips when nothing releases, and explains why', async () => {
    const r = repo();
    r.commit({ message: 'feat: one', tag: 'v1.0.0' });
    r.commit('ci: faster cache');
    r.commit('Merge branch x');
    const { plan, applied } = await release(r, { tag: 'true', commit: 'true' });
    expect(plan).toMatchObject({ skipped: true, bump: 'none', version: '', tag: '' });
    expect(applied?.tagCreated).toBeUndefined();
    expect(r.git('tag', '--list')).toBe('v1.0.0');
  });

  it('counts only commits touching `paths`', async () => {
    const r = repo();
    r.commit({ message: 'chore: base', tag: 'v1.0.0' });
    r.commit({ message: 'feat(other): elsewhere', files: { 'other/a.py': 'x = 1\n' } });
    r.commit({ message: 'fix(pkg): here', files: { 'pkg/a.py': 'x = 2\n' } });
    const { plan } = await release(r, { paths: 'pkg', 'dry-run': 'true' });
    expect(plan).toMatchObject({ version: '1.0.1', bump: 'patch' });
    expect(plan.commits).toHaveLength(1);
  });

  it('applies release-type and an explicit version', async () => {
    const r = repo();
    r.commit({ message: 'chore: base', tag: 'v1.2.3' });
    r.commit('docs: typo');
    expect((await release(r, { 'release-type': 'major', 'dry-run': 'true' })).plan).toMatchObject({ version: '2.0.0', bumpSource: 'release-type' });
    expect((await release(r, { version: 'v1.5-rc.1', 'dry-run': 'true' })).plan).toMatchObject({ version: '1.5rc1', bump: 'minor' });
    await expect(release(r, { version: '1.2.3', 'dry-run': 'true' })).rejects.toThrow(/version/);
  });

  it('in strict mode, fails listing the commits that are not conventional', async () => {
    const r = repo();
    r.commit({ message: 'chore: base', tag: 'v1.0.0' });
    r.commit('Update README');
    r.commit('fix: real');
    const error = await release(r, { strict: 'true', 'dry-run': 'true' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseError);
    expect((error as Error).message).toMatch(/1 commit\(s\).*\n.* Update README/);
  });

  it('warns when a version file disagrees with the latest tag, naming both', async () => {
    const r = repo();
    r.commit({ message: 'chore: base', files: { 'pyproject.toml': PYPROJECT('0.9.0') }, tag: 'v1.0.0' });
    r.commit('fix: x');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan.warnings).toEqual(['pyproject.toml:6 says 0.9.0, but the latest tag v1.0.0 says 1.0.0.']);
  });

  it('tags a version that comes from git tags (setuptools-scm), writes nothing, and says why', async () => {
    const r = repo();
    const dynamic = '[build-system]\nrequires = ["setuptools>=64", "setuptools-scm>=8"]\n\n[project]\nname = "scm"\ndynamic = ["version"]\n';
    r.commit({ message: 'feat: x', files: { 'pyproject.toml': dynamic } });
    const { plan, applied } = await release(r, { commit: 'true', tag: 'true' });
    expect(plan.edits).toEqual([]);
    expect(plan.location).toMatchObject({ kind: 'vcs', tool: 'setuptools-scm', where: 'setuptools-scm in [build-system] requires in pyproject.toml' });
    expect(plan.notices.join('\n')).toMatch(/comes from git tags .*setuptools-scm.*no file to write/);
    expect(applied?.tagCreated).toBe('v0.1.0');
    expect(applied?.commit).toBeUndefined();
    expect(readFileSync(join(r.dir, 'pyproject.toml'), 'utf8')).toBe(dynamic);
  });

  it('fails on a version nothing says where to find, naming where it looked and the version-files line that fixes it', async () => {
    const r = repo();
    r.commit({ message: 'feat: x', files: { 'pyproject.toml': '[project]\nname = "Acme-Stats"\ndynamic = ["version"]\n' } });
    const before = snapshot(r);
    const error = await release(r, { tag: 'true' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionNotFoundError);
    expect((error as VersionNotFoundError).fix).toBe('version-files: src/acme_stats/__init__.py');
    expect((error as Error).message).toContain('[tool.hatch.version]');
    expect((error as Error).message).toContain('listed in dynamic, but nothing above says where it comes from');
    expect(snapshot(r)).toBe(before);
  });

  it('fails on a missing named version file and outside a repository', async () => {
    const r = repo();
    r.commit('feat: x');
    await expect(release(r, { 'version-files': 'src/pkg/__init__.py' })).rejects.toBeInstanceOf(FileError);
    const notRepo = repo();
    rmSync(join(notRepo.dir, '.git'), { recursive: true });
    await expect(release(notRepo)).rejects.toThrow(/not a git repository/);
  });

  it('leaves everything as it was when a version file does not parse', async () => {
    const r = repo();
    r.commit({ message: 'feat: x', files: { 'pyproject.toml': '[project\nversion = "1"\n' } });
    const before = snapshot(r);
    await expect(release(r, { commit: 'true', tag: 'true', 'release-branch': 'release/v{version}' })).rejects.toThrow(/pyproject\.toml:1/);
    expect(snapshot(r)).toBe(before);
  });
});
