import { randomBytes } from 'node:crypto';
import { mkdir, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { resolveRepositoryPath } from '../inputs/repository-path.js';
import type { BenchmarkResults } from './benchmark-results.js';
import { parseRunTime } from './benchmark-results.js';

/** What to save, and where. */
export interface SaveBaselineOptions {
  /** The `save-baseline` input (relative to `cwd`): a directory (existing, or written with a trailing `/`) or a file path. */
  readonly target: string;
  readonly cwd: string;
  /** The current results file's bytes: saved as they are, so the baseline is exactly what the tool wrote. */
  readonly text: string;
  readonly results: BenchmarkResults;
  /** The commit when the file does not say (GITHUB_SHA), and the time when it has no `datetime`. */
  readonly commit: string | undefined;
  readonly now: Date;
}

/**
 * Pure: the file name pytest-benchmark's `--benchmark-autosave` would give the next run in a folder holding
 * `existing` names: `NNNN_<commit>_<YYYYMMDD_HHMMSS>.json`, NNNN one past the highest number there (storage/file.py
 * `_next_num`, and utils.get_tag's UTC time format).
 */
export function nextBaselineName(existing: readonly string[], commit: string | undefined, when: Date): string {
  const highest = existing.reduce((max, name) => Math.max(max, Number(/^(\d{4,})_/.exec(name)?.[1] ?? 0)), 0);
  const stamp = when.toISOString().replace(/\.\d+Z$/, '').replace(/-|:/g, '').replace('T', '_');
  return `${String(highest + 1).padStart(4, '0')}_${commit ?? 'unversioned'}_${stamp}.json`;
}

/**
 * Writes the current results as the next baseline and returns the path written, relative to the workspace (`cwd`).
 * The target goes through `resolveRepositoryPath`: a symbolic link (the folder, a folder above it, or the file
 * itself) that leads out of the workspace or into `.git` is refused before anything is written. Never leaves a
 * half-written file: the bytes go to a temporary file beside the target, which is then renamed over it (atomic on
 * one file system), so an existing baseline is either replaced whole or left as it was.
 */
export async function saveBaseline(options: SaveBaselineOptions): Promise<string> {
  const resolved = await resolveRepositoryPath(options.cwd, 'save-baseline', options.target);
  if (resolved.found === 'other') throw new InputError('save-baseline', options.target, 'it names something that is neither a file nor a folder');
  const intoDirectory = /[\\/]$/.test(options.target) || resolved.found === 'folder';
  let path = resolved.real;
  if (intoDirectory) {
    await mkdir(path, { recursive: true });
    const when = parseRunTime(options.results.datetime) ?? options.now;
    path = join(path, nextBaselineName(await readdir(path), options.results.commit ?? options.commit, when));
  } else {
    await mkdir(dirname(path), { recursive: true });
  }
  await writeFileAtomically(path, options.text);
  return relative(await realpath(options.cwd), path).replace(/\\/g, '/');
}

/**
 * Writes a whole file or nothing: the bytes go to a new temporary file beside `path`, which is then renamed over it
 * (atomic on one file system); on any failure the temporary file is removed and `path` is as it was.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
