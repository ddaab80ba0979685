import { nodeRuntimes, runBundledAction } from '@ops-actions/test-helpers';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The dist and pyproject inputs as users write them (`${{ github.workspace }}/dist`), and as they
// get them wrong (issue 8). The index is not asked: these are about the paths only.

const DEMO_DIST = join(import.meta.dirname, '..', '..', '..', 'packages', 'cli', 'src', 'demo-fixtures', 'acme-stats-0.4.0');
const PYPROJECT = (version: string) => `[project]\nname = "acme-stats"\nversion = "${version}"\n`;
const offline = { 'check-published': 'false', 'trusted-publishing': 'off' };

interface Report {
  checks: { id: string; level: string; message: string }[];
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function workspace(): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-publish-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ops-actions-runner-temp-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => rmSync(runnerTemp, { recursive: true, force: true }));
  return { dir, env: { RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'acme/acme-stats' } };
}
const copyDist = (dir: string) => cpSync(DEMO_DIST, join(dir, 'dist'), { recursive: true, filter: (path) => !path.endsWith('README.md') });
const report = (path: string | undefined) => JSON.parse(readFileSync(path ?? '', 'utf8')) as Report;
const check = (r: Report, id: string) => r.checks.filter((c) => c.id === id);

describe.each(nodeRuntimes())('pypi-publish-check paths under $label', ({ path: nodePath }) => {
  it('accepts absolute dist and pyproject paths inside the workspace, and checks them', async () => {
    const { dir, env } = workspace();
    copyDist(dir);
    writeFileSync(join(dir, 'pyproject.toml'), PYPROJECT('0.5.0'));
    const result = await runBundledAction('pypi-publish-check', {
      cwd: dir,
      nodePath,
      env,
      inputs: { ...offline, dist: join(dir, 'dist'), pyproject: join(dir, 'pyproject.toml') },
    });
    expect(result.outputs).toMatchObject({ name: 'acme-stats', version: '0.4.0' });
    const r = report(result.outputs.report);
    expect(check(r, 'dist-folder')).toEqual([]);
    // The mismatched pyproject.toml is read, not skipped as missing.
    const pyproject = check(r, 'pyproject');
    expect(pyproject.map((c) => c.level)).toEqual(['failure']);
    expect(pyproject[0]?.message).toContain('[project].version is 0.5.0, the files are 0.4.0');
    expect(result.exitCode).toBe(1);
  });

  it.each(['dist', 'pyproject'])('refuses an absolute %s outside the workspace, naming the input', async (input) => {
    const { dir, env } = workspace();
    copyDist(dir);
    const elsewhere = mkdtempSync(join(tmpdir(), 'ops-actions-elsewhere-'));
    cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: { ...offline, [input]: elsewhere } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toBe(
      `Input '${input}' has the value '${elsewhere}', but it must be a relative path, or an absolute path inside the workspace (${dir}).`,
    );
  });

  it('fails with a clear check, and still writes the summary, when dist is a file', async () => {
    const { dir, env } = workspace();
    writeFileSync(join(dir, 'dist'), 'not a folder\n');
    writeFileSync(join(dir, 'pyproject.toml'), PYPROJECT('0.4.0'));
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: offline });
    expect(result.exitCode).toBe(1);
    const r = report(result.outputs.report);
    expect(check(r, 'dist-folder')).toEqual([expect.objectContaining({ level: 'failure', message: "Input 'dist' has the value 'dist', but dist is a file; it must name a folder." })]);
    expect(result.summary).toContain('## pypi-publish-check: ❌');
    expect(result.summary).toContain('dist is a file; it must name a folder');
    expect(result.log).not.toMatch(/ENOTDIR|EISDIR/);
  });

  it('fails with a clear check, and still writes the summary, when pyproject is a folder', async () => {
    const { dir, env } = workspace();
    copyDist(dir);
    mkdirSync(join(dir, 'pyproject.toml'));
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env, inputs: offline });
    expect(result.exitCode).toBe(1);
    const r = report(result.outputs.report);
    expect(check(r, 'pyproject')).toEqual([
      expect.objectContaining({ level: 'failure', message: "Input 'pyproject' has the value 'pyproject.toml', but pyproject.toml is a folder; it must name a file." }),
    ]);
    expect(result.summary).toContain('pyproject.toml is a folder; it must name a file');
    expect(result.log).not.toMatch(/ENOTDIR|EISDIR/);
  });
});
