import * as core from '@actions/core';
import type { ApplyResult, VersionBumpPlan, VersionBumpSettings } from '@ops-actions/core';
import {
  GitClient,
  applyVersionBump,
  clipLine,
  explainBump,
  formatError,
  parseVersionBumpSettings,
  planVersionBump,
  readProjectConfigFiles,
  readProjectFile,
  readReleaseState,
  renderVersionBumpSummary,
  secretForms,
} from '@ops-actions/core';

/** What the run decided and did, for the report. */
interface Outcome {
  readonly plan: VersionBumpPlan;
  readonly settings: VersionBumpSettings;
  readonly applied: ApplyResult | undefined;
  /** The summary as rendered before anything was written. */
  readonly preview: string;
  readonly summary: (applied: ApplyResult) => string;
}

/** Reads the inputs, decides, applies unless dry-run, and reports. The one place that fails the step. */
export async function run(): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = await release();
  } catch (error) {
    core.setFailed(formatError(error));
    return;
  }
  // Once a release is applied (and perhaps pushed), a report that cannot be written is a warning:
  // failing the step would tell the workflow the release did not happen.
  const released = outcome.applied !== undefined && !outcome.plan.skipped;
  for (const [what, write] of [
    ['outputs', () => writeOutputs(outcome)],
    ['job summary', () => writeSummary(outcome)],
  ] as const) {
    try {
      await write();
    } catch (error) {
      if (released) core.warning(`The release was applied, but its ${what} could not be written: ${formatError(error)}`);
      else core.setFailed(formatError(error));
    }
  }
}

async function release(): Promise<Outcome> {
  for (const form of secretForms(core.getInput('github-token'))) core.setSecret(form);
  const cwd = process.cwd();
  const git = new GitClient(cwd, process.env);
  // The project's own config files: where its version lives, and what its release tool is set to.
  const files = await readProjectConfigFiles((path) => readProjectFile(cwd, path));
  const settings = parseVersionBumpSettings((name) => core.getInput(name), files, { workspace: cwd });
  const state = await readReleaseState(git, settings, files);
  const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = process.env.GITHUB_REPOSITORY;
  const plan = planVersionBump(state, settings, {
    today: new Date().toISOString().slice(0, 10),
    repositoryUrl: repository ? `${serverUrl.replace(/\/+$/, '')}/${repository}` : '',
  });
  for (const warning of plan.warnings) core.warning(clipLine(warning));
  for (const notice of plan.notices) core.info(clipLine(notice));
  core.info(explainBump(plan));

  const links = { serverUrl, repository };
  const summary = (applied: ApplyResult | undefined): string => renderVersionBumpSummary(plan, { links, dryRun: settings.dryRun, applied });
  // Rendered before anything is written: a fault in the report then fails the step before the release, never after it.
  const preview = summary(undefined);
  const applied = settings.dryRun ? undefined : await applyVersionBump(git, state, plan, settings, { serverUrl, remote: 'origin' });
  return { plan, settings, applied, preview, summary };
}

function writeOutputs({ plan }: Outcome): void {
  core.setOutput('previous-version', plan.previousVersion.toString());
  core.setOutput('version', plan.version);
  core.setOutput('bump', plan.bump);
  core.setOutput('tag', plan.tag);
  core.setOutput('release-branch', plan.releaseBranch ?? '');
  core.setOutput('skipped', String(plan.skipped));
  core.setOutput('commit-count', String(plan.commits.length));
  core.setOutput('non-conventional-count', String(plan.decision.nonConventional.length));
}

async function writeSummary({ applied, preview, summary }: Outcome): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(applied ? summary(applied) : preview).write();
}
