import { FileError } from '../errors.js';
import type { ResolvedPath } from '../inputs/repository-path.js';
import { isRepositoryPath } from '../inputs/repository-path.js';
import { searchesForCurrent, updaterForLocator } from '../updaters/source-updater.js';
import type { VersionFileUpdater, VersionReadResult } from '../updaters/types.js';
import type { VersionLocation, VersionSource } from './locate-version.js';

/** One version source as it was read: the file, its content, and what its updater found. */
export interface VersionFileState {
  readonly path: string;
  /** Where it really is (symbolic links resolved): what is written and committed. */
  readonly location: ResolvedPath;
  /** undefined when the file does not exist (a source the tool may skip, e.g. bump-my-version's `ignore_missing_file`). */
  readonly content: string | undefined;
  readonly read: VersionReadResult | undefined;
  /** How the file was found; absent for files named in `version-files` by tests that build states by hand. */
  readonly source?: VersionSource;
  /** The version text searched for, for sources that search (commitizen's `version_files`, bump-my-version's `search`). */
  readonly current?: string;
  /** Why nothing is written here, when the source allows it to be missing. */
  readonly skipped?: string;
}

/** A version file as {@link readVersionSources} returns it, before its real location is attached. */
export type ReadVersionFile = Omit<VersionFileState, 'location'>;

/** What reading needs from the run. */
export interface VersionSourceIo {
  /** The file's text, or undefined when it does not exist; `origin` says what named it, for errors. */
  readText(path: string, origin: string): Promise<string | undefined>;
  /** The repository's files matching a glob (as Python's `glob` matches), less the excluded ones; sorted. */
  listFiles(pattern: string, exclude: readonly string[]): Promise<string[]>;
}

/** What the sources' updaters need: the tag prefix, and the latest tag's version text when no file holds the version. */
export interface VersionSourceContext {
  readonly tagPrefix: string;
  /** The version as the latest release tag writes it (after the prefix). */
  readonly taggedVersion: string | undefined;
}

/**
 * Reads every file of a located version: globs expanded, the first existing of a source's
 * alternatives taken, each file read by its source's updater. Sources that search for the current
 * version look for the one the first source holds (the tool's own record, e.g. commitizen's
 * provider or bump-my-version's `current_version`), else the latest tag's. A file a source needs
 * that does not exist fails with its name and what named it, before anything is written.
 */
export async function readVersionSources(location: VersionLocation, io: VersionSourceIo, context: VersionSourceContext): Promise<ReadVersionFile[]> {
  if (location.kind !== 'files') return [];
  const states: ReadVersionFile[] = [];
  const cache = new Map<string, Promise<string | undefined>>();
  const read = (path: string, origin: string) => {
    let pending = cache.get(path);
    if (pending === undefined) {
      pending = io.readText(path, origin);
      cache.set(path, pending);
    }
    return pending;
  };
  let current: string | undefined;
  for (const source of location.sources) {
    for (const path of source.paths) assertInsideRepository(path, source.origin);
    const paths = source.glob === undefined ? [await firstExisting(source, read)] : await io.listFiles(source.paths[0] ?? '', source.glob.exclude);
    if (paths.length === 0) {
      if (source.skipIfMissing) continue;
      throw new FileError(source.paths[0] ?? '', `no file matches this pattern, named by ${source.origin}`);
    }
    for (const path of paths) {
      const content = path === undefined ? undefined : await read(path, source.origin);
      const shown = path ?? source.paths[0] ?? '';
      if (content === undefined) {
        if (source.skipIfMissing) {
          states.push({ path: shown, content: undefined, read: undefined, source, skipped: `${shown} does not exist (${source.origin} allows it)` });
          continue;
        }
        const named = source.origin === 'version-files' ? "the file named in 'version-files' does not exist" : `${source.origin} names it, but it does not exist`;
        throw new FileError(source.paths.length > 1 ? source.paths.join(' or ') : shown, named);
      }
      const searchFor = searchesForCurrent(source.locator) ? (current ?? context.taggedVersion) : undefined;
      const updater = updaterFor(shown, source, context, searchFor);
      let result: VersionReadResult;
      try {
        result = updater.readVersion(content, shown);
      } catch (error) {
        if (error instanceof FileError && source.skipIfNoVersion) {
          states.push({ path: shown, content, read: undefined, source, skipped: `${error.problem} (${source.origin} allows it)` });
          continue;
        }
        throw error;
      }
      if (result.kind === 'found' && current === undefined && !searchesForCurrent(source.locator)) {
        current = source.stampsTag && result.span.value.startsWith(context.tagPrefix) ? result.span.value.slice(context.tagPrefix.length) : result.span.value;
      }
      states.push({ path: shown, content, read: result, source, ...(searchFor === undefined ? {} : { current: searchFor }) });
    }
  }
  return states;
}

/** The updater a read file state was read with, for the plan to write with the same one. */
export function updaterForState(state: VersionFileState, tagPrefix: string): VersionFileUpdater {
  const source = state.source ?? { paths: [state.path], locator: { kind: 'by-name' as const }, origin: 'version-files' };
  return updaterFor(state.path, source, { tagPrefix, taggedVersion: undefined }, state.current);
}

function updaterFor(path: string, source: VersionSource, context: VersionSourceContext, current: string | undefined): VersionFileUpdater {
  return updaterForLocator(path, source.locator, { current, tagPrefix: context.tagPrefix, where: source.origin }, source.stampsTag ?? false);
}

/**
 * A path a config file names is written to as a version file: like a path given in an input, it
 * must be relative and stay inside the repository (the config may come from a pull request).
 */
function assertInsideRepository(path: string, origin: string): void {
  if (!isRepositoryPath(path)) {
    throw new FileError(path, `${origin} names a path outside the repository or inside .git; only files inside the repository, outside .git, are written`);
  }
}

async function firstExisting(source: VersionSource, read: (path: string, origin: string) => Promise<string | undefined>): Promise<string | undefined> {
  for (const path of source.paths) if ((await read(path, source.origin)) !== undefined) return path;
  return source.paths.length === 1 ? source.paths[0] : undefined;
}
