import { createTestRepo, expectGolden, nodeRuntimes, runBundledAction, startFakeGitHub } from '@ops-actions/test-helpers';
import type { FakeGitHub } from '@ops-actions/test-helpers';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workspace as makeWorkspace } from './workspace.js';

const manifest = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
const TOKEN = 'ghs_quality_gate_secret_token';
const READ_ONLY = 'ghs_read_only_fork_token';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const workspace = (): { dir: string; env: Record<string, string> } => makeWorkspace(cleanups);
function pullRequestEvent(dir: string, number: number, fork = false): Record<string, string> {
  const path = join(dir, '..', `event-${number}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ pull_request: { number, head: { sha: 'a'.repeat(40), repo: { full_name: fork ? 'someone/acme-quality' : 'acme/acme-quality' } }, base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'acme/acme-quality' } } } }));
  cleanups.push(() => rmSync(path, { force: true }));
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path };
}
const MATRIX = { junit: 'artifacts/junit-linux.xml\nartifacts/junit-windows.xml', coverage: 'artifacts/coverage-linux.xml\nartifacts/coverage-windows.xml', bandit: 'artifacts/bandit.json', 'pip-audit': 'written/pip-audit.json', lint: 'artifacts/mypy.txt\nwritten/ruff.json', 'min-coverage': '60' };

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub({
    repository: 'acme/acme-quality',
    tokens: { [TOKEN]: 'write', [READ_ONLY]: 'read' },
    pulls: [
      { number: 12, reviews: [{ user: 'grace', state: 'APPROVED' }, { user: 'alan', state: 'COMMENTED' }] },
      { number: 9, merged: true, commits: ['c0ffee1234567890c0ffee1234567890c0ffee12'], reviews: [{ user: 'grace', state: 'APPROVED' }, { user: 'ada', state: 'APPROVED' }] },
      // Open, with a commit that was also pushed straight to the branch: its approvals are not the push's.
      { number: 15, commits: ['d1ec7d1ec7d1ec7d1ec7d1ec7d1ec7d1ec7d1ec7'], reviews: [{ user: 'grace', state: 'APPROVED' }, { user: 'ada', state: 'APPROVED' }] },
    ],
    maxPerPage: 1,
  });
});
afterAll(() => github.close());

describe.each(nodeRuntimes())('quality-gate bundle under $label', ({ path: nodePath }) => {
  it('merges the matrix legs into one verdict, and fails the step on it', async () => {
    const { dir, env } = workspace();
    const result = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: MATRIX });
    expect(result.exitCode, result.log).toBe(1);
    expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());
    expect(result.outputs).toMatchObject({ passed: 'false', tests: '14', failed: '2', errored: '1', skipped: '2', flaky: '0', 'pass-rate': '75.00', coverage: '68.89', 'diff-coverage': '', vulnerabilities: '3', 'high-severity': '1', 'lint-errors': '3' });
    const report = JSON.parse(readFileSync(result.outputs.report ?? '', 'utf8')) as { schema: string; rows: { id: string; status: string }[] };
    expect(report.schema).toBe('ops-actions/quality-gate/v1');
    expect(report.rows.map((row) => `${row.id}=${row.status}`)).toEqual(['tests:=fail', 'coverage=pass', 'bandit=fail', 'pip-audit=fail', 'lint=fail']);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors.find((a) => a.title?.includes('test_percentile_is_wrong'))).toMatchObject({ file: 'tests/test_stats.py', line: 24 });
    expect(errors.find((a) => a.title?.startsWith('bandit B602'))).toMatchObject({ file: 'src/acme_quality/shell.py', line: 9 });
    expect(result.log).toContain('The quality gate failed: Tests (75.00% (9/12; 2 failed, 1 errored); needs ≥ 100% passed)');
    expectGolden(join(import.meta.dirname, 'golden', 'matrix.md'), result.summary);
  });

  it('reports without failing the step when fail is false', async () => {
    const { dir, env } = workspace();
    const result = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { junit: 'artifacts/junit-*.xml', fail: 'false' } });
    expect(result.exitCode, result.log).toBe(0);
    // 14 tests in the two xunit1 legs; the xunit2 report's 2 have no file attribute, so they are other ids.
    expect(result.outputs).toMatchObject({ passed: 'false', tests: '16' });
  });

  it('counts approvals through the GitHub API and keeps one sticky comment, with the token kept secret', async () => {
    const { dir, env } = workspace();
    const event = pullRequestEvent(dir, 12);
    const inputs = { junit: 'artifacts/junit-linux.xml', 'min-pass-rate': '50', 'min-approvals': '1', 'comment-on-pr': 'true', 'github-token': TOKEN };
    const first = await runBundledAction('quality-gate', { cwd: dir, nodePath, env: { ...env, ...event, GITHUB_API_URL: github.url, GITHUB_JOB: 'gate' }, inputs });
    expect(first.exitCode, first.log).toBe(0);
    expect(first.summary).toContain('| Approvals | ≥ 1 | 1 on #12 (grace) | ✅ pass |');
    const mine = () => github.comments.filter((c) => c.issue === 12 && c.body.startsWith('<!-- ops-actions:quality-gate:gate -->'));
    expect(mine()).toHaveLength(1);
    expect(mine()[0]?.body).toContain('## quality-gate: ✅ passed');
    const second = await runBundledAction('quality-gate', { cwd: dir, nodePath, env: { ...env, ...event, GITHUB_API_URL: github.url, GITHUB_JOB: 'gate' }, inputs: { ...inputs, 'min-approvals': '2' } });
    expect(second.exitCode).toBe(1);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]?.body).toContain('| Approvals | ≥ 2 | 1 on #12 (grace) | ❌ fail |');
    expectGolden(join(import.meta.dirname, 'golden', 'comment.md'), mine()[0]?.body ?? '');
    for (const text of [first.log, second.log, first.summary, mine()[0]?.body ?? '']) expect(text).not.toContain(TOKEN);
  });

  it('warns instead of failing when a fork token cannot comment', async () => {
    const { dir, env } = workspace();
    const result = await runBundledAction('quality-gate', {
      cwd: dir,
      nodePath,
      env: { ...env, ...pullRequestEvent(dir, 12, true), GITHUB_API_URL: github.url },
      inputs: { junit: 'artifacts/junit-linux.xml', 'min-pass-rate': '50', 'comment-on-pr': 'true', 'github-token': READ_ONLY },
    });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.annotations.find((a) => a.level === 'warning' && a.message.includes('could not comment on #12'))?.message).toContain('Resource not accessible by integration');
  });

  it('on a push, counts the approvals of the merged pull request that brought the commit in', async () => {
    const { dir, env } = workspace();
    const result = await runBundledAction('quality-gate', {
      cwd: dir,
      nodePath,
      env: { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'c0ffee1234567890c0ffee1234567890c0ffee12', GITHUB_API_URL: github.url },
      inputs: { 'min-approvals': '2', 'github-token': TOKEN },
    });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.summary).toContain('| Approvals | ≥ 2 | 2 on #9 (ada, grace) | ✅ pass |');
    // A commit pushed without a merged pull request has no approvals, whatever open ones contain it.
    const direct = await runBundledAction('quality-gate', {
      cwd: dir,
      nodePath,
      env: { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'd1ec7d1ec7d1ec7d1ec7d1ec7d1ec7d1ec7d1ec7', GITHUB_API_URL: github.url },
      inputs: { 'min-approvals': '1', 'github-token': TOKEN },
    });
    expect(direct.exitCode, direct.log).toBe(1);
    expect(direct.summary).toContain('| Approvals | ≥ 1 | no merged pull request brought in d1ec7d1 (open: #15) | ❌ fail |');
  });

  it('gates the lines changed since the base branch, as diff-cover does', async () => {
    const { dir, env } = workspace();
    const repo = createTestRepo({ prefix: 'gate-e2e-diff-' });
    cleanups.push(() => repo.remove());
    const stats = readFileSync(join(dir, 'src', 'acme_quality', 'stats.py'), 'utf8');
    // The base had stats.py up to clamp(); the branch added percentile() and describe().
    repo.commit({ message: 'base', files: { 'src/acme_quality/stats.py': stats.slice(0, stats.indexOf('def percentile')) } });
    repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    repo.commit({ message: 'feat: percentiles', files: { 'src/acme_quality/stats.py': stats } });
    cpSync(join(dir, 'artifacts'), join(repo.dir, 'artifacts'), { recursive: true });
    const result = await runBundledAction('quality-gate', {
      cwd: repo.dir,
      nodePath,
      env: { ...env, ...pullRequestEvent(dir, 12) },
      inputs: { coverage: 'artifacts/coverage-linux.xml\nartifacts/coverage-windows.xml', 'min-diff-coverage': '90' },
    });
    // Lines 19-32 are new; their statements are 19-24 and 27-32 (12). coverage.py missed 22 and 29 on
    // both legs; 32 only on the windows leg (the linux leg ran it): 10 of 12 covered.
    expect(result.exitCode, result.log).toBe(1);
    expect(result.outputs['diff-coverage']).toBe('83.33');
    expect(result.summary).toContain('| Diff coverage | ≥ 90% | 83.33% (10/12 changed lines since origin/main) | ❌ fail |');
    expect(result.summary).toContain('### Changed lines not covered (since `origin/main`)\n\n- `src/acme_quality/stats.py`: 22, 29');
  });

  it('says what a file of the wrong kind is, and fails on a glob that matches nothing', async () => {
    const { dir, env } = workspace();
    const wrong = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { junit: 'artifacts/coverage-linux.xml' } });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.annotations.find((a) => a.level === 'error')?.message).toMatch(/coverage-linux\.xml: this is a Cobertura XML coverage report, not JUnit XML \(input `junit`\)\. Give it to the `coverage` input\./);
    const none = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { junit: 'nothing/*.xml' } });
    expect(none.exitCode).toBe(1);
    expect(none.annotations.find((a) => a.level === 'error')?.message).toContain("Input 'junit' has the value 'nothing/*.xml', but no file matches nothing/*.xml");
    const warned = await runBundledAction('quality-gate', { cwd: dir, nodePath, env, inputs: { junit: 'nothing/*.xml', bandit: 'artifacts/bandit.json', 'bandit-severity': 'high', 'if-no-files': 'warn', fail: 'false' } });
    expect(warned.exitCode).toBe(0);
    expect(warned.annotations.find((a) => a.level === 'warning')?.message).toBe('junit: no file matches nothing/*.xml; tests is not checked.');
    expect(warned.summary).toContain('| Tests |  | no file matches nothing/\\*.xml | ➖ not checked |');
  });
});
