import { githubClaims, nodeRuntimes, runBundledAction, startFakeOidc, startFakePyPI, writeTarGz } from '@ops-actions/test-helpers';
import type { FakePyPI } from '@ops-actions/test-helpers';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'packages', 'core', 'test', 'publish', 'fixtures', 'dist');
const DEBIAN_WHEELS = join(import.meta.dirname, '..', '..', '..', 'packages', 'core', 'test', 'publish', 'fixtures', 'debian-wheels');
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
    // `require: ','` lists nothing: it would require nothing and let an empty dist folder pass.
    const empty = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: { require: ',' } });
    expect(empty.exitCode).toBe(1);
    expect(empty.annotations.find((a) => a.level === 'error')?.message).toBe(
      "Input 'require' has the value ',', but it must list at least one of sdist, wheel (comma separated), e.g. sdist,wheel.",
    );
  });

  it('reads a private mirror with user:password@, and the password shows nowhere: log, summary, outputs, report', async () => {
    const auth = { username: 'ci@acme', password: 's3cr/t p@ss:w0rd' };
    const typed = `${encodeURIComponent(auth.username)}:${encodeURIComponent(auth.password)}`;
    const path = '/pypi/acme-stats/0.4.0/json';
    const good = await startFakePyPI({ releases: { 'acme-stats': {} }, auth });
    const refusing = await startFakePyPI({ releases: {}, auth, behaviour: { [path]: { kind: 'fail', statuses: [403] } } });
    cleanups.push(() => void good.close(), () => void refusing.close());
    const forms = [auth.password, encodeURIComponent(auth.password), typed, Buffer.from(`${auth.username}:${auth.password}`).toString('base64')];
    for (const [index, expectedExit] of [[good, 0], [refusing, 1]] as const) {
      const { dir, env } = workspace(DEMO_DIST);
      const repositoryUrl = index.url.replace('http://', `http://${typed}@`);
      const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: { 'repository-url': repositoryUrl, 'trusted-publishing': 'off' } });
      expect(result.exitCode, result.log).toBe(expectedExit);
      // The credentials reached the index (it answers 401 without them) ...
      expect(index.requests.filter((r) => r.path === path).map((r) => r.authorization)).toEqual([true]);
      // ... were registered with the runner for masking ...
      expect(result.mask(`x ${auth.password} x`)).toBe('x *** x');
      // ... and were never printed: nothing in the log or summary needed masking.
      const reportText = readFileSync(result.outputs.report ?? '', 'utf8');
      for (const text of [result.log, result.summary, JSON.stringify(result.outputs), reportText, JSON.stringify(result.annotations)]) {
        for (const form of forms) expect(text).not.toContain(form);
        expect(text).not.toContain('***');
      }
      if (expectedExit === 1) {
        const failed = report(result.outputs.report).checks.find((c) => c.id === 'index-reachable') as { message: string; fix: string } | undefined;
        expect(failed?.message).toContain(`Could not read ${index.url}${path} (1 attempt): the index answered HTTP 403 Forbidden.`);
        expect(failed?.fix).toContain(`Check that ${index.url} is right`);
        expect(result.annotations.some((a) => a.message.includes(`Check that ${index.url} is right`))).toBe(true);
      }
    }
  });

  it('fails, naming the cap, when the index answers without end, and when it redirects to plain http elsewhere', async () => {
    const path = '/pypi/acme-stats/0.4.0/json';
    const endless = await startFakePyPI({ releases: {}, behaviour: { [path]: { kind: 'endless' } } });
    const redirecting = await startFakePyPI({ releases: {}, behaviour: { [path]: { kind: 'redirect', status: 301, location: `http://pypi.example${path}` } } });
    cleanups.push(() => void endless.close(), () => void redirecting.close());
    const { dir, env } = workspace(DEMO_DIST);
    const messageFrom = async (url: string): Promise<string | undefined> => {
      const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: { 'repository-url': url, 'trusted-publishing': 'off' } });
      expect(result.exitCode).toBe(1);
      return report(result.outputs.report).checks.find((c) => c.id === 'index-reachable')?.message;
    };
    expect(await messageFrom(endless.url)).toContain(`the answer from ${endless.url}${path} goes on past that size, more than the 8.0 MiB this check reads`);
    expect(endless.endless.bytesSent).toBeLessThan(64 * 1024 * 1024);
    expect(await messageFrom(redirecting.url)).toContain(
      `${redirecting.url}${path} redirected (HTTP 301) to http://pypi.example${path}, which was not followed: it is plain http:// to pypi.example`,
    );
  });

  it('fails, naming the cap, when the OIDC token endpoint answers without end, and stops reading it', async () => {
    const oidc = await startFakeOidc({ requestToken: 'request-token-secret', claims: githubClaims(), behaviour: { kind: 'endless' } });
    cleanups.push(() => void oidc.close());
    const { dir, env } = workspace(DEMO_DIST, '[project]\nname = "acme-stats"\nversion = "0.4.0"\n');
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env: { ...env, ...oidc.env }, inputs: { 'repository-url': pypi.url, 'trusted-publishing': 'require' } });
    expect(result.exitCode).toBe(1);
    const token = report(result.outputs.report).checks.find((c) => c.id === 'trusted-publishing-token');
    expect(token).toMatchObject({ level: 'failure', message: expect.stringContaining('answered with more than 1.0 MiB, where a token answer is a few KiB; the answer was not read further.') as unknown });
    expect(oidc.endless.bytesSent).toBeLessThan(32 * 1024 * 1024);
    expect(result.log).not.toContain('request-token-secret');
  });

  it('fails an sdist whose links chain out of it (a -> ., a/b -> .., a/b/c -> .., a/b/c/file)', async () => {
    const { dir, env } = workspace(DEMO_DIST);
    const root = 'acme_stats-0.4.0';
    rmSync(join(dir, 'dist', `${root}.tar.gz`));
    await writeTarGz(join(dir, 'dist', `${root}.tar.gz`), [
      { name: `${root}/PKG-INFO`, data: 'Metadata-Version: 2.1\nName: acme-stats\nVersion: 0.4.0\nSummary: Stats\nRequires-Python: >=3.9\nProject-URL: Source, https://example.org\n' },
      { name: `${root}/pyproject.toml`, data: '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n' },
      { name: `${root}/a`, type: 'symlink', linkname: '.' },
      { name: `${root}/a/b`, type: 'symlink', linkname: '..' },
      { name: `${root}/a/b/c`, type: 'symlink', linkname: '..' },
      { name: `${root}/a/b/c/file`, data: 'escaped\n' },
    ]);
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: { 'repository-url': pypi.url, 'trusted-publishing': 'off' } });
    expect(result.exitCode).toBe(1);
    const links = report(result.outputs.report).checks.find((c) => c.id === 'sdist-links');
    expect(links?.level).toBe('failure');
    expect(links?.message).toContain(`${root}/a/b -> .. (resolves to the directory it is unpacked into, outside ${root}/)`);
  });

  it('passes the wheels Debian ships for pip and setuptools, warning which uploaders PyPI would refuse', async () => {
    for (const wheel of ['pip-23.0.1-py3-none-any.whl', 'setuptools-66.1.1-py3-none-any.whl']) {
      const dir = mkdtempSync(join(tmpdir(), 'ops-actions-publish-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      mkdirSync(join(dir, 'dist'));
      cpSync(join(DEBIAN_WHEELS, wheel), join(dir, 'dist', wheel));
      const result = await runBundledAction('pypi-publish-check', {
        cwd: dir,
        nodePath,
        env: { RUNNER_TEMP: dir },
        inputs: { require: 'wheel', 'repository-url': pypi.url, 'trusted-publishing': 'off' },
      });
      expect(result.exitCode, result.log).toBe(0);
      expect(result.outputs.passed).toBe('true');
      const fieldVersion = report(result.outputs.report).checks.find((c) => c.id === 'metadata-field-version');
      expect(fieldVersion).toMatchObject({ level: 'warning', file: wheel });
      expect(result.annotations.find((a) => a.level === 'warning' && a.message.includes('uv publish, hatch publish and poetry publish'))).toBeDefined();
    }
  });
});
