import { FileError } from '../../errors.js';
import { readJsonReport } from '../read-json-report.js';
import type { Vulnerability } from './finding-types.js';

/**
 * Reads pip-audit's JSON (`pip-audit -f json -o audit.json`, pip-audit 2.x,
 * github.com/pypa/pip-audit README "Examples"): `{"dependencies": [{"name", "version",
 * "vulns": [{"id", "fix_versions", "aliases", "description"}]}], "fixes": [...]}`; a dependency
 * pip-audit could not audit has `skip_reason` instead of `vulns`.
 */
export async function readPipAuditJson(path: string): Promise<{ readonly path: string; readonly vulnerabilities: readonly Vulnerability[]; readonly skipped: readonly string[] }> {
  const data = (await readJsonReport(path, 'pip-audit-json', 'a pip-audit JSON report', 'pip-audit')) as { dependencies?: unknown };
  if (!Array.isArray(data.dependencies)) throw new FileError(path, 'has no "dependencies" list; expected `pip-audit -f json` output');
  const vulnerabilities: Vulnerability[] = [];
  const skipped: string[] = [];
  for (const [index, item] of data.dependencies.entries()) {
    const dependency = (item ?? {}) as Record<string, unknown>;
    const name = typeof dependency.name === 'string' ? dependency.name : undefined;
    if (name === undefined) throw new FileError(path, `dependencies[${index}] has no "name"`);
    if (typeof dependency.skip_reason === 'string') {
      skipped.push(`${name}: ${dependency.skip_reason}`);
      continue;
    }
    const vulns = dependency.vulns ?? [];
    if (!Array.isArray(vulns)) throw new FileError(path, `dependencies[${index}].vulns must be a list`);
    for (const raw of vulns) {
      const vuln = (raw ?? {}) as Record<string, unknown>;
      if (typeof vuln.id !== 'string') throw new FileError(path, `a vulnerability of ${name} has no "id"`);
      const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);
      vulnerabilities.push({
        package: name,
        version: typeof dependency.version === 'string' ? dependency.version : '',
        id: vuln.id,
        aliases: strings(vuln.aliases),
        fixVersions: strings(vuln.fix_versions),
        ...(typeof vuln.description === 'string' && vuln.description !== '' ? { description: vuln.description } : {}),
        report: path,
      });
    }
  }
  return { path, vulnerabilities, skipped };
}
