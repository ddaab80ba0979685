import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRecords } from '../../src/git/git-client.js';

/** What splitting the whole text at once gives: every record, the last only when not blank. */
function splitWhole(text: string, separator: string): string[] {
  const parts = text.split(separator);
  const last = parts.pop() ?? '';
  return last.trim() === '' ? parts : [...parts, last];
}

function splitChunked(chunks: readonly string[], separator: string): string[] {
  const records: string[] = [];
  const splitter = splitRecords(separator, (record) => records.push(record));
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return records;
}

/** The text cut at the given points (sorted, deduplicated), empty chunks included. */
function cut(text: string, points: readonly number[]): string[] {
  const at = [...new Set(points.map((point) => point % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of at) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}

describe('splitRecords', () => {
  // A small alphabet, so separators (overlapping ones too) and their halves meet chunk edges often.
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '\x1e', '\n', ' '), maxLength: 60 });
  const separator = fc.constantFrom('\x1e', 'ab', 'aa', 'aba', 'bab');
  const points = fc.array(fc.nat(), { maxLength: 12 });

  it('gives the records that splitting the whole text gives, however the stream is cut', () => {
    fc.assert(
      fc.property(text, separator, points, (whole, sep, at) => {
        expect(splitChunked(cut(whole, at), sep)).toEqual(splitWhole(whole, sep));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives one record for a text of many chunks with no separator', () => {
    const chunks = Array.from({ length: 1000 }, (_, index) => `chunk ${index};`);
    expect(splitChunked(chunks, '\x1e')).toEqual([chunks.join('')]);
  });

  it('refuses an empty separator', () => {
    expect(() => splitRecords('', () => undefined)).toThrow(TypeError);
  });
});
