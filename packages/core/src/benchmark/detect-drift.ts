/** Fewer compared benchmarks than this cannot say that "most" moved together. */
export const DRIFT_MIN_BENCHMARKS = 4;
/** Share of the compared benchmarks that must have moved the common way. */
export const DRIFT_MIN_SHARE = 2 / 3;

/** Every benchmark moved by about the same factor: the runner, or a change that slows everything. */
export interface RunnerDrift {
  /** The common slowdown (1.18: everything about 18% slower; 0.85: faster). */
  readonly factor: number;
  /** How many benchmarks moved that way (by at least half the common factor). */
  readonly benchmarks: number;
  /** How many were compared. */
  readonly compared: number;
}

/**
 * Pure: whether most benchmarks moved together. `slowdowns` are each benchmark's time ratio (current / baseline,
 * above 1 when slower). The common factor is their median in logarithms, so the few benchmarks a change really
 * touches do not move it; it is drift when that factor is past half the threshold and at least two thirds of the
 * benchmarks moved the same way by at least half of it. One baseline cannot tell whether the runner or the code
 * did it: the caller reports each change relative to the factor and warns.
 */
export function detectDrift(slowdowns: readonly number[], threshold: number): RunnerDrift | undefined {
  const logs = slowdowns.filter((ratio) => Number.isFinite(ratio) && ratio > 0).map((ratio) => Math.log(ratio));
  if (logs.length < DRIFT_MIN_BENCHMARKS) return undefined;
  const sorted = [...logs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const common = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  if (Math.abs(common) < Math.log(1 + threshold / 2)) return undefined;
  const moved = logs.filter((value) => Math.sign(value) === Math.sign(common) && Math.abs(value) >= Math.abs(common) / 2).length;
  if (moved < DRIFT_MIN_SHARE * logs.length) return undefined;
  return { factor: Math.exp(common), benchmarks: moved, compared: logs.length };
}
