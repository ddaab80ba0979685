import { FileError } from '../../errors.js';
import { readJsonReport } from '../read-json-report.js';
import type { SecurityFinding, Severity } from './finding-types.js';

type Json = Record<string, unknown>;

const asRecord = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Reads a SARIF 2.1.0 log (OASIS SARIF v2.1.0, docs.oasis-open.org/sarif/sarif/v2.1.0): every
 * `runs[].results[]`. The level is the result's `level`, else its rule's
 * `defaultConfiguration.level`, else `warning` (§3.27.10); a result whose `kind` is not `fail`
 * has level `none`. Suppressed results (§3.27.23: `suppressions` all `accepted`) and results
 * whose `baselineState` is `absent` (§3.27.24: gone since the baseline) are left out. A rule's
 * `properties["security-severity"]` (GitHub code scanning's CVSS score) gives the severity.
 */
export async function readSarif(path: string, toRepositoryPath: (file: string) => string): Promise<{ readonly path: string; readonly results: readonly SecurityFinding[] }> {
  const log = asRecord(await readJsonReport(path, 'sarif', 'SARIF', 'sarif'));
  if (log.version !== undefined && log.version !== '2.1.0') throw new FileError(path, `is SARIF ${JSON.stringify(log.version)}; only SARIF 2.1.0 is read`);
  if (!Array.isArray(log.runs)) throw new FileError(path, 'has no "runs" list');
  const results: SecurityFinding[] = [];
  for (const runValue of log.runs) {
    const run = asRecord(runValue);
    const driver = asRecord(asRecord(run.tool).driver);
    const tool = typeof driver.name === 'string' ? driver.name : 'SARIF';
    const rules = asList(driver.rules).map(asRecord);
    const ruleById = new Map(rules.filter((rule) => typeof rule.id === 'string').map((rule) => [rule.id as string, rule]));
    for (const resultValue of asList(run.results)) {
      const result = asRecord(resultValue);
      const ruleIndex = typeof result.ruleIndex === 'number' ? result.ruleIndex : typeof asRecord(result.rule).index === 'number' ? (asRecord(result.rule).index as number) : undefined;
      const ruleId = typeof result.ruleId === 'string' ? result.ruleId : typeof asRecord(result.rule).id === 'string' ? (asRecord(result.rule).id as string) : undefined;
      const rule = (ruleIndex !== undefined ? rules[ruleIndex] : undefined) ?? (ruleId !== undefined ? ruleById.get(ruleId) : undefined) ?? {};
      const suppressions = asList(result.suppressions).map(asRecord);
      if (suppressions.length > 0 && suppressions.every((s) => s.status === undefined || s.status === 'accepted')) continue;
      if (result.baselineState === 'absent') continue;
      const kind = typeof result.kind === 'string' ? result.kind : 'fail';
      const level = kind !== 'fail' ? 'none' : typeof result.level === 'string' ? result.level : typeof asRecord(rule.defaultConfiguration).level === 'string' ? (asRecord(rule.defaultConfiguration).level as string) : 'warning';
      const physical = asRecord(asRecord(asList(result.locations)[0]).physicalLocation);
      const uri = asRecord(physical.artifactLocation).uri;
      const startLine = asRecord(physical.region).startLine;
      const message = asRecord(result.message);
      const text = typeof message.text === 'string' ? message.text : typeof message.markdown === 'string' ? message.markdown : '';
      const rawScore: unknown = asRecord(rule.properties)['security-severity'] ?? asRecord(result.properties)['security-severity'];
      const score = typeof rawScore === 'number' ? rawScore : typeof rawScore === 'string' ? Number.parseFloat(rawScore) : Number.NaN;
      const severity: Severity | undefined = Number.isFinite(score) ? (score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low') : undefined;
      const helpUri = rule.helpUri;
      results.push({
        tool,
        rule: ruleId ?? (typeof rule.id === 'string' ? rule.id : ''),
        message: text,
        level,
        ...(severity !== undefined ? { severity } : {}),
        ...(typeof uri === 'string' ? { file: toRepositoryPath(fileFromUri(uri)) } : {}),
        ...(typeof startLine === 'number' ? { line: startLine } : {}),
        ...(typeof helpUri === 'string' ? { url: helpUri } : {}),
        report: path,
      });
    }
  }
  return { path, results };
}

/** `file:///home/runner/work/x/x/src/a.py` → the path; relative URIs (with a uriBaseId) as they are. */
function fileFromUri(uri: string): string {
  if (!uri.startsWith('file:')) return decodeURIComponent(uri);
  try {
    const path = decodeURIComponent(new URL(uri).pathname);
    return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
  } catch {
    return uri;
  }
}
