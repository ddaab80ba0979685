import { FileError } from '../errors.js';
import { describeJsonError } from '../text/describe-json-error.js';

/**
 * The JSON report that `benchmark-compare` writes (its `report` output) and `quality-gate`'s
 * `benchmark` input reads: every comparison with its verdict. The schema is versioned by `schema`;
 * a reader refuses other versions rather than guessing.
 */
export const BENCHMARK_REPORT_SCHEMA = 'ops-actions/benchmark-compare/v1';

/** What one benchmark's comparison concluded. */
export type BenchmarkVerdict =
  /** Slower past the threshold and past the noise. */
  | 'regression'
  /** Faster past the threshold and past the noise. */
  | 'improvement'
  /** Past the threshold, but the change is inside the two runs' noise. */
  | 'within-noise'
  /** Within the threshold. */
  | 'unchanged'
  /** Only in the current results. */
  | 'new'
  /** Only in the baseline. */
  | 'removed';

export const BENCHMARK_VERDICTS: readonly BenchmarkVerdict[] = ['regression', 'improvement', 'within-noise', 'unchanged', 'new', 'removed'];

/** One benchmark, matched by its full name. Times are in seconds; `ops` in operations per second. */
export interface BenchmarkComparison {
  /** pytest-benchmark's `fullname` (parametrization included), or the `name` of a custom entry. */
  readonly name: string;
  readonly verdict: BenchmarkVerdict;
  /** The statistic compared (`median`, `mean`, `min`, `ops`) in the baseline and now; absent for new/removed. */
  readonly baseline?: number;
  readonly current?: number;
  /** `current / baseline - 1` for times (0.25 = 25% slower); for `ops`, `baseline / current - 1`, so positive is always slower. */
  readonly change?: number;
  /** How noise was judged: `mann-whitney` (raw timings), `spread` (IQR or stddev overlap), `history` (earlier runs), `none`. */
  readonly method?: string;
  /** The test's p-value when a statistical test decided. */
  readonly pValue?: number;
  /** When the runner drifted: the change relative to the common factor, which the verdict used. */
  readonly relativeChange?: number;
  /** The unit of `baseline` and `current`: `s`, `ops/s`, or a custom entry's unit. */
  readonly unit?: string;
  /** With `method: history`: how many earlier runs the baseline is the geometric mean of. */
  readonly historyRuns?: number;
}

/** The whole report. */
export interface BenchmarkReport {
  readonly schema: typeof BENCHMARK_REPORT_SCHEMA;
  /** False when a regression was found (whether or not the step failed on it). */
  readonly passed: boolean;
  /** The threshold as a fraction (0.2 for `20%`). */
  readonly threshold: number;
  readonly stat: string;
  readonly regressions: number;
  readonly improvements: number;
  /** The largest slowdown among regressions, in percent (0 when none). */
  readonly maxRegression: number;
  /** When most benchmarks moved together: the common factor (1.18 = everything 18% slower). */
  readonly drift?: { readonly factor: number; readonly benchmarks: number };
  /** True when the baseline was measured in the same job on the same machine (drift, if any, is the code's). */
  readonly sameJob?: boolean;
  /** Where the baseline was read (a path, or `<ref>:<path>`); absent on the first run, when there was none. */
  readonly baselineSource?: string;
  /** How many baseline files were read: 1 for a file, up to 20 for a directory, 0 when there was no baseline. */
  readonly baselineFiles?: number;
  readonly comparisons: readonly BenchmarkComparison[];
}

/** Reads a benchmark-compare report; anything else is a FileError that says what the file is not. */
export function parseBenchmarkReport(text: string, path: string): BenchmarkReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FileError(path, `is not JSON${describeJsonError(text, error)}; expected the report benchmark-compare writes`, undefined, { cause: error });
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (record.schema !== BENCHMARK_REPORT_SCHEMA) {
    const hint = Array.isArray(record.benchmarks) ? ' It looks like pytest-benchmark results: give it to benchmark-compare, and its `report` output here.' : '';
    throw new FileError(path, `is not a benchmark-compare report (its "schema" is ${JSON.stringify(record.schema ?? null)}, expected "${BENCHMARK_REPORT_SCHEMA}").${hint}`);
  }
  const comparisons = record.comparisons;
  if (!Array.isArray(comparisons)) throw new FileError(path, 'has no "comparisons" list');
  for (const [index, item] of comparisons.entries()) {
    const entry = (item ?? {}) as Record<string, unknown>;
    if (typeof entry.name !== 'string' || !BENCHMARK_VERDICTS.includes(entry.verdict as BenchmarkVerdict)) {
      throw new FileError(path, `comparison ${index} needs a "name" and a "verdict" (one of ${BENCHMARK_VERDICTS.join(', ')})`);
    }
  }
  for (const key of ['passed'] as const) if (typeof record[key] !== 'boolean') throw new FileError(path, `"${key}" must be true or false`);
  for (const key of ['threshold', 'regressions', 'improvements', 'maxRegression'] as const) {
    if (typeof record[key] !== 'number' || !Number.isFinite(record[key])) throw new FileError(path, `"${key}" must be a number`);
  }
  return record as unknown as BenchmarkReport;
}
