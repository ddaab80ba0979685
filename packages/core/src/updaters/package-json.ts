import { FileError } from '../errors.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { lineAt, replaceVersion, spanAt } from './version-span.js';

/** One member of the top-level object, with the offsets of its value. */
interface JsonMember {
  /** The keys from the top-level object down to this member. */
  readonly path: readonly string[];
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
  readonly members: JsonMember[];
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

/** Reads one value; object members are recorded under `at` (undefined inside arrays: never a version's place). */
function readValue(c: Cursor, at: readonly string[] | undefined): void {
  skipWhitespace(c);
  const ch = c.src[c.pos];
  if (ch === '"') return readString(c);
  if (ch === '{') return readContainer(c, '}', () => readMember(c, at));
  if (ch === '[') return readContainer(c, ']', () => readValue(c, undefined));
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

function readMember(c: Cursor, at: readonly string[] | undefined): void {
  const keyStart = c.pos;
  readString(c);
  const key = JSON.parse(c.src.slice(keyStart, c.pos)) as string;
  skipWhitespace(c);
  expect(c, ':');
  skipWhitespace(c);
  const valueStart = c.pos;
  const isString = c.src[c.pos] === '"';
  const path = at === undefined ? undefined : [...at, key];
  readValue(c, path);
  if (path !== undefined) c.members.push({ path, key, keyStart, valueStart, valueEnd: c.pos, isString });
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
 * Walks the whole document (RFC 8259 grammar) and returns every object member outside arrays, with
 * its key path: offsets come from the structure, so a `"version"` nested in `dependencies` or
 * written inside another string can never be taken for the package's own.
 */
function scanMembers(content: string, path: string): JsonMember[] {
  const c: Cursor = { src: content, path, pos: content.charCodeAt(0) === 0xfeff ? 1 : 0, members: [] };
  skipWhitespace(c);
  if (c.src[c.pos] !== '{') fail(c, 'the file must hold a JSON object');
  readValue(c, []);
  skipWhitespace(c);
  if (c.pos < c.src.length) fail(c, 'text after the top-level object');
  return c.members;
}

/**
 * The string at one key path of a JSON file (`["version"]` in package.json, `["commitizen", "version"]`
 * in commitizen's `.cz.json`), checked against `JSON.parse`.
 */
function readJsonString(content: string, path: string, keyPath: readonly string[]): VersionReadResult {
  const field = keyPath.map((key) => JSON.stringify(key)).join('.');
  const versions = scanMembers(content, path).filter((m) => m.path.length === keyPath.length && m.path.every((key, i) => key === keyPath[i]));
  const [member, duplicate] = versions;
  if (member === undefined) throw new FileError(path, `no version found: expected ${keyPath.length === 1 ? 'a top-level ' : ''}${field}`);
  const line = lineAt(content, member.keyStart);
  if (duplicate !== undefined) {
    throw new FileError(path, `${field} appears twice${keyPath.length === 1 ? ' at the top level' : ''} (lines ${line} and ${lineAt(content, duplicate.keyStart)})`, line);
  }
  if (!member.isString) throw new FileError(path, `${field} must be a string`, line);
  const span = spanAt(content, member.valueStart + 1, member.valueEnd - 1);
  // Cross-check with the real parser: the raw bytes must be the value (no escapes).
  let parsed: unknown = JSON.parse(content.replace(/^\uFEFF/, ''));
  for (const key of keyPath) parsed = (parsed as Record<string, unknown> | undefined)?.[key];
  if (parsed !== span.value) throw new FileError(path, `${field} is written with escape sequences; write it plainly`, line);
  if (span.value === '') throw new FileError(path, `${field} is empty`, line);
  return { kind: 'found', span, field: keyPath.join('.') };
}

function readVersion(content: string, path: string): VersionReadResult {
  return readJsonString(content, path, ['version']);
}

/** The string at one key path of any JSON file, only its bytes replaced. */
export function jsonKeyUpdater(keyPath: readonly string[]): VersionFileUpdater {
  const read = (content: string, path: string) => readJsonString(content, path, keyPath);
  return {
    format: `JSON ${keyPath.join('.')}`,
    readVersion: read,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion: read }, content, newVersion, path),
  };
}

/** `package.json`: the top-level `"version"`. */
export const packageJsonUpdater: VersionFileUpdater = {
  format: 'package.json',
  readVersion,
  updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
};
