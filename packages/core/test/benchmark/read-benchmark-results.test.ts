import { describe, expect, it } from 'vitest';
import { FileError, parseBenchmarkResults, parseRange, statValue } from '../../src/index.js';
import { fixtureText, readFixture, savedRuns } from './fixtures.js';

const OLD = 'pytest-benchmark-2.5/0001_b87b9aae14ff14a7887a6bbaa9731b9a8760555d_20150814_190343_uncommitted-changes.json';

describe('parseBenchmarkResults', () => {
  it('reads --benchmark-json of pytest-benchmark 3.2.2 with the raw timings', () => {
    const results = readFixture('pytest-benchmark/runs/current-unchanged.json');
    expect(results).toMatchObject({ format: 'pytest-benchmark', version: '3.2.2', commit: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown });
    expect(results.benchmarks.map((b) => b.name)).toContain('tests/test_benchmarks.py::test_mean[100]');
    for (const entry of results.benchmarks) {
      if (entry.kind !== 'pytest-benchmark') throw new Error('not pytest-benchmark');
      expect(entry.data?.length, entry.name).toBe(entry.stats.rounds);
      expect(entry.stats.ops).toBeGreaterThan(0);
    }
  });

  it('reads a saved run without raw timings (--benchmark-autosave without --benchmark-save-data)', () => {
    const [first] = savedRuns('history');
    const results = readFixture(first ?? '');
    expect(results.benchmarks.every((b) => b.kind === 'pytest-benchmark' && b.data === undefined)).toBe(true);
    expect(results.datetime).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('reads pytest-benchmark 2.5.0 files, filling in ops as pytest-benchmark’s normalize_stats does', () => {
    const results = readFixture(OLD);
    expect(results.version).toBe('2.5.0');
    const [entry] = results.benchmarks;
    if (entry?.kind !== 'pytest-benchmark') throw new Error('not read');
    expect(entry.name).toBe('tests/test_normal.py::test_xfast_parametrized[0]');
    expect(entry.stats.ops).toBeCloseTo(1 / entry.stats.mean, 6);
    expect(statValue(entry, 'median')).toBe(2.2016643907464864e-7);
    expect(entry.stats.iterations).toBe(418);
  });

  it('reads github-action-benchmark’s custom lists, converting units', () => {
    const times = readFixture('github-action-benchmark/customSmallerIsBetter_output2.json');
    expect(times.format).toBe('custom');
    expect(times.benchmarks[0]).toEqual({ kind: 'custom', name: 'No instrumentation', quantity: 'time', unit: 's', value: 90.9439e-9, range: 0.519165e-9 });
    const bigger = readFixture('github-action-benchmark/customBiggerIsBetter_output.json');
    expect(bigger.benchmarks[0]).toMatchObject({ quantity: 'throughput', unit: 'req/s', value: 70, range: undefined });
    expect(bigger.benchmarks[1]).toMatchObject({ quantity: 'other', unit: 'Megabytes', value: 150, range: 3 });
    const percent = readFixture('github-action-benchmark/customSmallerIsBetter_output.json');
    expect(percent.benchmarks[0]).toMatchObject({ unit: 'Percent', value: 50, range: 2.5 });
  });

  it('names what a file is not', () => {
    const bad = (text: string): string => {
      try {
        parseBenchmarkResults(text, 'bench.json');
      } catch (error) {
        expect(error).toBeInstanceOf(FileError);
        return (error as Error).message;
      }
      throw new Error('no error');
    };
    expect(bad('{"benchmarks": [')).toMatch(/^bench\.json: is not JSON/);
    expect(bad('{"tests": []}')).toMatch(/is not benchmark results: expected pytest-benchmark JSON/);
    expect(bad(fixtureText('oracles/oracles.json'))).toMatch(/is not benchmark results/);
    expect(bad('{"schema": "ops-actions/benchmark-compare/v1", "comparisons": []}')).toMatch(/is the report benchmark-compare writes/);
    expect(bad('{"benchmarks": []}')).toMatch(/holds no benchmarks/);
    expect(bad('{"benchmarks": [{"fullname": "t", "stats": {"min": 1}}]}')).toMatch(/"t": its stats have no valid "max"/);
    expect(bad('{"benchmarks": [{"fullname": "t", "stats": {"data": [1, "x"]}}]}')).toMatch(/round 2 of its "data" is not a time/);
    expect(bad('[{"name": "a", "unit": "ms"}]')).toMatch(/"a": "value" must be a number/);
    expect(bad('[{"name": "a", "value": 1}]')).toMatch(/"a" has no "unit"/);
    expect(bad('[{"name": "a", "unit": "ms", "value": 1}, {"name": "a", "unit": "ms", "value": 2}]')).toMatch(/lists "a" twice/);
    expect(bad('[]')).toMatch(/empty list/);
  });

  it('computes the stats from the raw data when a file has only data', () => {
    const results = parseBenchmarkResults('{"benchmarks": [{"fullname": "t", "stats": {"data": [3, 1, 2]}}]}', 'b.json');
    expect(results.benchmarks[0]).toMatchObject({ stats: { median: 2, min: 1, max: 3, rounds: 3 } });
  });
});

describe('parseRange', () => {
  it('reads the forms benchmark tools write, and ignores free text', () => {
    expect(parseRange('± 3', 10)).toBe(3);
    expect(parseRange('+- 0.5', 10)).toBe(0.5);
    expect(parseRange('+/-2', 10)).toBe(2);
    expect(parseRange('stddev: 0.25', 10)).toBe(0.25);
    expect(parseRange('5%', 10)).toBe(0.5);
    expect(parseRange(0.519165, 10)).toBe(0.519165);
    expect(parseRange('3 runs', 10)).toBeUndefined();
    expect(parseRange(undefined, 10)).toBeUndefined();
  });
});
