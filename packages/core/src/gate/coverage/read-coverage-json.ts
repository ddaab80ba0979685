import { FileError } from '../../errors.js';
import { readJsonReport } from '../read-json-report.js';
import type { BranchPoint, CoverageReport, FileCoverage } from './coverage-model.js';
import type { CoveragePathResolver } from './coverage-paths.js';
import { normalizeExit } from './read-cobertura.js';

interface JsonFile {
  executed_lines?: unknown;
  missing_lines?: unknown;
  excluded_lines?: unknown;
  executed_branches?: unknown;
  missing_branches?: unknown;
  summary?: { num_statements?: unknown; num_branches?: unknown; covered_branches?: unknown };
}

/**
 * Reads coverage.py's JSON report (`coverage json`, format 2 of coverage.py 5.x–7.x): per file
 * `executed_lines`, `missing_lines`, the summary's `num_statements`, and with `--branch` the
 * `executed_branches` and `missing_branches` arcs (`[from, to]`, a negative `to` leaving the code
 * object), grouped by the line they leave from. The file's own counts are kept, so one report's
 * total is coverage.py's to the digit.
 */
export async function readCoverageJson(path: string, paths: CoveragePathResolver): Promise<CoverageReport> {
  const data = await readJsonReport(path, 'coverage-json', 'coverage.py JSON', 'coverage');
  const record = data as { meta?: { branch_coverage?: unknown }; files?: unknown };
  if (typeof record.files !== 'object' || record.files === null || Array.isArray(record.files)) {
    throw new FileError(path, 'has no "files" object; expected the report `coverage json` writes');
  }
  const branchData = record.meta?.branch_coverage === true;
  const files = new Map<string, FileCoverage>();
  for (const [name, value] of Object.entries(record.files as Record<string, JsonFile>)) {
    const lines = (key: keyof JsonFile): number[] => {
      const list = value[key];
      if (list === undefined) return [];
      if (!Array.isArray(list) || !list.every((item) => Number.isInteger(item))) throw new FileError(path, `"${name}".${key} must be a list of line numbers`);
      return list as number[];
    };
    const missing = new Set(lines('missing_lines'));
    const excluded = new Set(lines('excluded_lines'));
    const executed = new Set(lines('executed_lines').filter((line) => !excluded.has(line)));
    const declared = value.summary?.num_statements;
    const statements = typeof declared === 'number' ? declared : missing.size + executed.size;
    const branches = new Map<string, { total: number; missing: Set<string> }>();
    const arcs = (key: 'executed_branches' | 'missing_branches'): [number, number][] => {
      const list = value[key];
      if (list === undefined) return [];
      if (!Array.isArray(list) || !list.every((arc) => Array.isArray(arc) && arc.length === 2)) throw new FileError(path, `"${name}".${key} must be a list of [from, to] arcs`);
      return list as [number, number][];
    };
    for (const [from] of arcs('executed_branches')) {
      const point = branches.get(String(from)) ?? { total: 0, missing: new Set<string>() };
      point.total++;
      branches.set(String(from), point);
    }
    for (const [from, to] of arcs('missing_branches')) {
      const point = branches.get(String(from)) ?? { total: 0, missing: new Set<string>() };
      point.total++;
      point.missing.add(normalizeExit(to));
      branches.set(String(from), point);
    }
    const points = new Map<string, BranchPoint>();
    for (const [line, point] of branches) points.set(line, { total: point.total, covered: point.total - point.missing.size, missing: point.missing });
    const numBranches = value.summary?.num_branches;
    const coveredBranches = value.summary?.covered_branches;
    files.set(paths.resolve(name), {
      statements,
      missing,
      executed,
      branches: points,
      ...(typeof numBranches === 'number' && typeof coveredBranches === 'number' ? { declaredBranches: { total: numBranches, covered: coveredBranches } } : {}),
    });
  }
  return { path, format: 'coverage-json', branchData, files };
}
