import { createTestRepo } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { ReleaseError } from '../../src/errors.js';
import { PYPROJECT, release, snapshot } from './flow-helpers.js';

const repos: TestRepo[] = [];
function repo(): TestRepo {
  const made = createTestRepo();
  repos.push(made);
  return made;
}
afterEach(() => {
  for (const made of repos.splice(0)) made.remove();
});

/**
 * main at v1.0.0 and a feature; release/v1.1.0 cut from it with the release commit, tagged v1.1.0; that branch then
 * squash-merged into main (one new commit with the release commit's changes), as a pull request's "Squash and merge"
 * does. The tagged commit is not in main's history.
 */
function squashMergedRelease(): TestRepo {
  const r = repo();
  r.commit({ message: 'chore: base', files: { 'pyproject.toml': PYPROJECT('1.0.0') }, tag: 'v1.0.0' });
  r.commit({ message: 'feat: parse dates', files: { 'app.py': 'x = 1\n' } });
  r.git('switch', '--quiet', '-c', 'release/v1.1.0');
  r.commit({ message: 'chore(release): 1.1.0', files: { 'pyproject.toml': PYPROJECT('1.1.0') }, tag: 'v1.1.0' });
  r.git('switch', '--quiet', 'main');
  r.git('merge', '--quiet', '--squash', 'release/v1.1.0');
  r.git('commit', '--quiet', '-m', 'chore(release): 1.1.0 (#13)');
  r.git('branch', '--quiet', '-D', 'release/v1.1.0');
  return r;
}

describe('a release tag that is not in the history of HEAD', () => {
  it('after a squash-merged release: version-bump says so and fails with the fix, instead of proposing 1.1.0 again', async () => {
    const r = squashMergedRelease();
    const before = snapshot(r);
    const attempt = release(r, { commit: 'true', tag: 'true' });
    await expect(attempt).rejects.toThrow(ReleaseError);
    await expect(attempt).rejects.toThrow(
      'The next version would be 1.1.0, but v1.1.0 already exists and is not in the history of main: most likely its release branch was squash-merged or rebased',
    );
    await expect(attempt).rejects.toThrow('git merge --no-ff v1.1.0');
    // Nothing written, and a dry run says the same.
    expect(snapshot(r)).toBe(before);
    await expect(release(r, { 'dry-run': 'true' })).rejects.toThrow('v1.1.0 already exists and is not in the history of main');
  });

  it('the fix works: once the tag is merged into main, v1.1.0 is the previous release again', async () => {
    const r = squashMergedRelease();
    r.git('merge', '--quiet', '--no-ff', '-m', 'Merge v1.1.0 into main', 'v1.1.0');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan.previousTag).toBe('v1.1.0');
    // The squash commit itself stays after the tag: a chore, which the default rules release as a patch.
    expect(plan.commits.map((commit) => commit.header)).toEqual(['Merge v1.1.0 into main', 'chore(release): 1.1.0 (#13)']);
    expect(plan.version).toBe('1.1.1');
    expect(plan.warnings.join('\n')).not.toContain('not in the history');
  });

  it('an explicit version that is an unreachable tag fails the same way', async () => {
    const r = squashMergedRelease();
    await expect(release(r, { 'dry-run': 'true', version: '1.1.0' })).rejects.toThrow('v1.1.0 already exists and is not in the history of main');
  });

  it('a maintenance branch below a newer line releases, with a warning only', async () => {
    const r = repo();
    r.commit({ message: 'chore: base', tag: 'v1.2.0' });
    r.git('switch', '--quiet', '-c', 'release-1.2.x');
    r.git('switch', '--quiet', 'main');
    r.commit({ message: 'feat!: new api', tag: 'v2.0.0' });
    r.git('switch', '--quiet', 'release-1.2.x');
    r.commit('fix: backported');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan).toMatchObject({ previousTag: 'v1.2.0', version: '1.2.1', skipped: false });
    expect(plan.warnings).toContain('v2.0.0 is higher than v1.2.1 and not in the history of release-1.2.x: right for a maintenance branch; on the default branch, merge v2.0.0 into it.');
  });

  it('floating tags outside the history (v1 of another line) are not releases, and raise nothing', async () => {
    const r = repo();
    r.commit({ message: 'chore: base', tag: 'v0.9.0' });
    r.git('switch', '--quiet', '-c', 'other');
    r.commit({ message: 'feat: elsewhere', tag: 'v1.0.0' });
    r.git('tag', 'v1');
    r.git('switch', '--quiet', 'main');
    r.commit('fix: here');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expect(plan.version).toBe('0.9.1');
    expect(plan.warnings).toEqual(['v1.0.0 is higher than v0.9.1 and not in the history of main: right for a maintenance branch; on the default branch, merge v1.0.0 into it.']);
  });
});
