import { streamXml } from '@ops-actions/core';
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

  it('counts the lines of dropped text, so errors after it name the right line', async () => {
    const big = 'x\n'.repeat(100_000);
    // eslint-disable-next-line @typescript-eslint/require-await -- an async source, as a file stream is
    async function* source(): AsyncIterable<string> {
      yield `<testsuites><testsuite><system-out>${big}</system-out>\n<testcase name="a"></testcas></testsuite></testsuites>`;
    }
    await expect(streamXml('lines.xml', { open() {}, close() {} }, { source })).rejects.toMatchObject({ line: 100_002 });
  });
});
