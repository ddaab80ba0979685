import { InputError } from '../errors.js';
import type { InputSource } from '../inputs/parse-input.js';
import { parseBooleanInput, parseChoiceInput } from '../inputs/parse-input.js';
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
  /** Gates the preset asks for whose reports were not given: shown as not checked. */
  readonly presetWithoutReports: readonly string[];
}

/** Globs one a line (`!` excludes); blank lines and `#` comments dropped. */
export function parseGlobList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
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
export function parseTestSuites(raw: string, fallback: number): TestSuiteSetting[] {
  const suites: TestSuiteSetting[] = [];
  for (const line of parseGlobList(raw)) {
    const match = /^([^:]+?)\s*:\s*(.+?)(?:\s*>=\s*(\d+(?:\.\d+)?)\s*%?)?$/.exec(line);
    const patterns = match?.[2]?.split(/[\s,]+/).filter((pattern) => pattern !== '') ?? [];
    if (!match?.[1] || patterns.length === 0) {
      throw new InputError('test-suites', line, 'each line must be `name: glob >= N%`, e.g. `unit: reports/unit-*.xml >= 100%`');
    }
    if (suites.some((suite) => suite.name === match[1])) throw new InputError('test-suites', line, `suite names must be unique ('${match[1]}' is given twice)`);
    const minPassRate = match[3] === undefined ? fallback : parsePercentInput('test-suites', match[3]);
    suites.push({ name: match[1], patterns, minPassRate });
  }
  return suites;
}

/** Reads and checks every input (not the token: main.ts reads it and never passes it on). */
export function parseQualityGateSettings(source: InputSource): QualityGateSettings {
  const read = (name: string): string => source(name).trim();
  const presetRaw = read('preset');
  const preset = presetRaw === '' ? undefined : parseChoiceInput('preset', presetRaw, PRESETS);
  const values = preset === undefined ? undefined : PRESET_VALUES[preset];

  const junit = parseGlobList(source('junit'));
  const minPassRateRaw = read('min-pass-rate');
  const minPassRate = minPassRateRaw !== '' ? parsePercentInput('min-pass-rate', minPassRateRaw) : (values?.minPassRate ?? 100);
  const testSuites = parseTestSuites(source('test-suites'), minPassRate);
  if (minPassRateRaw !== '' && junit.length === 0 && testSuites.length === 0) {
    throw new InputError('min-pass-rate', minPassRateRaw, 'it needs test reports: give them in `junit` or `test-suites`');
  }

  const coverage = parseGlobList(source('coverage'));
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

  const bandit = parseGlobList(source('bandit'));
  const banditSeverity = parseChoiceInput('bandit-severity', read('bandit-severity') || (values?.banditSeverity ?? 'high'), SEVERITIES);
  const approvalsRaw = read('min-approvals');
  if (approvalsRaw !== '' && !/^\d+$/.test(approvalsRaw)) throw new InputError('min-approvals', approvalsRaw, 'it must be a whole number, e.g. 1');

  const pipAudit = parseGlobList(source('pip-audit'));
  const benchmark = parseGlobList(source('benchmark'));
  const presetWithoutReports: string[] = [];
  if (values !== undefined) {
    if (junit.length === 0 && testSuites.length === 0) presetWithoutReports.push('tests (`junit`)');
    if (values.minCoverage !== undefined && coverage.length === 0) presetWithoutReports.push('coverage (`coverage`)');
    if (bandit.length === 0) presetWithoutReports.push('security (`bandit`)');
    if (values.noVulnerabilities && pipAudit.length === 0) presetWithoutReports.push('vulnerabilities (`pip-audit`)');
    if (values.noBenchmarkRegression && benchmark.length === 0) presetWithoutReports.push('benchmarks (`benchmark`)');
  }
  return {
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
    sarif: parseGlobList(source('sarif')),
    lint: parseGlobList(source('lint')),
    benchmark,
    minApprovals: approvalsRaw === '' ? undefined : Number(approvalsRaw),
    ifNoFiles: parseChoiceInput('if-no-files', read('if-no-files') || 'error', ['error', 'warn', 'ignore'] as const),
    fail: parseBooleanInput('fail', read('fail') || 'true'),
    commentOnPr: parseBooleanInput('comment-on-pr', read('comment-on-pr') || 'false'),
    presetWithoutReports,
  };
}
