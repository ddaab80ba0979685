import { createTestRepo } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { readReleaseHistory } from '../../src/changelog/read-release-history.js';
import { GitClient } from '../../src/git/git-client.js';
import { findLatestVersionTag, listVersionTags } from '../../src/git/version-tags.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

function repo(): { r: TestRepo; git: GitClient } {
  const r = createTestRepo();
  repos.push(r);
  return { r, git: new GitClient(r.dir, { PATH: process.env.PATH, HOME: r.dir, GIT_CONFIG_NOSYSTEM: '1' }) };
}

/** A floating tag, moved as GitHub Actions move theirs: `git tag -f v1 v1.1.0`. */
const float = (r: TestRepo, name: string, target: string) => r.git('tag', '--force', '--annotate', name, '-m', `Move ${name}`, `${target}^{commit}`);

describe('floating tags', () => {
  it('are not releases: no section of their own, and they hide nothing', async () => {
    const { r, git } = repo();
    r.commit({ message: 'feat: a', tag: 'v1.0.0' });
    r.commit('fix: b');
    r.commit({ message: 'feat: c', tag: 'v1.1.0' });
    float(r, 'v1', 'v1.1.0');
    float(r, 'v1.1', 'v1.1.0');
    r.commit('fix: d');
    // A floating tag moved past its release (a fix of the bundle, not yet tagged) floats all the same.
    float(r, 'v1.1', 'HEAD');
    expect((await listVersionTags(git, 'v')).map((t) => t.name)).toEqual(['v1.0.0', 'v1.1.0']);
    const history = await readReleaseHistory(git, 'v', 'HEAD');
    expect(history.releases.map((release) => [release.tag.name, release.commits.length])).toEqual([['v1.0.0', 1], ['v1.1.0', 2]]);
    expect(history.unreleased).toHaveLength(1);
    expect((await findLatestVersionTag(git, 'v'))?.name).toBe('v1.1.0');
  });

  it('leave a real two-number release alone: 23.0 released before 23.0.1', async () => {
    const { r, git } = repo();
    r.commit({ message: 'feat: a', tag: '23.0' });
    r.commit({ message: 'fix: b', tag: '23.0.1' });
    r.commit({ message: 'feat: c', tag: '23.1' });
    r.commit({ message: 'feat: d', tag: '24.0rc1' });
    r.commit({ message: 'feat: e', tag: '24.0' });
    expect((await listVersionTags(git, '')).map((t) => t.name)).toEqual(['23.0', '23.0.1', '23.1', '24.0rc1', '24.0']);
    const history = await readReleaseHistory(git, '', 'HEAD');
    expect(history.releases.map((release) => release.commits.length)).toEqual([1, 1, 1, 1, 1]);
  });
});
