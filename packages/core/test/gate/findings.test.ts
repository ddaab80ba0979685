import { CoveragePathResolver, detectKindFromHead, readBanditJson, readMypyText, readPipAuditJson, readPyrightJson, readRuffJson, readSarif } from '@ops-actions/core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const paths = new CoveragePathResolver(join(FIXTURES, 'project'));
const toRepo = (file: string): string => paths.resolve(file);

describe('security and lint readers', () => {
  it("reads bandit 1.6's JSON", async () => {
    const report = await readBanditJson(join(FIXTURES, 'reports', 'bandit.json'), toRepo);
    expect(report.findings.map((f) => [f.rule, f.severity, f.file, f.line])).toEqual([
      ['B404 blacklist', 'low', 'src/acme_quality/shell.py', 2],
      ['B602 subprocess_popen_with_shell_equals_true', 'high', 'src/acme_quality/shell.py', 9],
      ['B506 yaml_load', 'medium', 'src/acme_quality/shell.py', 13],
      ['B101 assert_used', 'low', 'src/acme_quality/shell.py', 17],
    ]);
  });

  it("reads SARIF 2.1.0: the rule's default level, security-severity, suppressions and baseline", async () => {
    const { results } = await readSarif(join(FIXTURES, 'written', 'bandit.sarif'), toRepo);
    expect(results.map((r) => [r.rule, r.level, r.severity, r.file, r.line])).toEqual([
      ['B602', 'error', 'high', 'src/acme_quality/shell.py', 9],
      ['B506', 'warning', 'medium', 'src/acme_quality/shell.py', 13],
      ['B101', 'note', undefined, 'src/acme_quality/shell.py', 17],
    ]);
  });

  it('reads pip-audit JSON with aliases, fix versions and skipped dependencies', async () => {
    const report = await readPipAuditJson(join(FIXTURES, 'written', 'pip-audit.json'));
    expect(report.vulnerabilities.map((v) => [v.package, v.id, v.aliases, v.fixVersions])).toEqual([
      ['jinja2', 'GHSA-h5c8-rqwp-cp95', ['CVE-2024-22195'], ['3.1.3']],
      ['jinja2', 'GHSA-h75v-3vvj-5mfj', ['CVE-2024-34064'], ['3.1.4']],
      ['requests', 'GHSA-9wx4-h78v-vm56', ['CVE-2024-35195'], ['2.32.0']],
    ]);
    expect(report.skipped).toEqual(['acme-internal: Dependency not found on PyPI and could not be audited: acme-internal (1.0)']);
  });

  it('reads ruff JSON, pyright JSON (0-based lines) and mypy 1.0 text output', async () => {
    expect((await readRuffJson(join(FIXTURES, 'written', 'ruff.json'), toRepo)).map((d) => [d.code, d.severity, d.file, d.line])).toEqual([
      ['F401', 'error', 'src/acme_quality/shell.py', 2],
      ['E711', 'error', 'src/acme_quality/stats.py', 20],
    ]);
    expect((await readPyrightJson(join(FIXTURES, 'written', 'pyright.json'), toRepo)).map((d) => [d.severity, d.file, d.line])).toEqual([
      ['error', 'src/acme_quality/stats.py', 8],
      ['warning', 'src/acme_quality/shell.py', 3],
      ['note', 'src/acme_quality/shell.py', 18],
    ]);
    const mypy = await readMypyText(join(FIXTURES, 'reports', 'mypy.txt'), toRepo);
    expect(mypy.filter((d) => d.severity === 'error').map((d) => [d.code, d.file, d.line, d.message])).toEqual([['import', 'src/acme_quality/shell.py', 3, 'Library stubs not installed for "yaml"']]);
    expect(mypy.filter((d) => d.severity === 'note')).toHaveLength(3);
  });

  it('tells each kind from its content and names a wrong one', async () => {
    expect(detectKindFromHead('[]')).toBe('ruff-json');
    expect(detectKindFromHead('{"benchmarks": [], "machine_info": {}}')).toBe('pytest-benchmark');
    expect(detectKindFromHead('<?xml version="1.0"?>\n<!-- c -->\n<coverage clover="4" generated="1"><project/></coverage>')).toBe('clover');
    await expect(readBanditJson(join(FIXTURES, 'written', 'bandit.sarif'), toRepo)).rejects.toThrow(/this is a SARIF file, not a bandit JSON report \(input `bandit`\)\. Give it to the `sarif` input\./);
    await expect(readPipAuditJson(join(FIXTURES, 'reports', 'coverage-linux.json'))).rejects.toThrow(/this is a coverage.py JSON coverage report, not a pip-audit JSON report/);
  });
});
