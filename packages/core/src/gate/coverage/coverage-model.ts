/** Where a branch leaves from (a line) and what is known of its exits. */
export interface BranchPoint {
  /** Exits of this point. */
  readonly total: number;
  /** Exits taken. */
  readonly covered: number;
  /**
   * The exits not taken, by destination (`"5"`, `"exit"`), when the report names them (coverage.py's
   * JSON `missing_branches`, and its Cobertura `missing-branches`): legs then merge exactly.
   */
  readonly missing?: ReadonlySet<string>;
}

/** One source file's coverage in one report. */
export interface FileCoverage {
  /** Statements, as the report counts them (coverage.py `num_statements`, lcov `LF`, Cobertura's `<line>`s). */
  readonly statements: number;
  /** Statements not executed. */
  readonly missing: ReadonlySet<number>;
  /** Lines executed (coverage.py may list a docstring's line here that is no statement). */
  readonly executed: ReadonlySet<number>;
  /** Branch points by key (the source line; lcov: `line:block:branch`, one exit each). */
  readonly branches: ReadonlyMap<string, BranchPoint>;
  /** The report's own branch counts for the file, when it gives them (coverage.py JSON summary). */
  readonly declaredBranches?: { readonly total: number; readonly covered: number };
}

export type CoverageFormat = 'cobertura' | 'coverage-json' | 'lcov';

/** One coverage report, read: its files by repository-relative path. */
export interface CoverageReport {
  readonly path: string;
  readonly format: CoverageFormat;
  /** True when the report measured branches (coverage.py `--branch`, lcov BRDA, Cobertura branch data). */
  readonly branchData: boolean;
  readonly files: ReadonlyMap<string, FileCoverage>;
}

/** The merged coverage of one file over every report that has it. */
export interface MergedFileCoverage {
  readonly path: string;
  readonly statements: number;
  readonly missing: ReadonlySet<number>;
  /** Every line some report knows as a statement or executed: what diff coverage measures. */
  readonly measured: ReadonlySet<number>;
  readonly branches: number;
  readonly coveredBranches: number;
  /** Branch points merged by the lower bound (reports that do not name the exits they missed). */
  readonly approximateBranchPoints: number;
  readonly reports: number;
}

/** coverage.py's Numbers for the whole merge (coverage/results.py). */
export interface CoverageTotals {
  readonly files: number;
  readonly statements: number;
  readonly missing: number;
  readonly branches: number;
  readonly coveredBranches: number;
  /** True when some report had branch data: the total then counts branches too. */
  readonly branchData: boolean;
  /** Branch points whose merge is a lower bound (see the README). */
  readonly approximateBranchPoints: number;
}

/**
 * Merges every report by file and line: a statement is covered when any report covered it (the
 * missing statements are those missing in every report that has the file); a branch exit is
 * taken when any report took it. Exact for statements, and for branches when the reports name the
 * exits they missed (coverage.py's JSON and XML) or number exits alike (lcov); otherwise a branch
 * point counts the most exits any one report covered, a lower bound.
 */
export function mergeCoverage(reports: readonly CoverageReport[]): Map<string, MergedFileCoverage> {
  const byFile = new Map<string, FileCoverage[]>();
  for (const report of reports) {
    for (const [path, file] of report.files) {
      const list = byFile.get(path);
      if (list === undefined) byFile.set(path, [file]);
      else list.push(file);
    }
  }
  const merged = new Map<string, MergedFileCoverage>();
  for (const [path, files] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    merged.set(path, mergeFile(path, files));
  }
  return merged;
}

function mergeFile(path: string, files: readonly FileCoverage[]): MergedFileCoverage {
  const first = files[0] as FileCoverage;
  if (files.length === 1) {
    const { total, covered } = first.declaredBranches ?? sumBranches(first.branches.values());
    return {
      path,
      statements: first.statements,
      missing: first.missing,
      measured: union([first.missing, first.executed]),
      branches: total,
      coveredBranches: covered,
      approximateBranchPoints: 0,
      reports: 1,
    };
  }
  let missing = new Set(first.missing);
  for (const file of files.slice(1)) missing = new Set([...missing].filter((line) => file.missing.has(line)));
  const points = new Map<string, BranchPoint[]>();
  for (const file of files) {
    for (const [key, point] of file.branches) {
      const list = points.get(key);
      if (list === undefined) points.set(key, [point]);
      else list.push(point);
    }
  }
  let branches = 0;
  let coveredBranches = 0;
  let approximate = 0;
  for (const list of points.values()) {
    const total = Math.max(...list.map((point) => point.total));
    if (list.length === 1) {
      branches += total;
      coveredBranches += (list[0] as BranchPoint).covered;
    } else if (list.every((point) => point.missing !== undefined && point.total === total)) {
      let notTaken = new Set(list[0]?.missing);
      for (const point of list.slice(1)) notTaken = new Set([...notTaken].filter((exit) => point.missing?.has(exit)));
      branches += total;
      coveredBranches += total - notTaken.size;
    } else {
      branches += total;
      const best = Math.max(...list.map((point) => point.covered));
      coveredBranches += best;
      if (best < total && list.some((point) => point.covered > 0)) approximate++;
    }
  }
  return {
    path,
    statements: Math.max(...files.map((file) => file.statements)),
    missing,
    measured: union(files.flatMap((file) => [file.missing, file.executed])),
    branches,
    coveredBranches,
    approximateBranchPoints: approximate,
    reports: files.length,
  };
}

function sumBranches(points: Iterable<BranchPoint>): { total: number; covered: number } {
  let total = 0;
  let covered = 0;
  for (const point of points) {
    total += point.total;
    covered += point.covered;
  }
  return { total, covered };
}

function union(sets: readonly ReadonlySet<number>[]): Set<number> {
  const all = new Set<number>();
  for (const set of sets) for (const value of set) all.add(value);
  return all;
}

/** Sums the merged files as coverage.py's `Numbers.__add__` does. */
export function totalCoverage(files: Iterable<MergedFileCoverage>, branchData: boolean): CoverageTotals {
  let count = 0;
  let statements = 0;
  let missing = 0;
  let branches = 0;
  let coveredBranches = 0;
  let approximateBranchPoints = 0;
  for (const file of files) {
    count++;
    statements += file.statements;
    missing += Math.min(file.missing.size, file.statements);
    branches += file.branches;
    coveredBranches += file.coveredBranches;
    approximateBranchPoints += file.approximateBranchPoints;
  }
  return { files: count, statements, missing, branches: branchData ? branches : 0, coveredBranches: branchData ? coveredBranches : 0, branchData, approximateBranchPoints };
}

/**
 * coverage.py's `Numbers.ratio_covered` (coverage/results.py): executed statements plus executed
 * branches over statements plus branches. Integers, so a threshold can be checked exactly.
 */
export function ratioCovered(totals: CoverageTotals): { numerator: number; denominator: number } {
  return { numerator: totals.statements - totals.missing + totals.coveredBranches, denominator: totals.statements + totals.branches };
}

/** coverage.py's `Numbers.pc_covered`: 100.0 when there are no statements. */
export function percentCovered(totals: CoverageTotals): number {
  if (totals.statements <= 0) return 100;
  const { numerator, denominator } = ratioCovered(totals);
  return (100 * numerator) / denominator;
}

/**
 * coverage.py's `display_covered(pc, precision)` (coverage/results.py): rounded to `precision`
 * digits, except that rounding never shows 0 for a value above 0 nor 100 for a value below 100
 * (`near0 = 1 / 10**precision`).
 */
export function displayCovered(pc: number, precision: number): string {
  const near0 = 1 / 10 ** precision;
  if (pc > 0 && pc < near0) return near0.toFixed(precision);
  if (pc > 100 - near0 && pc < 100) return (100 - near0).toFixed(precision);
  return pythonRound(pc, precision);
}

/**
 * Python's `round(x, n)` as text: the exact binary value rounded, ties to even. `toFixed` rounds
 * the exact binary value too, but ties away from zero; a tie is only possible when the scaled
 * value is a half exactly.
 */
function pythonRound(value: number, precision: number): string {
  const scaled = value * 10 ** precision;
  if (Number.isInteger(scaled * 2) && !Number.isInteger(scaled)) {
    const floor = Math.floor(scaled);
    const even = floor % 2 === 0 ? floor : floor + 1;
    return (even / 10 ** precision).toFixed(precision);
  }
  return value.toFixed(precision);
}

/**
 * Whether `numerator / denominator` (as a percent) is at least `threshold`, exactly: no rounding
 * can make a total pass (coverage.py's `should_fail_under` compares the rounded total; this does
 * not). `threshold` is a decimal written in an input (`80`, `80.5`).
 */
export function meetsPercent(numerator: number, denominator: number, threshold: number): boolean {
  if (denominator <= 0) return true;
  // threshold as an exact fraction of integers: 80.55 → 8055 / 100.
  const [whole = '0', fraction = ''] = String(threshold).split('.');
  const scale = 10 ** fraction.length;
  const thresholdScaled = BigInt(whole) * BigInt(scale) + BigInt(fraction === '' ? '0' : fraction);
  return BigInt(100) * BigInt(numerator) * BigInt(scale) >= thresholdScaled * BigInt(denominator);
}
