import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { InputSource } from '../inputs/parse-input.js';
import { parseBooleanInput, parseChoiceInput } from '../inputs/parse-input.js';
import type { PathContext } from '../inputs/repository-path.js';
import { isOutside, parseRepositoryPath } from '../inputs/repository-path.js';
import type { BenchmarkStat } from './benchmark-results.js';
import { BENCHMARK_STATS } from './benchmark-results.js';

/** The defaults of every input, as action.yml declares them (a test keeps the two equal). */
export const BENCHMARK_COMPARE_DEFAULTS: Readonly<Record<string, string>> = {
  current: '',
  baseline: 'benchmarks/',
  'baseline-ref': '',
  threshold: '20%',
  stat: 'median',
  'fail-on-regression': 'false',
  'save-baseline': '',
  'comment-on-pr': 'false',
  'github-token': '${{ github.token }}',
};

/** Every input of benchmark-compare but the token, parsed once and checked. */
export interface BenchmarkCompareSettings {
  /**
   * This run's results file: relative to the workspace (by the rules of `parseRepositoryPath`), or an absolute path
   * outside it (`${{ runner.temp }}/bench.json`), kept absolute.
   */
  readonly current: string;
  /** The baseline file or directory, by the same rules as `current`; from a git ref, always relative. */
  readonly baseline: string;
  /** Read `baseline` from this git ref instead of the working tree; undefined: the working tree. */
  readonly baselineRef: string | undefined;
  /** As a fraction: 0.2 for `20%`. */
  readonly threshold: number;
  readonly stat: BenchmarkStat;
  readonly failOnRegression: boolean;
  /** Where to write the current results as the next baseline (relative, inside the workspace); undefined: nowhere. */
  readonly saveBaseline: string | undefined;
  readonly commentOnPr: boolean;
}

/**
 * Reads and checks every input (the token is read by main.ts, which masks it). `context.workspace` is where
 * relative paths start; absolute paths inside it become relative to it.
 */
export function parseBenchmarkCompareSettings(source: InputSource, context: PathContext = {}): BenchmarkCompareSettings {
  const read = (name: string): string => {
    const value = source(name).trim();
    return value === '' && name !== 'baseline-ref' && name !== 'save-baseline' && name !== 'current' ? (BENCHMARK_COMPARE_DEFAULTS[name] ?? '') : value;
  };
  const rawCurrent = read('current');
  if (rawCurrent === '') throw new InputError('current', rawCurrent, 'it is required: the results of this run (pytest --benchmark-json=PATH)');
  const current = parseResultsPath('current', rawCurrent, context);
  const baselineRef = read('baseline-ref');
  if (baselineRef !== '' && (/^-/.test(baselineRef) || /\s/.test(baselineRef) || baselineRef.includes('..'))) {
    throw new InputError('baseline-ref', baselineRef, 'it must be a branch, tag or commit such as origin/main');
  }
  // Read from git, the baseline is a path in the repository; from the working tree it may be anywhere.
  const baseline = baselineRef !== '' ? parseRepositoryPath('baseline', read('baseline'), context) : parseResultsPath('baseline', read('baseline'), context);
  const saveBaseline = read('save-baseline');
  return {
    current,
    baseline,
    baselineRef: baselineRef === '' ? undefined : baselineRef,
    threshold: parseThreshold(read('threshold')),
    stat: parseChoiceInput('stat', read('stat'), BENCHMARK_STATS),
    failOnRegression: parseBooleanInput('fail-on-regression', read('fail-on-regression')),
    saveBaseline: saveBaseline === '' ? undefined : parseRepositoryPath('save-baseline', saveBaseline, context),
    commentOnPr: parseBooleanInput('comment-on-pr', read('comment-on-pr')),
  };
}

/**
 * A results file to read: inside the workspace by `parseRepositoryPath`'s rules (no `..`, never into `.git`), or
 * an absolute path outside it, which the workflow names on purpose (the template's `${{ runner.temp }}/base.json`)
 * and which is read as given. Only files are read; nothing is ever written through these paths.
 */
function parseResultsPath(name: string, raw: string, context: PathContext): string {
  const workspace = context.workspace === undefined ? undefined : resolve(context.workspace);
  if (isAbsolute(raw) && (workspace === undefined || isOutside(relative(workspace, resolve(raw))))) return resolve(raw);
  return parseRepositoryPath(name, raw, context);
}

/** `20%`, `7.5 %` or `20` (percent): a slowdown past it is a regression. */
export function parseThreshold(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(raw.trim());
  const percent = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (!(percent > 0 && percent <= 1000)) throw new InputError('threshold', raw, 'it must be a percentage above 0, such as 20% or 7.5%');
  return percent / 100;
}
