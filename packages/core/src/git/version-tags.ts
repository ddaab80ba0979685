import { Pep440Version } from '../versions/pep440-version.js';
import type { GitClient } from './git-client.js';
import { listMergedTags } from './read-history.js';

/** A release tag: `<prefix><PEP 440 version>`. */
export interface VersionTag {
  readonly name: string;
  readonly version: Pep440Version;
}

/**
 * Release tags that are ancestors of `revision`, lowest version first. Tags that don't parse,
 * or carry a local part (`+build`), are not releases and are left out.
 */
export async function listVersionTags(git: GitClient, prefix: string, revision = 'HEAD'): Promise<VersionTag[]> {
  return versionTagsFrom(await listMergedTags(git, `${prefix}*`, revision), prefix);
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
