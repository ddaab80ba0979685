import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeBump } from '../../src/commits/compute-bump.js';
import { parseCommit } from '../../src/commits/parse-commit.js';

const rules = { minorTypes: ['feat'], patchTypes: ['fix', 'perf', 'revert', 'docs', 'style', 'refactor', 'test', 'chore'] };
let counter = 0;
/** Newest first, as git log gives them. */
function history(...messages: string[]) {
  return messages.map((message) => {
    counter++;
    const hash = createHash('sha1').update(String(counter)).digest('hex');
    return parseCommit({ hash, parents: message.startsWith('Merge') ? ['a', 'b'] : ['a'], message });
  });
}

describe('computeBump', () => {
  it('takes the highest level among the commits', () => {
    const commits = history('fix: a', 'feat(api): b', 'docs: c');
    const decision = computeBump(commits, rules);
    expect(decision.level).toBe('minor');
    expect(decision.highest?.header).toBe('feat(api): b');
    expect(decision.releasing.map((c) => c.header)).toEqual(['fix: a', 'feat(api): b', 'docs: c']);
  });

  it('makes any breaking change major, whatever its type', () => {
    expect(computeBump(history('fix: a', 'ci!: drop old runners'), rules).level).toBe('major');
    expect(computeBump(history('chore: x\n\nBREAKING CHANGE: y'), rules).level).toBe('major');
  });

  it('does not release types outside the rules, and reports them', () => {
    const decision = computeBump(history('ci: cache', 'build: wheel'), rules);
    expect(decision.level).toBe('none');
    expect(decision.notReleasing).toHaveLength(2);
  });

  it('follows custom rules', () => {
    const decision = computeBump(history('docs: a'), { minorTypes: ['feat', 'docs'], patchTypes: [] });
    expect(decision.level).toBe('minor');
  });

  it('skips merges quietly and reports non-conventional commits', () => {
    const decision = computeBump(history('Merge branch x', 'Update README', 'fix: a'), rules);
    expect(decision.merges).toBe(1);
    expect(decision.nonConventional.map((c) => c.header)).toEqual(['Update README']);
    expect(decision.level).toBe('patch');
  });

  it('cancels a commit reverted within the range, and its revert', () => {
    const [feature] = history('feat: risky');
    const [revert, fix] = history(`Revert "feat: risky"\n\nThis reverts commit ${feature?.hash.slice(0, 10)}.`, 'fix: small');
    const decision = computeBump([revert!, fix!, feature!], rules);
    expect(decision.level).toBe('patch');
    expect(decision.cancelled).toHaveLength(1);
    expect(decision.releasing.map((c) => c.header)).toEqual(['fix: small']);
  });

  it('keeps a revert of a commit released earlier, as a patch', () => {
    const decision = computeBump(history(`Revert "feat: old"\n\nThis reverts commit ${'f'.repeat(40)}.`), rules);
    expect(decision.level).toBe('patch');
    expect(decision.cancelled).toHaveLength(0);
  });

  it('restores the original when a revert is itself reverted', () => {
    const [feature] = history('feat: back again');
    const [revert] = history(`Revert "feat: back again"\n\nThis reverts commit ${feature?.hash}.`);
    const [reapply] = history(`Revert "Revert "feat: back again""\n\nThis reverts commit ${revert?.hash}.`);
    const decision = computeBump([reapply!, revert!, feature!], rules);
    expect(decision.level).toBe('minor');
    expect(decision.releasing.map((c) => c.header)).toEqual(['feat: back again']);
  });

  it('is none for an empty range', () => {
    expect(computeBump([], rules)).toMatchObject({ level: 'none', highest: undefined, merges: 0 });
  });
});
