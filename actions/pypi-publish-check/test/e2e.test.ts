import { githubClaims, nodeRuntimes, runBundledAction, startFakeOidc, startFakePyPI } from '@ops-actions/test-helpers';
import type { FakePyPI } from '@ops-actions/test-helpers';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'packages', 'core', 'test', 'publish', 'fixtures', 'dist');
const DEMO_DIST = join(import.meta.dirname, '..', '..', '..', 'packages', 'cli', 'src', 'demo-fixtures', 'acme-stats-0.4.0');
const manifest = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };

interface Report {
  checks: { id: string; level: string; file?: string; message: string }[];
}

let pypi: FakePyPI;
beforeAll(async () => {
  pypi = await startFakePyPI({
    releases: { 'acme-stats': { '0.3.3': [{ filename: 'acme_stats-0.3.3.tar.gz' }] }, 'hatch-demo': { '1.2.0rc1': [{ filename: 'hatch_demo-1.2.0rc1-py3-none-any.whl' }] } },
    audience: 'pypi',
  });
});
afterAll(() => pypi.close());

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A workspace with the given dist folder (copied) and a pyproject.toml, and a RUNNER_TEMP of our own. */
function workspace(dist: string, pyproject?: string): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-publish-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ops-actions-runner-temp-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => rmSync(runnerTemp, { recursive: true, force: true }));
  cpSync(dist, join(dir, 'dist'), { recursive: true, filter: (path) => !path.endsWith('README.md') });
  if (pyproject !== undefined) writeFileSync(join(dir, 'pyproject.toml'), pyproject);
  return { dir, env: { RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'acme/acme-stats' } };
}
const report = (path: string | undefined) => JSON.parse(readFileSync(path ?? '', 'utf8')) as Report;
const levelOf = (r: Report, id: string) => r.checks.filter((c) => c.id === id).map((c) => c.level);

describe.each(nodeRuntimes())('pypi-publish-check bundle under $label', ({ path: nodePath }) => {
  it('passes a good release built by setuptools, and shows the publisher settings', async () => {
    const { dir, env } = workspace(DEMO_DIST, '[project]\nname = "acme-stats"\nversion = "0.4.0"\n');
    const oidc = await startFakeOidc({ requestToken: 'request-token-secret', claims: githubClaims({ repository: 'acme/acme-stats', repository_owner: 'acme', workflow_ref: 'acme/acme-stats/.github/workflows/release.yml@refs/heads/release/v0.4.0', job_workflow_ref: 'acme/acme-stats/.github/workflows/release.yml@refs/heads/release/v0.4.0', environment: 'pypi' }), expectedAudience: 'pypi' });
    cleanups.push(() => void oidc.close());
    const result = await runBundledAction('pypi-publish-check', {
      cwd: dir,
      nodePath,
      env: { ...env, ...oidc.env, GITHUB_REF: 'refs/heads/release/v0.4.0' },
      inputs: { 'repository-url': pypi.url, 'trusted-publishing': 'require' },
    });
    expect(result.exitCode, result.log).toBe(0);
    expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());
    expect(result.outputs).toMatchObject({ name: 'acme-stats', version: '0.4.0', passed: 'true', 'already-published': 'false' });
    const files = JSON.parse(result.outputs.files ?? '[]') as { filename: string; kind: string; sha256: string; tags?: string }[];
    expect(files.map((f) => [f.filename, f.kind, f.tags])).toEqual([
      ['acme_stats-0.4.0-py3-none-any.whl', 'wheel', 'py3-none-any'],
      ['acme_stats-0.4.0.tar.gz', 'sdist', undefined],
    ]);
    expect(files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const r = report(result.outputs.report);
    expect(r.checks.filter((c) => c.level === 'failure')).toEqual([]);
    expect(levelOf(r, 'expected-version')).toEqual(['pass']);
    expect(result.summary).toContain('## pypi-publish-check: ✅ acme-stats 0.4.0 is ready to publish');
    expect(result.summary).toMatch(/\| Workflow name \| `release\.yml` \|/);
    expect(result.summary).toMatch(/\| Environment name \| `pypi` \|/);
    for (const text of [result.log, result.summary, readFileSync(result.outputs.report ?? '', 'utf8')]) {
      expect(text).not.toContain('request-token-secret');
      for (const jwt of oidc.issued) expect(text).not.toContain(jwt);
    }
  });

  it('fails a release whose version differs from the branch and is already on the index', async () => {
    const { dir, env } = workspace(join(FIXTURES, 'hatchling-good'));
    const result = await runBundledAction('pypi-publish-check', {
      cwd: dir,
      nodePath,
      env: { ...env, GITHUB_REF: 'refs/heads/release/v1.2.0' },
      inputs: { 'repository-url': pypi.url },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', 'already-published': 'true', version: '1.2.0rc1' });
    const r = report(result.outputs.report);
    expect(levelOf(r, 'expected-version')).toEqual(['failure']);
    expect(r.checks.find((c) => c.id === 'expected-version')?.message).toContain('branch release/v1.2.0 says 1.2.0');
    expect(result.annotations.filter((a) => a.level === 'error').length).toBeGreaterThanOrEqual(2);
    expect(result.summary).toContain('❌');
  });

  it('reports everything PyPI would refuse in a problem release, at once', async () => {
    const { dir, env } = workspace(join(FIXTURES, 'setuptools-problems'));
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: { 'repository-url': pypi.url } });
    expect(result.exitCode).toBe(1);
    const r = report(result.outputs.report);
    const failed = new Set(r.checks.filter((c) => c.level === 'failure').map((c) => c.id));
    const warned = new Set(r.checks.filter((c) => c.level === 'warning').map((c) => c.id));
    expect(failed.size).toBeGreaterThanOrEqual(3);
    expect(warned.size).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(r)).toMatch(/Private :: Do Not Upload/);
    expect(JSON.stringify(r)).toMatch(/https:\/\/example\.com\/dep-1\.0\.tar\.gz/);
  });

  it('fails, saying so, when the index cannot be reached', async () => {
    const { dir, env } = workspace(DEMO_DIST);
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: { 'repository-url': 'http://127.0.0.1:9' } });
    expect(result.exitCode).toBe(1);
    expect(levelOf(report(result.outputs.report), 'index-reachable')).toEqual(['failure']);
  });

  it('refuses bad input, naming it', async () => {
    const { dir, env } = workspace(DEMO_DIST);
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: { 'max-file-size': 'big' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toContain("Input 'max-file-size' has the value 'big'");
  });
});
