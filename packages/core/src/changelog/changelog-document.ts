import { FileError, InputError } from '../errors.js';
import {
  KEEP_A_CHANGELOG_STYLE,
  isHeadingVersion,
  readReleaseHeading,
  renderReleaseHeading,
  renderUnreleasedHeading,
  usesLinkReferences,
  versionKey,
} from './changelog-headings.js';
import type { HeadingStyle, ParsedHeading } from './changelog-headings.js';
import { appendAll } from '../collections/append-all.js';
import { parseLinkReference, planLinkReferences } from './changelog-links.js';
import type { LineEdit, LinkReference, WantedLink } from './changelog-links.js';
import { standsForCommit } from './commit-traces.js';
import type { CommitTraces } from './commit-traces.js';

/** One release to write into the changelog. */
export interface ReleaseUpdate {
  /** The version as the heading shows it, without `v` (the style adds one where the file uses it): `0.4.0`. */
  readonly version: string;
  /** The release date, `YYYY-MM-DD`. */
  readonly date: string;
  /**
   * The generated section body, `\n` line endings: `### Added\n\n- x ([abc1234](…/commit/…))\n`.
   * May be `''`, leaving only hand-written notes, if any.
   */
  readonly body: string;
  /** Link URLs: `compare` for `[0.4.0]` (or the inline heading link), `unreleased` for `[Unreleased]`. */
  readonly links?: { readonly compare: string | undefined; readonly unreleased: string | undefined };
  /**
   * The release's commits as any tool may have written them: a block of the existing section
   * (or of the Unreleased notes it takes in) that stands for one of them is that tool's entry
   * for the change, replaced by `body`, and not kept as a hand-written note.
   */
  readonly commits?: CommitTraces;
}

/** The `[Unreleased]` section to write: its generated body, link and commits, as in {@link ReleaseUpdate}. */
export interface UnreleasedUpdate {
  readonly body: string;
  /** The `[Unreleased]` compare link. */
  readonly link?: string;
  readonly commits?: CommitTraces;
}

/** The result of an edit. */
export interface ChangelogEdit {
  /** The whole new file. */
  readonly content: string;
  /** Whether `content` differs from what was given. */
  readonly changed: boolean;
  /** The section as written (heading excluded), `\n` line endings: the release notes. */
  readonly sectionText: string;
  /** What was read but left alone, for the log and the summary (an Unreleased heading below a release). */
  readonly warnings: readonly string[];
}

const BOM = '\uFEFF';

/** A new changelog: Keep a Changelog's header and an empty `## [Unreleased]` section. */
export function createChangelog(): string {
  return [
    '# Changelog',
    '',
    'All notable changes to this project will be documented in this file.',
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    '',
    '## [Unreleased]',
    '',
  ].join('\n');
}

/**
 * Writes one release: a new section right below `## [Unreleased]` (which stays, emptied), taking
 * along the hand-written notes that were under it; or, when the version already has a section,
 * that section rebuilt in place (generated bullets replaced, hand-written ones kept). In a file
 * without `## [Unreleased]` the section goes above the newest release. Link reference lines are
 * added or updated when the file uses them. Every other byte is kept.
 * @throws FileError (with the line) when the changelog's structure cannot be understood.
 */
export function applyRelease(content: string, path: string, update: ReleaseUpdate): ChangelogEdit {
  checkUpdate(update);
  const doc = readStructure(content, path);
  const existing = findRelease(doc, update.version);
  const generated = parseBody(splitText(update.body));
  let edit: LineEdit;
  let merged: Body;
  let style: HeadingStyle;
  if (existing !== undefined) {
    merged = mergeBodies(generated, parseBody(sectionBody(doc, existing)), update.commits);
    style = existing.heading.style;
    edit = replaceSection(doc, existing, renderExistingHeading(existing.heading, update), renderBody(merged));
  } else {
    style = newestStyle(doc);
    const heading = renderReleaseHeading(style, update.version, update.date, style.link ? update.links?.compare : undefined);
    const unreleased = doc.unreleased;
    merged = mergeBodies(generated, unreleased === undefined ? EMPTY_BODY : parseBody(sectionBody(doc, unreleased)), update.commits);
    const sectionLines = [heading, ...withBlank(renderBody(merged))];
    if (unreleased !== undefined) {
      // The Unreleased section keeps its heading and loses its notes to the new section.
      edit = replaceSection(doc, unreleased, undefined, sectionLines);
    } else {
      const lead = usesLinkReferences(style) ? [renderUnreleasedHeading(style), ''] : [];
      edit = insertAt(doc, topIndex(doc), [...lead, ...sectionLines]);
    }
  }
  let next = applyEdits(doc.lines, [edit]);
  if (usesLinkReferences(style) && update.links !== undefined) next = updateLinks(next, path, [update], update.links.unreleased);
  return result(content, next, merged, doc);
}

/**
 * Refreshes the generated entries of the `[Unreleased]` section (a run without a version):
 * `update.body` replaces the generated bullets, hand-written notes are kept beside them. A file
 * without an Unreleased section gets one above the newest release, unless there is nothing to write.
 * @throws FileError (with the line) when the changelog's structure cannot be understood.
 */
export function applyUnreleased(content: string, path: string, update: UnreleasedUpdate): ChangelogEdit {
  const doc = readStructure(content, path);
  const generated = parseBody(splitText(update.body));
  const style = newestStyle(doc);
  const unreleased = doc.unreleased;
  let next = content;
  let merged: Body;
  if (unreleased !== undefined) {
    merged = mergeBodies(generated, parseBody(sectionBody(doc, unreleased)), update.commits);
    next = applyEdits(doc.lines, [replaceSection(doc, unreleased, undefined, renderBody(merged))]);
  } else {
    merged = mergeBodies(generated, EMPTY_BODY);
    const lines = renderBody(merged);
    if (lines.length === 0) return result(content, content, merged, doc);
    next = applyEdits(doc.lines, [insertAt(doc, topIndex(doc), [renderUnreleasedHeading(style), '', ...lines])]);
  }
  if (usesLinkReferences(style) && update.link !== undefined) next = updateLinks(next, path, [], update.link);
  return result(content, next, merged, doc);
}

/**
 * Regenerates released sections from `releases` (newest first): a version with a section has it
 * rebuilt in place (hand-written bullets kept); a version without one gets a new section below
 * the nearest newer release of the list (or at the top of the releases). The header,
 * `[Unreleased]` and every other section are kept. `sectionText` is the first release's notes.
 * @throws FileError (with the line) when the changelog's structure cannot be understood.
 */
export function replaceReleasedSections(content: string, path: string, releases: readonly ReleaseUpdate[]): ChangelogEdit {
  for (const update of releases) checkUpdate(update);
  // One reading of the file, all edits against it: 40 releases cost one parse, not forty.
  const doc = readStructure(content, path);
  const style = newestStyle(doc);
  const edits: LineEdit[] = [];
  let first: Body = EMPTY_BODY;
  const linked: ReleaseUpdate[] = [];
  // New sections that follow one another are written as one block, after the section before them.
  let pending: string[] = [];
  let pendingAt: number | undefined;
  let after: number | undefined;
  const flush = (): void => {
    if (pending.length > 0 && pendingAt !== undefined) edits.push(insertAt(doc, pendingAt, pending));
    pending = [];
    pendingAt = undefined;
  };
  for (const [i, update] of releases.entries()) {
    const generated = parseBody(splitText(update.body));
    const existing = findRelease(doc, update.version);
    let merged: Body;
    let sectionStyle: HeadingStyle;
    if (existing !== undefined) {
      flush();
      merged = mergeBodies(generated, parseBody(sectionBody(doc, existing)), update.commits);
      sectionStyle = existing.heading.style;
      edits.push(replaceSection(doc, existing, renderExistingHeading(existing.heading, update), renderBody(merged)));
      after = existing.end;
    } else {
      merged = mergeBodies(generated, EMPTY_BODY);
      sectionStyle = style;
      const heading = renderReleaseHeading(style, update.version, update.date, style.link ? update.links?.compare : undefined);
      pendingAt ??= after ?? doc.releases[0]?.index ?? doc.unreleased?.end ?? topIndex(doc);
      if (pending.length > 0) pending.push('');
      pending.push(heading);
      appendAll(pending, withBlank(renderBody(merged)));
    }
    if (i === 0) first = merged;
    if (usesLinkReferences(sectionStyle) && update.links !== undefined) linked.push(update);
  }
  flush();
  let next = edits.length > 0 ? applyEdits(doc.lines, edits) : content;
  const unreleasedUrl = releases.find((r) => r.links?.unreleased !== undefined)?.links?.unreleased;
  if (linked.length > 0 || (unreleasedUrl !== undefined && releases.length > 0)) {
    if (usesLinkReferences(newestStyle(readStructure(next, path)))) next = updateLinks(next, path, linked, unreleasedUrl);
  }
  return result(content, next, first, doc);
}

// ---------------------------------------------------------------------------------------------
// Lines: the file as lines with their own endings, so untouched lines keep their bytes.

/**
 * The file as line offsets into its text: lines are sliced out when read and never all held as
 * strings, so a 50 MB changelog costs its text and two numbers a line, and untouched runs of lines
 * are copied back as one slice each.
 */
interface TextLines {
  readonly bom: string;
  /** The text after the BOM. */
  readonly text: string;
  /** Where each entry starts in `text`, and `text.length` after the last one. */
  readonly starts: Int32Array;
  /** The length of each entry's line ending (0, 1 or 2); the last entry has none. */
  readonly eols: Uint8Array;
  /** The number of entries: a file ending in a newline has one more, empty, after its last line. */
  readonly count: number;
  /** The file's line ending (its first one), used for every new line. */
  readonly nl: string;
  /** The number of content lines (the entries without that empty last one). */
  readonly end: number;
}

function splitLines(content: string): TextLines {
  const bom = content.startsWith(BOM) ? BOM : '';
  const text = content.slice(bom.length);
  // Typed arrays sized by a first count of the line breaks: 5 bytes a line.
  let most = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) most++;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) most++;
  const starts = new Int32Array(most + 1);
  const eols = new Uint8Array(most);
  // indexOf for both line feeds and lone carriage returns: no match object per line.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let from = 0;
  let count = 0;
  for (;;) {
    if (lf !== -1 && lf < from) lf = text.indexOf('\n', from);
    if (cr !== -1 && cr < from) cr = text.indexOf('\r', from);
    let at: number;
    let length: number;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      at = cr;
      length = cr + 1 === lf ? 2 : 1;
    } else if (lf !== -1) {
      at = lf;
      length = 1;
    } else break;
    starts[count] = from;
    eols[count] = length;
    count++;
    from = at + length;
  }
  starts[count] = from;
  eols[count] = 0;
  count++;
  starts[count] = text.length;
  const end = from === text.length ? count - 1 : count;
  const first = count > 1 ? (eols[0] ?? 0) : 0;
  const nl = first === 0 ? '\n' : text.slice((starts[1] ?? 0) - first, starts[1]);
  return { bom, text, starts: starts.subarray(0, count + 1), eols: eols.subarray(0, count), count, nl, end };
}

/** Entry `i` without its line ending ('' past the end). */
function lineAt(lines: TextLines, i: number): string {
  if (i < 0 || i >= lines.count) return '';
  return lines.text.slice(lines.starts[i], (lines.starts[i + 1] ?? 0) - (lines.eols[i] ?? 0));
}

/** Entries `[from, to)`, without their line endings. */
function linesBetween(lines: TextLines, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(lineAt(lines, i));
  return out;
}

/**
 * Applies non-overlapping edits; new lines take the file's line ending, the last line keeps having
 * none or one. Untouched runs of lines are copied as single slices of the text: time and memory
 * are linear in the file and the edits.
 */
function applyEdits(lines: TextLines, edits: readonly LineEdit[]): string {
  // In document order; at one index an insertion (end === start) lands before a replacement there.
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [lines.bom];
  // Whether the output so far ends with a line ending (or is empty): only the file's last entry has none.
  let ended = true;
  let next = 0;
  const keep = (until: number): void => {
    if (until <= next) return;
    if (!ended) parts.push(lines.nl);
    parts.push(lines.text.slice(lines.starts[next], lines.starts[until]));
    ended = (lines.eols[until - 1] ?? 0) !== 0;
    next = until;
  };
  for (const edit of ordered) {
    keep(edit.start);
    for (const line of edit.lines) {
      if (!ended) parts.push(lines.nl);
      parts.push(line);
      ended = false;
    }
    next = Math.max(next, edit.end);
  }
  keep(lines.count);
  return parts.join('');
}

function splitText(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const isBlank = (line: string): boolean => line.trim() === '';

// ---------------------------------------------------------------------------------------------
// Structure: release sections, the Unreleased section and link references.

interface SectionInfo {
  readonly heading: ParsedHeading;
  /** Index of the heading line. */
  readonly index: number;
  /** Index of the first line after the section (next heading, the link block or the end). */
  readonly end: number;
}

interface Structure {
  /** The file, for messages. */
  readonly path: string;
  readonly lines: TextLines;
  readonly unreleased: SectionInfo | undefined;
  /** Release sections in document order (newest first). */
  readonly releases: readonly SectionInfo[];
  /** The same, by version key. */
  readonly byVersion: ReadonlyMap<string, SectionInfo>;
  readonly links: readonly LinkReference[];
  /** Index of the first `##` heading that is not a release (where a first release goes), if any. */
  readonly firstOtherHeading: number | undefined;
  /** Where the trailing block of link definitions starts (`end` when there is none). */
  readonly linkBlockStart: number;
  /**
   * Unreleased headings below a release, as a tool that rebuilt its file may leave one: not this
   * file's Unreleased section. They stay where they are (a boundary like any heading), with a warning.
   */
  readonly strayUnreleased: readonly { readonly index: number; readonly below: SectionInfo }[];
}

const OTHER_HEADING = /^ {0,3}#{1,2}(?:[ \t]|$)/;

function readStructure(content: string, path: string): Structure {
  const lines = splitLines(content);
  const inCode = codeMasker();
  const headings: { index: number; heading: ParsedHeading }[] = [];
  const boundaries: number[] = [];
  const links: LinkReference[] = [];
  let firstOtherHeading: number | undefined;
  for (let i = 0; i < lines.end; i++) {
    const text = lineAt(lines, i);
    if (inCode(text)) continue;
    const reading = readReleaseHeading(text);
    if (reading?.kind === 'invalid') throw new FileError(path, reading.problem, i + 1);
    if (reading?.kind === 'release') {
      headings.push({ index: i, heading: reading.heading });
      boundaries.push(i);
    } else if (OTHER_HEADING.test(text)) {
      boundaries.push(i);
      if (firstOtherHeading === undefined && /^ {0,3}##(?:[ \t]|$)/.test(text)) firstOtherHeading = i;
    } else {
      const ref = parseLinkReference(text, i);
      if (ref !== undefined) links.push(ref);
    }
  }
  const linkBlockStart = trailingLinkBlock(lines, links);
  boundaries.push(linkBlockStart);
  // Boundaries are in line order, and so are the headings: one pointer finds each section's end.
  let boundary = 0;
  const sectionEnd = (index: number): number => {
    while (boundary < boundaries.length && (boundaries[boundary] ?? 0) <= index) boundary++;
    return Math.min(lines.end, boundaries[boundary] ?? lines.end);
  };
  let unreleased: SectionInfo | undefined;
  const releases: SectionInfo[] = [];
  const byVersion = new Map<string, SectionInfo>();
  const strayUnreleased: { index: number; below: SectionInfo }[] = [];
  for (const { index, heading } of headings) {
    const section = { heading, index, end: sectionEnd(index) };
    if (heading.unreleased) {
      const above = releases.at(-1);
      if (above !== undefined) {
        strayUnreleased.push({ index, below: above });
        continue;
      }
      if (unreleased !== undefined) {
        throw new FileError(path, `a second Unreleased section (the first is on line ${unreleased.index + 1})`, index + 1);
      }
      unreleased = section;
      continue;
    }
    const key = versionKey(heading.version);
    const first = byVersion.get(key);
    if (first !== undefined) {
      throw new FileError(path, `a second section for version ${heading.version} (the first is on line ${first.index + 1})`, index + 1);
    }
    byVersion.set(key, section);
    releases.push(section);
  }
  return { path, lines, unreleased, releases, byVersion, links, firstOtherHeading, linkBlockStart, strayUnreleased };
}

/**
 * Tells, line by line in document order, which lines are inside fenced code blocks (CommonMark:
 * ``` or ~~~, closed by a fence of the same character at least as long) or multi-line HTML
 * comments: a `## 1.0.0` there is no heading.
 */
function codeMasker(): (text: string) => boolean {
  let fence: { char: string; length: number } | undefined;
  let comment = false;
  return (text) => {
    if (fence !== undefined) {
      if (closesFence(text, fence)) fence = undefined;
      return true;
    }
    if (comment) {
      if (text.includes('-->')) comment = false;
      return true;
    }
    const opened = openFence(text);
    if (opened !== undefined) {
      fence = opened;
      return true;
    }
    const open = text.lastIndexOf('<!--');
    if (/^ {0,3}<!--/.test(text) && !text.slice(open).includes('-->')) {
      comment = true;
      return true;
    }
    return false;
  };
}

function openFence(text: string): { char: string; length: number } | undefined {
  const match = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(text);
  if (match === null) return undefined;
  const marks = match[1] ?? '';
  // CommonMark: a backtick fence's info string cannot contain a backtick (that is inline code).
  if (marks.startsWith('`') && (match[2] ?? '').includes('`')) return undefined;
  return { char: marks.charAt(0), length: marks.length };
}

function closesFence(text: string, fence: { char: string; length: number }): boolean {
  const match = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(text);
  return match !== null && (match[1] ?? '').startsWith(fence.char) && (match[1] ?? '').length >= fence.length;
}

/** The first line of the run of link definitions (and blank lines) that ends the file. */
function trailingLinkBlock(lines: TextLines, links: readonly LinkReference[]): number {
  const defined = new Set(links.map((l) => l.index));
  let start = lines.end;
  for (let i = lines.end - 1; i >= 0; i--) {
    if (defined.has(i)) start = i;
    else if (!isBlank(lineAt(lines, i))) break;
  }
  return start;
}

function findRelease(doc: Structure, version: string): SectionInfo | undefined {
  return doc.byVersion.get(versionKey(version));
}

/** The style for a new section: the newest release heading's, else Keep a Changelog's. */
function newestStyle(doc: Structure): HeadingStyle {
  const newest = doc.releases[0];
  if (newest !== undefined) return newest.heading.style;
  const unreleased = doc.unreleased?.heading.style;
  return unreleased === undefined ? KEEP_A_CHANGELOG_STYLE : { ...KEEP_A_CHANGELOG_STYLE, level: unreleased.level, brackets: unreleased.brackets };
}

/** Where a first section goes: above the newest release, else before the first other `##` heading or the link block. */
function topIndex(doc: Structure): number {
  return doc.releases[0]?.index ?? doc.firstOtherHeading ?? doc.linkBlockStart;
}

function sectionBody(doc: Structure, section: SectionInfo): string[] {
  return linesBetween(doc.lines, section.index + 1, section.end);
}

// ---------------------------------------------------------------------------------------------
// Edits.

/**
 * Replaces a section's heading (unless `heading` is undefined) and its content up to its last
 * non-blank line with `content`; the blank lines after it stay, or one is added before a heading.
 */
function replaceSection(doc: Structure, section: SectionInfo, heading: string | undefined, content: readonly string[]): LineEdit {
  let last = section.index;
  for (let i = section.index + 1; i < section.end; i++) if (!isBlank(lineAt(doc.lines, i))) last = i;
  const lines = content.length > 0 ? ['', ...content] : [];
  if (lines.length > 0 && last + 1 === section.end && section.end < doc.lines.end) lines.push('');
  return heading === undefined
    ? { start: section.index + 1, end: last + 1, lines }
    : { start: section.index, end: last + 1, lines: [heading, ...lines] };
}

/** Inserts lines before line `at`, with a blank line on each side where there is none. */
function insertAt(doc: Structure, at: number, content: readonly string[]): LineEdit {
  const before = at > 0 && !isBlank(lineAt(doc.lines, at - 1)) ? [''] : [];
  const after = at < doc.lines.end ? [''] : [];
  return { start: at, end: at, lines: [...before, ...content, ...after] };
}

function withBlank(body: readonly string[]): string[] {
  return body.length > 0 ? ['', ...body] : [];
}

/** An existing release heading written again in its own style, with the new date and link. */
function renderExistingHeading(heading: ParsedHeading, update: ReleaseUpdate): string {
  const url = update.links?.compare ?? heading.url;
  const text = renderReleaseHeading(heading.style, update.version, update.date, url, { yanked: heading.yanked });
  return heading.level === 3 ? `#${text}` : text;
}

/** Adds or updates `[Unreleased]` and the releases' link reference lines. */
function updateLinks(content: string, path: string, releases: readonly ReleaseUpdate[], unreleasedUrl: string | undefined): string {
  const doc = readStructure(content, path);
  const wanted: WantedLink[] = [];
  if (unreleasedUrl !== undefined && doc.unreleased !== undefined) {
    wanted.push({ key: 'unreleased', label: 'Unreleased', url: unreleasedUrl });
  }
  for (const update of releases) {
    const section = findRelease(doc, update.version);
    const url = update.links?.compare;
    if (section === undefined || url === undefined || !usesLinkReferences(section.heading.style)) continue;
    const label = `${section.heading.style.vPrefix ? 'v' : ''}${section.heading.version}`;
    wanted.push({ key: versionKey(section.heading.version), label, url });
  }
  const order = [...(doc.unreleased === undefined ? [] : ['unreleased']), ...doc.releases.map((s) => versionKey(s.heading.version))];
  const { lines } = doc;
  const append = { index: lines.end, blankBefore: lines.end > 0 && !isBlank(lineAt(lines, lines.end - 1)) };
  const edits = planLinkReferences(doc.links, wanted, order, append);
  return edits.length === 0 ? content : applyEdits(lines, edits);
}

function checkUpdate(update: ReleaseUpdate): void {
  if (!isHeadingVersion(versionKey(update.version))) {
    throw new InputError('version', update.version, 'a changelog heading needs a PEP 440 or SemVer version');
  }
  if (!/^[^\s()[\]]+$/.test(update.date)) throw new InputError('date', update.date, 'the date must be one word, such as 2025-01-01');
  for (const url of [update.links?.compare, update.links?.unreleased]) {
    if (url !== undefined && !/^[^\s()]+$/.test(url)) throw new InputError('link', url, 'a link must be a URL without spaces or parentheses');
  }
}

function result(before: string, content: string, body: Body, doc: Structure): ChangelogEdit {
  const lines = renderBody(body);
  const warnings = doc.strayUnreleased.map(
    (stray) =>
      `${doc.path}:${stray.index + 1}: the Unreleased heading below the release ${stray.below.heading.version} (line ${stray.below.index + 1}) ` +
      'is not the Unreleased section (a tool that rebuilt the file may have left it); it stays where it is, and new sections go above the newest release.',
  );
  return { content, changed: content !== before, sectionText: lines.length === 0 ? '' : `${lines.join('\n')}\n`, warnings };
}

// ---------------------------------------------------------------------------------------------
// Section bodies: `### Subsection`s of blocks (a bullet with its continuation lines, or a paragraph).

interface Block {
  readonly bullet: boolean;
  readonly lines: readonly string[];
}

interface Subsection {
  /** The heading line as written, trimmed: `### Added`. */
  readonly heading: string;
  /** The title's key: lower case. */
  readonly key: string;
  readonly blocks: Block[];
}

interface Body {
  readonly intro: readonly Block[];
  readonly subsections: readonly Subsection[];
}

const EMPTY_BODY: Body = { intro: [], subsections: [] };
const SUBSECTION = /^ {0,3}###[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^ ?[-*+](?:[ \t]|$)/;
// Generated bullets end with the commit link: `([abc1234](https://…/commit/abc1234…))`.
const COMMIT_LINK = /\/commit\/[0-9a-f]{7,40}\)\)[ \t]*$/i;
// Keep a Changelog's order of change types (https://keepachangelog.com/en/1.1.0/#how).
const KEEP_A_CHANGELOG_ORDER = ['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'];

function parseBody(lines: readonly string[]): Body {
  const intro: Block[] = [];
  const subsections: Subsection[] = [];
  let target = intro;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i++;
      continue;
    }
    const sub = SUBSECTION.exec(line);
    if (sub !== null) {
      const subsection: Subsection = { heading: line.trim(), key: (sub[1] ?? '').trim().toLowerCase(), blocks: [] };
      subsections.push(subsection);
      target = subsection.blocks;
      i++;
      continue;
    }
    const { block, next } = readBlock(lines, i);
    target.push(block);
    i = next;
  }
  return { intro, subsections };
}

function readBlock(lines: readonly string[], start: number): { block: Block; next: number } {
  const bullet = BULLET.test(lines[start] ?? '');
  const out: string[] = [];
  let fence: { char: string; length: number } | undefined;
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (fence !== undefined) {
      out.push(line);
      if (closesFence(line, fence)) fence = undefined;
      i++;
      continue;
    }
    if (i > start) {
      if (SUBSECTION.test(line) || BULLET.test(line)) break;
      if (isBlank(line)) {
        // A bullet goes on past blank lines when an indented line continues it.
        let j = i;
        while (j < lines.length && isBlank(lines[j] ?? '')) j++;
        if (!bullet || j >= lines.length || !/^(?: {2,}|\t)/.test(lines[j] ?? '')) break;
        for (let k = i; k < j; k++) out.push(lines[k] ?? '');
        i = j;
        continue;
      }
    }
    fence = openFence(line);
    out.push(line);
    i++;
  }
  while (out.length > 0 && isBlank(out[out.length - 1] ?? '')) out.pop();
  return { block: { bullet, lines: out }, next: i };
}

const isGenerated = (block: Block): boolean => block.bullet && block.lines.some((line) => COMMIT_LINK.test(line));
const blockKey = (block: Block): string => block.lines.map((l) => l.trimEnd()).join('\n');

/**
 * `written`'s hand-written blocks that `generated` does not already hold: not a generated bullet
 * (one ending with a commit link, as this action and python-semantic-release write them), and,
 * when the release's commits are known, standing for none of them (another tool's entry, the
 * commit body it wrote under it, its breaking-change note).
 */
function handWritten(written: readonly Block[], generated: readonly Block[], commits: CommitTraces | undefined): Block[] {
  const known = new Set(generated.map(blockKey));
  return written.filter((b) => !isGenerated(b) && !known.has(blockKey(b)) && !(commits !== undefined && standsForCommit(b.lines, commits)));
}

function groupSubsections(subsections: readonly Subsection[]): Subsection[] {
  const groups: Subsection[] = [];
  for (const s of subsections) {
    const group = groups.find((g) => g.key === s.key);
    if (group === undefined) groups.push({ ...s, blocks: [...s.blocks] });
    else appendAll(group.blocks, s.blocks);
  }
  return groups;
}

/**
 * The generated body with the hand-written notes of `written` merged in: a subsection both have
 * gets the hand-written blocks after the generated ones; one only `written` has is added in
 * Keep a Changelog's order (Added, Changed, Deprecated, Removed, Fixed, Security), others after.
 * Generated bullets in `written` (those ending with a commit link, or standing for one of `commits`)
 * are dropped: `generated` replaces them, and a subsection left with nothing goes with them.
 */
function mergeBodies(generated: Body, written: Body, commits?: CommitTraces): Body {
  const intro = [...generated.intro, ...handWritten(written.intro, generated.intro, commits)];
  const subsections = groupSubsections(generated.subsections);
  const extra: Subsection[] = [];
  for (const w of groupSubsections(written.subsections)) {
    const match = subsections.find((s) => s.key === w.key);
    const blocks = handWritten(w.blocks, match?.blocks ?? [], commits);
    if (match !== undefined) appendAll(match.blocks, blocks);
    else if (blocks.length > 0) extra.push({ ...w, blocks });
  }
  const rank = (s: Subsection): number => KEEP_A_CHANGELOG_ORDER.indexOf(s.key);
  const known = extra.filter((s) => rank(s) >= 0).sort((a, b) => rank(a) - rank(b));
  for (const s of known) {
    const later = subsections.findIndex((t) => rank(t) > rank(s));
    let at = later;
    if (later < 0) {
      const lastKnown = subsections.findLastIndex((t) => rank(t) >= 0);
      at = lastKnown < 0 ? subsections.length : lastKnown + 1;
    }
    subsections.splice(at, 0, s);
  }
  appendAll(subsections, extra.filter((s) => rank(s) < 0));
  return { intro, subsections };
}

function renderBody(body: Body): string[] {
  const out: string[] = [];
  const pushBlocks = (blocks: readonly Block[]): void => {
    let previous: Block | undefined;
    for (const block of blocks) {
      // Bullets stay one tight list; anything else is a paragraph of its own.
      if (previous !== undefined && !(previous.bullet && block.bullet)) out.push('');
      appendAll(out, block.lines);
      previous = block;
    }
  };
  pushBlocks(body.intro);
  for (const s of body.subsections) {
    if (out.length > 0) out.push('');
    out.push(s.heading);
    if (s.blocks.length > 0) {
      out.push('');
      pushBlocks(s.blocks);
    }
  }
  return out;
}
