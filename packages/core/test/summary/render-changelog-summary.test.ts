import { describe, expect, it } from 'vitest';
import type { ChangelogPlan } from '../../src/changelog/plan-changelog.js';
import { fitReleaseNotesOutput, renderChangelogSummary } from '../../src/summary/render-changelog-summary.js';

const notes = `### Fixed\n\n${Array.from({ length: 20_000 }, (_, i) => `- **parser:** handle the malformed input number ${i} without crashing ([abc1234](https://github.com/acme/stats/commit/abc1234))`).join('\n')}\n`;
const plan = (sectionText: string): ChangelogPlan => ({
  edit: { content: '', changed: true, sectionText, warnings: [] },
  created: false,
  entries: [],
  totalEntries: 0,
  title: '0.2.0',
  warnings: [],
});

describe('the changelog summary and release-notes output', () => {
  it('keep notes within the limits whole', () => {
    const small = '### Fixed\n\n- one\n';
    expect(fitReleaseNotesOutput(small)).toBe(small);
    expect(renderChangelogSummary(plan(small), { path: 'CHANGELOG.md', dryRun: false, date: '2025-03-01' })).toContain(small.trimEnd());
  });

  it('cut notes past 1 MB at a line, saying how much was left out and where the rest is', () => {
    expect(Buffer.byteLength(notes)).toBeGreaterThan(2_000_000);
    const output = fitReleaseNotesOutput(notes);
    expect(Buffer.byteLength(output)).toBeLessThanOrEqual(1_000_000);
    const kept = output.slice(0, output.indexOf('\n\n_…') + 1);
    expect(notes.startsWith(kept)).toBe(true);
    const left = notes.slice(kept.length).split('\n').length - 1;
    expect(output.endsWith(`\n\n_… ${left.toLocaleString('en-US')} more lines (${output.match(/\(([\d.]+ MiB)\)/)?.[1] ?? '?'}) left out: a step output holds at most 1 MB; the full notes are in the file named by the release-notes-file output._\n`)).toBe(true);

    const summary = renderChangelogSummary(plan(notes), { path: 'CHANGELOG.md', dryRun: false, date: '2025-03-01' });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary.startsWith('## changelog: 0.2.0 (2025-03-01)\n')).toBe(true);
    expect(summary).toMatch(/left out to keep the summary under GitHub's 1 MiB limit; the full notes are in the release-notes-file output\._\n$/);
  });
});
