import { realpath } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { FileError } from '../errors.js';
import { GitClient } from '../git/git-client.js';
import { readTextIfExists } from '../inputs/read-text.js';
import { isOutside, resolveRepositoryPath } from '../inputs/repository-path.js';
import type { BenchmarkCompareSettings } from './benchmark-compare-settings.js';
import type { BenchmarkReport } from './benchmark-report.js';
import type { BenchmarkResults } from './benchmark-results.js';
import type { BenchmarkComparisonResult } from './compare-benchmarks.js';
import { compareBenchmarks, toBenchmarkReport } from './compare-benchmarks.js';
import { readBaselineFromFiles, readBaselineFromGit } from './read-baseline.js';
import { parseBenchmarkResults } from './read-benchmark-results.js';
import { saveBaseline } from './save-baseline.js';

/** What a run needs from its surroundings (main.ts passes the runner's; tests pass their own). */
export interface BenchmarkCompareContext {
  readonly cwd: string;
  /** For git (baseline-ref), and GITHUB_SHA for the saved baseline's name. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: Date;
}

/**
 * Whether a baseline file lies in RUNNER_TEMP, which the runner empties at the start of every job: then it was
 * written in this job, on this machine (the benchmarks template runs the base's benchmarks there, then the head's).
 */
async function isInRunnerTemp(path: string, runnerTemp: string | undefined): Promise<boolean> {
  if (!isAbsolute(path) || runnerTemp === undefined || runnerTemp === '') return false;
  try {
    const inside = relative(await realpath(runnerTemp), await realpath(path));
    return inside !== '' && !isOutside(inside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** What a run did. */
export interface BenchmarkCompareOutcome {
  readonly current: BenchmarkResults;
  readonly result: BenchmarkComparisonResult;
  readonly report: BenchmarkReport;
  /** Where the current results were saved as the next baseline (relative to cwd), when asked. */
  readonly savedBaseline: string | undefined;
}

/**
 * Reads the current results and the baseline (from the working tree or a git ref), compares them, and only then,
 * when asked, saves the current results as the next baseline: a bad file of either kind fails before anything is
 * written, so a baseline is never replaced by something unreadable.
 */
export async function runBenchmarkCompare(settings: BenchmarkCompareSettings, context: BenchmarkCompareContext): Promise<BenchmarkCompareOutcome> {
  // Inside the workspace by resolveRepositoryPath's rules (no link out of it or into .git); an absolute path outside
  // it (RUNNER_TEMP) as the workflow named it.
  const currentPath = isAbsolute(settings.current) ? settings.current : (await resolveRepositoryPath(context.cwd, 'current', settings.current, 'file')).real;
  const text = await readTextIfExists(currentPath, settings.current);
  if (text === undefined) throw new FileError(settings.current, 'does not exist (input current: the results of this run, e.g. pytest --benchmark-json=PATH)');
  const current = parseBenchmarkResults(text, settings.current);
  const read =
    settings.baselineRef !== undefined
      ? await readBaselineFromGit(new GitClient(context.cwd, context.env), settings.baselineRef, settings.baseline)
      : await readBaselineFromFiles(settings.baseline, context.cwd, await realpath(currentPath));
  const sameJob = read !== undefined && settings.baselineRef === undefined && read.history.length === 1 && (await isInRunnerTemp(settings.baseline, context.env.RUNNER_TEMP));
  const baseline = read && sameJob ? { ...read, sameJob } : read;
  const result = compareBenchmarks(current, baseline, settings);
  const savedBaseline =
    settings.saveBaseline === undefined
      ? undefined
      : await saveBaseline({ target: settings.saveBaseline, cwd: context.cwd, text, results: current, commit: context.env.GITHUB_SHA, now: context.now });
  return { current, result, report: toBenchmarkReport(result), savedBaseline };
}
