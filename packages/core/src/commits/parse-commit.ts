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
  readonly body: string;
  /** Set when this commit reverts another: the reverted hash (as written) and header. */
  readonly reverts: { readonly hash: string; readonly header: string } | undefined;
  /** The pull request number GitHub appends to squash and merge subjects: `feat: x (#12)`. */
  readonly pullRequest: number | undefined;
}

/** A commit that is not a merge and does not follow Conventional Commits. */
export interface NonConventionalCommit {
  readonly kind: 'non-conventional';
  readonly hash: string;
  readonly header: string;
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

/**
 * One parser for the whole run. References are switched off (`issuePrefixes: undefined` makes the
 * parser's reference pattern match nothing; an empty list would match any word): the bump needs
 * none, and they cost most of the parser's time.
 */
function createParser(): CommitParser {
  return new CommitParser({
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
}

// Only messages that mention one of these need the full parser (footers, revert bodies); for
// the rest, the header grammar above says everything and the body is the text after it.
const NEEDS_FULL_PARSE = /BREAKING|reverts commit/i;

let sharedParser: CommitParser | undefined;

/** Classifies and parses one commit. Pure: the same commit always gives the same result. */
export function parseCommit(raw: RawCommit): ParsedCommit {
  const message = raw.message.replace(/\r\n/g, '\n').trim();
  const newline = message.indexOf('\n');
  const header = (newline === -1 ? message : message.slice(0, newline)).trim();
  if (raw.parents.length > 1) return { kind: 'merge', hash: raw.hash, header };
  if (message === '') return { kind: 'non-conventional', hash: raw.hash, header };

  if (!NEEDS_FULL_PARSE.test(message)) return parseHeaderOnly(raw.hash, header, message, newline);
  return parseWithParser(raw.hash, header, message);
}

/**
 * The same as {@link parseCommit}, always through conventional-commits-parser: the reference
 * that the fast path is tested against.
 */
export function parseCommitFully(raw: RawCommit): ParsedCommit {
  const message = raw.message.replace(/\r\n/g, '\n').trim();
  const newline = message.indexOf('\n');
  const header = (newline === -1 ? message : message.slice(0, newline)).trim();
  if (raw.parents.length > 1) return { kind: 'merge', hash: raw.hash, header };
  if (message === '') return { kind: 'non-conventional', hash: raw.hash, header };
  return parseWithParser(raw.hash, header, message);
}

function parseWithParser(hash: string, header: string, message: string): ParsedCommit {
  sharedParser ??= createParser();
  const parsed = sharedParser.parse(message);
  const revert = parsed.revert as { header?: string | null; hash?: string | null } | null;
  const reverts = revert?.hash ? { hash: revert.hash, header: revert.header ?? '' } : undefined;
  const type = typeof parsed.type === 'string' ? parsed.type.toLowerCase() : undefined;

  if (type === undefined) {
    // git's `Revert "feat: x"` header is not conventional, but it is a revert all the same.
    if (reverts) return conventional(hash, header, 'revert', undefined, header, message, reverts, []);
    return { kind: 'non-conventional', hash, header };
  }
  const notes = parsed.notes
    .filter((note) => /^BREAKING[ -]CHANGE$/i.test(note.title))
    .map((note) => note.text.trim());
  const subject = typeof parsed.subject === 'string' ? parsed.subject.trim() : '';
  const scope = typeof parsed.scope === 'string' && parsed.scope.trim() !== '' ? parsed.scope.trim() : undefined;
  return conventional(hash, header, type, scope, subject, parsed.body ?? '', reverts, notes);
}

/** The fast path: 100,000 commits in about 30 ms instead of about 900 ms through the parser. */
function parseHeaderOnly(hash: string, header: string, message: string, newline: number): ParsedCommit {
  const match = HEADER.exec(header);
  if (!match?.[1] || match[3] === undefined) return { kind: 'non-conventional', hash, header };
  const breaking = BREAKING_HEADER.test(header);
  const scope = match[2]?.trim() || undefined;
  // As the parser does: only blank lines are trimmed around the body, not spaces.
  const body = newline === -1 ? '' : message.slice(newline + 1).replace(/^\n+|\n+$/g, '');
  return conventional(hash, header, match[1].toLowerCase(), scope, match[3].trim(), body, undefined, breaking ? [match[3].trim()] : []);
}

function conventional(
  hash: string,
  header: string,
  type: string,
  scope: string | undefined,
  subject: string,
  body: string,
  reverts: ConventionalCommit['reverts'],
  notes: readonly string[],
): ConventionalCommit {
  const pr = PULL_REQUEST.exec(subject);
  return {
    kind: 'conventional',
    hash,
    type,
    scope,
    subject,
    header,
    breaking: notes.length > 0,
    breakingNotes: notes,
    body,
    reverts,
    pullRequest: pr?.[1] ? Number(pr[1]) : undefined,
  };
}
