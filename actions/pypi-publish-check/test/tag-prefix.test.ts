import { nodeRuntimes, runBundledAction } from '@ops-actions/test-helpers';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// `tag-prefix` as version-bump and changelog read it: empty follows the project's release tool
// (python-semantic-release's or commitizen's tag_format, bump-my-version's tag_name), else `v`;
// `none` for tags without a prefix; and tags without one, with the prefix left to its default, are
// not silently taken as "no expected version". The index is not asked.

const DEMO_DIST = join(import.meta.dirname, '..', '..', '..', 'packages', 'cli', 'src', 'demo-fixtures', 'acme-stats-0.4.0');
const offline = { 'check-published': 'false', 'trusted-publishing': 'off' };
const PROJECT = '[project]\nname = "acme-stats"\nversion = "0.4.0"\n';

interface Report {
  checks: { id: string; level: string; message: string; fix?: string }[];
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function workspace(pyproject: string): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-publish-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ops-actions-runner-temp-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => rmSync(runnerTemp, { recursive: true, force: true }));
  cpSync(DEMO_DIST, join(dir, 'dist'), { recursive: true, filter: (path) => !path.endsWith('README.md') });
  writeFileSync(join(dir, 'pyproject.toml'), pyproject);
  return { dir, env: { RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'acme/acme-stats' } };
}
const expectedCheck = (path: string | undefined) => (JSON.parse(readFileSync(path ?? '', 'utf8')) as Report).checks.filter((c) => c.id === 'expected-version');

describe.each(nodeRuntimes())('pypi-publish-check tag-prefix under $label', ({ path: nodePath }) => {
  it.each([
    ['left empty, no release tool: v', PROJECT, '', 'refs/tags/v0.4.0', 'tag v0.4.0'],
    ["commitizen's default tag_format ($version)", `${PROJECT}[tool.commitizen]\nversion_provider = "pep621"\n`, '', 'refs/tags/0.4.0', 'tag 0.4.0'],
    ["python-semantic-release's tag_format", `${PROJECT}[tool.semantic_release]\ntag_format = "acme-v{version}"\n`, '', 'refs/tags/acme-v0.4.0', 'tag acme-v0.4.0'],
    ['none', PROJECT, 'none', 'refs/tags/0.4.0', 'tag 0.4.0'],
    ['given', `${PROJECT}[tool.commitizen]\n`, 'rel-', 'refs/tags/rel-0.4.0', 'tag rel-0.4.0'],
  ])('reads the version from the tag with the prefix %s', async (_what, pyproject, prefix, ref, source) => {
    const { dir, env } = workspace(pyproject);
    const run = (tagRef: string) => runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env: { ...env, GITHUB_REF: tagRef }, inputs: { ...offline, 'tag-prefix': prefix } });
    const result = await run(ref);
    expect(result.exitCode, result.log).toBe(0);
    expect(expectedCheck(result.outputs.report)).toMatchObject([{ level: 'pass', message: `The files are version 0.4.0, as ${source} says.` }]);
    // The same prefix with another version: the files are checked against it, and fail.
    const other = await run(ref.replace('0.4.0', '0.5.0'));
    expect(other.exitCode).toBe(1);
    expect(expectedCheck(other.outputs.report)).toMatchObject([{ level: 'failure' }]);
  });

  it('stops and asks when the prefix is left to its default and the tag is a version without one', async () => {
    const { dir, env } = workspace(PROJECT);
    for (const prefix of ['', ' ']) {
      const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env: { ...env, GITHUB_REF: 'refs/tags/0.4.0' }, inputs: { ...offline, 'tag-prefix': prefix } });
      expect(result.exitCode).toBe(1);
      expect(expectedCheck(result.outputs.report)).toEqual([
        {
          id: 'expected-version',
          level: 'failure',
          message: "The ref is tag 0.4.0, a version without the prefix 'v' that tag-prefix defaults to, so the files cannot be checked against it.",
          fix: "Set tag-prefix: none to check the files against tags without a prefix, or tag-prefix: v if 0.4.0 is not a release tag.",
        },
      ]);
      expect(result.summary).toContain('tag-prefix: none');
    }
    // Said explicitly, `v` means a tag without it is no release tag: nothing to expect.
    const explicit = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env: { ...env, GITHUB_REF: 'refs/tags/0.4.0' }, inputs: { ...offline, 'tag-prefix': 'v' } });
    expect(explicit.exitCode, explicit.log).toBe(0);
    expect(expectedCheck(explicit.outputs.report)).toMatchObject([{ level: 'pass', message: expect.stringMatching(/^No expected version/) as unknown }]);
  });

  it("says so in the expected-version check, and runs every other, when the project's configuration cannot be read", async () => {
    const { dir, env } = workspace(PROJECT);
    rmSync(join(dir, 'pyproject.toml'));
    mkdirSync(join(dir, 'pyproject.toml'));
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env: { ...env, GITHUB_REF: 'refs/tags/v0.4.0' }, inputs: offline });
    expect(result.exitCode).toBe(1);
    expect(expectedCheck(result.outputs.report)).toMatchObject([
      { level: 'failure', message: "tag-prefix is empty, so it follows the project's release tool, but pyproject.toml: it is a folder, not a file; the project's configuration was not read." },
    ]);
    expect(result.summary).toContain('acme-stats');
    // With the version named, the configuration decides nothing and is not read.
    const named = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env: { ...env, GITHUB_REF: 'refs/tags/v0.4.0' }, inputs: { ...offline, 'expected-version': '0.4.0' } });
    expect(expectedCheck(named.outputs.report)).toMatchObject([{ level: 'pass', message: 'The files are version 0.4.0, as expected-version 0.4.0 says.' }]);
  });

  it('refuses a prefix git cannot take as part of a tag name, naming the input', async () => {
    const { dir, env } = workspace(PROJECT);
    const result = await runBundledAction('pypi-publish-check', { cwd: dir, nodePath, env: { ...env, GITHUB_REF: 'refs/tags/v0.4.0' }, inputs: { ...offline, 'tag-prefix': 'v..' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/^Input 'tag-prefix' has the value 'v\.\.', but /);
  });
});
