import { FileError } from '../errors.js';
import { lineAt } from './version-span.js';

/**
 * Where one key's value sits in a TOML document. Only offsets: smol-toml gives the values,
 * this gives the bytes, and the pyproject updater checks that both agree.
 */
export interface TomlEntry {
  /** Full key path: table header + dotted key (+ inline-table keys), quotes removed. */
  readonly path: readonly string[];
  /** True under `[[array.of.tables]]` or inside an array value: such keys never name the project's version. */
  readonly inArray: boolean;
  /** Which table header the key sits under: 0 before the first, then 1, 2, ... in file order. */
  readonly table: number;
  readonly value: TomlRawValue;
}

/** The raw text of a value. For strings `body*` excludes the quotes; for other values it equals `start`/`end`. */
export interface TomlRawValue {
  /** `null` for anything that is not a string (numbers, arrays, inline tables, ...). */
  readonly quote: '"' | "'" | '"""' | "'''" | null;
  readonly start: number;
  readonly end: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

interface Cursor {
  readonly src: string;
  readonly path: string;
  pos: number;
  table: number;
  readonly entries: TomlEntry[];
}

/**
 * Lists every key/value in a TOML document with offsets. The document must already have been
 * validated (smol-toml's `parse`): this scanner follows TOML 1.0's grammar (https://toml.io/en/v1.0.0)
 * far enough to skip strings (all four kinds), arrays, inline tables and comments correctly, so a
 * `version = ...` inside a multi-line string or another table is never mistaken for the real one.
 */
export function scanTomlEntries(content: string, path: string): TomlEntry[] {
  const c: Cursor = { src: content, path, pos: content.charCodeAt(0) === 0xfeff ? 1 : 0, table: 0, entries: [] };
  let table: readonly string[] = [];
  let tableInArray = false;
  const arrayTables: (readonly string[])[] = [];
  for (;;) {
    skipTrivia(c, true);
    if (c.pos >= c.src.length) return c.entries;
    if (c.src[c.pos] === '[') {
      const isArray = c.src[c.pos + 1] === '[';
      c.table++;
      c.pos += isArray ? 2 : 1;
      table = readKey(c);
      skipTrivia(c, false);
      expect(c, isArray ? ']]' : ']');
      if (isArray) arrayTables.push(table);
      tableInArray = arrayTables.some((prefix) => startsWithPath(table, prefix));
    } else {
      readKeyValue(c, table, tableInArray);
    }
    // The rest of the line holds only whitespace and a comment; skipTrivia takes it.
  }
}

function startsWithPath(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

function fail(c: Cursor, what: string): never {
  throw new FileError(c.path, `cannot scan the TOML here: ${what}`, lineAt(c.src, c.pos));
}

function expect(c: Cursor, text: string): void {
  if (!c.src.startsWith(text, c.pos)) fail(c, `expected '${text}'`);
  c.pos += text.length;
}

/** Skips spaces, tabs and comments, and line breaks too when `newlines` is set. */
function skipTrivia(c: Cursor, newlines: boolean): void {
  while (c.pos < c.src.length) {
    const ch = c.src[c.pos];
    if (ch === ' ' || ch === '\t') c.pos++;
    else if (newlines && (ch === '\n' || ch === '\r')) c.pos++;
    else if (ch === '#') {
      while (c.pos < c.src.length && c.src[c.pos] !== '\n' && c.src[c.pos] !== '\r') c.pos++;
    } else return;
  }
}

function readKeyValue(c: Cursor, prefix: readonly string[], inArray: boolean): void {
  const key = readKey(c);
  skipTrivia(c, false);
  expect(c, '=');
  skipTrivia(c, false);
  const path = [...prefix, ...key];
  const value = readValue(c, path, inArray);
  c.entries.push({ path, inArray, table: c.table, value });
}

/** A dotted key: `a`, `"quoted key"`, `'literal'`, `tool . poetry` (whitespace around dots is allowed). */
function readKey(c: Cursor): string[] {
  const parts: string[] = [];
  for (;;) {
    skipTrivia(c, false);
    const ch = c.src[c.pos];
    if (ch === '"') {
      const s = readSingleLineString(c, '"');
      parts.push(decodeBasicString(c.src.slice(s.bodyStart, s.bodyEnd)));
    } else if (ch === "'") {
      const s = readSingleLineString(c, "'");
      parts.push(c.src.slice(s.bodyStart, s.bodyEnd));
    } else {
      const start = c.pos;
      while (c.pos < c.src.length && /[A-Za-z0-9_-]/.test(c.src[c.pos] ?? '')) c.pos++;
      if (c.pos === start) fail(c, 'expected a key');
      parts.push(c.src.slice(start, c.pos));
    }
    skipTrivia(c, false);
    if (c.src[c.pos] !== '.') return parts;
    c.pos++;
  }
}

function readValue(c: Cursor, path: readonly string[], inArray: boolean): TomlRawValue {
  const start = c.pos;
  const ch = c.src[c.pos];
  if (ch === '"' || ch === "'") {
    const triple = ch.repeat(3);
    if (c.src.startsWith(triple, c.pos)) return readMultiLineString(c, triple as '"""' | "'''");
    return readSingleLineString(c, ch);
  }
  if (ch === '[') {
    c.pos++;
    for (;;) {
      skipTrivia(c, true);
      const next = c.src[c.pos];
      if (next === undefined) fail(c, 'unclosed array');
      if (next === ']') break;
      if (next === ',') c.pos++;
      else readValue(c, path, true);
    }
    c.pos++;
  } else if (ch === '{') {
    c.pos++;
    for (;;) {
      // TOML 1.0 inline tables sit on one line; TOML 1.1 allows newlines, so accept both.
      skipTrivia(c, true);
      const next = c.src[c.pos];
      if (next === undefined) fail(c, 'unclosed inline table');
      if (next === '}') break;
      if (next === ',') c.pos++;
      else readKeyValue(c, path, inArray);
    }
    c.pos++;
  } else {
    // Numbers, booleans, dates (`1979-05-27 07:32:00` has a space), inf, nan: up to a delimiter.
    while (c.pos < c.src.length && !',]}#\r\n'.includes(c.src[c.pos] ?? '')) c.pos++;
    let end = c.pos;
    while (end > start && (c.src[end - 1] === ' ' || c.src[end - 1] === '\t')) end--;
    if (end === start) fail(c, 'expected a value');
    return { quote: null, start, end, bodyStart: start, bodyEnd: end };
  }
  return { quote: null, start, end: c.pos, bodyStart: start, bodyEnd: c.pos };
}

function readSingleLineString(c: Cursor, quote: '"' | "'"): TomlRawValue {
  const start = c.pos;
  c.pos++;
  while (c.pos < c.src.length) {
    const ch = c.src[c.pos];
    if (ch === '\n' || ch === '\r') break;
    // Literal strings have no escapes; in basic strings a backslash always takes the next character.
    if (ch === '\\' && quote === '"') c.pos += 2;
    else if (ch === quote) {
      c.pos++;
      return { quote, start, end: c.pos, bodyStart: start + 1, bodyEnd: c.pos - 1 };
    } else c.pos++;
  }
  return fail(c, 'unterminated string');
}

function readMultiLineString(c: Cursor, quote: '"""' | "'''"): TomlRawValue {
  const start = c.pos;
  const q = quote[0] ?? '"';
  c.pos += 3;
  while (c.pos < c.src.length) {
    if (c.src[c.pos] === '\\' && quote === '"""') c.pos += 2;
    else if (c.src.startsWith(quote, c.pos)) {
      // TOML: up to two quotes may stand right before the closing delimiter (`"""a"""""`).
      let run = 3;
      while (run < 5 && c.src[c.pos + run] === q) run++;
      c.pos += run;
      return { quote, start, end: c.pos, bodyStart: start + 3, bodyEnd: c.pos - 3 };
    } else c.pos++;
  }
  return fail(c, 'unterminated multi-line string');
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\x1b',
  '"': '"',
  '\\': '\\',
};

/** Decodes a basic string's escapes (TOML 1.0 plus 1.1's `\e` and `\xHH`), for quoted keys. */
function decodeBasicString(body: string): string {
  return body.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|.)/g, (whole, esc: string) => {
    if (esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    return SIMPLE_ESCAPES[esc] ?? whole;
  });
}
