import { versionKey } from './changelog-headings.js';

/**
 * Link reference definitions, as Keep a Changelog puts them at the bottom of the file:
 *
 * ```markdown
 * [Unreleased]: https://github.com/o/r/compare/v0.4.0...HEAD
 * [0.4.0]: https://github.com/o/r/compare/v0.3.3...v0.4.0
 * [0.1.0]: https://github.com/o/r/releases/tag/v0.1.0
 * ```
 */
export interface LinkReference {
  /** 0-based index of the line (the document's lines, BOM excluded). */
  readonly index: number;
  /** The label as written, without brackets: `Unreleased`, `0.4.0`, `v0.4.0`. */
  readonly label: string;
  readonly url: string;
  /** `unreleased`, or the version's key (see `versionKey`). */
  readonly key: string;
}

/** A link reference the document should have. */
export interface WantedLink {
  /** `unreleased` or a version key; must appear in the `order` given to `planLinkReferences`. */
  readonly key: string;
  /** The label to write when the line is new (an existing line keeps its own label). */
  readonly label: string;
  readonly url: string;
}

/** Replace lines `[start, end)` of a document with `lines` (no line endings). */
export interface LineEdit {
  readonly start: number;
  readonly end: number;
  readonly lines: readonly string[];
}

// CommonMark: up to three spaces, `[label]:`, the destination; a title may follow.
const DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*(\S+)/;

/** The key a link label is matched by: `unreleased`, or the version's key (`v0.4.0` → `0.4.0`). */
function linkKey(label: string): string {
  const trimmed = label.trim();
  return trimmed.toLowerCase() === 'unreleased' ? 'unreleased' : versionKey(trimmed);
}

/** Reads `line` as a link reference definition, or `undefined`. */
export function parseLinkReference(line: string, index: number): LinkReference | undefined {
  const match = DEFINITION.exec(line);
  if (match === null) return undefined;
  const label = match[1] ?? '';
  return { index, label, url: match[2] ?? '', key: linkKey(label) };
}

/** `[label]: url`. */
function renderLinkReference(label: string, url: string): string {
  return `[${label}]: ${url}`;
}

/** Where new definitions go when the document has none of its own yet. */
export interface LinkAppendPoint {
  /** Line index to insert at (the end of the content). */
  readonly index: number;
  /** Whether a blank line must separate the new block from the line before. */
  readonly blankBefore: boolean;
}

/**
 * Plans the edits that give the document the `wanted` definitions: an existing line with another
 * URL is rewritten in place (keeping its label), a missing one is inserted beside the definition
 * of its nearest neighbour in `order` (the keys in document order: `unreleased`, then the
 * releases newest first), so the block stays in Keep a Changelog's order. With no neighbour,
 * the new lines start a block at `append`. Definitions not wanted are never touched.
 */
export function planLinkReferences(
  existing: readonly LinkReference[],
  wanted: readonly WantedLink[],
  order: readonly string[],
  append: LinkAppendPoint,
): LineEdit[] {
  const byKey = new Map<string, LinkReference>();
  for (const ref of existing) if (!byKey.has(ref.key)) byKey.set(ref.key, ref);
  const ranks = new Map<string, number>();
  order.forEach((key, index) => {
    if (!ranks.has(key)) ranks.set(key, index);
  });
  const edits: LineEdit[] = [];
  const inserts = new Map<number, { rank: number; line: string }[]>();
  const appended: { rank: number; line: string }[] = [];
  for (const link of wanted) {
    const found = byKey.get(link.key);
    if (found !== undefined) {
      if (found.url !== link.url) {
        edits.push({ start: found.index, end: found.index + 1, lines: [renderLinkReference(found.label, link.url)] });
      }
      continue;
    }
    const rank = ranks.get(link.key) ?? -1;
    const line = renderLinkReference(link.label, link.url);
    const at = anchorFor(rank, order, byKey);
    if (at === undefined) appended.push({ rank, line });
    else {
      const group = inserts.get(at);
      if (group === undefined) inserts.set(at, [{ rank, line }]);
      else group.push({ rank, line });
    }
  }
  const byRank = (a: { rank: number }, b: { rank: number }): number => a.rank - b.rank;
  for (const [at, lines] of inserts) edits.push({ start: at, end: at, lines: lines.sort(byRank).map((l) => l.line) });
  if (appended.length > 0) {
    const lines = appended.sort(byRank).map((l) => l.line);
    if (append.blankBefore) lines.unshift('');
    edits.push({ start: append.index, end: append.index, lines });
  }
  return edits;
}

/** The line a new definition goes before: the next one in `order` that exists, else after the previous one. */
function anchorFor(rank: number, order: readonly string[], byKey: ReadonlyMap<string, LinkReference>): number | undefined {
  if (rank < 0) return undefined;
  for (let i = rank + 1; i < order.length; i++) {
    const ref = byKey.get(order[i] ?? '');
    if (ref !== undefined) return ref.index;
  }
  for (let i = rank - 1; i >= 0; i--) {
    const ref = byKey.get(order[i] ?? '');
    if (ref !== undefined) return ref.index + 1;
  }
  return undefined;
}
