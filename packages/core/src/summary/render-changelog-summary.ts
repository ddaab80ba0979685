import type { ChangelogPlan } from '../changelog/plan-changelog.js';
import { STEP_OUTPUT_LIMIT, cutToLimit, describeLeftOut, fitToLimit } from './fit-to-limit.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

/** What the changelog summary needs besides the plan. */
export interface ChangelogSummaryContext {
  readonly path: string;
  readonly dryRun: boolean;
  readonly date: string;
}

/**
 * The job summary: one line on what happened to the file, the warnings (what was read but left
 * alone), then the new section as it will read in the changelog (it is already Markdown, escaped
 * when it was written). Past GitHub's 1 MiB the section is cut, with a line saying how much was
 * left out and where the rest is.
 */
export function renderChangelogSummary(plan: ChangelogPlan, context: ChangelogSummaryContext): string {
  return fitToLimit([() => renderWhole(plan, context)], {
    note: (leftOut) => `_… ${describeLeftOut(leftOut)} left out to keep the summary under GitHub's 1 MiB limit; the full notes are in the release-notes-file output._`,
  }).text;
}

/**
 * The `release-notes` output: the notes, cut past what a step output holds (GitHub: "a maximum
 * of 1 MB"; read as 10^6 bytes, the smaller reading), with a closing line that says how much was
 * left out. `release-notes-file` keeps them whole.
 */
export function fitReleaseNotesOutput(notes: string): string {
  return cutToLimit(notes, {
    limit: STEP_OUTPUT_LIMIT,
    note: (leftOut) => `_… ${describeLeftOut(leftOut)} left out: a step output holds at most 1 MB; the full notes are in the file named by the release-notes-file output._`,
  });
}

function renderWhole(plan: ChangelogPlan, context: ChangelogSummaryContext): string {
  const heading = plan.title === 'Unreleased' ? '## changelog: [Unreleased]' : `## changelog: ${plan.title} (${context.date})`;
  const count = `${plan.entries.length} ${plan.entries.length === 1 ? 'entry' : 'entries'}`;
  const what = !plan.edit.changed
    ? `${inlineCode(context.path)} is already up to date`
    : context.dryRun
      ? `${inlineCode(context.path)} would be ${plan.created ? 'created' : 'updated'} (dry run: nothing was written)`
      : `${inlineCode(context.path)} ${plan.created ? 'created' : 'updated'}`;
  const total = plan.totalEntries !== plan.entries.length ? `, ${plan.totalEntries} over all regenerated releases` : '';
  const notes = plan.edit.sectionText.trim() === '' ? '_No entries: nothing in this range goes into a changelog._' : plan.edit.sectionText.trimEnd();
  const warnings = plan.warnings.map((warning) => `> [!WARNING]\n> ${escapeMarkdown(warning)}\n\n`).join('');
  return `${heading}\n\n${count}${total}; ${what}.\n\n${warnings}${notes}\n`;
}
