import type { BumpLevel } from '../versions/next-version.js';
import { expandSquashedCommits } from './expand-squashed.js';
import type { ConventionalCommit, NonConventionalCommit, ParsedCommit } from './parse-commit.js';

/** Which commit types release, and at what level. Breaking changes are always major. */
export interface BumpRules {
  readonly minorTypes: readonly string[];
  readonly patchTypes: readonly string[];
}

/** Why the range bumps as it does: every commit is accounted for in exactly one list. */
export interface BumpDecision {
  readonly level: BumpLevel;
  /** Commits that release, newest first. */
  readonly releasing: readonly ConventionalCommit[];
  /** Conventional commits of types that do not release (ci, build, ... by default). */
  readonly notReleasing: readonly ConventionalCommit[];
  /** Pairs cancelled out: a commit and its revert, both in the range. */
  readonly cancelled: readonly { readonly commit: ParsedCommit; readonly revert: ConventionalCommit }[];
  readonly nonConventional: readonly NonConventionalCommit[];
  readonly merges: number;
  /** The newest commit of the highest level, the one the summary names. */
  readonly highest: ConventionalCommit | undefined;
  /**
   * When `highest` is a squash merge whose subject asks for less than a commit its body lists
   * (`fix: x (#12)` listing `feat: y`): that listed commit, which set the level.
   */
  readonly raisedBy: ConventionalCommit | undefined;
}

const ORDER: Record<BumpLevel, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * The level one commit asks for under the rules. A squash merge asks for the higher of its
 * subject's level and those of the commits its body lists: they may raise it, never lower it.
 */
function levelOfCommit(commit: ConventionalCommit, rules: BumpRules): BumpLevel {
  let level = ownLevel(commit, rules);
  for (const listed of commit.squashed ?? []) level = maxLevel(level, ownLevel(listed, rules));
  return level;
}

function ownLevel(commit: ConventionalCommit, rules: BumpRules): BumpLevel {
  if (commit.breaking) return 'major';
  if (rules.minorTypes.includes(commit.type)) return 'minor';
  if (rules.patchTypes.includes(commit.type)) return 'patch';
  return 'none';
}

/** The higher of two levels. */
function maxLevel(a: BumpLevel, b: BumpLevel): BumpLevel {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/**
 * Decides the bump for a range of parsed commits (newest first, as git log gives them).
 * A squash merge counts as its subject, raised by the commits its body lists; one whose subject
 * is not a Conventional Commit (git's `Squashed commit of the following:`) counts as each of them.
 * The highest level wins. A revert of a commit that is in the same range cancels both,
 * since nothing of either reaches the release; a revert of an older, released commit stays.
 */
export function computeBump(rangeCommits: readonly ParsedCommit[], rules: BumpRules): BumpDecision {
  const commits = expandSquashedCommits(rangeCommits);
  const cancelledHashes = new Set<string>();
  const cancelled = cancelRevertedPairs(commits, cancelledHashes);
  const releasing: ConventionalCommit[] = [];
  const notReleasing: ConventionalCommit[] = [];
  const nonConventional: NonConventionalCommit[] = [];
  let merges = 0;
  let level: BumpLevel = 'none';
  let highest: ConventionalCommit | undefined;
  for (const commit of commits) {
    if (cancelledHashes.has(commit.hash)) continue;
    if (commit.kind === 'merge') {
      merges++;
      continue;
    }
    if (commit.kind === 'non-conventional') {
      nonConventional.push(commit);
      continue;
    }
    const commitLevel = levelOfCommit(commit, rules);
    if (commitLevel === 'none') {
      notReleasing.push(commit);
      continue;
    }
    releasing.push(commit);
    if (ORDER[commitLevel] > ORDER[level]) {
      level = commitLevel;
      highest = commit;
    }
  }
  const raisedBy = highest && ORDER[ownLevel(highest, rules)] < ORDER[level] ? highest.squashed?.find((c) => ownLevel(c, rules) === level) : undefined;
  return { level, releasing, notReleasing, cancelled, nonConventional, merges, highest, raisedBy };
}

/**
 * Pairs each revert with the commit it reverts when both are in the range, oldest first.
 * Reverting a revert puts the original back: the two reverts cancel each other instead.
 */
export function cancelRevertedPairs(
  commits: readonly ParsedCommit[],
  cancelledHashes: Set<string>,
): { commit: ParsedCommit; revert: ConventionalCommit }[] {
  const findTarget = indexRevertTargets(commits);
  const pairs = new Map<string, { commit: ParsedCommit; revert: ConventionalCommit }>();
  for (let index = commits.length - 1; index >= 0; index--) {
    const revert = commits[index];
    if (revert?.kind !== 'conventional' || !revert.reverts) continue;
    const target = findTarget(revert.reverts.hash);
    if (!target || target.hash === revert.hash) continue;
    if (!cancelledHashes.has(target.hash)) {
      cancelledHashes.add(target.hash).add(revert.hash);
      pairs.set(target.hash, { commit: target, revert });
      continue;
    }
    // The target is a revert that had cancelled an earlier commit: undo that pairing.
    for (const [hash, pair] of pairs) {
      if (pair.revert.hash !== target.hash) continue;
      pairs.delete(hash);
      cancelledHashes.delete(hash);
      cancelledHashes.add(revert.hash);
      pairs.set(target.hash, { commit: target, revert });
      break;
    }
  }
  return [...pairs.values()];
}

/**
 * Finds a revert's target by the hash (or abbreviated hash) its message names: an exact hash
 * first, else the newest commit whose hash starts with the name in lower case; of the entries
 * that share a hash (a squash merge's listed commits), the last. Only the hashes that reverts
 * name are indexed, in one pass over the range: no map of every commit, and no scan of the
 * range for each revert whose target is outside it.
 */
export function indexRevertTargets(commits: readonly ParsedCommit[]): (name: string) => ParsedCommit | undefined {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  for (const commit of commits) {
    if (commit.kind !== 'conventional' || !commit.reverts) continue;
    names.add(commit.reverts.hash);
    prefixes.add(commit.reverts.hash.toLowerCase());
  }
  if (names.size === 0) return () => undefined;
  const lengths = [...new Set([...prefixes].map((prefix) => prefix.length))];
  // Most hashes start with no name: one look-up of their first `shortest` characters rules them out.
  const shortest = Math.min(...lengths);
  const starts = new Set([...names, ...prefixes].map((name) => name.slice(0, shortest)));
  const newestByPrefix = new Map<string, string>();
  const wanted = new Set<string>();
  const lastByHash = new Map<string, ParsedCommit>();
  for (const commit of commits) {
    const hash = commit.hash;
    if (!starts.has(hash.slice(0, shortest))) continue;
    if (names.has(hash)) wanted.add(hash);
    for (const length of lengths) {
      if (hash.length < length) continue;
      const prefix = hash.length === length ? hash : hash.slice(0, length);
      if (prefixes.has(prefix) && !newestByPrefix.has(prefix)) {
        newestByPrefix.set(prefix, hash);
        wanted.add(hash);
      }
    }
    // A hash is wanted from its first entry on, so this keeps the last entry of each.
    if (wanted.has(hash)) lastByHash.set(hash, commit);
  }
  return (name) => {
    const exact = lastByHash.get(name);
    if (exact) return exact;
    const hash = newestByPrefix.get(name.toLowerCase());
    return hash === undefined ? undefined : lastByHash.get(hash);
  };
}
