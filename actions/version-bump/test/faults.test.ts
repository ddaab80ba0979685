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

  it('decides in bounded time on a breaking change whose message has a line of 2 MB', async () => {
    const r = repo();
    r.commitMany([`feat(api)!: ${'y'.repeat(2 * 1024 * 1024)}\n\nBREAKING CHANGE: the reader is gone`]);
    // Before the fix the parser took about an hour here; the test's timeout (60 s) would stop it.
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'dry-run': 'true' } });
    expect(result.exitCode, result.log.slice(-2000)).toBe(0);
    expect(result.outputs).toMatchObject({ bump: 'major', version: '1.0.0' });
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
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

  // The project's own config files are read by the same rules as the files inputs name.
  it.each([
    ['a link to a file outside', (r: TestRepo, outside: string) => symlinkSync(join(outside, 'secret.toml'), join(r.dir, 'pyproject.toml')), /^pyproject\.toml: it leads outside the repository, to .*secret\.toml; /],
    ['a folder', (r: TestRepo) => mkdirSync(join(r.dir, 'setup.cfg')), /^setup\.cfg: it is a folder, not a file; the project's configuration was not read\.$/],
  ])('refuses a project config file that is %s, naming it and quoting nothing', async (_what, make, message) => {
    const r = repo();
    const outside = outsideDir();
    writeFileSync(join(outside, 'secret.toml'), 'token = "hunter2-secret"\n[broken\n');
    rmSync(join(r.dir, 'pyproject.toml'));
    make(r, outside);
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { 'version-files': 'VERSION', 'dry-run': 'true' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(message);
    expect(result.log).not.toContain('hunter2-secret');
    expect(result.log).not.toContain('EISDIR');
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

// Paths the project's release-tool configuration names are version files like those `version-files`
// names: the same rules (real location inside the repository, never in .git, a file, UTF-8), and
// written where they really are.
describe.each(nodeRuntimes())('version-bump on paths the project configuration names, under $label', ({ path: nodePath }) => {
  function configured(files: Record<string, string>, prepare: (dir: string) => void = () => undefined): TestRepo {
    const r = createTestRepo();
    cleanups.push(() => r.remove());
    r.commit({ message: 'chore: initial', files, tag: 'v0.3.3' });
    prepare(r.dir);
    r.git('add', '--all');
    r.commit('feat: groups');
    return r;
  }
  const PSR = '[project]\nname = "acme"\ndynamic = ["version"]\n\n[tool.semantic_release]\nversion_variables = ["src/acme/__init__.py:__version__"]\n';
  const CZ = (path: string) => `[project]\nname = "acme"\nversion = "0.3.3"\n\n[tool.commitizen]\nversion_provider = "pep621"\ntag_format = "v$version"\nversion_files = ["${path}"]\n`;

  it.each([
    [
      "python-semantic-release's version_variables through a link to a folder outside",
      { 'pyproject.toml': PSR },
      (dir: string, outside: string) => mkdirSync(join(dir, 'src')) ?? symlinkSync(outside, join(dir, 'src', 'acme')),
      /^src\/acme\/__init__\.py: version_variables in \[tool\.semantic_release\] in pyproject\.toml names it, but it leads outside the repository, to /,
    ],
    ["commitizen's version_files naming .git/config", { 'pyproject.toml': CZ('.git/config') }, () => undefined, /^\.git\/config: version_files in \[tool\.commitizen\] in pyproject\.toml names a path outside the repository or inside \.git; /],
    [
      "commitizen's version_files through a link into .git",
      { 'pyproject.toml': CZ('meta/config') },
      (dir: string) => symlinkSync('.git', join(dir, 'meta')),
      /^meta\/config: version_files in \[tool\.commitizen\] in pyproject\.toml names it, but it leads into \.git \(\.git\/config\)/,
    ],
    [
      "hatch's path naming a folder",
      { 'pyproject.toml': '[project]\nname = "acme"\ndynamic = ["version"]\n\n[tool.hatch.version]\npath = "src/acme"\n', 'src/acme/__init__.py': '' },
      () => undefined,
      /^src\/acme: path in \[tool\.hatch\.version\] in pyproject\.toml names it, but src\/acme is a folder; it must name a file$/,
    ],
  ])('refuses %s, writing nothing', async (_what, files, prepare, message) => {
    const outside = outsideDir();
    writeFileSync(join(outside, '__init__.py'), '__version__ = "0.3.3"\n');
    const r = configured(files, (dir) => prepare(dir, outside));
    const gitConfig = readFileSync(join(r.dir, '.git', 'config'), 'utf8');
    const before = state(r);
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { commit: 'true', tag: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(message);
    expect(readFileSync(join(outside, '__init__.py'), 'utf8')).toBe('__version__ = "0.3.3"\n');
    expect(readFileSync(join(r.dir, '.git', 'config'), 'utf8')).toBe(gitConfig);
    expect(state(r)).toBe(before);
  });

  it("refuses bump-my-version's file with a latin-1 byte, naming it and the offset, and keeps its bytes", async () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' 0.3.3\n')]);
    const r = configured({ 'pyproject.toml': '[tool.bumpversion]\ncurrent_version = "0.3.3"\n\n[[tool.bumpversion.files]]\nfilename = "VERSION.txt"\n' }, (dir) => writeFileSync(join(dir, 'VERSION.txt'), bytes));
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { commit: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe('VERSION.txt: the byte at offset 3 (0xE9) is not UTF-8; the file was left as it is (save it as UTF-8).');
    expect(readFileSync(join(r.dir, 'VERSION.txt')).equals(bytes)).toBe(true);
  });

  it("writes setuptools' attr: module where a link inside the repository leads, keeping the link", async () => {
    const r = configured({ 'setup.cfg': '[metadata]\nname = acme\nversion = attr: acme.__version__\n', 'shared/version.py': '__version__ = "0.3.3"\n' }, (dir) => {
      mkdirSync(join(dir, 'acme'));
      symlinkSync('../shared/version.py', join(dir, 'acme', '__init__.py'));
    });
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { commit: 'true' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs.version).toBe('0.4.0');
    expect(readFileSync(join(r.dir, 'shared', 'version.py'), 'utf8')).toBe('__version__ = "0.4.0"\n');
    expect(r.git('show', '--name-only', '--format=', 'HEAD')).toBe('shared/version.py');
    expect(r.git('status', '--porcelain')).toBe('');
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
