import type { BenchmarkComparison, BenchmarkReport } from '../benchmark/benchmark-report.js';
import { formatPercent } from '../benchmark/benchmark-units.js';
import type { ApprovalCount } from '../github/pull-request-reviews.js';
import type { CoverageReport, CoverageTotals } from './coverage/coverage-model.js';
import { displayCovered, meetsPercent, mergeCoverage, percentCovered, ratioCovered, totalCoverage } from './coverage/coverage-model.js';
import type { ChangedLines, DiffCoverage } from './coverage/diff-coverage.js';
import { computeDiffCoverage } from './coverage/diff-coverage.js';
import type { LintDiagnostic, SecurityFinding, Severity, Vulnerability } from './findings/finding-types.js';
import { SEVERITIES } from './findings/finding-types.js';
import type { JunitReport, TestDetail, TestOutcome } from './read-junit.js';
import { TestCodeTable } from './test-code-table.js';
import { FLAKY_BIT, OUTCOME_CODES, outcomeOf } from './read-junit.js';

/** Everything the gate read, grouped as the inputs gave it. Absent: the input was not given. */
export interface GateReports {
  /** `junit` (suite undefined) and each `test-suites` suite, with the reports its globs matched. */
  readonly testSuites: readonly { readonly name: string | undefined; readonly reports: readonly JunitReport[] }[];
  readonly coverage?: readonly CoverageReport[];
  /** The changed lines for diff coverage, and the base they were taken against; a string: why there are none. */
  readonly changes?: { readonly base: string; readonly lines: ChangedLines } | string;
  readonly bandit?: readonly { readonly findings: readonly SecurityFinding[]; readonly errors: readonly { filename: string; reason: string }[] }[];
  readonly pipAudit?: readonly { readonly vulnerabilities: readonly Vulnerability[]; readonly skipped: readonly string[] }[];
  readonly sarif?: readonly { readonly results: readonly SecurityFinding[] }[];
  readonly lint?: readonly (readonly LintDiagnostic[])[];
  readonly benchmark?: readonly BenchmarkReport[];
  /** The pull request's approvals, or why they could not be counted. */
  readonly approvals?: { readonly pullRequest: number; readonly count: ApprovalCount } | string;
}

/** The thresholds, from the inputs and the preset. */
export interface GateThresholds {
  /** Percent per suite (the `junit` suite's name is undefined). */
  readonly minPassRate: (suite: string | undefined) => number;
  readonly minCoverage?: number;
  readonly minDiffCoverage?: number;
  readonly banditSeverity: Severity;
  readonly ignoreVulns: readonly string[];
  readonly minApprovals?: number;
  /** Gates with no reports to judge because a glob matched nothing and `if-no-files` allows that: shown as not checked. */
  readonly notChecked?: readonly { readonly gate: string; readonly reason: string }[];
  /** Gates the preset checks whose reports were not given at all: they fail. */
  readonly withoutReports?: readonly { readonly gate: string; readonly threshold: string; readonly reason: string }[];
}

export type GateStatus = 'pass' | 'fail' | 'not checked';

/** One row of the verdict: a gate, its threshold, what was measured, and the result. */
export interface GateRow {
  readonly id: string;
  readonly gate: string;
  /** The threshold and the measure as the summary shows them. */
  readonly threshold: string;
  readonly actual: string;
  readonly status: GateStatus;
  /** What `value`, `min` and `max` count: a percent (unrounded) or a number of things. */
  readonly unit?: 'percent' | 'count';
  /** The measure, when there is one (none when no test ran or no report was read). */
  readonly value?: number;
  /** The threshold: the value must be at least `min`, or at most `max`. */
  readonly min?: number;
  readonly max?: number;
}

/** Test counts, unique tests merged over every report. */
export interface TestTotals {
  readonly tests: number;
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
  readonly skipped: number;
  readonly flaky: number;
  /** passed / (passed + failed + errored), in percent; undefined when no test ran. */
  readonly passRate: number | undefined;
}

/** A test that failed or errored, or was flaky, as the summary lists it. */
export interface ListedTest extends TestDetail {
  readonly suite: string | undefined;
  readonly outcome: TestOutcome;
  readonly flaky: boolean;
}

/** The verdict and everything behind it (the action's `report` output is this, as JSON). */
export interface GateResult {
  readonly passed: boolean;
  readonly rows: readonly GateRow[];
  readonly tests: TestTotals;
  readonly suites: readonly { readonly name: string | undefined; readonly totals: TestTotals; readonly reports: number }[];
  readonly failingTests: readonly ListedTest[];
  readonly flakyTests: readonly ListedTest[];
  readonly coverage?: CoverageTotals & { readonly percent: number; readonly display: string; readonly reports: number };
  readonly diffCoverage?: DiffCoverage & { readonly percent: number };
  readonly findings: readonly (SecurityFinding & { readonly failing: boolean })[];
  readonly vulnerabilities: readonly (Vulnerability & { readonly ignored: boolean })[];
  readonly lint: readonly LintDiagnostic[];
  readonly benchmarkRegressions: readonly BenchmarkComparison[];
  readonly approvals?: { readonly pullRequest: number; readonly count: ApprovalCount };
  /** Things worth saying that are no gate (files bandit could not scan, skipped dependencies, ...). */
  readonly notes: readonly string[];
}

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 };

/**
 * Pure: the verdict. Tests are merged over every report by id (class, name and file): a test
 * with results in several reports is errored if any errored, else failed if any failed, else
 * passed if any passed, else skipped. Each suite's pass rate is passed / (passed + failed +
 * errored) and must reach its threshold exactly (never rounded up); a suite where no test ran
 * fails. Coverage is merged by file and line and totalled as coverage.py does; diff coverage as
 * diff-cover does; findings, vulnerabilities, lint errors and benchmark regressions fail.
 */
export function evaluateGate(reports: GateReports, thresholds: GateThresholds): GateResult {
  const rows: GateRow[] = [];
  const notes: string[] = [];

  // --- Tests -------------------------------------------------------------------------------
  const allSuites = new Map<string, number>();
  let all: ReadonlyMap<string, number> = allSuites;
  const allDetails = new Map<string, TestDetail & { suite: string | undefined }>();
  const suites: GateResult['suites'][number][] = [];
  const allCounted: number[] = [];
  for (const suite of reports.testSuites) {
    const merged = mergeTests(suite.reports);
    allCounted.push(...merged.counted);
    const totals = countTests(merged.codes, merged.counted);
    suites.push({ name: suite.name, totals, reports: suite.reports.length });
    if (reports.testSuites.length === 1) all = merged.codes;
    else for (const [id, code] of merged.codes) allSuites.set(id, allSuites.has(id) ? mergeCodes(allSuites.get(id) as number, code) : code);
    for (const [id, detail] of merged.details) if (!allDetails.has(id)) allDetails.set(id, { ...detail, suite: suite.name });
    const threshold = thresholds.minPassRate(suite.name);
    const executed = totals.passed + totals.failed + totals.errored;
    const label = suite.name === undefined ? 'Tests' : `Suite ${suite.name}`;
    if (executed === 0) {
      rows.push({ id: `tests:${suite.name ?? ''}`, gate: label, threshold: `≥ ${threshold}% passed`, actual: totals.skipped > 0 ? `no test ran (${totals.skipped} skipped)` : 'no tests', status: 'fail', unit: 'percent', min: threshold });
    } else {
      const ok = meetsPercent(totals.passed, executed, threshold);
      rows.push({
        id: `tests:${suite.name ?? ''}`,
        gate: label,
        threshold: `≥ ${threshold}% passed`,
        actual: `${formatCoveragePercent(totals.passRate ?? 0, threshold, ok)}% (${totals.passed}/${executed}${totals.failed + totals.errored > 0 ? `; ${totals.failed} failed, ${totals.errored} errored` : ''})`,
        status: ok ? 'pass' : 'fail',
        unit: 'percent',
        value: totals.passRate ?? 0,
        min: threshold,
      });
    }
  }
  const tests = countTests(all, allCounted);
  const listed = [...allDetails].map(([id, detail]): ListedTest => {
    const code = all.get(id) ?? 0;
    return { ...detail, outcome: outcomeOf(code), flaky: (code & FLAKY_BIT) !== 0 && (code & 3) === OUTCOME_CODES.passed };
  });
  const failingTests = sortTests(listed.filter((test) => test.outcome === 'errored' || test.outcome === 'failed'));
  const flakyTests = sortTests(listed.filter((test) => test.flaky));

  // --- Coverage ------------------------------------------------------------------------------
  let coverage: GateResult['coverage'];
  let diffCoverage: GateResult['diffCoverage'];
  if (reports.coverage !== undefined) {
    const merged = mergeCoverage(reports.coverage);
    const branchData = reports.coverage.some((report) => report.branchData);
    const totals = totalCoverage(merged.values(), branchData);
    const percent = percentCovered(totals);
    coverage = { ...totals, percent, display: displayCovered(percent, 2), reports: reports.coverage.length };
    if (totals.approximateBranchPoints > 0) {
      notes.push(`${totals.approximateBranchPoints} branch point(s) were merged by their best report: those reports do not name the exits they missed, so the merged branch total is a lower bound.`);
    }
    if (thresholds.minCoverage !== undefined) {
      const { numerator, denominator } = ratioCovered(totals);
      const ok = totals.statements > 0 && meetsPercent(numerator, denominator, thresholds.minCoverage);
      rows.push({
        id: 'coverage',
        gate: 'Coverage',
        threshold: `≥ ${thresholds.minCoverage}%`,
        actual: totals.statements === 0 ? 'no statements measured' : `${formatCoveragePercent(percent, thresholds.minCoverage, ok)}% (${describeCounts(totals)})`,
        status: ok ? 'pass' : 'fail',
        unit: 'percent',
        ...(totals.statements > 0 ? { value: percent } : {}),
        min: thresholds.minCoverage,
      });
    } else {
      rows.push({ id: 'coverage', gate: 'Coverage', threshold: 'reported', actual: `${coverage.display}% (${describeCounts(totals)})`, status: 'pass', unit: 'percent', value: percent });
    }
    if (thresholds.minDiffCoverage !== undefined) {
      if (typeof reports.changes === 'string' || reports.changes === undefined) {
        rows.push({ id: 'diff-coverage', gate: 'Diff coverage', threshold: `≥ ${thresholds.minDiffCoverage}%`, actual: reports.changes ?? 'no base to compare with', status: 'not checked', unit: 'percent', min: thresholds.minDiffCoverage });
      } else {
        const diff = computeDiffCoverage(reports.changes.base, reports.changes.lines, merged);
        // diff-cover: 100% when no changed line is measured.
        const percent = diff.measured === 0 ? 100 : (100 * diff.covered) / diff.measured;
        diffCoverage = { ...diff, percent };
        const ok = diff.measured === 0 || meetsPercent(diff.covered, diff.measured, thresholds.minDiffCoverage);
        rows.push({
          id: 'diff-coverage',
          gate: 'Diff coverage',
          threshold: `≥ ${thresholds.minDiffCoverage}%`,
          actual: diff.measured === 0 ? `no changed statements since ${diff.base}` : `${formatCoveragePercent(percent, thresholds.minDiffCoverage, ok)}% (${diff.covered}/${diff.measured} changed lines since ${diff.base})`,
          status: ok ? 'pass' : 'fail',
          unit: 'percent',
          value: percent,
          min: thresholds.minDiffCoverage,
        });
      }
    }
  }

  // --- Security -------------------------------------------------------------------------------
  const findings: (SecurityFinding & { failing: boolean })[] = [];
  if (reports.bandit !== undefined) {
    const bandit = reports.bandit.flatMap((report) => report.findings);
    const failing = bandit.filter((finding) => RANK[finding.severity ?? 'low'] >= RANK[thresholds.banditSeverity]);
    findings.push(...bandit.map((finding) => ({ ...finding, failing: RANK[finding.severity ?? 'low'] >= RANK[thresholds.banditSeverity] })));
    const bySeverity = SEVERITIES.map((severity) => `${bandit.filter((f) => f.severity === severity).length} ${severity}`).reverse().join(', ');
    rows.push({ id: 'bandit', gate: 'Security (bandit)', threshold: `no finding ≥ ${thresholds.banditSeverity}`, actual: `${failing.length} at or above ${thresholds.banditSeverity} (${bySeverity})`, status: failing.length === 0 ? 'pass' : 'fail', unit: 'count', value: failing.length, max: 0 });
    for (const report of reports.bandit) for (const error of report.errors) notes.push(`bandit could not scan ${error.filename}: ${error.reason}`);
  }
  if (reports.sarif !== undefined) {
    const results = reports.sarif.flatMap((report) => report.results);
    const errors = results.filter((result) => result.level === 'error');
    findings.push(...results.map((result) => ({ ...result, failing: result.level === 'error' })));
    rows.push({ id: 'sarif', gate: 'SARIF', threshold: 'no error-level result', actual: `${errors.length} error, ${results.filter((r) => r.level === 'warning').length} warning, ${results.filter((r) => r.level === 'note').length} note`, status: errors.length === 0 ? 'pass' : 'fail', unit: 'count', value: errors.length, max: 0 });
  }
  const vulnerabilities: (Vulnerability & { ignored: boolean })[] = [];
  if (reports.pipAudit !== undefined) {
    const ignore = new Set(thresholds.ignoreVulns.map((id) => id.toUpperCase()));
    for (const report of reports.pipAudit) {
      for (const vulnerability of report.vulnerabilities) {
        vulnerabilities.push({ ...vulnerability, ignored: [vulnerability.id, ...vulnerability.aliases].some((id) => ignore.has(id.toUpperCase())) });
      }
      for (const skipped of report.skipped) notes.push(`pip-audit did not audit ${skipped}`);
    }
    const counted = vulnerabilities.filter((v) => !v.ignored);
    const ignored = vulnerabilities.length - counted.length;
    rows.push({ id: 'pip-audit', gate: 'Vulnerabilities (pip-audit)', threshold: 'none known', actual: `${counted.length} in ${new Set(counted.map((v) => v.package)).size} package(s)${ignored > 0 ? ` (${ignored} ignored)` : ''}`, status: counted.length === 0 ? 'pass' : 'fail', unit: 'count', value: counted.length, max: 0 });
  }

  // --- Lint -------------------------------------------------------------------------------------
  const lint = reports.lint?.flat() ?? [];
  if (reports.lint !== undefined) {
    const errors = lint.filter((diagnostic) => diagnostic.severity === 'error');
    const tools = [...new Set(lint.map((d) => d.tool))].join(', ');
    rows.push({ id: 'lint', gate: `Lint${tools ? ` (${tools})` : ''}`, threshold: 'no errors', actual: `${errors.length} error(s), ${lint.filter((d) => d.severity === 'warning').length} warning(s)`, status: errors.length === 0 ? 'pass' : 'fail', unit: 'count', value: errors.length, max: 0 });
  }

  // --- Benchmarks ------------------------------------------------------------------------------
  const benchmarkRegressions = (reports.benchmark ?? []).flatMap((report) => report.comparisons.filter((comparison) => comparison.verdict === 'regression'));
  if (reports.benchmark !== undefined) {
    const worst = Math.max(0, ...(reports.benchmark ?? []).map((report) => report.maxRegression));
    rows.push({
      id: 'benchmark',
      gate: 'Benchmarks',
      threshold: 'no regression',
      actual: benchmarkRegressions.length === 0 ? `${reports.benchmark.reduce((sum, report) => sum + report.comparisons.length, 0)} compared, no regression` : `${benchmarkRegressions.length} regression(s), worst ${formatPercent(worst / 100, true)}`,
      status: benchmarkRegressions.length === 0 && reports.benchmark.every((report) => report.regressions === 0) ? 'pass' : 'fail',
      unit: 'count',
      value: Math.max(benchmarkRegressions.length, reports.benchmark.reduce((sum, report) => sum + report.regressions, 0)),
      max: 0,
    });
  }

  // --- Approvals -------------------------------------------------------------------------------
  let approvals: GateResult['approvals'];
  if (thresholds.minApprovals !== undefined) {
    if (typeof reports.approvals === 'object') {
      approvals = reports.approvals;
      const { count } = reports.approvals;
      rows.push({
        id: 'approvals',
        gate: 'Approvals',
        threshold: `≥ ${thresholds.minApprovals}`,
        actual: `${count.approvals} on #${reports.approvals.pullRequest}${count.approvers.length > 0 ? ` (${count.approvers.join(', ')})` : ''}${count.changesRequested.length > 0 ? `; changes requested by ${count.changesRequested.join(', ')}` : ''}`,
        status: count.approvals >= thresholds.minApprovals ? 'pass' : 'fail',
        unit: 'count',
        value: count.approvals,
        min: thresholds.minApprovals,
      });
    } else {
      rows.push({ id: 'approvals', gate: 'Approvals', threshold: `≥ ${thresholds.minApprovals}`, actual: reports.approvals ?? 'no pull request', status: 'fail', unit: 'count', min: thresholds.minApprovals });
    }
  }
  for (const { gate, threshold, reason } of thresholds.withoutReports ?? []) rows.push({ id: `no-reports:${gate.toLowerCase()}`, gate, threshold, actual: reason, status: 'fail' });
  for (const { gate, reason } of thresholds.notChecked ?? []) rows.push({ id: `not-checked:${gate}`, gate: capitalize(gate), threshold: '', actual: reason, status: 'not checked' });

  return {
    passed: rows.every((row) => row.status !== 'fail'),
    rows,
    tests,
    suites,
    failingTests,
    flakyTests,
    ...(coverage !== undefined ? { coverage } : {}),
    ...(diffCoverage !== undefined ? { diffCoverage } : {}),
    findings,
    vulnerabilities,
    lint,
    benchmarkRegressions,
    ...(approvals !== undefined ? { approvals } : {}),
    notes,
  };
}

/** Merges one suite's reports: codes by test id, the details of the first report that has them, and counted suites. */
function mergeTests(reports: readonly JunitReport[]): { codes: ReadonlyMap<string, number>; details: Map<string, TestDetail>; counted: readonly number[] } {
  if (reports.length === 1) {
    const [only] = reports as [JunitReport];
    return { codes: only.tests, details: only.details, counted: countedCodes(only) };
  }
  // Matrix legs mostly hold the same tests with the same outcome: start from the first leg, and
  // write only what a later leg changes.
  const codes = TestCodeTable.from(reports[0]?.tests ?? []);
  const details = new Map<string, TestDetail>();
  // Suites with counts only: by suite name, position by position (errors first, then failures, passes, skips).
  const countedBySuite = new Map<string, number[]>();
  for (const [index, report] of reports.entries()) {
    if (index > 0) codes.mergeFrom(report.tests, mergeCodes);
    for (const suite of report.countedSuites) {
      const positions = suiteCodes(suite);
      const earlier = countedBySuite.get(suite.name);
      if (earlier === undefined) countedBySuite.set(suite.name, positions);
      else for (let i = 0; i < Math.max(earlier.length, positions.length); i++) earlier[i] = i >= earlier.length ? (positions[i] as number) : i >= positions.length ? (earlier[i] as number) : mergeCodes(earlier[i] as number, positions[i] as number);
    }
  }
  // The detail shown is that of the first report whose outcome is the merged one (its failure message).
  const chosen = new Map<string, boolean>();
  for (const report of reports) {
    for (const [id, detail] of report.details) {
      const matches = ((report.tests.get(id) ?? 0) & 3) === ((codes.get(id) ?? 0) & 3);
      if (!details.has(id) || (matches && chosen.get(id) !== true)) {
        details.set(id, detail);
        chosen.set(id, matches);
      }
    }
  }
  return { codes, details, counted: [...countedBySuite.values()].flat() };
}

function countedCodes(report: JunitReport): number[] {
  return report.countedSuites.flatMap(suiteCodes);
}

function suiteCodes(suite: JunitReport['countedSuites'][number]): number[] {
  const passed = Math.max(0, suite.tests - suite.failed - suite.errored - suite.skipped);
  return [
    ...Array<number>(suite.errored).fill(OUTCOME_CODES.errored),
    ...Array<number>(suite.failed).fill(OUTCOME_CODES.failed),
    ...Array<number>(passed).fill(OUTCOME_CODES.passed),
    ...Array<number>(suite.skipped).fill(OUTCOME_CODES.skipped),
  ];
}

/** Errored over failed over passed over skipped; a flaky pass stays flaky only if the merge passes. */
export function mergeCodes(a: number, b: number): number {
  const outcomeA = a & 3;
  const outcomeB = b & 3;
  const rank = (outcome: number): number => (outcome === OUTCOME_CODES.skipped ? -1 : outcome);
  const outcome = rank(outcomeA) >= rank(outcomeB) ? outcomeA : outcomeB;
  const flaky = outcome === OUTCOME_CODES.passed && ((a | b) & FLAKY_BIT) !== 0 ? FLAKY_BIT : 0;
  return outcome | flaky;
}

function countTests(codes: ReadonlyMap<string, number>, counted: readonly number[]): TestTotals {
  let passed = 0;
  let failed = 0;
  let errored = 0;
  let skipped = 0;
  let flaky = 0;
  const add = (code: number): void => {
    switch (code & 3) {
      case OUTCOME_CODES.passed:
        passed++;
        if ((code & FLAKY_BIT) !== 0) flaky++;
        break;
      case OUTCOME_CODES.failed:
        failed++;
        break;
      case OUTCOME_CODES.errored:
        errored++;
        break;
      default:
        skipped++;
    }
  };
  for (const code of codes.values()) add(code);
  for (const code of counted) add(code);
  const executed = passed + failed + errored;
  return { tests: passed + failed + errored + skipped, passed, failed, errored, skipped, flaky, passRate: executed === 0 ? undefined : (100 * passed) / executed };
}

/** Errors first, then by file, line, class and name; each test's sort key is built once, not per comparison. */
function sortTests(tests: readonly ListedTest[]): ListedTest[] {
  const keyed = tests.map((test) => ({ test, key: `${test.outcome === 'errored' ? 0 : 1}${test.file ?? ''}\u0000${String(test.line ?? 0).padStart(8, '0')}\u0000${test.classname}\u0000${test.name}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ test }) => test);
}

/**
 * A percent for the verdict table: coverage.py's display rule at 2 digits, with more digits
 * where rounding would make a failing value look like the threshold (79.996 against 80).
 */
export function formatCoveragePercent(value: number, threshold: number, ok: boolean): string {
  for (let precision = 2; precision <= 6; precision++) {
    const shown = displayCovered(value, precision);
    if (ok || Number(shown) < threshold) return shown;
  }
  return displayCovered(value, 6);
}

function describeCounts(totals: CoverageTotals): string {
  const statements = `${totals.statements - totals.missing}/${totals.statements} statements`;
  return totals.branchData ? `${statements}, ${totals.coveredBranches}/${totals.branches} branches` : statements;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
