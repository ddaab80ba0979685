import { InputError } from '../errors.js';
import type { InputSource } from '../inputs/parse-input.js';
import { parseBooleanInput, parseChoiceInput } from '../inputs/parse-input.js';
import { parseRepositoryPath } from '../inputs/repository-path.js';
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
  /** This run's results file (may be outside the repository, e.g. in RUNNER_TEMP). */
  readonly current: string;
  readonly baseline: string;
  /** Read `baseline` from this git ref instead of the working tree; undefined: the working tree. */
  readonly baselineRef: string | undefined;
  /** As a fraction: 0.2 for `20%`. */
  readonly threshold: number;
  readonly stat: BenchmarkStat;
  readonly failOnRegression: boolean;
  /** Where to write the current results as the next baseline (inside the repository); undefined: nowhere. */
  readonly saveBaseline: string | undefined;
  readonly commentOnPr: boolean;
}

/** Reads and checks every input (the token is read by main.ts, which masks it). */
export function parseBenchmarkCompareSettings(source: InputSource): BenchmarkCompareSettings {
  const read = (name: string): string => {
    const value = source(name).trim();
    return value === '' && name !== 'baseline-ref' && name !== 'save-baseline' && name !== 'current' ? (BENCHMARK_COMPARE_DEFAULTS[name] ?? '') : value;
  };
  const current = read('current');
  if (current === '') throw new InputError('current', current, 'it is required: the results of this run (pytest --benchmark-json=PATH)');
  const baselineRef = read('baseline-ref');
  if (baselineRef !== '' && (/^-/.test(baselineRef) || /\s/.test(baselineRef) || baselineRef.includes('..'))) {
    throw new InputError('baseline-ref', baselineRef, 'it must be a branch, tag or commit such as origin/main');
  }
  // Read from git, the baseline is a path in the repository; from the working tree it may be anywhere.
  const baseline = baselineRef !== '' ? parseRepositoryPath('baseline', read('baseline')) : read('baseline');
  const saveBaseline = read('save-baseline');
  return {
    current,
    baseline,
    baselineRef: baselineRef === '' ? undefined : baselineRef,
    threshold: parseThreshold(read('threshold')),
    stat: parseChoiceInput('stat', read('stat'), BENCHMARK_STATS),
    failOnRegression: parseBooleanInput('fail-on-regression', read('fail-on-regression')),
    saveBaseline: saveBaseline === '' ? undefined : parseRepositoryPath('save-baseline', saveBaseline),
    commentOnPr: parseBooleanInput('comment-on-pr', read('comment-on-pr')),
  };
}

/** `20%`, `7.5 %` or `20` (percent): a slowdown past it is a regression. */
export function parseThreshold(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(raw.trim());
  const percent = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (!(percent > 0 && percent <= 1000)) throw new InputError('threshold', raw, 'it must be a percentage above 0, such as 20% or 7.5%');
  return percent / 100;
}
