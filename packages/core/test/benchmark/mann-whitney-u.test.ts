import { describe, expect, it } from 'vitest';
import { exactCdf, mannWhitneyMinP, mannWhitneyU } from '../../src/index.js';
import { ORACLES } from './fixtures.js';

describe('mannWhitneyU (asv/_stats.py mann_whitney_u)', () => {
  // Mann & Whitney, Ann. Math. Statist. 18, 50 (1947): P(U <= u) for m = 3, 4, 5 and n = 1..m, as asv's
  // test_mann_whitney_u_cdf checks them (rows are u, columns n; null where the table has no entry).
  const TABLES: Record<number, (number | null)[][]> = {
    3: [[0.25, 0.1, 0.05], [0.5, 0.2, 0.1], [0.75, 0.4, 0.2], [null, 0.6, 0.35], [null, null, 0.5], [null, null, 0.65]],
    4: [
      [0.2, 0.067, 0.028, 0.014], [0.4, 0.133, 0.057, 0.029], [0.6, 0.267, 0.114, 0.057], [null, 0.4, 0.2, 0.1], [null, 0.6, 0.314, 0.171],
      [null, null, 0.429, 0.243], [null, null, 0.571, 0.343], [null, null, null, 0.443], [null, null, null, 0.557],
    ],
    5: [
      [0.167, 0.047, 0.018, 0.008, 0.004], [0.333, 0.095, 0.036, 0.016, 0.008], [0.5, 0.19, 0.071, 0.032, 0.016], [0.667, 0.286, 0.125, 0.056, 0.028],
      [null, 0.429, 0.196, 0.095, 0.048], [null, 0.571, 0.286, 0.143, 0.075], [null, null, 0.393, 0.206, 0.111], [null, null, 0.5, 0.278, 0.155],
      [null, null, 0.607, 0.365, 0.21], [null, null, null, 0.452, 0.274], [null, null, null, 0.548, 0.345], [null, null, null, null, 0.421],
      [null, null, null, null, 0.5], [null, null, null, null, 0.579],
    ],
  };
  it.each([3, 4, 5])('has the exact distribution of Mann & Whitney’s table for m = %i', (m) => {
    let checked = 0;
    for (const [u, row] of (TABLES[m] ?? []).entries()) {
      for (const [column, p] of row.entries()) {
        if (p === null) continue;
        expect(Math.abs(exactCdf(m, column + 1, u) - p), `m=${m} n=${column + 1} u=${u}`).toBeLessThanOrEqual(1e-3);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('gives the p-values R’s wilcox.test(exact = TRUE) gives (asv’s test_mann_whitney_u_basic)', () => {
    expect(mannWhitneyU([1, 2, 3, 4], [0.9, 1.1, 0.7], 'exact')).toMatchObject({ u: 11 });
    expect(mannWhitneyU([1, 2, 3, 4], [0.9, 1.1, 0.7], 'exact').p).toBeCloseTo(0.11428571428571428, 12);
    expect(mannWhitneyU([1, 2], [1.5], 'exact')).toMatchObject({ u: 1, p: 1 });
    expect(mannWhitneyU([1, 2], [2.5], 'exact').u).toBe(0);
    expect(mannWhitneyU([1, 2], [2.5], 'exact').p).toBeCloseTo(2 / 3, 12);
  });

  it.each(ORACLES.mannWhitney.map((c) => [c.method, c.x.length, c.y.length, c] as const))(
    'matches scipy.stats.mannwhitneyu (%s, %i vs %i)',
    (method, _m, _n, oracle) => {
      const result = mannWhitneyU(oracle.x, oracle.y);
      expect(result.method).toBe(method);
      expect(result.u).toBe(oracle.u);
      // asv's normal approximation is scipy's asymptotic one without continuity correction, to rounding.
      expect(Math.abs(result.p - oracle.p)).toBeLessThanOrEqual(Math.max(1e-12, oracle.p * 1e-9));
    },
  );

  it('breaks ties conservatively, towards no difference', () => {
    // Identical samples: every pair ties, which asv resolves to U = m n / 2 and p = 1.
    const same = mannWhitneyU([1, 1, 1, 1, 1], [1, 1, 1, 1, 1]);
    expect(same.u).toBe(12);
    expect(same.p).toBeCloseTo(1, 12);
    // Timer resolution makes ties in fast benchmarks: they never make a difference look bigger.
    const tied = mannWhitneyU([1, 2, 2, 3, 3, 3], [2, 3, 3, 4, 4, 5]);
    const untied = mannWhitneyU([1, 1.9, 1.95, 2.9, 2.95, 2.99], [2, 3, 3.01, 4, 4, 5]);
    expect(tied.p).toBeGreaterThanOrEqual(untied.p);
  });

  it('counts the same pairs as asv’s double loop on thousands of rounds, fast', () => {
    const x = Array.from({ length: 1500 }, (_, i) => ((i * 7919) % 1501) / 1501);
    const y = Array.from({ length: 1200 }, (_, i) => ((i * 104729) % 1201) / 1201 + 0.01);
    let u = 0;
    for (const a of x) for (const b of y) if (a > b) u++;
    const result = mannWhitneyU(x, y);
    expect(result.method).toBe('normal');
    expect(Math.min(result.u, x.length * y.length - result.u)).toBe(Math.min(u, x.length * y.length - u));
  });

  it('knows the smallest p-value a sample size can give (asv’s p_min)', () => {
    expect(mannWhitneyMinP(5, 5)).toBeCloseTo(1 / 252, 15);
    expect(mannWhitneyMinP(3, 3)).toBeCloseTo(1 / 20, 15);
    expect(mannWhitneyMinP(6, 6)).toBeLessThan(0.002);
    expect(mannWhitneyMinP(2000, 2000)).toBe(0);
  });

  it('refuses empty samples and exact tables past 50 a side', () => {
    expect(() => mannWhitneyU([], [1])).toThrow(RangeError);
    expect(() => mannWhitneyU(Array(60).fill(1) as number[], [1], 'exact')).toThrow(/50 values a side/);
  });
});
