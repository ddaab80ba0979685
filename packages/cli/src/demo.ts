import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionManifest } from './action-manifest.js';
import { chooseRunnerNode } from './choose-runner-node.js';
import { renderRunReport } from './render-run-report.js';
import { REPO_ROOT } from './resolve-action-dir.js';
import { runAction } from './run-action.js';
import { UsageError } from './usage-error.js';

const DEMO_USAGE = `Usage: ops-actions demo [--keep]

Creates a sample Python project with a Conventional Commits history in a temp dir and runs
the bundled actions on it, as a release job would, printing each action's outputs and summary.
  --keep   keep the sample project (its path is printed) instead of removing it
`;

/** One step of the demo job: an action and its inputs, which may use earlier steps' outputs. */
interface DemoStep {
  readonly id: string;
  readonly action: string;
  readonly title: string;
  readonly inputs: (outputs: Readonly<Record<string, Readonly<Record<string, string>>>>) => Readonly<Record<string, string>>;
  /** What a workflow's earlier steps would have done in the workspace (e.g. download the built dist). */
  readonly prepare?: (dir: string) => void;
  /** Variables the step's runner would have (e.g. a PATH with the machine's tools). */
  readonly env?: () => Readonly<Record<string, string>>;
}

// gpu-report samples a stand-in nvidia-smi that replays recorded real output (Node only), unless asked for the real one.
const REAL_GPU = process.env.OPS_ACTIONS_REAL_GPU === '1';
function standInNvidiaSmiEnv(): Record<string, string> {
  const pathKey = Object.keys(process.env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  const standIn = join(dirname(fileURLToPath(import.meta.url)), 'demo-fixtures', 'nvidia-smi');
  return { [pathKey]: `${standIn}${delimiter}${process.env[pathKey] ?? ''}`, OPS_NVIDIA_SMI_RECORDING: 'h200', OPS_NVIDIA_SMI_NODE: process.execPath };
}

/** The demo job, as a release workflow runs it. Each new action joins it here. */
const STEPS: readonly DemoStep[] = [
  {
    id: 'bump',
    action: 'version-bump',
    title: 'Decide the next version; write it and the changelog section; create the release branch, commit and tag',
    inputs: () => ({
      'version-files': 'pyproject.toml\nsrc/acme_stats/__init__.py',
      changelog: 'CHANGELOG.md',
      'release-branch': 'release/v{version}',
      commit: 'true',
      tag: 'true',
    }),
  },
  {
    id: 'changelog',
    action: 'changelog',
    title: 'The release notes for the GitHub Release (the section is already there: nothing changes)',
    inputs: (outputs) => ({ version: outputs.bump?.version ?? '' }),
  },
  {
    id: 'check',
    action: 'pypi-publish-check',
    title: 'Check the built sdist and wheel before the upload (the demo does not ask PyPI: check-published is off)',
    prepare: (dir) => cpSync(DEMO_DIST, join(dir, 'dist'), { recursive: true, filter: (path) => !path.endsWith('.md') }),
    inputs: () => ({ 'check-published': 'false' }),
  },
  {
    id: 'bench',
    action: 'benchmark-compare',
    title: 'Compare a pull request’s pytest-benchmark results with the five runs saved in benchmarks/',
    prepare: (dir) => {
      cpSync(join(DEMO_BENCHMARKS, 'benchmarks'), join(dir, 'benchmarks'), { recursive: true });
      cpSync(join(DEMO_BENCHMARKS, 'current.json'), join(dir, 'bench-results.json'));
    },
    inputs: () => ({ current: 'bench-results.json', baseline: 'benchmarks/' }),
  },
  {
    id: 'gpu',
    action: 'gpu-report',
    title: REAL_GPU
      ? 'Run a short command while the real nvidia-smi is sampled (OPS_ACTIONS_REAL_GPU=1)'
      : 'Run a short command while nvidia-smi is sampled (a stand-in replays a recorded H200; OPS_ACTIONS_REAL_GPU=1 uses the real one)',
    inputs: () => ({
      run: `node -e "for (let i = 1; i <= 3; i++) setTimeout(() => console.log('frame ' + i + ' rendered'), i * 400)"`,
      label: 'Rendered',
      'interval-ms': '250',
    }),
    env: () => (REAL_GPU ? {} : standInNvidiaSmiEnv()),
  },
  {
    id: 'gate',
    action: 'quality-gate',
    title: 'The production gate on the reports CI made for this release (pytest, coverage.py, bandit, pip-audit and benchmark-compare, kept as fixtures)',
    prepare: (dir) => cpSync(DEMO_GATE_REPORTS, join(dir, 'reports'), { recursive: true }),
    inputs: () => ({
      preset: 'production',
      junit: 'reports/junit.xml',
      coverage: 'reports/coverage.xml',
      bandit: 'reports/bandit.json',
      'pip-audit': 'reports/pip-audit.json',
      benchmark: 'reports/benchmark-report.json',
    }),
  },
];

// The sample project's dist, built once by setuptools and kept, so the demo needs no Python tools.
const DEMO_DIST = join(dirname(fileURLToPath(import.meta.url)), 'demo-fixtures', 'acme-stats-0.4.0');
// Its benchmark results, from real pytest-benchmark runs (the README there says how they were made).
const DEMO_BENCHMARKS = join(dirname(fileURLToPath(import.meta.url)), 'demo-fixtures', 'acme-stats-benchmarks');
// The reports the sample project's CI made for 0.4.0 (real pytest, coverage.py, bandit and benchmark-compare output; pip-audit's written to its format).
const DEMO_GATE_REPORTS = join(dirname(fileURLToPath(import.meta.url)), 'demo-fixtures', 'acme-stats-gate', 'reports');

/** The demo: a sample Python project with a conventional history, run through the bundled actions. */
export async function runDemo(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(DEMO_USAGE);
    return 0;
  }
  const unknown = args.filter((arg) => arg !== '--keep');
  if (unknown.length > 0) throw new UsageError(`unknown demo option ${unknown.join(' ')}\n\n${DEMO_USAGE}`);
  const keep = args.includes('--keep');
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-demo-'));
  const color = process.stdout.isTTY === true && (process.env.NO_COLOR ?? '') === '';
  try {
    createSampleProject(dir);
    process.stdout.write(`Sample project: ${dir}\n${git(dir, 'log', '--oneline', '--graph', '--decorate')}\n`);
    let status = 0;
    const outputs: Record<string, Record<string, string>> = {};
    for (const [index, step] of STEPS.entries()) {
      process.stdout.write(`\n━━ Step ${index + 1}/${STEPS.length}: ${step.action} — ${step.title}\n\n`);
      step.prepare?.(dir);
      const actionDir = join(REPO_ROOT, 'actions', step.action);
      const manifest = await readActionManifest(actionDir);
      const runner = chooseRunnerNode(manifest.runs.using, REPO_ROOT);
      if (runner.note !== undefined) process.stdout.write(`${runner.note}\n`);
      const result = await runAction({
        actionDir,
        cwd: dir,
        inputs: step.inputs(outputs),
        nodePath: runner.path,
        env: { GITHUB_REPOSITORY: 'acme/acme-stats', ...step.env?.() },
        onOutput: (chunk) => process.stdout.write(chunk),
      });
      process.stdout.write(`\n${renderRunReport(result, { color })}`);
      outputs[step.id] = result.outputs;
      if (result.exitCode !== 0) {
        status = result.exitCode;
        break;
      }
    }
    process.stdout.write(`\nThe sample project now:\n${git(dir, 'log', '--oneline', '--graph', '--decorate', '-3')}\n`);
    process.stdout.write(`\nIts CHANGELOG.md:\n${readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')}`);
    process.stdout.write(keep ? `\nKept: ${dir}\n` : '\nRun with --keep to look around in the sample project.\n');
    return status;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

const PYPROJECT = `[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "acme-stats"
version = "0.3.3"  # written by version-bump
description = "Small statistics helpers for ACME's data team."
requires-python = ">=3.10"
`;

const CHANGELOG = `# Changelog

All notable changes to this project will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]

### Added

- A hand-written note: the docs now have a tutorial.

## [0.3.3] - 2025-01-01

### Fixed

- Percentiles of a single value.

[Unreleased]: https://github.com/acme/acme-stats/compare/v0.3.3...HEAD
[0.3.3]: https://github.com/acme/acme-stats/releases/tag/v0.3.3
`;

/** A project as a maintainer would have it, with a history of fixed dates and one identity. */
function createSampleProject(dir: string): void {
  let tick = 0;
  const commit = (message: string, files: Record<string, string> = {}): void => {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    tick++;
    writeFileSync(join(dir, 'CHANGES.txt'), `change ${tick}\n`);
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', message, { date: tick });
  };
  git(dir, 'init', '--quiet', '--initial-branch=main');
  commit('chore: initial project layout', {
    'pyproject.toml': PYPROJECT,
    'src/acme_stats/__init__.py': '"""ACME statistics helpers."""\n\n__version__ = "0.3.3"\n',
    'README.md': '# acme-stats\n',
    'CHANGELOG.md': CHANGELOG,
  });
  git(dir, 'tag', '--annotate', 'v0.3.3', '-m', 'Release 0.3.3', { date: tick });
  commit('feat(api): support nested groups (#12)');
  commit('fix(parser): handle empty input (#14)\n\nEmpty CSV files used to raise IndexError.');
  commit('docs: explain grouping in the README');
  commit('Update CONTRIBUTING');
  git(dir, 'switch', '--quiet', '--create', 'topic/ranges');
  commit('fix: off-by-one in percentile ranges');
  git(dir, 'switch', '--quiet', 'main');
  git(dir, 'merge', '--no-ff', '--quiet', '-m', "Merge branch 'topic/ranges'", 'topic/ranges', { date: ++tick });
  commit('perf: cache compiled patterns');
}

function git(dir: string, ...args: (string | { date: number })[]): string {
  const last = args.at(-1);
  const date = typeof last === 'object' ? `@${1_735_689_600 + last.date * 3600} +0000` : undefined;
  const words = args.filter((arg): arg is string => typeof arg === 'string');
  return execFileSync('git', ['-c', 'user.name=Ada Lovelace', '-c', 'user.email=ada@example.com', '-c', 'commit.gpgSign=false', '-c', 'tag.gpgSign=false', ...words], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trimEnd();
}
