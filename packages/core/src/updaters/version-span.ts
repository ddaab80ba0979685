import { FileError, VersionError } from '../errors.js';
import type { VersionFileUpdater, VersionReadResult, VersionSpan } from './types.js';

/**
 * 1-based line of `offset`. A line ends at `\n`, `\r\n` or a lone `\r` (Python's universal
 * newlines), so CRLF files count the same as LF files.
 */
export function lineAt(content: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x0d && content.charCodeAt(i + 1) !== 0x0a) line++;
  }
  return line;
}

/** The span `content.slice(start, end)`, with its line. */
export function spanAt(content: string, start: number, end: number): VersionSpan {
  return { value: content.slice(start, end), start, end, line: lineAt(content, start) };
}

/**
 * Characters a new version may use. PEP 440 (`1!2.0rc1.post1.dev2+local.7`) and SemVer
 * (`1.2.3-rc.1+build.5`) both fit; quotes, backslashes, whitespace and comment characters
 * do not, so the new bytes can never end a string, start a comment or break a line.
 */
const WRITABLE_VERSION = /^[0-9A-Za-z](?:[0-9A-Za-z.!+_-]*[0-9A-Za-z])?$/;

/** Throws `VersionError` unless `version` can be written into any supported file as is. */
export function assertWritableVersion(version: string): void {
  if (!WRITABLE_VERSION.test(version)) {
    throw new VersionError(
      `Cannot write the version '${version}': a version may only use letters, digits and . ! + _ - ` +
        '(and must start and end with a letter or digit).',
    );
  }
}

/** Every span of a `found` result, in file order. */
export function spansOf(read: Extract<VersionReadResult, { kind: 'found' }>): readonly VersionSpan[] {
  return read.spans ?? [read.span];
}

/** `content` with each span (in file order, none overlapping) replaced by `text`. */
export function spliceSpans(content: string, spans: readonly VersionSpan[], text: string): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += content.slice(at, span.start) + text;
    at = span.end;
  }
  return out + content.slice(at);
}

/**
 * The shared `updateContent`: reads the spans with `updater.readVersion`, splices `newVersion` in
 * and reads the result back, so an updater can never write a file it would not read again.
 */
export function replaceVersion(
  updater: Pick<VersionFileUpdater, 'readVersion'>,
  content: string,
  newVersion: string,
  path: string,
): string {
  assertWritableVersion(newVersion);
  const read = updater.readVersion(content, path);
  if (read.kind === 'dynamic') {
    throw new FileError(path, `the version is not written in this file: ${read.detail}`);
  }
  const spans = spansOf(read);
  const updated = spliceSpans(content, spans, newVersion);
  const check = updater.readVersion(updated, path);
  const after = check.kind === 'found' ? spansOf(check) : [];
  if (after.length !== spans.length || after.some((span) => span.value !== newVersion) || after[0]?.start !== spans[0]?.start) {
    throw new FileError(path, `writing ${newVersion} over ${read.span.value} did not read back as ${newVersion}`, read.span.line);
  }
  return updated;
}
