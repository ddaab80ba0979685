import type { ConventionalCommit } from '../commits/parse-commit.js';
import type { ApplyResult } from '../release/apply-version-bump.js';
import type { VersionBumpPlan } from '../release/plan-version-bump.js';
import type { RepositoryLinks } from './markdown.js';
import { clipLine, fitToLimit } from './fit-to-limit.js';
import {
  commitLink,
  escapeMarkdown,
  inlineCode,
  pullRequestLink,
  renderTable,
} from './markdown.js';

const TYPE_TITLES: Readonly<Record<string, string>> = {
  feat: 'Features',
  fix: 'Bug fixes',
  perf: 'Performance',
  revert: 'Reverts',
  docs: 'Documentation',
  style: 'Style',
  refactor: 'Refactoring',
  test: 'Tests',
  chore: 'Chores',
  build: 'Build',
  ci: 'CI',
};

const TYPE_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  feat: ['feature', 'features'],
  fix: ['fix', 'fixes'],
  perf: ['performance improvement', 'performance improvements'],
  revert: ['revert', 'reverts'],
  docs: ['documentation change', 'documentation changes'],
  refactor: ['refactor', 'refactors'],
};

/**
 * One sentence that explains the decision: "minor: 3 features, 5 fixes; highest: abc1234 feat(api): …".
 * Plain text, for the log and the summary alike.
 */
export function explainBump(plan: VersionBumpPlan): string {
  if (plan.skipped) return plan.reason;
  if (plan.bumpSource === 'version') return `${plan.bump}: ${plan.reason}`;
  const counts = new Map<string, number>();
  let breaking = 0;
  for (const commit of plan.decision.releasing) {
    if (commit.breaking) {
      breaking++;
      continue;
    }
    counts.set(commit.type, (counts.get(commit.type) ?? 0) + 1);
  }
  const parts = breaking > 0 ? [`${breaking} breaking ${breaking === 1 ? 'change' : 'changes'}`] : [];
  const order = Object.keys(TYPE_TITLES);
  for (const [type, count] of [...counts].sort((a, b) => rank(order, a[0]) - rank(order, b[0]) || a[0].localeCompare(b[0]))) {
    const [one, many] = TYPE_NOUNS[type] ?? [`${type} commit`, `${type} commits`];
    parts.push(`${count} ${count === 1 ? one : many}`);
  }
  const because = plan.bumpSource === 'release-type' ? 'release-type asks for it' : parts.join(', ');
  const highest = plan.decision.highest;
  // A squash merge raised by a commit it lists says which: its subject alone would ask for less.
  const raised = plan.decision.raisedBy ? `, which squashes ${clipLine(plan.decision.raisedBy.header, 500)}` : '';
  const tail = highest && plan.bumpSource === 'commits' ? `; highest: ${highest.hash.slice(0, 7)} ${clipLine(highest.header, 500)}${raised}` : '';
  return `${plan.bump}: ${because || 'no releasable commits'}${tail}`;
}

/** What the summary needs besides the plan. */
export interface VersionBumpSummaryContext {
  readonly links: RepositoryLinks;
  readonly dryRun: boolean;
  readonly applied: ApplyResult | undefined;
}

/**
 * The job summary: the decision and why, the files, what was created, and the commits by
 * type. Over GitHub's 1 MiB limit it shrinks in stages (50 commits and 50 types per list, then
 * counts only, then a cut), each saying what was left out; user text is clipped to 4,096 characters
 * a line (`clipLine`).
 */
export function renderVersionBumpSummary(plan: VersionBumpPlan, context: VersionBumpSummaryContext): string {
  const decision = plan.decision;
  const listed = decision.releasing.length + decision.notReleasing.length + decision.nonConventional.length + decision.cancelled.length;
  // A commit line takes 150-300 bytes: past a few thousand the full list cannot fit, so don't render it.
  const caps: Cap[] = [
    ...(listed > 3000 ? [] : [{ items: Infinity, groups: Infinity }]),
    { items: 50, groups: 50 },
    { items: 0, groups: 50 },
  ];
  return fitToLimit(caps.map((cap) => () => renderWithCap(plan, context, cap))).text;
}

/** How much of each list a stage shows: commits per list, and lists (commit types). */
interface Cap {
  readonly items: number;
  readonly groups: number;
}

const LEFT_OUT = "left out to keep the summary under GitHub's 1 MiB limit";

/** User text for one line of the summary: clipped, then escaped. */
const userText = (text: string): string => escapeMarkdown(clipLine(text));

function renderWithCap(plan: VersionBumpPlan, context: VersionBumpSummaryContext, cap: Cap): string {
  const out: string[] = [];
  const previous = plan.previousVersion.toString();
  out.push(
    plan.skipped
      ? `## version-bump: no release (${previous})`
      : `## version-bump: ${previous} → ${plan.version} (${plan.bump})`,
  );
  out.push('', `**${escapeMarkdown(explainBump(plan))}**`);
  if (context.dryRun) out.push('', '_Dry run: nothing was written._');
  out.push('', renderTable(['', ''], factRows(plan, context)));
  if (plan.fromProject.length > 0) {
    out.push('', "### From the project's release configuration", '');
    out.push('These inputs were left empty, so they follow what the project already told its release tool.', '');
    out.push(renderTable(['Input', 'Value', 'Where it says so'], plan.fromProject.map((s) => [inlineCode(clipLine(s.input)), inlineCode(clipLine(s.value)), userText(s.origin)])));
  }
  for (const warning of plan.warnings) out.push('', `> [!WARNING]\n> ${userText(warning)}`);
  for (const notice of plan.notices) out.push('', `> [!NOTE]\n> ${userText(notice)}`);
  if (plan.edits.length > 0) {
    out.push('', '### Version files', '');
    const written = new Set(context.applied?.filesWritten ?? []);
    out.push(
      renderTable(
        ['File', 'Field', 'From', 'To', ''],
        plan.edits.map((edit) => [
          inlineCode(clipLine(edit.path)),
          inlineCode(clipLine(edit.field)),
          inlineCode(clipLine(edit.from)),
          inlineCode(clipLine(edit.to)),
          written.has(edit.path) ? 'written' : 'not written',
        ]),
      ),
    );
  }
  renderCommitLists(out, plan, context.links, cap);
  return `${out.join('\n')}\n`;
}

function factRows(plan: VersionBumpPlan, context: VersionBumpSummaryContext): string[][] {
  const applied = context.applied;
  const previousFrom =
    plan.previousSource === 'tag' ? `tag ${inlineCode(clipLine(plan.previousTag ?? ''))}` : plan.previousSource === 'file' ? 'version file' : 'no release yet';
  const rows = [
    ['Previous version', `${inlineCode(plan.previousVersion.toString())} (${previousFrom})`],
    ['Version lives in', describeLocation(plan)],
  ];
  if (!plan.skipped) {
    rows.push(['Next version', inlineCode(plan.version)]);
    rows.push(['Tag', `${inlineCode(clipLine(plan.tag))}${applied?.tagCreated ? ' (created)' : ' (not created)'}`]);
    if (plan.releaseBranch) {
      rows.push(['Release branch', `${inlineCode(clipLine(plan.releaseBranch))}${applied?.branchCreated ? ' (created)' : ' (not created)'}`]);
    }
    if (applied?.commit) rows.push(['Release commit', inlineCode(applied.commit.slice(0, 7))]);
    if (applied && applied.pushed.length > 0) rows.push(['Pushed', applied.pushed.map(inlineCode).join(', ')]);
  }
  const decision = plan.decision;
  const merges = decision.merges > 0 ? `, ${decision.merges} merge ${decision.merges === 1 ? 'commit' : 'commits'} skipped` : '';
  rows.push(['Commits', `${plan.commits.length} since ${plan.previousTag ? inlineCode(clipLine(plan.previousTag)) : 'the first commit'}${merges}`]);
  if (decision.nonConventional.length > 0) rows.push(['Not conventional', String(decision.nonConventional.length)]);
  return rows;
}

/** Where the version was found, and what said so. */
function describeLocation(plan: VersionBumpPlan): string {
  const location = plan.location;
  if (location.kind === 'vcs') return `git tags, read at build time by ${userText(location.tool)} (${userText(location.where)}): no file is written`;
  if (location.kind === 'none') return 'the tag alone (no pyproject.toml, setup.cfg or setup.py)';
  if (location.tool === 'version-files') return 'the files named in `version-files`';
  return `${userText(location.where)} (${userText(location.tool)})`;
}

function renderCommitLists(out: string[], plan: VersionBumpPlan, links: RepositoryLinks, cap: Cap): void {
  const decision = plan.decision;
  if (decision.releasing.length + decision.notReleasing.length > 0) out.push('', '### Commits by type');
  const byType = new Map<string, ConventionalCommit[]>();
  for (const list of [decision.releasing, decision.notReleasing]) {
    for (const commit of list) {
      const key = commit.breaking ? '!breaking' : commit.type;
      const group = byType.get(key);
      if (group) group.push(commit);
      else byType.set(key, [commit]);
    }
  }
  const releasing = new Set<ConventionalCommit>(decision.releasing);
  const order = ['!breaking', ...Object.keys(TYPE_TITLES)];
  const keys = [...byType.keys()].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  for (const key of keys.slice(0, cap.groups)) {
    const commits = byType.get(key) ?? [];
    const title = key === '!breaking' ? 'Breaking changes' : (TYPE_TITLES[key] ?? userText(key));
    const releases = key === '!breaking' || releasing.has(commits[0] as ConventionalCommit);
    out.push('', `#### ${title} (${commits.length})${releases ? '' : ' · does not release'}`, '');
    pushCapped(out, commits, (commit) => renderCommitLine(commit, links), cap.items);
  }
  if (keys.length > cap.groups) {
    const rest = keys.slice(cap.groups);
    const commits = rest.reduce((sum, key) => sum + (byType.get(key)?.length ?? 0), 0);
    out.push('', `_… and ${rest.length} more commit types (${commits} commits), ${LEFT_OUT}._`);
  }
  if (decision.cancelled.length > 0) {
    out.push('', `#### Reverted within the range (${decision.cancelled.length})`, '');
    pushCapped(
      out,
      decision.cancelled,
      ({ commit, revert }) => `- ${commitLink(commit.hash, links)} ${userText(commit.header)}, reverted by ${commitLink(revert.hash, links)}`,
      cap.items,
    );
  }
  if (decision.nonConventional.length > 0) {
    out.push('', `### Not Conventional Commits (${decision.nonConventional.length})`, '');
    out.push('These do not follow `type(scope): description` and do not count toward the bump.', '');
    pushCapped(out, decision.nonConventional, (c) => `- ${commitLink(c.hash, links)} ${userText(c.header)}`, cap.items);
  }
}

function renderCommitLine(commit: ConventionalCommit, links: RepositoryLinks): string {
  const scope = commit.scope ? `**${userText(commit.scope)}:** ` : '';
  const subject = commit.pullRequest !== undefined ? commit.subject.replace(/\s\(#\d+\)$/, '') : commit.subject;
  const pr = commit.pullRequest !== undefined ? ` (${pullRequestLink(commit.pullRequest, links)})` : '';
  const breaking = commit.breaking ? ` — ${userText(commit.breakingNotes[0] ?? '')}` : '';
  return `- ${scope}${userText(subject)}${pr} (${commitLink(commit.hash, links)})${breaking}`;
}

/** Adds at most `cap` rendered items to `out`, and a line saying how many were left out. */
function pushCapped<T>(out: string[], items: readonly T[], render: (item: T) => string, cap: number): void {
  const shown = Math.min(items.length, cap);
  for (let i = 0; i < shown; i++) out.push(render(items[i] as T));
  if (items.length > shown) out.push(`- _… and ${items.length - shown} more, ${LEFT_OUT}_`);
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
