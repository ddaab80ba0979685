/**
 * Benchmark results as benchmark-compare reads them, whatever file they came from: pytest-benchmark JSON (any
 * version) or a list of `{name, unit, value, range?}` entries (github-action-benchmark's custom formats).
 */

/** The statistic that is compared (the `stat` input). */
export type BenchmarkStat = 'median' | 'mean' | 'min' | 'ops';
export const BENCHMARK_STATS: readonly BenchmarkStat[] = ['median', 'mean', 'min', 'ops'];

/** What a value measures: it decides which direction is slower and how units convert. */
export type BenchmarkQuantity =
  /** A duration (seconds): bigger is slower. */
  | 'time'
  /** A rate (`ops/s`, `MB/s`): smaller is slower. */
  | 'throughput'
  /** Anything else (`Megabytes`, `Percent`): bigger is worse, as github-action-benchmark's customSmallerIsBetter. */
  | 'other';

/**
 * pytest-benchmark's statistics of one benchmark (its `stats` object), times in seconds per iteration. Every
 * version writes these fields except `ops` and `total` (added in 3.1.0: filled in as pytest-benchmark's own
 * `normalize_stats` does, `ops = 1 / mean`) and the outlier fields.
 */
export interface PytestBenchmarkStats {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly stddev: number;
  readonly rounds: number;
  readonly median: number;
  readonly iqr: number;
  readonly q1: number;
  readonly q3: number;
  readonly ops: number;
  readonly iterations?: number;
  readonly total?: number;
  readonly iqr_outliers?: number;
  readonly stddev_outliers?: number;
  readonly outliers?: string;
  readonly ld15iqr?: number;
  readonly hd15iqr?: number;
}

/** One benchmark of a pytest-benchmark file. */
export interface PytestBenchmarkEntry {
  readonly kind: 'pytest-benchmark';
  /** Its `fullname` (`tests/test_x.py::test_sort[100]`): the name it is matched by. */
  readonly name: string;
  readonly group: string | undefined;
  readonly stats: PytestBenchmarkStats;
  /** Every round's time per iteration, in seconds: `--benchmark-json` always writes them, saved runs only with `--benchmark-save-data`. */
  readonly data: Float64Array | undefined;
}

/** One `{name, unit, value, range?}` entry, its value converted to the unit's base (seconds, per second). */
export interface CustomBenchmarkEntry {
  readonly kind: 'custom';
  readonly name: string;
  readonly quantity: BenchmarkQuantity;
  /** The unit after conversion: `s` for times, `<what>/s` for rates, else the unit as written. */
  readonly unit: string;
  readonly value: number;
  /** Half the width of the value's spread (`range: "± 3"`), in the same unit; undefined when not given or not a number. */
  readonly range: number | undefined;
}

export type BenchmarkEntry = PytestBenchmarkEntry | CustomBenchmarkEntry;

/** One results file. */
export interface BenchmarkResults {
  readonly path: string;
  readonly format: 'pytest-benchmark' | 'custom';
  /** pytest-benchmark's `version`, when the file says. */
  readonly version: string | undefined;
  /** When the run happened (the file's `datetime`, ISO 8601), when the file says. */
  readonly datetime: string | undefined;
  /** The commit the run measured (`commit_info.id`), when the file says. */
  readonly commit: string | undefined;
  readonly benchmarks: readonly BenchmarkEntry[];
}

/** The value compared for an entry: the chosen statistic of a pytest-benchmark entry, a custom entry's value. */
export function statValue(entry: BenchmarkEntry, stat: BenchmarkStat): number {
  if (entry.kind === 'custom') return entry.value;
  return entry.stats[stat];
}

/** What the compared value measures: `ops` is a rate, the other statistics times. */
export function statQuantity(entry: BenchmarkEntry, stat: BenchmarkStat): BenchmarkQuantity {
  if (entry.kind === 'custom') return entry.quantity;
  return stat === 'ops' ? 'throughput' : 'time';
}

/** A run's `datetime` as a time: pytest-benchmark writes UTC without a zone (`datetime.utcnow().isoformat()`). */
export function parseRunTime(datetime: string | undefined): Date | undefined {
  if (datetime === undefined) return undefined;
  const parsed = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(datetime) ? datetime : `${datetime}Z`);
  return Number.isNaN(parsed) ? undefined : new Date(parsed);
}
