import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/errors.js';
import { decodeUtf8Text, readTextIfExists } from '../../src/inputs/read-text.js';

const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

function problem(input: Buffer): string {
  try {
    decodeUtf8Text(input, 'pyproject.toml');
  } catch (error) {
    if (error instanceof FileError) return error.message;
    throw error;
  }
  throw new Error('expected a FileError');
}

describe('decodeUtf8Text', () => {
  it('keeps a UTF-8 byte order mark and every line ending', () => {
    const text = '\uFEFF[project]\r\nname = "café"\rversion = "1.0"\n';
    expect(decodeUtf8Text(Buffer.from(text, 'utf8'), 'pyproject.toml')).toBe(text);
  });

  it.each([
    ['a latin-1 comment', bytes('# Caf', [0xe9], '\nversion = "1"\n'), 'the byte at offset 5 (0xE9) is not UTF-8'],
    ['an overlong NUL', bytes('ab', [0xc0, 0x80]), 'the byte at offset 2 (0xC0) is not UTF-8'],
    ['a surrogate', bytes('ab', [0xed, 0xa0, 0x80]), 'the byte at offset 2 (0xED) is not UTF-8'],
    ['a code point past U+10FFFF', bytes('ab', [0xf4, 0x90, 0x80, 0x80]), 'the byte at offset 2 (0xF4) is not UTF-8'],
    ['a sequence cut short at the end', bytes('é', [0xe2, 0x82]), 'the byte at offset 2 (0xE2) is not UTF-8'],
    ['a stray continuation byte', bytes('ok ', [0x80]), 'the byte at offset 3 (0x80) is not UTF-8'],
    ['UTF-16 LE with its BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[project]\n', 'utf16le')]), 'it starts with a UTF-16 byte order mark (0xFF), but it must be UTF-8'],
    ['UTF-16 BE with its BOM', Buffer.from([0xfe, 0xff, 0, 0x5b]), 'it starts with a UTF-16 byte order mark (0xFE), but it must be UTF-8'],
    ['a NUL byte', bytes('a = 1\n', [0], 'b'), 'the byte at offset 6 is NUL: this is a binary file'],
  ])('refuses %s with the file name and the offset', (_what, input, message) => {
    expect(problem(input)).toBe(`pyproject.toml: ${message}${message.endsWith('binary file') ? ', not text; the file was left as it is.' : '; the file was left as it is (save it as UTF-8).'}`);
  });

  it('never quotes the content', () => {
    expect(problem(bytes('password = "hunter2"', [0xff]))).not.toContain('hunter2');
  });

  // Node's own validator (simdutf) is the reference for where valid UTF-8 ends.
  it('names the first byte where valid UTF-8 ends, as Node judges it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 10 }), (noise, text) => {
        const input = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from(noise)]);
        if (isUtf8(input)) {
          if (!input.includes(0)) expect(decodeUtf8Text(input, 'f')).toBe(input.toString('utf8'));
          return;
        }
        const offset = Number(/offset (\d+)/.exec(problem(input))?.[1] ?? (input[0] === 0xff || input[0] === 0xfe ? 0 : -1));
        expect(isUtf8(input.subarray(0, offset))).toBe(true);
        expect(isUtf8(input.subarray(0, offset + 4))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readTextIfExists', () => {
  it('reads UTF-8, gives undefined for a missing file, and names the file as given when it refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-actions-read-'));
    try {
      writeFileSync(join(dir, 'ok.md'), 'ok\n');
      writeFileSync(join(dir, 'bad.md'), bytes('x', [0xe9]));
      expect(await readTextIfExists(join(dir, 'ok.md'))).toBe('ok\n');
      expect(await readTextIfExists(join(dir, 'missing.md'))).toBeUndefined();
      await expect(readTextIfExists(join(dir, 'bad.md'), 'docs/bad.md')).rejects.toThrow('docs/bad.md: the byte at offset 1 (0xE9) is not UTF-8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
