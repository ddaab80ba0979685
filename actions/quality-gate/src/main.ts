import * as core from '@actions/core';
import * as glob from '@actions/glob';
import type { GateResult, GitHubRequester, QualityGateSettings } from '@ops-actions/core';
import { COMMENT_LIMIT, commentMarker, displayCovered, formatError, GitClient, GitHubApiError, parseQualityGateSettings, parseRepositoryRef, planGateAnnotations, readPullRequestContext, renderQualityGateSummary, runQualityGate, upsertStickyComment, writeAnnotations } from '@ops-actions/core';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

/** Reads the reports, judges, writes the report, outputs, annotations, summary and comment; fails the step on a failed gate. */
export async function run(): Promise<void> {
  // Every test id read from a report lives to the end, so V8's habit of growing the young
  // generation while objects survive buys nothing but memory: on the bench's 200,000-test report
  // the action peaked near 180 MB with it and under 150 MB without (bench/quality-gate.bench.mjs).
  // Here, not in the library: core never changes V8 flags.
  setFlagsFromString('--semi-space-growth-factor=1');
  try {
    const env = process.env;
    const cwd = process.cwd();
    const settings = parseQualityGateSettings((name) => core.getInput(name), { workspace: cwd });
    const token = core.getInput('github-token');
    if (token !== '') core.setSecret(token);
    const pullRequest = await readPullRequestContext(env);
    const needsApi = settings.minApprovals !== undefined || settings.commentOnPr;
    const github = needsApi && token !== '' && env.GITHUB_REPOSITORY ? { api: await octokit(token), repository: parseRepositoryRef(env.GITHUB_REPOSITORY) } : undefined;
    const { result, warnings } = await runQualityGate(settings, { cwd, expandGlobs, git: new GitClient(cwd, env), pullRequest, ...(github !== undefined ? { github } : {}) });

    // A folder of its own: two gates in one job (staging, production) keep their reports apart.
    const runnerTemp = env.RUNNER_TEMP ?? tmpdir();
    await mkdir(runnerTemp, { recursive: true });
    const reportPath = join(await mkdtemp(join(runnerTemp, 'ops-actions-quality-gate-')), 'report.json');
    await writeFile(reportPath, `${JSON.stringify({ schema: 'ops-actions/quality-gate/v1', ...result }, null, 2)}\n`);

    for (const warning of warnings) core.warning(warning);
    // GitHub shows 10 annotations of a kind a step: the step's failure and its warnings (these, and
    // the comment's on a fork) take slots too.
    const reserved = { error: !result.passed && settings.fail ? 1 : 0, warning: warnings.length + (settings.commentOnPr ? 1 : 0) };
    writeAnnotations(planGateAnnotations(result, reserved), core);
    setOutputs(result, settings, reportPath);
    const failed = result.rows.filter((row) => row.status === 'fail');
    core.info(result.passed ? `quality-gate passed: ${result.rows.map((row) => `${row.gate} ${row.actual}`).join('; ')}` : `quality-gate failed: ${failed.map((row) => `${row.gate}: ${row.actual} (needs ${row.threshold})`).join('; ')}`);
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderQualityGateSummary(result)).write();
    if (settings.commentOnPr) await comment(result, pullRequest.number, github, env.GITHUB_JOB ?? '');

    if (!result.passed && settings.fail) core.setFailed(`The quality gate failed: ${failed.map((row) => `${row.gate} (${row.actual}; needs ${row.threshold})`).join(', ')}.`);
  } catch (error) {
    core.setFailed(formatError(error));
  }
}

function setOutputs(result: GateResult, settings: QualityGateSettings, reportPath: string): void {
  const testsGiven = result.suites.length > 0;
  const count = (value: number): string => (testsGiven ? String(value) : '');
  core.setOutput('passed', String(result.passed));
  core.setOutput('report', reportPath);
  core.setOutput('tests', count(result.tests.tests));
  core.setOutput('failed', count(result.tests.failed));
  core.setOutput('errored', count(result.tests.errored));
  core.setOutput('skipped', count(result.tests.skipped));
  core.setOutput('flaky', count(result.tests.flaky));
  core.setOutput('pass-rate', result.tests.passRate === undefined ? '' : displayCovered(result.tests.passRate, 2));
  core.setOutput('coverage', result.coverage?.display ?? '');
  core.setOutput('diff-coverage', result.diffCoverage === undefined ? '' : displayCovered(result.diffCoverage.percent, 2));
  const securityGiven = settings.bandit.length > 0 || settings.sarif.length > 0;
  core.setOutput('vulnerabilities', settings.pipAudit.length > 0 ? String(result.vulnerabilities.filter((v) => !v.ignored).length) : '');
  core.setOutput('high-severity', securityGiven ? String(result.findings.filter((f) => f.failing).length) : '');
  core.setOutput('lint-errors', settings.lint.length > 0 ? String(result.lint.filter((d) => d.severity === 'error').length) : '');
}

/** The sticky comment; a read-only token (a fork's pull request) warns instead of failing. */
async function comment(result: GateResult, number: number | undefined, github: { api: GitHubRequester; repository: ReturnType<typeof parseRepositoryRef> } | undefined, job: string): Promise<void> {
  if (number === undefined) {
    core.info('comment-on-pr: this run is not for a pull request; no comment.');
    return;
  }
  if (github === undefined) {
    core.warning('comment-on-pr: no github-token or GITHUB_REPOSITORY; no comment.');
    return;
  }
  const marker = commentMarker('quality-gate', job);
  const body = renderQualityGateSummary(result, { limit: COMMENT_LIMIT - marker.length - 1 });
  try {
    const done = await upsertStickyComment(github.api, github.repository, { number, marker, body });
    core.info(`comment-on-pr: ${done.action} comment ${done.id} on #${number}.`);
  } catch (error) {
    if (error instanceof GitHubApiError && error.permissionDenied) {
      core.warning(`comment-on-pr: could not comment on #${number} (${error.apiMessage}); a pull request from a fork gets a read-only token. The verdict is in the job summary.`);
      return;
    }
    throw error;
  }
}

/** Globs one a line, `!` excluding, as @actions/glob reads them; files only, sorted. */
async function expandGlobs(patterns: readonly string[]): Promise<string[]> {
  const globber = await glob.create(patterns.join('\n'), { matchDirectories: false, implicitDescendants: false, followSymbolicLinks: false });
  return [...new Set(await globber.glob())].sort();
}

/** @actions/github only when the API is needed: it is most of the bundle's start-up. */
async function octokit(token: string): Promise<GitHubRequester> {
  const { getOctokit } = await import('@actions/github');
  const client = getOctokit(token);
  return {
    request: (route, parameters) => client.request(route, parameters) as Promise<{ status: number; data: unknown }>,
    paginate: (route, parameters) => client.paginate<unknown>(route, parameters),
  };
}
