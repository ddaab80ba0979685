import { COMMENT_LIMIT, evaluateGate, OUTCOME_CODES, planGateAnnotations, renderQualityGateSummary, STEP_SUMMARY_LIMIT, byteLength } from '@ops-actions/core';
import type { JunitReport, TestDetail } from '@ops-actions/core';
import { describe, expect, it } from 'vitest';

function manyFailures(count: number): JunitReport {
  const tests = new Map<string, number>();
  const details = new Map<string, TestDetail>();
  for (let i = 0; i < count; i++) {
    const id = `tests/test_${i}.py::tests.test_${i}::test_${i}`;
    tests.set(id, OUTCOME_CODES.failed);
    details.set(id, { classname: `tests.test_${i}`, name: `test_${i}`, file: `tests/test_${i}.py`, line: i + 1, message: `AssertionError: ${'x'.repeat(250)} <b>|*`, failedAttempts: 0, report: 'junit.xml' });
  }
  return { path: 'junit.xml', tests, details, countedSuites: [] };
}

describe('the quality-gate summary within GitHub limits', () => {
  it('cuts long lists in stages, saying how many were left out, to fit the 1 MiB summary and a comment', () => {
    const result = evaluateGate({ testSuites: [{ name: undefined, reports: [manyFailures(20_000)] }] }, { minPassRate: () => 100, banditSeverity: 'high', ignoreVulns: [] });
    const summary = renderQualityGateSummary(result);
    expect(byteLength(summary)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(summary).toContain('- … and 19950 more (every one is in the `report` output)');
    const comment = renderQualityGateSummary(result, { limit: COMMENT_LIMIT - 40 });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT - 40);
    expect(comment).toMatch(/- … and \d+ more/);
    // User text is escaped: a message cannot open HTML or break the table.
    expect(summary).toContain('\\<b\\>\\|\\*');
    expect(summary.startsWith('## quality-gate: ❌ failed — 1 of 1 gates failed: Tests\n')).toBe(true);
  });

  it('clips a huge test name or message rather than leaving every failing test out', () => {
    const report = manyFailures(3);
    const huge = `tests/test_0.py::tests.test_0::test_0`;
    report.details.set(huge, { ...(report.details.get(huge) as TestDetail), name: `test_param[${'x'.repeat(2_000_000)}]` });
    const result = evaluateGate({ testSuites: [{ name: undefined, reports: [report] }] }, { minPassRate: () => 100, banditSeverity: 'high', ignoreVulns: [] });
    const summary = renderQualityGateSummary(result);
    expect(byteLength(summary)).toBeLessThan(20_000);
    expect(summary).toMatch(/- ❌ `tests\.test_0::test_param\[x+… \(1,999,\d+ more characters left out\)` at `tests\/test_0\.py:1`/);
    expect(summary).toContain('`tests.test_2::test_2`');
  });

  it('cuts, with a line saying so, what no stage can fit', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ gate: `Suite ${i}`, reason: 'x'.repeat(4000) }));
    const result = evaluateGate({ testSuites: [] }, { minPassRate: () => 100, banditSeverity: 'high', ignoreVulns: [], notChecked: rows });
    const comment = renderQualityGateSummary(result, { limit: 30_000 });
    expect(byteLength(comment)).toBeLessThanOrEqual(30_000);
    // The verdict and as much of the table as fits, rather than the verdict alone.
    expect(comment).toContain('| Suite 5 |');
    expect(comment).toMatch(/_… \d+ more lines \([\d.]+ KiB\) left out to keep the comment under GitHub's 65,535-character limit\._\n$/);
  });

  it('lists benchmark regressions in the unit of the report benchmark-compare wrote', () => {
    const comparisons = [
      { name: 'test_parse', verdict: 'regression' as const, baseline: 0.001, current: 0.00125, change: 0.25, unit: 's' },
      { name: 'test_throughput', verdict: 'regression' as const, baseline: 2500, current: 2000, change: 0.25, unit: 'ops/s' },
      { name: 'peak_memory', verdict: 'regression' as const, baseline: 100, current: 250, change: 1.5, unit: 'MB' },
      { name: 'test_old', verdict: 'regression' as const, baseline: 2, current: 3, change: 0.5 },
    ];
    const benchmark = { schema: 'ops-actions/benchmark-compare/v1' as const, passed: false, threshold: 0.1, stat: 'median', regressions: 4, improvements: 0, maxRegression: 150, comparisons };
    const summary = renderQualityGateSummary(evaluateGate({ testSuites: [], benchmark: [benchmark] }, { minPassRate: () => 100, banditSeverity: 'high', ignoreVulns: [] }));
    expect(summary).toContain(
      ['### Benchmark regressions', '', '- `test_parse`: +25.0% (1.00 ms → 1.25 ms)', '- `test_throughput`: +25.0% (2.50 Kops/s → 2.00 Kops/s)', '- `peak_memory`: +150% (100 MB → 250 MB)', '- `test_old`: +50.0% (2.00 s → 3.00 s)'].join('\n'),
    );
  });

  it('keeps annotations to 10 of a kind, the last saying how many more', () => {
    const result = evaluateGate({ testSuites: [{ name: undefined, reports: [manyFailures(25)] }] }, { minPassRate: () => 100, banditSeverity: 'high', ignoreVulns: [] });
    const annotations = planGateAnnotations(result);
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toMatchObject({ level: 'error', file: 'tests/test_0.py', line: 1, title: 'Failed: tests.test_0::test_0' });
    expect(annotations[9]).toMatchObject({ title: 'quality-gate: 16 more', message: '16 more errors: every one is in the job summary and the report.' });
  });
});
