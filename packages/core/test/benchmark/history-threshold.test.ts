import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { describe, expect, it } from 'vitest';
import { removeRunFactors, testAgainstHistory } from '../../src/index.js';
import { ORACLES } from './fixtures.js';

describe('Student’s t (the distribution Bencher’s t-test threshold uses)', () => {
  it.each(ORACLES.studentT.map((c) => [c.t, c.df, c.cdf] as const))('cdf(%f, %i) is scipy’s', (t, df, cdf) => {
    expect(tCdf(t, df)).toBeCloseTo(cdf, 12);
  });

  it('puts Bencher’s own test limit at its boundary (bencher_boundary T_LIMIT: 0.85 quantile, 5 degrees of freedom)', () => {
    expect(tCdf(1.1557673428942912, 5)).toBeCloseTo(0.85, 12);
  });
});

describe('testAgainstHistory', () => {
  it.each(ORACLES.history.map((c) => [c.history.length, c] as const))('matches Bencher’s formula on %i runs, computed with scipy', (_runs, oracle) => {
    const test = testAgainstHistory(oracle.history, oracle.current, true);
    expect(test.centre).toBeCloseTo(oracle.centre, 12);
    expect(test.spread).toBeCloseTo(oracle.spread, 12);
    expect(test.pSlower).toBeCloseTo(oracle.pSlower, 10);
    expect(test.pFaster).toBeCloseTo(oracle.pFaster, 10);
  });

  it('turns the direction around for rates, where smaller is slower', () => {
    const history = [100, 104, 98, 101, 97];
    expect(testAgainstHistory(history, 60, false).pSlower).toBeLessThan(0.001);
    expect(testAgainstHistory(history, 60, true).pFaster).toBeLessThan(0.001);
  });

  it('calls any difference outside a history without spread', () => {
    expect(testAgainstHistory([2, 2, 2, 2, 2], 2.5, true)).toMatchObject({ pSlower: 0, pFaster: 1, spread: 0 });
    expect(testAgainstHistory([2, 2, 2, 2, 2], 2, true)).toMatchObject({ pSlower: 0.5, pFaster: 0.5 });
  });
});

describe('removeRunFactors', () => {
  it('takes out each run’s common factor, keeping every benchmark’s own differences', () => {
    const run = (factor: number, own: Record<string, number> = {}): Map<string, number> =>
      new Map(['a', 'b', 'c', 'd', 'e'].map((name, index) => [name, (index + 1) * factor * (own[name] ?? 1)]));
    const { runs, factors } = removeRunFactors([run(1), run(1.3), run(0.8, { e: 1.5 })], 4);
    expect(factors[1]! / factors[0]!).toBeCloseTo(1.3, 12);
    expect(factors[2]! / factors[0]!).toBeCloseTo(0.8, 12);
    for (const name of ['a', 'b', 'c', 'd']) {
      expect(runs[1]!.get(name)! / runs[0]!.get(name)!, name).toBeCloseTo(1, 12);
      expect(runs[2]!.get(name)! / runs[0]!.get(name)!, name).toBeCloseTo(1, 12);
    }
    expect(runs[2]!.get('e')! / runs[0]!.get('e')!).toBeCloseTo(1.5, 12);
  });

  it('leaves runs with too few benchmarks to tell a factor as they are', () => {
    const { runs, factors } = removeRunFactors([new Map([['a', 1], ['b', 2]]), new Map([['a', 2], ['b', 4]])], 4);
    expect(factors).toEqual([1, 1]);
    expect(runs[1]!.get('a')).toBe(2);
  });
});
