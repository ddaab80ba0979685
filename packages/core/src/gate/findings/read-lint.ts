import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { FileError } from '../../errors.js';
import { detectReportKind, wrongKindError } from '../report-kind.js';
import { readJsonReport } from '../read-json-report.js';
import type { LintDiagnostic } from './finding-types.js';

type Json = Record<string, unknown>;
const asRecord = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});

/**
 * Reads ruff's JSON (`ruff check --output-format=json`, docs.astral.sh/ruff "Output formats";
 * ruff_linter's JSON emitter): a list of `{code, message, filename, location: {row, column},
 * url, fix, ...}`. ruff has no severities: every diagnostic is an error.
 */
export async function readRuffJson(path: string, toRepositoryPath: (file: string) => string): Promise<LintDiagnostic[]> {
  const data = await readJsonReport(path, 'ruff-json', 'a ruff JSON report', 'lint');
  if (!Array.isArray(data)) throw new FileError(path, 'is not a list; expected `ruff check --output-format=json` output');
  return data.map((item, index): LintDiagnostic => {
    const entry = asRecord(item);
    if (typeof entry.message !== 'string') throw new FileError(path, `entry ${index} has no "message"`);
    const location = asRecord(entry.location);
    return {
      tool: 'ruff',
      severity: 'error',
      ...(typeof entry.code === 'string' ? { code: entry.code } : {}),
      message: entry.message,
      ...(typeof entry.filename === 'string' ? { file: toRepositoryPath(entry.filename) } : {}),
      ...(typeof location.row === 'number' ? { line: location.row } : {}),
      ...(typeof location.column === 'number' ? { column: location.column } : {}),
      report: path,
    };
  });
}

/**
 * Reads pyright's JSON (`pyright --outputjson`, microsoft.github.io/pyright "Command-Line
 * Interface: JSON Output"): `generalDiagnostics[]` with `file`, `severity` (`error`, `warning`,
 * `information`), `message`, `rule` and a 0-based `range.start.line`.
 */
export async function readPyrightJson(path: string, toRepositoryPath: (file: string) => string): Promise<LintDiagnostic[]> {
  const data = asRecord(await readJsonReport(path, 'pyright-json', 'a pyright JSON report', 'lint'));
  if (!Array.isArray(data.generalDiagnostics)) throw new FileError(path, 'has no "generalDiagnostics" list');
  return data.generalDiagnostics.map((item): LintDiagnostic => {
    const entry = asRecord(item);
    const start = asRecord(asRecord(entry.range).start);
    const severity = entry.severity === 'error' ? 'error' : entry.severity === 'warning' ? 'warning' : 'note';
    return {
      tool: 'pyright',
      severity,
      ...(typeof entry.rule === 'string' ? { code: entry.rule } : {}),
      message: typeof entry.message === 'string' ? entry.message : '',
      ...(typeof entry.file === 'string' ? { file: toRepositoryPath(entry.file) } : {}),
      ...(typeof start.line === 'number' ? { line: start.line + 1 } : {}),
      ...(typeof start.character === 'number' ? { column: start.character + 1 } : {}),
      report: path,
    };
  });
}

/**
 * Reads mypy's text output (its default): `path:line[:column[:end_line:end_column]]: error|note:
 * message  [code]`, and the closing `Found N errors in M files` or `Success: no issues found`.
 * A report whose closing line counts more errors than it lists is refused (a truncated log).
 */
export async function readMypyText(path: string, toRepositoryPath: (file: string) => string): Promise<LintDiagnostic[]> {
  const kind = await detectReportKind(path);
  if (kind !== 'mypy-text') throw wrongKindError(path, kind, "mypy's text output", 'lint');
  const diagnostics: LintDiagnostic[] = [];
  let declared: number | undefined;
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    const match = /^(.+?):(\d+)(?::(\d+))?(?::\d+:\d+)?: (error|note|warning): (.*?)(?: {2}\[([\w-]+)\])?$/.exec(line);
    if (match) {
      const [, file = '', lineNumber, column, severity, message = '', code] = match;
      diagnostics.push({
        tool: 'mypy',
        severity: severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note',
        ...(code !== undefined ? { code } : {}),
        message,
        file: toRepositoryPath(file),
        line: Number(lineNumber),
        ...(column !== undefined ? { column: Number(column) } : {}),
        report: path,
      });
      continue;
    }
    const found = /^Found (\d+) errors? in \d+ files?/.exec(line);
    if (found) declared = Number(found[1]);
    else if (line.startsWith('Success: no issues found')) declared = 0;
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (declared !== undefined && declared > errors) throw new FileError(path, `says it found ${declared} errors but lists ${errors}: the output is cut short`);
  return diagnostics;
}
