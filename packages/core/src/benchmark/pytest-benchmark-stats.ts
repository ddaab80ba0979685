import type { PytestBenchmarkStats } from './benchmark-results.js';

/**
 * pytest-benchmark's statistics of a list of round times, computed exactly as its `Stats` class does
 * (pytest_benchmark/stats.py, 3.2.2 and 5.x alike): the sample standard deviation (`statistics.stdev`, 0 for one
 * round), the median of the rounds (`statistics.median`), and quartiles by the methods its comments cite
 * (https://en.wikipedia.org/wiki/Quartile#Computing_methods): method 3 for an odd number of rounds, method 2 (the
 * medians of each half) for an even one. `ops` is rounds / total; the outlier counts and Tukey's lowest and highest
 * datum within 1.5 IQR follow its definitions, including its `hd15iqr`, which takes the first value past the fence.
 */
export function computePytestBenchmarkStats(data: ArrayLike<number>): PytestBenchmarkStats {
  const rounds = data.length;
  if (rounds === 0) throw new RangeError('pytest-benchmark statistics need at least one round');
  const sorted = Float64Array.from(data).sort();
  let total = 0;
  for (let i = 0; i < rounds; i++) total += data[i] ?? 0;
  const mean = total / rounds;
  let squares = 0;
  for (let i = 0; i < rounds; i++) squares += ((data[i] ?? 0) - mean) ** 2;
  const stddev = rounds > 1 ? Math.sqrt(squares / (rounds - 1)) : 0;
  const [q1, q3] = quartiles(sorted);
  const iqr = q3 - q1;
  const at = (index: number): number => sorted[index] ?? Number.NaN;
  let stddevOutliers = 0;
  let iqrOutliers = 0;
  for (let i = 0; i < rounds; i++) {
    const value = data[i] ?? 0;
    if (value < mean - stddev || value > mean + stddev) stddevOutliers++;
    if (value < q1 - 1.5 * iqr || value > q3 + 1.5 * iqr) iqrOutliers++;
  }
  const highPosition = bisectRight(sorted, q3 + 1.5 * iqr);
  return {
    min: at(0),
    max: at(rounds - 1),
    mean,
    stddev,
    rounds,
    median: medianOfSorted(sorted),
    iqr,
    q1,
    q3,
    iqr_outliers: iqrOutliers,
    stddev_outliers: stddevOutliers,
    outliers: `${stddevOutliers};${iqrOutliers}`,
    ld15iqr: rounds === 1 ? at(0) : at(bisectLeft(sorted, q1 - 1.5 * iqr)),
    hd15iqr: rounds === 1 ? at(0) : highPosition === rounds ? at(rounds - 1) : at(highPosition),
    ops: total ? rounds / total : 0,
    total,
  };
}

/** pytest-benchmark's q1 and q3 of sorted rounds (method 3 for odd counts, method 2 for even ones). */
function quartiles(sorted: Float64Array): [number, number] {
  const n = sorted.length;
  const at = (index: number): number => sorted[index] ?? Number.NaN;
  if (n === 1) return [at(0), at(0)];
  if (n % 2 === 1) {
    const k = Math.floor(n / 4);
    return n % 4 === 1
      ? [0.25 * at(k - 1) + 0.75 * at(k), 0.75 * at(3 * k) + 0.25 * at(3 * k + 1)]
      : [0.75 * at(k) + 0.25 * at(k + 1), 0.25 * at(3 * k + 1) + 0.75 * at(3 * k + 2)];
  }
  return [medianOfSorted(sorted.subarray(0, n / 2)), medianOfSorted(sorted.subarray(n / 2))];
}

/** Python's `statistics.median` of sorted values: the middle one, or the mean of the two middle ones. */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const middle = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/**
 * The rounds inside Tukey's fences, [q1 - 1.5 IQR, q3 + 1.5 IQR] by pytest-benchmark's quartiles: what it counts
 * as not being an IQR outlier (`iqr_outliers`). Returned sorted.
 */
export function withinTukeyFences(data: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(data).sort();
  if (sorted.length < 2) return sorted;
  const [q1, q3] = quartiles(sorted);
  const iqr = q3 - q1;
  return sorted.subarray(bisectLeft(sorted, q1 - 1.5 * iqr), bisectRight(sorted, q3 + 1.5 * iqr));
}

/** Python's `bisect.bisect_left`: how many sorted values are below `value`. */
export function bisectLeft(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Python's `bisect.bisect_right`: how many sorted values are at most `value`. */
export function bisectRight(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (value < (sorted[middle] ?? 0)) high = middle;
    else low = middle + 1;
  }
  return low;
}
