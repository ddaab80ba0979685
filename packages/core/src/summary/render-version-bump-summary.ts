import type { ConventionalCommit } from '../commits/parse-commit.js';
import type { ApplyResult } from '../release/apply-version-bump.js';
import type { VersionBumpPlan } from '../release/plan-version-bump.js';
import type { RepositoryLinks } from './markdown.js';
import {
  STEP_SUMMARY_LIMIT,
  byteLength,
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
  const raised = plan.decision.raisedBy ? `, which squashes ${plan.decision.raisedBy.header}` : '';
  const tail = highest && plan.bumpSource === 'commits' ? `; highest: ${highest.hash.slice(0, 7)} ${highest.header}${raised}` : '';
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
 * type. Over GitHub's 1 MiB limit, the commit lists shrink in stages and say what was left out.
 */
export function renderVersionBumpSummary(plan: VersionBumpPlan, context: VersionBumpSummaryContext): string {
  const decision = plan.decision;
  const listed = decision.releasing.length + decision.notReleasing.length + decision.nonConventional.length + decision.cancelled.length;
  // A commit line takes 150-300 bytes: past a few thousand the full list cannot fit, so don't render it.
  const caps = listed > 3000 ? [50, 0] : [Infinity, 50, 0];
  for (const cap of caps) {
    const text = renderWithCap(plan, context, cap);
    if (byteLength(text) <= STEP_SUMMARY_LIMIT - 1024) return text;
  }
  return renderWithCap(plan, context, 0);
}

function renderWithCap(plan: VersionBumpPlan, context: VersionBumpSummaryContext, cap: number): string {
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
    out.push(renderTable(['Input', 'Value', 'Where it says so'], plan.fromProject.map((s) => [inlineCode(s.input), inlineCode(s.value), escapeMarkdown(s.origin)])));
  }
  for (const warning of plan.warnings) out.push('', `> [!WARNING]\n> ${escapeMarkdown(warning)}`);
  for (const notice of plan.notices) out.push('', `> [!NOTE]\n> ${escapeMarkdown(notice)}`);
  if (plan.edits.length > 0) {
    out.push('', '### Version files', '');
    const written = new Set(context.applied?.filesWritten ?? []);
    out.push(
      renderTable(
        ['File', 'Field', 'From', 'To', ''],
        plan.edits.map((edit) => [
          inlineCode(edit.path),
          inlineCode(edit.field),
          inlineCode(edit.from),
          inlineCode(edit.to),
          written.has(edit.path) ? 'written' : 'not written',
        ]),
      ),
    );
  }
  out.push(...renderCommitLists(plan, context.links, cap));
  return `${out.join('\n')}\n`;
}

function factRows(plan: VersionBumpPlan, context: VersionBumpSummaryContext): string[][] {
  const applied = context.applied;
  const previousFrom =
    plan.previousSource === 'tag' ? `tag ${inlineCode(plan.previousTag ?? '')}` : plan.previousSource === 'file' ? 'version file' : 'no release yet';
  const rows = [
    ['Previous version', `${inlineCode(plan.previousVersion.toString())} (${previousFrom})`],
    ['Version lives in', describeLocation(plan)],
  ];
  if (!plan.skipped) {
    rows.push(['Next version', inlineCode(plan.version)]);
    rows.push(['Tag', `${inlineCode(plan.tag)}${applied?.tagCreated ? ' (created)' : ' (not created)'}`]);
    if (plan.releaseBranch) {
      rows.push(['Release branch', `${inlineCode(plan.releaseBranch)}${applied?.branchCreated ? ' (created)' : ' (not created)'}`]);
    }
    if (applied?.commit) rows.push(['Release commit', inlineCode(applied.commit.slice(0, 7))]);
    if (applied && applied.pushed.length > 0) rows.push(['Pushed', applied.pushed.map(inlineCode).join(', ')]);
  }
  const decision = plan.decision;
  const merges = decision.merges > 0 ? `, ${decision.merges} merge ${decision.merges === 1 ? 'commit' : 'commits'} skipped` : '';
  rows.push(['Commits', `${plan.commits.length} since ${plan.previousTag ? inlineCode(plan.previousTag) : 'the first commit'}${merges}`]);
  if (decision.nonConventional.length > 0) rows.push(['Not conventional', String(decision.nonConventional.length)]);
  return rows;
}

/** Where the version was found, and what said so. */
function describeLocation(plan: VersionBumpPlan): string {
  const location = plan.location;
  if (location.kind === 'vcs') return `git tags, read at build time by ${escapeMarkdown(location.tool)} (${escapeMarkdown(location.where)}): no file is written`;
  if (location.kind === 'none') return 'the tag alone (no pyproject.toml, setup.cfg or setup.py)';
  if (location.tool === 'version-files') return 'the files named in `version-files`';
  return `${escapeMarkdown(location.where)} (${escapeMarkdown(location.tool)})`;
}

function renderCommitLists(plan: VersionBumpPlan, links: RepositoryLinks, cap: number): string[] {
  const decision = plan.decision;
  const out: string[] = [];
  if (decision.releasing.length + decision.notReleasing.length > 0) out.push('', '### Commits by type');
  const byType = new Map<string, ConventionalCommit[]>();
  for (const commit of [...decision.releasing, ...decision.notReleasing]) {
    const key = commit.breaking ? '!breaking' : commit.type;
    const list = byType.get(key);
    if (list) list.push(commit);
    else byType.set(key, [commit]);
  }
  const order = ['!breaking', ...Object.keys(TYPE_TITLES)];
  const keys = [...byType.keys()].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  for (const key of keys) {
    const commits = byType.get(key) ?? [];
    const title = key === '!breaking' ? 'Breaking changes' : (TYPE_TITLES[key] ?? escapeMarkdown(key));
    const releases = key === '!breaking' || decision.releasing.includes(commits[0] as ConventionalCommit);
    out.push('', `#### ${title} (${commits.length})${releases ? '' : ' · does not release'}`, '');
    out.push(...capList(commits, (commit) => renderCommitLine(commit, links), cap));
  }
  if (decision.cancelled.length > 0) {
    out.push('', `#### Reverted within the range (${decision.cancelled.length})`, '');
    out.push(
      ...capList(
        decision.cancelled,
        ({ commit, revert }) => `- ${commitLink(commit.hash, links)} ${escapeMarkdown(commit.header)}, reverted by ${commitLink(revert.hash, links)}`,
        cap,
      ),
    );
  }
  if (decision.nonConventional.length > 0) {
    out.push('', `### Not Conventional Commits (${decision.nonConventional.length})`, '');
    out.push('These do not follow `type(scope): description` and do not count toward the bump.', '');
    out.push(...capList(decision.nonConventional, (c) => `- ${commitLink(c.hash, links)} ${escapeMarkdown(c.header)}`, cap));
  }
  return out;
}

function renderCommitLine(commit: ConventionalCommit, links: RepositoryLinks): string {
  const scope = commit.scope ? `**${escapeMarkdown(commit.scope)}:** ` : '';
  const subject = commit.pullRequest !== undefined ? commit.subject.replace(/\s\(#\d+\)$/, '') : commit.subject;
  const pr = commit.pullRequest !== undefined ? ` (${pullRequestLink(commit.pullRequest, links)})` : '';
  const breaking = commit.breaking ? ` — ${escapeMarkdown(commit.breakingNotes[0] ?? '')}` : '';
  return `- ${scope}${escapeMarkdown(subject)}${pr} (${commitLink(commit.hash, links)})${breaking}`;
}

/** Renders at most `cap` items, and a line saying how many were left out. */
function capList<T>(items: readonly T[], render: (item: T) => string, cap: number): string[] {
  if (items.length <= cap) return items.map(render);
  const kept = items.slice(0, cap).map(render);
  return [...kept, `- _… and ${items.length - kept.length} more, left out to keep the summary under GitHub's 1 MiB limit_`];
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
