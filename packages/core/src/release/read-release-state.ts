import { FileError, GitError, InputError, VersionNotFoundError } from '../errors.js';
import type { GitClient } from '../git/git-client.js';
import type { ParsedCommit } from '../commits/parse-commit.js';
import { parseCommit } from '../commits/parse-commit.js';
import {
  assertRepository,
  ensureFullHistory,
  readCommits,
  pathspecProblem,
  readCurrentBranch,
  readHead,
} from '../git/read-history.js';
import { readRepositoryFile } from '../inputs/read-text.js';
import type { ResolvedPath } from '../inputs/repository-path.js';
import type { VersionTag } from '../git/version-tags.js';
import { findLatestVersionTag, listUnreachableVersionTags, refuseUnprefixedTags } from '../git/version-tags.js';
import type { VersionLocation } from '../version-sources/locate-version.js';
import { explicitVersionLocation, locateVersion } from '../version-sources/locate-version.js';
import type { ProjectConfigFiles } from '../version-sources/project-config.js';
import type { VersionFileState } from '../version-sources/read-version-sources.js';
import { readVersionSources } from '../version-sources/read-version-sources.js';
import type { VersionBumpSettings } from './version-bump-settings.js';

export type { VersionFileState } from '../version-sources/read-version-sources.js';

/** Everything version-bump reads before deciding: the planning step is pure over this. */
export interface ReleaseState {
  readonly head: string;
  /** undefined on a detached HEAD (a tag or pull request checkout). */
  readonly branch: string | undefined;
  readonly history: 'complete' | 'fetched';
  readonly latestTag: VersionTag | undefined;
  /** Release tags above `latestTag` that are not in HEAD's history (undefined: not read). */
  readonly unreachableTags?: readonly VersionTag[];
  /** Parsed as they were read: the raw messages are not kept. */
  readonly commits: readonly ParsedCommit[];
  /** Where the version lives: the files named in `version-files`, or as the project's configuration says. */
  readonly location: VersionLocation;
  readonly files: readonly VersionFileState[];
  /** The changelog named by the `changelog` input: its content, or undefined when it does not exist yet. */
  readonly changelog: { readonly path: string; readonly location: ResolvedPath; readonly content: string | undefined } | undefined;
}

/**
 * Reads the repository and the version files. Fails, before anything is written, on a
 * missing git repository, an empty one, a named version file that is missing or unreadable, a
 * path that leads outside the repository or into .git, a file that is not UTF-8, and a project
 * whose version is nowhere its configuration (`files`, see `readProjectConfigFiles`) says.
 */
export async function readReleaseState(git: GitClient, settings: VersionBumpSettings, files: ProjectConfigFiles = new Map()): Promise<ReleaseState> {
  const facts = await assertRepository(git);
  const head = await readHead(git);
  if (!head) throw new FileError(git.cwd, 'the repository has no commits yet');
  const history = await ensureFullHistory(git, facts);
  // Two independent git calls: side by side, one process start less before the log.
  const [branch, latestTag] = await Promise.all([readCurrentBranch(git), findLatestVersionTag(git, settings.tagPrefix)]);
  if (latestTag === undefined && settings.tagPrefixDefaulted) await refuseUnprefixedTags(git);
  const unreachableTags = (await listUnreachableVersionTags(git, settings.tagPrefix)).filter((tag) => latestTag === undefined || tag.version.compare(latestTag.version) > 0);
  const commits = await readCommits(git, {
    ...(latestTag ? { since: `refs/tags/${latestTag.name}` } : {}),
    until: 'HEAD',
    paths: settings.paths,
  }, parseCommit).catch(async (error: unknown) => {
    const problem = error instanceof GitError && settings.paths.length > 0 ? await pathspecProblem(git, settings.paths) : undefined;
    if (problem !== undefined) throw new InputError('paths', settings.paths.join(', '), `git refuses it: ${problem}`);
    throw error;
  });
  const location = settings.versionFiles.length > 0 ? explicitVersionLocation(settings.versionFiles) : locateVersion(files);
  if (location.kind === 'none' && location.project) throw new VersionNotFoundError(location.looked, location.fix);
  // Every version file is read where it really is (links resolved, never outside the repository or
  // in .git), and that real location is what is written and committed.
  const locations = new Map<string, ResolvedPath>();
  const readText = async (path: string, origin: string): Promise<string | undefined> => {
    try {
      const file = await readRepositoryFile(git.cwd, 'version-files', path);
      locations.set(path, file.path);
      return file.content;
    } catch (error) {
      // A path named by the project's configuration, not by an input: say what named it.
      if (error instanceof InputError && origin !== 'version-files') throw new FileError(path, `${origin} names it, but ${error.allowed}`, undefined, { cause: error });
      throw error;
    }
  };
  const sources = await readVersionSources(
    location,
    { readText, listFiles: (pattern, exclude) => listRepositoryFiles(git, pattern, exclude) },
    { tagPrefix: settings.tagPrefix, taggedVersion: latestTag?.name.slice(settings.tagPrefix.length) },
  );
  const versionFiles = sources.map((state) => {
    const resolved = locations.get(state.path);
    if (resolved === undefined) throw new Error(`internal: ${state.path} was not resolved before it was read`);
    return { ...state, location: resolved };
  });
  const changelog = settings.changelog ? await readRepositoryFile(git.cwd, 'changelog', settings.changelog) : undefined;
  return {
    head,
    branch,
    history,
    latestTag,
    unreachableTags,
    commits,
    location,
    files: versionFiles,
    changelog: changelog && { path: changelog.path.path, location: changelog.path, content: changelog.content },
  };
}

/**
 * The tracked files matching a glob as Python's `glob` matches them (`*` stays within a folder),
 * for commitizen's `version_files` and bump-my-version's `glob` entries.
 */
async function listRepositoryFiles(git: GitClient, pattern: string, exclude: readonly string[]): Promise<string[]> {
  const magic = (glob: string) => `:(glob)${glob}`;
  const result = await git.run(['ls-files', '-z', '--', magic(pattern), ...exclude.map((glob) => `:(glob,exclude)${glob}`)]);
  return result.stdout.split('\0').filter(Boolean).sort();
}
