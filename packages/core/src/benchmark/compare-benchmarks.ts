import { FileError } from '../errors.js';
import type { BenchmarkComparison, BenchmarkReport, BenchmarkVerdict } from './benchmark-report.js';
import { BENCHMARK_REPORT_SCHEMA } from './benchmark-report.js';
import type { BenchmarkEntry, BenchmarkQuantity, BenchmarkResults, BenchmarkStat } from './benchmark-results.js';
import { statQuantity, statValue } from './benchmark-results.js';
import { sameUnit } from './benchmark-units.js';
import type { RunnerDrift } from './detect-drift.js';
import { DRIFT_MIN_BENCHMARKS, detectDrift } from './detect-drift.js';
import { HISTORY_BOUNDARY, HISTORY_MIN_RUNS, removeRunFactors, testAgainstHistory } from './history-threshold.js';
import { mannWhitneyMinP, mannWhitneyU } from './mann-whitney-u.js';
import { withinTukeyFences } from './pytest-benchmark-stats.js';

/** The two-sided significance level of the Mann-Whitney U test. */
export const MANN_WHITNEY_ALPHA = 0.05;

/** The baseline: the newest earlier results, and the window of earlier files it belongs to (newest first). */
export interface BenchmarkBaseline {
  /** Where it was read: a path, or `<ref>:<path>`. */
  readonly source: string;
  readonly newest: BenchmarkResults;
  /** The newest files of the baseline directory, newest first, `newest` included; just `[newest]` for a file. */
  readonly history: readonly BenchmarkResults[];
  /**
   * The baseline was measured in this job, on this machine, just before the current results (the template runs the
   * base's benchmarks, then the head's): a common factor is then the code's, not the runner's.
   */
  readonly sameJob?: boolean;
}

export interface CompareSettings {
  /** A slowdown past this fraction is a regression (0.2 for `20%`). */
  readonly threshold: number;
  readonly stat: BenchmarkStat;
}

/** How the noise of one comparison was judged. */
export type NoiseMethod = 'mann-whitney' | 'spread' | 'history' | 'none';

/** One benchmark's comparison, with what the summary shows beyond the report. */
export interface BenchmarkComparisonDetail extends BenchmarkComparison {
  readonly quantity: BenchmarkQuantity;
  /** `s`, `ops/s`, or a custom entry's unit. */
  readonly unit: string;
  /** The change the verdict used: relative to the common factor when the runner drifted, else `change`. */
  readonly effectiveChange?: number;
  readonly method?: NoiseMethod;
  /** For the history test: how many earlier runs. */
  readonly historyRuns?: number;
  /** Why the noise test said what it said, in a few words (`p = 0.0004`, `IQRs overlap`). */
  readonly noiseNote?: string;
}

/** Everything a comparison found. */
export interface BenchmarkComparisonResult {
  readonly settings: CompareSettings;
  readonly baselineSource: string | undefined;
  /** How many baseline files were read (1 for a file; up to the window for a directory; 0 on the first run). */
  readonly baselineFiles: number;
  /** Most benchmarks moved together. Unless `sameJob`, each change was judged relative to its factor. */
  readonly drift: RunnerDrift | undefined;
  /** The baseline was measured in this job on this machine: drift, if any, was the code's, and changes were judged as measured. */
  readonly sameJob: boolean;
  /** Sorted by severity: regressions (largest first), within noise, improvements, unchanged, then new and removed. */
  readonly comparisons: readonly BenchmarkComparisonDetail[];
  readonly regressions: number;
  readonly improvements: number;
  /** The largest slowdown among regressions, in percent; 0 when none. */
  readonly maxRegression: number;
}

/**
 * Pure: compares each current benchmark with the baseline's of the same name. A change is a regression only when
 * it is past the threshold and past the noise:
 * - with at least HISTORY_MIN_RUNS earlier runs of the benchmark in the baseline directory, the current value
 *   against their spread (Bencher's t-test threshold on logarithms, upper boundary 0.99), the baseline being their
 *   geometric mean: the spread between runs holds each run's own noise too. Each earlier run's common factor (the
 *   runner's speed that day) is taken out first, as drift is for the current run;
 * - else, with every round's time on both sides (`data`), asv's Mann-Whitney U test at p < 0.05, on the rounds
 *   inside Tukey's fences for the median and min (which ignore outlier rounds) and on every round for the mean and
 *   ops, and only when the sample sizes can reach that level (asv's rule);
 * - else the spreads must not overlap: pytest-benchmark's IQR (q1..q3) for the median and min, mean ± stddev for
 *   the mean and ops, value ± range for custom entries (no range: the threshold alone decides).
 * When most benchmarks moved together (detectDrift), each change is judged relative to the common factor too: a
 * regression is past the threshold both as measured and relative to the drift. Not when the baseline was measured
 * in this job (`baseline.sameJob`): the runner was the same, so the common factor is the code's, and each change
 * is judged as measured.
 * Different units for one name are a FileError on the current file.
 */
export function compareBenchmarks(current: BenchmarkResults, baseline: BenchmarkBaseline | undefined, settings: CompareSettings): BenchmarkComparisonResult {
  if (baseline === undefined) {
    const comparisons = current.benchmarks.map((entry) => newComparison(entry, settings.stat));
    return { settings, baselineSource: undefined, baselineFiles: 0, drift: undefined, sameJob: false, comparisons, regressions: 0, improvements: 0, maxRegression: 0 };
  }
  const baseEntries = new Map(baseline.newest.benchmarks.map((entry) => [entry.name, entry]));
  const history = collectHistory(baseline, settings.stat);
  const pairs: Pair[] = [];
  for (const entry of current.benchmarks) {
    const base = baseEntries.get(entry.name);
    if (base === undefined) continue;
    pairs.push(preparePair(entry, base, history.get(entry.name) ?? [], baseline, settings, current.path));
  }
  const drift = detectDrift(
    pairs.filter((pair) => pair.quantity !== 'other').map((pair) => pair.slowdown),
    settings.threshold,
  );
  // Measured in this job on this machine, the base and the head saw the same runner: what moved them all is the code.
  const sameJob = baseline.sameJob === true;
  const compared = pairs.map((pair) => judge(pair, sameJob ? undefined : drift, settings));
  const currentNames = new Set(current.benchmarks.map((entry) => entry.name));
  const added = current.benchmarks.filter((entry) => !baseEntries.has(entry.name)).map((entry) => newComparison(entry, settings.stat));
  const removed = baseline.newest.benchmarks
    .filter((entry) => !currentNames.has(entry.name))
    .map((entry): BenchmarkComparisonDetail => ({ name: entry.name, verdict: 'removed', baseline: statValue(entry, settings.stat), quantity: statQuantity(entry, settings.stat), unit: unitOf(entry, settings.stat) }));
  const regressions = compared.filter((c) => c.verdict === 'regression');
  return {
    settings,
    baselineSource: baseline.source,
    baselineFiles: baseline.history.length,
    drift,
    sameJob,
    comparisons: [...sortBySeverity(compared), ...added, ...removed],
    regressions: regressions.length,
    improvements: compared.filter((c) => c.verdict === 'improvement').length,
    maxRegression: regressions.reduce((max, c) => Math.max(max, (c.effectiveChange ?? 0) * 100), 0),
  };
}

/** A matched benchmark, its values and its history, before the verdict. */
interface Pair {
  readonly name: string;
  readonly current: BenchmarkEntry;
  readonly base: BenchmarkEntry;
  readonly quantity: BenchmarkQuantity;
  readonly unit: string;
  readonly currentValue: number;
  /** The newest baseline file's value, or the history's centre. */
  readonly baseValue: number;
  /** Earlier values (newest file included) when there are enough for the history test. */
  readonly history: readonly number[] | undefined;
  /** The time ratio: above 1 when slower, whichever way the quantity goes. */
  readonly slowdown: number;
}

/**
 * Each benchmark's values in the baseline window (the newest file included), in the newest file's unit, with each
 * run's common factor removed from times and rates (removeRunFactors): the spread left is the benchmark's own.
 */
function collectHistory(baseline: BenchmarkBaseline, stat: BenchmarkStat): Map<string, number[]> {
  const kinds = new Map(baseline.newest.benchmarks.map((entry) => [entry.name, { quantity: statQuantity(entry, stat), canonical: unitOf(entry, stat) }]));
  const runs = baseline.history.map((file) => {
    const run = new Map<string, number>();
    for (const entry of file.benchmarks) {
      const kind = kinds.get(entry.name);
      const value = statValue(entry, stat);
      if (kind && value > 0 && sameUnit(kind, { quantity: statQuantity(entry, stat), canonical: unitOf(entry, stat) })) run.set(entry.name, value);
    }
    return run;
  });
  const quantity = (name: string): BenchmarkQuantity => kinds.get(name)?.quantity ?? 'other';
  // Bigger is slower for both: times as they are, rates inverted.
  const timeLike = runs.map((run) => new Map([...run].filter(([name]) => quantity(name) !== 'other').map(([name, value]) => [name, quantity(name) === 'throughput' ? 1 / value : value])));
  const normalised = removeRunFactors(timeLike, DRIFT_MIN_BENCHMARKS).runs;
  const history = new Map<string, number[]>();
  runs.forEach((run, index) => {
    for (const [name, value] of run) {
      const adjusted = normalised[index]?.get(name);
      const kept = quantity(name) === 'other' || adjusted === undefined ? value : quantity(name) === 'throughput' ? 1 / adjusted : adjusted;
      history.set(name, [...(history.get(name) ?? []), kept]);
    }
  });
  return history;
}

function preparePair(current: BenchmarkEntry, base: BenchmarkEntry, history: readonly number[], baseline: BenchmarkBaseline, settings: CompareSettings, currentPath: string): Pair {
  const quantity = statQuantity(current, settings.stat);
  const unit = unitOf(current, settings.stat);
  const baseQuantity = statQuantity(base, settings.stat);
  const baseUnit = unitOf(base, settings.stat);
  if (!sameUnit({ quantity, canonical: unit }, { quantity: baseQuantity, canonical: baseUnit })) {
    throw new FileError(currentPath, `"${current.name}" is measured in ${unit} (${quantity}), but in ${baseUnit} (${baseQuantity}) in the baseline ${baseline.newest.path}: the units must match`);
  }
  const useHistory = history.length >= HISTORY_MIN_RUNS;
  const currentValue = statValue(current, settings.stat);
  const baseValue = useHistory ? testAgainstHistory(history, currentValue, quantity !== 'throughput').centre : statValue(base, settings.stat);
  return {
    name: current.name,
    current,
    base,
    quantity,
    unit,
    currentValue,
    baseValue,
    history: useHistory ? history : undefined,
    slowdown: slowdownOf(baseValue, currentValue, quantity),
  };
}

/** current / baseline for times and other values, baseline / current for rates; 0 against 0 is no change. */
function slowdownOf(base: number, current: number, quantity: BenchmarkQuantity): number {
  if (base === current) return 1;
  return quantity === 'throughput' ? base / current : current / base;
}

function judge(pair: Pair, drift: RunnerDrift | undefined, settings: CompareSettings): BenchmarkComparisonDetail {
  const factor = drift !== undefined && pair.quantity !== 'other' ? drift.factor : 1;
  const change = pair.slowdown - 1;
  const effective = pair.slowdown / factor - 1;
  // Under drift both must be past the threshold: on a faster runner a benchmark that kept its time is not a
  // regression, on a slower one a benchmark that kept its time is not an improvement.
  const t = settings.threshold;
  const direction = change > t && effective > t ? 'slower' : change < -t && effective < -t ? 'faster' : undefined;
  const noise = direction === undefined ? undefined : testNoise(pair, factor, direction, settings.stat);
  const verdict: BenchmarkVerdict =
    direction === undefined ? 'unchanged' : !noise?.significant ? 'within-noise' : direction === 'slower' ? 'regression' : 'improvement';
  return {
    name: pair.name,
    verdict,
    baseline: pair.baseValue,
    current: pair.currentValue,
    ...(Number.isFinite(change) ? { change } : {}),
    ...(factor !== 1 && Number.isFinite(effective) ? { relativeChange: effective } : {}),
    ...(Number.isFinite(effective) ? { effectiveChange: effective } : {}),
    ...(noise ? { method: noise.method, noiseNote: noise.note, ...(noise.pValue !== undefined ? { pValue: noise.pValue } : {}) } : {}),
    ...(pair.history ? { historyRuns: pair.history.length } : {}),
    quantity: pair.quantity,
    unit: pair.unit,
  };
}

interface NoiseJudgement {
  readonly significant: boolean;
  readonly method: NoiseMethod;
  readonly pValue?: number;
  readonly note: string;
}

/** Whether a change past the threshold is also past the noise; `factor` is the runner's drift (1: none). */
function testNoise(pair: Pair, factor: number, direction: 'slower' | 'faster', stat: BenchmarkStat): NoiseJudgement {
  const { current, base, quantity } = pair;
  // The current value as the baseline's runner would have measured it.
  const adjust = (value: number): number => (quantity === 'throughput' ? value * factor : value / factor);
  if (pair.history !== undefined) {
    const test = testAgainstHistory(pair.history, adjust(pair.currentValue), quantity !== 'throughput');
    const p = direction === 'slower' ? test.pSlower : test.pFaster;
    const significant = p < 1 - HISTORY_BOUNDARY;
    return { significant, method: 'history', pValue: p, note: `${significant ? 'outside' : 'inside'} the spread of ${test.runs} earlier runs, p = ${formatP(p)}` };
  }
  if (current.kind === 'pytest-benchmark' && base.kind === 'pytest-benchmark' && current.data && base.data) {
    // The median and min ignore outlier rounds; so does their test. The mean and ops count every round.
    const robust = stat === 'median' || stat === 'min';
    const currentRounds = Float64Array.from(robust ? withinTukeyFences(current.data) : current.data, (value) => value / factor);
    const baseRounds = robust ? withinTukeyFences(base.data) : base.data;
    if (mannWhitneyMinP(currentRounds.length, baseRounds.length) < MANN_WHITNEY_ALPHA) {
      const { p } = mannWhitneyU(currentRounds, baseRounds);
      const significant = p < MANN_WHITNEY_ALPHA;
      return { significant, method: 'mann-whitney', pValue: p, note: `Mann-Whitney U p = ${formatP(p)}, ${currentRounds.length} vs ${baseRounds.length} rounds` };
    }
  }
  const currentSpread = spreadOf(current, stat);
  const baseSpread = spreadOf(base, stat);
  if (currentSpread === undefined && baseSpread === undefined) return { significant: true, method: 'none', note: 'no spread in either file: the threshold decides' };
  const [cLow, cHigh] = (currentSpread ?? [pair.currentValue, pair.currentValue]).map(adjust) as [number, number];
  const [bLow, bHigh] = baseSpread ?? [statValue(base, stat), statValue(base, stat)];
  const slowerSide = quantity === 'throughput' ? cHigh < bLow : cLow > bHigh;
  const fasterSide = quantity === 'throughput' ? cLow > bHigh : cHigh < bLow;
  const significant = direction === 'slower' ? slowerSide : fasterSide;
  const what = current.kind === 'custom' ? 'ranges' : stat === 'median' || stat === 'min' ? 'IQRs' : 'mean ± stddev';
  return { significant, method: 'spread', note: `${what} ${significant ? 'do not overlap' : 'overlap'}` };
}

/** The interval a value's noise spans, in the compared statistic's unit: undefined when the file has none. */
function spreadOf(entry: BenchmarkEntry, stat: BenchmarkStat): [number, number] | undefined {
  if (entry.kind === 'custom') return entry.range === undefined ? undefined : [entry.value - entry.range, entry.value + entry.range];
  const s = entry.stats;
  if (stat === 'median' || stat === 'min') return [s.q1, s.q3];
  if (stat === 'mean') return [s.mean - s.stddev, s.mean + s.stddev];
  // ops = 1 / mean (pytest-benchmark: rounds / total): the mean's spread, as rates.
  return [1 / (s.mean + s.stddev), s.mean > s.stddev ? 1 / (s.mean - s.stddev) : Number.POSITIVE_INFINITY];
}

function unitOf(entry: BenchmarkEntry, stat: BenchmarkStat): string {
  if (entry.kind === 'custom') return entry.unit;
  return stat === 'ops' ? 'ops/s' : 's';
}

function newComparison(entry: BenchmarkEntry, stat: BenchmarkStat): BenchmarkComparisonDetail {
  return { name: entry.name, verdict: 'new', current: statValue(entry, stat), quantity: statQuantity(entry, stat), unit: unitOf(entry, stat) };
}

const SEVERITY: Readonly<Record<BenchmarkVerdict, number>> = { regression: 0, 'within-noise': 1, improvement: 2, unchanged: 3, new: 4, removed: 5 };

/** Regressions first, the largest first; then within noise (slower first), improvements (largest first), unchanged. */
export function sortBySeverity<T extends { readonly verdict: BenchmarkVerdict; readonly effectiveChange?: number; readonly name: string }>(comparisons: readonly T[]): T[] {
  return [...comparisons].sort(
    (a, b) =>
      SEVERITY[a.verdict] - SEVERITY[b.verdict] ||
      (a.verdict === 'improvement' ? (a.effectiveChange ?? 0) - (b.effectiveChange ?? 0) : (b.effectiveChange ?? 0) - (a.effectiveChange ?? 0)) ||
      a.name.localeCompare(b.name),
  );
}

/** A p-value in a few characters: `0.031`, `4.2e-5`. */
export function formatP(p: number): string {
  if (p >= 0.001) return p.toFixed(3);
  return p.toExponential(1);
}

/** The report benchmark-compare writes (the `report` output), in quality-gate's schema. */
export function toBenchmarkReport(result: BenchmarkComparisonResult): BenchmarkReport {
  return {
    schema: BENCHMARK_REPORT_SCHEMA,
    passed: result.regressions === 0,
    threshold: result.settings.threshold,
    stat: result.settings.stat,
    regressions: result.regressions,
    improvements: result.improvements,
    maxRegression: roundTo(result.maxRegression, 2),
    ...(result.drift ? { drift: { factor: roundTo(result.drift.factor, 4), benchmarks: result.drift.benchmarks } } : {}),
    ...(result.sameJob ? { sameJob: true } : {}),
    ...(result.baselineSource !== undefined ? { baselineSource: result.baselineSource } : {}),
    baselineFiles: result.baselineFiles,
    comparisons: result.comparisons.map((c) => ({
      name: c.name,
      verdict: c.verdict,
      ...(c.baseline !== undefined ? { baseline: c.baseline } : {}),
      ...(c.current !== undefined ? { current: c.current } : {}),
      ...(c.change !== undefined ? { change: c.change } : {}),
      ...(c.relativeChange !== undefined ? { relativeChange: c.relativeChange } : {}),
      ...(c.method !== undefined ? { method: c.method } : {}),
      ...(c.pValue !== undefined ? { pValue: c.pValue } : {}),
      unit: c.unit,
      ...(c.historyRuns !== undefined ? { historyRuns: c.historyRuns } : {}),
    })),
  };
}

function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
