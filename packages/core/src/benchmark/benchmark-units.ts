import type { BenchmarkQuantity } from './benchmark-results.js';

/** A unit as written in a `{name, unit, value}` entry, understood. */
export interface ParsedUnit {
  readonly quantity: BenchmarkQuantity;
  /** The unit values are converted to: `s`, `<what>/s`, or the unit itself (trimmed). */
  readonly canonical: string;
  /** Multiply a value in the written unit by this to get the canonical unit. */
  readonly factor: number;
}

// github-action-benchmark's time units (canonicalizeUnit: µs and μs are us), and the spellings tools print.
const TIME_UNITS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  ms: 1e-3,
  msec: 1e-3,
  millisecond: 1e-3,
  milliseconds: 1e-3,
  us: 1e-6,
  usec: 1e-6,
  microsecond: 1e-6,
  microseconds: 1e-6,
  ns: 1e-9,
  nsec: 1e-9,
  nanosecond: 1e-9,
  nanoseconds: 1e-9,
};

const timeFactor = (unit: string): number | undefined => TIME_UNITS[unit.trim().toLowerCase().replace(/[µμ]s/g, 'us').replace(/[µμ]sec/g, 'usec')];

/**
 * Reads a unit: a time (`ns`, `us`/`µs`, `ms`, `s`, also per iteration: `ns/iter`, `ms/op`) converts to seconds;
 * a rate (anything per time: `ops/s`, `iter/sec`, `MB/ms`) converts to per second and is bigger-is-better; any
 * other unit (`Megabytes`, `Percent`) is compared as written, smaller being better (github-action-benchmark's
 * customSmallerIsBetter).
 */
export function parseUnit(unit: string): ParsedUnit {
  const written = unit.trim();
  const direct = timeFactor(written);
  if (direct !== undefined) return { quantity: 'time', canonical: 's', factor: direct };
  const slash = written.lastIndexOf('/');
  if (slash > 0) {
    const numerator = written.slice(0, slash).trim();
    const denominator = written.slice(slash + 1).trim();
    const perTime = timeFactor(denominator);
    const numeratorTime = timeFactor(numerator);
    // `ns/iter`: a time per iteration. `ops/s`: a rate.
    if (numeratorTime !== undefined && perTime === undefined) return { quantity: 'time', canonical: 's', factor: numeratorTime };
    if (perTime !== undefined && numeratorTime === undefined && numerator !== '') {
      return { quantity: 'throughput', canonical: `${canonicalCount(numerator)}/s`, factor: 1 / perTime };
    }
  }
  return { quantity: 'other', canonical: written, factor: 1 };
}

/** `ops`, `op`, `iter`, `iterations`, `calls` all count operations: one spelling, so `iter/sec` and `ops/s` compare. */
function canonicalCount(numerator: string): string {
  return /^(ops?|iters?|iterations?|calls?|runs?|times?)$/i.test(numerator) ? 'ops' : numerator;
}

/** Whether two canonical units are the same (other units compare case-insensitively: `MB` is `mb`). */
export function sameUnit(a: ParsedUnit | { quantity: BenchmarkQuantity; canonical: string }, b: { quantity: BenchmarkQuantity; canonical: string }): boolean {
  return a.quantity === b.quantity && a.canonical.toLowerCase() === b.canonical.toLowerCase();
}

const DURATION_STEPS: readonly [number, string][] = [
  [1, 's'],
  [1e-3, 'ms'],
  [1e-6, 'µs'],
  [1e-9, 'ns'],
];

/** Three significant digits, no exponent: 1.52, 15.2, 152, 1520 (for values past the largest unit). */
function significant(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  return value.toFixed(digits);
}

/** Seconds in the most readable unit: `843 ns`, `15.2 µs`, `1.52 ms`, `2.10 s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const magnitude = Math.abs(seconds);
  for (const [size, name] of DURATION_STEPS) {
    if (magnitude >= size || size === 1e-9) return `${significant(seconds / size)} ${name}`;
  }
  return `${significant(seconds)} s`;
}

/** A rate per second with an SI prefix, as pytest-benchmark's table shows `OPS (Kops/s)`: `1.23 Kops/s`. */
export function formatRate(perSecond: number, what = 'ops'): string {
  if (!Number.isFinite(perSecond)) return String(perSecond);
  const magnitude = Math.abs(perSecond);
  for (const [size, prefix] of [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'K'],
  ] as const) {
    if (magnitude >= size) return `${significant(perSecond / size)} ${prefix}${what}/s`;
  }
  return `${significant(perSecond)} ${what}/s`;
}

/** A compared value in its most readable form. */
export function formatBenchmarkValue(value: number, quantity: BenchmarkQuantity, unit: string): string {
  if (quantity === 'time') return formatDuration(value);
  if (quantity === 'throughput') return formatRate(value, unit.replace(/\/s$/, ''));
  return `${significant(value)} ${unit}`;
}

/** `+25.3%`, `−12.0%`; the sign always written when `signed`. */
export function formatPercent(fraction: number, signed: boolean): string {
  const percent = fraction * 100;
  const digits = Math.abs(percent) >= 100 ? 0 : 1;
  const text = `${Math.abs(percent).toFixed(digits)}%`;
  if (!signed) return text;
  return `${percent < 0 ? '−' : '+'}${text}`;
}

/** `20%`, `7.5%`: the threshold as the input wrote it. */
export function formatThreshold(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}
