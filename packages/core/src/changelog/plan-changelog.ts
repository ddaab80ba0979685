import type { ParsedCommit } from '../commits/parse-commit.js';
import { InputError, ReleaseError } from '../errors.js';
import type { GitClient } from '../git/git-client.js';
import { assertRepository, ensureFullHistory, isAncestor, readCommits, refExists, resolveCommit } from '../git/read-history.js';
import { readRepositoryFile } from '../inputs/read-text.js';
import type { ResolvedPath } from '../inputs/repository-path.js';
import { parseCommit } from '../commits/parse-commit.js';
import { findLatestVersionTag, refuseUnprefixedTags } from '../git/version-tags.js';
import { Pep440Version } from '../versions/pep440-version.js';
import type { ChangelogEdit, ReleaseUpdate } from './changelog-document.js';
import { applyRelease, applyUnreleased, createChangelog, replaceReleasedSections } from './changelog-document.js';
import type { ChangelogEntry } from './changelog-entries.js';
import { planChangelogEntries, renderChangelogBody } from './changelog-entries.js';
import type { ChangelogSettings } from './changelog-settings.js';
import { traceCommits } from './commit-traces.js';
import type { ReleaseHistory } from './read-release-history.js';
import { readReleaseHistory } from './read-release-history.js';

/** The commits of the section being written, and the tags around it. */
export interface CurrentRange {
  readonly commits: readonly ParsedCommit[];
  /** The release tag before it (for the compare link), if any. */
  readonly previousTag: string | undefined;
}

/** What the changelog action reads before it decides: planning is pure over this. */
export interface ChangelogState {
  /** Where the file really is (symbolic links resolved): where it is written. */
  readonly location: ResolvedPath;
  /** undefined when the file does not exist yet. */
  readonly content: string | undefined;
  readonly current: CurrentRange;
  /** With `regenerate`: every release from the tags. */
  readonly history: ReleaseHistory | undefined;
}

/** The new file and what it says. */
export interface ChangelogPlan {
  readonly edit: ChangelogEdit;
  readonly created: boolean;
  /** The entries of the section written for `version` (or [Unreleased]). */
  readonly entries: readonly ChangelogEntry[];
  /** All entries written, over every section (more than `entries` only with regenerate). */
  readonly totalEntries: number;
  /** `0.4.0` or `Unreleased`. */
  readonly title: string;
  /** What was read but left alone (an Unreleased heading below a release), for the log and the summary. */
  readonly warnings: readonly string[];
}

/**
 * Reads the commit range (or, with regenerate, all of history cut at the tags) and the current
 * file (by the rules of `readRepositoryFile`: inside the repository, outside .git, UTF-8). Fails
 * naming the input for a `from` or `to` that names no commit, or a `from` that is not older than `to`,
 * and, with the prefix left to its default `v`, when the releases are tagged without a prefix.
 */
export async function readChangelogState(git: GitClient, settings: ChangelogSettings): Promise<ChangelogState> {
  const [facts, file] = await Promise.all([assertRepository(git), readRepositoryFile(git.cwd, 'path', settings.path)]);
  const { path: location, content } = file;
  await ensureFullHistory(git, facts);
  const version = settings.version === undefined ? undefined : Pep440Version.parse(settings.version);
  const tag = settings.version === undefined ? undefined : `${settings.tagPrefix}${settings.version}`;
  // Independent look-ups, side by side: the `to` revision, and whether the version is tagged.
  const [resolved, tagged] = await Promise.all([
    resolveInput(git, 'to', settings.to),
    tag && settings.to === 'HEAD' ? refExists(git, `refs/tags/${tag}`) : Promise.resolve(false),
  ]);
  // Re-run after the release was tagged: the section is that tag's, from the tag before it.
  const until = tagged && tag ? tag : resolved;
  // As version-bump does: releases tagged without a prefix are not silently taken for none.
  if (settings.tagPrefixDefaulted && settings.from === undefined && (await findLatestVersionTag(git, settings.tagPrefix, { revision: until })) === undefined) {
    await refuseUnprefixedTags(git, until);
  }

  const history = settings.regenerate ? await readReleaseHistory(git, settings.tagPrefix, until) : undefined;
  if (history && settings.from === undefined) return { location, content, current: currentFromHistory(history, tag), history };
  let since: string | undefined;
  let previousTag: string | undefined;
  if (settings.from !== undefined) {
    since = await resolveInput(git, 'from', settings.from);
    if (await isAncestor(git, until, since)) {
      // `from..to` is empty: `to` is `from` or older (`from: HEAD`, `to: v0.3.3`).
      throw new InputError('from', settings.from, `it must be older than 'to' (${settings.to}), but it already contains it, so the range has no commits (are from and to the wrong way round?)`);
    }
    previousTag = (await refExists(git, `refs/tags/${settings.from}`)) ? settings.from : undefined;
  } else {
    const previous = await findLatestVersionTag(git, settings.tagPrefix, { revision: until, ...(version ? { below: version } : {}) });
    since = previous ? `refs/tags/${previous.name}` : undefined;
    previousTag = previous?.name;
  }
  const commits = await readCommits(git, { ...(since ? { since } : {}), until }, parseCommit);
  return { location, content, current: { commits, previousTag }, history };
}

/** With regenerate, the history already holds the section's commits: the tag's, or the unreleased ones. */
function currentFromHistory(history: ReleaseHistory, tag: string | undefined): CurrentRange {
  const release = tag === undefined ? undefined : history.releases.find((r) => r.tag.name === tag);
  if (release) return { commits: release.commits, previousTag: release.previous?.name };
  return { commits: history.unreleased, previousTag: history.releases.at(-1)?.tag.name };
}

/** Decides the new content. Pure: a dry run is this without writing. */
export function planChangelog(state: ChangelogState, settings: ChangelogSettings): ChangelogPlan {
  const options = { sections: settings.sections, includeOther: settings.includeOther };
  const links = { repositoryUrl: settings.repositoryUrl };
  const url = settings.repositoryUrl;
  const created = state.content === undefined;
  let content = state.content ?? createChangelog();
  let totalEntries = 0;
  // Warnings name lines of the file as it was read: the first edit's, not the later ones'.
  let warnings: readonly string[] | undefined;

  if (state.history) {
    const updates: ReleaseUpdate[] = [];
    for (const release of state.history.releases) {
      const entries = planChangelogEntries(release.commits, options);
      totalEntries += entries.length;
      updates.push({
        version: release.tag.name.slice(settings.tagPrefix.length),
        date: release.date,
        body: renderChangelogBody(entries, links, settings.sections),
        links: compareLinks(url, release.previous?.name, release.tag.name),
        commits: traceCommits(release.commits),
      });
    }
    const regenerated = replaceReleasedSections(content, settings.path, updates.reverse());
    warnings = regenerated.warnings;
    content = regenerated.content;
  }

  const entries = planChangelogEntries(state.current.commits, options);
  const body = renderChangelogBody(entries, links, settings.sections);
  const commits = traceCommits(state.current.commits);
  const releasedByRegenerate = state.history?.releases.some((r) => r.tag.name === `${settings.tagPrefix}${settings.version ?? ''}`) ?? false;
  let edit: ChangelogEdit;
  if (settings.version === undefined) {
    const unreleasedLink = url && state.current.previousTag ? `${url}/compare/${state.current.previousTag}...HEAD` : undefined;
    edit = applyUnreleased(content, settings.path, { body, ...(unreleasedLink === undefined ? {} : { link: unreleasedLink }), commits });
  } else {
    const tag = `${settings.tagPrefix}${settings.version}`;
    edit = applyRelease(content, settings.path, {
      version: settings.version,
      date: settings.date,
      body,
      links: compareLinks(url, state.current.previousTag, tag),
      commits,
    });
  }
  if (!releasedByRegenerate) totalEntries += entries.length;
  const changed = edit.content !== (state.content ?? '');
  return { edit: { ...edit, changed }, created, entries, totalEntries, title: settings.version ?? 'Unreleased', warnings: warnings ?? edit.warnings };
}

function compareLinks(url: string, previousTag: string | undefined, tag: string): ReleaseUpdate['links'] {
  if (!url) return undefined;
  return {
    compare: previousTag ? `${url}/compare/${previousTag}...${tag}` : `${url}/releases/tag/${tag}`,
    unreleased: `${url}/compare/${tag}...HEAD`,
  };
}

async function resolveInput(git: GitClient, input: string, revision: string): Promise<string> {
  try {
    return await resolveCommit(git, revision, input);
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    throw new InputError(input, revision, 'it must name a tag, branch or commit in this repository (with actions/checkout, set fetch-depth: 0)');
  }
}
