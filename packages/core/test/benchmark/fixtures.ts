import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBenchmarkResults } from '../../src/index.js';
import type { BenchmarkResults } from '../../src/index.js';

/** The fixture folders (each has the command that made its files beside them). */
export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const RUNS = join(FIXTURES, 'pytest-benchmark', 'runs');
export const MACHINE = 'Linux-CPython-3.11-64bit';

/** A fixture file's text, by its path under fixtures/. */
export const fixtureText = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

/** A fixture file read as benchmark results, named by its path under fixtures/. */
export const readFixture = (path: string): BenchmarkResults => parseBenchmarkResults(fixtureText(path), path);

/** The saved runs of a history folder under runs/ (`history` or `history-data`), oldest first. */
export function savedRuns(folder: 'history' | 'history-data'): string[] {
  return readdirSync(join(RUNS, folder, MACHINE))
    .sort()
    .map((name) => `pytest-benchmark/runs/${folder}/${MACHINE}/${name}`);
}

/** oracles.json: values worked out by pytest-benchmark, scipy and Bencher's formula (make-oracles.py). */
export interface Oracles {
  readonly stats: { data: number[]; expected: Record<string, number | string> }[];
  readonly mannWhitney: { x: number[]; y: number[]; method: 'exact' | 'normal'; u: number; p: number }[];
  readonly studentT: { t: number; df: number; cdf: number }[];
  readonly history: { history: number[]; current: number; centre: number; spread: number; pSlower: number; pFaster: number }[];
}
export const ORACLES = JSON.parse(fixtureText('oracles/oracles.json')) as Oracles;
