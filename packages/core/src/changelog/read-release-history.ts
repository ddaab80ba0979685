import type { ParsedCommit } from '../commits/parse-commit.js';
import { parseCommit } from '../commits/parse-commit.js';
import type { GitClient } from '../git/git-client.js';
import { readCommits } from '../git/read-history.js';
import type { VersionTag } from '../git/version-tags.js';
import { dropFloatingTags, versionTagsFrom } from '../git/version-tags.js';

/** One release's commits, newest first, and the tag before it (for the compare link). */
export interface ReleaseCommits {
  readonly tag: VersionTag;
  readonly previous: VersionTag | undefined;
  /** The tag's date (the tagger's for an annotated tag, else the commit's), YYYY-MM-DD in UTC. */
  readonly date: string;
  readonly commits: readonly ParsedCommit[];
}

/** All of history up to a revision, cut at the release tags. */
export interface ReleaseHistory {
  /** Lowest version first. */
  readonly releases: readonly ReleaseCommits[];
  /** Commits after the last release, newest first. */
  readonly unreleased: readonly ParsedCommit[];
}

/**
 * Reads the whole history with one `git log`, and gives each commit to the first release tag
 * (in version order) that contains it: the same cut as `git log <previous>..<tag>` for every
 * pair of tags, at the cost of one git process instead of forty. Floating tags (`v1`) are not releases.
 */
export async function readReleaseHistory(git: GitClient, prefix: string, until: string): Promise<ReleaseHistory> {
  // Two independent reads, side by side. A tag is merged into `until` exactly when its commit is
  // in the log, so the graph answers what `git tag --merged` would, without a third walk.
  const [refs, nodes] = await Promise.all([
    readTagTargets(git, prefix),
    readCommits(git, { until }, (raw) => ({ hash: raw.hash, parents: raw.parents, commit: parseCommit(raw) })),
  ]);
  const byHash = new Map(nodes.map((node, index) => [node.hash, index]));
  const merged = versionTagsFrom([...refs.keys()], prefix).filter((tag) => byHash.has(refs.get(tag.name)?.commit ?? ''));
  const tags = await dropFloatingTags(git, prefix, merged);
  const owner = new Int32Array(nodes.length).fill(-1);
  tags.forEach((tag, release) => {
    const start = byHash.get(refs.get(tag.name)?.commit ?? '');
    if (start === undefined) return;
    const stack = [start];
    while (stack.length > 0) {
      const index = stack.pop() as number;
      if (owner[index] !== -1) continue;
      owner[index] = release;
      for (const parent of nodes[index]?.parents ?? []) {
        const next = byHash.get(parent);
        if (next !== undefined && owner[next] === -1) stack.push(next);
      }
    }
  });
  const buckets: ParsedCommit[][] = tags.map(() => []);
  const unreleased: ParsedCommit[] = [];
  nodes.forEach((node, index) => {
    const release = owner[index] ?? -1;
    (release === -1 ? unreleased : (buckets[release] as ParsedCommit[])).push(node.commit);
  });
  return {
    releases: tags.map((tag, index) => ({
      tag,
      previous: tags[index - 1],
      date: refs.get(tag.name)?.date ?? '',
      commits: buckets[index] ?? [],
    })),
    unreleased,
  };
}

/** Each tag's commit (peeled through an annotated tag) and date, from one for-each-ref. */
async function readTagTargets(git: GitClient, prefix: string): Promise<Map<string, { commit: string; date: string }>> {
  const result = await git.run([
    'for-each-ref',
    '--format=%(refname:strip=2)%09%(objectname)%09%(*objectname)%09%(creatordate:unix)',
    '--',
    `refs/tags/${prefix}*`,
  ]);
  const targets = new Map<string, { commit: string; date: string }>();
  for (const line of result.stdout.split('\n')) {
    const [name, object, peeled, unix] = line.split('\t');
    if (!name || !object) continue;
    const date = new Date(Number(unix) * 1000).toISOString().slice(0, 10);
    targets.set(name, { commit: peeled || object, date });
  }
  return targets;
}
