import tCdf from '@stdlib/stats-base-dists-t-cdf';

/** The newest results files a baseline directory contributes to the history: the newest one and 19 before it. */
export const HISTORY_WINDOW = 20;
/** A benchmark needs this many of the window's files for the history test; with fewer, the newest file decides alone. */
export const HISTORY_MIN_RUNS = 5;
/** Bencher's default-style upper boundary: a value past the 99th percentile of the history's distribution. */
export const HISTORY_BOUNDARY = 0.99;

/** Where the current value lies against earlier runs of the same benchmark. */
export interface HistoryTest {
  /** How many earlier runs. */
  readonly runs: number;
  /** The history's centre: the geometric mean of its values (the log-normal model's baseline). */
  readonly centre: number;
  /** The spread of the logarithms (population standard deviation, as Bencher computes it). */
  readonly spread: number;
  /** P(a run at least this slow | no change): past 1 - boundary, the current value is above the upper limit. */
  readonly pSlower: number;
  /** P(a run at least this fast | no change). */
  readonly pFaster: number;
}

/**
 * Bencher's Student's t-test threshold (bencher_boundary: the mean and population standard deviation of the
 * historical values, a t distribution with n - 1 degrees of freedom scaled by them, and an alert past the upper
 * boundary's quantile), applied to the logarithms of the values: timings are multiplicative, and the logarithm
 * is how Bencher's log-normal test models them. `bigger` is the direction that is slower (times: bigger; rates:
 * smaller); the values must be positive. With no spread at all, any difference is outside it.
 */
export function testAgainstHistory(history: readonly number[], current: number, slowerIsBigger: boolean): HistoryTest {
  const logs = history.map((value) => Math.log(value));
  const runs = logs.length;
  const mean = logs.reduce((sum, value) => sum + value, 0) / runs;
  const spread = Math.sqrt(logs.reduce((sum, value) => sum + (value - mean) ** 2, 0) / runs);
  const distance = Math.log(current) - mean;
  let below: number;
  if (spread === 0 || runs < 2) below = distance > 0 ? 1 : distance < 0 ? 0 : 0.5;
  else below = tCdf(distance / spread, runs - 1);
  const pBigger = 1 - below;
  return {
    runs,
    centre: Math.exp(mean),
    spread,
    pSlower: slowerIsBigger ? pBigger : below,
    pFaster: slowerIsBigger ? below : pBigger,
  };
}

/**
 * Pure: removes each earlier run's common factor from its values, so that the spread between runs is each
 * benchmark's own and not the runner's speed that day (which the drift check handles for the current run).
 * `runs` holds each run's time ratios' logarithm base: values where bigger is slower (times, or 1 / rate), by
 * benchmark name. A run's factor is the median, over its benchmarks, of how far each is from that benchmark's
 * mean over the runs (in logarithms); runs sharing fewer than DRIFT_MIN_BENCHMARKS benchmarks keep their values.
 */
export function removeRunFactors(runs: readonly ReadonlyMap<string, number>[], minBenchmarks: number): { runs: Map<string, number>[]; factors: number[] } {
  const sums = new Map<string, { total: number; count: number }>();
  for (const run of runs) {
    for (const [name, value] of run) {
      const entry = sums.get(name) ?? { total: 0, count: 0 };
      entry.total += Math.log(value);
      entry.count++;
      sums.set(name, entry);
    }
  }
  const factors: number[] = [];
  const normalised = runs.map((run) => {
    const offsets = [...run]
      .filter(([name]) => (sums.get(name)?.count ?? 0) > 1)
      .map(([name, value]) => {
        const entry = sums.get(name) ?? { total: 0, count: 1 };
        return Math.log(value) - entry.total / entry.count;
      })
      .sort((a, b) => a - b);
    const middle = Math.floor(offsets.length / 2);
    const offset = offsets.length < minBenchmarks ? 0 : offsets.length % 2 === 1 ? (offsets[middle] ?? 0) : ((offsets[middle - 1] ?? 0) + (offsets[middle] ?? 0)) / 2;
    factors.push(Math.exp(offset));
    return new Map([...run].map(([name, value]) => [name, value / Math.exp(offset)]));
  });
  return { runs: normalised, factors };
}
