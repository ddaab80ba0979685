import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative } from 'node:path';
import { FileError, OpsError } from '../errors.js';
import type { GitClient } from '../git/git-client.js';
import { decodeUtf8Text } from '../inputs/read-text.js';
import type { FoundKind } from '../inputs/repository-path.js';
import { resolveRepositoryPath } from '../inputs/repository-path.js';
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
 * A relative `path` is resolved by `resolveRepositoryPath` (a symbolic link out of the workspace or into `.git` is
 * refused); an absolute one (outside the workspace, as the settings keep it) is read as given. Inside a directory,
 * only plain files and plain subdirectories are read: links there are not followed. Every file is read strictly
 * as UTF-8. `exclude` (a real, absolute path: the current results) is never part of it, should it be written into
 * the directory.
 */
export async function readBaselineFromFiles(path: string, cwd: string, exclude?: string): Promise<BenchmarkBaseline | undefined> {
  const root = isAbsolute(path) ? await locateOutside(path) : await resolveRepositoryPath(cwd, 'baseline', path);
  const real = (file: string): string => join(root.real, relative(path, file));
  return readBaseline(
    {
      // Only the baseline itself is looked up: what is inside a directory comes from list().
      kind() {
        if (root.found === 'other') return Promise.reject(new FileError(label(path), 'is neither a file nor a folder (input baseline)'));
        return Promise.resolve(root.found === 'folder' ? 'directory' : root.found === 'file' ? 'file' : undefined);
      },
      async list(directory) {
        const files: string[] = [];
        const keep = (file: string): boolean => exclude === undefined || real(file) !== exclude;
        for (const entry of await readdir(real(directory), { withFileTypes: true })) {
          const child = join(directory, entry.name);
          if (entry.isFile()) {
            if (keep(child)) files.push(child);
          } else if (entry.isDirectory()) {
            for (const nested of await readdir(real(child), { withFileTypes: true })) {
              if (nested.isFile() && keep(join(child, nested.name))) files.push(join(child, nested.name));
            }
          }
        }
        return files;
      },
      read: async (file) => decodeUtf8Text(await readFile(real(file)), label(file)),
      label,
    },
    path,
  );
}

const label = (file: string): string => file.replace(/\\/g, '/');

/** An absolute path outside the workspace, read as the workflow named it: its real location and what is there. */
async function locateOutside(path: string): Promise<{ real: string; found: FoundKind }> {
  try {
    const info = await stat(path);
    return { real: await realpath(path), found: info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { real: path, found: 'missing' };
    throw error;
  }
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
      read: async (file) => {
        const text = (await git.run(['cat-file', 'blob', spec(file)])).stdout;
        // git's output is decoded as UTF-8 with U+FFFD for bytes that are not; pytest-benchmark writes ASCII JSON
        // (json.dump's ensure_ascii), so a U+FFFD here is a file that is not UTF-8.
        if (text.includes('\uFFFD')) throw new FileError(`${ref}:${file}`, 'is not UTF-8 text (save it as UTF-8); the baseline was left as it is.');
        return text;
      },
      label: (file) => `${ref}:${file}`,
    },
    clean,
  );
}
