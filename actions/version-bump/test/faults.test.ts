import { createTestRepo, nodeRuntimes, runBundledAction } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

// Faults found by trying the bundled action as a hostile user would (issue 8): each gets a clear
// error naming the input or file, leaves nothing half-written, and finishes in bounded time and memory.

const PYPROJECT = (version: string) => `[project]\nname = "sample"\nversion = "${version}"\n`;
const env = { GITHUB_REPOSITORY: 'octo-org/sample', GITHUB_SERVER_URL: 'https://github.com', HOME: tmpdir(), GIT_CONFIG_NOSYSTEM: '1' };
const SUMMARY_LIMIT = 1024 * 1024;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function repo(version = '0.3.3', tag = `v${version}`): TestRepo {
  const r = createTestRepo();
  cleanups.push(() => r.remove());
  r.commit({ message: 'chore: initial', files: { 'pyproject.toml': PYPROJECT(version) }, tag });
  r.commit('feat(api): support nested groups (#12)');
  return r;
}

// 50,000 commits, nearly every one its own type: the summary has a section per type, more lines
// than a call can take as arguments (the committed bundle overflowed the stack after tagging).
// Made once with git fast-import, copied per test.
let manyTypes: TestRepo | undefined;
afterAll(() => manyTypes?.remove());
function manyTypesRepo(): TestRepo {
  if (manyTypes === undefined) {
    manyTypes = repo();
    cleanups.pop();
    manyTypes.commitMany(Array.from({ length: 50_000 }, (_, i) => (i % 4 === 0 ? `fix: repair ${i}` : `kind${i}: change ${i}`)));
  }
  const copy = createTestRepo({ from: manyTypes });
  cleanups.push(() => copy.remove());
  return copy;
}

function outsideDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-outside-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Refs, HEAD, index and working tree: what a refused run must leave as it was. */
function state(r: TestRepo): string {
  return [r.git('for-each-ref', '--format=%(refname) %(objectname)'), r.git('rev-parse', '--symbolic-full-name', 'HEAD'), r.git('status', '--porcelain', '--untracked-files=all')].join('\n');
}

const errorOf = (result: { annotations: { level: string; message: string }[] }) => result.annotations.find((a) => a.level === 'error')?.message ?? '';

describe.each(nodeRuntimes())('version-bump faults under $label', ({ path: nodePath }) => {
  it('renders a range of 50,000 commits of many types before releasing, within the summary limit', async () => {
    const r = manyTypesRepo();
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { commit: 'true', tag: 'true' } });
    expect(result.exitCode, result.log.slice(-2000)).toBe(0);
    expect(result.outputs).toMatchObject({ version: '0.4.0', tag: 'v0.4.0', 'commit-count': '50001' });
    expect(r.git('tag', '--list', 'v0.4.0')).toBe('v0.4.0');
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(result.summary).toContain('## version-bump: 0.3.3 → 0.4.0 (minor)');
    expect(result.summary).toMatch(/left out to keep the summary under GitHub's 1 MiB limit/);
    expect(result.log).not.toContain('upload aborted');
    expect(result.log).not.toContain('Maximum call stack size exceeded');
  });

  it('keeps the summary and the log lines within the limits when a subject is 5 MB', async () => {
    const r = repo();
    r.commitMany([`fix: ${'x'.repeat(5 * 1024 * 1024)}`]);
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'dry-run': 'true' } });
    expect(result.exitCode, result.log.slice(-2000)).toBe(0);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(result.summary).toMatch(/characters left out/);
    expect(result.log.split('\n').reduce((longest, line) => Math.max(longest, line.length), 0)).toBeLessThan(64 * 1024);
    expect(result.log).not.toContain('upload aborted');
  });

  it.each([
    ['a symlinked file', (r: TestRepo, outside: string) => mkdirSync(join(r.dir, 'config')) ?? symlinkSync(join(outside, 'pyproject.toml'), join(r.dir, 'config', 'pyproject.toml')), 'config/pyproject.toml'],
    ['a file under a symlinked folder', (r: TestRepo, outside: string) => symlinkSync(outside, join(r.dir, 'shared')), 'shared/pyproject.toml'],
  ])('refuses %s whose real location is outside the repository, and rewrites nothing', async (_what, link, input) => {
    const r = repo();
    const outside = outsideDir();
    writeFileSync(join(outside, 'pyproject.toml'), PYPROJECT('0.3.3'));
    link(r, outside);
    const before = state(r);
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'version-files': input, commit: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(`Input 'version-files' has the value '${input}'`);
    expect(errorOf(result)).toContain('outside the repository');
    expect(readFileSync(join(outside, 'pyproject.toml'), 'utf8')).toBe(PYPROJECT('0.3.3'));
    expect(state(r)).toBe(before);
  });

  it('refuses a dangling changelog link to outside, creating nothing there', async () => {
    const r = repo();
    const outside = outsideDir();
    symlinkSync(join(outside, 'CHANGELOG.md'), join(r.dir, 'CHANGELOG.md'));
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { changelog: 'CHANGELOG.md', commit: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain("Input 'changelog' has the value 'CHANGELOG.md'");
    expect(existsSync(join(outside, 'CHANGELOG.md'))).toBe(false);
    expect(readFileSync(join(r.dir, 'pyproject.toml'), 'utf8')).toBe(PYPROJECT('0.3.3'));
  });

  it.each(['.git/config', '.GIT/config', 'gitdir/config'])('refuses changelog %s inside .git, leaving the repository working', async (input) => {
    const r = repo();
    symlinkSync('.git', join(r.dir, 'gitdir'));
    const config = readFileSync(join(r.dir, '.git', 'config'), 'utf8');
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { changelog: input, commit: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(`Input 'changelog' has the value '${input}'`);
    expect(errorOf(result)).toContain('.git');
    expect(readFileSync(join(r.dir, '.git', 'config'), 'utf8')).toBe(config);
    expect(r.git('status', '--porcelain')).toBe('?? gitdir');
  });

  it('never quotes a file that is not a version file in its errors', async () => {
    const r = repo();
    writeFileSync(join(r.dir, 'notes.txt'), 'password = hunter2-secret\n');
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'version-files': 'notes.txt' } });
    expect(result.exitCode).toBe(1);
    expect(result.log).not.toContain('hunter2-secret');
    expect(JSON.stringify(result.annotations)).not.toContain('hunter2-secret');
  });

  it('names the input and the path when a folder is given where a file is expected', async () => {
    const r = repo();
    mkdirSync(join(r.dir, 'src', 'VERSION'), { recursive: true });
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'version-files': 'src/VERSION' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe("Input 'version-files' has the value 'src/VERSION', but src/VERSION is a folder; it must name a file.");
  });

  it.each(['rel..', 'v@{', 'x.lock/', 'v\u0007', '-v', '.v', 'a//'])('refuses tag-prefix %j when inputs are read, naming it', async (prefix) => {
    const r = repo();
    const before = state(r);
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'tag-prefix': prefix, tag: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/^Input 'tag-prefix' has the value '.*', but /);
    expect(errorOf(result)).not.toMatch(/git (tag|for-each-ref|log) /);
    expect(state(r)).toBe(before);
  });

  it('rolls back to the starting branch after a stale .git/index.lock stops it mid-way, and says what is left', async () => {
    const r = repo();
    writeFileSync(join(r.dir, '.git', 'index.lock'), '');
    const before = state(r);
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'release-branch': 'release/v{version}', commit: 'true', tag: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain('index.lock');
    expect(errorOf(result)).toContain('\nRolled back: nothing is left behind; HEAD is on main as before, and the files are as they were.');
    expect(r.git('branch', '--show-current')).toBe('main');
    expect(r.git('branch', '--list', 'release/*')).toBe('');
    expect(readFileSync(join(r.dir, 'pyproject.toml'), 'utf8')).toBe(PYPROJECT('0.3.3'));
    expect(state(r)).toBe(before);
  });

  it('refuses a pyproject.toml with a latin-1 byte, naming the file and the offset, and keeps its bytes', async () => {
    const r = repo();
    const bytes = Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from(`\n${PYPROJECT('0.3.3')}`)]);
    writeFileSync(join(r.dir, 'pyproject.toml'), bytes);
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { commit: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe('pyproject.toml: the byte at offset 5 (0xE9) is not UTF-8; the file was left as it is (save it as UTF-8).');
    expect(readFileSync(join(r.dir, 'pyproject.toml')).equals(bytes)).toBe(true);
  });

  it('releases numbers beyond 2^53 exactly', async () => {
    const r = repo('9007199254740993.0.0');
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { commit: 'true', tag: 'true' } });
    expect(result.exitCode, result.log.slice(-2000)).toBe(0);
    expect(result.outputs).toMatchObject({ 'previous-version': '9007199254740993.0.0', version: '9007199254740993.1.0' });
    expect(readFileSync(join(r.dir, 'pyproject.toml'), 'utf8')).toBe(PYPROJECT('9007199254740993.1.0'));

    const explicit = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { version: '18446744073709551617.0.0', 'dry-run': 'true' } });
    expect(explicit.exitCode, explicit.log.slice(-2000)).toBe(0);
    expect(explicit.outputs.version).toBe('18446744073709551617.0.0');
  });

  it('names the paths input when git refuses a pathspec', async () => {
    const r = repo();
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { paths: ':(bad)src' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/^Input 'paths' has the value ':\(bad\)src', but git refuses it: /);
    expect(errorOf(result)).not.toContain('--format');
  });
});

describe('version-bump reporting after the release', () => {
  it('warns, and does not fail the applied release, when the summary cannot be written', () => {
    const r = repo();
    const runner = mkdtempSync(join(tmpdir(), 'ops-actions-runner-'));
    cleanups.push(() => rmSync(runner, { recursive: true, force: true }));
    const summaryDir = join(runner, 'summary-is-a-folder');
    mkdirSync(summaryDir);
    writeFileSync(join(runner, 'output'), '');
    // The runner protocol by hand: runBundledAction always gives a writable summary file.
    const child = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'index.js')], {
      cwd: r.dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        ...env,
        GITHUB_WORKSPACE: r.dir,
        GITHUB_OUTPUT: join(runner, 'output'),
        GITHUB_STEP_SUMMARY: summaryDir,
        INPUT_COMMIT: 'true',
        INPUT_TAG: 'true',
        'INPUT_TAG-PREFIX': 'v',
      },
    });
    expect(child.status, child.stdout).toBe(0);
    expect(child.stdout).toMatch(/::warning::The release was applied, but its job summary could not be written: /);
    expect(r.git('tag', '--list', 'v0.4.0')).toBe('v0.4.0');
    expect(readFileSync(join(runner, 'output'), 'utf8')).toContain('v0.4.0');
  });
});
