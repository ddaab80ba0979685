import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGitHubOwner, planInit } from '../src/plan-init.js';
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
    const run = await cli(['--templates', templates, dir]);
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
    const run = await cli(['--templates', templates, '--owner', 'octo-org', '--ref=v1.4.0', dir]);
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
    ['no pyproject.toml', {}, 'no pyproject.toml, so all are kept'],
    ['no requires-python', pyproject(), 'pyproject.toml has no [project].requires-python, so all are kept'],
  ])('keeps every Python version with %s, and says so', async (_label, files, note) => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project(files);
    const run = await cli(['--templates', templates, '--owner', 'acme', dir]);
    expect(run.code).toBe(0);
    expect(await workflow(dir, 'python-ci.yml')).toContain(`        ${ALL_VERSIONS}\n`);
    expect(run.stdout).toContain(`Python versions: 3.10, 3.11, 3.12, 3.13, 3.14 (${note}).`);
  });

  it.each([
    ['<3.9', "requires-python '<3.9' matches none of the Python versions the templates test (3.10, 3.11, 3.12, 3.13, 3.14)."],
    ['>=3.1O', "requires-python '>=3.1O' is not a PEP 440 version specifier."],
  ])('fails on requires-python %s, naming it, and writes nothing', async (specifier, message) => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project(pyproject(specifier));
    const run = await cli(['--templates', templates, '--owner', 'acme', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`ops-actions: ${message}\n`);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('refuses when a workflow exists, writing nothing, and overwrites with --force', async () => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project({ ...pyproject('>=3.10'), '.github/workflows/release.yml': 'name: mine\n' }, 'https://github.com/acme/app');
    const refused = await cli(['--templates', templates, dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Not writing anything: these files exist already (pass --force to overwrite them):\n  .github/workflows/release.yml\n');
    expect(await written(dir)).toEqual(['release.yml']);
    expect(await workflow(dir, 'release.yml')).toBe('name: mine\n');

    const forced = await cli(['--templates', templates, '--force', dir]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('wrote .github/workflows/python-ci.yml\noverwrote .github/workflows/release.yml\n');
    expect(await workflow(dir, 'release.yml')).toContain('uses: acme/ops-actions/pypi-publish-check@v1\n');
  });

  it('resolves DIR from where the command was typed; --dry-run prints the plan and writes nothing', async () => {
    const templates = await tempDir(FIXTURE_TEMPLATES);
    const dir = await project(pyproject('>=3.12'), 'https://github.com/acme/app.git');
    const run = await cli(['--templates', templates, '--dry-run', basename(dir)], dirname(dir));
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
    const run = await cli(['--templates', templates, await project(pyproject(), origin)]);
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

describe.skipIf(!existsSync(join(REAL_TEMPLATES, 'python-ci.yml')))('ops-actions init with workflows-templates/', () => {
  it('copies every template, fills in owner and ref, and narrows the matrix', async () => {
    const templateNames = (await readdir(REAL_TEMPLATES)).filter((name) => name.endsWith('.yml')).sort();
    const dir = await project(pyproject('>=3.11'), 'https://github.com/acme-corp/app.git');
    const run = await cli(['--ref', 'v1.2.3', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await written(dir)).toEqual(templateNames);
    for (const name of templateNames) {
      const content = await workflow(dir, name);
      expect(content, name).not.toContain('<owner>');
      expect(content, name).not.toMatch(/ops-actions\/[^\s@]*@v1(?![\w.-])/);
      expect(content, name).not.toMatch(/python-version: \[[^\]]*"3\.10"/);
    }
    expect(await workflow(dir, 'python-ci.yml')).toContain('python-version: ["3.11", "3.12", "3.13", "3.14"]');
    expect(await workflow(dir, 'release.yml')).toMatch(/uses: acme-corp\/ops-actions\/[\w./-]+@v1\.2\.3/);
  });
});

describe('planInit and parseGitHubOwner', () => {
  it('narrows a reusable workflow’s one-line JSON input and keeps CRLF line ends', () => {
    const template = { name: 'ci.yml', content: `with:\r\n  python-versions: '["3.10", "3.11", "3.12"]'\r\n` };
    const plan = planInit([template], { owner: 'acme', ref: 'v1' }, { requiresPython: '~=3.11' });
    expect(plan.files).toEqual([{ path: '.github/workflows/ci.yml', content: `with:\r\n  python-versions: '["3.11", "3.12"]'\r\n` }]);
    expect(plan.pythonVersions).toEqual(['3.11', '3.12']);
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
