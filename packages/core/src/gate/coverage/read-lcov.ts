import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { FileError } from '../../errors.js';
import { detectReportKind, wrongKindError } from '../report-kind.js';
import type { BranchPoint, CoverageReport, FileCoverage } from './coverage-model.js';
import type { CoveragePathResolver } from './coverage-paths.js';

/**
 * Reads an lcov tracefile (geninfo(1) format: `SF:`, `DA:line,hits`, `LF:`, `BRDA:line,block,
 * branch,taken`, `end_of_record`), as coverage.py's `coverage lcov`, gcov/lcov, istanbul and
 * c8 write it. Statements are `LF` when given (coverage.py writes a `DA` for a docstring line it
 * does not count), else the `DA` lines; each `BRDA` is one branch exit, `-` or 0 not taken.
 * Streamed line by line.
 */
export async function readLcov(path: string, paths: CoveragePathResolver): Promise<CoverageReport> {
  const kind = await detectReportKind(path);
  if (kind !== 'lcov') throw wrongKindError(path, kind, 'lcov', 'coverage');
  const files = new Map<string, FileCoverage>();
  let branchData = false;
  let source: string | undefined;
  let lines = new Map<number, boolean>();
  let branches = new Map<string, BranchPoint>();
  let declaredLines: number | undefined;
  let number = 0;
  const finish = (): void => {
    if (source === undefined) return;
    const missing = new Set<number>();
    const executed = new Set<number>();
    for (const [line, covered] of lines) (covered ? executed : missing).add(line);
    const key = paths.resolve(source);
    const earlier = files.get(key);
    const file: FileCoverage = { statements: declaredLines ?? lines.size, missing, executed, branches };
    // A file twice in one tracefile (several test names): merge as legs are merged.
    files.set(key, earlier === undefined ? file : mergeRecords(earlier, file));
    source = undefined;
  };
  const input = createReadStream(path, { encoding: 'utf8' });
  try {
    for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
      number++;
      const line = raw.trim();
      if (line === '' || line === 'TN:' || line.startsWith('TN:')) continue;
      const colon = line.indexOf(':');
      const tag = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1);
      switch (tag) {
        case 'SF':
          finish();
          source = value;
          lines = new Map();
          branches = new Map();
          declaredLines = undefined;
          break;
        case 'DA': {
          const [at, hits] = value.split(',');
          const lineNumber = Number.parseInt(at ?? '', 10);
          if (source === undefined || !Number.isFinite(lineNumber)) throw new FileError(path, `DA outside a record, or without a line number: ${JSON.stringify(raw)}`, number);
          lines.set(lineNumber, (lines.get(lineNumber) ?? false) || Number.parseFloat(hits ?? '0') > 0);
          break;
        }
        case 'LF':
          declaredLines = Number.parseInt(value, 10);
          if (!Number.isFinite(declaredLines)) throw new FileError(path, `LF is not a number: ${JSON.stringify(raw)}`, number);
          break;
        case 'BRDA': {
          const [at, block, branch, taken] = value.split(',');
          if (source === undefined || at === undefined || block === undefined || branch === undefined || taken === undefined) {
            throw new FileError(path, `BRDA needs line,block,branch,taken: ${JSON.stringify(raw)}`, number);
          }
          branchData = true;
          branches.set(`${at}:${block}:${branch}`, { total: 1, covered: taken !== '-' && Number.parseFloat(taken) > 0 ? 1 : 0 });
          break;
        }
        case 'end_of_record':
          finish();
          break;
        default:
        // FN, FNDA, FNF, FNH, LH, BRF, BRH, VER: functions are not gated; the totals are recomputed.
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileError(path, 'does not exist', undefined, { cause: error });
    throw error;
  }
  if (source !== undefined) throw new FileError(path, `ends inside the record of ${source} (no end_of_record): the file is truncated`, number);
  return { path, format: 'lcov', branchData, files };
}

function mergeRecords(a: FileCoverage, b: FileCoverage): FileCoverage {
  const missing = new Set([...a.missing, ...b.missing].filter((line) => !a.executed.has(line) && !b.executed.has(line)));
  const branches = new Map(a.branches);
  for (const [key, point] of b.branches) {
    const earlier = branches.get(key);
    branches.set(key, earlier === undefined ? point : { total: 1, covered: Math.max(earlier.covered, point.covered) });
  }
  return { statements: Math.max(a.statements, b.statements), missing, executed: new Set([...a.executed, ...b.executed]), branches };
}
