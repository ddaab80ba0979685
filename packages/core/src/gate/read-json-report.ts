import { readFile, stat } from 'node:fs/promises';
import { FileError } from '../errors.js';
import type { ReportKind } from './report-kind.js';
import { detectKindFromHead, wrongKindError } from './report-kind.js';

/**
 * JSON reports are read whole (JSON.parse); past this size a file is refused with a clear error
 * rather than read: bandit, pip-audit, ruff, pyright and coverage.py JSON stay far below it.
 */
export const JSON_REPORT_LIMIT = 256 * 1024 * 1024;

/** Reads and parses a JSON report after checking its kind; parse errors name the line. */
export async function readJsonReport(path: string, kind: ReportKind, expected: string, input: string): Promise<unknown> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FileError(path, 'is a directory, not a report');
    if (info.size > JSON_REPORT_LIMIT) throw new FileError(path, `is ${Math.round(info.size / 1048576)} MiB; JSON reports over ${JSON_REPORT_LIMIT / 1048576} MiB are not read`);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof FileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileError(path, 'does not exist', undefined, { cause: error });
    throw error;
  }
  const actual = detectKindFromHead(text.slice(0, 64 * 1024));
  if (actual !== kind) throw wrongKindError(path, actual, expected, input);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    throw new FileError(path, `is not valid JSON: ${message}`, line, { cause: error });
  }
}
