import { describe, expect, it } from 'vitest';
import { FileError, compareBenchmarks, orderBaselineFiles, parseBenchmarkResults, toBenchmarkReport, parseBenchmarkReport } from '../../src/index.js';
import type { BenchmarkBaseline, BenchmarkComparisonResult, BenchmarkResults } from '../../src/index.js';
import { readFixture, savedRuns } from './fixtures.js';

const SETTINGS = { threshold: 0.2, stat: 'median' } as const;
const RUNS = 'pytest-benchmark/runs';
const P = 'tests/test_benchmarks.py::';
const file = (results: BenchmarkResults): BenchmarkBaseline => ({ source: results.path, newest: results, history: [results] });
const directory = (folder: 'history' | 'history-data'): BenchmarkBaseline => {
  const history = orderBaselineFiles(savedRuns(folder).map(readFixture));
  return { source: `${folder}/`, newest: history[0] as BenchmarkResults, history };
};
const newestWithData = (): BenchmarkBaseline => file(readFixture(savedRuns('history-data').at(-1) ?? ''));
const verdicts = (result: BenchmarkComparisonResult): Record<string, string> => Object.fromEntries(result.comparisons.map((c) => [c.name.replace(P, ''), c.verdict]));
const named = (result: BenchmarkComparisonResult, name: string) => result.comparisons.find((c) => c.name === P + name);

// Real pytest-benchmark runs on a shared, busy machine (make-fixtures.sh): their noise is real too.
describe('compareBenchmarks on real pytest-benchmark runs', () => {
  it('finds a real regression with the raw timings (Mann-Whitney U), and nothing else', () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-regression.json`), newestWithData(), SETTINGS);
    const worst = named(result, 'test_percentile[95]');
    expect(worst).toMatchObject({ verdict: 'regression', method: 'mann-whitney' });
    expect(worst?.pValue).toBeLessThan(1e-6);
    expect(worst?.effectiveChange).toBeGreaterThan(0.5);
    expect(Object.entries(verdicts(result)).filter(([, v]) => v === 'regression').map(([n]) => n)).toEqual(['test_percentile[95]']);
    expect(result.comparisons[0]?.name).toBe(`${P}test_percentile[95]`);
  });

  it('finds it against a history directory, judged by the spread between runs', () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-regression.json`), directory('history'), SETTINGS);
    expect(result.baselineFiles).toBe(5);
    expect(named(result, 'test_percentile[95]')).toMatchObject({ verdict: 'regression', method: 'history', historyRuns: 5 });
    expect(result.regressions).toBe(1);
  });

  it('calls a change past the threshold but inside the noise "within noise", not a regression', () => {
    const current = readFixture(`${RUNS}/noise-current.json`);
    const result = compareBenchmarks(current, file(readFixture(`${RUNS}/noise-baseline.json`)), SETTINGS);
    const [only] = result.comparisons;
    expect(Math.abs(only?.change ?? 0)).toBeGreaterThan(0.2);
    expect(only).toMatchObject({ verdict: 'within-noise', method: 'mann-whitney' });
    expect(only?.pValue).toBeGreaterThanOrEqual(0.05);
    expect(result).toMatchObject({ regressions: 0, maxRegression: 0 });
  });

  it('finds a real improvement', () => {
    for (const baseline of [newestWithData(), directory('history')]) {
      const result = compareBenchmarks(readFixture(`${RUNS}/current-improvement.json`), baseline, SETTINGS);
      expect(named(result, 'test_group_by')?.verdict).toBe('improvement');
      expect(result.improvements).toBeGreaterThanOrEqual(1);
      expect(result.regressions).toBe(0);
    }
  });

  it('sees runner drift: every benchmark 25% slower is the common factor, not eight regressions', () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-drift.json`), file(readFixture(`${RUNS}/current-unchanged.json`)), SETTINGS);
    expect(result.drift?.factor).toBeCloseTo(1.25, 6);
    expect(result.drift).toMatchObject({ benchmarks: 8, compared: 8 });
    for (const c of result.comparisons) {
      expect(c.change, c.name).toBeCloseTo(0.25, 6);
      expect(c.relativeChange, c.name).toBeCloseTo(0, 6);
      expect(c.verdict, c.name).toBe('unchanged');
    }
    expect(toBenchmarkReport(result)).toMatchObject({ passed: true, regressions: 0, drift: { factor: 1.25, benchmarks: 8 } });
  });

  it('judges everything 25% slower as measured when the baseline was measured in this job: the runner cannot explain it', () => {
    const base = readFixture(`${RUNS}/current-unchanged.json`);
    const result = compareBenchmarks(readFixture(`${RUNS}/current-drift.json`), { ...file(base), sameJob: true }, SETTINGS);
    expect(result).toMatchObject({ sameJob: true, regressions: 6, drift: { benchmarks: 8, compared: 8 } });
    for (const c of result.comparisons) {
      expect(c.relativeChange, c.name).toBeUndefined();
      expect(c.effectiveChange, c.name).toBeCloseTo(0.25, 6);
    }
    // The two with a dozen noisy rounds or fewer stay inside their noise (Mann-Whitney p = 0.128 and 0.456).
    expect(result.comparisons.filter((c) => c.verdict !== 'regression').map((c) => [c.name, c.verdict])).toEqual([
      ['tests/test_benchmarks.py::test_group_by', 'within-noise'],
      ['tests/test_benchmarks.py::test_parse_csv', 'within-noise'],
    ]);
    expect(toBenchmarkReport(result)).toMatchObject({ passed: false, regressions: 6, sameJob: true, drift: { factor: 1.25 } });
  });

  it('still finds a regression beyond the drift, relative to it', () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-regression-drift.json`), newestWithData(), SETTINGS);
    expect(result.drift?.factor).toBeGreaterThan(1.1);
    const worst = named(result, 'test_percentile[95]');
    expect(worst?.verdict).toBe('regression');
    expect(worst?.relativeChange).toBeLessThan(worst?.change ?? 0);
    expect(result.regressions).toBe(1);
  });

  it('keeps unchanged code free of false alarms against the history', () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-unchanged.json`), directory('history'), SETTINGS);
    expect(result.regressions).toBe(0);
    expect(result.comparisons.every((c) => c.verdict === 'unchanged' || c.verdict === 'within-noise')).toBe(true);
  });

  it('lists new and removed benchmarks without comparing them', () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-renamed.json`), directory('history'), SETTINGS);
    expect(result.comparisons.filter((c) => c.verdict === 'new').map((c) => c.name)).toEqual([`${P}test_group_by_team`, `${P}test_group_by_value`]);
    expect(result.comparisons.filter((c) => c.verdict === 'removed').map((c) => c.name)).toEqual([`${P}test_group_by`]);
    expect(result.comparisons.slice(-3).map((c) => c.verdict)).toEqual(['new', 'new', 'removed']);
    expect(named(result, 'test_group_by_team')?.baseline).toBeUndefined();
    expect(named(result, 'test_group_by_team')?.change).toBeUndefined();
  });

  it('lists everything as new on the first run', () => {
    const current = readFixture(`${RUNS}/current-unchanged.json`);
    const result = compareBenchmarks(current, undefined, SETTINGS);
    expect(result).toMatchObject({ baselineSource: undefined, baselineFiles: 0, regressions: 0 });
    expect(result.comparisons.map((c) => c.verdict)).toEqual(current.benchmarks.map(() => 'new'));
  });

  it('compares pytest-benchmark 2.5.0 files', () => {
    const [older, newer] = ['0001_b87b9aae14ff14a7887a6bbaa9731b9a8760555d_20150814_190343_uncommitted-changes.json', '0002_b87b9aae14ff14a7887a6bbaa9731b9a8760555d_20150814_190348_uncommitted-changes.json'].map((name) => readFixture(`pytest-benchmark-2.5/${name}`));
    for (const stat of ['median', 'mean', 'min', 'ops'] as const) {
      const result = compareBenchmarks(newer as BenchmarkResults, file(older as BenchmarkResults), { threshold: 0.2, stat });
      expect(result.comparisons.map((c) => c.verdict), stat).toEqual(['unchanged']);
    }
  });

  it('writes a report quality-gate reads back', () => {
    const result = compareBenchmarks(readFixture(`${RUNS}/current-regression.json`), newestWithData(), SETTINGS);
    const report = toBenchmarkReport(result);
    expect(parseBenchmarkReport(JSON.stringify(report), 'report.json')).toEqual(report);
    expect(report).toMatchObject({ schema: 'ops-actions/benchmark-compare/v1', passed: false, regressions: 1, stat: 'median', threshold: 0.2 });
    expect(report.maxRegression).toBeCloseTo((named(result, 'test_percentile[95]')?.effectiveChange ?? 0) * 100, 1);
  });
});

describe('compareBenchmarks rules', () => {
  const custom = (entries: Record<string, [number, string, string?]>): BenchmarkResults =>
    parseBenchmarkResults(JSON.stringify(Object.entries(entries).map(([name, [value, unit, range]]) => ({ name, value, unit, ...(range ? { range } : {}) }))), 'list.json');

  it('judges custom values by their ranges, and by the threshold alone without them', () => {
    const same = { e: [5, 'ms'], f: [6, 'ms'], g: [7, 'ms'] } as Record<string, [number, string]>;
    const baseline = custom({ a: [100, 'ms', '± 5'], b: [100, 'ms', '± 30'], c: [100, 'ms'], d: [1000, 'ops/s', '± 10'], ...same });
    const current = custom({ a: [130, 'ms', '± 5'], b: [130, 'ms', '± 30'], c: [0.13, 's'], d: [700, 'ops/s', '± 10'], ...same });
    const result = compareBenchmarks(current, file(baseline), SETTINGS);
    expect(result.drift).toBeUndefined();
    expect(verdicts(result)).toEqual({ a: 'regression', b: 'within-noise', c: 'regression', d: 'regression', e: 'unchanged', f: 'unchanged', g: 'unchanged' });
    expect(result.comparisons.find((c) => c.name === 'c')).toMatchObject({ method: 'none', current: 0.13, baseline: 0.1 });
    expect(result.comparisons.find((c) => c.name === 'd')?.change).toBeCloseTo(1000 / 700 - 1, 12);
  });

  it('refuses a benchmark whose unit changed, naming both files', () => {
    expect(() => compareBenchmarks(custom({ a: [100, 'MB'] }), file(custom({ a: [100, 'ms'] })), SETTINGS)).toThrow(FileError);
    expect(() => compareBenchmarks(custom({ a: [100, 'MB'] }), file(custom({ a: [100, 'ms'] })), SETTINGS)).toThrow(/"a" is measured in MB \(other\), but in s \(time\) in the baseline list\.json/);
  });

  it('compares pytest-benchmark results with a custom list of times', () => {
    const current = readFixture(`${RUNS}/noise-current.json`);
    const list = custom({ 'tests/test_noisy.py::test_resample': [0.1, 'ms'] });
    const result = compareBenchmarks(current, file(list), SETTINGS);
    expect(result.comparisons[0]).toMatchObject({ verdict: 'regression', unit: 's', baseline: 1e-4 });
  });

  it('does not call a benchmark that kept its time on a faster runner a regression', () => {
    const base = custom(Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((n) => [n, [100, 'ms'] as [number, string]])));
    const current = custom({ a: [70, 'ms'], b: [70, 'ms'], c: [70, 'ms'], d: [70, 'ms'], e: [100, 'ms'] });
    const result = compareBenchmarks(current, file(base), SETTINGS);
    expect(result.drift?.factor).toBeCloseTo(0.7, 12);
    expect(result.comparisons.find((c) => c.name === 'e')).toMatchObject({ verdict: 'unchanged' });
    expect(result.comparisons.find((c) => c.name === 'e')?.relativeChange).toBeCloseTo(100 / 70 - 1, 12);
  });
});
