import { evaluateGate, FLAKY_BIT, mergeCodes, OUTCOME_CODES, readJunit } from '@ops-actions/core';
import type { GateThresholds, JunitReport } from '@ops-actions/core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPORTS = join(import.meta.dirname, 'fixtures', 'reports');
const WRITTEN = join(import.meta.dirname, 'fixtures', 'written');
const { passed, skipped, failed, errored } = OUTCOME_CODES;

function report(path: string, tests: Record<string, number>, counted: JunitReport['countedSuites'] = []): JunitReport {
  return { path, tests: new Map(Object.entries(tests)), details: new Map(), countedSuites: counted };
}
const thresholds = (rate = 100, extra: Partial<GateThresholds> = {}): GateThresholds => ({ minPassRate: () => rate, banditSeverity: 'high', ignoreVulns: [], ...extra });

describe('evaluateGate: tests across matrix legs', () => {
  it('merges a test by its worst real outcome: errored, then failed, then passed, then skipped', () => {
    expect(mergeCodes(passed, skipped)).toBe(passed);
    expect(mergeCodes(skipped, passed)).toBe(passed);
    expect(mergeCodes(passed, failed)).toBe(failed);
    expect(mergeCodes(failed, errored)).toBe(errored);
    expect(mergeCodes(skipped, skipped)).toBe(skipped);
    expect(mergeCodes(passed | FLAKY_BIT, passed)).toBe(passed | FLAKY_BIT);
    expect(mergeCodes(passed | FLAKY_BIT, failed)).toBe(failed);
  });

  it('counts unique tests over legs, and their pass rate', () => {
    const linux = report('linux.xml', { a: passed, b: passed, c: failed, d: skipped, e: passed | FLAKY_BIT });
    const windows = report('windows.xml', { a: skipped, b: passed, c: passed, d: skipped, f: errored });
    const result = evaluateGate({ testSuites: [{ name: undefined, reports: [linux, windows] }] }, thresholds(60));
    expect(result.tests).toEqual({ tests: 6, passed: 3, failed: 1, errored: 1, skipped: 1, flaky: 1, passRate: 60 });
    expect(result.rows).toEqual([{ id: 'tests:', gate: 'Tests', threshold: '≥ 60% passed', actual: '60.00% (3/5; 1 failed, 1 errored)', status: 'pass', unit: 'percent', value: 60, min: 60 }]);
    expect(result.passed).toBe(true);
  });

  it('never rounds a pass rate up: 189 of 200 is 94.5%, below 95%', () => {
    const tests = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`t${i}`, i < 189 ? passed : failed]));
    const result = evaluateGate({ testSuites: [{ name: 'regression', reports: [report('r.xml', tests)] }] }, thresholds(95));
    expect(result.rows[0]).toMatchObject({ gate: 'Suite regression', actual: '94.50% (189/200; 11 failed, 0 errored)', status: 'fail' });
    const almost = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`t${i}`, i === 0 ? failed : passed]));
    const strict = evaluateGate({ testSuites: [{ name: undefined, reports: [report('r.xml', almost)] }] }, thresholds(100));
    expect(strict.rows[0]).toMatchObject({ actual: '99.99% (9999/10000; 1 failed, 0 errored)', status: 'fail' });
  });

  it('fails when tests were asked for and none ran', () => {
    const empty = evaluateGate({ testSuites: [{ name: undefined, reports: [report('empty.xml', {})] }] }, thresholds());
    expect(empty.rows[0]).toMatchObject({ actual: 'no tests', status: 'fail' });
    const allSkipped = evaluateGate({ testSuites: [{ name: undefined, reports: [report('s.xml', { a: skipped })] }] }, thresholds());
    expect(allSkipped.rows[0]).toMatchObject({ actual: 'no test ran (1 skipped)', status: 'fail' });
    expect(allSkipped.passed).toBe(false);
  });

  it('counts suites with counts only, merging them by name and position across legs', () => {
    const a = report('a.xml', {}, [{ name: 'integration', tests: 10, failed: 1, errored: 0, skipped: 2 }]);
    const b = report('b.xml', {}, [{ name: 'integration', tests: 10, failed: 0, errored: 0, skipped: 1 }]);
    const result = evaluateGate({ testSuites: [{ name: undefined, reports: [a, b] }] }, thresholds());
    expect(result.tests).toMatchObject({ tests: 10, passed: 8, failed: 1, skipped: 1 });
  });

  it('judges each suite of test-suites by its own threshold, on the real reports', async () => {
    const linux = await readJunit(join(REPORTS, 'junit-linux.xml'));
    const windows = await readJunit(join(REPORTS, 'junit-windows.xml'));
    const surefire = await readJunit(join(WRITTEN, 'surefire-reruns.xml'));
    const result = evaluateGate(
      { testSuites: [{ name: 'unit', reports: [linux, windows] }, { name: 'java', reports: [surefire] }] },
      thresholds(100, { minPassRate: (suite) => (suite === 'java' ? 60 : 100) }),
    );
    expect(result.rows.map((row) => [row.gate, row.actual, row.status])).toEqual([
      ['Suite unit', '75.00% (9/12; 2 failed, 1 errored)', 'fail'],
      ['Suite java', '66.67% (2/3; 1 failed, 0 errored)', 'pass'],
    ]);
    // test_clamp_high ran only on the windows leg, test_describe_few only on linux: both passed.
    expect(result.tests).toMatchObject({ tests: 18, passed: 11, failed: 3, errored: 1, skipped: 3, flaky: 1 });
    // pytest's tracebacks place them where they failed (the fixture's raise, the assert), 1-based.
    expect(result.failingTests.map((t) => `${t.outcome} ${t.file ?? ''}:${t.line ?? ''} ${t.name}`)).toEqual([
      'errored tests/test_stats.py:44 test_uses_broken_fixture',
      'failed : alwaysFails',
      'failed tests/test_flaky.py:19 test_always_fails_with_reruns',
      'failed tests/test_stats.py:24 test_percentile_is_wrong',
    ]);
    expect(result.flakyTests.map((t) => t.name)).toEqual(['retriesThenPasses']);
  });
});

describe('evaluateGate: findings, vulnerabilities, lint, benchmarks, approvals', () => {
  it('fails on bandit findings at or above the severity, and error-level SARIF results', () => {
    const finding = (severity: 'low' | 'medium' | 'high') => ({ tool: 'bandit', rule: 'B1', message: 'm', severity, report: 'b.json' });
    const medium = evaluateGate({ testSuites: [], bandit: [{ findings: [finding('low'), finding('medium')], errors: [] }] }, thresholds());
    expect(medium.rows[0]).toMatchObject({ actual: '0 at or above high (0 high, 1 medium, 1 low)', status: 'pass' });
    const strict = evaluateGate({ testSuites: [], bandit: [{ findings: [finding('low'), finding('medium')], errors: [] }] }, thresholds(100, { banditSeverity: 'medium' }));
    expect(strict.rows[0]).toMatchObject({ status: 'fail' });
    const sarif = evaluateGate({ testSuites: [], sarif: [{ results: [{ tool: 'ruff', rule: 'S1', message: 'x', level: 'warning', report: 's' }, { tool: 'ruff', rule: 'S2', message: 'y', level: 'error', report: 's' }] }] }, thresholds());
    expect(sarif.rows[0]).toMatchObject({ gate: 'SARIF', actual: '1 error, 1 warning, 0 note', status: 'fail' });
  });

  it('ignores a vulnerability by its id or any alias, case-insensitively', () => {
    const vulnerability = { package: 'jinja2', version: '3.1.2', id: 'GHSA-h5c8-rqwp-cp95', aliases: ['CVE-2024-22195'], fixVersions: ['3.1.3'], report: 'a.json' };
    const byAlias = evaluateGate({ testSuites: [], pipAudit: [{ vulnerabilities: [vulnerability], skipped: [] }] }, thresholds(100, { ignoreVulns: ['cve-2024-22195'] }));
    expect(byAlias.rows[0]).toMatchObject({ actual: '0 in 0 package(s) (1 ignored)', status: 'pass' });
    const counted = evaluateGate({ testSuites: [], pipAudit: [{ vulnerabilities: [vulnerability], skipped: ['x: not on PyPI'] }] }, thresholds());
    expect(counted.rows[0]).toMatchObject({ status: 'fail' });
    expect(counted.notes).toEqual(['pip-audit did not audit x: not on PyPI']);
  });

  it('fails on a benchmark regression and on too few approvals', () => {
    const benchmark = { schema: 'ops-actions/benchmark-compare/v1' as const, passed: false, threshold: 0.1, stat: 'median', regressions: 1, improvements: 0, maxRegression: 25, comparisons: [{ name: 'test_parse', verdict: 'regression' as const, baseline: 0.001, current: 0.00125, change: 0.25 }] };
    const result = evaluateGate(
      { testSuites: [], benchmark: [benchmark], approvals: { pullRequest: 7, count: { approvals: 1, approvers: ['grace'], changesRequested: ['alan'] } } },
      thresholds(100, { minApprovals: 2 }),
    );
    expect(result.rows).toEqual([
      { id: 'benchmark', gate: 'Benchmarks', threshold: 'no regression', actual: '1 regression(s), worst +25.0%', status: 'fail', unit: 'count', value: 1, max: 0 },
      { id: 'approvals', gate: 'Approvals', threshold: '≥ 2', actual: '1 on #7 (grace); changes requested by alan', status: 'fail', unit: 'count', value: 1, min: 2 },
    ]);
  });

  it('shows gates whose globs matched nothing (if-no-files: warn) as not checked, which do not fail', () => {
    const result = evaluateGate({ testSuites: [] }, thresholds(100, { notChecked: [{ gate: 'vulnerabilities (pip-audit)', reason: 'no file matches a/*.json' }] }));
    expect(result.rows).toEqual([{ id: 'not-checked:vulnerabilities (pip-audit)', gate: 'Vulnerabilities (pip-audit)', threshold: '', actual: 'no file matches a/*.json', status: 'not checked' }]);
    expect(result.passed).toBe(true);
  });

  it("fails the preset's gates that were given no reports", () => {
    const result = evaluateGate({ testSuites: [] }, thresholds(100, { withoutReports: [{ gate: 'Benchmarks', threshold: 'no regression', reason: 'no report given' }] }));
    expect(result.rows).toEqual([{ id: 'no-reports:benchmarks', gate: 'Benchmarks', threshold: 'no regression', actual: 'no report given', status: 'fail' }]);
    expect(result.passed).toBe(false);
  });
});
