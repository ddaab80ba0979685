import { normalizeRstName, scanInline } from './rst-inline.js';
import type { InlineReference, InlineTarget } from './rst-inline.js';
import { checkRstTables, findTable } from './rst-tables.js';
import type { TableExtent } from './rst-tables.js';
import { DIRECTIVES, DISABLED_DIRECTIVES, ROLES } from './rst-vocabulary.js';
import { appendAll } from '../../collections/append-all.js';

/** A reason docutils would stop rendering a description, at a 1-based line of it. */
export interface RstProblem {
  line: number;
  message: string;
}

/**
 * Finds the reStructuredText problems that make PyPI refuse a description. PyPI renders with
 * readme_renderer, which runs docutils with `halt_level=WARNING`, `raw_enabled=False` and
 * `file_insertion_enabled=False`: any warning or error stops the render and the upload fails.
 * Messages are docutils' own wording (verified against docutils 0.19 with readme_renderer 37.3),
 * and every problem is listed, where docutils stops at the first. Inline problems carry the line
 * they are on; docutils reports the first line of their paragraph.
 *
 * Checked:
 * - section titles: "Title underline too short." / "Title overline too short." (for adornments
 *   of 4+ characters; shorter ones are plain text to docutils) and "Title level inconsistent:"
 *   (a title style used deeper than one level below the current section);
 * - at the top level (column 0): "Unexpected indentation." after a paragraph of two or more
 *   lines; "<Block quote|Literal block|Bullet list|Enumerated list|Definition list|Field list|
 *   Explicit markup> ends without a blank line; unexpected unindent." and "Line block ends
 *   without a blank line.";
 * - inline markup: emphasis, strong, literal, interpreted text / phrase reference and
 *   substitution start-strings without end-strings, by docutils' recognition rules;
 * - "Unknown target name:" for `name_`, `` `phrase`_ ``, `` `text <alias_>`_ ``, `|sub|_` and
 *   `[1]_` / `[#label]_` / `[CITATION]_` with no target, section title, `:name:` option,
 *   footnote or citation of that name; "Duplicate explicit target name:" for two explicit targets
 *   (`.. _x:` or `` `x <uri>`_ ``) of one name that do not share one URI; "Anonymous hyperlink
 *   mismatch" when anonymous references and targets do not pair up;
 * - "Undefined substitution referenced:" for `|name|` with no `.. |name| …` definition;
 * - "Unknown directive type" for directives other than docutils' standard ones (so every Sphinx
 *   directive), and the `raw` and `include` directives PyPI disables;
 * - "Unknown interpreted text role" for roles other than docutils' standard ones and those
 *   declared with `.. role::` (so `:class:`, `:func:`, `:ref:` … are caught);
 * - "Malformed table.": grid tables whose lines differ in width or do not end in `+`/`|`, and
 *   simple tables with text in a column margin (tables with column spans are not checked).
 *
 * Not checked (so such READMEs pass here and can still fail on PyPI): anything nested inside
 * list items, block quotes and directive content (admonition bodies are not scanned), inline
 * markup inside URLs, tables and substitution definitions, "Literal block expected; none found.",
 * unknown Pygments languages in `code` directives, directive option and argument errors, footnote
 * auto-numbering mismatches (`[#]_`, `[*]_`), hyperlink references inside titles, and
 * enumerated-list numbering. When in doubt the checker stays silent: it must not fail a README
 * that docutils renders.
 */
export function checkRst(text: string): RstProblem[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, '        ').split('\n');
  const doc = scanBlocks(lines);
  const problems: RstProblem[] = [...doc.problems, ...checkRstTables(lines, doc.tables)];

  const references: (InlineReference & { line: number })[] = [];
  const inlineTargets: (InlineTarget & { line: number })[] = [];
  for (const block of textBlocks(lines, doc.skip)) {
    const scan = scanInline(block.text);
    const lineOf = (offset: number): number => block.start + countNewlines(block.text.slice(0, offset)) + 1;
    for (const p of scan.problems) problems.push({ line: lineOf(p.offset), message: p.message });
    for (const r of scan.references) references.push({ ...r, line: lineOf(r.offset) });
    for (const t of scan.targets) inlineTargets.push({ ...t, line: lineOf(t.offset) });
  }
  for (const t of inlineTargets) addTarget(doc, t.name, t.uri, t.line, problems);
  appendAll(problems, resolveReferences(doc, references));
  return problems.sort((a, b) => a.line - b.line);
}

const ADORNMENT = /^([!-/:-@[-`{-~])\1*\s*$/;
const BULLET = /^[-*+•‣⁃]( +|$)/;
const ENUMERATOR = /^(?:\d+|#|[a-zA-Z]|[ivxlcdmIVXLCDM]+)\.( +|$)|^\(?(?:\d+|#|[a-zA-Z]|[ivxlcdmIVXLCDM]+)\)( +|$)/;
const FIELD = /^:(?![: ])[^`]*?[^\s\\]:(?=\s|$)/;
const EXPLICIT = /^\.\.(\s|$)/;
const DIRECTIVE = /^\.\.\s+(?:\|[^|]+\|\s+)?([\w][\w.:+-]*?)::(\s|$)/;
const TARGET = /^\.\.\s+_(`[^`]+`|[^:`][^:]*|):(?:\s+(.*))?$/;

interface Doc {
  readonly problems: RstProblem[];
  /** Lines whose text is not scanned for inline markup. */
  readonly skip: Set<number>;
  readonly tableLines: Set<number>;
  readonly tables: TableExtent[];
  readonly names: Map<string, string>;
  readonly footnotes: Set<string>;
  readonly substitutions: Set<string>;
  readonly roles: Set<string>;
  anonymousTargets: number;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

function scanBlocks(lines: readonly string[]): Doc {
  const doc: Doc = { problems: [], skip: new Set(), tableLines: new Set(), tables: [], names: new Map(), footnotes: new Set(), substitutions: new Set(), roles: new Set(), anonymousTargets: 0 };
  const styles: string[] = [];
  let level = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (doc.skip.has(i) || isBlank(line)) continue;
    const indent = indentOf(line);
    const body = line.trimStart();
    if (EXPLICIT.test(body)) {
      const end = blockEnd(lines, i, indent);
      for (let j = i; j < end; j += 1) doc.skip.add(j);
      readExplicit(doc, lines.slice(i, end), i + 1);
      continue;
    }
    if (/^(?:__ |__$)/.test(body)) doc.anonymousTargets += 1;
    const table = findTable(lines, i);
    if (table !== undefined) {
      doc.tables.push(table);
      for (let j = table.start; j < table.end; j += 1) [doc.skip, doc.tableLines].forEach((s) => s.add(j));
      continue;
    }
    if (body.startsWith('>>>') && (i === 0 || isBlank(lines[i - 1]))) {
      for (let j = i; j < lines.length && !isBlank(lines[j]); j += 1) doc.skip.add(j);
      continue;
    }
    if (/::\s*$/.test(line) && isBlank(lines[i + 1])) {
      const end = blockEnd(lines, i, indent);
      for (let j = i + 1; j < end; j += 1) doc.skip.add(j);
    }
    const title = readTitle(lines, i);
    if (title !== undefined) {
      [i + 1, title.overline ? i - 1 : -1].forEach((j) => doc.skip.add(j));
      const name = normalizeRstName(line.replace(/[`*|]/g, ''));
      if (!doc.names.has(name)) doc.names.set(name, '#implicit');
      if (title.tooShort !== undefined) doc.problems.push({ line: title.tooShort + 1, message: `Title ${title.tooShort < i ? 'overline' : 'underline'} too short.` });
      // docutils `check_subsection`: a known style may close sections or open one level deeper;
      // a new style is only allowed one level below the deepest style seen so far.
      const known = styles.indexOf(title.style);
      if (known < 0 && styles.length === level) {
        styles.push(title.style);
        level = styles.length;
      } else if (known >= 0 && known <= level) {
        level = known + 1;
      } else {
        doc.problems.push({ line: i + 1, message: 'Title level inconsistent:' });
      }
      continue;
    }
    if (ADORNMENT.test(line) && line.trim().length >= 4) doc.skip.add(i);
    if (indent === 0 && !doc.tableLines.has(i)) checkTopLevel(lines, i, doc.problems);
  }
  return doc;
}

/** The line after an indented block that starts at `start` (its lines indented past `indent`). */
function blockEnd(lines: readonly string[], start: number, indent: number): number {
  let end = start + 1;
  while (end < lines.length && (isBlank(lines[end]) || indentOf(lines[end] ?? '') > indent)) end += 1;
  while (end > start + 1 && isBlank(lines[end - 1])) end -= 1;
  return end;
}

function readExplicit(doc: Doc, block: readonly string[], line: number): void {
  const first = (block[0] ?? '').trim();
  const directive = DIRECTIVE.exec(first);
  const substitution = /^\.\.\s+\|([^|]+)\|/.exec(first);
  if (substitution !== null) doc.substitutions.add(normalizeRstName(substitution[1] ?? ''));
  if (directive !== null) {
    const name = (directive[1] ?? '').toLowerCase();
    if (DISABLED_DIRECTIVES.has(name)) doc.problems.push({ line, message: `"${name}" directive disabled.` });
    else if (!DIRECTIVES.has(name)) doc.problems.push({ line, message: `Unknown directive type "${directive[1] ?? ''}".` });
    if (name === 'role') doc.roles.add((/::\s*([\w.:+-]+)/.exec(first)?.[1] ?? '').toLowerCase());
    for (const option of block.slice(1)) {
      const named = /^\s+:name:\s*(.+)$/.exec(option);
      if (named !== null) doc.names.set(normalizeRstName(named[1] ?? ''), '#implicit');
    }
    return;
  }
  const footnote = /^\.\.\s+\[([^\]]+)\]/.exec(first);
  if (footnote !== null) {
    doc.footnotes.add(normalizeRstName(footnote[1] ?? ''));
    return;
  }
  const target = TARGET.exec(first);
  if (target === null) return;
  const rawName = (target[1] ?? '').replace(/^`|`$/g, '');
  const uri = [target[2] ?? '', ...block.slice(1)].join('').replace(/\s+/g, '');
  if (rawName === '_' || rawName === '') doc.anonymousTargets += rawName === '_' ? 1 : 0;
  else addTarget(doc, normalizeRstName(rawName), uri === '' ? `#internal-${line}` : uri, line, doc.problems);
}

function addTarget(doc: Doc, name: string, uri: string, line: number, problems: RstProblem[]): void {
  const previous = doc.names.get(name);
  // docutils: two explicit targets of one name are fine only when both point to the same URI.
  if (previous !== undefined && previous !== '#implicit' && previous !== uri) problems.push({ line, message: `Duplicate explicit target name: "${name}".` });
  if (previous === undefined || previous === '#implicit') doc.names.set(name, uri);
}

interface Title {
  readonly style: string;
  readonly overline: boolean;
  /** The 0-based line of an adornment shorter than the title, if one is. */
  readonly tooShort?: number;
}

function readTitle(lines: readonly string[], i: number): Title | undefined {
  const text = lines[i] ?? '';
  const under = lines[i + 1] ?? '';
  if (ADORNMENT.test(text) || !ADORNMENT.test(under)) return undefined;
  const over = lines[i - 1] ?? '';
  const overline = ADORNMENT.test(over) && over.trim()[0] === under.trim()[0] && isBlank(lines[i - 2]);
  // Without an overline the title starts at column 0 after a blank line (or the start).
  if (!overline && (indentOf(text) > 0 || !isBlank(lines[i - 1]))) return undefined;
  // A lower bound of docutils' column width (wide characters count 2 there): never over-reports.
  const width = [...text.trim().normalize('NFC')].filter((c) => !/\p{M}/u.test(c)).length;
  const underLength = under.trim().length;
  // docutils: an adornment under 4 characters that is shorter than the text is ordinary text.
  if (underLength < width && underLength < 4) return undefined;
  const tooShort = overline && over.trim().length < width ? i - 1 : underLength < width ? i + 1 : undefined;
  return { style: `${overline ? 'o' : 'u'}${under.trim()[0] ?? ''}`, overline, ...(tooShort === undefined ? {} : { tooShort }) };
}

function checkTopLevel(lines: readonly string[], i: number, problems: RstProblem[]): void {
  const line = lines[i] ?? '';
  const previous = lines[i - 1];
  if (previous === undefined || isBlank(previous)) return;
  if (indentOf(previous) > 0) {
    const owner = ownerOf(lines, i);
    // A list item, field or explicit markup right after a block quote or literal block still ends it.
    const startsItem = BULLET.test(line) || ENUMERATOR.test(line) || FIELD.test(line);
    if (!isPlain(line) && !(startsItem && (owner === 'Block quote' || owner === 'Literal block'))) return;
    if (!isBlank(lines[i + 1]) && indentOf(lines[i + 1] ?? '') > 0) return; // a new definition list item
    problems.push({ line: i + 1, message: `${owner} ends without a blank line; unexpected unindent.` });
    return;
  }
  if (!isPlain(line)) return;
  const kind = BULLET.test(previous) ? 'Bullet list' : EXPLICIT.test(previous) ? 'Explicit markup' : FIELD.test(previous) ? 'Field list' : undefined;
  if (kind !== undefined) problems.push({ line: i + 1, message: `${kind} ends without a blank line; unexpected unindent.` });
  else if (/^\|( |$)/.test(previous)) problems.push({ line: i + 1, message: 'Line block ends without a blank line.' });
  else if (!isBlank(lines[i + 1]) && indentOf(lines[i + 1] ?? '') > 0 && paragraphIsPlain(lines, i)) {
    // Two or more paragraph lines, then an indented one (a single line would be a definition term).
    problems.push({ line: i + 2, message: 'Unexpected indentation.' });
  }
}

function paragraphIsPlain(lines: readonly string[], i: number): boolean {
  let j = i;
  while (j > 0 && !isBlank(lines[j - 1])) j -= 1;
  return lines.slice(j, i + 1).every(isPlain);
}

/** A column-0 line that starts no construct of its own (so it continues or starts a paragraph). */
function isPlain(line: string): boolean {
  return !(BULLET.test(line) || ENUMERATOR.test(line) || FIELD.test(line) || EXPLICIT.test(line) || ADORNMENT.test(line) ||
    /^(?:\||\+[-=]|>>>|__ |--?\w)/.test(line) || indentOf(line) > 0);
}

function ownerOf(lines: readonly string[], i: number): string {
  let j = i - 1;
  let sawBlank = false;
  while (j >= 0 && (isBlank(lines[j]) || indentOf(lines[j] ?? '') > 0)) sawBlank ||= isBlank(lines[j--]);
  const owner = lines[j] ?? '';
  if (EXPLICIT.test(owner)) return 'Explicit markup';
  if (BULLET.test(owner)) return 'Bullet list';
  if (ENUMERATOR.test(owner)) return 'Enumerated list';
  if (FIELD.test(owner)) return 'Field list';
  if (!sawBlank) return 'Definition list';
  return /::\s*$/.test(owner) ? 'Literal block' : 'Block quote';
}

function* textBlocks(lines: readonly string[], skip: ReadonlySet<number>): Generator<{ start: number; text: string }> {
  let start = -1;
  for (let i = 0; i <= lines.length; i += 1) {
    const inBlock = i < lines.length && !skip.has(i) && !isBlank(lines[i]);
    if (inBlock && start < 0) start = i;
    if (!inBlock && start >= 0) {
      yield { start, text: lines.slice(start, i).join('\n') };
      start = -1;
    }
  }
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}

function resolveReferences(doc: Doc, references: readonly (InlineReference & { line: number })[]): RstProblem[] {
  const problems: RstProblem[] = [];
  let anonymous = 0;
  for (const r of references) {
    if (r.kind === 'anonymous') anonymous += 1;
    else if (r.kind === 'role' && !ROLES.has(r.name) && !doc.roles.has(r.name)) problems.push({ line: r.line, message: `Unknown interpreted text role "${r.name}".` });
    else if (r.kind === 'substitution' && !doc.substitutions.has(r.name)) problems.push({ line: r.line, message: `Undefined substitution referenced: "${r.name}".` });
    else if ((r.kind === 'named' && !doc.names.has(r.name) && !doc.footnotes.has(r.name)) || (r.kind === 'footnote' && !doc.footnotes.has(r.name))) {
      problems.push({ line: r.line, message: `Unknown target name: "${r.name.replace(/^#/, '')}".` });
    }
  }
  const first = references.find((r) => r.kind === 'anonymous');
  if (first !== undefined && anonymous !== doc.anonymousTargets) {
    problems.push({ line: first.line, message: `Anonymous hyperlink mismatch: ${anonymous} references but ${doc.anonymousTargets} targets.` });
  }
  return problems;
}
