import { InputError } from '../errors.js';
import type { InputSource } from '../inputs/parse-input.js';
import { parseBooleanInput, parseChoiceInput } from '../inputs/parse-input.js';
import type { PathContext } from '../inputs/repository-path.js';
import { parseRepositoryPath } from '../inputs/repository-path.js';
import type { Severity } from './findings/finding-types.js';
import { SEVERITIES } from './findings/finding-types.js';

/** The defaults of every input, as action.yml declares them (a test keeps the two equal). */
export const QUALITY_GATE_DEFAULTS: Readonly<Record<string, string>> = {
  preset: '',
  junit: '',
  'min-pass-rate': '',
  'test-suites': '',
  coverage: '',
  'min-coverage': '',
  'min-diff-coverage': '',
  'base-ref': '',
  bandit: '',
  'bandit-severity': 'high',
  'pip-audit': '',
  'ignore-vulns': '',
  sarif: '',
  lint: '',
  benchmark: '',
  'min-approvals': '',
  'if-no-files': 'error',
  fail: 'true',
  'comment-on-pr': 'false',
  'github-token': '${{ github.token }}',
};

export const PRESETS = ['staging', 'production'] as const;
export type Preset = (typeof PRESETS)[number];

/** What each preset sets; an input given explicitly wins. */
const PRESET_VALUES: Readonly<Record<Preset, { readonly minPassRate: number; readonly minCoverage?: number; readonly banditSeverity: Severity; readonly noVulnerabilities: true; readonly noBenchmarkRegression: boolean }>> = {
  staging: { minPassRate: 100, banditSeverity: 'high', noVulnerabilities: true, noBenchmarkRegression: false },
  production: { minPassRate: 95, minCoverage: 80, banditSeverity: 'high', noVulnerabilities: true, noBenchmarkRegression: true },
};

/** A test suite of its own: its reports and its threshold. */
export interface TestSuiteSetting {
  readonly name: string;
  readonly patterns: readonly string[];
  /** Percent: the line's `>= N%`, else `min-pass-rate` (or the preset's, or 100). */
  readonly minPassRate: number;
}

/** Every input of quality-gate, parsed once and checked. */
export interface QualityGateSettings {
  readonly preset: Preset | undefined;
  readonly junit: readonly string[];
  readonly minPassRate: number;
  readonly testSuites: readonly TestSuiteSetting[];
  readonly coverage: readonly string[];
  readonly minCoverage: number | undefined;
  readonly minDiffCoverage: number | undefined;
  readonly baseRef: string | undefined;
  readonly bandit: readonly string[];
  readonly banditSeverity: Severity;
  readonly pipAudit: readonly string[];
  readonly ignoreVulns: readonly string[];
  readonly sarif: readonly string[];
  readonly lint: readonly string[];
  /** benchmark-compare reports: a regression fails whenever they are given. */
  readonly benchmark: readonly string[];
  readonly minApprovals: number | undefined;
  readonly ifNoFiles: 'error' | 'warn' | 'ignore';
  readonly fail: boolean;
  readonly commentOnPr: boolean;
  /**
   * Gates the preset asks for whose reports were not given: each fails, as no tests where tests
   * were asked for fail (issue 9), since a deployment gate that cannot see a report cannot vouch for it.
   */
  readonly presetWithoutReports: readonly PresetGateWithoutReports[];
}

/** A gate the preset checks, with no input that gives it reports. */
export interface PresetGateWithoutReports {
  readonly gate: string;
  /** The inputs that would give it reports. */
  readonly inputs: readonly string[];
  readonly threshold: string;
  /**
   * Shown as not checked, with a warning, instead of failing. Benchmarks only: every Python project
   * has tests, coverage, a security scan and dependencies to audit, not every one has benchmarks, and
   * benchmark-compare's report comes from a workflow of its own (see the templates' README).
   */
  readonly optional?: true;
}

/** Globs one a line (`!` excludes); blank lines and `#` comments dropped. */
export function parseGlobList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Report globs, by the rule every path input follows (`parseRepositoryPath`): relative to the
 * workspace or absolute inside it (made relative), never through `..`, never into `.git`. A
 * leading `!` (an exclusion, as @actions/glob reads it) is kept.
 * @throws InputError naming the input and the pattern.
 */
export function parseGlobInput(name: string, raw: string, context: PathContext = {}): string[] {
  return parseGlobList(raw).map((line) => checkGlob(name, line, context));
}

function checkGlob(name: string, pattern: string, context: PathContext): string {
  const negation = /^!*/.exec(pattern)?.[0] ?? '';
  return `${negation}${parseRepositoryPath(name, pattern.slice(negation.length), context)}`;
}

/** A percent between 0 and 100 (`95`, `95%`, `99.5`). */
export function parsePercentInput(name: string, raw: string): number {
  const value = raw.trim().replace(/%$/, '').trim();
  if (!/^\d+(?:\.\d+)?$/.test(value) || Number(value) > 100) throw new InputError(name, raw, 'it must be a percent between 0 and 100, e.g. 80 or 99.5');
  return Number(value);
}

/**
 * `test-suites`: one suite a line, `name: glob [glob ...] [>= N%]` (globs separated by spaces or
 * commas; `!glob` excludes). Without `>= N%` the suite takes `min-pass-rate`.
 */
export function parseTestSuites(raw: string, fallback: number, context: PathContext = {}): TestSuiteSetting[] {
  const suites: TestSuiteSetting[] = [];
  for (const line of parseGlobList(raw)) {
    const match = /^([^:]+?)\s*:\s*(.+?)(?:\s*>=\s*(\d+(?:\.\d+)?)\s*%?)?$/.exec(line);
    const patterns = match?.[2]?.split(/[\s,]+/).filter((pattern) => pattern !== '') ?? [];
    // A threshold that did not parse (`>= 95 percent`, `> 95%`) would otherwise be read as globs.
    if (!match?.[1] || patterns.length === 0 || patterns.some((pattern) => /^[<>=]/.test(pattern))) {
      throw new InputError('test-suites', line, 'each line must be `name: glob >= N%`, e.g. `unit: reports/unit-*.xml >= 100%`');
    }
    if (suites.some((suite) => suite.name === match[1])) throw new InputError('test-suites', line, `suite names must be unique ('${match[1]}' is given twice)`);
    const minPassRate = match[3] === undefined ? fallback : parsePercentInput('test-suites', match[3]);
    suites.push({ name: match[1], patterns: patterns.map((pattern) => checkGlob('test-suites', pattern, context)), minPassRate });
  }
  return suites;
}

/**
 * Reads and checks every input (not the token: main.ts reads it and never passes it on).
 * `context.workspace` is where absolute report globs must lie.
 */
export function parseQualityGateSettings(source: InputSource, context: PathContext = {}): QualityGateSettings {
  const read = (name: string): string => source(name).trim();
  const presetRaw = read('preset');
  const preset = presetRaw === '' ? undefined : parseChoiceInput('preset', presetRaw, PRESETS);
  const values = preset === undefined ? undefined : PRESET_VALUES[preset];

  const junit = parseGlobInput('junit', source('junit'), context);
  const minPassRateRaw = read('min-pass-rate');
  const minPassRate = minPassRateRaw !== '' ? parsePercentInput('min-pass-rate', minPassRateRaw) : (values?.minPassRate ?? 100);
  const testSuites = parseTestSuites(source('test-suites'), minPassRate, context);
  if (minPassRateRaw !== '' && junit.length === 0 && testSuites.length === 0) {
    throw new InputError('min-pass-rate', minPassRateRaw, 'it needs test reports: give them in `junit` or `test-suites`');
  }

  const coverage = parseGlobInput('coverage', source('coverage'), context);
  const minCoverageRaw = read('min-coverage');
  const minCoverage = minCoverageRaw !== '' ? parsePercentInput('min-coverage', minCoverageRaw) : values?.minCoverage;
  if (minCoverageRaw !== '' && coverage.length === 0) throw new InputError('min-coverage', minCoverageRaw, 'it needs coverage reports: give them in `coverage`');
  const minDiffRaw = read('min-diff-coverage');
  const minDiffCoverage = minDiffRaw === '' ? undefined : parsePercentInput('min-diff-coverage', minDiffRaw);
  if (minDiffCoverage !== undefined && coverage.length === 0) throw new InputError('min-diff-coverage', minDiffRaw, 'it needs coverage reports: give them in `coverage`');
  const baseRef = read('base-ref') === '' ? undefined : read('base-ref');
  if (baseRef !== undefined && (baseRef.startsWith('-') || /[\s~^:?*[\\]|\.\./.test(baseRef))) {
    throw new InputError('base-ref', baseRef, 'it must be a branch, tag or commit (e.g. origin/main)');
  }

  const bandit = parseGlobInput('bandit', source('bandit'), context);
  const banditSeverity = parseChoiceInput('bandit-severity', read('bandit-severity') || (values?.banditSeverity ?? 'high'), SEVERITIES);
  const approvalsRaw = read('min-approvals');
  if (approvalsRaw !== '' && !/^\d+$/.test(approvalsRaw)) throw new InputError('min-approvals', approvalsRaw, 'it must be a whole number, e.g. 1');

  const pipAudit = parseGlobInput('pip-audit', source('pip-audit'), context);
  const sarif = parseGlobInput('sarif', source('sarif'), context);
  const lint = parseGlobInput('lint', source('lint'), context);
  const benchmark = parseGlobInput('benchmark', source('benchmark'), context);
  const presetWithoutReports: PresetGateWithoutReports[] = [];
  if (values !== undefined) {
    if (junit.length === 0 && testSuites.length === 0) presetWithoutReports.push({ gate: 'Tests', inputs: ['junit', 'test-suites'], threshold: `≥ ${minPassRate}% passed` });
    if (minCoverage !== undefined && coverage.length === 0) presetWithoutReports.push({ gate: 'Coverage', inputs: ['coverage'], threshold: `≥ ${minCoverage}%` });
    // bandit's JSON or any SARIF (bandit's, semgrep's, CodeQL's) shows the security findings.
    if (bandit.length === 0 && sarif.length === 0) presetWithoutReports.push({ gate: 'Security', inputs: ['bandit', 'sarif'], threshold: `no finding ≥ ${banditSeverity}` });
    if (values.noVulnerabilities && pipAudit.length === 0) presetWithoutReports.push({ gate: 'Vulnerabilities', inputs: ['pip-audit'], threshold: 'none known' });
    if (values.noBenchmarkRegression && benchmark.length === 0) presetWithoutReports.push({ gate: 'Benchmarks', inputs: ['benchmark'], threshold: 'no regression', optional: true });
  }
  const minApprovals = approvalsRaw === '' ? undefined : Number(approvalsRaw);
  const settings: QualityGateSettings = {
    preset,
    junit,
    minPassRate,
    testSuites,
    coverage,
    minCoverage,
    minDiffCoverage,
    baseRef,
    bandit,
    banditSeverity,
    pipAudit,
    ignoreVulns: read('ignore-vulns').split(/[\s,]+/).filter((id) => id !== ''),
    sarif,
    lint,
    benchmark,
    minApprovals,
    ifNoFiles: parseChoiceInput('if-no-files', read('if-no-files') || 'error', ['error', 'warn', 'ignore'] as const),
    fail: parseBooleanInput('fail', read('fail') || 'true'),
    commentOnPr: parseBooleanInput('comment-on-pr', read('comment-on-pr') || 'false'),
    presetWithoutReports,
  };
  if (preset === undefined && minApprovals === undefined && [junit, testSuites, coverage, bandit, pipAudit, sarif, lint, benchmark].every((list) => list.length === 0)) {
    // A gate that looks at nothing would pass every deployment.
    throw new InputError('preset', presetRaw, 'the gate has nothing to judge: give a preset, reports (junit, test-suites, coverage, bandit, pip-audit, sarif, lint, benchmark) or min-approvals');
  }
  return settings;
}
