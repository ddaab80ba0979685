import { open } from 'node:fs/promises';
import { FileError } from '../errors.js';

/** Every kind of report quality-gate can tell from its content. */
export type ReportKind =
  | 'junit'
  | 'cobertura'
  | 'coverage-json'
  | 'lcov'
  | 'bandit-json'
  | 'pip-audit-json'
  | 'sarif'
  | 'ruff-json'
  | 'mypy-text'
  | 'pyright-json'
  | 'benchmark-compare'
  // Known, but not read: named so the error can say what the file is.
  | 'pytest-benchmark'
  | 'clover'
  | 'jacoco'
  | 'unknown-xml'
  | 'unknown-json'
  | 'unknown';

/** How the error names each kind, and which input takes it. */
export const REPORT_KIND_NAMES: Readonly<Record<ReportKind, { readonly name: string; readonly input?: string }>> = {
  junit: { name: 'a JUnit XML test report', input: 'junit' },
  cobertura: { name: 'a Cobertura XML coverage report', input: 'coverage' },
  'coverage-json': { name: 'a coverage.py JSON coverage report', input: 'coverage' },
  lcov: { name: 'an lcov coverage report', input: 'coverage' },
  'bandit-json': { name: 'a bandit JSON report', input: 'bandit' },
  'pip-audit-json': { name: 'a pip-audit JSON report', input: 'pip-audit' },
  sarif: { name: 'a SARIF file', input: 'sarif' },
  'ruff-json': { name: 'a ruff JSON report', input: 'lint' },
  'mypy-text': { name: "mypy's text output", input: 'lint' },
  'pyright-json': { name: 'a pyright JSON report', input: 'lint' },
  'benchmark-compare': { name: 'a benchmark-compare report', input: 'benchmark' },
  'pytest-benchmark': { name: 'pytest-benchmark results (give them to benchmark-compare, and its report here)' },
  clover: { name: 'a Clover XML coverage report (not read: use Cobertura XML, coverage.py JSON or lcov)' },
  jacoco: { name: 'a JaCoCo XML coverage report (not read: use Cobertura XML, coverage.py JSON or lcov)' },
  'unknown-xml': { name: 'an XML file of no kind quality-gate reads' },
  'unknown-json': { name: 'a JSON file of no kind quality-gate reads' },
  unknown: { name: 'a file of no kind quality-gate reads' },
};

export const SNIFF_BYTES = 64 * 1024;

/**
 * Tells a report's kind from its first 64 KiB (never from its name: `report.xml` may be
 * anything). XML by its root element (and, for `coverage`, Cobertura's attributes), JSON by its
 * keys, lcov by its `TN:`/`SF:` records, mypy by its `file:line: error:` lines.
 */
export async function detectReportKind(path: string): Promise<ReportKind> {
  return detectKindFromHead(await readReportHead(path));
}

/** The first 64 KiB of a report, as text (what its kind is told from). */
export async function readReportHead(path: string): Promise<string> {
  let head: string;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(path, 'does not exist', undefined, { cause: error });
    if (code === 'EISDIR') throw new FileError(path, 'is a directory, not a report', undefined, { cause: error });
    throw error;
  }
  return head;
}

/** Pure: the kind of a report from the start of its text. */
export function detectKindFromHead(raw: string): ReportKind {
  const head = raw.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return detectXmlKind(head);
  if (head.startsWith('{') || head.startsWith('[')) return detectJsonKind(head);
  if (/^(?:TN|SF):/m.test(head) && /^(?:SF:|end_of_record)/m.test(head)) return 'lcov';
  if (/^[^\n:]+:\d+(?::\d+)?: (?:error|note|warning): /m.test(head) || /^(?:Success: no issues found|Found \d+ errors? in \d+ files?)/m.test(head)) {
    return 'mypy-text';
  }
  return 'unknown';
}

function detectXmlKind(head: string): ReportKind {
  // Drop the prolog: declaration, processing instructions, comments and a DOCTYPE (unread).
  const body = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>/, '');
  const root = /<([A-Za-z_][-\w.:]*)([^>]*)/.exec(body);
  if (!root) return 'unknown-xml';
  const [, name = '', attributes = ''] = root;
  if (name === 'testsuites' || name === 'testsuite') return 'junit';
  if (name === 'coverage') {
    if (/\bclover=/.test(attributes) || /<project\b/.test(body)) return 'clover';
    return 'cobertura';
  }
  if (name === 'report' && /jacoco/i.test(head)) return 'jacoco';
  return 'unknown-xml';
}

function detectJsonKind(head: string): ReportKind {
  if (head.startsWith('[')) {
    // ruff: an array of diagnostics (or none at all).
    if (/^\[\s*\]\s*$/.test(head) || (/"code"\s*:/.test(head) && /"filename"\s*:/.test(head) && /"location"\s*:/.test(head))) return 'ruff-json';
    return 'unknown-json';
  }
  if (/"schema"\s*:\s*"ops-actions\/benchmark-compare\//.test(head)) return 'benchmark-compare';
  if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || (/"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:/.test(head))) return 'sarif';
  if (/"meta"\s*:\s*\{[^}]*"(?:version|branch_coverage)"/.test(head) && /"files"\s*:/.test(head)) return 'coverage-json';
  if (/"generalDiagnostics"\s*:/.test(head)) return 'pyright-json';
  // bandit sorts its keys: errors, generated_at, metrics (per file: may be long), results.
  if (/"generated_at"\s*:/.test(head) && (/"metrics"\s*:/.test(head) || /"results"\s*:/.test(head))) return 'bandit-json';
  if (/"dependencies"\s*:\s*\[/.test(head)) return 'pip-audit-json';
  if (/"benchmarks"\s*:\s*\[/.test(head) && /"machine_info"\s*:/.test(head)) return 'pytest-benchmark';
  return 'unknown-json';
}

/** The error for a file given to an input that does not read its kind. */
export function wrongKindError(path: string, kind: ReportKind, expected: string, input: string): FileError {
  const actual = REPORT_KIND_NAMES[kind];
  const hint = actual.input !== undefined && actual.input !== input ? ` Give it to the \`${actual.input}\` input.` : '';
  return new FileError(path, `this is ${actual.name}, not ${expected} (input \`${input}\`).${hint}`);
}
