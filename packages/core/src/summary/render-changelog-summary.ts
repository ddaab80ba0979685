import type { ChangelogPlan } from '../changelog/plan-changelog.js';
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
 * when it was written).
 */
export function renderChangelogSummary(plan: ChangelogPlan, context: ChangelogSummaryContext): string {
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
