import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../../test-helpers/src/index.js';
import { REPO_ROOT } from '../src/resolve-action-dir.js';
import { runAction } from '../src/run-action.js';
import { parseWorkflowText } from '../src/workflow-lint.js';
import { isRecord, listExpressions } from '../src/workflow-model.js';
import type { Job, Step, Workflow } from '../src/workflow-model.js';
import { hermeticEnv } from './support/fixture-actions.js';
import { readRunStep, runStep } from './support/workflow-steps.js';

/**
 * The CI's jobs composed as a run on GitHub composes them: each job's report-writing steps (the scripts of the
 * workflow files, unchanged) run on a small Python project in a job folder of its own; each job's reports/ is
 * "uploaded" and all of them merged as download-artifact does with `pattern: reports-*` and `merge-multiple: true`;
 * then quality-gate's committed bundle runs with the verdict's (and the release gate's) own `with:`, evaluated.
 *
 * pytest with pytest-cov, mypy and bandit run for real (Debian's, through /usr/bin/python3); ruff and pip-audit are
 * not installable here, so their reports are written in their documented formats (ruff's JSON for no findings,
 * pip-audit 2.x's JSON with the project skipped) at the paths their steps write, which a test below reads from the
 * steps. Without those Python tools (GitHub's runners have none of them for /usr/bin/python3), the runs are skipped;
 * the static checks of the paths always run.
 */

const CI_TEMPLATE = 'workflows-templates/python-ci.yml';
const CI_REUSABLE = '.github/workflows/python-ci.yml';
const RELEASE = 'workflows-templates/release.yml';
const read = (file: string): Workflow => parseWorkflowText(readFileSync(join(REPO_ROOT, file), 'utf8'), file);
const jobsOf = (workflow: Workflow): Record<string, Job> => (isRecord(workflow.jobs) ? (workflow.jobs as Record<string, Job>) : {});
const stepsOf = (job: Job | undefined): Step[] => (job !== undefined && Array.isArray(job.steps) ? (job.steps as Step[]) : []);
const withOf = (step: Step | undefined): Record<string, string> => (step !== undefined && isRecord(step.with) ? (step.with as Record<string, string>) : {});

/** The `uses:` step of `job` whose action path ends in quality-gate (any owner, any ref, or the local checkout). */
function gateStep(file: string, job: string): Step {
  const step = stepsOf(jobsOf(read(file))[job]).find((candidate) => typeof candidate.uses === 'string' && /(?:^|\/)quality-gate(?:@|$)/.test(candidate.uses));
  if (!step) throw new Error(`${file}: no quality-gate step in job ${job}`);
  return step;
}

/**
 * The step's `with:` as the runner would pass it: `${{ env.X }}` from the workflow's env, `${{ inputs.x }}` from the
 * reusable workflow's input defaults (what a caller gets when it passes none). Any other expression fails the test.
 */
function evaluateWith(file: string, step: Step, overrides: Readonly<Record<string, string>> = {}): Record<string, string> {
  const workflow = read(file);
  const env = isRecord(workflow.env) ? (workflow.env as Record<string, string>) : {};
  const on = isRecord(workflow.on) ? workflow.on : {};
  const call = isRecord(on.workflow_call) && isRecord(on.workflow_call.inputs) ? (on.workflow_call.inputs as Record<string, { default?: string }>) : {};
  const inputs = Object.fromEntries(Object.entries(call).map(([name, input]) => [name, String(input.default ?? '')]));
  const values: Record<string, string> = { ...Object.fromEntries(Object.entries(env).map(([name, value]) => [`env.${name}`, String(value)])), ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`inputs.${name}`, value])), ...overrides };
  return Object.fromEntries(
    Object.entries(withOf(step)).map(([name, raw]) => {
      const value = String(raw).replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, inner: string) => {
        const key = inner.trim();
        const found = values[key];
        if (found === undefined) throw new Error(`${file}: ${name}: cannot evaluate \${{ ${key} }} here`);
        return found;
      });
      return [name, value];
    }),
  );
}

/** The globs of a with: value (one a line), as regular expressions: `*` within a path segment, as @actions/glob has it. */
function globPatterns(value: string): RegExp[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
}

/** The report paths a job's `run:` scripts write (reports/<folder>/<file>), with the job's $LEG as one leg has it. */
function writtenReports(file: string, job: string, leg: string): string[] {
  return stepsOf(jobsOf(read(file))[job]).flatMap((step) => (typeof step.run === 'string' ? [...step.run.matchAll(/reports\/(?:\$LEG|[\w-]+)\/[\w.-]+\.(?:json|txt|xml)/g)].map(([path]) => path.replace('$LEG', leg)) : []));
}

/** What `LEG` is on the matrix leg (os, python): the test job's env, evaluated. */
function legOf(file: string, os: string, python: string): string {
  const env = jobsOf(read(file)).test?.env;
  const template = isRecord(env) ? String(env.LEG) : '';
  expect(listExpressions(template).sort()).toEqual(['matrix.os', 'matrix.python-version']);
  return template.replace(/\$\{\{\s*matrix\.os\s*\}\}/, os).replace(/\$\{\{\s*matrix\.python-version\s*\}\}/, python);
}

describe.each([CI_TEMPLATE, CI_REUSABLE])('%s: the verdict reads what the jobs write', (file) => {
  it('every report glob of the gate matches a report a job writes, and every report a job writes is read', () => {
    const leg = legOf(file, 'ubuntu-latest', '3.13');
    const written = [...writtenReports(file, 'lint', leg), ...writtenReports(file, 'audit', leg), ...writtenReports(file, 'test', leg)];
    expect(written.sort()).toEqual(
      ['reports/lint/ruff.json', 'reports/lint/mypy.txt', 'reports/audit/pip-audit.json', 'reports/audit/bandit.json', `reports/${leg}/junit.xml`, `reports/${leg}/coverage.xml`].sort(),
    );
    const inputs = withOf(gateStep(file, 'verdict'));
    const globs = ['junit', 'coverage', 'bandit', 'pip-audit', 'lint'].flatMap((input) => globPatterns(inputs[input] ?? '').map((glob) => [input, glob] as const));
    for (const [input, glob] of globs) expect(written.some((path) => glob.test(path)), `${input}: ${String(glob)}`).toBe(true);
    for (const path of written) expect(globs.some(([, glob]) => glob.test(path)), path).toBe(true);
  });

  it('downloads every reports-* artifact the jobs upload, merged under reports/ as they were written', () => {
    const jobs = jobsOf(read(file));
    const uploads = ['lint', 'audit', 'test'].map((job) => withOf(stepsOf(jobs[job]).find((step) => String(step.uses).startsWith('actions/upload-artifact@'))));
    const names = uploads.map((upload) => (upload.name ?? '').replace('${{ env.LEG }}', legOf(file, 'windows-latest', '3.10')));
    expect(names).toEqual(['reports-lint', 'reports-audit', 'reports-test-windows-latest-py3.10']);
    const download = withOf(stepsOf(jobs.verdict).find((step) => String(step.uses).startsWith('actions/download-artifact@')));
    expect(download).toEqual({ pattern: 'reports-*', 'merge-multiple': true, path: 'reports/' });
    for (const name of names) expect(globPatterns(download.pattern ?? '')[0]?.test(name), name).toBe(true);
    // Each upload's root is its reports/ folder, so the files land in reports/<job>/ again.
    for (const upload of uploads) expect(upload.path).toMatch(/(?:^|\/)reports\/$/);
  });

  it('the verdict fails unless every job succeeded, and the gate runs after a failure too (its summary says why)', async () => {
    const step = readRunStep(REPO_ROOT, file, 'verdict', 'results');
    const dir = mkdtempSync(join(tmpdir(), 'ops-actions-verdict-'));
    try {
      const passed = await runStep(step, { cwd: dir, runner: hermeticEnv(), env: { RESULTS: 'success success success' } });
      expect(passed.code).toBe(0);
      for (const results of ['success failure success', 'success skipped success', 'cancelled success success']) {
        const failed = await runStep(step, { cwd: dir, runner: hermeticEnv(), env: { RESULTS: results } });
        expect(failed.code, results).toBe(1);
        expect(failed.stdout).toContain('::error::1 of the jobs did not succeed');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const steps = stepsOf(jobsOf(read(file)).verdict);
    expect(steps[0]?.id).toBe('results');
    for (const later of steps.slice(1)) expect(later.if, String(later.uses)).toBe('${{ !cancelled() }}');
  });
});

/** Debian's tools through /usr/bin/python3, as the steps call them (python, mypy, bandit on PATH). */
function pythonToolsPresent(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import pytest, pytest_cov, coverage, mypy, bandit'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A small project: one module with a branch its tests never take, and its tests. */
const PROJECT: Readonly<Record<string, string>> = {
  // pytest-cov's --cov measures coverage.py's configured source: the project, as a project's pyproject.toml says.
  'pyproject.toml': '[project]\nname = "calc"\nversion = "1.0.0"\nrequires-python = ">=3.10"\n\n[tool.coverage.run]\nsource = ["."]\n',
  'calc.py': [
    '"""Arithmetic."""',
    '',
    '',
    'def add(a: int, b: int) -> int:',
    '    return a + b',
    '',
    '',
    'def magnitude(x: int) -> int:',
    '    if x < 0:',
    '        return -x',
    '    return x',
    '',
    '',
    'def scale(x: int, factor: int) -> int:',
    '    if factor == 0:',
    '        return 0',
    '    result = x * factor',
    '    return result',
    '',
  ].join('\n'),
  'tests/test_calc.py': 'import calc\n\n\ndef test_add() -> None:\n    assert calc.add(2, 3) == 5\n\n\ndef test_magnitude() -> None:\n    assert calc.magnitude(4) == 4\n',
};

const folder = tempFolders();

/** A checkout of the project, with `changes` applied; a job folder. */
function checkout(changes: Readonly<Record<string, string>> = {}): string {
  const dir = folder('ops-actions-job-');
  for (const [path, content] of Object.entries({ ...PROJECT, ...changes })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** PATH with python and mypy as the steps call them, ahead of everything else. */
function toolPath(): string {
  const bin = folder('ops-actions-bin-');
  for (const [name, body] of [
    ['python', 'exec /usr/bin/python3 "$@"'],
    ['mypy', 'exec /usr/bin/python3 -m mypy --no-incremental --cache-dir=/dev/null "$@"'],
    ['bandit', 'exec /usr/bin/python3 -m bandit "$@"'],
  ] as const) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return `${bin}:${process.env.PATH ?? ''}`;
}

interface CiRun {
  /** The gate job's workspace: a checkout with every job's reports/ merged into reports/. */
  readonly workspace: string;
  /** Each report step's exit code, by job and step. */
  readonly codes: Record<string, number>;
}

/**
 * Runs the report steps of `file`'s lint, audit and test jobs (two legs) on the project, then merges their reports/
 * folders into a fresh checkout's reports/, as the verdict's download does.
 */
async function runCi(file: string, options: { readonly failingLeg?: boolean; readonly typeError?: boolean } = {}): Promise<CiRun> {
  const runner = { ...hermeticEnv(), PATH: toolPath(), PYTHONDONTWRITEBYTECODE: '1', EXTRAS: '' };
  const codes: Record<string, number> = {};
  const jobs: string[] = [];
  const run = async (job: string, id: string, dir: string, extra: Record<string, string> = {}): Promise<void> => {
    const result = await runStep(readRunStep(REPO_ROOT, file, job, id), { cwd: dir, runner: { ...runner, ...extra }, env: {} });
    codes[`${job}.${id}${extra.LEG === undefined ? '' : `[${extra.LEG}]`}`] = result.code;
  };

  const lint = checkout(options.typeError ? { 'calc.py': `${PROJECT['calc.py'] ?? ''}\n\ndef broken() -> int:\n    return "no"\n` } : {});
  await run('lint', 'mypy', lint);
  // ruff is not installable here: its JSON for a clean run, where the ruff step writes it (checked above).
  writeFileSync(join(lint, 'reports/lint/ruff.json'), '[]\n');
  jobs.push(lint);

  const audit = checkout();
  await run('audit', 'bandit', audit);
  // pip-audit is not installable here: pip-audit 2.x's JSON for this project, where its step writes it.
  mkdirSync(join(audit, 'reports/audit'), { recursive: true });
  writeFileSync(join(audit, 'reports/audit/pip-audit.json'), `${JSON.stringify({ dependencies: [{ name: 'calc', skip_reason: 'Dependency not found on PyPI and could not be audited: calc (1.0.0)' }], fixes: [] })}\n`);
  jobs.push(audit);

  for (const [os, python] of [['ubuntu-latest', '3.13'], ['windows-latest', '3.10']] as const) {
    const failing = options.failingLeg === true && os === 'windows-latest';
    const dir = checkout(failing ? { 'tests/test_calc.py': `${PROJECT['tests/test_calc.py'] ?? ''}\n\ndef test_scale() -> None:\n    assert calc.scale(2, 3) == 7\n` } : {});
    await run('test', 'pytest', dir, { LEG: legOf(file, os, python) });
    jobs.push(dir);
  }

  const workspace = checkout();
  for (const dir of jobs) cpSync(join(dir, 'reports'), join(workspace, 'reports'), { recursive: true });
  return { workspace, codes };
}

async function runGate(workspace: string, inputs: Record<string, string>): Promise<Awaited<ReturnType<typeof runAction>>> {
  const temp = folder('ops-actions-runner-temp-');
  return runAction({
    actionDir: join(REPO_ROOT, 'actions', 'quality-gate'),
    cwd: workspace,
    inputs,
    eventName: 'push',
    env: { RUNNER_TEMP: temp, GITHUB_REPOSITORY: 'acme/calc' },
    baseEnv: hermeticEnv(),
  });
}

describe.skipIf(!pythonToolsPresent())('the CI run composed: its steps, the merged reports, and quality-gate with the files’ own inputs', () => {
  // One clean run of the reusable CI's steps serves three gates; the template's steps run in the failing case.
  let clean: Promise<CiRun> | undefined;
  const cleanRun = (): Promise<CiRun> => (clean ??= runCi(CI_REUSABLE));

  it.each([CI_REUSABLE, CI_TEMPLATE])('a clean run passes the staging gate of %s, every report read', async (file) => {
    const { workspace, codes } = await cleanRun();
    expect(Object.values(codes)).toEqual([0, 0, 0, 0]);
    const inputs = evaluateWith(file, gateStep(file, 'verdict'));
    expect(inputs.preset).toBe('staging');
    const gate = await runGate(workspace, inputs);
    expect(gate.exitCode, gate.log).toBe(0);
    // Two legs of two tests, merged to the two unique tests; the other gates saw their reports.
    expect(gate.outputs).toMatchObject({ passed: 'true', tests: '2', failed: '0', vulnerabilities: '0', 'high-severity': '0', 'lint-errors': '0' });
    expect(gate.log).not.toContain('no file matches');
  });

  it("release.yml's production gate, over the same reports, is stricter: coverage below 80% stops the release", async () => {
    const { workspace } = await cleanRun();
    const inputs = evaluateWith(RELEASE, gateStep(RELEASE, 'gate'));
    expect(inputs.preset).toBe('production');
    const gate = await runGate(workspace, inputs);
    expect(gate.exitCode).toBe(1);
    expect(gate.outputs).toMatchObject({ passed: 'false', failed: '0' });
    expect(Number(gate.outputs.coverage)).toBeLessThan(80);
    const report = JSON.parse(readFileSync(gate.outputs.report ?? '', 'utf8')) as { rows: { id: string; status: string }[] };
    expect(report.rows.filter((row) => row.status === 'fail').map((row) => row.id)).toEqual(['coverage']);
  });

  it('a test failing on one leg, and a type error, fail the verdict with the test and the error named at their lines', async () => {
    const { workspace, codes } = await runCi(CI_TEMPLATE, { failingLeg: true, typeError: true });
    // The steps fail as they should, having written their reports first.
    expect(codes).toMatchObject({ 'lint.mypy': 1, 'test.pytest[test-windows-latest-py3.10]': 1, 'test.pytest[test-ubuntu-latest-py3.13]': 0 });
    const gate = await runGate(workspace, evaluateWith(CI_TEMPLATE, gateStep(CI_TEMPLATE, 'verdict')));
    expect(gate.exitCode).toBe(1);
    expect(gate.outputs).toMatchObject({ passed: 'false', tests: '3', failed: '1', 'lint-errors': '1' });
    expect(gate.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', title: expect.stringContaining('test_scale') as unknown, file: 'tests/test_calc.py' }),
        expect.objectContaining({ level: 'error', title: expect.stringContaining('mypy') as unknown, file: 'calc.py' }),
      ]),
    );
  });
});

describe("release.yml's production gate", () => {
  it('reads the reusable CI’s reports with the same globs as its verdict, and build and publish need it', () => {
    const release = jobsOf(read(RELEASE));
    expect(release.gate?.needs).toBe('ci');
    expect(release.build?.needs).toEqual(['ci', 'gate']);
    expect(release.publish?.needs).toEqual(expect.arrayContaining(['gate', 'build']));
    const ours = withOf(gateStep(RELEASE, 'gate'));
    const verdict = withOf(gateStep(CI_REUSABLE, 'verdict'));
    for (const input of ['junit', 'coverage', 'bandit', 'pip-audit', 'lint']) expect(ours[input], input).toBe(verdict[input]);
    const download = withOf(stepsOf(release.gate).find((step) => String(step.uses).startsWith('actions/download-artifact@')));
    expect(download).toEqual({ pattern: 'reports-*', 'merge-multiple': true, path: 'reports/' });
    // The dist artifact of the build job is not a report.
    expect(globPatterns('reports-*')[0]?.test('dist')).toBe(false);
  });
});
