import { cancelRevertedPairs } from '../commits/compute-bump.js';
import { expandSquashedCommits } from '../commits/expand-squashed.js';
import type { ConventionalCommit, ParsedCommit } from '../commits/parse-commit.js';
import { parseCommit } from '../commits/parse-commit.js';
import { InputError } from '../errors.js';
import { parseListInput } from '../inputs/parse-input.js';
import { escapeMarkdown } from '../summary/markdown.js';

/** Keep a Changelog's sections, in its order; others follow in the order they are mapped. */
export const KEEP_A_CHANGELOG_SECTIONS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'] as const;

/** Commit type → section. `docs`, `style`, `test`, `chore`, `ci` and `build` are left out unless mapped. */
export const DEFAULT_SECTION_MAP: Readonly<Record<string, string>> = {
  feat: 'Added',
  fix: 'Fixed',
  perf: 'Changed',
  refactor: 'Changed',
  revert: 'Changed',
  deprecate: 'Deprecated',
  security: 'Security',
};

/** One line of the changelog, before it is written. */
export interface ChangelogEntry {
  readonly section: string;
  readonly scope: string | undefined;
  readonly text: string;
  readonly hash: string;
  readonly pullRequest: number | undefined;
  readonly breaking: boolean;
}

/** How commits become entries. */
export interface EntryOptions {
  readonly sections: Readonly<Record<string, string>>;
  readonly includeOther: boolean;
}

/**
 * Reads the `sections` input: `type=Section` pairs (comma or newline separated) that override
 * the default map; `type=` with no section leaves that type out. The map lists the given pairs
 * first, in their order: sections that are not Keep a Changelog's are written in that order
 * (`breaking=BREAKING CHANGE, feat=Feat, fix=Fix` keeps commitizen's).
 */
export function parseSectionsInput(raw: string): Record<string, string> {
  const given = new Map<string, string>();
  for (const pair of parseListInput(raw)) {
    const match = /^([A-Za-z][\w-]*)\s*=\s*(.*)$/.exec(pair);
    if (!match?.[1]) throw new InputError('sections', raw, `'${pair}' is not a type=Section pair (e.g. docs=Documentation)`);
    const section = (match[2] ?? '').trim();
    if (/[\r\n#[\]]/.test(section)) throw new InputError('sections', raw, `the section name '${section}' cannot contain #, [ or ]`);
    const type = match[1].toLowerCase();
    given.delete(type);
    given.set(type, section);
  }
  const map: Record<string, string> = {};
  for (const [type, section] of given) if (section !== '') map[type] = section;
  for (const [type, section] of Object.entries(DEFAULT_SECTION_MAP)) if (!given.has(type)) map[type] = section;
  return map;
}

/**
 * Turns the commits of one release (newest first, as git log gives them) into entries:
 * a squash merge is its subject's entry (with the breaking notes of the commits its body lists),
 * or, when its subject is not a Conventional Commit, one entry per listed commit; a commit and its revert in the same range both
 * vanish; a revert of a released feature is Removed; a `security` type or scope is Security;
 * `Deprecated:` footers are Deprecated; breaking changes lead Changed, marked **BREAKING**.
 */
export function planChangelogEntries(rangeCommits: readonly ParsedCommit[], options: EntryOptions): ChangelogEntry[] {
  const commits = expandSquashedCommits(rangeCommits);
  const cancelled = new Set<string>();
  cancelRevertedPairs(commits, cancelled);
  const entries: ChangelogEntry[] = [];
  // Oldest first: a changelog reads in the order things happened.
  for (let index = commits.length - 1; index >= 0; index--) {
    const commit = commits[index];
    if (!commit || cancelled.has(commit.hash) || commit.kind === 'merge') continue;
    if (commit.kind === 'non-conventional') {
      if (options.includeOther) entries.push({ section: 'Other', scope: undefined, text: commit.header, hash: commit.hash, pullRequest: pullRequestOf(commit.header), breaking: false });
      continue;
    }
    entries.push(...entriesOf(commit, options));
  }
  return entries;
}

function entriesOf(commit: ConventionalCommit, options: EntryOptions): ChangelogEntry[] {
  const base = { scope: commit.scope, hash: commit.hash, pullRequest: commit.pullRequest };
  const text = stripPullRequest(commit.subject);
  const out: ChangelogEntry[] = [];
  if (commit.breaking) {
    // Every note but the one `!` makes of the subject itself (a squash merge may carry several).
    const notes = commit.breakingNotes.filter((note) => note !== commit.subject).map((note) => note.replace(/\s*\n\s*/g, ' '));
    const detail = notes.length > 0 ? `: ${notes.join('; ')}` : '';
    out.push({ ...base, section: options.sections.breaking ?? 'Changed', text: `${text}${detail}`, breaking: true });
  } else {
    const section = sectionOf(commit, options.sections);
    if (section === 'Removed') out.push({ ...base, ...removedFeature(commit), section, breaking: false });
    else if (section) out.push({ ...base, section, text, breaking: false });
  }
  for (const deprecation of commit.deprecations) {
    out.push({ ...base, section: options.sections.deprecate ?? 'Deprecated', text: deprecation, breaking: false });
  }
  return out;
}

function sectionOf(commit: ConventionalCommit, map: Readonly<Record<string, string>>): string | undefined {
  if (commit.type === 'security' || commit.scope?.toLowerCase() === 'security') return map.security ?? 'Security';
  if (commit.reverts && map.revert !== undefined) {
    // A revert of a feature released earlier takes the feature away.
    const reverted = parseCommit({ hash: commit.reverts.hash, parents: [], message: commit.reverts.header });
    if (reverted.kind === 'conventional' && reverted.type === 'feat') return 'Removed';
  }
  return map[commit.type];
}

/** What a revert of a released feature removes: that feature's scope and description. */
function removedFeature(commit: ConventionalCommit): { scope: string | undefined; text: string } {
  const reverted = parseCommit({ hash: commit.hash, parents: [], message: commit.reverts?.header ?? commit.subject });
  if (reverted.kind !== 'conventional') return { scope: commit.scope, text: commit.subject };
  return { scope: reverted.scope, text: stripPullRequest(reverted.subject) };
}

function stripPullRequest(subject: string): string {
  return subject.replace(/\s\(#\d+\)$/, '');
}

function pullRequestOf(header: string): number | undefined {
  const match = /\s\(#(\d+)\)$/.exec(header);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** Where entries link to; an empty URL writes plain `#12` and `abc1234`. */
export interface EntryLinks {
  readonly repositoryUrl: string;
}

/**
 * The body of a release section: `### Section` headings in Keep a Changelog order, then other
 * sections in the order of `sections` (the type → section map), breaking changes first in
 * theirs, each entry as a person would write it:
 * `- **api:** support nested groups ([#123](…/pull/123)) ([abc1234](…/commit/abc1234…))`.
 */
export function renderChangelogBody(
  entries: readonly ChangelogEntry[],
  links: EntryLinks,
  sections: Readonly<Record<string, string>> = DEFAULT_SECTION_MAP,
): string {
  const bySection = new Map<string, ChangelogEntry[]>();
  for (const entry of entries) {
    const list = bySection.get(entry.section);
    if (list) list.push(entry);
    else bySection.set(entry.section, [entry]);
  }
  const order: string[] = [...KEEP_A_CHANGELOG_SECTIONS];
  for (const section of [...Object.values(sections), ...bySection.keys()]) if (!order.includes(section) && section !== 'Other') order.push(section);
  order.push('Other');
  const blocks: string[] = [];
  for (const section of order) {
    const list = bySection.get(section);
    if (!list || list.length === 0) continue;
    const sorted = [...list.filter((e) => e.breaking), ...list.filter((e) => !e.breaking)];
    blocks.push(`### ${section}\n\n${sorted.map((entry) => renderEntry(entry, links)).join('\n')}\n`);
  }
  return blocks.join('\n');
}

function renderEntry(entry: ChangelogEntry, links: EntryLinks): string {
  const base = links.repositoryUrl.replace(/\/+$/, '');
  const breaking = entry.breaking ? '**BREAKING** ' : '';
  const scope = entry.scope ? `**${escapeMarkdown(entry.scope)}:** ` : '';
  const pr = entry.pullRequest === undefined ? '' : base ? ` ([#${entry.pullRequest}](${base}/pull/${entry.pullRequest}))` : ` (#${entry.pullRequest})`;
  const short = entry.hash.slice(0, 7);
  const commit = base ? ` ([${short}](${base}/commit/${entry.hash}))` : ` (${short})`;
  return `- ${breaking}${scope}${escapeMarkdown(entry.text)}${pr}${commit}`;
}
