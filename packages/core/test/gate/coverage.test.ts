import {
  CoveragePathResolver,
  computeDiffCoverage,
  displayCovered,
  meetsPercent,
  mergeCoverage,
  parseUnifiedDiff,
  percentCovered,
  readChangedLines,
  readCobertura,
  readCoverageJson,
  readLcov,
  totalCoverage,
  GitClient,
} from '@ops-actions/core';
import type { CoverageReport } from '@ops-actions/core';
import { createTestRepo } from '@ops-actions/test-helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const REPORTS = join(FIXTURES, 'reports');
/** The sample project is the workspace: the reports' paths resolve against it. */
const paths = new CoveragePathResolver(join(FIXTURES, 'project'));

interface CoveragePyTotals {
  covered_lines: number;
  num_statements: number;
  percent_covered: number;
  num_branches: number;
  covered_branches: number;
}
const coveragePyTotals = (name: string): CoveragePyTotals => (JSON.parse(readFileSync(join(REPORTS, name), 'utf8')) as { totals: CoveragePyTotals }).totals;

function totals(reports: CoverageReport[]): { statements: number; covered: number; branches: number; coveredBranches: number; percent: number } {
  const merged = mergeCoverage(reports);
  const t = totalCoverage(merged.values(), reports.some((r) => r.branchData));
  return { statements: t.statements, covered: t.statements - t.missing, branches: t.branches, coveredBranches: t.coveredBranches, percent: percentCovered(t) };
}
const expected = (t: CoveragePyTotals) => ({ statements: t.num_statements, covered: t.covered_lines, branches: t.num_branches, coveredBranches: t.covered_branches, percent: t.percent_covered });

describe('coverage totals, as coverage.py computes them', () => {
  it('gives coverage.py 6.5 own total for one leg from its XML, JSON and lcov alike', async () => {
    const want = expected(coveragePyTotals('coverage-linux.json'));
    expect(totals([await readCobertura(join(REPORTS, 'coverage-linux.xml'), paths)])).toEqual(want);
    expect(totals([await readCoverageJson(join(REPORTS, 'coverage-linux.json'), paths)])).toEqual(want);
    expect(totals([await readLcov(join(REPORTS, 'coverage-linux.lcov'), paths)])).toEqual(want);
  });

  it('merges two legs by file and line to what `coverage combine` gives, from XML and from JSON', async () => {
    const combined = expected(coveragePyTotals('coverage-combined.json'));
    expect(combined.percent).toBeGreaterThan(coveragePyTotals('coverage-linux.json').percent_covered);
    expect(totals([await readCobertura(join(REPORTS, 'coverage-linux.xml'), paths), await readCobertura(join(REPORTS, 'coverage-windows.xml'), paths)])).toEqual(combined);
    expect(totals([await readCoverageJson(join(REPORTS, 'coverage-linux.json'), paths), await readCoverageJson(join(REPORTS, 'coverage-windows.json'), paths)])).toEqual(combined);
    expect(totals([await readCobertura(join(REPORTS, 'coverage-linux.xml'), paths), await readCoverageJson(join(REPORTS, 'coverage-windows.json'), paths)])).toEqual(combined);
  });

  it("displays percentages with coverage.py's own rule (never 100 below 100, never 0 above 0)", () => {
    const cases = JSON.parse(readFileSync(join(REPORTS, 'display-covered.json'), 'utf8')) as { statements: number; missing: number; branches: number; missingBranches: number; precision: number; pc_covered: number; pc_covered_str: string }[];
    expect(cases.length).toBeGreaterThan(30);
    for (const c of cases) {
      const pc = percentCovered({ files: 1, statements: c.statements, missing: c.missing, branches: c.branches, coveredBranches: c.branches - c.missingBranches, branchData: c.branches > 0, approximateBranchPoints: 0 });
      expect(pc, JSON.stringify(c)).toBe(c.pc_covered);
      expect(displayCovered(pc, c.precision), JSON.stringify(c)).toBe(c.pc_covered_str);
    }
  });

  it('never rounds a threshold up to pass', () => {
    expect(meetsPercent(7999, 10000, 80)).toBe(false);
    expect(meetsPercent(79996, 100000, 80)).toBe(false);
    expect(meetsPercent(8000, 10000, 80)).toBe(true);
    expect(meetsPercent(1991, 2000, 99.55)).toBe(true);
    expect(meetsPercent(1990, 2000, 99.55)).toBe(false);
    expect(meetsPercent(99999, 100000, 100)).toBe(false);
  });

  it('resolves Cobertura paths from another runner (a Windows leg) to the same repository path', () => {
    const resolver = new CoveragePathResolver(join(FIXTURES, 'project'));
    expect(resolver.resolve('src/acme_quality/stats.py', ['/home/runner/work/acme-quality/acme-quality'])).toBe('src/acme_quality/stats.py');
    expect(resolver.resolve('acme_quality/stats.py', ['D:\\a\\acme-quality\\acme-quality\\src'])).toBe('src/acme_quality/stats.py');
    expect(resolver.resolve('src\\acme_quality\\stats.py')).toBe('src/acme_quality/stats.py');
    expect(resolver.resolve('/home/runner/work/acme-quality/acme-quality/src/acme_quality/stats.py')).toBe('src/acme_quality/stats.py');
    expect(resolver.resolve('gone/module.py', ['/elsewhere'])).toBe('gone/module.py');
    // A <source> inside this workspace (the report made in this checkout), in native form.
    expect(resolver.resolve('acme_quality/stats.py', [join(FIXTURES, 'project', 'src')])).toBe('src/acme_quality/stats.py');
  });
});

describe('diff coverage, as diff-cover defines it', () => {
  it('reads the added and changed lines of a -U0 diff, and drops deleted files', () => {
    const diff = [
      'diff --git a/src/a.py b/src/a.py',
      'index 1..2 100644',
      '--- a/src/a.py',
      '+++ b/src/a.py',
      '@@ -3 +3,2 @@ def f():',
      '-    return 1',
      '+    x = 2',
      '+    return x',
      '@@ -10,0 +12 @@',
      '+print()',
      'diff --git a/old.py b/old.py',
      'deleted file mode 100644',
      '--- a/old.py',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-gone',
    ].join('\n');
    expect(parseUnifiedDiff(diff)).toEqual(new Map([['src/a.py', new Set([3, 4, 12])]]));
  });

  it('measures the changed lines of a real branch against its base, ignoring lines and files coverage does not know', async () => {
    const repo = createTestRepo({ prefix: 'gate-diff-' });
    try {
      repo.commit({ message: 'base', files: { 'src/m.py': 'def f(x):\n    return x\n', 'README.md': 'hi\n' } });
      repo.git('branch', 'base');
      repo.commit({ message: 'change', files: { 'src/m.py': 'def f(x):\n    if x:\n        return 1\n    # note\n    return x\n', 'README.md': 'hello\n' } });
      repo.write('src/m.py', 'def f(x):\n    if x:\n        return 1\n    # note\n    return x\n\ndef g():\n    return 2\n');
      const changed = await readChangedLines(new GitClient(repo.dir, { PATH: process.env.PATH, HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1' }), 'base');
      expect(changed).toEqual(new Map([['README.md', new Set([1])], ['src/m.py', new Set([2, 3, 4, 6, 7, 8])]]));
      const coverage = mergeCoverage([
        { path: 'c.xml', format: 'cobertura', branchData: false, files: new Map([['src/m.py', { statements: 6, missing: new Set([3, 8]), executed: new Set([1, 2, 5, 7]), branches: new Map() }]]) },
      ]);
      const diff = computeDiffCoverage('base', changed, coverage);
      // Changed statements: 2, 3, 7, 8 (4 is a comment, 6 blank); uncovered: 3 and 8. README is not measured.
      expect(diff).toEqual({ base: 'base', measured: 4, covered: 2, uncovered: [{ file: 'src/m.py', lines: [3, 8] }], files: 1 });
    } finally {
      repo.remove();
    }
  });

  it('says how to fix a base that is not in the clone', async () => {
    const repo = createTestRepo({ prefix: 'gate-diff-' });
    try {
      repo.commit('only');
      await expect(readChangedLines(new GitClient(repo.dir, { PATH: process.env.PATH, HOME: repo.dir }), 'origin/main')).rejects.toThrow(/not in this clone.*fetch-depth: 0/);
    } finally {
      repo.remove();
    }
  });
});
