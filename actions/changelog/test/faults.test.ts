import { createTestRepo, nodeRuntimes, runBundledAction } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { changelogProject } from './project.js';

// Faults found by trying the bundled action as a hostile user would (issue 8).

const LIMIT = 1024 * 1024;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const project = () => changelogProject(cleanups);

// 12,000 fixes after v0.1.0, 3 MiB of release notes (the issue saw 10 MiB from 50,000 shorter
// ones): made once with git fast-import, copied per test.
let manyFixes: TestRepo | undefined;
afterAll(() => manyFixes?.remove());
function manyFixesProject(): { repo: TestRepo; env: Record<string, string> } {
  const { repo: base, env } = project();
  if (manyFixes === undefined) {
    manyFixes = createTestRepo();
    manyFixes.commit({ message: 'feat: first', tag: 'v0.1.0' });
    const why = 'without crashing the reader, and report the line and column of the first bad byte so that the user can fix the file instead of guessing';
    manyFixes.commitMany(Array.from({ length: 12_000 }, (_, i) => `fix(parser): handle the malformed input number ${i} ${why}`));
  }
  const repo = createTestRepo({ from: manyFixes });
  cleanups.push(() => repo.remove());
  return { repo, env: { ...env, HOME: base.dir } };
}

const errorOf = (result: { annotations: { level: string; message: string }[] }) => result.annotations.find((a) => a.level === 'error')?.message ?? '';
const header = '# Changelog\n\n## [Unreleased]\n\n';

describe.each(nodeRuntimes())('changelog faults under $label', ({ path: nodePath }) => {
  it.each([
    ['a latin-1 byte', Buffer.concat([Buffer.from(`${header}- Caf`), Buffer.from([0xe9]), Buffer.from('\n')]), 'CHANGELOG.md: the byte at offset 35 (0xE9) is not UTF-8'],
    ['UTF-16 with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')]), 'CHANGELOG.md: it starts with a UTF-16 byte order mark'],
    ['binary content', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'CHANGELOG.md: the byte at offset 0 (0x89) is not UTF-8'],
    ['a NUL byte', Buffer.from(`${header}- a\0b\n`), 'CHANGELOG.md: the byte at offset 33 is NUL'],
  ])('refuses a file with %s, leaving it untouched', async (_what, bytes, message) => {
    const { repo, env } = project();
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), bytes);
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(message);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md')).equals(bytes)).toBe(true);
  });

  it('keeps a UTF-8 byte order mark and CRLF line endings, as before', async () => {
    const { repo, env } = project();
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), `\uFEFF${header.replaceAll('\n', '\r\n')}`);
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', date: '2025-03-01' } });
    expect(result.exitCode, result.log).toBe(0);
    const written = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(written.startsWith('\uFEFF# Changelog\r\n')).toBe(true);
    expect(written).toContain('## [0.2.0] - 2025-03-01\r\n');
    expect(written.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it.each([
    ['.git/config', () => undefined],
    ['.Git/config', () => undefined],
    ['meta/config', (repo: TestRepo) => symlinkSync(join(repo.dir, '.git'), join(repo.dir, 'meta'))],
  ])('refuses path %s, which leads into .git', async (path, prepare) => {
    const { repo, env } = project();
    prepare(repo);
    const config = readFileSync(join(repo.dir, '.git', 'config'), 'utf8');
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', path } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(`Input 'path' has the value '${path}'`);
    expect(readFileSync(join(repo.dir, '.git', 'config'), 'utf8')).toBe(config);
    expect(repo.git('log', '-1', '--format=%s')).toBe('fix: empty input');
  });

  it('refuses a changelog whose link leads outside the repository, and a dangling one, writing nothing there', async () => {
    const { repo, env } = project();
    const outside = mkdtempSync(join(tmpdir(), 'ops-actions-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(outside, 'CHANGES.md'), header);
    symlinkSync(join(outside, 'CHANGES.md'), join(repo.dir, 'CHANGES.md'));
    symlinkSync(join(outside, 'NEW.md'), join(repo.dir, 'NEW.md'));
    for (const path of ['CHANGES.md', 'NEW.md']) {
      const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', path } });
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toContain(`Input 'path' has the value '${path}', but it leads outside the repository`);
    }
    expect(readFileSync(join(outside, 'CHANGES.md'), 'utf8')).toBe(header);
    expect(existsSync(join(outside, 'NEW.md'))).toBe(false);
  });

  it.each([
    ['a link to a file outside', (dir: string, outside: string) => symlinkSync(join(outside, 'secret.toml'), join(dir, 'pyproject.toml')), /^pyproject\.toml: it leads outside the repository, to .*secret\.toml; /],
    ['a folder', (dir: string) => mkdirSync(join(dir, 'pyproject.toml')), /^pyproject\.toml: it is a folder, not a file; the project's configuration was not read\.$/],
  ])('refuses a project config file that is %s, naming it and quoting nothing', async (_what, make, message) => {
    const { repo, env } = project();
    const outside = mkdtempSync(join(tmpdir(), 'ops-actions-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(outside, 'secret.toml'), 'token = "hunter2-secret"\n[broken\n');
    make(repo.dir, outside);
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(message);
    expect(result.log).not.toContain('hunter2-secret');
    expect(existsSync(join(repo.dir, 'CHANGELOG.md'))).toBe(false);
  });

  it('stops and asks when the tag prefix is left to its default but the releases are tagged without one', async () => {
    const { repo, env } = project();
    repo.git('tag', '-a', '0.1.0', '-m', 'Release 0.1.0', 'v0.1.0');
    repo.git('tag', '-d', 'v0.1.0');
    for (const prefix of ['', ' ']) {
      const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', 'tag-prefix': prefix } });
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toBe("No release tag starts with 'v', but 0.1.0 and maybe others are versions without a prefix. Set tag-prefix: none to continue from them, or tag-prefix: v to start a new series of tags.");
      expect(existsSync(join(repo.dir, 'CHANGELOG.md'))).toBe(false);
    }
    const none = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', 'tag-prefix': 'none', 'dry-run': 'true' } });
    expect(none.exitCode, none.log).toBe(0);
    expect(none.outputs['entry-count']).toBe('2');
    const v = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', 'tag-prefix': 'v', 'dry-run': 'true' } });
    expect(v.exitCode, v.log).toBe(0);
    expect(v.outputs['entry-count']).toBe('3');
  });

  it('names the input and the path when the path is a folder', async () => {
    const { repo, env } = project();
    mkdirSync(join(repo.dir, 'docs'));
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', path: 'docs' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe("Input 'path' has the value 'docs', but docs is a folder; it must name a file.");
  });

  it('writes 12,000 fixes in full to the file, and cuts the summary and the release-notes output, saying how much', async () => {
    const { repo, env } = manyFixesProject();
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', date: '2025-03-01' } });
    expect(result.exitCode, result.log.slice(-2000)).toBe(0);
    expect(result.outputs['entry-count']).toBe('12000');
    const notes = result.outputs['release-notes'] ?? '';
    const full = readFileSync(result.outputs['release-notes-file'] ?? '', 'utf8');
    expect(Buffer.byteLength(full)).toBeGreaterThan(3 * LIMIT);
    expect(full.split('\n').filter((line) => line.startsWith('- ')).length).toBe(12_000);
    expect(Buffer.byteLength(notes)).toBeLessThanOrEqual(1_000_000);
    expect(full.startsWith(notes.slice(0, notes.lastIndexOf('\n- ')))).toBe(true);
    expect(notes).toMatch(/_… [\d,]+ more lines \([\d.]+ MiB\) left out: a step output holds at most 1 MB; the full notes are in the file named by the release-notes-file output\._\n$/);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(LIMIT);
    expect(result.summary).toMatch(/_… [\d,]+ more lines \([\d.]+ MiB\) left out to keep the summary under GitHub's 1 MiB limit; the full notes are in the release-notes-file output\._\n$/);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toContain(full.trimEnd().split('\n').at(-1) ?? '<none>');
    expect(result.log).not.toContain('upload aborted');
  });

  it.each([
    [{ from: 'HEAD', to: 'v0.1.0' }, "Input 'from' has the value 'HEAD', but it must be older than 'to' (v0.1.0)"],
    [{ from: 'v0.1.0', to: 'v0.1.0' }, "Input 'from' has the value 'v0.1.0', but it must be older than 'to' (v0.1.0)"],
  ])('refuses from/to the wrong way round (%j), writing nothing', async (range, message) => {
    const { repo, env } = project();
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), header);
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', ...range } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(message);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(header);
  });

  it('refuses a tag prefix git cannot take as part of a tag name', async () => {
    const { repo, env } = project();
    const result = await runBundledAction('changelog', { cwd: repo.dir, nodePath, env, inputs: { version: '0.2.0', 'tag-prefix': '-v' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe("Input 'tag-prefix' has the value '-v', but a tag name cannot start with - (git would read it as an option).");
  });
});
