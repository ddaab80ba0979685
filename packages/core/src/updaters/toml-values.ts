import { parse, TomlError } from 'smol-toml';
import { FileError } from '../errors.js';
import type { TomlEntry } from './toml-entries.js';
import type { VersionReadResult } from './types.js';
import { lineAt, spanAt } from './version-span.js';

/** A parsed TOML table. */
export type TomlObject = Readonly<Record<string, unknown>>;

/** `value` when it is a table, else undefined. */
export function asTable(value: unknown): TomlObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as TomlObject) : undefined;
}

/** The value at a key path, or undefined when any table on the way is missing. */
export function at(root: TomlObject | undefined, ...keys: readonly string[]): unknown {
  let value: unknown = root;
  for (const key of keys) value = asTable(value)?.[key];
  return value;
}

/** Parses with smol-toml; a syntax error anywhere fails with smol-toml's line. */
export function parseToml(content: string, path: string): TomlObject {
  try {
    return parse(content);
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0] ?? error.message;
      throw new FileError(path, `not valid TOML: ${reason}`, error.line, { cause: error });
    }
    throw error;
  }
}

/** The entry at exactly `keyPath`, outside arrays. */
export function findEntry(entries: readonly TomlEntry[], keyPath: readonly string[]): TomlEntry | undefined {
  return entries.find((e) => !e.inArray && e.path.length === keyPath.length && e.path.every((p, i) => p === keyPath[i]));
}

/** How a key path reads in messages: `[tool.poetry].version`, or `version` at the top level. */
export function tomlField(keyPath: readonly string[]): string {
  const table = keyPath.slice(0, -1).map((key) => (/^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key)));
  const last = keyPath.at(-1) ?? '';
  return table.length === 0 ? last : `[${table.join('.')}].${last}`;
}

/** Finds the bytes of a one-line string at `keyPath` and checks them against the parsed value. */
export function locateTomlString(
  content: string,
  filePath: string,
  entries: readonly TomlEntry[],
  keyPath: readonly string[],
  parsed: string,
  field: string,
): VersionReadResult {
  const entry = findEntry(entries, keyPath);
  if (entry === undefined) {
    throw new FileError(filePath, `${field} was parsed but could not be located in the text`);
  }
  const { value } = entry;
  const line = lineAt(content, value.start);
  if (value.quote !== '"' && value.quote !== "'") {
    throw new FileError(filePath, `${field} must be written as a one-line string to be updated in place`, line);
  }
  const span = spanAt(content, value.bodyStart, value.bodyEnd);
  // Cross-check with the real parser: escapes (`"1.0\u002e1"`) would make the bytes differ from the value.
  if (span.value !== parsed) {
    throw new FileError(filePath, `${field} is written with escape sequences; write it plainly as "${parsed}"`, line);
  }
  if (span.value.trim() === '') throw new FileError(filePath, `${field} is empty`, line);
  return { kind: 'found', span, field };
}
