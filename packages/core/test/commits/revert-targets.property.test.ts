import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cancelRevertedPairs, indexRevertTargets } from '../../src/commits/compute-bump.js';
import type { ConventionalCommit, ParsedCommit } from '../../src/commits/parse-commit.js';

/** The lookup as a map of every commit gives it: the exact hash, else the first hash with the prefix. */
function lookUpInFullMap(commits: readonly ParsedCommit[], name: string): ParsedCommit | undefined {
  const byHash = new Map<string, ParsedCommit>();
  for (const commit of commits) byHash.set(commit.hash, commit);
  const exact = byHash.get(name);
  if (exact) return exact;
  for (const [hash, commit] of byHash) if (hash.startsWith(name.toLowerCase())) return commit;
  return undefined;
}

function commit(hash: string, index: number, reverts: string | undefined): ConventionalCommit {
  return {
    kind: 'conventional',
    hash,
    type: reverts === undefined ? 'feat' : 'revert',
    scope: undefined,
    subject: `change ${index}`,
    header: `feat: change ${index}`,
    breaking: false,
    breakingNotes: [],
    body: '',
    reverts: reverts === undefined ? undefined : { hash: reverts, header: 'feat: change' },
    pullRequest: undefined,
    deprecations: [],
  };
}

// Short hashes over a tiny alphabet: shared prefixes, repeated hashes (as a squash merge's
// listed commits share one), names in upper case, names of commits outside the range.
const hash = fc.string({ unit: fc.constantFrom('a', 'b', '0'), minLength: 1, maxLength: 5 });
const name = fc.oneof(hash, hash.map((text) => text.toUpperCase()), fc.constant(''));
const range = fc
  .array(fc.tuple(hash, fc.option(name, { nil: undefined })), { maxLength: 25 })
  .map((entries) => entries.map(([h, reverts], index) => commit(h, index, reverts)));

describe('indexRevertTargets', () => {
  it('finds what a map of every commit finds, for every name a revert gives', () => {
    fc.assert(
      fc.property(range, (commits) => {
        const find = indexRevertTargets(commits);
        for (const c of commits) {
          if (c.kind !== 'conventional' || !c.reverts) continue;
          expect(find(c.reverts.hash)).toBe(lookUpInFullMap(commits, c.reverts.hash));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('pairs a revert with its target named by an abbreviated, upper-case hash', () => {
    const target = commit('ab12cd34'.repeat(5), 1, undefined);
    const revert = commit('ff'.repeat(20), 0, 'AB12CD3');
    const cancelled = new Set<string>();
    expect(cancelRevertedPairs([revert, target], cancelled)).toEqual([{ commit: target, revert }]);
    expect([...cancelled].sort()).toEqual([target.hash, revert.hash].sort());
  });
});
