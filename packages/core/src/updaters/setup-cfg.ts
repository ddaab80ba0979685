import { FileError } from '../errors.js';
import type { VersionFileUpdater, VersionReadResult, VersionSpan } from './types.js';
import { replaceVersion, spanAt } from './version-span.js';

interface CfgLine {
  readonly text: string;
  readonly offset: number;
  readonly number: number;
}

/** Physical lines with their offsets; `\r\n`, `\n` and `\r` all end a line (configparser reads with universal newlines). */
function splitLines(content: string): CfgLine[] {
  const lines: CfgLine[] = [];
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let number = 1;
  for (let match = pattern.exec(content); match !== null; match = pattern.exec(content)) {
    const text = match[1] ?? '';
    lines.push({ text, offset: match.index, number: number++ });
    if ((match[2] ?? '') === '') break;
  }
  return lines;
}

interface VersionOption {
  readonly line: CfgLine;
  readonly span: VersionSpan;
  readonly indent: number;
  continued: boolean;
}

/**
 * Reads `setup.cfg` the way setuptools does, with Python's `configparser` defaults
 * (https://docs.python.org/3/library/configparser.html#supported-ini-file-structure): `key = value` or
 * `key: value`, keys case-insensitive, full-line `#`/`;` comments only (an inline `# ...` would be part of
 * the value), indented lines continue the previous value.
 *
 * The version is `version` in `[metadata]`. setuptools' `attr:` and `file:` directives
 * (https://setuptools.pypa.io/en/latest/userguide/declarative_config.html) are `dynamic`: the version
 * lives in the module attribute or file they name.
 */
function readVersion(content: string, path: string): VersionReadResult {
  let section: string | undefined;
  let optionIndent: number | undefined;
  let current: VersionOption | undefined;
  let found: VersionOption | undefined;
  const sections = new Set<string>();
  for (const line of splitLines(content)) {
    const text = line.number === 1 ? line.text.replace(/^\uFEFF/, '') : line.text;
    const offset = line.offset + line.text.length - text.length;
    const stripped = text.trim();
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) continue;
    const indent = text.length - text.trimStart().length;
    if (optionIndent !== undefined && indent > optionIndent) {
      if (current !== undefined) current.continued = true;
      continue;
    }
    const header = /^\[(.+)\]/.exec(stripped);
    if (header !== null) {
      section = header[1] ?? '';
      if (sections.has(section)) throw new FileError(path, `section [${section}] appears twice`, line.number);
      sections.add(section);
      optionIndent = undefined;
      current = undefined;
      continue;
    }
    if (section === undefined) throw new FileError(path, 'text before the first [section] header', line.number);
    const delimiter = /[=:]/.exec(text);
    if (delimiter === null || text.slice(0, delimiter.index).trim() === '') {
      throw new FileError(path, `not a 'key = value' line: ${stripped}`, line.number);
    }
    optionIndent = indent;
    current = undefined;
    if (section !== 'metadata' || text.slice(0, delimiter.index).trim().toLowerCase() !== 'version') continue;
    if (found !== undefined) {
      throw new FileError(path, `version is set twice in [metadata] (lines ${found.line.number} and ${line.number})`, line.number);
    }
    const afterDelimiter = delimiter.index + 1;
    const valueStart = afterDelimiter + (text.length - afterDelimiter - text.slice(afterDelimiter).trimStart().length);
    const valueEnd = text.trimEnd().length;
    const span = spanAt(content, offset + valueStart, offset + Math.max(valueStart, valueEnd));
    found = current = { line, span, indent, continued: false };
  }
  if (found === undefined) throw new FileError(path, 'no version found: expected version = ... in [metadata]');
  return interpret(path, found);
}

function interpret(path: string, option: VersionOption): VersionReadResult {
  const { span } = option;
  const line = option.line.number;
  const directive = /^(attr|file):\s*(.*)$/.exec(span.value);
  if (directive !== null) {
    const [, kind, target] = directive;
    const where = kind === 'attr' ? `the attribute ${target}` : `the file ${target}`;
    return { kind: 'dynamic', detail: `version = ${span.value} in [metadata] (line ${line}): setuptools reads it from ${where}` };
  }
  if (option.continued) throw new FileError(path, 'version in [metadata] continues on the next line; keep it on one line', line);
  if (span.value === '') throw new FileError(path, 'version in [metadata] is empty', line);
  if (/^["']/.test(span.value)) {
    throw new FileError(path, `version = ${span.value}: setup.cfg values take no quotes (they would be part of the version)`, line);
  }
  if (/\s/.test(span.value)) {
    throw new FileError(
      path,
      `version = ${span.value}: configparser keeps inline comments as part of the value; put the comment on its own line`,
      line,
    );
  }
  return { kind: 'found', span, field: '[metadata] version' };
}

/** `setup.cfg`: `version` in `[metadata]`. */
export const setupCfgUpdater: VersionFileUpdater = {
  format: 'setup.cfg',
  readVersion,
  updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
};
