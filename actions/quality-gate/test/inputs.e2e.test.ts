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
  it('fails each gate the production preset checks when its reports were not given, as no tests where tests were asked for fail', async () => {
    const { dir, env } = workspace();
    const result = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { preset: 'production', junit: 'artifacts/junit-linux.xml', 'min-pass-rate': '70' } });
    expect(result.exitCode, result.log).toBe(1);
    expect(result.outputs.passed).toBe('false');
    const report = JSON.parse(readFileSync(result.outputs.report ?? '', 'utf8')) as { rows: { id: string; threshold: string; status: string }[] };
    expect(report.rows.map((row) => `${row.id}=${row.status}`)).toEqual(['tests:=pass', 'no-reports:coverage=fail', 'no-reports:security=fail', 'no-reports:vulnerabilities=fail', 'no-reports:benchmarks=fail']);
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
