import { FileError } from '../errors.js';
import { clipLine } from '../summary/fit-to-limit.js';
import { BENCHMARK_REPORT_SCHEMA } from './benchmark-report.js';
import { describeJsonError } from '../text/describe-json-error.js';
import type { BenchmarkResults, CustomBenchmarkEntry, PytestBenchmarkEntry, PytestBenchmarkStats } from './benchmark-results.js';
import { parseUnit } from './benchmark-units.js';
import { computePytestBenchmarkStats } from './pytest-benchmark-stats.js';

/**
 * Reads a results file, whichever of the two formats it is (told apart by its content): pytest-benchmark JSON
 * (an object with a `benchmarks` list: `--benchmark-json`, `--benchmark-autosave`, any version) or a list of
 * `{name, unit, value, range?}` entries (github-action-benchmark's customSmallerIsBetter / customBiggerIsBetter).
 * Anything else is a FileError that says what the file is not.
 */
export function parseBenchmarkResults(text: string, path: string): BenchmarkResults {
  let data: unknown;
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new FileError(path, `is not JSON${describeJsonError(json, error)}; expected pytest-benchmark results (--benchmark-json) or a list of {name, unit, value}`, undefined, { cause: error });
  }
  if (Array.isArray(data)) return readCustomBenchmarks(data, path);
  if (isRecord(data) && Array.isArray(data.benchmarks)) return readPytestBenchmark(data, path);
  if (isRecord(data) && data.schema === BENCHMARK_REPORT_SCHEMA) {
    throw new FileError(path, 'is the report benchmark-compare writes, not benchmark results: give it pytest-benchmark JSON (--benchmark-json)');
  }
  throw new FileError(path, 'is not benchmark results: expected pytest-benchmark JSON (an object with a "benchmarks" list, from --benchmark-json) or a list of {name, unit, value}');
}

// Every pytest-benchmark version writes these (2.x included); `ops` came with 3.1.0.
const REQUIRED_STATS = ['min', 'max', 'mean', 'stddev', 'rounds', 'median', 'iqr', 'q1', 'q3'] as const;

/** pytest-benchmark JSON: each benchmark's `fullname`, `stats` and, when written, the raw `data`. */
export function readPytestBenchmark(json: Readonly<Record<string, unknown>>, path: string): BenchmarkResults {
  const list = json.benchmarks as unknown[];
  if (list.length === 0) throw new FileError(path, 'holds no benchmarks (its "benchmarks" list is empty)');
  const seen = new Set<string>();
  const benchmarks: PytestBenchmarkEntry[] = list.map((item, index) => {
    const where = `benchmark ${index + 1}`;
    if (!isRecord(item)) throw new FileError(path, `${where} is not an object`);
    const name = typeof item.fullname === 'string' && item.fullname !== '' ? item.fullname : typeof item.name === 'string' ? item.name : undefined;
    if (name === undefined) throw new FileError(path, `${where} has no "fullname"`);
    if (seen.has(name)) throw new FileError(path, `lists "${name}" twice`);
    seen.add(name);
    // `--benchmark-json` nests the numbers under "stats"; flattened exports (pytest-benchmark's compare tables) do not.
    const raw = isRecord(item.stats) ? item.stats : item;
    const data = readData(raw.data, path, name);
    const stats = data !== undefined && REQUIRED_STATS.some((key) => typeof raw[key] !== 'number') ? computePytestBenchmarkStats(data) : readStats(raw, path, name);
    return { kind: 'pytest-benchmark', name, group: typeof item.group === 'string' ? item.group : undefined, stats, data };
  });
  const commitInfo = isRecord(json.commit_info) ? json.commit_info : {};
  return {
    path,
    format: 'pytest-benchmark',
    version: typeof json.version === 'string' ? json.version : undefined,
    datetime: typeof json.datetime === 'string' ? json.datetime : undefined,
    commit: typeof commitInfo.id === 'string' && /^[0-9a-f]{7,64}$/i.test(commitInfo.id) ? commitInfo.id : undefined,
    benchmarks,
  };
}

function readStats(raw: Readonly<Record<string, unknown>>, path: string, name: string): PytestBenchmarkStats {
  const numbers: Record<string, number> = {};
  for (const key of REQUIRED_STATS) {
    const value = raw[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new FileError(path, `"${name}": its stats have no valid "${key}" (${shown(value)})`);
    }
    numbers[key] = value;
  }
  const mean = numbers.mean ?? 0;
  // pytest-benchmark's normalize_stats fills in `ops` for files older than 3.1.0 the same way.
  const ops = typeof raw.ops === 'number' && Number.isFinite(raw.ops) ? raw.ops : mean > 0 ? 1 / mean : 0;
  const optional = (key: string): number | undefined => (typeof raw[key] === 'number' ? raw[key] : undefined);
  return {
    ...(numbers as Pick<PytestBenchmarkStats, (typeof REQUIRED_STATS)[number]>),
    ops,
    iterations: optional('iterations'),
    total: optional('total'),
  };
}

function readData(value: unknown, path: string, name: string): Float64Array | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length === 0) throw new FileError(path, `"${name}": its "data" is not a list of round times`);
  const data = new Float64Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const round: unknown = value[i];
    if (typeof round !== 'number' || !Number.isFinite(round) || round < 0) throw new FileError(path, `"${name}": round ${i + 1} of its "data" is not a time (${shown(round)})`);
    data[i] = round;
  }
  return data;
}

/** A list of `{name, unit, value, range?, extra?}` entries, as github-action-benchmark's custom tools read it. */
export function readCustomBenchmarks(list: readonly unknown[], path: string): BenchmarkResults {
  if (list.length === 0) throw new FileError(path, 'is an empty list: no benchmarks to compare');
  const seen = new Set<string>();
  const benchmarks: CustomBenchmarkEntry[] = list.map((item, index) => {
    const where = `entry ${index + 1}`;
    if (!isRecord(item)) throw new FileError(path, `${where} is not an object with name, unit and value`);
    const name = typeof item.name === 'string' || typeof item.name === 'number' ? String(item.name).trim() : '';
    if (name === '') throw new FileError(path, `${where} has no "name"`);
    if (seen.has(name)) throw new FileError(path, `lists "${name}" twice`);
    seen.add(name);
    if (typeof item.unit !== 'string' || item.unit.trim() === '') throw new FileError(path, `"${name}" has no "unit"`);
    // github-action-benchmark coerces the value (z.coerce.number): "12.5" is a number too.
    const value = typeof item.value === 'number' ? item.value : typeof item.value === 'string' && item.value.trim() !== '' ? Number(item.value) : Number.NaN;
    if (!Number.isFinite(value) || value < 0) throw new FileError(path, `"${name}": "value" must be a number, not ${shown(item.value)}`);
    const unit = parseUnit(item.unit);
    const range = parseRange(item.range, value);
    return { kind: 'custom', name, quantity: unit.quantity, unit: unit.canonical, value: value * unit.factor, range: range === undefined ? undefined : range * unit.factor };
  });
  return { path, format: 'custom', version: undefined, datetime: undefined, commit: undefined, benchmarks };
}

/**
 * A `range` as benchmark tools write it: `"3"`, `"± 3"`, `"+- 3"`, `"+/- 3"`, `"stddev: 0.003"` (what
 * github-action-benchmark writes for pytest), or a percentage of the value (`"± 5%"`). Free text that is none of
 * these (`"3 runs"`) gives no range rather than an error: the field is informal.
 */
export function parseRange(range: unknown, value: number): number | undefined {
  if (typeof range === 'number') return Number.isFinite(range) && range >= 0 ? range : undefined;
  if (typeof range !== 'string') return undefined;
  const match = /^\s*(?:±|\+-|\+\/-|stddev:)?\s*(\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*(%)?\s*$/i.exec(range);
  if (!match?.[1]) return undefined;
  const number = Number(match[1]);
  return match[2] ? (value * number) / 100 : number;
}

/** A value from the file in a message: as JSON, clipped (a file can hold a whole object where a number belongs). */
function shown(value: unknown): string {
  return clipLine(JSON.stringify(value ?? null) ?? String(value), 100);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
