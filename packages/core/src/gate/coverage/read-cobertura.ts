import { FileError } from '../../errors.js';
import { detectReportKind, wrongKindError } from '../report-kind.js';
import { streamXml } from '../xml/stream-xml.js';
import type { BranchPoint, CoverageReport, FileCoverage } from './coverage-model.js';
import type { CoveragePathResolver } from './coverage-paths.js';

interface Building {
  lines: Map<number, boolean>;
  branches: Map<string, BranchPoint>;
}

/**
 * Reads Cobertura XML (coverage.py's `coverage xml`, pytest-cov's `--cov-report=xml`, and other
 * tools' Cobertura): each `<class filename>`'s `<lines><line number hits>` (a file in several
 * classes is one file; the `<line>`s under `<methods>` repeat the class's and are not counted
 * again), branch lines' `condition-coverage="50% (1/2)"`, and coverage.py's `missing-branches`
 * (the exits not taken), which lets legs merge exactly. Streamed: one `<line>` per statement.
 */
export async function readCobertura(path: string, paths: CoveragePathResolver): Promise<CoverageReport> {
  const kind = await detectReportKind(path);
  if (kind !== 'cobertura') throw wrongKindError(path, kind, 'Cobertura XML', 'coverage');
  const sources: string[] = [];
  const byFilename = new Map<string, Building>();
  let inSource = false;
  let sourceText = '';
  let current: Building | undefined;
  let inMethod = 0;
  let branchData = false;
  let sawRoot = false;

  const addLine = (number: string | undefined, hits: string | undefined, branch: string | undefined, condition: string | undefined, missingBranches: string | undefined): void => {
    if (current === undefined || inMethod > 0) return;
    const line = Number.parseInt(number ?? '', 10);
    if (!Number.isFinite(line) || line <= 0) throw new FileError(path, `has a <line> whose number is ${JSON.stringify(number ?? null)}`);
    const covered = Number.parseFloat(hits ?? '0') > 0;
    current.lines.set(line, (current.lines.get(line) ?? false) || covered);
    if (branch === 'true' && condition !== undefined) {
      const counts = /\((\d+)\/(\d+)\)/.exec(condition);
      if (counts) {
        branchData = true;
        const total = Number(counts[2]);
        const taken = Number(counts[1]);
        const missing = missingBranches !== undefined && missingBranches !== '' ? new Set(missingBranches.split(',').map((exit) => normalizeExit(exit.trim()))) : undefined;
        const point: BranchPoint = missing !== undefined && missing.size === total - taken ? { total, covered: taken, missing } : { total, covered: taken };
        current.branches.set(String(line), point);
      }
    }
  };

  await streamXml(
    path,
    {
      open(name, attributes) {
        if (!sawRoot) {
          sawRoot = true;
          if (name !== 'coverage') throw wrongKindError(path, 'unknown-xml', 'Cobertura XML', 'coverage');
          if (attributes['branches-valid'] !== undefined && Number(attributes['branches-valid']) > 0) branchData = true;
        }
        switch (name) {
          case 'source':
            inSource = true;
            sourceText = '';
            return;
          case 'class': {
            const filename = attributes.filename ?? attributes.name ?? '';
            let building = byFilename.get(filename);
            if (building === undefined) {
              building = { lines: new Map(), branches: new Map() };
              byFilename.set(filename, building);
            }
            current = building;
            return;
          }
          case 'method':
            inMethod++;
            return;
          case 'line':
            addLine(attributes.number, attributes.hits, attributes.branch, attributes['condition-coverage'], attributes['missing-branches']);
            return;
          default:
        }
      },
      close(name) {
        if (name === 'source') {
          inSource = false;
          if (sourceText.trim() !== '') sources.push(sourceText.trim());
        } else if (name === 'class') current = undefined;
        else if (name === 'method') inMethod--;
      },
      text(text) {
        if (inSource) sourceText += text;
      },
      wantsText: () => inSource,
    },
    { fastElements: [{ name: 'line', attributes: ['number', 'hits', 'branch', 'condition-coverage', 'missing-branches'], read: (v) => addLine(v[0], v[1], v[2], v[3], v[4]) }] },
  );

  const files = new Map<string, FileCoverage>();
  for (const [filename, building] of byFilename) {
    const key = paths.resolve(filename, sources);
    const missing = new Set<number>();
    const executed = new Set<number>();
    for (const [line, covered] of building.lines) (covered ? executed : missing).add(line);
    files.set(key, { statements: building.lines.size, missing, executed, branches: building.branches });
  }
  return { path, format: 'cobertura', branchData, files };
}

/** coverage.py writes an exit to the function's end as `exit` (XML) or a negative line (JSON). */
export function normalizeExit(exit: string | number): string {
  const text = String(exit);
  return text === 'exit' || text.startsWith('-') ? 'exit' : text;
}
