import { FileError, outcomeOf, readJunit, FLAKY_BIT, testId } from '@ops-actions/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const REPORTS = join(import.meta.dirname, 'fixtures', 'reports');
const WRITTEN = join(import.meta.dirname, 'fixtures', 'written');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function file(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-junit-'));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const outcomes = (tests: ReadonlyMap<string, number>): Record<string, string> => Object.fromEntries([...tests].map(([id, code]) => [id, `${outcomeOf(code)}${code & FLAKY_BIT ? '+flaky' : ''}`]));

describe('readJunit on reports pytest wrote', () => {
  it('reads every outcome of pytest 7.2 --junitxml (xunit1), with file and line', async () => {
    const report = await readJunit(join(REPORTS, 'junit-linux.xml'));
    expect(outcomes(report.tests)).toEqual({
      'tests/test_flaky.py::tests.test_flaky::test_flaky_network': 'passed',
      'tests/test_flaky.py::tests.test_flaky::test_always_fails_with_reruns': 'failed',
      'tests/test_stats.py::tests.test_stats::test_mean': 'passed',
      'tests/test_stats.py::tests.test_stats::test_mean_empty': 'passed',
      'tests/test_stats.py::tests.test_stats::test_clamp_low': 'passed',
      'tests/test_stats.py::tests.test_stats::test_percentile_is_wrong': 'failed',
      'tests/test_stats.py::tests.test_stats::test_describe_few': 'passed',
      'tests/test_stats.py::tests.test_stats::test_database': 'skipped',
      'tests/test_stats.py::tests.test_stats::test_known_bug': 'skipped',
      'tests/test_stats.py::tests.test_stats::test_uses_broken_fixture': 'errored',
      'tests/test_stats.py::tests.test_stats.TestGroup::test_in_class': 'passed',
      'tests/test_stats.py::tests.test_stats.TestGroup::test_param[1]': 'passed',
      'tests/test_stats.py::tests.test_stats.TestGroup::test_param[2]': 'passed',
      'tests/test_stats.py::tests.test_stats::test_clamp_high': 'skipped',
    });
    const failure = report.details.get('tests/test_stats.py::tests.test_stats::test_percentile_is_wrong');
    // The failing line, from pytest's traceback (`tests/test_stats.py:24: AssertionError`), not the
    // `line` attribute: that one is pytest's 0-based Item.location of the def (21 for line 22).
    expect(failure).toMatchObject({ file: 'tests/test_stats.py', line: 24, message: 'assert 3 == 2.5\n +  where 3 = percentile([1, 2, 3, 4], 0.5)' });
    expect(failure?.text).toContain('tests/test_stats.py:24: AssertionError');
    expect(report.details.get('tests/test_stats.py::tests.test_stats::test_uses_broken_fixture')?.message).toBe('failed on setup with "RuntimeError: fixture could not connect"');
    expect(report.details.get('tests/test_stats.py::tests.test_stats::test_known_bug')?.message).toBe('known bug #12');
  });

  it('places failures of the default xunit2 family (no file attribute) from the traceback', async () => {
    const report = await readJunit(join(REPORTS, 'junit-xunit2.xml'));
    expect(report.details.get('::tests.test_flaky::test_always_fails_with_reruns')).toMatchObject({ file: 'tests/test_flaky.py', line: 19 });
  });

});

describe('readJunit on pytest-rerunfailures reruns (make-fixtures.sh, reruns/test_reruns.py)', () => {
  const id = (name: string): string => `test_reruns.py::test_reruns::${name}`;

  it("counts Debian's 10.2 reruns once, by the last attempt; a failed teardown's empty test case makes the test flaky", async () => {
    // pytest's junitxml ignores "rerun" reports: a failed call or setup leaves no trace in 10.2 (pytest-rerunfailures#170),
    // but a failed teardown closes its test case, which is then written twice.
    const report = await readJunit(join(REPORTS, 'reruns-debian-10.2.xml'));
    expect(outcomes(report.tests)).toEqual({
      [id('test_flaky_call')]: 'passed',
      [id('test_always_fails')]: 'failed',
      [id('test_passes')]: 'passed',
      [id('test_flaky_teardown')]: 'passed+flaky',
      [id('test_flaky_setup')]: 'passed',
    });
    expect(report.details.get(id('test_flaky_teardown'))?.failedAttempts).toBe(1);
  });

  it('reads every failed attempt of pytest-rerunfailures from #347 (16.6.1) on: an empty test case each, before the last', async () => {
    const report = await readJunit(join(REPORTS, 'reruns-upstream-eab650f.xml'));
    expect(outcomes(report.tests)).toEqual({
      [id('test_flaky_call')]: 'passed+flaky',
      [id('test_always_fails')]: 'failed',
      [id('test_passes')]: 'passed',
      [id('test_flaky_teardown')]: 'passed+flaky',
      [id('test_flaky_setup')]: 'passed+flaky',
    });
    // pytest's `line` is 0-based (getfslineno: "The line number is 0-based"): line="18" is line 19, the decorator.
    expect(report.details.get(id('test_flaky_call'))).toMatchObject({ failedAttempts: 1, file: 'test_reruns.py', line: 19 });
    expect(report.details.get(id('test_always_fails'))).toMatchObject({ failedAttempts: 2, message: 'AssertionError: still broken after reruns\nassert False' });
  });
});

describe('readJunit reruns', () => {
  it("reads Surefire's flakyFailure as flaky and rerunFailure as failed attempts", async () => {
    const report = await readJunit(join(WRITTEN, 'surefire-reruns.xml'));
    expect(outcomes(report.tests)).toEqual({
      '::com.acme.ClientTest::retriesThenPasses': 'passed+flaky',
      '::com.acme.ClientTest::alwaysFails': 'failed',
      '::com.acme.ClientTest::passes': 'passed',
      '::com.acme.ClientTest::ignored': 'skipped',
    });
    expect(report.details.get('::com.acme.ClientTest::retriesThenPasses')?.failedAttempts).toBe(1);
    expect(report.details.get('::com.acme.ClientTest::alwaysFails')).toMatchObject({ failedAttempts: 2, message: 'expected: <true> but was: <false>' });
  });

  it('counts a test case repeated in one report once, by its last attempt, flaky when it passed after an attempt', async () => {
    const report = await readJunit(join(WRITTEN, 'rerunfailures-issue-170.xml'));
    expect(outcomes(report.tests)).toEqual({ 'test_sample.py::test_sample::test_random': 'passed+flaky' });
    expect(report.details.get('test_sample.py::test_sample::test_random')?.failedAttempts).toBe(1);
    // A failed attempt written out (gotestsum --rerun-fails, the flaky plugin), then the pass; a skip is no attempt.
    const written = file('attempts.xml', '<testsuites><testsuite name="s"><testcase classname="c" name="t"><failure message="boom"/></testcase><testcase classname="c" name="t"/><testcase classname="c" name="s"><skipped/></testcase><testcase classname="c" name="s"/></testsuite></testsuites>');
    const attempts = await readJunit(written);
    expect(outcomes(attempts.tests)).toEqual({ '::c::t': 'passed+flaky', '::c::s': 'passed' });
    expect(attempts.details.get('::c::t')?.failedAttempts).toBe(1);
  });

  it('keeps a suite that gives counts but no test cases', async () => {
    const report = await readJunit(join(WRITTEN, 'counts-only.xml'));
    expect(report.countedSuites).toEqual([{ name: 'integration', tests: 10, failed: 1, errored: 1, skipped: 2 }]);
    expect(report.tests.size).toBe(2);
  });

  it('normalizes Windows separators so legs agree on a test', () => {
    expect(testId('tests.test_x', 'test_a', 'tests\\test_x.py')).toBe(testId('tests.test_x', 'test_a', 'tests/test_x.py'));
  });
});

describe('readJunit refuses what is not a JUnit report', () => {
  it('names a coverage report as such', async () => {
    await expect(readJunit(join(REPORTS, 'coverage-linux.xml'))).rejects.toThrow(/this is a Cobertura XML coverage report, not JUnit XML \(input `junit`\)\. Give it to the `coverage` input\./);
    await expect(readJunit(join(REPORTS, 'bandit.json'))).rejects.toThrow(/this is a bandit JSON report, not JUnit XML/);
  });

  it('names the file and line of malformed XML', async () => {
    const path = file('broken.xml', '<?xml version="1.0"?>\n<testsuites>\n<testsuite name="a">\n<testcase name="x" classname="c"></testsuit>\n</testsuites>\n');
    const error = await readJunit(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).line).toBe(4);
    expect((error as FileError).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: is not well-formed XML`));
  });

  it('refuses a truncated report', async () => {
    const path = file('cut.xml', '<?xml version="1.0"?><testsuites><testsuite name="a"><testcase name="x" classname="c"/><testcase name="y" classn');
    await expect(readJunit(path)).rejects.toThrow(/is not well-formed XML/);
    const early = file('cut2.xml', '<testsuites><testsuite name="a"><testcase name="x" classname="c"/>');
    await expect(readJunit(early)).rejects.toThrow(/unclosed tag/);
  });

  it('never expands entities a DTD declares (billion laughs)', async () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)].join('\n');
    const path = file('laughs.xml', `<?xml version="1.0"?>\n<!DOCTYPE testsuites [\n${lol}\n]>\n<testsuites><testsuite name="a"><testcase name="&lol9;" classname="c"/></testsuite></testsuites>\n`);
    const before = process.memoryUsage().heapUsed;
    const error = (await readJunit(path).catch((e: unknown) => e)) as FileError;
    expect(error).toBeInstanceOf(FileError);
    expect(error.message).toMatch(/undefined entity.*only XML's five predefined entities/s);
    expect(error.line).toBe(14);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('never reads an external entity or DTD', async () => {
    const secret = file('secret.txt', 'TOP-SECRET');
    const path = file('xxe.xml', `<?xml version="1.0"?>\n<!DOCTYPE testsuites SYSTEM "http://127.0.0.1:9/evil.dtd" [\n<!ENTITY xxe SYSTEM "file://${secret}">\n]>\n<testsuites><testsuite name="a"><testcase name="&xxe;" classname="c"/></testsuite></testsuites>\n`);
    const error = (await readJunit(path).catch((e: unknown) => e)) as FileError;
    expect(error.message).toMatch(/undefined entity/);
    expect(error.message).not.toContain('TOP-SECRET');
    // A DOCTYPE alone (Java Cobertura writes one) is fine: it is neither fetched nor read.
    const doctype = file('doctype.xml', '<?xml version="1.0"?>\n<!DOCTYPE testsuites SYSTEM "http://127.0.0.1:9/junit.dtd">\n<testsuites><testsuite name="a"><testcase name="x" classname="c"/></testsuite></testsuites>\n');
    expect((await readJunit(doctype)).tests.size).toBe(1);
  });

  it('decodes entities and CDATA in the slow path as the fast one would', async () => {
    const path = file('mixed.xml', `<testsuites><testsuite name="a">\n<testcase classname="c" name="a&amp;b"/>\n<testcase classname="c" name='single' />\n<testcase classname="c" name="x" name2="y"/><testcase classname="c" name="f"><failure message="m &lt;1&gt;"><![CDATA[trace <here>]]></failure></testcase></testsuite></testsuites>`);
    const report = await readJunit(path);
    expect([...report.tests.keys()]).toEqual(['::c::a&b', '::c::single', '::c::x', '::c::f']);
    expect(report.details.get('::c::f')).toMatchObject({ message: 'm <1>', text: 'trace <here>' });
    const duplicate = file('dup.xml', '<testsuites><testcase classname="c" name="x" name="y"/></testsuites>');
    await expect(readJunit(duplicate)).rejects.toThrow(/is not well-formed XML: duplicate attribute/);
  });
});
