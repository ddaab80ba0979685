import { streamXml } from '@ops-actions/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A JUnit report of `megabytes` MB, made on the fly: test cases with big captured output, CDATA and comments. */
// eslint-disable-next-line @typescript-eslint/require-await -- an async source, as a file stream is
async function* hugeReport(megabytes: number, stats: { bytes: number }): AsyncIterable<string> {
  const output = `${'captured log line with some words in it, as a chatty test writes them to stdout\n'.repeat(12_000)}`; // ~1 MB
  const emit = (text: string): string => {
    stats.bytes += text.length;
    return text;
  };
  yield emit('<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="huge">\n');
  let index = 0;
  while (stats.bytes < megabytes * 1024 * 1024) {
    yield emit(`<testcase classname="big.Module" name="test_${index}" time="0.1"><system-out>`);
    for (let i = 0; i < 4; i++) yield emit(output);
    yield emit('</system-out></testcase>\n');
    if (index % 10 === 3) {
      yield emit(`<testcase classname="big.Module" name="fails_${index}"><failure message="boom"><![CDATA[`);
      yield emit(output);
      yield emit(`]]></failure></testcase>\n<!-- ${'a comment of a megabyte '.repeat(40_000)} -->\n`);
    }
    index++;
  }
  yield emit('</testsuite></testsuites>\n');
}

describe('streamXml', () => {
  it('streams a 500 MB report with memory that does not grow with it', async () => {
    const stats = { bytes: 0 };
    let cases = 0;
    let failureText = 0;
    let inFailure = false;
    let failures = 0;
    let peak = 0;
    const start = process.memoryUsage().heapUsed;
    await streamXml(
      'huge.xml',
      {
        open(name) {
          if (name === 'testcase') cases++;
          if (name === 'failure') {
            inFailure = true;
            failures++;
          }
          peak = Math.max(peak, process.memoryUsage().heapUsed - start);
        },
        close(name) {
          if (name === 'failure') inFailure = false;
        },
        text(text) {
          failureText += text.length;
        },
        wantsText: () => inFailure,
      },
      { source: () => hugeReport(500, stats) },
    );
    expect(stats.bytes).toBeGreaterThan(500 * 1024 * 1024);
    expect(cases).toBeGreaterThan(120);
    // 64 KiB of each failure's 1 MB CDATA is kept, the rest dropped unread.
    expect(failures).toBeGreaterThan(10);
    expect(failureText).toBe(failures * 64 * 1024);
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });

  it('reads the same events whatever the chunk boundaries, through the fast path and saxes alike', async () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'reports', 'junit-windows.xml'), 'utf8');
    const events = async (size: number, fast: boolean): Promise<string[]> => {
      const seen: string[] = [];
      // eslint-disable-next-line @typescript-eslint/require-await -- an async source, as a file stream is
      async function* source(): AsyncIterable<string> {
        for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
      }
      await streamXml(
        'chunks.xml',
        { open: (name, attributes) => seen.push(`<${name} ${JSON.stringify(attributes)}`), close: (name) => seen.push(`</${name}`), text: (t) => seen.push(`text ${t.length}`), wantsText: () => true },
        { source, ...(fast ? { fastElements: [{ name: 'testcase', attributes: ['classname', 'name', 'file', 'line', 'time'], read: (v) => seen.push(`<testcase ${JSON.stringify({ classname: v[0], name: v[1], file: v[2], line: v[3], time: v[4] })}`, '</testcase') }] } : {}) },
      );
      return seen.filter((event) => !event.startsWith('text'));
    };
    const whole = await events(text.length, false);
    expect(whole.filter((e) => e.startsWith('<testcase'))).toHaveLength(14);
    for (const size of [1, 7, 64, 1000]) expect(await events(size, true), `chunks of ${size}`).toEqual(whole);
  });

  it('counts the lines of dropped text, so errors after it name the right line', async () => {
    const big = 'x\n'.repeat(100_000);
    // eslint-disable-next-line @typescript-eslint/require-await -- an async source, as a file stream is
    async function* source(): AsyncIterable<string> {
      yield `<testsuites><testsuite><system-out>${big}</system-out>\n<testcase name="a"></testcas></testsuite></testsuites>`;
    }
    await expect(streamXml('lines.xml', { open() {}, close() {} }, { source })).rejects.toMatchObject({ line: 100_002 });
  });
});
