import { FileError } from '../../errors.js';
import { readJsonReport } from '../read-json-report.js';
import type { SecurityFinding } from './finding-types.js';

/** A bandit report: its findings, and the files bandit could not scan. */
export interface BanditReport {
  readonly path: string;
  readonly findings: readonly SecurityFinding[];
  readonly errors: readonly { readonly filename: string; readonly reason: string }[];
}

/**
 * Reads bandit's JSON report (`bandit -r src -f json -o bandit.json`): `results[]` with
 * `test_id`, `issue_severity` and `issue_confidence` (`LOW`/`MEDIUM`/`HIGH`), `issue_text`,
 * `filename`, `line_number` and `more_info`; `errors[]` for files it could not parse.
 */
export async function readBanditJson(path: string, toRepositoryPath: (file: string) => string): Promise<BanditReport> {
  const data = (await readJsonReport(path, 'bandit-json', 'a bandit JSON report', 'bandit')) as { results?: unknown; errors?: unknown };
  if (!Array.isArray(data.results)) throw new FileError(path, 'has no "results" list; expected `bandit -f json` output');
  const findings = data.results.map((item, index): SecurityFinding => {
    const result = (item ?? {}) as Record<string, unknown>;
    const severity = typeof result.issue_severity === 'string' ? result.issue_severity.toLowerCase() : '';
    if (severity !== 'low' && severity !== 'medium' && severity !== 'high') {
      throw new FileError(path, `results[${index}].issue_severity is ${JSON.stringify(result.issue_severity ?? null)}, not LOW, MEDIUM or HIGH`);
    }
    return {
      tool: 'bandit',
      rule: [result.test_id, result.test_name].filter((part) => typeof part === 'string' && part !== '').join(' '),
      message: typeof result.issue_text === 'string' ? result.issue_text : '',
      severity,
      ...(typeof result.issue_confidence === 'string' ? { confidence: result.issue_confidence.toLowerCase() } : {}),
      ...(typeof result.filename === 'string' ? { file: toRepositoryPath(result.filename) } : {}),
      ...(typeof result.line_number === 'number' ? { line: result.line_number } : {}),
      ...(typeof result.more_info === 'string' ? { url: result.more_info } : {}),
      report: path,
    };
  });
  const errors = Array.isArray(data.errors)
    ? data.errors.map((item) => {
        const error = (item ?? {}) as Record<string, unknown>;
        return { filename: typeof error.filename === 'string' ? error.filename : '', reason: typeof error.reason === 'string' ? error.reason : '' };
      })
    : [];
  return { path, findings, errors };
}
