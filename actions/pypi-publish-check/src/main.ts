import * as core from '@actions/core';
import { formatError, parsePublishCheckSettings, planAnnotations, readProjectFile, readPublishProjectConfig, renderPublishCheckSummary, runPublishCheck, writeAnnotations } from '@ops-actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGcPacer } from './gc-pacer.js';

/** Reads the inputs, runs every check, writes the report, and fails the step when a check failed. */
export async function run(): Promise<void> {
  try {
    const env = process.env;
    const cwd = process.cwd();
    const input = (name: string): string => core.getInput(name);
    // The project's release-tool configuration, when the job checked it out: an empty tag-prefix follows it, as in version-bump.
    const files = await readPublishProjectConfig(input, env.GITHUB_REF, (path) => readProjectFile(cwd, path));
    const settings = parsePublishCheckSettings(input, env.GITHUB_REF, { workspace: cwd, files });
    // A private mirror's `user:password@`: the runner masks it; no message quotes it anyway.
    for (const secret of settings.secrets) core.setSecret(secret);
    const stopGcPacer = startGcPacer(20);
    const result = await runPublishCheck(settings, { cwd, env }).finally(stopGcPacer);

    const reportDir = join(env.RUNNER_TEMP ?? tmpdir(), 'ops-actions-pypi-publish-check');
    await mkdir(reportDir, { recursive: true });
    const reportPath = join(reportDir, 'report.json');
    await writeFile(reportPath, `${JSON.stringify(result, null, 2)}\n`);

    const count = (level: string): number => result.checks.filter((check) => check.level === level).length;
    core.info(
      `${result.name ?? settings.dist} ${result.version ?? ''}: ${result.checks.length} checks, ${count('failure')} failed, ${count('warning')} warned; ${result.passed ? 'ready to publish' : 'do not publish'}.`,
    );
    writeAnnotations(planAnnotations(result.checks, 'pypi-publish-check'), core);
    core.setOutput('name', result.name ?? '');
    core.setOutput('version', result.version ?? '');
    core.setOutput('files', JSON.stringify(result.files));
    core.setOutput('already-published', String(result.alreadyPublished));
    core.setOutput('passed', String(result.passed));
    core.setOutput('report', reportPath);
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderPublishCheckSummary(result)).write();

    if (!result.passed) {
      const failures = count('failure');
      core.setFailed(
        failures > 0
          ? `${failures} check(s) failed: do not publish. See the annotations and the job summary.`
          : 'strict: warnings fail the check. See the annotations and the job summary.',
      );
    }
  } catch (error) {
    core.setFailed(formatError(error));
  }
}
