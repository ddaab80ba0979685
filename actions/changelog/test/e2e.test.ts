import { nodeRuntimes, runBundledAction } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changelogProject } from './project.js';
import { parse } from 'yaml';

const manifest = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const project = () => changelogProject(cleanups);
const changelog = (repo: TestRepo) => readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');

describe.each(nodeRuntimes())('changelog bundle under $label', ({ path: nodePath }) => {
  it('writes the section, outputs the notes, and a re-run changes nothing, hand edits included', async () => {
    const { repo, env } = project();
    const inputs = { version: '0.2.0', date: '2025-03-01' };
    const first = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs });
    expect(first.exitCode, first.log).toBe(0);
    expect(Object.keys(first.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());
    expect(first.outputs).toMatchObject({ 'changelog-path': 'CHANGELOG.md', 'entry-count': '2', changed: 'true' });
    expect(first.outputs['release-notes']).toMatch(/^### Added\n\n- \*\*api:\*\* groups \(\[#5\]\(https:\/\/github\.com\/acme\/stats\/pull\/5\)\)/);
    expect(readFileSync(first.outputs['release-notes-file'] ?? '', 'utf8')).toBe(first.outputs['release-notes']);
    expect(first.summary).toContain('## changelog: 0.2.0 (2025-03-01)');
    expect(first.summary).toContain(first.outputs['release-notes']?.trim().split('\n')[0] ?? '<none>');

    const written = changelog(repo);
    const second = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs });
    expect(second.outputs.changed).toBe('false');
    expect(changelog(repo)).toBe(written);

    // A maintainer adds a line at the end of the Fixed list; hand-written lines follow generated ones.
    const edited = written.replace(/(### Fixed\n\n(?:- .*\n)+)/, '$1- Hand-written: thanks to our testers.\n');
    expect(edited).not.toBe(written);
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), edited);
    const third = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs });
    expect(third.exitCode).toBe(0);
    expect(changelog(repo)).toBe(edited);
  });

  it('writes nothing on a dry run', async () => {
    const { repo, env } = project();
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', 'dry-run': 'true' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs.changed).toBe('true');
    expect(result.summary).toContain('dry run: nothing was written');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it.each([
    [{ version: '1.x' }, "Input 'version' has the value '1.x'"],
    [{ version: '1.0.0', from: 'v9.9.9' }, "Input 'from' has the value 'v9.9.9'"],
    [{ version: '1.0.0', date: '2025-02-30' }, "Input 'date' has the value '2025-02-30'"],
    [{ version: '1.0.0', sections: 'docs' }, "Input 'sections'"],
  ])('fails on %j naming the input, and leaves the file untouched', async (inputs, message) => {
    const { repo, env } = project();
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), '# Changelog\n');
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toContain(message);
    expect(changelog(repo)).toBe('# Changelog\n');
  });

  it('fails on a changelog it cannot understand, naming the file and line', async () => {
    const { repo, env } = project();
    const broken = '# Changelog\n\n## [0.1.0] - 2025-01-01\n\n- a\n\n## [0.1.0] - 2025-01-01\n\n- b\n';
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), broken);
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/^CHANGELOG\.md:7: /);
    expect(changelog(repo)).toBe(broken);
  });
});

describe('version-bump with the changelog input', () => {
  it('puts the version and the changelog section in one release commit', async () => {
    const { repo, env } = project();
    repo.commit({ message: 'chore: add project', files: { 'pyproject.toml': '[project]\nname = "stats"\nversion = "0.1.0"\n' } });
    const result = await runBundledAction('version-bump', { cwd: repo.dir, env, inputs: { changelog: 'CHANGELOG.md', commit: 'true', tag: 'true' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(repo.git('show', '--name-only', '--format=%s', 'HEAD').split('\n').filter(Boolean)).toEqual(['chore(release): 0.2.0', 'CHANGELOG.md', 'pyproject.toml']);
    expect(changelog(repo)).toContain('## [0.2.0] - ');
    expect(changelog(repo)).toContain('[0.2.0]: https://github.com/acme/stats/compare/v0.1.0...v0.2.0');
    expect(result.summary).toContain('| `CHANGELOG.md` | `section [0.2.0]` | `new file` | `2 entries` | written |');

    // The changelog action, run for the same version afterwards, finds nothing to change.
    const notes = await runBundledAction('changelog', { cwd: repo.dir, env, inputs: { version: '0.2.0', date: repo.git('log', '-1', '--format=%cs') } });
    expect(notes.outputs).toMatchObject({ changed: 'false', 'entry-count': '2' });
  });

  it.each([
    ["commitizen's default tag_format", '[tool.commitizen]\nversion_provider = "pep621"\n', '', "commitizen's default tag_format"],
    ["python-semantic-release's tag_format", '[tool.semantic_release]\ntag_format = "stats-v{version}"\n', 'stats-v', 'tag_format in [tool.semantic_release]'],
  ])('follows the project for an empty tag-prefix as version-bump does: %s', async (_what, tool, prefix, origin) => {
    const { repo, env } = project();
    repo.git('tag', '-a', `${prefix}0.1.0`, '-m', 'Release', 'v0.1.0');
    repo.git('tag', '-d', 'v0.1.0');
    repo.commit({ message: 'chore: configure the release tool', files: { 'pyproject.toml': `[project]\nname = "stats"\nversion = "0.1.0"\n\n${tool}` } });
    const result = await runBundledAction('version-bump', { cwd: repo.dir, env, inputs: { changelog: 'CHANGELOG.md', commit: 'true', tag: 'true' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ 'previous-version': '0.1.0', version: '0.2.0', tag: `${prefix}0.2.0` });
    expect(changelog(repo)).toContain(`[0.2.0]: https://github.com/acme/stats/compare/${prefix}0.1.0...${prefix}0.2.0`);
    // The changelog action alone, with tag-prefix left empty: the same prefix, the same range and links.
    const notes = await runBundledAction('changelog', { cwd: repo.dir, env, inputs: { version: '0.2.0', date: repo.git('log', '-1', '--format=%cs') } });
    expect(notes.exitCode, notes.log).toBe(0);
    expect(notes.log).toContain(`tag-prefix '${prefix}' from ${origin}`);
    expect(notes.outputs).toMatchObject({ changed: 'false', 'entry-count': '2' });
  });
});
