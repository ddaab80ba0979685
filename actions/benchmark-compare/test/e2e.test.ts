import { parseBenchmarkReport } from '@ops-actions/core';
import { createTestRepo, expectValidMermaid, nodeRuntimes, runBundledAction, startFakeGitHub } from '@ops-actions/test-helpers';
import type { FakeGitHub, TestRepo } from '@ops-actions/test-helpers';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const RUNS = join(import.meta.dirname, '..', '..', '..', 'packages', 'core', 'test', 'benchmark', 'fixtures', 'pytest-benchmark', 'runs');
const MACHINE = 'Linux-CPython-3.11-64bit';
const manifest = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A workspace with benchmarks/ holding a copy of a fixture history folder and current.json, and its own RUNNER_TEMP. */
function workspace(options: { history?: 'history' | 'history-data'; current?: string } = {}): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-benchmark-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ops-actions-runner-temp-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => rmSync(runnerTemp, { recursive: true, force: true }));
  if (options.history) cpSync(join(RUNS, options.history), join(dir, 'benchmarks'), { recursive: true });
  if (options.current) cpSync(join(RUNS, options.current), join(dir, 'current.json'));
  return { dir, env: { RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'acme/acme-stats' } };
}
const listing = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).sort();
const reportOf = (path: string | undefined) => parseBenchmarkReport(readFileSync(path ?? '', 'utf8'), path ?? '');

describe.each(nodeRuntimes())('benchmark-compare bundle under $label', ({ path: nodePath }) => {
  it('finds the real regression against the history directory, warns on its test file, and writes the report', async () => {
    const { dir, env } = workspace({ history: 'history', current: 'current-regression.json' });
    const result = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());
    expect(result.outputs).toMatchObject({ regressions: '1', passed: 'false' });
    expect(Number(result.outputs['max-regression'])).toBeGreaterThan(50);
    const report = reportOf(result.outputs.report);
    expect(report.comparisons.find((c) => c.verdict === 'regression')).toMatchObject({ name: 'tests/test_benchmarks.py::test_percentile[95]', method: 'history', historyRuns: 5 });
    expect(report).toMatchObject({ baselineSource: 'benchmarks/', baselineFiles: 5, stat: 'median', threshold: 0.2 });
    const warning = result.annotations.find((a) => a.level === 'warning' && a.title?.includes('is slower'));
    expect(warning).toMatchObject({ file: 'tests/test_benchmarks.py' });
    expect(result.summary).toMatch(/^## benchmark-compare: ❌ 1 regression; worst `test_percentile\[95\]`/);
    await expectValidMermaid(result.summary, { count: 1 });
  });

  it('fails the step on a regression when asked, with error annotations', async () => {
    const { dir, env } = workspace({ history: 'history-data', current: 'current-regression.json' });
    const newest = readdirSync(join(dir, 'benchmarks', MACHINE)).sort().at(-1) ?? '';
    const result = await runBundledAction('benchmark-compare', {
      cwd: dir,
      nodePath,
      env,
      inputs: { current: 'current.json', baseline: `benchmarks/${MACHINE}/${newest}`, 'fail-on-regression': 'true' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n')).toMatch(/regressed past 20% and past the noise/);
    expect(result.annotations.find((a) => a.level === 'error' && a.file === 'tests/test_benchmarks.py')?.message).toMatch(/Mann-Whitney U p = /);
  });

  it('on the first run notices, lists the results, passes, and saves the baseline', async () => {
    const { dir, env } = workspace({ current: 'current-unchanged.json' });
    const result = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', 'save-baseline': 'benchmarks/' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ regressions: '0', improvements: '0', 'max-regression': '0', passed: 'true' });
    expect(result.annotations.map((a) => a.level)).toEqual(['notice']);
    const [saved] = readdirSync(join(dir, 'benchmarks'));
    expect(saved).toMatch(/^0001_[0-9a-f]{40}_\d{8}_\d{6}\.json$/);
    expect(readFileSync(join(dir, 'benchmarks', saved ?? ''), 'utf8')).toBe(readFileSync(join(RUNS, 'current-unchanged.json'), 'utf8'));
    expect(result.summary).toContain('No baseline yet at the given path');
    expect(result.summary).toContain(`Saved as the baseline for the next runs: \`benchmarks/${saved}\``);
    await expectValidMermaid(result.summary, { count: 0 });
  });

  it('warns about runner drift once, and calls nothing a regression', async () => {
    const { dir, env } = workspace({ current: 'current-drift.json' });
    cpSync(join(RUNS, 'current-unchanged.json'), join(dir, 'baseline.json'));
    const result = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', baseline: 'baseline.json' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ regressions: '0', passed: 'true' });
    expect(result.annotations.map((a) => a.title)).toEqual(['benchmark-compare: runner drift']);
    expect(reportOf(result.outputs.report).drift).toEqual({ factor: 1.25, benchmarks: 8 });
  });

  it('judges a common slowdown as the code’s when the base was benchmarked in this job (its results in RUNNER_TEMP)', async () => {
    const { dir, env } = workspace({ current: 'current-drift.json' });
    const base = join(env.RUNNER_TEMP ?? '', 'base.json');
    cpSync(join(RUNS, 'current-unchanged.json'), base);
    const result = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', baseline: base, 'fail-on-regression': 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ regressions: '6', passed: 'false' });
    expect(reportOf(result.outputs.report)).toMatchObject({ sameJob: true, drift: { factor: 1.25, benchmarks: 8 } });
    expect(result.summary).toContain('**Everything moved together:**');
  });

  it('refuses a file that is not benchmark JSON, naming it, and leaves the baseline untouched', async () => {
    const { dir, env } = workspace({ history: 'history' });
    writeFileSync(join(dir, 'current.json'), '{"tests": 3}');
    const before = listing(join(dir, 'benchmarks'));
    const result = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', 'save-baseline': 'benchmarks/' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toBe(
      'current.json: is not benchmark results: expected pytest-benchmark JSON (an object with a "benchmarks" list, from --benchmark-json) or a list of {name, unit, value}',
    );
    expect(listing(join(dir, 'benchmarks'))).toEqual(before);
    expect(result.outputs).toEqual({});
  });

  it('refuses mismatched units, naming both files, and leaves the baseline untouched', async () => {
    const { dir, env } = workspace();
    writeFileSync(join(dir, 'base.json'), JSON.stringify([{ name: 'load', unit: 'ms', value: 12 }]));
    writeFileSync(join(dir, 'current.json'), JSON.stringify([{ name: 'load', unit: 'Megabytes', value: 12 }]));
    const result = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', baseline: 'base.json', 'save-baseline': 'base.json' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/^current\.json: "load" is measured in Megabytes \(other\), but in s \(time\) in the baseline base\.json/);
    expect(readFileSync(join(dir, 'base.json'), 'utf8')).toBe(JSON.stringify([{ name: 'load', unit: 'ms', value: 12 }]));
  });

  it('refuses a save-baseline that a link leads out of the workspace or into .git, and writes nothing', async () => {
    const { dir, env } = workspace({ current: 'current-unchanged.json' });
    const outside = mkdtempSync(join(tmpdir(), 'ops-actions-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    symlinkSync(outside, join(dir, 'benchmarks'));
    mkdirSync(join(dir, '.git'));
    symlinkSync('.git', join(dir, 'gitlink'));
    const out = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', baseline: 'none/', 'save-baseline': 'benchmarks/' } });
    expect(out.exitCode).toBe(1);
    expect(out.annotations.find((a) => a.level === 'error')?.message).toMatch(/^Input 'save-baseline' has the value 'benchmarks\/', but it leads outside the repository/);
    const git = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', baseline: 'none/', 'save-baseline': 'gitlink/hooks/post-checkout' } });
    expect(git.exitCode).toBe(1);
    expect(git.annotations.find((a) => a.level === 'error')?.message).toMatch(/^Input 'save-baseline' has the value 'gitlink\/hooks\/post-checkout', but it leads into \.git/);
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(join(dir, '.git'))).toEqual([]);
  });

  it('refuses a baseline that is not UTF-8 or not JSON, naming the file without quoting it', async () => {
    const { dir, env } = workspace({ current: 'current-unchanged.json' });
    const text = readFileSync(join(RUNS, 'current-unchanged.json'), 'utf8').replace('test_group_by', 'test_caf\u00e9');
    writeFileSync(join(dir, 'latin1.json'), Buffer.from(text, 'latin1'));
    writeFileSync(join(dir, 'secret.json'), 'API_KEY=abc123def');
    const latin1 = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', baseline: 'latin1.json' } });
    expect(latin1.exitCode).toBe(1);
    expect(latin1.annotations.find((a) => a.level === 'error')?.message).toMatch(/^latin1\.json: the byte at offset \d+ \(0xE9\) is not UTF-8/);
    const secret = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', baseline: 'secret.json' } });
    expect(secret.exitCode).toBe(1);
    expect(secret.annotations.find((a) => a.level === 'error')?.message).toMatch(/^secret\.json: is not JSON \(it does not start with \{ or \[\)/);
    expect(secret.log).not.toContain('abc123');
  });

  it('refuses bad input, naming it', async () => {
    const { dir, env } = workspace({ current: 'current-unchanged.json' });
    const result = await runBundledAction('benchmark-compare', { cwd: dir, nodePath, env, inputs: { current: 'current.json', stat: 'p99' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toBe("Input 'stat' has the value 'p99', but it must be one of: median, mean, min, ops.");
  });

  describe('baseline-ref', () => {
    let repo: TestRepo;
    const setup = (): TestRepo => {
      repo = createTestRepo({ prefix: 'ops-actions-benchmark-ref-' });
      cleanups.push(() => repo.remove());
      const files: Record<string, string> = { 'pyproject.toml': '[project]\nname = "acme-stats"\n' };
      for (const name of readdirSync(join(RUNS, 'history', MACHINE))) files[`benchmarks/${MACHINE}/${name}`] = readFileSync(join(RUNS, 'history', MACHINE, name), 'utf8');
      repo.commit({ message: 'chore: benchmark baselines', files });
      repo.git('switch', '--quiet', '--create', 'feature/slow-percentile');
      repo.commit({ message: 'perf: skip NaN in percentile', files: { 'benchmarks/README.md': 'moved\n' } });
      repo.git('rm', '--quiet', '-r', `benchmarks/${MACHINE}`);
      repo.commit('chore: drop the baselines on the branch');
      cpSync(join(RUNS, 'current-regression.json'), join(repo.dir, 'current.json'));
      return repo;
    };

    it('reads the baseline from the ref without checking it out', async () => {
      setup();
      const before = repo.git('status', '--porcelain');
      const runnerTemp = mkdtempSync(join(tmpdir(), 'ops-actions-runner-temp-'));
      cleanups.push(() => rmSync(runnerTemp, { recursive: true, force: true }));
      const result = await runBundledAction('benchmark-compare', { cwd: repo.dir, nodePath, env: { RUNNER_TEMP: runnerTemp }, inputs: { current: 'current.json', 'baseline-ref': 'main' } });
      expect(result.exitCode, result.log).toBe(0);
      expect(result.outputs.regressions).toBe('1');
      expect(reportOf(result.outputs.report)).toMatchObject({ baselineSource: 'main:benchmarks', baselineFiles: 5 });
      expect(repo.git('status', '--porcelain')).toBe(before);
      expect(repo.git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('feature/slow-percentile');
      expect(existsSync(join(repo.dir, 'benchmarks', MACHINE))).toBe(false);
    });

    it('says to fetch a ref the clone lacks, and writes no baseline', async () => {
      setup();
      const runnerTemp = mkdtempSync(join(tmpdir(), 'ops-actions-runner-temp-'));
      cleanups.push(() => rmSync(runnerTemp, { recursive: true, force: true }));
      const result = await runBundledAction('benchmark-compare', {
        cwd: repo.dir,
        nodePath,
        env: { RUNNER_TEMP: runnerTemp },
        inputs: { current: 'current.json', 'baseline-ref': 'origin/main', 'save-baseline': 'benchmarks/' },
      });
      expect(result.exitCode).toBe(1);
      expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/^baseline-ref 'origin\/main' cannot be read: it is not a commit in this clone\. Fetch it before this step/);
      expect(readdirSync(join(repo.dir, 'benchmarks'))).toEqual(['README.md']);
    });
  });

  describe('comment-on-pr', () => {
    let github: FakeGitHub;
    const pullRequestEvent = (dir: string): string => {
      const path = join(dir, 'event.json');
      writeFileSync(path, JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40), repo: { full_name: 'acme/acme-stats' } }, base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'acme/acme-stats' } } } }));
      return path;
    };
    /** The fake API, and a pull request run in a workspace with the regression, commenting with `token`. */
    const pullRequestRun = async (token: string): Promise<() => ReturnType<typeof runBundledAction>> => {
      github = await startFakeGitHub({ repository: 'acme/acme-stats', tokens: { 'write-token': 'write', 'fork-token': 'read' }, pulls: [{ number: 7 }] });
      cleanups.push(() => github.close());
      const { dir, env } = workspace({ history: 'history', current: 'current-regression.json' });
      return () =>
        runBundledAction('benchmark-compare', {
          cwd: dir,
          nodePath,
          eventName: 'pull_request',
          eventPath: pullRequestEvent(dir),
          env: { ...env, GITHUB_API_URL: github.url, GITHUB_TOKEN: token },
          inputs: { current: 'current.json', 'comment-on-pr': 'true' },
        });
    };

    it('keeps one comment up to date with the table and chart', async () => {
      const run = await pullRequestRun('write-token');
      const first = await run();
      expect(first.exitCode, first.log).toBe(0);
      expect(github.comments).toHaveLength(1);
      const [comment] = github.comments;
      expect(comment?.body).toMatch(/^<!-- ops-actions:benchmark-compare:current\.json -->\n## benchmark-compare: ❌ 1 regression/);
      expect(comment?.body).toContain('| `tests/test_benchmarks.py::test_percentile[95]` |');
      await expectValidMermaid(comment?.body ?? '', { count: 1 });
      expect(first.log).not.toContain('write-token');
      const second = await run();
      expect(second.exitCode).toBe(0);
      expect(github.comments).toHaveLength(1);
      expect(second.log).toMatch(/comment-on-pr: the comment is up to date on #7/);
    });

    it('fits the comment on thousands of benchmarks with long names in GitHub’s 65,535 characters', async () => {
      github = await startFakeGitHub({ repository: 'acme/acme-stats', tokens: { 'write-token': 'write' }, pulls: [{ number: 7 }] });
      cleanups.push(() => github.close());
      const { dir, env } = workspace();
      const list = (slower: boolean) => JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ name: `tests/test_big.py::test_case[${'é'.repeat(300)}-${i}]`, unit: 'ms', value: slower && i % 2 === 0 ? 20 : 10, range: '0.01' })));
      writeFileSync(join(dir, 'base.json'), list(false));
      writeFileSync(join(dir, 'current.json'), list(true));
      const result = await runBundledAction('benchmark-compare', {
        cwd: dir,
        nodePath,
        eventName: 'pull_request',
        eventPath: pullRequestEvent(dir),
        env: { ...env, GITHUB_API_URL: github.url, GITHUB_TOKEN: 'write-token' },
        inputs: { current: 'current.json', baseline: 'base.json', 'comment-on-pr': 'true' },
      });
      expect(result.exitCode, result.log).toBe(0);
      expect(result.outputs.regressions).toBe('1500');
      const body = github.comments[0]?.body ?? '';
      expect(body.length).toBeGreaterThan(10_000);
      expect(body.length).toBeLessThanOrEqual(65_535);
      expect(body).toMatch(/## benchmark-compare: ❌ 1500 regressions/);
      await expectValidMermaid(body, { count: 1 });
      expect(Buffer.byteLength(result.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
      // Nine: comment-on-pr keeps the tenth slot for the warning a read-only token (a fork) would get.
      expect(result.annotations.filter((a) => a.level === 'warning')).toHaveLength(9);
    });

    it('warns instead of failing on a read-only token (a fork)', async () => {
      const result = await (await pullRequestRun('fork-token'))();
      expect(result.exitCode, result.log).toBe(0);
      expect(github.comments).toEqual([]);
      expect(result.annotations.find((a) => a.message.startsWith('comment-on-pr:'))?.message).toMatch(/cannot comment on #7 \(Resource not accessible by integration\)/);
    });
  });
});

