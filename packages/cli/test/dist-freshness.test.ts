import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
