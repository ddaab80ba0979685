import type { ParsedCommit } from '../commits/parse-commit.js';

/**
 * What the commits of one release look like however a tool wrote them into a changelog: their
 * hashes, and their texts (header, subject, body lines and paragraphs, breaking and deprecation
 * notes) normalized as {@link normalizeEntryText} does. A block of an existing section that
 * stands for one of them is that tool's rendering of the change, not a hand-written note.
 */
export interface CommitTraces {
  /** Full hashes (lower case) by their first seven characters. */
  readonly hashes: ReadonlyMap<string, readonly string[]>;
  readonly texts: ReadonlySet<string>;
}

// `type(scope)!: ` at the start of a text: commitizen and python-semantic-release 9 write the
// description without it, python-semantic-release 8 writes the whole message with it.
const TYPE_PREFIX = /^[a-z][\w-]*(?:\([^()]*\))?!?: +/;
const HASH = /\b[0-9a-f]{7,64}\b/gi;
// A trailing group of references: `(#12)`, `(abc1234)`, `(#12, abc1234)`, `(PR#12, abc1234)`,
// `(closes #3)` as the tools append them (links already reduced to their labels).
const TRAILING_REFERENCES = /\s*\((?:\s*(?:pr|closes|fixes|resolves)?\s*#\d+|\s*[0-9a-f]{7,64}|\s*,)+\s*\)\s*$/i;

/** The traces of a release's commits (newest first or in any order). */
export function traceCommits(commits: readonly ParsedCommit[]): CommitTraces {
  const hashes = new Map<string, string[]>();
  const texts = new Set<string>();
  const add = (text: string): void => {
    const normalized = normalizeEntryText(text);
    if (normalized === '') return;
    texts.add(normalized);
    const untyped = normalized.replace(TYPE_PREFIX, '');
    if (untyped !== '') texts.add(untyped);
  };
  for (const commit of commits) {
    const hash = commit.hash.toLowerCase();
    const list = hashes.get(hash.slice(0, 7));
    if (list) list.push(hash);
    else hashes.set(hash.slice(0, 7), [hash]);
    add(commit.header);
    if (commit.kind === 'merge') continue;
    if (commit.kind === 'conventional') {
      add(commit.subject);
      for (const note of [...commit.breakingNotes, ...commit.deprecations]) addParagraphs(note, add);
    }
    addParagraphs(commit.body, add);
  }
  return { hashes, texts };
}

/** Each paragraph of a text, and each of its lines. */
function addParagraphs(text: string, add: (text: string) => void): void {
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    add(paragraph.replace(/\s*\n\s*/g, ' '));
    if (paragraph.includes('\n')) for (const line of paragraph.split('\n')) add(line);
  }
}

/**
 * Whether a block of a changelog section (a bullet with its continuation lines, or a paragraph)
 * stands for one of the traced commits: it names one's hash, or its text is one's text, whole
 * or line by line (python-semantic-release 8 writes each commit message as it is).
 */
export function standsForCommit(lines: readonly string[], traces: CommitTraces): boolean {
  for (const match of lines.join('\n').matchAll(HASH)) {
    const token = match[0].toLowerCase();
    if (traces.hashes.get(token.slice(0, 7))?.some((hash) => hash.startsWith(token))) return true;
  }
  const whole = normalizeEntryText(lines.join(' '));
  if (whole !== '' && traces.texts.has(whole)) return true;
  const filled = lines.filter((line) => line.trim() !== '');
  return filled.length > 1 && filled.every((line) => traces.texts.has(normalizeEntryText(line)));
}

/**
 * An entry's text reduced to what every tool keeps of it: links to their labels, no backticks,
 * no bullet, no `**BREAKING**` marker or bold `**scope:**`, no trailing references, lower case,
 * single spaces, no final punctuation. `- **api:** Support X ([#12](…)) ([abc1234](…))` and
 * `feat(api): support X (#12)`'s subject both give `support x`.
 */
export function normalizeEntryText(text: string): string {
  let out = text.replace(/!?\[([^\]]*)\]\([^()\s]*\)/g, '$1').replace(/`/g, '');
  out = out.replace(/^\s*(?:[-*+][ \t]+)?/, '').replace(/^\*\*BREAKING\*\*\s+/i, '').replace(/^\*\*[^*\n]+?\*\*:?\s+/, '');
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(TRAILING_REFERENCES, '').replace(/[.:;,!]+$/, '').trimEnd();
  }
  return out.replace(/\s+/g, ' ').trim().toLowerCase();
}
