import * as core from '@actions/core';
import { join } from 'node:path';
import {
  GitClient,
  applyVersionBump,
  explainBump,
  formatError,
  parseVersionBumpSettings,
  planVersionBump,
  readProjectConfigFiles,
  readReleaseState,
  readTextIfExists,
  renderVersionBumpSummary,
  secretForms,
} from '@ops-actions/core';

/** Reads the inputs, decides, applies unless dry-run, and reports. The one place that fails the step. */
export async function run(): Promise<void> {
  try {
    for (const form of secretForms(core.getInput('github-token'))) core.setSecret(form);
    const git = new GitClient(process.cwd(), process.env);
    // The project's own config files: where its version lives, and what its release tool is set to.
    const files = await readProjectConfigFiles((path) => readTextIfExists(join(git.cwd, path)));
    const settings = parseVersionBumpSettings((name) => core.getInput(name), files);
    const state = await readReleaseState(git, settings, files);
    const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = process.env.GITHUB_REPOSITORY;
    const plan = planVersionBump(state, settings, {
      today: new Date().toISOString().slice(0, 10),
      repositoryUrl: repository ? `${serverUrl.replace(/\/+$/, '')}/${repository}` : '',
    });
    for (const warning of plan.warnings) core.warning(warning);
    for (const notice of plan.notices) core.info(notice);
    core.info(explainBump(plan));

    const applied = settings.dryRun
      ? undefined
      : await applyVersionBump(git, state, plan, settings, { serverUrl, remote: 'origin' });

    core.setOutput('previous-version', plan.previousVersion.toString());
    core.setOutput('version', plan.version);
    core.setOutput('bump', plan.bump);
    core.setOutput('tag', plan.tag);
    core.setOutput('release-branch', plan.releaseBranch ?? '');
    core.setOutput('skipped', String(plan.skipped));
    core.setOutput('commit-count', String(plan.commits.length));
    core.setOutput('non-conventional-count', String(plan.decision.nonConventional.length));

    if (process.env.GITHUB_STEP_SUMMARY) {
      const links = { serverUrl, repository };
      await core.summary.addRaw(renderVersionBumpSummary(plan, { links, dryRun: settings.dryRun, applied })).write();
    }
  } catch (error) {
    core.setFailed(formatError(error));
  }
}
