import { createTestRepo } from '@ops-actions/test-helpers';
import type { TestRepo } from '@ops-actions/test-helpers';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BaselineRefError, FileError, GitClient, HISTORY_WINDOW, orderBaselineFiles, parseBenchmarkResults, readBaselineFromFiles, readBaselineFromGit } from '../../src/index.js';
import { MACHINE, RUNS, fixtureText, savedRuns } from './fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-baseline-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
const run = (datetime: string, median = 0.001): string =>
  JSON.stringify({ datetime, version: '3.2.2', benchmarks: [{ fullname: 't::a', stats: { min: median, max: median, mean: median, stddev: 0, rounds: 1, median, iqr: 0, q1: median, q3: median } }] });

describe('orderBaselineFiles', () => {
  it('puts the highest NNNN_ number first, as --benchmark-compare picks it', () => {
    const files = ['0002_abc_20250102_000000.json', '0010_abc_20250101_000000.json', '0009_abc_20250103_000000.json'].map((name) => parseBenchmarkResults(run('2025-01-01T00:00:00'), `b/${name}`));
    expect(orderBaselineFiles(files).map((f) => f.path)).toEqual(['b/0010_abc_20250101_000000.json', 'b/0009_abc_20250103_000000.json', 'b/0002_abc_20250102_000000.json']);
  });

  it('orders other names by the datetime inside, in UTC with or without an offset', () => {
    const files = [
      parseBenchmarkResults(run('2025-01-02T10:00:00'), 'b/main.json'),
      parseBenchmarkResults(run('2025-01-02T11:30:00+02:00'), 'b/pr.json'),
      parseBenchmarkResults(run('2025-01-01T00:00:00'), 'b/old.json'),
    ];
    expect(orderBaselineFiles(files).map((f) => f.path)).toEqual(['b/main.json', 'b/pr.json', 'b/old.json']);
  });

  it('keeps the window to the newest file’s folder and HISTORY_WINDOW files', () => {
    const files = Array.from({ length: 25 }, (_, i) => parseBenchmarkResults(run('2025-01-01T00:00:00'), `b/m1/${String(i + 1).padStart(4, '0')}_x.json`));
    files.push(parseBenchmarkResults(run('2025-01-01T00:00:00'), 'b/m2/0003_x.json'));
    const window = orderBaselineFiles(files);
    expect(window).toHaveLength(HISTORY_WINDOW);
    expect(window[0]?.path).toBe('b/m1/0025_x.json');
    expect(window.every((f) => f.path.startsWith('b/m1/'))).toBe(true);
  });
});

describe('readBaselineFromFiles', () => {
  it('reads pytest-benchmark’s storage folder (machine-id subfolder) as a history, newest first', async () => {
    const baseline = await readBaselineFromFiles(join(RUNS, 'history'), '/');
    const names = savedRuns('history').map((path) => path.split('/').pop());
    expect(baseline?.history.map((f) => f.path.split('/').pop())).toEqual(names.reverse());
    expect(baseline?.newest).toBe(baseline?.history[0]);
    expect(baseline?.source).toBe(join(RUNS, 'history'));
  });

  it('reads one file as the baseline, and a missing path or empty folder as none (the first run)', async () => {
    const dir = tempDir();
    cpSync(join(RUNS, 'current-unchanged.json'), join(dir, 'base.json'));
    mkdirSync(join(dir, 'empty'));
    expect((await readBaselineFromFiles('base.json', dir))?.history).toHaveLength(1);
    expect(await readBaselineFromFiles('benchmarks/', dir)).toBeUndefined();
    expect(await readBaselineFromFiles('empty', dir)).toBeUndefined();
  });

  it('never takes the current results for the baseline, when they are written into its folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'benchmarks'));
    writeFileSync(join(dir, 'benchmarks', 'a.json'), run('2025-01-01T00:00:00'));
    writeFileSync(join(dir, 'benchmarks', 'current.json'), run('2025-06-01T00:00:00'));
    const baseline = await readBaselineFromFiles('benchmarks', dir, join(dir, 'benchmarks', 'current.json'));
    expect(baseline?.history.map((f) => f.path)).toEqual(['benchmarks/a.json']);
  });

  it('names a file in the folder that is not benchmark results', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'benchmarks'));
    writeFileSync(join(dir, 'benchmarks', '0001_a.json'), run('2025-01-01T00:00:00'));
    writeFileSync(join(dir, 'benchmarks', '0002_b.json'), '{"not": "results"}');
    await expect(readBaselineFromFiles('benchmarks/', dir)).rejects.toThrow(FileError);
    await expect(readBaselineFromFiles('benchmarks/', dir)).rejects.toThrow(/benchmarks\/0002_b\.json: is not benchmark results/);
  });
});

describe('readBaselineFromFiles: paths and bytes', () => {
  it('reads strictly as UTF-8, naming the file and the byte', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'base.json'), Buffer.from(run('2025-01-01T00:00:00').replace('t::a', 't::caf\u00e9'), 'latin1'));
    await expect(readBaselineFromFiles('base.json', dir)).rejects.toThrow(/^base\.json: the byte at offset \d+ \(0xE9\) is not UTF-8/);
  });

  it('never quotes a file that is not JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'base.json'), 'TOKEN=ghp_secret123 and more');
    writeFileSync(join(dir, 'cut.json'), '{"benchmarks": [');
    writeFileSync(join(dir, 'bad.json'), '{"benchmarks": [1,,2]}');
    writeFileSync(join(dir, 'lines.json'), '{\n  "a": 1\n  "b": 2}');
    const message = async (name: string): Promise<string> => String(await readBaselineFromFiles(name, dir).catch((error: unknown) => error));
    expect(await message('base.json')).toBe('FileError: base.json: is not JSON (it does not start with { or [); expected pytest-benchmark results (--benchmark-json) or a list of {name, unit, value}');
    expect(await message('cut.json')).toMatch(/^FileError: cut\.json: is not JSON \((it ends too early|at line 1, column \d+)\)/);
    expect(await message('bad.json')).toMatch(/^FileError: bad\.json: is not JSON; expected/);
    expect(await message('lines.json')).toMatch(/^FileError: lines\.json: is not JSON \(at line 3, column 3\); expected/);
  });

  it('refuses a link out of the workspace, and follows none inside a baseline folder', async () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, '0009_elsewhere.json'), run('2025-09-01T00:00:00'));
    symlinkSync(outside, join(dir, 'linked'));
    await expect(readBaselineFromFiles('linked/', dir)).rejects.toThrow(/^Input 'baseline' has the value 'linked\/', but it leads outside the repository/);
    mkdirSync(join(dir, 'benchmarks'));
    writeFileSync(join(dir, 'benchmarks', '0001_a.json'), run('2025-01-01T00:00:00'));
    symlinkSync(join(outside, '0009_elsewhere.json'), join(dir, 'benchmarks', '0009_link.json'));
    symlinkSync(outside, join(dir, 'benchmarks', 'machine'));
    expect((await readBaselineFromFiles('benchmarks/', dir))?.history.map((f) => f.path)).toEqual(['benchmarks/0001_a.json']);
  });

  it('reads an absolute path outside the workspace as the workflow named it (RUNNER_TEMP)', async () => {
    const dir = tempDir();
    const runnerTemp = tempDir();
    writeFileSync(join(runnerTemp, 'base.json'), run('2025-01-01T00:00:00'));
    expect((await readBaselineFromFiles(join(runnerTemp, 'base.json'), dir))?.source).toBe(join(runnerTemp, 'base.json'));
    expect(await readBaselineFromFiles(join(runnerTemp, 'none.json'), dir)).toBeUndefined();
  });
});

describe('readBaselineFromGit', () => {
  let repo: TestRepo;
  const setup = (): TestRepo => {
    repo = createTestRepo({ prefix: 'ops-actions-baseline-ref-' });
    cleanups.push(() => repo.remove());
    const files: Record<string, string> = {};
    for (const path of savedRuns('history')) files[`benchmarks/${MACHINE}/${path.split('/').pop() ?? ''}`] = fixtureText(path);
    repo.commit({ message: 'chore: benchmark baselines', files });
    repo.git('switch', '--quiet', '--create', 'feature');
    // The working tree's benchmarks/ differs: the ref must be read without checking it out.
    repo.git('rm', '--quiet', '-r', 'benchmarks');
    repo.commit({ message: 'feat: drop the baselines on this branch', files: { 'benchmarks/other.json': fixtureText('pytest-benchmark/runs/noise-baseline.json') } });
    return repo;
  };
  const git = (): GitClient => new GitClient(repo.dir, { PATH: process.env.PATH, HOME: repo.dir });

  it('reads the baseline directory as it is at the ref, without touching the working tree', async () => {
    setup();
    const before = repo.git('status', '--porcelain');
    const baseline = await readBaselineFromGit(git(), 'main', 'benchmarks/');
    expect(baseline?.source).toBe('main:benchmarks');
    expect(baseline?.history).toHaveLength(5);
    expect(baseline?.newest.path).toMatch(new RegExp(`^main:benchmarks/${MACHINE}/0005_`));
    expect(baseline?.newest.benchmarks.map((b) => b.name)).toContain('tests/test_benchmarks.py::test_parse_csv');
    expect(repo.git('status', '--porcelain')).toBe(before);
    expect(repo.git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('feature');
  });

  it('reads one file at the ref, and a path the ref lacks as the first run', async () => {
    setup();
    const [first] = savedRuns('history');
    const name = `benchmarks/${MACHINE}/${first?.split('/').pop() ?? ''}`;
    expect((await readBaselineFromGit(git(), 'main', name))?.newest.path).toBe(`main:${name}`);
    expect(await readBaselineFromGit(git(), 'main', 'no/such/dir')).toBeUndefined();
  });

  it('says to fetch a ref the clone does not have', async () => {
    setup();
    const error = await readBaselineFromGit(git(), 'origin/main', 'benchmarks/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaselineRefError);
    expect((error as Error).message).toBe(
      "baseline-ref 'origin/main' cannot be read: it is not a commit in this clone. Fetch it before this step (actions/checkout with fetch-depth: 0, or `git fetch --depth=1 origin main`), or check its name.",
    );
  });
});

