import type { TestRepo } from '@ops-actions/test-helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError, ReleaseError } from '../../src/errors.js';
import { release, snapshot, testRepos } from './flow-helpers.js';

const repo = testRepos();
const read = (r: TestRepo, path: string) => readFileSync(join(r.dir, path), 'utf8');

describe('reading the version where the configuration says, on a real repository', () => {
  it('rewrites one file named by two sources once: commitizen\'s version_files first, then its own version', async () => {
    const r = repo();
    const pyproject = '[project]\nname = "acme"\nversion = "1.0.0"\ndependencies = ["dep==1.0.0"]\n\n[tool.commitizen]\nversion = "1.0.0"\nversion_files = ["pyproject.toml:^version", "packages/*/VERSION"]\n';
    r.commit({ message: 'chore: init', files: { 'pyproject.toml': pyproject, 'packages/a/VERSION': '1.0.0\n', 'packages/b/VERSION': '1.0.0\n', 'packages/b/c/VERSION': '1.0.0\n' }, tag: '1.0.0' });
    r.commit('feat: x');
    const { plan } = await release(r, { commit: 'true' });
    expect(plan.edits.map((edit) => edit.path)).toEqual(['pyproject.toml', 'packages/a/VERSION', 'packages/b/VERSION']);
    expect(read(r, 'pyproject.toml')).toBe(pyproject.replaceAll('version = "1.0.0"', 'version = "1.1.0"'));
    expect(read(r, 'packages/b/c/VERSION')).toBe('1.0.0\n');
    expect(plan.edits[0]?.field).toBe('[tool.commitizen].version, lines matching ^version');
  });

  it('skips what bump-my-version\'s ignore_missing_file / ignore_missing_version allow, saying so', async () => {
    const r = repo();
    const config = '[bumpversion]\ncurrent_version = 2.0.0\n\n[bumpversion:file:gone.txt]\nignore_missing_file = True\n\n[bumpversion:file:notes.txt]\nignore_missing_version = True\n';
    r.commit({ message: 'chore: init', files: { '.bumpversion.cfg': config, 'notes.txt': 'no version here\n' }, tag: 'v2.0.0' });
    r.commit('fix: y');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan.edits.map((edit) => edit.path)).toEqual(['.bumpversion.cfg']);
    expect(plan.notices).toContain('gone.txt does not exist ([bumpversion:file:gone.txt] in .bumpversion.cfg allows it); it is left as it is.');
    expect(plan.notices).toContain('the current version 2.0.0 is not found (search "{current_version}") ([bumpversion:file:notes.txt] in .bumpversion.cfg allows it); it is left as it is.');
  });

  it('fails before writing anything when a named file is missing, naming what named it', async () => {
    const r = repo();
    r.commit({ message: 'chore: init', files: { 'pyproject.toml': '[tool.semantic_release]\nversion_variables = ["src/acme/__init__.py:__version__"]\n' }, tag: 'v1.0.0' });
    r.commit('feat: z');
    const before = snapshot(r);
    const error = await release(r, { commit: 'true', tag: 'true' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toBe('src/acme/__init__.py: version_variables in [tool.semantic_release] in pyproject.toml names it, but it does not exist');
    expect(snapshot(r)).toBe(before);
  });

  it.each(['../outside/__init__.py', '/etc/acme.py'])('refuses a config that names %s, outside the repository', async (path) => {
    const r = repo();
    r.commit({ message: 'chore: init', files: { 'pyproject.toml': `[tool.semantic_release]\nversion_variables = ["${path}:__version__"]\n` }, tag: 'v1.0.0' });
    r.commit('feat: z');
    await expect(release(r, { 'dry-run': 'true' })).rejects.toThrow(`${path}: version_variables in [tool.semantic_release] in pyproject.toml names a path outside the repository`);
  });

  it('takes the first existing file of setuptools\' attr: candidates', async () => {
    const r = repo();
    r.commit({ message: 'chore: init', files: { 'setup.cfg': '[metadata]\nname = acme\nversion = attr: acme.__version__\n', 'acme/__init__.py': '__version__ = "0.1.0"\n' } });
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan).toMatchObject({ previousSource: 'file', version: '0.1.1', edits: [{ path: 'acme/__init__.py', field: '__version__' }] });
  });

  it('warns when a file disagrees with the latest tag, in each place PSR rewrites', async () => {
    const r = repo();
    r.commit({ message: 'chore: init', files: { 'pyproject.toml': '[tool.semantic_release]\nversion_variables = ["a.py:VERSION"]\n', 'a.py': 'VERSION = "1.0.0"\nOTHER_VERSION = "1"\nVERSION = "0.9.0"\n' }, tag: 'v1.0.0' });
    r.commit('fix: q');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan.warnings).toEqual(['a.py:3 says 0.9.0, but the latest tag v1.0.0 says 1.0.0.']);
    expect(plan.edits[0]?.after).toBe('VERSION = "1.0.1"\nOTHER_VERSION = "1"\nVERSION = "1.0.1"\n');
  });
});

describe('tag prefixes as the project says', () => {
  it('stops, rather than guess, when no tag starts with the default v but bare version tags exist', async () => {
    const r = repo();
    r.commit({ message: 'chore: init', files: { 'pyproject.toml': '[project]\nname = "a"\nversion = "1.4.2"\n' }, tag: '1.4.2' });
    r.commit('feat: more');
    await expect(release(r, { 'dry-run': 'true' })).rejects.toThrow(ReleaseError);
    await expect(release(r, { 'dry-run': 'true' })).rejects.toThrow("No release tag starts with 'v', but 1.4.2 and maybe others are versions without a prefix. Set tag-prefix: none");
    const { plan } = await release(r, { 'dry-run': 'true', 'tag-prefix': 'none' });
    expect(plan).toMatchObject({ previousTag: '1.4.2', version: '1.5.0', tag: '1.5.0' });
  });

  it('follows commitizen\'s default bare tags and its bump map, listing them for the summary', async () => {
    const r = repo();
    r.commit({ message: 'chore: init', files: { 'pyproject.toml': '[project]\nname = "a"\nversion = "0.3.0"\n\n[tool.commitizen]\nversion_provider = "pep621"\nmajor_version_zero = true\n' }, tag: '0.3.0' });
    r.commit('docs: only docs');
    const docsOnly = await release(r, { 'dry-run': 'true' });
    expect(docsOnly.plan.skipped).toBe(true);
    r.commit('feat!: breaking');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan).toMatchObject({ previousTag: '0.3.0', version: '0.4.0', bump: 'minor', tag: '0.4.0' });
    expect(plan.fromProject.map((s) => s.input)).toEqual(['tag-prefix', 'major-on-zero', 'minor-types', 'patch-types']);
  });
});
