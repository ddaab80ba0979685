import { Pep440Version } from '../versions/pep440-version.js';
import type { GitClient } from './git-client.js';
import { listMergedTags } from './read-history.js';
import { ReleaseError } from '../errors.js';
import { DEFAULT_TAG_PREFIX, NO_TAG_PREFIX } from '../version-sources/project-settings.js';

/** A release tag: `<prefix><PEP 440 version>`. */
export interface VersionTag {
  readonly name: string;
  readonly version: Pep440Version;
}

/**
 * Release tags that are ancestors of `revision`, lowest version first. Tags that don't parse,
 * carry a local part (`+build`), or float (`v1`, see {@link dropFloatingTags}) are not releases
 * and are left out.
 */
export async function listVersionTags(git: GitClient, prefix: string, revision = 'HEAD'): Promise<VersionTag[]> {
  return dropFloatingTags(git, prefix, versionTagsFrom(await listMergedTags(git, `${prefix}*`, revision), prefix));
}

/**
 * Leaves out floating tags: `v1` or `v9.17` name a release line and are moved to its newest
 * release (as GitHub Actions are released, this project's own `v1` included), so they are not
 * releases and must not take the commits of the release they point at. A tag of one or two
 * release numbers floats when a final release of its line with more numbers (`v1.4.2`,
 * `v9.17.0`) is at its commit or before it; a real `23.0` released before `23.0.1` stays.
 */
export async function dropFloatingTags(git: GitClient, prefix: string, tags: readonly VersionTag[]): Promise<VersionTag[]> {
  const candidates = tags.filter((tag) => namesLine(tag) && tags.some((other) => extendsLine(other, tag)));
  if (candidates.length === 0) return [...tags];
  // One walk per candidate (a few: one per major or minor line), only when there are any.
  const reachable = await Promise.all(candidates.map((tag) => listMergedTags(git, `${prefix}*`, `refs/tags/${tag.name}`)));
  const floating = new Set<string>();
  candidates.forEach((tag, index) => {
    const before = versionTagsFrom(reachable[index] ?? [], prefix);
    if (before.some((other) => extendsLine(other, tag))) floating.add(tag.name);
  });
  return tags.filter((tag) => !floating.has(tag.name));
}

/** `v1`, `v9.17`: one or two release numbers and nothing else. */
function namesLine(tag: VersionTag): boolean {
  const v = tag.version;
  return v.release.length <= 2 && v.pre === undefined && v.post === undefined && v.dev === undefined && v.local === undefined;
}

/** Whether `other` is a final release of `line`'s line with more release numbers: `v1.4.2` for `v1`. */
function extendsLine(other: VersionTag, line: VersionTag): boolean {
  const a = other.version;
  const b = line.version;
  if (a.release.length <= b.release.length || a.epoch !== b.epoch || a.pre !== undefined || a.dev !== undefined) return false;
  return b.release.every((part, index) => a.release[index] === part);
}

/** The release tags among tag names, lowest version first. */
export function versionTagsFrom(names: readonly string[], prefix: string): VersionTag[] {
  const tags: VersionTag[] = [];
  for (const name of names) {
    const version = Pep440Version.tryParse(name.slice(prefix.length));
    // With an empty prefix, `v1.0` parses too; it belongs to a `v` prefix, not to ''.
    if (!version || version.local !== undefined || (prefix === '' && !/^\d/.test(name))) continue;
    tags.push({ name, version });
  }
  return tags.sort((a, b) => a.version.compare(b.version) || a.name.localeCompare(b.name));
}

/**
 * Release tags that are not ancestors of `revision` (floating ones left out), lowest version first: tags of other
 * branches, or of a release whose commit never reached this branch (a squash-merged or rebased release branch).
 */
export async function listUnreachableVersionTags(git: GitClient, prefix: string, revision = 'HEAD'): Promise<VersionTag[]> {
  const result = await git.run(['tag', '--no-merged', revision, '--list', `${prefix}*`]);
  const names = result.stdout.split('\n').filter((line) => line !== '');
  return names.length === 0 ? [] : dropFloatingTags(git, prefix, versionTagsFrom(names, prefix));
}

/** The highest release tag reachable from `revision`, below `below` when given. */
export async function findLatestVersionTag(
  git: GitClient,
  prefix: string,
  options: { readonly revision?: string; readonly below?: Pep440Version } = {},
): Promise<VersionTag | undefined> {
  const tags = await listVersionTags(git, prefix, options.revision);
  const below = options.below;
  const eligible = below ? tags.filter((tag) => tag.version.compare(below) < 0) : tags;
  return eligible.at(-1);
}

/**
 * Called with the documented default prefix (`v`, because neither the input nor the project's
 * release tool said otherwise) when no `v` tag is reachable from `revision`: tags that are bare versions
 * (`1.4.2`, as commitizen writes by default, or as `tag-prefix: ''` meant before it followed the
 * project) mean the project's releases would be missed: stop and say so rather than start again.
 * version-bump and changelog both ask this, so neither guesses differently from the other.
 * @throws ReleaseError naming the latest bare-version tag and the two settings that decide.
 */
export async function refuseUnprefixedTags(git: GitClient, revision = 'HEAD'): Promise<void> {
  const bare = await findLatestVersionTag(git, '', { revision });
  if (bare === undefined) return;
  throw new ReleaseError(
    `No release tag starts with '${DEFAULT_TAG_PREFIX}', but ${bare.name} and maybe others are versions without a prefix. ` +
      `Set tag-prefix: ${NO_TAG_PREFIX} to continue from them, or tag-prefix: ${DEFAULT_TAG_PREFIX} to start a new series of tags.`,
  );
}
