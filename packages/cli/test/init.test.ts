import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readActionManifest } from '../src/action-manifest.js';
import { parseSetupCfgPythonRequires } from '../src/init-command.js';
import { parsePinTable } from '../src/pin-table.js';
import type { PinTable } from '../src/pin-table.js';
import { parseGitHubOwner, planInit, selectTemplates } from '../src/plan-init.js';
import { chooseOwnPin } from '../src/resolve-own-pin.js';
import { lintWorkflow } from '../src/workflow-lint.js';
import type { ActionSignature } from '../src/workflow-lint.js';
import { createTestRepo } from '../../test-helpers/src/index.js';
import { REPO_ROOT } from '../src/resolve-action-dir.js';
import { hermeticEnv, makeTempDir, removeDirs } from './support/fixture-actions.js';

const BIN = fileURLToPath(new URL('../bin/ops-actions.mjs', import.meta.url));
const REAL_TEMPLATES = join(REPO_ROOT, 'workflows-templates');
const ALL_VERSIONS = 'python-version: ["3.10", "3.11", "3.12", "3.13", "3.14"]';
const dirs: string[] = [];
afterAll(() => removeDirs(dirs));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real CLI process, as a user would, from `cwd`. */
function cli(args: readonly string[], cwd: string = REPO_ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'init', ...args], { cwd, env: hermeticEnv(), encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

/** Fixture templates in the real ones' shape, so these tests do not wait for workflows-templates/. */
const FIXTURE_TEMPLATES: Record<string, string> = {
  'python-ci.yml': `# Call it instead: uses: <owner>/ops-actions/.github/workflows/python-ci.yml@v1
jobs:
  lint:
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: actions/setup-python@v5
        with:
          python-version: "3.13"
  test:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        ${ALL_VERSIONS}
    steps:
      - uses: actions/setup-python@v5
        with:
          python-version: \${{ matrix.python-version }}
`,
  'release.yml': `jobs:
  ci:
    uses: <owner>/ops-actions/.github/workflows/python-ci.yml@v1
  check:
    steps:
      - uses: <owner>/ops-actions/pypi-publish-check@v1
      - uses: <owner>/ops-actions/changelog@v1.2.0
`,
  'python-ci.properties.json': '{"name": "Python CI"}\n',
  'README.md': '# Templates\n',
};

async function tempDir(files: Record<string, string> = {}): Promise<string> {
  const dir = await makeTempDir('ops-actions-init-');
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** A Python project; with `origin`, a git repository whose remote origin is that URL. */
async function project(files: Record<string, string>, origin?: string): Promise<string> {
  const dir = await tempDir(files);
  if (origin !== undefined) {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['remote', 'add', 'origin', origin], { cwd: dir });
  }
  return dir;
}

const pyproject = (requiresPython?: string): Record<string, string> => ({
  'pyproject.toml': `[project]\nname = "app"\nversion = "1.0.0"\n${requiresPython === undefined ? '' : `requires-python = "${requiresPython}"\n`}`,
});

const workflow = (dir: string, name: string): Promise<string> => readFile(join(dir, '.github', 'workflows', name), 'utf8');
const written = async (dir: string): Promise<string[]> => (existsSync(join(dir, '.github', 'workflows')) ? (await readdir(join(dir, '.github', 'workflows'))).sort() : []);

describe('ops-actions init with fixture templates', () => {
  it('reads the owner from a GitHub origin and narrows the matrix to requires-python >=3.11', async () => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project(pyproject('>=3.11'), 'git@github.com:acme-corp/app.git');
    const run = await cli(['--no-pin', '--templates', templates, dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await written(dir)).toEqual(['python-ci.yml', 'release.yml']);
    const ci = await workflow(dir, 'python-ci.yml');
    expect(ci).toContain('        python-version: ["3.11", "3.12", "3.13", "3.14"]\n');
    expect(ci).toContain('          python-version: "3.13"\n');
    expect(ci).toContain('uses: acme-corp/ops-actions/.github/workflows/python-ci.yml@v1\n');
    expect(ci).toContain('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2');
    expect(ci).toContain('python-version: ${{ matrix.python-version }}');
    expect(await workflow(dir, 'release.yml')).toBe(FIXTURE_TEMPLATES['release.yml']?.replaceAll('<owner>', 'acme-corp'));
    expect(run.stdout).toContain("Python versions: 3.11, 3.12, 3.13, 3.14 (requires-python '>=3.11' in pyproject.toml).");
    expect(run.stdout).toContain('wrote .github/workflows/python-ci.yml\nwrote .github/workflows/release.yml\n');
  });

  it('takes --owner and --ref, and moves single-version jobs into "<3.13,>=3.10"', async () => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project(pyproject('<3.13,>=3.10'), 'https://gitlab.com/acme/app.git');
    const run = await cli(['--no-pin', '--templates', templates, '--owner', 'octo-org', '--ref=v1.4.0', dir]);
    expect(run.code).toBe(0);
    const ci = await workflow(dir, 'python-ci.yml');
    expect(ci).toContain('        python-version: ["3.10", "3.11", "3.12"]\n');
    expect(ci).toContain('          python-version: "3.12"\n');
    expect(ci).toContain('octo-org/ops-actions/.github/workflows/python-ci.yml@v1.4.0\n');
    const release = await workflow(dir, 'release.yml');
    expect(release).toContain('uses: octo-org/ops-actions/pypi-publish-check@v1.4.0\n');
    // Only the moving @v1 is the template's default; an explicit version stays as written.
    expect(release).toContain('uses: octo-org/ops-actions/changelog@v1.2.0\n');
    expect(release).not.toContain('<owner>');
  });

  it.each([
    ['no pyproject.toml', {}, 'no pyproject.toml, setup.cfg or setup.py'],
    ['no requires-python', pyproject(), 'pyproject.toml has no [project].requires-python'],
  ])('keeps every Python version with %s, and says so', async (_label, files, note) => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project(files);
    const run = await cli(['--no-pin', '--templates', templates, '--owner', 'acme', dir]);
    expect(run.code).toBe(0);
    expect(await workflow(dir, 'python-ci.yml')).toContain(`        ${ALL_VERSIONS}\n`);
    expect(run.stdout).toContain(`Python versions: 3.10, 3.11, 3.12, 3.13, 3.14 (${note}, so all are kept).`);
  });

  it.each([
    ['<3.9', "requires-python '<3.9' matches none of the Python versions the templates test (3.10, 3.11, 3.12, 3.13, 3.14)."],
    ['>=3.1O', "requires-python '>=3.1O' is not a PEP 440 version specifier."],
  ])('fails on requires-python %s, naming it, and writes nothing', async (specifier, message) => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project(pyproject(specifier));
    const run = await cli(['--no-pin', '--templates', templates, '--owner', 'acme', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`ops-actions: ${message}\n`);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('refuses when a workflow exists, writing nothing, and overwrites with --force', async () => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project({ ...pyproject('>=3.10'), '.github/workflows/release.yml': 'name: mine\n' }, 'https://github.com/acme/app');
    const refused = await cli(['--no-pin', '--templates', templates, dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Not writing anything: these files exist already (pass --force to overwrite them):\n  .github/workflows/release.yml\n');
    expect(await written(dir)).toEqual(['release.yml']);
    expect(await workflow(dir, 'release.yml')).toBe('name: mine\n');

    const forced = await cli(['--no-pin', '--templates', templates, '--force', dir]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('wrote .github/workflows/python-ci.yml\noverwrote .github/workflows/release.yml\n');
    expect(await workflow(dir, 'release.yml')).toContain('uses: acme/ops-actions/pypi-publish-check@v1\n');
  });

  it('resolves DIR from where the command was typed; --dry-run prints the plan and writes nothing', async () => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project(pyproject('>=3.12'), 'https://github.com/acme/app.git');
    const run = await cli(['--no-pin', '--templates', templates, '--dry-run', basename(dir)], dirname(dir));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--- would write .github/workflows/python-ci.yml\n');
    expect(run.stdout).toContain('python-version: ["3.12", "3.13", "3.14"]');
    expect(run.stdout).toContain(`Dry run: nothing written to ${dir} (owner acme, ref v1).`);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it.each([
    ['no git remote', undefined, "has no git remote 'origin'"],
    ['a non-GitHub origin', 'https://token:s3cret@gitlab.com/acme/app.git', "is not a github.com repository URL"],
  ])('asks for --owner when there is %s, without printing the URL', async (_label, origin, reason) => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const run = await cli(['--no-pin', '--templates', templates, await project(pyproject(), origin)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain('Pass --owner NAME.');
    expect(run.stderr).not.toContain('s3cret');
  });

  it('rejects a bad --owner or --ref as a usage error (exit 2)', async () => {
    const dir = await project({});
    expect((await cli(['--owner', 'bad owner', dir])).code).toBe(2);
    const run = await cli(['--owner', 'acme', '--ref', 'v1 && true', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--ref 'v1 && true' is not a tag, branch or commit SHA.");
    expect(run.stderr).toContain("Run 'ops-actions init --help' for its options.");
  });
});

/**
 * ops-actions as `init --ref` meets it: a repository with release tags (an annotated v1.4.2 and the moving v1 at
 * the same commit, a later v1.5.0rc1), read through `git ls-remote` as the GitHub one would be.
 */
const upstreams: ReturnType<typeof createTestRepo>[] = [];
afterAll(() => {
  for (const repo of upstreams) repo.remove();
});
function actionsRepository(): { readonly dir: string; readonly released: string; readonly candidate: string } {
  const repo = createTestRepo({ prefix: 'ops-actions-upstream-' });
  upstreams.push(repo);
  const released = repo.commit({ message: 'feat: actions', tag: 'v1.4.2' });
  repo.git('tag', 'v1', released);
  const candidate = repo.commit({ message: 'feat: more', tag: 'v1.5.0rc1' });
  return { dir: repo.dir, released, candidate };
}

/** A project cloned from a bare repository whose default branch is `branch`, so that origin/HEAD names it. */
async function clonedProject(files: Record<string, string>, branch: string): Promise<string> {
  const upstream = await tempDir(files);
  execFileSync('git', ['init', '-q', '-b', branch], { cwd: upstream });
  execFileSync('git', ['add', '-A'], { cwd: upstream });
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'feat: start'], { cwd: upstream });
  const bare = `${upstream}.git`;
  dirs.push(bare);
  execFileSync('git', ['clone', '-q', '--bare', upstream, bare]);
  const dir = await tempDir();
  execFileSync('git', ['clone', '-q', bare, '.'], { cwd: dir });
  execFileSync('git', ['remote', 'set-url', 'origin', 'https://github.com/acme-corp/app.git'], { cwd: dir });
  return dir;
}

const SETUP_PY = `from setuptools import setup\n\nsetup(\n    name="app",\n    version="1.0.0",\n    python_requires=">=3.11",\n)\n`;

describe.skipIf(!existsSync(join(REAL_TEMPLATES, 'python-ci.yml')))('ops-actions init with workflows-templates/', () => {
  let actions: Map<string, ActionSignature>;
  let pins: PinTable;
  beforeAll(async () => {
    actions = new Map();
    for (const name of await readdir(join(REPO_ROOT, 'actions'))) actions.set(name, await readActionManifest(join(REPO_ROOT, 'actions', name)));
    pins = parsePinTable(JSON.parse(await readFile(join(REAL_TEMPLATES, 'pins.json'), 'utf8')));
  });
  /** What init wrote passes every rule, our own actions pinned to a commit now like any other. */
  const expectLintClean = async (dir: string, names: readonly string[]): Promise<void> => {
    for (const name of names) {
      const text = await workflow(dir, name);
      const problems = lintWorkflow(text, { path: name, actions, pins, ownActions: 'pinned', workflowExists: (path) => existsSync(join(REPO_ROOT, path)) });
      expect(problems, name).toEqual([]);
    }
  };

  it('a setup.py-only project on a trunk default branch: trunk, python_requires, the setup.py cache key, pinned to v1.4.2', async () => {
    const upstream = actionsRepository();
    const dir = await clonedProject({ 'setup.py': SETUP_PY }, 'trunk');
    const run = await cli(['--actions-repo', upstream.dir, dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await written(dir)).toEqual(['prepare-release.yml', 'python-ci.yml', 'release.yml']);
    expect(run.stdout).toContain("Python versions: 3.11, 3.12, 3.13, 3.14 (requires-python '>=3.11' in setup.py).");
    expect(run.stdout).toContain('Default branch: trunk (origin/HEAD).');
    expect(run.stdout).toContain(`ops-actions: acme-corp/ops-actions/...@${upstream.released} # v1.4.2 (v1, that is v1.4.2).`);
    const ci = await workflow(dir, 'python-ci.yml');
    expect(ci).toContain('    branches: [trunk]\n');
    expect(ci.split('\n').filter((line) => line.includes('$default-branch') && !line.trimStart().startsWith('#'))).toEqual([]);
    expect(ci).toContain('            setup.py\n');
    expect(ci).toContain('python-version: ["3.11", "3.12", "3.13", "3.14"]');
    const release = await workflow(dir, 'release.yml');
    expect(release).toContain(`uses: acme-corp/ops-actions/.github/workflows/python-ci.yml@${upstream.released} # v1.4.2\n`);
    expect(release).toContain(`uses: acme-corp/ops-actions/pypi-publish-check@${upstream.released} # v1.4.2\n`);
    expect(release).toContain(`python-versions: '["3.11", "3.12", "3.13", "3.14"]'`);
    await expectLintClean(dir, ['prepare-release.yml', 'python-ci.yml', 'release.yml']);
  });

  it('an upper bound, requires-python "<3.13,>=3.10": every single-version job moves to 3.12, the lint input too', async () => {
    const upstream = actionsRepository();
    const dir = await project(pyproject('<3.13,>=3.10'), 'https://github.com/acme-corp/app.git');
    const run = await cli(['--actions-repo', upstream.dir, '--all', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const ci = await workflow(dir, 'python-ci.yml');
    expect(ci).toContain('python-version: ["3.10", "3.11", "3.12"]');
    expect(ci).not.toContain('"3.13"');
    expect(ci.match(/python-version: "3\.12"/g)).toHaveLength(2);
    const release = await workflow(dir, 'release.yml');
    expect(release).toContain(`python-versions: '["3.10", "3.11", "3.12"]'`);
    expect(release).toContain('lint-python-version: "3.12"');
    expect(release).toContain('python-version: "3.12"');
    for (const name of ['pre-commit.yml', 'docs.yml']) expect(await workflow(dir, name), name).toContain('python-version: "3.12"');
    expect(await written(dir)).toEqual(expect.arrayContaining(['docker.yml', 'docs.yml', 'pre-commit.yml', 'prepare-release.yml', 'python-ci.yml', 'release.yml']));
    await expectLintClean(dir, await written(dir));
  });

  it('--all and --with: the configuration templates go where their tools read them', async () => {
    const dir = await project(pyproject('>=3.10'), 'https://github.com/acme/app.git');
    const all = await cli(['--no-pin', '--all', dir]);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('wrote .github/dependabot.yml\n');
    expect(all.stdout).toContain('wrote .pre-commit-config.yaml\n');
    expect(await readFile(join(dir, '.github', 'dependabot.yml'), 'utf8')).toBe(await readFile(join(REAL_TEMPLATES, 'config', 'dependabot.yml'), 'utf8'));
    expect(await readFile(join(dir, '.pre-commit-config.yaml'), 'utf8')).toBe(await readFile(join(REAL_TEMPLATES, 'config', 'pre-commit-config.yaml'), 'utf8'));

    const some = await project(pyproject('>=3.10'), 'https://github.com/acme/app.git');
    const run = await cli(['--no-pin', '--with', 'pre-commit', '--with=docs', some]);
    expect(run.code).toBe(0);
    expect(await written(some)).toEqual(['docs.yml', 'pre-commit.yml', 'prepare-release.yml', 'python-ci.yml', 'release.yml']);
    expect(existsSync(join(some, '.pre-commit-config.yaml'))).toBe(true);
    expect(existsSync(join(some, '.github', 'dependabot.yml'))).toBe(false);

    const unknown = await cli(['--no-pin', '--with', 'pre-commit,kubernetes', await project({})]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No optional template named 'kubernetes'; --with takes: (?=.*dependabot)(?=.*docker)(?=.*docs)(?=.*pre-commit).*\./);
  });

  it('--ref: a commit is written with the release tag at it; a tag that does not exist, or an unreachable repository, fail with the fix', async () => {
    const upstream = actionsRepository();
    const dir = await project(pyproject('>=3.10'), 'https://github.com/acme/app.git');
    const bySha = await cli(['--actions-repo', upstream.dir, '--ref', upstream.candidate, '--dry-run', dir]);
    expect(bySha.code).toBe(0);
    expect(bySha.stdout).toContain(`pypi-publish-check@${upstream.candidate} # v1.5.0rc1\n`);
    const missing = await cli(['--actions-repo', upstream.dir, '--ref', 'v9.9.9', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`Cannot pin ops-actions to 'v9.9.9': ${upstream.dir} has no tag 'v9.9.9'.`);
    expect(missing.stderr).toContain('or pass --no-pin');
    const offline = await cli(['--actions-repo', join(upstream.dir, 'nowhere'), dir]);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain('git ls-remote failed');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('no origin/HEAD: main, and says how to tell; --default-branch wins', async () => {
    const dir = await project(pyproject('>=3.10'), 'https://github.com/acme/app.git');
    const run = await cli(['--no-pin', '--dry-run', dir]);
    expect(run.stdout).toContain("Default branch: main (no origin/HEAD: run 'git remote set-head origin --auto'");
    expect(run.stdout).toContain('    branches: [main]\n');
    const chosen = await cli(['--no-pin', '--dry-run', '--default-branch', 'develop', dir]);
    expect(chosen.stdout).toContain('Default branch: develop (--default-branch).');
    expect(chosen.stdout).toContain('    branches: [develop]\n');
  });

  it('reads python_requires from setup.cfg, and warns when no file can key the pip cache', async () => {
    const cfg = await project({ 'setup.cfg': '[metadata]\nname = app\n\n[options]\npython_requires = >=3.12\n' }, 'https://github.com/acme/app.git');
    const run = await cli(['--no-pin', '--dry-run', cfg]);
    expect(run.stdout).toContain("Python versions: 3.12, 3.13, 3.14 (requires-python '>=3.12' in setup.cfg).");
    expect(run.stdout).not.toContain('Warning:');
    const bare = await project({}, 'https://github.com/acme/app.git');
    const warned = await cli(['--no-pin', '--dry-run', bare]);
    expect(warned.stdout).toContain("has none of pyproject.toml, setup.cfg, setup.py, requirements*.txt: setup-python's pip cache keys on them");
  });
});

describe('planInit and parseGitHubOwner', () => {
  it('narrows a reusable workflow’s one-line JSON input and keeps CRLF line ends', () => {
    const template = { name: 'ci.yml', content: `with:\r\n  python-versions: '["3.10", "3.11", "3.12"]'\r\n` };
    const plan = planInit([template], { owner: 'acme', ref: 'v1', defaultBranch: 'main' }, { requiresPython: '~=3.11' });
    expect(plan.files).toEqual([{ path: '.github/workflows/ci.yml', content: `with:\r\n  python-versions: '["3.11", "3.12"]'\r\n` }]);
    expect(plan.pythonVersions).toEqual(['3.11', '3.12']);
  });

  it('pins with the version comment on uses: lines only, keeps CRLF, and fills $default-branch in the YAML but not in comments', () => {
    const content = '# Call: <owner>/ops-actions/.github/workflows/python-ci.yml@v1\r\non:\r\n  push:\r\n    branches: [$default-branch]  # not $default-branch here\r\njobs:\r\n  a:\r\n    uses: <owner>/ops-actions/.github/workflows/python-ci.yml@v1\r\n';
    const sha = 'a'.repeat(40);
    const [file] = planInit([{ name: 'ci.yml', content }], { owner: 'acme', ref: 'v1', defaultBranch: 'trunk', pin: { sha, version: 'v1.4.2' } }, {}).files;
    expect(file?.content).toBe(
      `# Call: acme/ops-actions/.github/workflows/python-ci.yml@${sha}\r\non:\r\n  push:\r\n    branches: [trunk]  # not $default-branch here\r\njobs:\r\n  a:\r\n    uses: acme/ops-actions/.github/workflows/python-ci.yml@${sha} # v1.4.2\r\n`,
    );
  });

  it('chooseOwnPin: the most specific release tag at the commit; annotated tags by their commit', () => {
    const listing = [`${'1'.repeat(40)}\trefs/tags/v1`, `${'2'.repeat(40)}\trefs/tags/v1.4.2`, `${'1'.repeat(40)}\trefs/tags/v1.4.2^{}`, `${'3'.repeat(40)}\trefs/tags/nightly`].join('\n');
    expect(chooseOwnPin(listing, 'v1', 'repo')).toEqual({ sha: '1'.repeat(40), version: 'v1.4.2' });
    expect(chooseOwnPin(listing, '1'.repeat(40), 'repo')).toEqual({ sha: '1'.repeat(40), version: 'v1.4.2' });
    expect(() => chooseOwnPin(listing, 'nightly', 'repo')).toThrow(`no release tag of repo points at ${'3'.repeat(40)}`);
  });

  it('parseSetupCfgPythonRequires reads [options] only', () => {
    expect(parseSetupCfgPythonRequires('[metadata]\npython_requires = >=3.8\n[options]\n# comment\nPython_Requires: >=3.11, <4\n')).toBe('>=3.11, <4');
    expect(parseSetupCfgPythonRequires('[metadata]\nname = app\n')).toBeUndefined();
  });

  it('selectTemplates: the core always, optional ones by name', () => {
    const names = ['python-ci.yml', 'prepare-release.yml', 'release.yml', 'docker.yml', 'pre-commit.yml', 'config/pre-commit-config.yaml', 'config/dependabot.yml'];
    const templates = names.map((name) => ({ name, content: '' }));
    expect(selectTemplates(templates, []).map((template) => template.name)).toEqual(names.slice(0, 3));
    expect(selectTemplates(templates, ['pre-commit']).map((template) => template.name)).toEqual([...names.slice(0, 3), 'pre-commit.yml', 'config/pre-commit-config.yaml']);
    expect(selectTemplates(templates, 'all')).toHaveLength(names.length);
    expect(() => selectTemplates(templates, ['helm'])).toThrow("No optional template named 'helm'; --with takes: dependabot, docker, pre-commit.");
  });

  it.each([
    ['https://github.com/acme/app.git', 'acme'],
    ['https://x-access-token:abc@github.com/Acme-Corp/app', 'Acme-Corp'],
    ['git@github.com:acme/app.git', 'acme'],
    ['ssh://git@github.com/acme/app.git', 'acme'],
    ['ssh://git@ssh.github.com:443/acme/app.git', 'acme'],
    ['https://gitlab.com/acme/app.git', undefined],
    ['git@github.example.com:acme/app.git', undefined],
    ['/srv/git/app.git', undefined],
    ['https://github.com/acme', undefined],
  ])('parseGitHubOwner(%s) is %s', (url, owner) => {
    expect(parseGitHubOwner(url)).toBe(owner);
  });
});
