import { join } from 'node:path';
import { FileError } from '../errors.js';
import type { GitClient } from '../git/git-client.js';
import type { ParsedCommit } from '../commits/parse-commit.js';
import { parseCommit } from '../commits/parse-commit.js';
import {
  assertRepository,
  ensureFullHistory,
  readCommits,
  readCurrentBranch,
  readHead,
} from '../git/read-history.js';
import { readTextIfExists } from '../inputs/read-text.js';
import { updaterFor } from '../updaters/index.js';
import type { VersionReadResult } from '../updaters/types.js';
import type { VersionTag } from '../git/version-tags.js';
import { findLatestVersionTag } from '../git/version-tags.js';
import type { VersionBumpSettings } from './version-bump-settings.js';

/** A version file as it was read: its content, and what its updater found in it. */
export interface VersionFileState {
  readonly path: string;
  /** undefined when the file does not exist (allowed only for the default pyproject.toml). */
  readonly content: string | undefined;
  readonly read: VersionReadResult | undefined;
}

/** Everything version-bump reads before deciding: the planning step is pure over this. */
export interface ReleaseState {
  readonly head: string;
  /** undefined on a detached HEAD (a tag or pull request checkout). */
  readonly branch: string | undefined;
  readonly history: 'complete' | 'fetched';
  readonly latestTag: VersionTag | undefined;
  /** Parsed as they were read: the raw messages are not kept. */
  readonly commits: readonly ParsedCommit[];
  readonly files: readonly VersionFileState[];
  /** The changelog named by the `changelog` input: its content, or undefined when it does not exist yet. */
  readonly changelog: { readonly path: string; readonly content: string | undefined } | undefined;
}

/**
 * Reads the repository and the version files. Fails, before anything is written, on a
 * missing git repository, an empty one, a named version file that is missing or unreadable.
 */
export async function readReleaseState(git: GitClient, settings: VersionBumpSettings): Promise<ReleaseState> {
  const facts = await assertRepository(git);
  const head = await readHead(git);
  if (!head) throw new FileError(git.cwd, 'the repository has no commits yet');
  const history = await ensureFullHistory(git, facts);
  // Two independent git calls: side by side, one process start less before the log.
  const [branch, latestTag] = await Promise.all([readCurrentBranch(git), findLatestVersionTag(git, settings.tagPrefix)]);
  const commits = await readCommits(git, {
    ...(latestTag ? { since: `refs/tags/${latestTag.name}` } : {}),
    until: 'HEAD',
    paths: settings.paths,
  }, parseCommit);
  const files = await Promise.all(settings.versionFiles.map((path) => readVersionFile(git.cwd, path, settings)));
  const changelog = settings.changelog
    ? { path: settings.changelog, content: await readTextIfExists(join(git.cwd, settings.changelog)) }
    : undefined;
  return { head, branch, history, latestTag, commits, files, changelog };
}

async function readVersionFile(
  root: string,
  path: string,
  settings: VersionBumpSettings,
): Promise<VersionFileState> {
  const updater = updaterFor(path);
  const content = await readTextIfExists(join(root, path));
  if (content === undefined) {
    if (settings.versionFilesDefaulted) return { path, content: undefined, read: undefined };
    throw new FileError(path, "the file named in 'version-files' does not exist");
  }
  return { path, content, read: updater.readVersion(content, path) };
}
