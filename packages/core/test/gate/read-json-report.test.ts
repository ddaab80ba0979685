import { CoveragePathResolver, FileError, readBanditJson, readCoverageJson } from '@ops-actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const REPORTS = join(import.meta.dirname, 'fixtures', 'reports');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function file(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-json-'));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const paths = new CoveragePathResolver(tmpdir());
const failure = async (promise: Promise<unknown>): Promise<FileError> => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileError);
  return error as FileError;
};
const META = '{"meta": {"format": 2, "version": "7.6.1", "branch_coverage": true}, "files": ';

describe("coverage.py's JSON, streamed", () => {
  it('reads the real report as a whole parse would, with a byte order mark too', async () => {
    const real = readFileSync(join(REPORTS, 'coverage-linux.json'));
    const streamed = await readCoverageJson(join(REPORTS, 'coverage-linux.json'), paths);
    const withBom = await readCoverageJson(file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), real])), paths);
    const parsed = JSON.parse(real.toString('utf8')) as { files: Record<string, unknown> };
    expect([...streamed.files.keys()]).toEqual(Object.keys(parsed.files));
    expect(withBom.files).toEqual(streamed.files);
    expect(streamed.branchData).toBe(true);
  });

  it('reads characters split between the chunks it reads alike', async () => {
    // 3 MB of two- and three-byte characters: the 256 KiB chunks end inside some of them.
    const names = Array.from({ length: 3000 }, (_, i) => `src/${'é€'.repeat(200)}${i}.py`);
    const text = `${META}{${names.map((name) => `"${name}": {"executed_lines": [1], "summary": {"num_statements": 1}}`).join(', ')}}}`;
    const report = await readCoverageJson(file('unicode.json', text), paths);
    expect([...report.files.keys()]).toEqual(names);
  });

  it('reads each file entry and drops what --show-contexts adds', async () => {
    const contexts = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [String(i + 1), Array.from({ length: 20 }, (_, k) => `tests/test_${k}.py::test_${i}|run`)]));
    const entry = { executed_lines: [1, 2], missing_lines: [3], excluded_lines: [], contexts, summary: { num_statements: 3 } };
    const report = await readCoverageJson(file('contexts.json', `${META}{"a.py": ${JSON.stringify(entry)}, "b.py": ${JSON.stringify(entry)}}, "totals": {}}`), paths);
    expect([...report.files.keys()]).toEqual(['a.py', 'b.py']);
    expect(report.files.get('a.py')).toMatchObject({ statements: 3, missing: new Set([3]), executed: new Set([1, 2]) });
  });

  it('names the file and line of a syntax error, a truncated file, data after the report, and text that is not UTF-8', async () => {
    const broken = await failure(readCoverageJson(file('broken.json', `${META}{\n"a.py": {"executed_lines": [1, 2,]}\n}}`), paths));
    expect(broken.message).toMatch(/broken\.json:2: is not valid JSON: Unexpected RIGHT_BRACKET/);
    const cut = await failure(readCoverageJson(file('cut.json', `${META}{"a.py": {"executed_lines": [1`), paths));
    expect(cut.message).toMatch(/cut\.json: is not valid JSON: .*ended/);
    const after = await failure(readCoverageJson(file('after.json', `${META}{}}\n{"more": 1}`), paths));
    expect(after.message).toMatch(/after\.json:2: is not valid JSON/);
    const quoted = await failure(readCoverageJson(file('quoted.json', `${META}{}\n"ghp_0123456789abcdef": 1}`), paths));
    expect(quoted.message).toMatch(/quoted\.json:2: is not valid JSON: Unexpected STRING in state COMMA$/);
    const latin1 = await failure(readCoverageJson(file('latin1.json', Buffer.concat([Buffer.from(`${META}{"caf`), Buffer.from([0xe9]), Buffer.from('.py": {}}}')])), paths));
    expect(latin1.message).toMatch(/latin1\.json: is not UTF-8 text/);
  });

  it('refuses "files" that is not an object', async () => {
    for (const files of ['5', '[]', '[{"executed_lines": [1]}]']) {
      expect((await failure(readCoverageJson(file('odd.json', `${META}${files}}`), paths))).message).toMatch(/has no "files" object/);
    }
    expect((await readCoverageJson(file('empty.json', `${META}{}}`), paths)).files.size).toBe(0);
  });
});

describe('JSON reports read whole', () => {
  it('must be UTF-8: a latin-1 byte is named by its offset, never replaced', async () => {
    const bandit = readFileSync(join(REPORTS, 'bandit.json'), 'utf8');
    const at = bandit.indexOf('subprocess call');
    const bytes = Buffer.concat([Buffer.from(bandit.slice(0, at)), Buffer.from([0xe9]), Buffer.from(bandit.slice(at))]);
    const error = await failure(readBanditJson(file('bandit.json', bytes), (path) => path));
    expect(error.message).toMatch(/bandit\.json: the byte at offset \d+ \(0xE9\) is not UTF-8/);
  });

  it('names the line and column of a syntax error without quoting the report', async () => {
    const bandit = readFileSync(join(REPORTS, 'bandit.json'), 'utf8');
    const at = bandit.indexOf('"results"');
    const broken = `${bandit.slice(0, at)}"token": ghp_0123456789abcdef,\n${bandit.slice(at)}`;
    const bad = broken.indexOf('ghp_');
    const line = broken.slice(0, bad).split('\n').length;
    const column = bad - broken.lastIndexOf('\n', bad);
    const error = await failure(readBanditJson(file('bandit.json', broken), (path) => path));
    expect(error.message).toMatch(new RegExp(`bandit\\.json: is not valid JSON \\(at line ${line}, column ${column}\\)$`));
    expect(error.message).not.toContain('ghp_');
    // V8 names this one's position itself.
    const comma = await failure(readBanditJson(file('comma.json', '{"generated_at": "x", "results": [1 2]}'), (path) => path));
    expect(comma.message).toMatch(/comma\.json: is not valid JSON \(at line 1, column 37\)$/);
  });
});
