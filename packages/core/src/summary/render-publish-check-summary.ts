import type { CheckResult } from '../publish/check-result.js';
import { formatBytes } from '../publish/archives/archive-limits.js';
import type { PublishCheckResult } from '../publish/run-publish-check.js';
import { escapeMarkdown, inlineCode, renderTable } from './markdown.js';

const ICONS: Readonly<Record<CheckResult['level'], string>> = { pass: '✅', warning: '⚠️', failure: '❌' };

/**
 * The job summary: the verdict, the files (type, size, tags), every check (failures and
 * warnings first, each with how to fix it), and what to enter on PyPI for Trusted Publishing.
 */
export function renderPublishCheckSummary(result: PublishCheckResult): string {
  const failures = result.checks.filter((c) => c.level === 'failure').length;
  const warnings = result.checks.filter((c) => c.level === 'warning').length;
  const what = result.name && result.version ? `${escapeMarkdown(result.name)} ${escapeMarkdown(result.version)}` : 'the dist folder';
  const verdict = result.passed
    ? `✅ ${what} is ready to publish`
    : `❌ ${what} is not ready to publish: ${failures} ${failures === 1 ? 'failure' : 'failures'}${result.strict && warnings > 0 ? ` and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (strict)` : ''}`;
  const out = [`## pypi-publish-check: ${verdict}`, ''];
  out.push(`${result.checks.length} checks: ${result.checks.length - failures - warnings} passed, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${failures} ${failures === 1 ? 'failure' : 'failures'}.${result.alreadyPublished ? ' The index already has files for this version.' : ''}`);
  if (result.files.length > 0) {
    out.push('', '### Files', '');
    out.push(renderTable(['File', 'Type', 'Size', 'Tags'], result.files.map((f) => [inlineCode(f.filename), f.kind, formatBytes(f.size), f.tags ? inlineCode(f.tags) : ''])));
  }
  const problems = [...result.checks.filter((c) => c.level === 'failure'), ...result.checks.filter((c) => c.level === 'warning')];
  const passed = result.checks.filter((c) => c.level === 'pass');
  const rows = (checks: readonly CheckResult[]): string[][] =>
    checks.map((check) => [
      ICONS[check.level],
      inlineCode(check.id),
      check.file ? inlineCode(check.file) : '',
      `${escapeMarkdown(check.message)}${check.fix && check.level !== 'pass' ? ` **Fix:** ${escapeMarkdown(check.fix)}` : ''}`,
    ]);
  if (problems.length > 0) {
    out.push('', '### Problems', '', renderTable(['', 'Check', 'File', 'Result'], rows(problems)));
  }
  if (passed.length > 0) {
    // Passing checks are many and rarely read: folded, so the problems stay in view.
    out.push('', `<details><summary>${passed.length} checks passed</summary>`, '', renderTable(['', 'Check', 'File', 'Result'], rows(passed)), '', '</details>');
  }
  if (result.trustedPublishing === 'off') return `${out.join('\n')}\n`;
  out.push('', '### Trusted Publishing', '');
  if (result.publisher) {
    const p = result.publisher;
    out.push('On PyPI, under the project’s *Publishing* settings, add a GitHub publisher with exactly:', '');
    out.push(
      renderTable(
        ['Field', 'Value'],
        [
          ['Owner', inlineCode(p.owner)],
          ['Repository name', inlineCode(p.repository)],
          ['Workflow name', inlineCode(p.workflowFile)],
          ['Environment name', p.environment ? inlineCode(p.environment) : '(any) — a `pypi` environment with required reviewers is safer'],
        ],
      ),
    );
  } else {
    out.push('This job cannot mint a Trusted Publishing token (it needs `permissions: id-token: write`), so the publisher settings are unknown here.');
  }
  return `${out.join('\n')}\n`;
}
