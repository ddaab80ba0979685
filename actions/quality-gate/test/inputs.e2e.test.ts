import { nodeRuntimes, runBundledAction } from '@ops-actions/test-helpers';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workspace as makeWorkspace } from './workspace.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
const workspace = (): { dir: string; env: Record<string, string> } => makeWorkspace(cleanups);
// Node 24, as the runner runs the action (e2e.test.ts runs the main paths under both runtimes).
const runtime = nodeRuntimes().at(-1);
const nodePath = runtime?.path;

/** A report outside the workspace, such as a symbolic link checked in by a pull request could point to. */
function outsideReport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-gate-outside-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'secret.xml');
  writeFileSync(path, '<testsuites><testsuite name="s"><testcase classname="c" name="TOP-SECRET-NAME"><failure message="TOP-SECRET-MESSAGE"/></testcase></testsuite></testsuites>');
  return path;
}

describe(`quality-gate report paths under ${runtime?.label ?? 'node'}`, () => {
  it('refuses a report whose symbolic link leads out of the workspace, and never quotes it', async () => {
    const { dir, env } = workspace();
    symlinkSync(outsideReport(), join(dir, 'artifacts', 'junit-evil.xml'));
    const result = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { junit: 'artifacts/junit-*.xml' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/^Input 'junit' has the value 'artifacts[\\/]junit-evil\.xml', but it leads outside the repository/);
    for (const text of [result.log, result.summary]) expect(text).not.toContain('TOP-SECRET');
  });

  it('refuses globs through .. or absolute outside the workspace, naming the input', async () => {
    const { dir, env } = workspace();
    const cases: [Record<string, string>, string][] = [
      [{ junit: '../*/artifacts/junit-linux.xml' }, "Input 'junit' has the value '../*/artifacts/junit-linux.xml', but it must be a relative path inside the repository, without .. segments."],
      [{ coverage: `!${join(tmpdir(), '*.xml')}` }, `Input 'coverage' has the value '${join(tmpdir(), '*.xml')}', but it must be a relative path, or an absolute path inside the workspace`],
      [{ 'test-suites': 'unit: artifacts/../../*.xml >= 100%' }, "Input 'test-suites' has the value 'artifacts/../../*.xml', but it must be a relative path inside the repository, without .. segments."],
      [{ bandit: '.git/**/*.json' }, "Input 'bandit' has the value '.git/**/*.json', but it is inside .git"],
    ];
    for (const [inputs, message] of cases) {
      const result = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs });
      expect(result.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(result.annotations.find((a) => a.level === 'error')?.message).toContain(message);
    }
    // An absolute glob inside the workspace is fine: it is read relative to it.
    const inside = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { junit: join(dir, 'artifacts', 'junit-linux.xml'), 'min-pass-rate': '50' } });
    expect(inside.exitCode, inside.log).toBe(0);
    expect(inside.outputs.tests).toBe('14');
  });

  it('has nothing to judge without a preset, reports or min-approvals: that is an error, never a pass', async () => {
    const { dir, env } = workspace();
    const result = await runBundledAction('quality-gate', { cwd: dir, nodePath, env });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toContain('the gate has nothing to judge');
  });
});

describe(`quality-gate presets under ${runtime?.label ?? 'node'}`, () => {
  it('fails each gate the production preset checks when its reports were not given, as no tests where tests were asked for fail; benchmarks are not checked, with a warning', async () => {
    const { dir, env } = workspace();
    const result = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { preset: 'production', junit: 'artifacts/junit-linux.xml', 'min-pass-rate': '70' } });
    expect(result.exitCode, result.log).toBe(1);
    expect(result.outputs.passed).toBe('false');
    const report = JSON.parse(readFileSync(result.outputs.report ?? '', 'utf8')) as { rows: { id: string; threshold: string; status: string }[] };
    expect(report.rows.map((row) => `${row.id}=${row.status}`)).toEqual(['tests:=pass', 'no-reports:coverage=fail', 'no-reports:security=fail', 'no-reports:vulnerabilities=fail', 'not-checked:benchmarks=not checked']);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContain('benchmark: not given, so "Benchmarks: no regression" is not checked; the production preset checks it when a report is given.');
    expect(result.summary).toContain('| Coverage | ≥ 80% | no report given: the production preset checks it (give `coverage`) | ❌ fail |');
    expect(result.summary).toContain('| Security | no finding ≥ high | no report given: the production preset checks it (give `bandit` or `sarif`) | ❌ fail |');
  });

  it('takes SARIF as the security report of the staging preset', async () => {
    const { dir, env } = workspace();
    const result = await runBundledAction('quality-gate', {
      cwd: dir,
      nodePath,
      env,
      inputs: { preset: 'staging', junit: 'artifacts/junit-linux.xml', 'min-pass-rate': '70', sarif: 'written/bandit.sarif', 'pip-audit': 'written/pip-audit.json', 'ignore-vulns': 'GHSA-h5c8-rqwp-cp95, CVE-2024-34064, GHSA-9wx4-h78v-vm56', fail: 'false' },
    });
    expect(result.exitCode, result.log).toBe(0);
    const report = JSON.parse(readFileSync(result.outputs.report ?? '', 'utf8')) as { rows: { id: string; status: string }[] };
    expect(report.rows.map((row) => `${row.id}=${row.status}`)).toEqual(['tests:=pass', 'sarif=fail', 'pip-audit=pass']);
  });
});

describe(`quality-gate reruns under ${runtime?.label ?? 'node'}`, () => {
  it("counts pytest-rerunfailures' reruns once, lists the flaky ones and warns at their line", async () => {
    const { dir, env } = workspace();
    const result = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { junit: 'artifacts/reruns-upstream-eab650f.xml', fail: 'false' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ tests: '5', failed: '1', flaky: '3', 'pass-rate': '80.00' });
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => `${a.file ?? ''}:${a.line ?? ''} ${a.title ?? ''}`)).toEqual([
      'test_reruns.py:19 Flaky: test_reruns::test_flaky_call',
      'test_reruns.py:40 Flaky: test_reruns::test_flaky_teardown',
      'test_reruns.py:52 Flaky: test_reruns::test_flaky_setup',
    ]);
    expect(result.summary).toContain('- 🔁 `test_reruns::test_flaky_call` at `test_reruns.py:19` — 1 failed attempt(s)');
  });
});

describe(`quality-gate within GitHub's limits under ${runtime?.label ?? 'node'}`, () => {
  it('writes at most 10 annotations of a kind, the failure of the step and its warnings included', async () => {
    const { dir, env } = workspace();
    const cases = Array.from({ length: 25 }, (_, i) => `<testcase classname="tests.test_many" name="test_${i}" file="tests/test_many.py" line="${i}"><failure message="boom ${i}"/></testcase>`);
    const flaky = Array.from({ length: 12 }, (_, i) => `<testcase classname="tests.test_many" name="flaky_${i}"/><testcase classname="tests.test_many" name="flaky_${i}"/>`);
    writeFileSync(join(dir, 'artifacts', 'junit-many.xml'), `<testsuites><testsuite name="many">${cases.join('')}${flaky.join('')}</testsuite></testsuites>`);
    const result = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { junit: 'artifacts/junit-many.xml', bandit: 'nothing/*.json', 'if-no-files': 'warn' } });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)?.message).toMatch(/^The quality gate failed: Tests/);
    expect(errors.at(-2)?.message).toBe('17 more errors: every one is in the job summary and the report.');
    expect(warnings).toHaveLength(10);
    expect(warnings[0]?.message).toBe('bandit: no file matches nothing/*.json; security (bandit) is not checked.');
    expect(warnings.at(-1)?.message).toBe('4 more warnings: every one is in the job summary and the report.');
  });
});

describe(`quality-gate report output under ${runtime?.label ?? 'node'}`, () => {
  it('writes every gate with its threshold and measured value as numbers, a file of its own for each step', async () => {
    const { dir, env } = workspace();
    const inputs = { junit: 'artifacts/junit-linux.xml', coverage: 'artifacts/coverage-linux.xml', 'min-coverage': '60', bandit: 'artifacts/bandit.json', 'pip-audit': 'written/pip-audit.json', lint: 'written/ruff.json', fail: 'false' };
    const first = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs });
    const second = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { ...inputs, 'min-coverage': '70' } });
    expect(first.outputs.report).not.toBe(second.outputs.report);
    const report = JSON.parse(readFileSync(first.outputs.report ?? '', 'utf8')) as { rows: { id: string; unit?: string; value?: number; min?: number; max?: number; status: string }[] };
    expect(report.rows.map(({ id, unit, value, min, max, status }) => ({ id, unit, value, min, max, status }))).toEqual([
      { id: 'tests:', unit: 'percent', value: (100 * 8) / 11, min: 100, max: undefined, status: 'fail' },
      { id: 'coverage', unit: 'percent', value: (100 * (20 + 9)) / (33 + 12), min: 60, max: undefined, status: 'pass' },
      { id: 'bandit', unit: 'count', value: 1, min: undefined, max: 0, status: 'fail' },
      { id: 'pip-audit', unit: 'count', value: 3, min: undefined, max: 0, status: 'fail' },
      { id: 'lint', unit: 'count', value: 2, min: undefined, max: 0, status: 'fail' },
    ]);
    expect((JSON.parse(readFileSync(second.outputs.report ?? '', 'utf8')) as { rows: { min?: number }[] }).rows[1]?.min).toBe(70);
  });
});
