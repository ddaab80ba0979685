import { describe, expect, it } from 'vitest';
import { computePytestBenchmarkStats, withinTukeyFences } from '../../src/index.js';
import { ORACLES, readFixture, savedRuns } from './fixtures.js';

const FIELDS = ['min', 'max', 'mean', 'stddev', 'rounds', 'median', 'iqr', 'q1', 'q3', 'iqr_outliers', 'stddev_outliers', 'ld15iqr', 'hd15iqr', 'ops', 'total'] as const;

describe('computePytestBenchmarkStats (pytest-benchmark stats.py)', () => {
  it.each(ORACLES.stats.map((c) => [c.data.length, c] as const))('matches pytest-benchmark’s Stats for %i rounds', (_rounds, oracle) => {
    const stats = computePytestBenchmarkStats(oracle.data);
    for (const field of FIELDS) expect(stats[field], field).toBeCloseTo(Number(oracle.expected[field]), 15);
    for (const field of FIELDS) expect(Math.abs((stats[field] ?? 0) - Number(oracle.expected[field])), field).toBeLessThanOrEqual(Math.abs(Number(oracle.expected[field])) * 1e-12);
    expect(stats.outliers).toBe(oracle.expected.outliers);
  });

  it('reproduces the stats real pytest-benchmark 3.2.2 runs wrote beside their raw data', () => {
    const files = [...savedRuns('history-data'), 'pytest-benchmark/runs/current-regression.json', 'pytest-benchmark/runs/noise-current.json'];
    let checked = 0;
    for (const file of files) {
      for (const entry of readFixture(file).benchmarks) {
        if (entry.kind !== 'pytest-benchmark' || !entry.data) throw new Error(`${file}: ${entry.name} has no data`);
        const stats = computePytestBenchmarkStats(entry.data);
        for (const field of ['min', 'max', 'mean', 'stddev', 'median', 'q1', 'q3', 'iqr', 'ops'] as const) {
          expect(Math.abs(stats[field] - entry.stats[field]), `${file} ${entry.name} ${field}`).toBeLessThanOrEqual(Math.abs(entry.stats[field]) * 1e-9);
        }
        expect(stats.rounds).toBe(entry.stats.rounds);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('keeps the rounds inside Tukey’s fences, as iqr_outliers counts them', () => {
    for (const oracle of ORACLES.stats) {
      const kept = withinTukeyFences(oracle.data);
      expect(oracle.data.length - kept.length).toBe(oracle.expected.iqr_outliers);
    }
    expect([...withinTukeyFences([1, 1.1, 0.9, 1.05, 0.95, 9])]).toEqual([0.9, 0.95, 1, 1.05, 1.1]);
  });

  it('refuses no rounds at all', () => {
    expect(() => computePytestBenchmarkStats([])).toThrow(RangeError);
  });
});
