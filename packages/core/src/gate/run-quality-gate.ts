import type { BenchmarkReport } from '../benchmark/benchmark-report.js';
import { parseBenchmarkReport } from '../benchmark/benchmark-report.js';
import { FileError, InputError } from '../errors.js';
import type { GitClient } from '../git/git-client.js';
import type { GitHubRequester, RepositoryRef } from '../github/github-api.js';
import { GitHubApiError } from '../github/github-api.js';
import type { PullRequestContext } from '../github/pull-request-context.js';
import { countApprovals, listPullRequestReviews, listPullRequestsForCommit } from '../github/pull-request-reviews.js';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { resolveRepositoryPath } from '../inputs/repository-path.js';
import type { CoverageReport } from './coverage/coverage-model.js';
import { CoveragePathResolver } from './coverage/coverage-paths.js';
import { BaseRefError, readChangedLines } from './coverage/diff-coverage.js';
import { readCobertura } from './coverage/read-cobertura.js';
import { readCoverageJson } from './coverage/read-coverage-json.js';
import { readLcov } from './coverage/read-lcov.js';
import type { GateReports, GateResult } from './evaluate-gate.js';
import { evaluateGate } from './evaluate-gate.js';
import type { LintDiagnostic } from './findings/finding-types.js';
import { readBanditJson } from './findings/read-bandit-json.js';
import { readMypyText, readPyrightJson, readRuffJson } from './findings/read-lint.js';
import { readPipAuditJson } from './findings/read-pip-audit-json.js';
import { readSarif } from './findings/read-sarif.js';
import type { QualityGateSettings } from './gate-settings.js';
import type { JunitReport } from './read-junit.js';
import { readJunit } from './read-junit.js';
import { TestCodeTable } from './test-code-table.js';
import { detectReportKind, wrongKindError } from './report-kind.js';

/** What the gate needs from its surroundings; main.ts builds it, tests pass their own. */
export interface QualityGateContext {
  readonly cwd: string;
  /** Expands globs (one per entry, `!` excludes) to files, sorted (main.ts: @actions/glob). */
  readonly expandGlobs: (patterns: readonly string[]) => Promise<string[]>;
  readonly git: GitClient;
  readonly pullRequest: PullRequestContext;
  /** The GitHub API, when there is a token and a repository. */
  readonly github?: { readonly api: GitHubRequester; readonly repository: RepositoryRef };
}

/** The verdict and the warnings the step should show. */
export interface QualityGateRun {
  readonly result: GateResult;
  readonly warnings: readonly string[];
}

/** Reads every report the inputs name, asks git and the GitHub API what they must, and judges. */
export async function runQualityGate(settings: QualityGateSettings, context: QualityGateContext): Promise<QualityGateRun> {
  const warnings: string[] = [];
  const notChecked: { gate: string; reason: string }[] = [];
  const withoutReports: { gate: string; threshold: string; reason: string }[] = [];
  for (const { gate, inputs, threshold, optional } of settings.presetWithoutReports) {
    const give = inputs.map((input) => `\`${input}\``).join(' or ');
    if (optional === true) {
      notChecked.push({ gate: gate.toLowerCase(), reason: `no report given (give ${give} to gate on it)` });
      warnings.push(`${inputs.join(', ')}: not given, so "${gate}: ${threshold}" is not checked; the ${settings.preset ?? ''} preset checks it when a report is given.`);
    } else {
      withoutReports.push({ gate, threshold, reason: `no report given: the ${settings.preset ?? ''} preset checks it (give ${give})` });
    }
  }
  const paths = new CoveragePathResolver(context.cwd);
  const toRepositoryPath = (file: string): string => paths.resolve(file);

  /** The files an input's globs match; undefined when it matched none and that is allowed. */
  const filesOf = async (input: string, patterns: readonly string[], gate: string): Promise<string[] | undefined> => {
    if (patterns.length === 0) return undefined;
    const matched = await context.expandGlobs(patterns);
    // Each match by the path rules too: a symbolic link (a report a pull request checked in) may
    // not lead the gate to read, and quote, a file outside the workspace.
    const files: string[] = [];
    for (const file of matched) files.push((await resolveRepositoryPath(context.cwd, input, relative(context.cwd, file), 'file')).real);
    if (files.length > 0) return files;
    const problem = `no file matches ${patterns.join(', ')}`;
    if (settings.ifNoFiles === 'error') throw new InputError(input, patterns.join('\n'), `${problem} (set if-no-files: warn or ignore to allow that)`);
    if (settings.ifNoFiles === 'warn') warnings.push(`${input}: ${problem}; ${gate} is not checked.`);
    notChecked.push({ gate, reason: problem });
    return undefined;
  };

  const testSuites: { name: string | undefined; reports: JunitReport[] }[] = [];
  const junitFiles = await filesOf('junit', settings.junit, 'tests');
  if (junitFiles !== undefined) testSuites.push({ name: undefined, reports: await readJunitReports(junitFiles) });
  for (const suite of settings.testSuites) {
    const files = await filesOf('test-suites', suite.patterns, `suite ${suite.name}`);
    if (files !== undefined) testSuites.push({ name: suite.name, reports: await readJunitReports(files) });
  }

  const reports: { -readonly [K in keyof GateReports]: GateReports[K] } = { testSuites };
  const coverageFiles = await filesOf('coverage', settings.coverage, 'coverage');
  if (coverageFiles !== undefined) {
    reports.coverage = await readAll(coverageFiles, (file) => readCoverage(file, paths));
    if (settings.minDiffCoverage !== undefined) reports.changes = await readChanges(settings, context);
  }
  const banditFiles = await filesOf('bandit', settings.bandit, 'security (bandit)');
  if (banditFiles !== undefined) reports.bandit = await readAll(banditFiles, (file) => readBanditJson(file, toRepositoryPath));
  const auditFiles = await filesOf('pip-audit', settings.pipAudit, 'vulnerabilities (pip-audit)');
  if (auditFiles !== undefined) reports.pipAudit = await readAll(auditFiles, readPipAuditJson);
  const sarifFiles = await filesOf('sarif', settings.sarif, 'SARIF');
  if (sarifFiles !== undefined) reports.sarif = await readAll(sarifFiles, (file) => readSarif(file, toRepositoryPath));
  const lintFiles = await filesOf('lint', settings.lint, 'lint');
  if (lintFiles !== undefined) reports.lint = await readAll(lintFiles, (file) => readLint(file, toRepositoryPath));
  const benchmarkFiles = await filesOf('benchmark', settings.benchmark, 'benchmarks');
  if (benchmarkFiles !== undefined) reports.benchmark = await readAll(benchmarkFiles, readBenchmark);
  if (settings.minApprovals !== undefined) reports.approvals = await readApprovals(context);

  const result = evaluateGate(reports, {
    minPassRate: (suite) => (suite === undefined ? settings.minPassRate : (settings.testSuites.find((s) => s.name === suite)?.minPassRate ?? settings.minPassRate)),
    ...(settings.minCoverage !== undefined ? { minCoverage: settings.minCoverage } : {}),
    ...(settings.minDiffCoverage !== undefined ? { minDiffCoverage: settings.minDiffCoverage } : {}),
    banditSeverity: settings.banditSeverity,
    ignoreVulns: settings.ignoreVulns,
    ...(settings.minApprovals !== undefined ? { minApprovals: settings.minApprovals } : {}),
    notChecked,
    withoutReports,
  });
  return { result, warnings };
}

/** Reads files one after another: a matrix of big reports is never all in memory as text. */
async function readAll<T>(files: readonly string[], read: (file: string) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const file of files) out.push(await read(file));
  return out;
}

/**
 * The JUnit reports of one suite, one after another. From the second on, a test already read is
 * keyed by the id string of its first report (see {@link ReadJunitOptions.knownIds}); a single
 * report pays nothing for that.
 */
async function readJunitReports(files: readonly string[]): Promise<JunitReport[]> {
  const reports: JunitReport[] = [];
  let knownIds: TestCodeTable | undefined;
  for (const file of files) {
    const report = await readJunit(file, knownIds === undefined ? {} : { knownIds });
    reports.push(report);
    if (knownIds === undefined && files.length > 1) knownIds = TestCodeTable.from(report.tests);
  }
  return reports;
}

async function readCoverage(file: string, paths: CoveragePathResolver): Promise<CoverageReport> {
  const kind = await detectReportKind(file);
  if (kind === 'cobertura') return readCobertura(file, paths);
  if (kind === 'coverage-json') return readCoverageJson(file, paths);
  if (kind === 'lcov') return readLcov(file, paths);
  throw wrongKindError(file, kind, 'a coverage report (Cobertura XML, coverage.py JSON or lcov)', 'coverage');
}

async function readLint(file: string, toRepositoryPath: (file: string) => string): Promise<LintDiagnostic[]> {
  const kind = await detectReportKind(file);
  if (kind === 'ruff-json') return readRuffJson(file, toRepositoryPath);
  if (kind === 'mypy-text') return readMypyText(file, toRepositoryPath);
  if (kind === 'pyright-json') return readPyrightJson(file, toRepositoryPath);
  throw wrongKindError(file, kind, 'a lint report (ruff JSON, mypy text or pyright JSON)', 'lint');
}

async function readBenchmark(file: string): Promise<BenchmarkReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileError(file, 'does not exist', undefined, { cause: error });
    throw error;
  }
  return parseBenchmarkReport(text, file);
}

/**
 * The changed lines for diff coverage: against `base-ref`, else the pull request's base branch
 * (`origin/<base>`, or its base commit when the remote branch was not fetched). Outside a pull
 * request without `base-ref` there is nothing to compare with: the gate says so.
 */
async function readChanges(settings: QualityGateSettings, context: QualityGateContext): Promise<GateReports['changes']> {
  const { pullRequest } = context;
  let base = settings.baseRef;
  if (base === undefined && pullRequest.baseRef !== undefined) {
    base = `origin/${pullRequest.baseRef}`;
    const known = await context.git.run(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], { allowFailure: true });
    if (known.exitCode !== 0 && pullRequest.baseSha !== undefined) base = pullRequest.baseSha;
  }
  if (base === undefined) return 'not a pull request, and no base-ref given';
  try {
    return { base, lines: await readChangedLines(context.git, base) };
  } catch (error) {
    if (error instanceof BaseRefError && settings.baseRef !== undefined) throw new InputError('base-ref', settings.baseRef, error.message.replace(/^The base '[^']*' for diff coverage is/, 'it is'));
    throw error;
  }
}

/**
 * The approvals of the pull request the run is for; on a push, of the merged pull request that
 * brought the commit in (GET /repos/{owner}/{repo}/commits/{sha}/pulls). A failure to ask is the
 * row's reason: an approval that cannot be seen does not count.
 */
async function readApprovals(context: QualityGateContext): Promise<GateReports['approvals']> {
  if (context.github === undefined) return 'no github-token or GITHUB_REPOSITORY to read reviews with';
  const { api, repository } = context.github;
  try {
    let number = context.pullRequest.number;
    if (number === undefined) {
      const sha = context.pullRequest.sha;
      if (sha === undefined) return 'no pull request, and no commit to find one for';
      const pulls = await listPullRequestsForCommit(api, repository, sha);
      // Only a merged pull request vouches for a pushed commit: an open one that also holds it
      // (a commit pushed straight to the branch) was not what its reviewers approved to merge.
      const merged = pulls.find((pull) => pull.merged);
      if (merged === undefined) {
        const open = pulls.filter((pull) => pull.state === 'open').map((pull) => `#${pull.number}`);
        return `no merged pull request brought in ${sha.slice(0, 7)}${open.length > 0 ? ` (open: ${open.join(', ')})` : ''}`;
      }
      number = merged.number;
    }
    return { pullRequest: number, count: countApprovals(await listPullRequestReviews(api, repository, number)) };
  } catch (error) {
    if (error instanceof GitHubApiError) return `could not read reviews: ${error.apiMessage}${error.permissionDenied ? ' (the job needs `permissions: pull-requests: read`)' : ''}`;
    throw error;
  }
}
