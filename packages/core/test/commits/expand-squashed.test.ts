import { describe, expect, it } from 'vitest';
import { computeBump } from '../../src/commits/compute-bump.js';
import { expandSquashedCommits } from '../../src/commits/expand-squashed.js';
import { parseCommit } from '../../src/commits/parse-commit.js';

const squash = (header: string, body: string) => parseCommit({ hash: 'a'.repeat(40), parents: ['p'], message: `${header}\n\n${body}` });
const rules = { minorTypes: ['feat'], patchTypes: ['fix'] };

describe('expandSquashedCommits', () => {
  it('turns a GitHub squash merge listing several commits into one commit each, newest first', () => {
    const body = '* feat(api): nested groups\n\n* fix: empty input\n  BREAKING CHANGE: empty input now raises\n\n* wip\n\n---------\n\nCo-authored-by: B <b@example.com>';
    const expanded = expandSquashedCommits([squash('Groups and fixes (#42)', body)]);
    expect(expanded.map((c) => c.kind === 'conventional' && [c.type, c.scope, c.subject, c.pullRequest, c.breaking])).toEqual([
      ['fix', undefined, 'empty input', 42, true],
      ['feat', 'api', 'nested groups', 42, false],
    ]);
    expect(computeBump([squash('Groups and fixes (#42)', body)], rules)).toMatchObject({ level: 'major', nonConventional: [] });
  });

  it('leaves a commit with one listed line, or none, as it is', () => {
    const single = squash('feat: x (#3)', '* feat: x');
    expect(expandSquashedCommits([single])).toEqual([single]);
    const plain = squash('fix: y', 'Some body\n* not a conventional line');
    expect(expandSquashedCommits([plain])).toEqual([plain]);
  });
});

describe('Deprecated footers', () => {
  it('are collected, with or without other footers', () => {
    const commit = parseCommit({ hash: 'b'.repeat(40), parents: ['p'], message: 'feat: new reader\n\nDeprecated: read_csv_old() goes in 2.0\nBREAKING CHANGE: x' });
    expect(commit).toMatchObject({ deprecations: ['read_csv_old() goes in 2.0'], breaking: true });
    expect(parseCommit({ hash: 'c'.repeat(40), parents: ['p'], message: 'fix: y' })).toMatchObject({ deprecations: [] });
  });
});
