import { describe, expect, it } from 'vitest';
import { parseCommit } from '../../src/commits/parse-commit.js';

const raw = (message: string, parents: string[] = ['p1']) => ({ hash: 'a'.repeat(40), parents, message });

describe('parseCommit', () => {
  // Through the full parser (the message says BREAKING): conventional-commits-parser's pattern for
  // "no reference" read each line to its end from every position, n²/2 steps for a line of n
  // characters; a 1 MB line took about 12 minutes, over this test's timeout.
  it('parses a message with a line of 1 MB through the full parser in linear time', () => {
    const long = 'z'.repeat(1024 * 1024);
    expect(parseCommit(raw(`feat(api)!: ${long}\n\n${long}\n\nBREAKING CHANGE: the reader is gone ${long}`))).toMatchObject({
      kind: 'conventional',
      type: 'feat',
      scope: 'api',
      subject: long,
      breaking: true,
      breakingNotes: [`the reader is gone ${long}`],
    });
  });

  it('reads type, scope and subject, lower-casing the type', () => {
    expect(parseCommit(raw('Feat(api): support nested groups\n'))).toMatchObject({
      kind: 'conventional',
      type: 'feat',
      scope: 'api',
      subject: 'support nested groups',
      breaking: false,
      pullRequest: undefined,
    });
  });

  it('marks `!` after the type or scope as breaking, with the subject as the note', () => {
    expect(parseCommit(raw('refactor(core)!: drop Python 3.9'))).toMatchObject({
      type: 'refactor',
      breaking: true,
      breakingNotes: ['drop Python 3.9'],
    });
    expect(parseCommit(raw('feat!: new config format'))).toMatchObject({ type: 'feat', breaking: true });
  });

  it.each(['BREAKING CHANGE', 'BREAKING-CHANGE'])('reads a %s footer', (keyword) => {
    const commit = parseCommit(raw(`fix: parse dates\n\nLonger body.\n\n${keyword}: dates are now UTC\nRefs: #1\n`));
    expect(commit).toMatchObject({ type: 'fix', breaking: true });
    expect(commit.kind === 'conventional' && commit.breakingNotes[0]).toContain('dates are now UTC');
  });

  it('takes the pull request number from a squash-merge subject', () => {
    expect(parseCommit(raw('fix(cli): quote paths (#123)'))).toMatchObject({ pullRequest: 123, subject: 'quote paths (#123)' });
  });

  it('recognises git revert messages and the conventional revert form', () => {
    const gitStyle = parseCommit(raw('Revert "feat: add x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.\n'));
    expect(gitStyle).toMatchObject({ kind: 'conventional', type: 'revert', reverts: { hash: '0123456789abcdef0123456789abcdef01234567', header: 'feat: add x' } });
    const conventional = parseCommit(raw('revert: feat: add x\n\nThis reverts commit 0123456.\n'));
    expect(conventional).toMatchObject({ type: 'revert', reverts: { hash: '0123456' } });
  });

  it('classifies merges by their parents, whatever the message', () => {
    expect(parseCommit(raw('Merge pull request #5 from a/b', ['p1', 'p2']))).toEqual({
      kind: 'merge',
      hash: 'a'.repeat(40),
      header: 'Merge pull request #5 from a/b',
    });
  });

  it.each([
    'Update README',
    'feat:no space after colon',
    'feat : space before colon',
    'feat(api: unclosed scope',
    ': no type',
    '',
  ])('reports %j as not conventional', (message) => {
    expect(parseCommit(raw(message))).toMatchObject({ kind: 'non-conventional', header: message });
  });

  it('handles CRLF messages', () => {
    expect(parseCommit(raw('fix: windows\r\n\r\nBREAKING CHANGE: crlf\r\n'))).toMatchObject({ type: 'fix', breaking: true, breakingNotes: ['crlf'] });
  });
});
