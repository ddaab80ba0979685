import { describe, expect, it } from 'vitest';
import { clipLine, cutToLimit, fitToLimit } from '../../src/summary/fit-to-limit.js';

const size = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('fitToLimit', () => {
  it('returns the first stage that fits, rendering no further', () => {
    const rendered: number[] = [];
    const stage = (n: number, text: string) => () => {
      rendered.push(n);
      return text;
    };
    const fitted = fitToLimit([stage(0, 'x'.repeat(200)), stage(1, 'short\n'), stage(2, 'never')], { limit: 100 });
    expect(fitted).toEqual({ text: 'short\n', stage: 1, cut: false });
    expect(rendered).toEqual([0, 1]);
  });

  it('cuts the last stage at a line break when no stage fits, and says what was left out', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `- line ${i}`);
    const fitted = fitToLimit([() => `${lines.join('\n')}\n`], { limit: 2000 });
    expect(fitted.cut).toBe(true);
    expect(size(fitted.text)).toBeLessThanOrEqual(2000);
    const kept = fitted.text.split('\n\n_…')[0]?.split('\n') ?? [];
    expect(kept).toEqual(lines.slice(0, kept.length));
    const leftOut = 1000 - kept.length;
    expect(fitted.text).toMatch(new RegExp(`\\n\\n_… ${leftOut.toLocaleString('en-US')} more lines \\([\\d.]+ KiB\\) left out to keep the summary under GitHub's 1 MiB limit\\._\\n$`));
  });

  it('uses the caller\'s closing line', () => {
    const text = cutToLimit(`${'x'.repeat(30)}\n${'y'.repeat(30)}\n${'z'.repeat(30)}\n`, { limit: 80, note: ({ lines, bytes }) => `(${lines} lines, ${bytes} bytes cut)` });
    expect(text).toBe(`${'x'.repeat(30)}\n\n(2 lines, 62 bytes cut)\n`);
  });

  it('cuts inside a line too long to keep, never inside a UTF-8 sequence', () => {
    const line = 'é'.repeat(5 * 1024 * 1024);
    const text = cutToLimit(line, { limit: 1024 * 1024 });
    expect(size(text)).toBeLessThanOrEqual(1024 * 1024);
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/^é+\n\n_… 1 more line \([\d.]+ MiB\) left out/);
  });

  it('leaves a text within the limit as it is', () => {
    expect(cutToLimit('small\n', { limit: 6 })).toBe('small\n');
  });
});

describe('clipLine', () => {
  it('keeps short text and clips long text, saying how much', () => {
    expect(clipLine('short', 10)).toBe('short');
    expect(clipLine('x'.repeat(25), 10)).toBe('xxxxxxxxxx… (15 more characters left out)');
  });

  it('never splits a surrogate pair', () => {
    expect(clipLine(`abc${'😀'.repeat(5)}`, 4)).toBe('abc… (10 more characters left out)');
  });
});
