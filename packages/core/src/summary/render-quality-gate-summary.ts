import type { BenchmarkComparison } from '../benchmark/benchmark-report.js';
import { formatBenchmarkValue, formatPercent, parseUnit } from '../benchmark/benchmark-units.js';
import type { GateResult, GateRow, ListedTest } from '../gate/evaluate-gate.js';
import { clipLine, describeLeftOut, fitToLimit } from './fit-to-limit.js';
import { escapeMarkdown, inlineCode, renderTable, STEP_SUMMARY_LIMIT } from './markdown.js';

const STATUS_ICON: Readonly<Record<GateRow['status'], string>> = { pass: '✅ pass', fail: '❌ fail', 'not checked': '➖ not checked' };

/** One name or message of a report in a list: reports may hold anything (a parametrized id of megabytes). */
const ITEM_TEXT_LIMIT = 500;

/**
 * The job summary (and, with the comment's limit, the pull request comment): the verdict in one
 * sentence, the table of gates, then the failing tests, the uncovered changed lines, the findings
 * and vulnerabilities with their fix versions, lint errors, benchmark regressions and notes.
 * Lists are cut in stages (50 items each, then 20, 5, none) until the text fits `limit` UTF-8
 * bytes (default GitHub's 1 MiB summary; bytes are never fewer than the characters a comment's
 * 65,535 counts); a cut list ends with a line saying how many were left out, and what still does
 * not fit is cut with a line saying so (`fitToLimit`).
 */
export function renderQualityGateSummary(result: GateResult, options: { readonly limit?: number; readonly title?: string } = {}): string {
  const limit = options.limit ?? STEP_SUMMARY_LIMIT;
  const title = options.title ?? 'quality-gate';
  const what = limit === STEP_SUMMARY_LIMIT ? "the summary under GitHub's 1 MiB limit" : "the comment under GitHub's 65,535-character limit";
  return fitToLimit(
    [50, 20, 5, 0].map((cap) => () => renderWithCap(result, cap, title)),
    { limit, note: (leftOut) => `_… ${describeLeftOut(leftOut)} left out to keep ${what}._` },
  ).text;
}

function verdictLine(result: GateResult, title: string): string {
  const failed = result.rows.filter((row) => row.status === 'fail');
  const checked = result.rows.filter((row) => row.status !== 'not checked').length;
  if (result.passed) return `## ${title}: ✅ passed — ${checked === 1 ? 'the one gate' : `all ${checked} gates`} passed`;
  return `## ${title}: ❌ failed — ${failed.length} of ${checked} gates failed: ${failed.map((row) => escapeMarkdown(row.gate)).join(', ')}`;
}

function renderWithCap(result: GateResult, cap: number, title: string): string {
  const sections: string[] = [verdictLine(result, title)];
  sections.push(renderTable(['Gate', 'Threshold', 'Actual', 'Result'], result.rows.map((row) => [escapeMarkdown(clipLine(row.gate, ITEM_TEXT_LIMIT)), escapeMarkdown(row.threshold), escapeMarkdown(clipLine(row.actual, ITEM_TEXT_LIMIT)), STATUS_ICON[row.status]])));
  const t = result.tests;
  if (t.tests > 0) {
    sections.push(`${t.tests} unique tests: ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${t.flaky > 0 ? `, ${t.flaky} flaky (passed on a rerun)` : ''}.`);
  }
  sections.push(...list('Failing tests', result.failingTests, cap, renderTest));
  sections.push(...list('Flaky tests (failed, then passed on a rerun)', result.flakyTests, cap, renderTest));
  if (result.diffCoverage !== undefined && result.diffCoverage.uncovered.length > 0) {
    sections.push(...list(`Changed lines not covered (since ${inlineCode(result.diffCoverage.base)})`, result.diffCoverage.uncovered, cap, (file) => `- ${inlineCode(clipLine(file.file, ITEM_TEXT_LIMIT))}: ${formatLineRanges(file.lines)}`));
  }
  const rank = (severity: string | undefined): number => ({ high: 3, medium: 2, low: 1 })[severity ?? ''] ?? 0;
  const findings = [...result.findings].sort((a, b) => Number(b.failing) - Number(a.failing) || rank(b.severity) - rank(a.severity));
  sections.push(
    ...list('Security findings', findings, cap, (finding) => {
      const where = finding.file === undefined ? '' : ` ${inlineCode(clipLine(`${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}`, ITEM_TEXT_LIMIT))}`;
      const grade = finding.severity !== undefined ? finding.severity.toUpperCase() : (finding.level ?? '');
      const rule = clipLine(finding.rule, ITEM_TEXT_LIMIT);
      // A link only to a plain https URL: nothing in it may end the Markdown link early.
      const link = finding.url !== undefined && /^https:\/\/[^\s()<>[\]`]+$/.test(finding.url) && finding.url.length <= 2000 ? ` ([${escapeMarkdown(rule || 'rule')}](${finding.url}))` : rule ? ` ${inlineCode(rule)}` : '';
      return `- ${finding.failing ? '❌' : '⚠️'} ${grade} ${escapeMarkdown(clipLine(finding.tool, ITEM_TEXT_LIMIT))}${link}${where}: ${escapeMarkdown(clipLine(finding.message, ITEM_TEXT_LIMIT))}`;
    }),
  );
  if (result.vulnerabilities.length > 0) {
    const shown = cap === 0 ? [] : result.vulnerabilities.slice(0, cap);
    const rows = shown.map((v) => [
      inlineCode(clipLine(v.package, ITEM_TEXT_LIMIT)),
      inlineCode(clipLine(v.version, ITEM_TEXT_LIMIT)),
      escapeMarkdown(clipLine(`${v.id}${v.aliases.length > 0 ? ` (${v.aliases.join(', ')})` : ''}`, ITEM_TEXT_LIMIT)),
      v.fixVersions.length > 0 ? clipLine(v.fixVersions.map(inlineCode).join(', '), ITEM_TEXT_LIMIT) : 'no fix yet',
      v.ignored ? 'ignored' : '❌',
    ]);
    sections.push(`### Vulnerabilities\n\n${rows.length > 0 ? renderTable(['Package', 'Version', 'Vulnerability', 'Fixed in', ''], rows) : ''}${more(result.vulnerabilities.length, shown.length)}`.trimEnd());
  }
  const lintErrors = result.lint.filter((diagnostic) => diagnostic.severity === 'error');
  sections.push(
    ...list('Lint errors', lintErrors, cap, (d) => `- ${escapeMarkdown(d.tool)}${d.code !== undefined ? ` ${inlineCode(clipLine(d.code, ITEM_TEXT_LIMIT))}` : ''}${d.file !== undefined ? ` ${inlineCode(clipLine(`${d.file}${d.line === undefined ? '' : `:${d.line}`}`, ITEM_TEXT_LIMIT))}` : ''}: ${escapeMarkdown(clipLine(d.message, ITEM_TEXT_LIMIT))}`),
  );
  sections.push(
    ...list('Benchmark regressions', result.benchmarkRegressions, cap, renderRegression),
  );
  if (result.notes.length > 0) sections.push(...list('Notes', result.notes, cap, (note) => `- ${escapeMarkdown(clipLine(note, ITEM_TEXT_LIMIT))}`));
  return `${sections.join('\n\n')}\n`;
}

function list<T>(heading: string, items: readonly T[], cap: number, render: (item: T) => string): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, cap);
  const body = shown.map(render).join('\n');
  return [`### ${heading}\n\n${body}${more(items.length, shown.length)}`.replace(/\n\n$/, '')];
}

function more(total: number, shown: number): string {
  if (total <= shown) return '';
  return `${shown > 0 ? '\n' : ''}- … and ${total - shown} more (every one is in the \`report\` output)`;
}

function renderTest(test: ListedTest): string {
  const where = test.file !== undefined ? ` at ${inlineCode(`${clipLine(test.file, ITEM_TEXT_LIMIT)}${test.line !== undefined ? `:${test.line}` : ''}`)}` : '';
  const id = inlineCode(clipLine(`${test.classname}${test.classname !== '' ? '::' : ''}${test.name}`, ITEM_TEXT_LIMIT));
  const suite = test.suite !== undefined ? ` (${escapeMarkdown(test.suite)})` : '';
  const icon = test.flaky ? '🔁' : test.outcome === 'errored' ? '💥' : '❌';
  const message = test.message !== undefined ? `: ${escapeMarkdown(firstLine(test.message))}` : '';
  const attempts = test.failedAttempts > 0 ? ` — ${test.failedAttempts} failed attempt(s)` : '';
  return `- ${icon} ${id}${suite}${where}${message}${attempts}`;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** `3, 5-7, 10`: line numbers as ranges. */
export function formatLineRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const line of lines) {
    if (start !== undefined && previous !== undefined && line === previous + 1) {
      previous = line;
      continue;
    }
    if (start !== undefined) parts.push(start === previous ? String(start) : `${start}–${previous}`);
    start = line;
    previous = line;
  }
  if (start !== undefined) parts.push(start === previous ? String(start) : `${start}–${previous}`);
  return parts.join(', ');
}

/** `` - `test_parse`: +25.0% (1.00 ms → 1.25 ms) ``, in the report's unit (`s`, `ops/s` or a custom entry's), as benchmark-compare shows it. */
function renderRegression(comparison: BenchmarkComparison): string {
  const unit = comparison.unit ?? 's';
  const value = (v: number): string => formatBenchmarkValue(v, parseUnit(unit).quantity, unit);
  const change = comparison.change !== undefined ? formatPercent(comparison.change, true) : 'slower';
  const values = comparison.baseline !== undefined && comparison.current !== undefined ? ` (${value(comparison.baseline)} → ${value(comparison.current)})` : '';
  return `- ${inlineCode(clipLine(comparison.name, ITEM_TEXT_LIMIT))}: ${change}${escapeMarkdown(values)}`;
}
