import { describe, expect, it } from 'vitest';
import { planChangelogEntries, DEFAULT_SECTION_MAP } from '../../src/changelog/changelog-entries.js';
import { computeBump } from '../../src/commits/compute-bump.js';
import { expandSquashedCommits, listSquashedCommits } from '../../src/commits/expand-squashed.js';
import { parseCommit } from '../../src/commits/parse-commit.js';

const squash = (header: string, body: string) => parseCommit({ hash: 'a'.repeat(40), parents: ['p'], message: `${header}\n\n${body}` });
const rules = { minorTypes: ['feat'], patchTypes: ['fix', 'refactor'] };
const options = { sections: DEFAULT_SECTION_MAP, includeOther: false };
const entries = (commit: ReturnType<typeof squash>) => planChangelogEntries([commit], options).map((e) => [e.section, e.scope, e.text, e.pullRequest, e.breaking]);

// As GitHub writes a squash merge of a pull request with several commits (the layout of real
// squash commits, e.g. commitizen-tools/commitizen fc263cd6): `* subject`, that commit's body
// unindented, then nine dashes and the co-authors.
const GITHUB_BODY = [
  '* wip',
  '',
  '* refactor: split the reader',
  '',
  'The reader was one 400-line function.',
  '',
  '* fix typo',
  '',
  '* fix: handle empty input',
  '',
  '---------',
  '',
  'Co-authored-by: Grace Hopper <grace@example.com>',
].join('\n');

describe('a squash merge whose subject is a Conventional Commit', () => {
  it('is the change: the body does not replace it, in the bump or the changelog', () => {
    const commit = squash('feat(api): support X (#12)', GITHUB_BODY);
    const decision = computeBump([commit], rules);
    expect(decision).toMatchObject({ level: 'minor', raisedBy: undefined, nonConventional: [] });
    expect(decision.releasing.map((c) => c.header)).toEqual(['feat(api): support X (#12)']);
    expect(entries(commit)).toEqual([['Added', 'api', 'support X', 12, false]]);
  });

  it('carries the listed commits, newest first, for the bump', () => {
    const [expanded] = expandSquashedCommits([squash('feat(api): support X (#12)', GITHUB_BODY)]);
    expect(expanded?.kind === 'conventional' && expanded.squashed?.map((c) => [c.header, c.pullRequest, c.body])).toEqual([
      ['fix: handle empty input', 12, ''],
      ['refactor: split the reader', 12, 'The reader was one 400-line function.\n\n* fix typo'],
    ]);
  });

  it('is raised by a listed commit of a higher level, and says which', () => {
    const commit = squash('fix(io): close files (#13)', '* fix: close files\n\n* feat(io): a `closing` option');
    const decision = computeBump([commit], rules);
    expect(decision.level).toBe('minor');
    expect(decision.highest?.header).toBe('fix(io): close files (#13)');
    expect(decision.raisedBy?.header).toBe('feat(io): a `closing` option');
    expect(entries(commit)).toEqual([['Fixed', 'io', 'close files', 13, false]]);
  });

  it('keeps a breaking note from the body with the subject entry', () => {
    const footer = squash('feat(cli): new config (#14)', '* feat: read TOML\n\n* refactor!: drop the INI reader\n\nBREAKING CHANGE: config.ini is no longer read\n\n* docs: config');
    expect(computeBump([footer], rules).level).toBe('major');
    expect(entries(footer)).toEqual([['Changed', 'cli', 'new config: config.ini is no longer read', 14, true]]);
  });

  it('keeps its own breaking note and deprecation, and theirs', () => {
    const commit = squash('feat!: new API (#15)', '* feat: v2 routes\n\nDeprecated: the v1 routes');
    const [expanded] = expandSquashedCommits([commit]);
    expect(expanded).toMatchObject({ breaking: true, breakingNotes: ['new API (#15)'], deprecations: ['the v1 routes'] });
    expect(entries(commit)).toEqual([
      ['Changed', undefined, 'new API', 15, true],
      ['Deprecated', undefined, 'the v1 routes', 15, false],
    ]);
  });
});

describe('a squash merge whose subject is not a Conventional Commit', () => {
  it('stands for the commits its body lists (GitHub form), newest first', () => {
    const body = '* feat(api): nested groups\n\n* fix: empty input\n  BREAKING CHANGE: empty input now raises\n\n* wip\n\n---------\n\nCo-authored-by: B <b@example.com>';
    const expanded = expandSquashedCommits([squash('Groups and fixes (#42)', body)]);
    expect(expanded.map((c) => c.kind === 'conventional' && [c.type, c.scope, c.subject, c.pullRequest, c.breaking])).toEqual([
      ['fix', undefined, 'empty input', 42, true],
      ['feat', 'api', 'nested groups', 42, false],
    ]);
    expect(computeBump([squash('Groups and fixes (#42)', body)], rules)).toMatchObject({ level: 'major', nonConventional: [] });
  });

  it('stands for the one commit it lists, too', () => {
    expect(entries(squash('Update (#3)', '* fix: x'))).toEqual([['Fixed', undefined, 'x', 3, false]]);
  });

  it("reads git's `Squashed commit of the following:` form, merges left out", () => {
    const body = [
      `commit ${'1'.repeat(40)}`,
      'Author: A <a@example.com>',
      'Date:   Thu Jan 2 00:00:00 2025 +0000',
      '',
      '    fix: empty groups',
      '',
      '    BREAKING CHANGE: empty groups raise',
      '',
      `commit ${'2'.repeat(40)}`,
      `Merge: ${'3'.repeat(7)} ${'4'.repeat(7)}`,
      'Author: A <a@example.com>',
      'Date:   Thu Jan 2 00:00:00 2025 +0000',
      '',
      "    feat: merge branch 'x'",
      '',
      `commit ${'5'.repeat(40)}`,
      'Author: A <a@example.com>',
      'Date:   Wed Jan 1 00:00:00 2025 +0000',
      '',
      '    feat(api): nested groups',
      '',
      '    Body para.',
    ].join('\n');
    const commit = squash('Squashed commit of the following:', body);
    expect(listSquashedCommits(commit as never).map((c) => [c.header, c.breakingNotes, c.body])).toEqual([
      ['fix: empty groups', ['empty groups raise'], 'BREAKING CHANGE: empty groups raise'],
      ['feat(api): nested groups', [], 'Body para.'],
    ]);
    expect(entries(commit).map((e) => e.slice(0, 3))).toEqual([
      ['Added', 'api', 'nested groups'],
      ['Changed', undefined, 'empty groups: empty groups raise'],
    ]);
  });

  it('stays one non-conventional commit when nothing listed is conventional', () => {
    const plain = squash('Update docs (#5)', '* wip\n\n* more wip\n\nsee commit 1234567 for why');
    expect(expandSquashedCommits([plain])).toEqual([plain]);
    expect(computeBump([plain], rules)).toMatchObject({ level: 'none', nonConventional: [plain] });
  });
});

describe('Deprecated footers', () => {
  it('are collected, with or without other footers', () => {
    const commit = parseCommit({ hash: 'b'.repeat(40), parents: ['p'], message: 'feat: new reader\n\nDeprecated: read_csv_old() goes in 2.0\nBREAKING CHANGE: x' });
    expect(commit).toMatchObject({ deprecations: ['read_csv_old() goes in 2.0'], breaking: true });
    expect(parseCommit({ hash: 'c'.repeat(40), parents: ['p'], message: 'fix: y' })).toMatchObject({ deprecations: [] });
  });
});
