import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommit, parseCommitFully } from '../../src/commits/parse-commit.js';

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const text = fc.stringMatching(/^[A-Za-z0-9 ,.;:'"()#*_`!-]{1,40}$/);
const header = fc.oneof(
  fc.tuple(fc.oneof(word, fc.constantFrom('feat', 'Fix', 'PERF')), fc.option(word), fc.boolean(), text).map(
    ([type, scope, bang, subject]) => `${type}${scope === null ? '' : `(${scope})`}${bang ? '!' : ''}: ${subject.trim() || 'x'}`,
  ),
  text,
);
const message = fc
  .tuple(header, fc.array(text, { maxLength: 4 }), fc.array(fc.tuple(word, text), { maxLength: 3 }), fc.constantFrom('\n', '\r\n'))
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
