import * as core from '@actions/core';
import {
  GitClient,
  fitReleaseNotesOutput,
  formatError,
  parseChangelogSettings,
  planChangelog,
  readChangelogState,
  readProjectConfigFiles,
  readProjectFile,
  renderChangelogSummary,
} from '@ops-actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Reads the inputs, writes the section unless dry-run, and reports. The one place that fails the step. */
export async function run(): Promise<void> {
  try {
    const env = process.env;
    const cwd = process.cwd();
    const settings = parseChangelogSettings((name) => core.getInput(name), {
      today: new Date(),
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      repository: env.GITHUB_REPOSITORY,
      workspace: cwd,
      // An empty tag-prefix follows the project's release tool, as version-bump does.
      files: await readProjectConfigFiles((path) => readProjectFile(cwd, path)),
    });
    if (settings.tagPrefixOrigin) core.info(`tag-prefix '${settings.tagPrefix}' from ${settings.tagPrefixOrigin}.`);
    const git = new GitClient(cwd, env);
    const state = await readChangelogState(git, settings);
    const plan = planChangelog(state, settings);
    for (const warning of plan.warnings) core.warning(warning);
    const notes = plan.edit.sectionText;
    // Rendered before anything is written: a fault in the report fails the step before the file changes.
    const summary = env.GITHUB_STEP_SUMMARY ? renderChangelogSummary(plan, { path: settings.path, dryRun: settings.dryRun, date: settings.date }) : '';

    if (plan.edit.changed && !settings.dryRun) {
      await mkdir(dirname(state.location.real), { recursive: true });
      await writeFile(state.location.real, plan.edit.content);
    }
    const notesDir = join(env.RUNNER_TEMP ?? tmpdir(), 'ops-actions-changelog');
    await mkdir(notesDir, { recursive: true });
    const notesFile = join(notesDir, `release-notes-${plan.title}.md`);
    await writeFile(notesFile, notes);

    core.info(`${plan.title}: ${plan.entries.length} entries; ${settings.path} ${plan.edit.changed ? (settings.dryRun ? 'would change' : 'updated') : 'unchanged'}.`);
    core.setOutput('release-notes', fitReleaseNotesOutput(notes));
    core.setOutput('release-notes-file', notesFile);
    core.setOutput('changelog-path', settings.path);
    core.setOutput('entry-count', String(plan.entries.length));
    core.setOutput('changed', String(plan.edit.changed));
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  } catch (error) {
    core.setFailed(formatError(error));
  }
}
