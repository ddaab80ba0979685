import { FileError } from '../errors.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { lineAt, replaceVersion, spanAt } from './version-span.js';

/** One member of the top-level object, with the offsets of its value. */
interface JsonMember {
  readonly key: string;
  readonly keyStart: number;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly isString: boolean;
}

interface Cursor {
  readonly src: string;
  readonly path: string;
  pos: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})/y;

function fail(c: Cursor, what: string): never {
  throw new FileError(c.path, `not valid JSON: ${what}`, lineAt(c.src, c.pos));
}

function skipWhitespace(c: Cursor): void {
  // RFC 8259 section 2: ws = space, horizontal tab, line feed, carriage return.
  while (' \t\n\r'.includes(c.src[c.pos] ?? 'x')) c.pos++;
}

function expect(c: Cursor, char: string): void {
  if (c.src[c.pos] !== char) fail(c, `expected '${char}'`);
  c.pos++;
}

function readString(c: Cursor): void {
  expect(c, '"');
  for (;;) {
    const ch = c.src[c.pos];
    if (ch === undefined) fail(c, 'unterminated string');
    if (ch === '"') break;
    if (ch === '\\') {
      ESCAPE.lastIndex = c.pos;
      const escape = ESCAPE.exec(c.src);
      if (escape === null) fail(c, 'bad escape sequence');
      c.pos += escape[0].length;
    } else if (ch.charCodeAt(0) < 0x20) {
      fail(c, 'control character in a string');
    } else c.pos++;
  }
  c.pos++;
}

function readValue(c: Cursor): void {
  skipWhitespace(c);
  const ch = c.src[c.pos];
  if (ch === '"') return readString(c);
  if (ch === '{') return readContainer(c, '}', () => {
    readString(c);
    skipWhitespace(c);
    expect(c, ':');
    readValue(c);
  });
  if (ch === '[') return readContainer(c, ']', () => readValue(c));
  for (const literal of ['true', 'false', 'null']) {
    if (c.src.startsWith(literal, c.pos)) {
      c.pos += literal.length;
      return;
    }
  }
  NUMBER.lastIndex = c.pos;
  const number = NUMBER.exec(c.src);
  if (number === null) fail(c, ch === undefined ? 'unexpected end of file' : `unexpected '${ch}'`);
  c.pos += number[0].length;
}

/** `{...}` or `[...]`: items separated by commas, no trailing comma (JSON is not JSON5). */
function readContainer(c: Cursor, close: '}' | ']', readItem: () => void): void {
  c.pos++;
  skipWhitespace(c);
  if (c.src[c.pos] === close) {
    c.pos++;
    return;
  }
  for (;;) {
    skipWhitespace(c);
    readItem();
    skipWhitespace(c);
    if (c.src[c.pos] === close) break;
    expect(c, ',');
  }
  c.pos++;
}

/**
 * Walks the whole document (RFC 8259 grammar) and returns the members of the top-level object:
 * offsets come from the structure, so a `"version"` nested in `dependencies` or written inside
 * another string can never be taken for the package's own.
 */
function scanTopLevel(content: string, path: string): JsonMember[] {
  const c: Cursor = { src: content, path, pos: content.charCodeAt(0) === 0xfeff ? 1 : 0 };
  const members: JsonMember[] = [];
  skipWhitespace(c);
  if (c.src[c.pos] !== '{') fail(c, 'package.json must hold a JSON object');
  readContainer(c, '}', () => {
    const keyStart = c.pos;
    readString(c);
    const key = JSON.parse(content.slice(keyStart, c.pos)) as string;
    skipWhitespace(c);
    expect(c, ':');
    skipWhitespace(c);
    const valueStart = c.pos;
    const isString = c.src[c.pos] === '"';
    readValue(c);
    members.push({ key, keyStart, valueStart, valueEnd: c.pos, isString });
  });
  skipWhitespace(c);
  if (c.pos < c.src.length) fail(c, 'text after the top-level object');
  return members;
}

/** Reads the top-level `"version"` of `package.json` (never one nested in dependencies or elsewhere). */
function readVersion(content: string, path: string): VersionReadResult {
  const versions = scanTopLevel(content, path).filter((m) => m.key === 'version');
  const [member, duplicate] = versions;
  if (member === undefined) throw new FileError(path, 'no version found: expected a top-level "version"');
  const line = lineAt(content, member.keyStart);
  if (duplicate !== undefined) {
    throw new FileError(path, `"version" appears twice at the top level (lines ${line} and ${lineAt(content, duplicate.keyStart)})`, line);
  }
  if (!member.isString) throw new FileError(path, '"version" must be a string', line);
  const span = spanAt(content, member.valueStart + 1, member.valueEnd - 1);
  // Cross-check with the real parser: the raw bytes must be the value (no escapes).
  const parsed = (JSON.parse(content.replace(/^\uFEFF/, '')) as { version?: unknown }).version;
  if (parsed !== span.value) throw new FileError(path, `"version" is written with escape sequences; write it plainly`, line);
  if (span.value === '') throw new FileError(path, '"version" is empty', line);
  return { kind: 'found', span, field: 'version' };
}

/** `package.json`: the top-level `"version"`. */
export const packageJsonUpdater: VersionFileUpdater = {
  format: 'package.json',
  readVersion,
  updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
};
