import { FileError } from '../errors.js';
import type { VersionSpan } from './types.js';
import { spanAt } from './version-span.js';

/** One `key = value` option, with where its value's first line sits. */
export interface IniOption {
  /** Lower-cased, as configparser's `optionxform` does. */
  readonly key: string;
  readonly line: number;
  /** The value as configparser returns it: each line stripped, joined with `\n`, trailing blank lines dropped. */
  readonly value: string;
  /** The bytes of the value on the option's own line (trimmed); `value` starts with them. */
  readonly span: VersionSpan;
  /** True when indented lines continue the value. */
  readonly continued: boolean;
}

/** One `[section]`. */
export interface IniSection {
  readonly name: string;
  readonly line: number;
  readonly options: ReadonlyMap<string, IniOption>;
}

/** A parsed INI file: sections by name, in file order. */
export interface IniDocument {
  readonly sections: ReadonlyMap<string, IniSection>;
}

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
    lines.push({ text: match[1] ?? '', offset: match.index, number: number++ });
    if ((match[2] ?? '') === '') break;
  }
  return lines;
}

interface OpenOption {
  key: string;
  line: number;
  indent: number;
  span: VersionSpan;
  lines: string[];
}

/**
 * Reads an INI file the way Python's `configparser` does with its defaults
 * (https://docs.python.org/3/library/configparser.html#supported-ini-file-structure), as setuptools
 * reads `setup.cfg` and bumpversion reads `.bumpversion.cfg`: `key = value` or `key: value`, keys
 * case-insensitive, full-line `#` / `;` comments only (an inline `# ...` is part of the value),
 * lines indented deeper than their option continue its value. As configparser's `strict` mode, a
 * section or an option given twice is an error. Not handled: `[DEFAULT]` inheritance and `%(name)s`
 * interpolation (values are returned as written).
 */
export function parseIni(content: string, path: string): IniDocument {
  const sections = new Map<string, { name: string; line: number; options: Map<string, IniOption> }>();
  let section: { name: string; line: number; options: Map<string, IniOption> } | undefined;
  let open: OpenOption | undefined;
  const close = (): void => {
    if (open === undefined || section === undefined) return;
    const lines = [...open.lines];
    while (lines.length > 1 && lines.at(-1) === '') lines.pop();
    section.options.set(open.key, {
      key: open.key,
      line: open.line,
      value: lines.join('\n'),
      span: open.span,
      continued: lines.length > 1,
    });
    open = undefined;
  };
  for (const line of splitLines(content)) {
    const text = line.number === 1 ? line.text.replace(/^\uFEFF/, '') : line.text;
    const offset = line.offset + line.text.length - text.length;
    const stripped = text.trim();
    const indent = text.length - text.trimStart().length;
    if (stripped.startsWith('#') || stripped.startsWith(';')) continue;
    if (stripped === '') {
      open?.lines.push('');
      continue;
    }
    if (open !== undefined && indent > open.indent) {
      open.lines.push(stripped);
      continue;
    }
    close();
    const header = /^\[(.+)\]/.exec(stripped);
    if (header !== null) {
      const name = header[1] ?? '';
      if (sections.has(name)) throw new FileError(path, `section [${name}] appears twice`, line.number);
      section = { name, line: line.number, options: new Map() };
      sections.set(name, section);
      continue;
    }
    if (section === undefined) throw new FileError(path, 'text before the first [section] header', line.number);
    const delimiter = /[=:]/.exec(text);
    if (delimiter === null || text.slice(0, delimiter.index).trim() === '') {
      throw new FileError(path, `not a 'key = value' line: ${stripped}`, line.number);
    }
    const key = text.slice(0, delimiter.index).trim().toLowerCase();
    const previous = section.options.get(key);
    if (previous !== undefined) {
      throw new FileError(path, `${key} is set twice in [${section.name}] (lines ${previous.line} and ${line.number})`, line.number);
    }
    const afterDelimiter = delimiter.index + 1;
    const valueStart = afterDelimiter + (text.length - afterDelimiter - text.slice(afterDelimiter).trimStart().length);
    const valueEnd = Math.max(valueStart, text.trimEnd().length);
    const span = spanAt(content, offset + valueStart, offset + valueEnd);
    open = { key, line: line.number, indent, span, lines: [span.value] };
  }
  close();
  return { sections };
}
