import { escapeMarkdown } from '@ops-actions/core';
import { createTestRepo, nodeRuntimes, runBundledAction } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_NAMES, loadProject } from '../../../packages/core/test/version-sources/projects.js';

const env = { GITHUB_REPOSITORY: 'octo-org/acme', GITHUB_SERVER_URL: 'https://github.com', HOME: tmpdir(), GIT_CONFIG_NOSYSTEM: '1' };
const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

// Under Node 24 (what `runs.using: node24` gets) every project; under the machine's other node, one
// project per kind of source, which is enough to show the bundle runs there: it keeps the suite short.
const ON_EVERY_RUNTIME = ['bumpversion-cfg', 'commitizen-pep621', 'hatch-vcs', 'no-version', 'psr9-pep621', 'setuptools-attr-cfg'];
const runtimes = nodeRuntimes().map((runtime, _i, all) => ({ ...runtime, projects: all.length === 1 || runtime.label.startsWith('node v24.') ? PROJECT_NAMES : ON_EVERY_RUNTIME }));

/**
 * Each project of packages/core/test/version-sources/projects, configured as its release tool or
 * build backend documents it, released by the bundled action with `version-files` left empty: the
 * version is found where the configuration says, only its bytes change, and the summary says where.
 */
describe.each(runtimes)('version-bump finds the version as the project configured it, under $label', ({ path: nodePath, projects }) => {
  it.each(projects)('%s', async (name) => {
    const project = loadProject(name);
    const { expect: expected } = project.case;
    const r = createTestRepo();
    repos.push(r);
    r.commit({ message: 'chore: initial', files: project.files, tag: project.case.tag });
    for (const subject of project.case.commits) r.commit(subject);
    const start = r.git('rev-parse', 'HEAD');
    const result = await runBundledAction('version-bump', { cwd: r.dir, nodePath, env, inputs: { commit: 'true', tag: 'true', ...project.case.inputs } });

    if (expected.error !== undefined) {
      expect(result.exitCode).toBe(1);
      expect(result.annotations.map((a) => a.message).join('\n')).toContain(expected.error);
      expect(r.git('rev-parse', 'HEAD')).toBe(start);
      expect(r.git('tag')).toBe(project.case.tag);
      expect(r.git('status', '--porcelain')).toBe('');
      return;
    }
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject(expected.outputs ?? {});
    const next = result.outputs.version ?? '';
    const previous = result.outputs['previous-version'] ?? '';
    expect(r.git('describe', '--exact-match')).toBe(result.outputs.tag);
    const changed = r.git('rev-parse', 'HEAD') === start ? [] : r.git('diff', '--name-only', start, 'HEAD').split('\n').sort();
    expect(changed).toEqual(expected.changed);
    for (const [path, before] of Object.entries(project.files)) {
      const after = readFileSync(join(r.dir, path), 'utf8');
      if (!changed.includes(path)) expect(after, path).toBe(before);
      // Only the version's bytes changed: writing the previous version back gives the file as it was.
      else expect(after.replaceAll(next, previous), path).toBe(before);
    }
    expect(result.summary).toContain(`| Version lives in | ${escapeMarkdown(expected.location ?? '')} |`);
  });
});
