import { expectGolden, expectValidMermaid } from '@ops-actions/test-helpers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareBenchmarks, orderBaselineFiles, parseBenchmarkResults, planBenchmarkAnnotations, renderBenchmarkSummary, shortName } from '../../src/index.js';
import type { BenchmarkBaseline, BenchmarkResults } from '../../src/index.js';
import { readFixture, savedRuns } from '../benchmark/fixtures.js';

const golden = (name: string) => join(import.meta.dirname, 'golden', name);
const RUNS = 'pytest-benchmark/runs';
const SETTINGS = { threshold: 0.2, stat: 'median' } as const;
const file = (results: BenchmarkResults): BenchmarkBaseline => ({ source: results.path, newest: results, history: [results] });
const history = (): BenchmarkBaseline => {
  const files = orderBaselineFiles(savedRuns('history').map(readFixture));
  return { source: 'benchmarks/', newest: files[0] as BenchmarkResults, history: files };
};
const context = { currentPath: 'bench.json', failOnRegression: false };

describe('renderBenchmarkSummary', () => {
  it('shows a regression: verdict, table by severity, chart', async () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-regression.json`), file(readFixture(savedRuns('history-data').at(-1) ?? '')), SETTINGS);
    const summary = renderBenchmarkSummary(result, context);
    expect(summary).toMatch(/^## benchmark-compare: ❌ 1 regression; worst `test_percentile\[95\]` \+[\d.]+%/);
    expect(await expectValidMermaid(summary, { count: 1 })).toEqual(['xychart']);
    expectGolden(golden('benchmark-regression.md'), summary);
  });

  it('shows runner drift with each change relative to it', async () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-drift.json`), file(readFixture(`${RUNS}/current-unchanged.json`)), SETTINGS);
    const summary = renderBenchmarkSummary(result, { ...context, savedBaseline: 'benchmarks/0006_abc_20250101_000000.json' });
    expect(summary).toContain('**Runner drift:** 8 of 8 benchmarks moved together, about 25% slower (×1.25). That is either the runner');
    expect(summary).toContain('is a regression only when it is past 20% both as measured and relative to it');
    expect(summary).toContain('| +25.0% (+0.0%) |');
    await expectValidMermaid(summary, { count: 1 });
    expectGolden(golden('benchmark-drift.md'), summary);
  });

  it('says plainly that the code moved everything when the baseline was measured in this job', async () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-drift.json`), { ...file(readFixture(`${RUNS}/current-unchanged.json`)), sameJob: true }, SETTINGS);
    const summary = renderBenchmarkSummary(result, context);
    expect(summary).toMatch(/^## benchmark-compare: ❌ 6 regressions/);
    expect(summary).toContain('**Everything moved together:** 8 of 8 benchmarks, about 25% slower (×1.25). The baseline was measured in this job');
    expect(summary).not.toContain('vs drift');
    expect(planBenchmarkAnnotations(result, true).map((a) => a.title)).toContain('benchmark-compare: everything moved together');
    await expectValidMermaid(summary, { count: 1 });
    expectGolden(golden('benchmark-same-job.md'), summary);
  });

  it('shows new and removed benchmarks apart from the table, against a history', async () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-renamed.json`), history(), SETTINGS);
    const summary = renderBenchmarkSummary(result, context);
    expect(summary).toContain('### New (2, not compared)');
    expect(summary).toContain('### Removed (1, only in the baseline)');
    expect(summary).toContain('(5 runs; the baseline is their geometric mean and their spread counts as noise)');
    await expectValidMermaid(summary, { count: 1 });
    expectGolden(golden('benchmark-history-renamed.md'), summary);
  });

  it('lists the results on the first run, with no chart', async () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-unchanged.json`), undefined, SETTINGS);
    const summary = renderBenchmarkSummary(result, { ...context, savedBaseline: 'benchmarks/0001_x.json' });
    expect(summary).toMatch(/^## benchmark-compare: 🆕 no baseline yet: 8 benchmarks recorded/);
    await expectValidMermaid(summary, { count: 0 });
    expectGolden(golden('benchmark-first-run.md'), summary);
  });

  it('escapes names, cuts long tables and says how many rows were left out', async () => {
    const list = (factor: number) =>
      parseBenchmarkResults(JSON.stringify(Array.from({ length: 80 }, (_, i) => ({ name: `case "${i}" | *x*`, unit: 'ms', value: i === 3 ? 10 * factor * 2 : 10 + i, range: '0.1' }))), 'list.json');
    const result = compareBenchmarks(list(1), file(list(0.5)), SETTINGS);
    const summary = renderBenchmarkSummary(result, { ...context, maxRows: 10, maxChartBars: 5 });
    expect(summary).toContain('…and 70 more unchanged benchmarks (every one is in the report).');
    expect(summary).toContain('(75 more not charted.)');
    expect(summary).toContain('`case "3" | *x*`');
    const half = (factor: number) =>
      parseBenchmarkResults(JSON.stringify(Array.from({ length: 80 }, (_, i) => ({ name: `b${i}`, unit: 'ms', value: (10 + i) * (i < 40 ? factor : 1), range: '0.1' }))), 'half.json');
    const everyRow = renderBenchmarkSummary(compareBenchmarks(half(2), file(half(1)), SETTINGS), { ...context, maxRows: 10 });
    expect(everyRow).toMatch(/^## benchmark-compare: ❌ 40 regressions/);
    expect(everyRow).toContain('…and 70 more benchmarks (every one is in the report).');
    const [chart] = await expectValidMermaid(summary, { count: 1 });
    expect(chart).toBe('xychart');
    expect(summary).toContain('"case \'3\' | *x*"');
  });
});

describe('renderBenchmarkSummary at GitHub’s limits', () => {
  const custom = (names: readonly string[], factor: (i: number) => number): BenchmarkResults =>
    parseBenchmarkResults(JSON.stringify(names.map((name, i) => ({ name, unit: 'ms', value: 10 * factor(i), range: '0.01' }))), 'list.json');

  it('keeps every chart valid whatever the names hold', async () => {
    const names = ['multi\nline', 'semi;colon', 'br]acket[', 'hash #1 %%x', 'comma, "quoted"', 'back\\slash `tick`', `a${'😀'.repeat(30)}`, '{curly} <b>html</b> &amp;'];
    const all = [...names, ...Array.from({ length: 10 }, (_, i) => `steady_${i}`)];
    const result = compareBenchmarks(custom(all, (i) => (i < names.length ? 2 : 1)), file(custom(all, () => 1)), SETTINGS);
    const summary = renderBenchmarkSummary(result, context);
    expect(result.regressions).toBe(names.length);
    await expectValidMermaid(summary, { count: 1 });
    expect(summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('fits thousands of benchmarks with long names in 1 MiB, and a comment budget in its characters', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `tests/test_big.py::test_case[${'x'.repeat(6000)}-${i}]`);
    const result = compareBenchmarks(custom(names, (i) => (i % 2 === 0 ? 2 : 1)), file(custom(names, () => 1)), SETTINGS);
    const summary = renderBenchmarkSummary(result, context);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toMatch(/^## benchmark-compare: ❌ 2500 regressions/);
    expect(summary).toMatch(/more (regressions|benchmarks) \(every one is in the report\)|left out/);
    const comment = renderBenchmarkSummary(result, { ...context, limit: 65_000 });
    expect(comment.length).toBeLessThanOrEqual(65_000);
    expect(comment).toMatch(/^## benchmark-compare: ❌ 2500 regressions/);
  });
});

describe('planBenchmarkAnnotations', () => {
  it('puts each regression on its test file, as an error when the step fails on them', () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-regression.json`), file(readFixture(savedRuns('history-data').at(-1) ?? '')), SETTINGS);
    const [annotation] = planBenchmarkAnnotations(result, true);
    expect(annotation).toMatchObject({ level: 'error', file: 'tests/test_benchmarks.py', title: 'benchmark-compare: tests/test_benchmarks.py::test_percentile[95] is slower' });
    expect(annotation?.message).toMatch(/^median [\d.]+ µs → [\d.]+ µs \(\+[\d.]+%( relative to the drift)?; Mann-Whitney U p = /);
    expect(planBenchmarkAnnotations(result, false)[0]?.level).toBe('warning');
  });

  it('leaves a slot for the step failure and for its own warnings within GitHub’s 10 of a kind', () => {
    const list = (factor: (i: number) => number) =>
      parseBenchmarkResults(JSON.stringify(Array.from({ length: 28 }, (_, i) => ({ name: `tests/test_a.py::case_${i}`, unit: 'ms', value: 10 * factor(i), range: '0.01' }))), 'list.json');
    const result = compareBenchmarks(list((i) => (i % 2 === 0 ? 2 : 1)), file(list(() => 1)), SETTINGS);
    expect(result.regressions).toBe(14);
    const failing = planBenchmarkAnnotations(result, true);
    expect(failing).toHaveLength(9);
    expect(failing.at(-1)).toMatchObject({ level: 'error', title: 'benchmark-compare: 6 more' });
    expect(planBenchmarkAnnotations(result, false)).toHaveLength(10);
    const commenting = planBenchmarkAnnotations(result, false, 1);
    expect(commenting).toHaveLength(9);
    expect(commenting.at(-1)).toMatchObject({ level: 'warning', title: 'benchmark-compare: 6 more' });
  });

  it('warns once about drift, and notices the first run', () => {
    const drift = compareBenchmarks(readFixture(`${RUNS}/current-drift.json`), file(readFixture(`${RUNS}/current-unchanged.json`)), SETTINGS);
    expect(planBenchmarkAnnotations(drift, false).map((a) => a.title)).toEqual(['benchmark-compare: runner drift']);
    const first = compareBenchmarks(readFixture(`${RUNS}/current-unchanged.json`), undefined, SETTINGS);
    expect(planBenchmarkAnnotations(first, false).map((a) => a.level)).toEqual(['notice']);
  });
});

describe('shortName', () => {
  it('keeps the test and its parameters', () => {
    expect(shortName('tests/test_x.py::TestA::test_sort[100-asc]')).toBe('test_sort[100-asc]');
    expect(shortName('plain name')).toBe('plain name');
  });
});
