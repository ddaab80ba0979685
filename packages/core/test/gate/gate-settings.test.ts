import { InputError, inputSourceFrom, parseQualityGateSettings, parseTestSuites } from '@ops-actions/core';
import { describe, expect, it } from 'vitest';

const parse = (inputs: Record<string, string>) => parseQualityGateSettings(inputSourceFrom(inputs));

describe('quality-gate inputs', () => {
  it('takes the production preset, and an explicit input over it', () => {
    const production = parse({ preset: 'production', junit: 'reports/*.xml', coverage: 'coverage.xml' });
    expect(production).toMatchObject({ minPassRate: 95, minCoverage: 80, banditSeverity: 'high' });
    expect(production.presetWithoutReports).toEqual([
      { gate: 'Security', inputs: ['bandit', 'sarif'], threshold: 'no finding ≥ high' },
      { gate: 'Vulnerabilities', inputs: ['pip-audit'], threshold: 'none known' },
      { gate: 'Benchmarks', inputs: ['benchmark'], threshold: 'no regression', optional: true },
    ]);
    expect(parse({ preset: 'staging' }).presetWithoutReports.map((gate) => gate.gate)).toEqual(['Tests', 'Security', 'Vulnerabilities']);
    expect(parse({ preset: 'staging', sarif: 'r.sarif', 'test-suites': 'unit: u.xml', 'pip-audit': 'a.json' }).presetWithoutReports).toEqual([]);
    expect(parse({ preset: 'production', junit: 'r.xml', coverage: 'c.xml', 'min-coverage': '70', 'min-pass-rate': '99' })).toMatchObject({ minPassRate: 99, minCoverage: 70 });
    expect(parse({ preset: 'staging', junit: 'r.xml' })).toMatchObject({ minPassRate: 100, minCoverage: undefined });
    expect(parse({ junit: 'r.xml' })).toMatchObject({ minPassRate: 100, preset: undefined, presetWithoutReports: [] });
  });

  it('reads test suites with their own thresholds, globs one a line with ! excludes', () => {
    expect(parseTestSuites('unit: reports/unit-*.xml >= 100%\nregression: reports/regression-*.xml, !reports/regression-slow.xml >= 95%\nsmoke: smoke.xml', 90)).toEqual([
      { name: 'unit', patterns: ['reports/unit-*.xml'], minPassRate: 100 },
      { name: 'regression', patterns: ['reports/regression-*.xml', '!reports/regression-slow.xml'], minPassRate: 95 },
      { name: 'smoke', patterns: ['smoke.xml'], minPassRate: 90 },
    ]);
    expect(parse({ junit: 'a/*.xml\n!a/skip.xml\n\n' }).junit).toEqual(['a/*.xml', '!a/skip.xml']);
    // Absolute globs inside the workspace are made relative to it; exclusions keep their `!`.
    expect(parseQualityGateSettings(inputSourceFrom({ coverage: '/home/runner/work/x/x/reports/**/coverage.xml\n!/home/runner/work/x/x/reports/old/*' }), { workspace: '/home/runner/work/x/x' }).coverage).toEqual([
      'reports/**/coverage.xml',
      '!reports/old/*',
    ]);
  });

  it('refuses bad values, naming the input, the value and what is allowed', () => {
    const cases: [Record<string, string>, string][] = [
      [{ preset: 'prod' }, "Input 'preset' has the value 'prod', but it must be one of: staging, production."],
      [{ junit: 'r.xml', 'min-pass-rate': '101' }, "Input 'min-pass-rate' has the value '101', but it must be a percent between 0 and 100, e.g. 80 or 99.5."],
      [{ 'min-pass-rate': '90' }, "Input 'min-pass-rate' has the value '90', but it needs test reports: give them in `junit` or `test-suites`."],
      [{ 'min-coverage': '80' }, "Input 'min-coverage' has the value '80', but it needs coverage reports: give them in `coverage`."],
      [{ 'test-suites': 'unit reports/*.xml' }, "Input 'test-suites' has the value 'unit reports/*.xml', but each line must be `name: glob >= N%`, e.g. `unit: reports/unit-*.xml >= 100%`."],
      [{ 'bandit-severity': 'critical' }, "Input 'bandit-severity' has the value 'critical', but it must be one of: low, medium, high."],
      [{ 'min-approvals': 'two' }, "Input 'min-approvals' has the value 'two', but it must be a whole number, e.g. 1."],
      [{ 'if-no-files': 'skip' }, "Input 'if-no-files' has the value 'skip', but it must be one of: error, warn, ignore."],
      [{ fail: 'ture' }, "Input 'fail' has the value 'ture', but it must be true or false."],
      [{ coverage: 'c.xml', 'min-diff-coverage': '90', 'base-ref': '--output=x' }, "Input 'base-ref' has the value '--output=x', but it must be a branch, tag or commit (e.g. origin/main)."],
      [{ 'test-suites': 'unit: u.xml > 95%' }, "Input 'test-suites' has the value 'unit: u.xml > 95%', but each line must be `name: glob >= N%`"],
      [{ 'test-suites': 'unit: ../u.xml' }, "Input 'test-suites' has the value '../u.xml', but it must be a relative path inside the repository, without .. segments."],
      [{ junit: 'a.xml\n!../b.xml' }, "Input 'junit' has the value '../b.xml', but it must be a relative path inside the repository, without .. segments."],
      [{ lint: '/etc/*.txt' }, "Input 'lint' has the value '/etc/*.txt', but it must be a relative path, or an absolute path inside the workspace."],
      [{}, "Input 'preset' has the value '', but the gate has nothing to judge: give a preset, reports (junit, test-suites, coverage, bandit, pip-audit, sarif, lint, benchmark) or min-approvals."],
    ];
    for (const [inputs, message] of cases) {
      expect(() => parse(inputs)).toThrow(InputError);
      expect(() => parse(inputs)).toThrow(message);
    }
  });
});
