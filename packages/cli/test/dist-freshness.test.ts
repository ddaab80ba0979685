import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script of the build, without type declarations.
import { compareDist } from '../../../scripts/dist-freshness.mjs';

type Compare = (distDir: string, built: Map<string, string>) => { file: string; what: string }[];
const compare = compareDist as Compare;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-dist-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

describe('the dist freshness check', () => {
  const built = new Map([['index.js', 'code'], ['licenses.txt', 'MIT']]);

  it('passes a dist identical to the build', () => {
    expect(compare(dist({ 'index.js': 'code', 'licenses.txt': 'MIT' }), built)).toEqual([]);
  });

  it('reports changed, missing and extra files', () => {
    expect(compare(dist({ 'index.js': 'old code', 'sub/stale.js': 'x' }), built)).toEqual([
      { file: 'index.js', what: 'differs from a fresh build' },
      { file: 'licenses.txt', what: 'is missing' },
      { file: 'sub/stale.js', what: 'is not produced by the build' },
    ]);
  });

  it('reports a dist that was never built', () => {
    expect(compare(join(tmpdir(), 'ops-actions-no-such-dist'), built)).toHaveLength(2);
  });
});

describe('the licences shipped with each bundle', () => {
  const ROOT = join(import.meta.dirname, '..', '..', '..');
  /** The package names licenses.txt lists: each entry starts with a line that is a package name. */
  const listed = (action: string): string[] =>
    readFileSync(join(ROOT, 'actions', action, 'dist', 'licenses.txt'), 'utf8')
      .split('\n')
      .filter((line) => /^(?:@[a-z0-9._-]+\/)?[a-z0-9._-]+$/.test(line));

  it("name the packages of a bundle split by a lazy import(): quality-gate's main bundle and its @actions/github chunk", () => {
    const names = listed('quality-gate');
    // The main bundle: the XML and JSON streamers and the glob; the lazy chunk: the GitHub client.
    expect(names).toEqual(expect.arrayContaining(['@actions/core', '@actions/glob', 'saxes', 'xmlchars', '@streamparser/json', '@actions/github', '@octokit/core']));
    expect(readdirSync(join(ROOT, 'actions', 'quality-gate', 'dist')).filter((file) => /^\d+\.index\.js$/.test(file)).length).toBeGreaterThan(0);
  });

  it('name no package that tree shaking left out (changelog bundles no statistics library)', () => {
    expect(listed('changelog')).toEqual(expect.arrayContaining(['conventional-commits-parser', 'semver', 'smol-toml']));
    expect(listed('changelog').filter((name) => name.startsWith('@stdlib/'))).toEqual([]);
  });
});
