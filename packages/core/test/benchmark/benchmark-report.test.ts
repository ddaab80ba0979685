import { describe, expect, it } from 'vitest';
import { BENCHMARK_REPORT_SCHEMA, parseBenchmarkReport } from '../../src/benchmark/benchmark-report.js';

const report = {
  schema: BENCHMARK_REPORT_SCHEMA,
  passed: false,
  threshold: 0.2,
  stat: 'median',
  regressions: 1,
  improvements: 0,
  maxRegression: 52.5,
  comparisons: [
    { name: 'tests/test_a.py::test_sort[100]', verdict: 'regression', baseline: 0.001, current: 0.001525, change: 0.525, method: 'mann-whitney', pValue: 0.0001 },
    { name: 'tests/test_a.py::test_new', verdict: 'new', current: 0.002 },
  ],
};

describe('parseBenchmarkReport', () => {
  it('reads a report', () => {
    expect(parseBenchmarkReport(JSON.stringify(report), 'bench.json')).toEqual(report);
  });

  it('names what the file is not', () => {
    expect(() => parseBenchmarkReport('{', 'r.json')).toThrow(/r\.json: is not JSON/);
    expect(() => parseBenchmarkReport(JSON.stringify({ machine_info: {}, benchmarks: [] }), 'r.json')).toThrow(/looks like pytest-benchmark results/);
    expect(() => parseBenchmarkReport(JSON.stringify({ ...report, schema: 'ops-actions/benchmark-compare/v0' }), 'r.json')).toThrow(/not a benchmark-compare report/);
    expect(() => parseBenchmarkReport(JSON.stringify({ ...report, comparisons: [{ name: 'x', verdict: 'slower' }] }), 'r.json')).toThrow(/comparison 0 needs/);
    expect(() => parseBenchmarkReport(JSON.stringify({ ...report, passed: 'no' }), 'r.json')).toThrow(/"passed" must be/);
    expect(() => parseBenchmarkReport(JSON.stringify({ ...report, maxRegression: null }), 'r.json')).toThrow(/"maxRegression" must be a number/);
  });
});
