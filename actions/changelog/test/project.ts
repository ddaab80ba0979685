import { createTestRepo } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small project for the changelog's end-to-end tests: v0.1.0, then a feature and a fix, and a
 * RUNNER_TEMP of its own. `cleanups` collects what to remove after the test.
 */
export function changelogProject(cleanups: (() => void)[]): { repo: TestRepo; env: Record<string, string> } {
  const repo = createTestRepo();
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ops-actions-runner-temp-'));
  cleanups.push(() => repo.remove(), () => rmSync(runnerTemp, { recursive: true, force: true }));
  repo.commit({ message: 'feat: first', tag: 'v0.1.0' });
  repo.commit('feat(api): groups (#5)');
  repo.commit('fix: empty input');
  return { repo, env: { GITHUB_REPOSITORY: 'acme/stats', RUNNER_TEMP: runnerTemp, HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1' } };
}
