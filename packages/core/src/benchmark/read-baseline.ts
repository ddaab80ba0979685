import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, posix } from 'node:path';
import { OpsError } from '../errors.js';
import type { GitClient } from '../git/git-client.js';
import type { BenchmarkResults } from './benchmark-results.js';
import { parseRunTime } from './benchmark-results.js';
import type { BenchmarkBaseline } from './compare-benchmarks.js';
import { HISTORY_WINDOW } from './history-threshold.js';
import { parseBenchmarkResults } from './read-benchmark-results.js';

/** Where baseline files come from: the working tree, or a git ref read without checking it out. */
interface BaselineStore {
  /** `file`, `directory`, or undefined when the path does not exist. */
  kind(path: string): Promise<'file' | 'directory' | undefined>;
  /** Every file under a directory and its direct subdirectories (pytest-benchmark's `<machine-id>/` folders), as paths. */
  list(directory: string): Promise<string[]>;
  read(path: string): Promise<string>;
  /** How a path is named in messages and the report. */
  label(path: string): string;
}

/** pytest-benchmark's saved-run names: `0001_<commit>_<YYYYMMDD_HHMMSS>[_uncommited-changes].json` or `0001_<name>.json`. */
const NUMBERED = /^(\d{4,})_/;

/**
 * Pure: the order of a directory's results files, newest first, and which of them form the history window. When
 * every name carries pytest-benchmark's `NNNN_` number, the highest number is the newest (the one
 * `--benchmark-compare` picks), ties broken by the file's `datetime`; otherwise the `datetime` inside each file
 * decides (files without one are older, by name). The window is the newest file and the ones before it in the same
 * folder (pytest-benchmark keeps one folder per machine and Python), HISTORY_WINDOW files at most.
 */
export function orderBaselineFiles(files: readonly BenchmarkResults[]): BenchmarkResults[] {
  const base = (path: string): string => path.split(/[\\/]/).pop() ?? path;
  const folder = (path: string): string => path.split(/[\\/]/).slice(0, -1).join('/');
  const number = (path: string): number => Number(NUMBERED.exec(base(path))?.[1] ?? -1);
  const numbered = files.every((file) => NUMBERED.test(base(file.path)));
  const time = (file: BenchmarkResults): number => parseRunTime(file.datetime)?.getTime() ?? Number.NEGATIVE_INFINITY;
  const sorted = [...files].sort(
    (a, b) => (numbered ? number(b.path) - number(a.path) : 0) || time(b) - time(a) || number(b.path) - number(a.path) || base(b.path).localeCompare(base(a.path)),
  );
  const newest = sorted[0];
  if (newest === undefined) return [];
  return sorted.filter((file) => folder(file.path) === folder(newest.path)).slice(0, HISTORY_WINDOW);
}

async function readBaseline(store: BaselineStore, path: string): Promise<BenchmarkBaseline | undefined> {
  const kind = await store.kind(path);
  if (kind === undefined) return undefined;
  if (kind === 'file') {
    const results = parseBenchmarkResults(await store.read(path), store.label(path));
    return { source: store.label(path), newest: results, history: [results] };
  }
  const candidates = (await store.list(path)).filter((file) => file.toLowerCase().endsWith('.json')).sort();
  if (candidates.length === 0) return undefined;
  // Numbered names order the files without reading them: read only the newest window then.
  const numbered = candidates.every((file) => NUMBERED.test(posix.basename(file.replace(/\\/g, '/'))));
  const toRead = numbered ? pickNumberedWindow(candidates) : candidates;
  const parsed: BenchmarkResults[] = [];
  for (const file of toRead) parsed.push(parseBenchmarkResults(await store.read(file), store.label(file)));
  const window = orderBaselineFiles(parsed);
  const newest = window[0];
  if (newest === undefined) return undefined;
  return { source: store.label(path), newest, history: window };
}

/** The newest HISTORY_WINDOW numbered files of the folder holding the highest number (names only). */
function pickNumberedWindow(files: readonly string[]): string[] {
  const parts = (file: string): { folder: string; number: number } => {
    const normal = file.replace(/\\/g, '/');
    return { folder: posix.dirname(normal), number: Number(NUMBERED.exec(posix.basename(normal))?.[1] ?? -1) };
  };
  const sorted = [...files].sort((a, b) => parts(b).number - parts(a).number || b.localeCompare(a));
  const first = sorted[0];
  if (first === undefined) return [];
  return sorted.filter((file) => parts(file).folder === parts(first).folder).slice(0, HISTORY_WINDOW);
}

/**
 * The baseline in the working tree: a results file, or a directory of them. Undefined when there is none yet.
 * `exclude` (an absolute path: the current results) is never part of it, should it be written into the directory.
 */
export function readBaselineFromFiles(path: string, cwd: string, exclude?: string): Promise<BenchmarkBaseline | undefined> {
  const resolve = (file: string): string => (isAbsolute(file) ? file : join(cwd, file));
  return readBaseline(
    {
      async kind(file) {
        try {
          const info = await stat(resolve(file));
          return info.isDirectory() ? 'directory' : 'file';
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
          throw error;
        }
      },
      async list(directory) {
        const files: string[] = [];
        for (const entry of await readdir(resolve(directory), { withFileTypes: true })) {
          const child = join(directory, entry.name);
          if (entry.isFile()) {
            if (exclude === undefined || resolve(child) !== exclude) files.push(child);
          }
          else if (entry.isDirectory()) {
            for (const nested of await readdir(resolve(child), { withFileTypes: true })) {
              if (nested.isFile() && (exclude === undefined || resolve(join(child, nested.name)) !== exclude)) files.push(join(child, nested.name));
            }
          }
        }
        return files;
      },
      read: (file) => readFile(resolve(file), 'utf8'),
      label: (file) => file.replace(/\\/g, '/'),
    },
    path,
  );
}

/** A `baseline-ref` git cannot resolve to a commit: named, with what to do. */
export class BaselineRefError extends OpsError {
  override name = 'BaselineRefError';
  constructor(
    readonly ref: string,
    readonly reason: string,
  ) {
    super(
      `baseline-ref '${ref}' cannot be read: ${reason}. Fetch it before this step (actions/checkout with fetch-depth: 0, ` +
        `or \`git fetch --depth=1 origin ${ref.replace(/^(refs\/remotes\/)?origin\//, '')}\`), or check its name.`,
    );
  }
}

/**
 * The baseline as it is at a git ref (`origin/main`), read with `git ls-tree` and `git show` without checking it
 * out. A ref git does not know is an error that says to fetch it; a path the ref does not have is the first run.
 */
export async function readBaselineFromGit(git: GitClient, ref: string, path: string): Promise<BenchmarkBaseline | undefined> {
  const verify = await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { allowFailure: true });
  if (verify.exitCode !== 0) throw new BaselineRefError(ref, 'it is not a commit in this clone');
  const commit = verify.stdout.trim();
  // `<commit>:<path>` names paths from the repository's root; the step may run in a subdirectory of it.
  const prefix = (await git.run(['rev-parse', '--show-prefix'])).stdout.trim();
  const clean = posix.normalize(`${prefix}${path.replace(/\\/g, '/')}`).replace(/^\.\/?/, '').replace(/\/+$/, '') || '.';
  const spec = (file: string): string => `${commit}:${file === '.' ? '' : file}`;
  return readBaseline(
    {
      async kind(file) {
        const type = await git.run(['cat-file', '-t', spec(file)], { allowFailure: true });
        if (type.exitCode !== 0) return undefined;
        const kind = type.stdout.trim();
        return kind === 'tree' ? 'directory' : kind === 'blob' ? 'file' : undefined;
      },
      async list(directory) {
        const prefix = directory === '.' ? '' : `${directory}/`;
        const listing = await git.run(['ls-tree', '-r', '--name-only', '--full-tree', '-z', commit, '--', ...(prefix ? [prefix] : [])]);
        // One level of subdirectories at most, as in the working tree.
        return listing.stdout
          .split('\0')
          .filter((file) => file !== '' && file.slice(prefix.length).split('/').length <= 2);
      },
      read: async (file) => (await git.run(['cat-file', 'blob', spec(file)])).stdout,
      label: (file) => `${ref}:${file}`,
    },
    clean,
  );
}
