import { createTestRepo, expectGolden } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommit } from '../../src/commits/parse-commit.js';
import { inputSourceFrom } from '../../src/inputs/parse-input.js';
import type { ReleaseState } from '../../src/release/read-release-state.js';
import { planVersionBump } from '../../src/release/plan-version-bump.js';
import { parseVersionBumpSettings } from '../../src/release/version-bump-settings.js';
import { STEP_SUMMARY_LIMIT, byteLength } from '../../src/summary/markdown.js';
import { explainBump, renderVersionBumpSummary } from '../../src/summary/render-version-bump-summary.js';
import { Pep440Version } from '../../src/versions/pep440-version.js';
import { PYPROJECT, release } from '../release/flow-helpers.js';
import { loadProject } from '../version-sources/projects.js';

const golden = (name: string) => join(import.meta.dirname, 'golden', name);
const links = { serverUrl: 'https://github.com', repository: 'octo-org/sample' };
const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

function busyHistory(): TestRepo {
  const r = createTestRepo();
  repos.push(r);
  r.commit({ message: 'chore: base', files: { 'pyproject.toml': PYPROJECT('0.3.3') }, tag: 'v0.3.3' });
  r.commit('feat(api): support nested groups (#123)');
  const risky = r.commit('feat: risky <b>idea</b>');
  r.commit(`Revert "feat: risky <b>idea</b>"\n\nThis reverts commit ${risky}.\n`);
  r.commit('fix: handle *empty* input\n\nCloses #7');
  r.commit('perf(parser): skip a copy');
  r.commit('ci: cache pip');
  r.commit('Update README');
  r.git('switch', '--quiet', '-c', 'topic');
  r.commit('docs: explain groups');
  r.git('switch', '--quiet', 'main');
  r.git('merge', '--no-ff', '--quiet', '-m', 'Merge branch topic', 'topic');
  return r;
}

describe('the version-bump summary', () => {
  it('explains a release: decision, files, created refs, commits by type', async () => {
    const r = busyHistory();
    const { plan, applied } = await release(r, { commit: 'true', tag: 'true', 'release-branch': 'release/v{version}' });
    expect(explainBump(plan)).toBe(`minor: 1 feature, 1 fix, 1 performance improvement, 1 documentation change; highest: ${plan.decision.highest?.hash.slice(0, 7)} feat(api): support nested groups (#123)`);
    expectGolden(golden('release.md'), renderVersionBumpSummary(plan, { links, dryRun: false, applied }));
  });

  it('shows a dry run with its warnings, breaking changes first', async () => {
    const r = createTestRepo();
    repos.push(r);
    r.commit({ message: 'chore: base', files: { 'pyproject.toml': PYPROJECT('0.9.0') }, tag: 'v1.0.0' });
    r.commit('feat(cli)!: rename the `run` command\n\nBREAKING CHANGE: `run` is now `exec`');
    r.commit('fix: typo');
    const { plan } = await release(r, { 'dry-run': 'true' });
    expectGolden(golden('dry-run.md'), renderVersionBumpSummary(plan, { links, dryRun: true, applied: undefined }));
  });

  it("says where the version lives and which inputs follow the project's release tool", async () => {
    const r = createTestRepo();
    repos.push(r);
    r.commit({ message: 'chore: base', files: loadProject('psr8-poetry').files, tag: 'acme-v2.3.0' });
    r.commit('docs: a better README');
    r.commit('ci: cache pip');
    const { plan } = await release(r, { 'dry-run': 'true', 'major-on-zero': 'true' });
    expectGolden(golden('from-project.md'), renderVersionBumpSummary(plan, { links, dryRun: true, applied: undefined }));
  });

  it('says when the version comes from git tags and no file is written', async () => {
    const r = createTestRepo();
    repos.push(r);
    r.commit({ message: 'chore: base', files: loadProject('hatch-vcs').files, tag: 'v1.1.0' });
    r.commit('feat: read TOML too');
    const { plan, applied } = await release(r, { tag: 'true', commit: 'true' });
    expectGolden(golden('vcs.md'), renderVersionBumpSummary(plan, { links, dryRun: false, applied }));
  });

  it('says why nothing is released', async () => {
    const r = createTestRepo();
    repos.push(r);
    r.commit({ message: 'feat: x', tag: 'v1.0.0' });
    r.commit('ci: y');
    const { plan } = await release(r, {});
    expectGolden(golden('skipped.md'), renderVersionBumpSummary(plan, { links: { ...links, repository: undefined }, dryRun: false, applied: undefined }));
  });

  it('shrinks in stages under GitHub’s 1 MiB limit and says what it left out', () => {
    const commits = Array.from({ length: 12_000 }, (_, i) => parseCommit({
      hash: createHash('sha1').update(String(i)).digest('hex'),
      parents: ['p'],
      message: i % 3 === 0 ? `Update thing number ${i} with a long, long, long, long, long description` : `fix(scope${i % 7}): repair number ${i} with a long, long, long, long description`,
    }),
    );
    const state: ReleaseState = { head: 'h', branch: 'main', history: 'complete', latestTag: { name: 'v1.0.0', version: Pep440Version.parse('1.0.0') }, commits, location: { kind: 'none', project: false, looked: [], fix: '', notes: [] }, files: [], changelog: undefined };
    const plan = planVersionBump(state, parseVersionBumpSettings(inputSourceFrom({})));
    const summary = renderVersionBumpSummary(plan, { links, dryRun: true, applied: undefined });
    expect(byteLength(summary)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(summary).toContain('- _… and 7950 more, left out to keep the summary under GitHub\'s 1 MiB limit_');
    expect(summary).toContain('- _… and 3950 more');
  });

  const planOf = (messages: readonly string[]) => {
    const commits = messages.map((message, i) => parseCommit({ hash: createHash('sha1').update(String(i)).digest('hex'), parents: ['p'], message }));
    const state: ReleaseState = { head: 'h', branch: 'main', history: 'complete', latestTag: { name: 'v1.0.0', version: Pep440Version.parse('1.0.0') }, commits, location: { kind: 'none', project: false, looked: [], fix: '', notes: [] }, files: [], changelog: undefined };
    return planVersionBump(state, parseVersionBumpSettings(inputSourceFrom({ 'tag-prefix': 'v' })));
  };

  it('lists at most 50 commit types, and takes 150,000 of them without overflowing the call stack', () => {
    const plan = planOf(Array.from({ length: 150_000 }, (_, i) => (i === 0 ? 'fix: the one that releases' : `kind${i}: change ${i}`)));
    const summary = renderVersionBumpSummary(plan, { links, dryRun: true, applied: undefined });
    expect(byteLength(summary)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(summary.match(/^#### /gm)).toHaveLength(50);
    expect(summary).toContain("_… and 149950 more commit types (149950 commits), left out to keep the summary under GitHub's 1 MiB limit._");
  });

  it('clips a 5 MB subject to one line of 4,096 characters, in the summary and in the explanation', () => {
    const plan = planOf([`fix: ${'x'.repeat(5 * 1024 * 1024)}`]);
    const summary = renderVersionBumpSummary(plan, { links, dryRun: true, applied: undefined });
    expect(byteLength(summary)).toBeLessThan(20_000);
    // 5,242,880 characters, 4,096 of them kept.
    expect(summary).toContain('x… (5,238,784 more characters left out)');
    expect(explainBump(plan).length).toBeLessThan(700);
  });
});
