import { CommitParser } from 'conventional-commits-parser';
import type { RawCommit } from '../git/read-history.js';

/** A commit whose header follows the Conventional Commits 1.0.0 grammar. */
export interface ConventionalCommit {
  readonly kind: 'conventional';
  readonly hash: string;
  /** Lower-cased: the spec says types are not case sensitive. */
  readonly type: string;
  readonly scope: string | undefined;
  readonly subject: string;
  readonly header: string;
  readonly breaking: boolean;
  /** The text of each `BREAKING CHANGE:` footer (or the subject when only `!` marks it). */
  readonly breakingNotes: readonly string[];
  /** The message after the header, footers included. */
  readonly body: string;
  /** Set when this commit reverts another: the reverted hash (as written) and header. */
  readonly reverts: { readonly hash: string; readonly header: string } | undefined;
  /** The pull request number GitHub appends to squash and merge subjects: `feat: x (#12)`. */
  readonly pullRequest: number | undefined;
  /** The text of each `Deprecated:` footer. */
  readonly deprecations: readonly string[];
  /**
   * Set by `expandSquashedCommits` on a squash merge whose subject is this commit: the branch's
   * commits its body lists (newest first). They may raise the bump; the subject stays the change.
   */
  readonly squashed?: readonly ConventionalCommit[];
}

/** A commit that is not a merge and does not follow Conventional Commits. */
export interface NonConventionalCommit {
  readonly kind: 'non-conventional';
  readonly hash: string;
  readonly header: string;
  /** The message after the header: a squash merge lists its commits here. */
  readonly body: string;
}

/** A merge commit: skipped quietly, its parents' commits are in the range themselves. */
export interface MergeCommit {
  readonly kind: 'merge';
  readonly hash: string;
  readonly header: string;
}

export type ParsedCommit = ConventionalCommit | NonConventionalCommit | MergeCommit;

// Conventional Commits 1.0.0 §1-§5: type, optional (scope), optional "!", then ": " and a description.
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?!?: +(\S.*)$/;
// The same with a required "!" (§8): the parser records the description as the breaking note.
const BREAKING_HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?!: +(\S.*)$/;
// git's own `git revert` message and the conventional `revert:` form both name the reverted hash.
const REVERT = /^(?:Revert|revert(?:\([^)]*\))?:)\s"?([\s\S]+?)"?\s*This reverts commit ([0-9a-f]{7,64})\b/i;
const PULL_REQUEST = /\s\(#(\d+)\)$/;
// HEADER with the "!" captured: one match tells what HEADER and BREAKING_HEADER would.
const HEADER_AND_BANG = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!?): +(\S.*)$/;
// Most commits have no breaking note and no deprecation: they share this (read-only) list.
const NONE: readonly string[] = Object.freeze([]);

// Types and scopes repeat from commit to commit: one string for each instead of one per
// commit, a sixth fewer objects for the garbage collector to copy on a long history.
const interned = new Map<string, string>();
const INTERNED_LIMIT = 4096;

function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size < INTERNED_LIMIT) interned.set(text, text);
  return text;
}

/**
 * One parser for the whole run. References are switched off (`issuePrefixes: undefined` makes the
 * parser's reference pattern match nothing; an empty list would match any word): the bump needs
 * none, and they cost most of the parser's time.
 */
function createParser(): CommitParser {
  const parser = new CommitParser({
    headerPattern: HEADER,
    headerCorrespondence: ['type', 'scope', 'subject'],
    breakingHeaderPattern: BREAKING_HEADER,
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    revertPattern: REVERT,
    revertCorrespondence: ['header', 'hash'],
    referenceActions: undefined,
    issuePrefixes: undefined,
    fieldPattern: undefined,
  });
  // With references off, conventional-commits-parser 6 still runs its "matches nothing" pattern
  // `(?!.*)` over every line: unanchored, it reads to the end of the line from each position, so a
  // line of n characters costs n²/2 steps (100,000 characters: about 7 s; 5 MB: hours). Anchored, it
  // fails at the first position, with the same result: no reference.
  const regexes = (parser as unknown as { regexes?: { referenceParts?: unknown } }).regexes;
  if (regexes?.referenceParts instanceof RegExp && regexes.referenceParts.source === '(?!.*)') regexes.referenceParts = MATCHES_NOTHING;
  return parser;
}

const MATCHES_NOTHING = /^(?!)/;

// Only messages that mention one of these need the full parser (footers, revert bodies); for
// the rest, the header grammar above says everything and the body is the text after it.
const NEEDS_FULL_PARSE = /BREAKING|reverts commit/i;

let sharedParser: CommitParser | undefined;

// A `Deprecated:` footer (Keep a Changelog's Deprecated section); found on its own line.
const DEPRECATED = /^Deprecated: *(\S.*)$/gm;

/** A message split as git writes it: CRLF folded, the header, and where the header ends. */
interface SplitMessage {
  readonly message: string;
  readonly header: string;
  readonly newline: number;
}

function splitMessage(text: string): SplitMessage {
  // Searching for a CR first is cheaper than a global replace over every message that has none.
  const message = (text.includes('\r') ? text.replace(/\r\n/g, '\n') : text).trim();
  const newline = message.indexOf('\n');
  return { message, newline, header: (newline === -1 ? message : message.slice(0, newline)).trim() };
}

function bodyOf(split: SplitMessage): string {
  if (split.newline === -1) return '';
  // As the parser does: only blank lines are trimmed around the body, not spaces. One slice
  // of the message, not a copy of the body.
  const message = split.message;
  let start = split.newline + 1;
  let end = message.length;
  while (start < end && message.charCodeAt(start) === 10) start++;
  while (end > start && message.charCodeAt(end - 1) === 10) end--;
  return message.slice(start, end);
}

function nonConventional(hash: string, split: SplitMessage): NonConventionalCommit {
  return { kind: 'non-conventional', hash, header: split.header, body: bodyOf(split) };
}

/** Classifies and parses one commit. Pure: the same commit always gives the same result. */
export function parseCommit(raw: RawCommit): ParsedCommit {
  const split = splitMessage(raw.message);
  if (raw.parents.length > 1) return { kind: 'merge', hash: raw.hash, header: split.header };
  if (split.message === '') return nonConventional(raw.hash, split);
  if (!NEEDS_FULL_PARSE.test(split.message)) return parseHeaderOnly(raw.hash, split);
  return parseWithParser(raw.hash, split);
}

/**
 * The same as {@link parseCommit}, always through conventional-commits-parser: the reference
 * that the fast path is tested against.
 */
export function parseCommitFully(raw: RawCommit): ParsedCommit {
  const split = splitMessage(raw.message);
  if (raw.parents.length > 1) return { kind: 'merge', hash: raw.hash, header: split.header };
  if (split.message === '') return nonConventional(raw.hash, split);
  return parseWithParser(raw.hash, split);
}

function parseWithParser(hash: string, split: SplitMessage): ParsedCommit {
  sharedParser ??= createParser();
  const parsed = sharedParser.parse(split.message);
  const revert = parsed.revert as { header?: string | null; hash?: string | null } | null;
  const reverts = revert?.hash ? { hash: revert.hash, header: revert.header ?? '' } : undefined;
  const type = typeof parsed.type === 'string' ? parsed.type.toLowerCase() : undefined;

  if (type === undefined) {
    // git's `Revert "feat: x"` header is not conventional, but it is a revert all the same.
    if (reverts) return conventional({ hash, split, type: 'revert', scope: undefined, subject: split.header, body: bodyOf(split), reverts, notes: [] });
    return nonConventional(hash, split);
  }
  // Conventional Commits §8-§9: a footer's value runs until the next footer token, which the
  // parser would otherwise append to the note (`Deprecated: …` after `BREAKING CHANGE: …`).
  const notes = parsed.notes
    .filter((note) => /^BREAKING[ -]CHANGE$/i.test(note.title))
    .map((note) => (note.text.split(/\n(?=[A-Za-z][\w-]*: |[A-Za-z][\w-]* #)/)[0] ?? '').trim());
  const subject = typeof parsed.subject === 'string' ? parsed.subject.trim() : '';
  const scope = typeof parsed.scope === 'string' && parsed.scope.trim() !== '' ? parsed.scope.trim() : undefined;
  // The body as written, footers included (the parser's own stops at the first note): a squash
  // merge's list of commits may go on past a `BREAKING CHANGE:` footer of one of them.
  return conventional({ hash, split, type, scope, subject, body: bodyOf(split), reverts, notes });
}

/** The fast path: 100,000 commits in about 30 ms instead of about 900 ms through the parser. */
function parseHeaderOnly(hash: string, split: SplitMessage): ParsedCommit {
  const match = HEADER_AND_BANG.exec(split.header);
  if (!match?.[1] || match[4] === undefined) return nonConventional(hash, split);
  const subject = match[4].trim();
  return conventional({
    hash,
    split,
    type: intern(match[1].toLowerCase()),
    scope: match[2]?.trim() ? intern(match[2].trim()) : undefined,
    subject,
    body: bodyOf(split),
    reverts: undefined,
    notes: match[3] === '!' ? [subject] : NONE,
  });
}

interface ConventionalParts {
  readonly hash: string;
  readonly split: SplitMessage;
  readonly type: string;
  readonly scope: string | undefined;
  readonly subject: string;
  readonly body: string;
  readonly reverts: ConventionalCommit['reverts'];
  readonly notes: readonly string[];
}

function conventional(parts: ConventionalParts): ConventionalCommit {
  const pr = parts.subject.endsWith(')') ? PULL_REQUEST.exec(parts.subject) : null;
  const { message, newline } = parts.split;
  const deprecated = newline !== -1 && message.indexOf('Deprecated:', newline + 1) !== -1;
  return {
    kind: 'conventional',
    hash: parts.hash,
    type: parts.type,
    scope: parts.scope,
    subject: parts.subject,
    header: parts.split.header,
    breaking: parts.notes.length > 0,
    breakingNotes: parts.notes,
    body: parts.body,
    reverts: parts.reverts,
    pullRequest: pr?.[1] ? Number(pr[1]) : undefined,
    deprecations: deprecated ? [...message.slice(newline + 1).matchAll(DEPRECATED)].map((m) => (m[1] ?? '').trim()) : NONE,
  };
}
