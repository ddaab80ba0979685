import * as core from '@actions/core';
import { COMMENT_LIMIT, commentMarker, formatError, formatThreshold, GitHubApiError, parseBenchmarkCompareSettings, parseRepositoryRef, planBenchmarkAnnotations, readPullRequestContext, renderBenchmarkSummary, runBenchmarkCompare, upsertStickyComment, writeAnnotations } from '@ops-actions/core';
import type { BenchmarkCompareOutcome, BenchmarkCompareSettings } from '@ops-actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads the inputs, compares, writes the report, outputs and summary, comments, and fails on regressions when asked. */
export async function run(): Promise<void> {
  try {
    const settings = parseBenchmarkCompareSettings((name) => core.getInput(name), { workspace: process.cwd() });
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    const env = process.env;
    const outcome = await runBenchmarkCompare(settings, { cwd: process.cwd(), env, now: new Date() });
    const { result, report } = outcome;

    const reportDir = join(env.RUNNER_TEMP ?? tmpdir(), 'ops-actions-benchmark-compare');
    await mkdir(reportDir, { recursive: true });
    const reportPath = join(reportDir, 'report.json');
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);

    const compared = result.comparisons.filter((c) => c.verdict !== 'new' && c.verdict !== 'removed').length;
    core.info(
      result.baselineSource === undefined
        ? `No baseline at ${settings.baseline}${settings.baselineRef ? ` in ${settings.baselineRef}` : ''}: ${result.comparisons.length} benchmarks recorded, nothing compared.`
        : `Compared ${compared} benchmarks with ${result.baselineSource}: ${result.regressions} regression(s), ${result.improvements} improvement(s).`,
    );
    if (outcome.savedBaseline) core.info(`Saved the current results as the next baseline: ${outcome.savedBaseline}`);
    // The step's own failure, and the comment's warning on a fork, take annotation slots too.
    writeAnnotations(planBenchmarkAnnotations(result, settings.failOnRegression, settings.commentOnPr ? 1 : 0), core);
    core.setOutput('regressions', String(result.regressions));
    core.setOutput('improvements', String(result.improvements));
    core.setOutput('max-regression', String(report.maxRegression));
    core.setOutput('passed', String(report.passed));
    core.setOutput('report', reportPath);
    const summaryContext = { currentPath: settings.current, savedBaseline: outcome.savedBaseline, failOnRegression: settings.failOnRegression };
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderBenchmarkSummary(result, summaryContext)).write();
    if (settings.commentOnPr) await comment(settings, outcome, token, summaryContext);

    if (!report.passed && settings.failOnRegression) {
      core.setFailed(`${result.regressions} benchmark(s) regressed past ${formatThreshold(settings.threshold)} and past the noise (worst +${report.maxRegression}%). See the job summary.`);
    }
  } catch (error) {
    core.setFailed(formatError(error));
  }
}

/** Keeps the one pull request comment up to date; a read-only token (a fork) warns instead of failing. */
async function comment(settings: BenchmarkCompareSettings, outcome: BenchmarkCompareOutcome, token: string, context: Parameters<typeof renderBenchmarkSummary>[1]): Promise<void> {
  const pull = await readPullRequestContext(process.env);
  if (pull.number === undefined) {
    core.info('comment-on-pr: this run is not for a pull request; no comment.');
    return;
  }
  // Fewer rows than the summary, and fewer still until it fits GitHub's 65,535 characters with the marker line
  // (counted in UTF-8 bytes, never fewer than characters); the summary has them all.
  const marker = commentMarker('benchmark-compare', settings.current);
  const body = renderBenchmarkSummary(outcome.result, { ...context, maxRows: 60, maxChartBars: 20, limit: COMMENT_LIMIT - marker.length - 1 });
  try {
    const repository = parseRepositoryRef(process.env.GITHUB_REPOSITORY ?? '');
    // @actions/github only when a comment is written: it is most of the bundle and of its start-up.
    const { getOctokit } = await import(/* webpackMode: "eager" */ '@actions/github');
    const done = await upsertStickyComment(getOctokit(token), repository, { number: pull.number, marker, body });
    core.info(`comment-on-pr: ${done.action === 'unchanged' ? 'the comment is up to date' : `${done.action}d comment ${done.id}`} on #${pull.number}.`);
  } catch (error) {
    if (error instanceof GitHubApiError && error.permissionDenied) {
      core.warning(`comment-on-pr: cannot comment on #${pull.number} (${error.apiMessage}); the token is read-only (a pull request from a fork?) or lacks pull-requests: write. The job summary has the table.`);
      return;
    }
    throw error;
  }
}
