import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { FileError } from '../../src/errors.js';

/** A fixture from `./fixtures`, as written (LF line endings, no BOM). */
export function loadFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** The same text with LF, CRLF, a leading UTF-8 BOM, and both: every updater must keep each byte of them. */
export function lineEndingVariants(content: string): { readonly name: string; readonly content: string }[] {
  const crlf = content.replace(/\r?\n/g, '\r\n');
  return [
    { name: 'LF', content },
    { name: 'CRLF', content: crlf },
    { name: 'BOM', content: `\uFEFF${content}` },
    { name: 'CRLF+BOM', content: `\uFEFF${crlf}` },
  ];
}

/** Runs `action`, expects a FileError and returns it for assertions on `path`, `line` and `problem`. */
export function catchFileError(action: () => unknown): FileError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return error as FileError;
  }
  throw new Error('expected a FileError, but nothing was thrown');
}
