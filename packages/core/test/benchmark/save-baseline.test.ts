import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nextBaselineName, parseBenchmarkResults, saveBaseline, writeFileAtomically } from '../../src/index.js';
import { fixtureText } from './fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-save-'));
  dirs.push(dir);
  return dir;
};
const TEXT = fixtureText('pytest-benchmark/runs/current-unchanged.json');
const RESULTS = parseBenchmarkResults(TEXT, 'current.json');
const NOW = new Date('2025-02-03T04:05:06Z');

describe('nextBaselineName', () => {
  it('numbers as pytest-benchmark’s autosave does, one past the highest', () => {
    expect(nextBaselineName([], 'abc123', NOW)).toBe('0001_abc123_20250203_040506.json');
    expect(nextBaselineName(['0001_x.json', '0012_y_20250101_000000.json', 'notes.md'], 'abc', NOW)).toBe('0013_abc_20250203_040506.json');
    expect(nextBaselineName([], undefined, NOW)).toBe('0001_unversioned_20250203_040506.json');
  });
});

describe('saveBaseline', () => {
  it('writes the file’s exact bytes into a directory under the next pytest-benchmark name', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'benchmarks'));
    writeFileSync(join(dir, 'benchmarks', '0004_old.json'), '{}');
    const path = await saveBaseline({ target: 'benchmarks', cwd: dir, text: TEXT, results: RESULTS, commit: 'ffff', now: NOW });
    const stamp = (RESULTS.datetime ?? '').replace(/\.\d+$/, '').replace(/[-:]/g, '').replace('T', '_');
    expect(path).toBe(`benchmarks/0005_${RESULTS.commit ?? ''}_${stamp}.json`);
    expect(readFileSync(join(dir, path), 'utf8')).toBe(TEXT);
    expect(readdirSync(join(dir, 'benchmarks')).sort()).toEqual(['0004_old.json', path.split('/')[1]]);
  });

  it('creates a directory written with a trailing slash, and replaces a file path', async () => {
    const dir = tempDir();
    expect(await saveBaseline({ target: 'new/dir/', cwd: dir, text: TEXT, results: RESULTS, commit: undefined, now: NOW })).toMatch(/^new\/dir\/0001_/);
    writeFileSync(join(dir, 'baseline.json'), 'old');
    expect(await saveBaseline({ target: 'baseline.json', cwd: dir, text: TEXT, results: RESULTS, commit: undefined, now: NOW })).toBe('baseline.json');
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe(TEXT);
  });

  it('fails without touching anything when the target’s folder cannot be made', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocked'), 'x');
    await expect(saveBaseline({ target: 'blocked/baseline.json', cwd: dir, text: TEXT, results: RESULTS, commit: undefined, now: NOW })).rejects.toThrow("Input 'save-baseline' has the value 'blocked/baseline.json', but blocked is a file, so nothing can be inside it");
    expect(readdirSync(dir)).toEqual(['blocked']);
  });

  it('refuses a link out of the workspace or into .git, and writes nothing anywhere', async () => {
    const dir = tempDir();
    const outside = tempDir();
    mkdirSync(join(dir, '.git'));
    symlinkSync(outside, join(dir, 'benchmarks'));
    symlinkSync('.git', join(dir, 'hooks-link'));
    writeFileSync(join(outside, 'baseline.json'), 'kept');
    symlinkSync(join(outside, 'baseline.json'), join(dir, 'baseline.json'));
    const save = (target: string) => saveBaseline({ target, cwd: dir, text: TEXT, results: RESULTS, commit: 'abc', now: NOW });
    await expect(save('benchmarks/')).rejects.toThrow(/^Input 'save-baseline' has the value 'benchmarks\/', but it leads outside the repository/);
    await expect(save('benchmarks/deeper/new.json')).rejects.toThrow(/leads outside the repository/);
    await expect(save('baseline.json')).rejects.toThrow(/leads outside the repository/);
    await expect(save('hooks-link/pre-commit')).rejects.toThrow(/^Input 'save-baseline' has the value 'hooks-link\/pre-commit', but it leads into \.git/);
    expect(readdirSync(outside)).toEqual(['baseline.json']);
    expect(readFileSync(join(outside, 'baseline.json'), 'utf8')).toBe('kept');
    expect(readdirSync(join(dir, '.git'))).toEqual([]);
  });

  it('writes through a link that stays inside the workspace, where it leads', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'store'));
    symlinkSync('store', join(dir, 'benchmarks'));
    const path = await saveBaseline({ target: 'benchmarks/', cwd: dir, text: TEXT, results: RESULTS, commit: 'abc', now: NOW });
    expect(path).toMatch(/^store\/0001_/);
    expect(readFileSync(join(dir, path), 'utf8')).toBe(TEXT);
  });
});

describe('writeFileAtomically', () => {
  it('writes the whole file, or leaves what was there and no temporary file when the rename fails', async () => {
    const dir = tempDir();
    await writeFileAtomically(join(dir, 'a.json'), 'whole');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('whole');
    // A non-empty directory where the file should go: the temporary file is written, then the rename fails.
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'keep'), 'kept');
    await expect(writeFileAtomically(join(dir, 'taken'), 'new')).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST|EPERM/);
    expect(readFileSync(join(dir, 'taken', 'keep'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'taken']);
  });
});
