import { FileError } from '../../errors.js';
import { streamJsonReport } from '../read-json-report.js';
import { readReportHead } from '../report-kind.js';
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
 * total is coverage.py's to the digit. The report is streamed one file entry at a time: what
 * `--show-contexts` adds (every test that ran each line) is read and dropped, never kept.
 */
export async function readCoverageJson(path: string, paths: CoveragePathResolver): Promise<CoverageReport> {
  let branchData = false;
  const files = new Map<string, FileCoverage>();
  const notAnObject = (): FileError => new FileError(path, 'has no "files" object; expected the report `coverage json` writes');
  // A file's fields arrive one after another; the entry is complete when the next file's start.
  let current: { name: string; fields: Record<string, unknown> } | undefined;
  const flush = (): void => {
    if (current !== undefined) files.set(paths.resolve(current.name), readFileEntry(path, current.name, current.fields));
    current = undefined;
  };
  await streamJsonReport(path, 'coverage-json', 'coverage.py JSON', 'coverage', ['$.meta', ...FILE_FIELDS.map((field) => `$.files.*.${field}`)], ({ value, key, parentKey, inArray }) => {
    if (parentKey === undefined) {
      branchData = (value as { branch_coverage?: unknown } | null)?.branch_coverage === true;
      return;
    }
    if (inArray || typeof parentKey === 'number') throw notAnObject();
    if (current?.name !== parentKey) {
      flush();
      current = { name: parentKey, fields: {} };
    }
    current.fields[String(key)] = value;
  });
  flush();
  // No file entry: "files" must still be there, as an object (coverage.py writes it after the short "meta").
  if (files.size === 0 && !/"files"\s*:\s*\{/.test(await readReportHead(path))) throw notAnObject();
  return { path, format: 'coverage-json', branchData, files };
}

/** The fields of a file entry that are read; the rest (`contexts`, which can be most of the file) is never built. */
const FILE_FIELDS = ['executed_lines', 'missing_lines', 'excluded_lines', 'executed_branches', 'missing_branches', 'summary'] as const;

function readFileEntry(path: string, name: string, value: JsonFile): FileCoverage {
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
  return {
    statements,
    missing,
    executed,
    branches: points,
    ...(typeof numBranches === 'number' && typeof coveredBranches === 'number' ? { declaredBranches: { total: numBranches, covered: coveredBranches } } : {}),
  };
}
