import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommit, parseCommitFully } from '../../src/commits/parse-commit.js';

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const text = fc.stringMatching(/^[A-Za-z0-9 ,.;:'"()#*_`!-]{1,40}$/);
// GitHub's squash-merge subjects end with the pull request: `feat: x (#12)`.
const pullRequest = fc.option(fc.nat({ max: 99999 }).map((n) => ` (#${n})`), { nil: '' });
const header = fc.oneof(
  fc.tuple(fc.oneof(word, fc.constantFrom('feat', 'Fix', 'PERF')), fc.option(word), fc.boolean(), text, pullRequest).map(
    ([type, scope, bang, subject, pr]) => `${type}${scope === null ? '' : `(${scope})`}${bang ? '!' : ''}: ${subject.trim() || 'x'}${pr}`,
  ),
  text,
);
const footerKey = fc.oneof(word, fc.constantFrom('Deprecated', 'BREAKING CHANGE', 'Refs'));
const message = fc
  .tuple(header, fc.array(text, { maxLength: 4 }), fc.array(fc.tuple(footerKey, text), { maxLength: 3 }), fc.constantFrom('\n', '\r\n'))
  .map(([head, body, footers, eol]) =>
    [head, '', ...body, ...(footers.length > 0 ? ['', ...footers.map(([key, value]) => `${key}: ${value}`)] : [])].join(eol),
  );

describe('parseCommit fast path', () => {
  it('gives exactly what conventional-commits-parser gives', () => {
    fc.assert(
      fc.property(message, (msg) => {
        const raw = { hash: 'f'.repeat(40), parents: ['p'], message: msg };
        expect(parseCommit(raw)).toEqual(parseCommitFully(raw));
      }),
      { numRuns: 2000 },
    );
  });
});
