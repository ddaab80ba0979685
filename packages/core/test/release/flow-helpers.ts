import { createTestRepo } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { afterEach } from 'vitest';
import { GitClient } from '../../src/git/git-client.js';
import { readProjectConfigFiles, readProjectFile } from '../../src/version-sources/project-config.js';
import { inputSourceFrom } from '../../src/inputs/parse-input.js';
import { applyVersionBump } from '../../src/release/apply-version-bump.js';
import { planVersionBump } from '../../src/release/plan-version-bump.js';
import { readReleaseState } from '../../src/release/read-release-state.js';
import { parseVersionBumpSettings } from '../../src/release/version-bump-settings.js';

export const PYPROJECT = (version: string) =>
  `[build-system]\nrequires = ["setuptools>=69"]\n\n[project]\nname = "sample"  # the distribution\nversion = "${version}"\n`;

/** Reads, plans and (unless dry-run) applies, as the action's main does. */
export async function release(repo: TestRepo, inputs: Record<string, string> = {}) {
  const files = await readProjectConfigFiles((path) => readProjectFile(repo.dir, path));
  const settings = parseVersionBumpSettings(inputSourceFrom(inputs), files);
  const git = new GitClient(repo.dir, {
    PATH: process.env.PATH,
    HOME: repo.dir,
    GIT_CONFIG_NOSYSTEM: '1',
    // Fixed dates: the release commit's hash is then the same on every run (golden summaries).
    GIT_AUTHOR_DATE: '@1735689600 +0000',
    GIT_COMMITTER_DATE: '@1735689600 +0000',
  });
  const state = await readReleaseState(git, settings, files);
  const plan = planVersionBump(state, settings);
  const applied = settings.dryRun
    ? undefined
    : await applyVersionBump(git, state, plan, settings, { serverUrl: 'https://github.com', remote: 'origin' });
  return { state, plan, applied };
}

/** Everything a failed run must leave as it was: refs, HEAD, index and working tree. */
export function snapshot(repo: TestRepo): string {
  return [
    repo.git('for-each-ref', '--format=%(refname) %(objectname)'),
    repo.git('rev-parse', 'HEAD'),
    repo.git('rev-parse', '--symbolic-full-name', 'HEAD'),
    repo.git('status', '--porcelain=v1', '--untracked-files=all'),
    repo.git('stash', 'list'),
  ].join('\n---\n');
}

/** A maker of test repositories that are all removed after each test of the file that calls it. */
export function testRepos(): () => TestRepo {
  const repos: TestRepo[] = [];
  afterEach(() => {
    for (const made of repos.splice(0)) made.remove();
  });
  return () => {
    const made = createTestRepo();
    repos.push(made);
    return made;
  };
}
