import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePinTable } from '../src/pin-table.js';

/**
 * The pin table against the actions' own repositories: each pinned SHA is the commit of its tag there (so it is no
 * impostor commit and no stale ref), and the table's copy of action.yml's runs, inputs and outputs is what that
 * commit holds. The repositories are bare mirrors (`<dir>/<owner>+<name>/repo`, as the fetch tool of this project's
 * sessions leaves them) under OPS_ACTIONS_MIRRORS, default /work/.mirror. Where a mirror is absent (CI has neither
 * network nor mirrors) its case is skipped, and the table's own consistency is still checked by workflows.test.ts.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MIRRORS = process.env.OPS_ACTIONS_MIRRORS ?? '/work/.mirror';
const table = parsePinTable(JSON.parse(readFileSync(join(ROOT, 'workflows-templates', 'pins.json'), 'utf8')));

const mirrorOf = (slug: string): string | undefined => {
  const dir = join(MIRRORS, slug.replace('/', '+'), 'repo');
  return existsSync(dir) ? dir : undefined;
};
const git = (dir: string, ...args: string[]): string => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const tagCommit = (dir: string, tag: string): string | undefined => {
  try {
    return git(dir, 'rev-parse', '--verify', '-q', `refs/tags/${tag}^{commit}`);
  } catch {
    return undefined;
  }
};
const actionYml = (dir: string, sha: string): Record<string, unknown> => {
  const names = git(dir, 'ls-tree', '--name-only', sha).split('\n');
  const file = names.includes('action.yml') ? 'action.yml' : 'action.yaml';
  return parse(git(dir, 'show', `${sha}:${file}`)) as Record<string, unknown>;
};
const keys = (value: unknown): string[] => (typeof value === 'object' && value !== null ? Object.keys(value) : []);

describe.each(table.pins.filter((pin) => pin.verification === 'mirror'))('$action $version', (pin) => {
  const dir = mirrorOf(pin.action);

  it.skipIf(dir === undefined)(`is the commit of the tag in the action's own repository, with the same action.yml`, () => {
    if (dir === undefined) return;
    expect(tagCommit(dir, pin.version)).toBe(pin.sha);
    const doc = actionYml(dir, pin.sha);
    expect(doc.runs).toEqual(pin.runs);
    expect(keys(doc.inputs)).toEqual(pin.inputs);
    expect(keys(doc.outputs)).toEqual(pin.outputs);
  });
});

describe.each(table.pins.filter((pin) => pin.verification === 'public-pins'))('$action $version (public pins only)', (pin) => {
  const dir = mirrorOf(pin.action);

  it.skipIf(dir === undefined)('is still absent from the mirror; once the mirror has the tag, verify it from there', () => {
    if (dir === undefined) return;
    expect(tagCommit(dir, pin.version), `the mirror of ${pin.action} now has ${pin.version}: check it and set verification to mirror`).toBeUndefined();
  });
});

describe.each(table.preCommit)('pre-commit $repo $version', (pin) => {
  const dir = mirrorOf(new URL(pin.repo).pathname.slice(1));

  it.skipIf(dir === undefined)('is the commit of the tag, and declares the hooks listed', () => {
    if (dir === undefined) return;
    expect(tagCommit(dir, pin.version)).toBe(pin.sha);
    const hooks = parse(git(dir, 'show', `${pin.sha}:.pre-commit-hooks.yaml`)) as { id: string }[];
    expect(hooks.map((hook) => hook.id)).toEqual(pin.hooks);
  });
});

describe.each(table.unusable)('unusable $action $version', (pin) => {
  const dir = mirrorOf(pin.action);

  it.skipIf(dir === undefined)('is what the mirror says at its tag', () => {
    if (dir === undefined) return;
    expect(tagCommit(dir, pin.version)).toBe(pin.sha);
    expect((actionYml(dir, pin.sha).runs as Record<string, unknown>).using).toBe(pin.using);
  });
});
