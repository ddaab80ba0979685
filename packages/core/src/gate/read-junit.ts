import { statSync } from 'node:fs';
import { detectReportKind, wrongKindError } from './report-kind.js';
import { TestCodeTable } from './test-code-table.js';
import { ownString, streamXml } from './xml/stream-xml.js';

/** A test's outcome, in the order merging prefers them: an error wins over a failure, and so on. */
export type TestOutcome = 'errored' | 'failed' | 'passed' | 'skipped';

/** Outcome codes as stored per test (compact: a report may hold hundreds of thousands). */
export const OUTCOME_CODES = { passed: 0, skipped: 1, failed: 2, errored: 3 } as const;
const OUTCOMES: readonly TestOutcome[] = ['passed', 'skipped', 'failed', 'errored'];
/** Set in a stored code when the test failed on an attempt and then passed (flaky). */
export const FLAKY_BIT = 4;

/** What is kept of a test that did not simply pass. */
export interface TestDetail {
  readonly classname: string;
  readonly name: string;
  /** Repository-relative path, with `/`, when the report or the failure's traceback gives one. */
  readonly file?: string;
  readonly line?: number;
  /** The failure's or error's message (first 1,000 characters), or the skip reason. */
  readonly message?: string;
  /** The start of the failure's text (traceback), at most 2,000 characters. */
  readonly text?: string;
  /** Attempts that failed before the final one (Surefire's rerunFailure/flakyFailure, or repeated test cases). */
  readonly failedAttempts: number;
  /** The report the test comes from. */
  readonly report: string;
}

/** One JUnit XML report, read. */
export interface JunitReport {
  readonly path: string;
  /** Each unique test (class, name and file) → its outcome code ({@link OUTCOME_CODES}, | {@link FLAKY_BIT}). */
  readonly tests: ReadonlyMap<string, number>;
  /** Details of the tests that did not simply pass (failed, errored, skipped, flaky). */
  readonly details: Map<string, TestDetail>;
  /** Suites that give counts (`tests`, `failures`, `errors`, `skipped`) but no test cases. */
  readonly countedSuites: readonly { readonly name: string; readonly tests: number; readonly failed: number; readonly errored: number; readonly skipped: number }[];
}

export interface ReadJunitOptions {
  /**
   * Test ids already read from other reports (their codes are not used): a test read again is
   * keyed by the string kept there, and a new one is added. Reading the legs of a matrix, the ids
   * of the second leg on are then garbage as soon as they are looked up, and the legs share one
   * string per test.
   */
  readonly knownIds?: TestCodeTable;
}

/** Decodes a stored outcome code. */
export function outcomeOf(code: number): TestOutcome {
  return OUTCOMES[code & 3] as TestOutcome;
}

const MESSAGE_LIMIT = 1000;
const TEXT_LIMIT = 2000;

/** {@link testId}'s parts, reused. */
const ID_PARTS = ['', '', ''];

/**
 * The id that identifies a test across reports: its file (when the report gives one), class and
 * name. Windows legs write `tests\test_x.py`: separators are normalized so the legs agree.
 */
export function testId(classname: string, name: string, file: string | undefined): string {
  // Built from slices of the report's text by `+`, the id would keep every chunk of a big report
  // alive (V8 slices and concatenations point into their parents); join writes one string of its
  // own, so a report's memory is its tests, not its bytes, and a test costs one string, not a
  // chain of them. The array is reused (a test case allocates its id, no array besides), and
  // emptied after, so that it keeps no slice alive.
  ID_PARTS[0] = file === undefined ? '' : toSlashes(file);
  ID_PARTS[1] = classname;
  ID_PARTS[2] = name;
  const id = ID_PARTS.join('::');
  ID_PARTS[0] = ID_PARTS[1] = ID_PARTS[2] = '';
  return id;
}

function toSlashes(path: string): string {
  return path.includes('\\') ? path.replace(/\\/g, '/') : path;
}

interface OpenCase {
  id: string;
  classname: string;
  name: string;
  file: string | undefined;
  line: number | undefined;
  outcome: number;
  message: string | undefined;
  text: string;
  failedAttempts: number;
  capture: boolean;
}

interface OpenSuite {
  name: string;
  attributes: Readonly<Record<string, string>>;
  hasContent: boolean;
}

/**
 * Reads a JUnit XML report as pytest (`--junitxml`, xunit1 and xunit2), unittest-xml-reporting,
 * jest-junit, Maven Surefire, Gradle, gotestsum, bazel and mocha write it: `testsuites` or a
 * single `testsuite` root, suites nested or not.
 *
 * A test case passes unless it holds `error` (errored), `failure` (failed) or `skipped` (pytest's
 * xfail too); with several, an error wins, then a failure. Surefire's and Gradle's reruns: a
 * passing case with `flakyFailure`/`flakyError` passed on a rerun (flaky); `rerunFailure`/
 * `rerunError` beside a `failure` are earlier failed attempts (still failed). A test case that
 * appears several times in one report is one test: its last appearance decides, and each earlier
 * one (failed, errored, or empty: passed) is a failed attempt, so a test that passes at last is
 * flaky. pytest-rerunfailures writes its attempts that way: since #347 (16.6.1) each failed attempt
 * is an empty test case before the last; before it (10.2 in Debian 12, up to 16.6), only a failed
 * teardown leaves one, and a failed call or setup leaves no trace at all (pytest's junitxml ignores
 * "rerun" reports: pytest-dev/pytest-rerunfailures#170), so such a rerun reads as a plain pass. A
 * tool that runs passing tests twice into one report (`go test -count=2`) has them listed as flaky.
 *
 * A suite that gives counts but no test cases is kept as counts. The file is streamed.
 */
export async function readJunit(path: string, options: ReadJunitOptions = {}): Promise<JunitReport> {
  const known = options.knownIds;
  // One string per test however many reports name it: a matrix of legs keeps one copy of each id.
  const own = known === undefined ? (id: string): string => id : (id: string): string => {
    const first = known.idOf(id);
    if (first !== undefined) return first;
    known.addIfAbsent(id, 0);
    return id;
  };
  const kind = await detectReportKind(path);
  if (kind !== 'junit') throw wrongKindError(path, kind, 'JUnit XML', 'junit');

  // Room for the tests at once, one per 128 bytes of the file (a passing pytest test case is ~150).
  const tests = new TestCodeTable(Math.ceil(statSync(path).size / 128));
  const details = new Map<string, TestDetail>();
  const countedSuites: JunitReport['countedSuites'][number][] = [];
  const suites: OpenSuite[] = [];
  let current: OpenCase | undefined;
  let inCase = 0;
  let captureText = false;

  const startCase = (classname: string, name: string, file: string | undefined, line: string | undefined): OpenCase => {
    for (const suite of suites) suite.hasContent = true;
    // pytest writes its Item.location, 0-based (_pytest/_code/code.py getfslineno: "The line number
    // is 0-based"), in the suite it names "pytest"; annotations want 1-based lines.
    const base = suites.at(-1)?.name === 'pytest' ? 1 : 0;
    const parsedLine = line === undefined ? undefined : Number.parseInt(line, 10) + base;
    return {
      id: own(testId(classname, name, file)),
      // What a fast element's reader hands over is cut from the chunk: kept, it would keep it alive.
      classname: ownString(classname),
      name: ownString(name),
      file: file === undefined ? undefined : ownString(toSlashes(file)),
      line: parsedLine !== undefined && Number.isFinite(parsedLine) && parsedLine > 0 ? parsedLine : undefined,
      outcome: OUTCOME_CODES.passed,
      message: undefined,
      text: '',
      failedAttempts: 0,
      capture: false,
    };
  };
  const finishCase = (test: OpenCase): void => {
    let code = test.outcome;
    let failedAttempts = test.failedAttempts;
    const earlier = tests.get(test.id);
    if (earlier !== undefined) {
      // The same test again in one report: a rerun. The last attempt decides. An earlier
      // appearance that failed, or that passed, was an attempt that did not count: pytest's
      // junitxml drops pytest-rerunfailures' "rerun" reports, so a failed attempt it closes is
      // an empty test case (reports/reruns-*.xml). Only a skip is no attempt.
      const attempt = (earlier & 3) !== OUTCOME_CODES.skipped ? 1 : 0;
      failedAttempts += (details.get(test.id)?.failedAttempts ?? 0) + attempt;
      if (code === OUTCOME_CODES.passed && (attempt === 1 || (earlier & FLAKY_BIT) !== 0)) code |= FLAKY_BIT;
    } else if (code === OUTCOME_CODES.passed && failedAttempts > 0) {
      code |= FLAKY_BIT;
    }
    tests.set(test.id, code);
    if (code === OUTCOME_CODES.passed) {
      if (earlier !== undefined) details.delete(test.id);
      return;
    }
    // The traceback places a failure where it happened (the assert, the fixture's raise): better
    // for an annotation than the test's own line, when it is in the test's file.
    const traced = test.text === '' ? undefined : locationFromTraceback(test.text);
    const location = traced !== undefined && (test.file === undefined || traced.file === test.file) ? traced : undefined;
    details.set(test.id, {
      classname: test.classname,
      name: test.name,
      ...(test.file !== undefined ? { file: test.file } : location !== undefined ? { file: location.file } : {}),
      ...(location !== undefined ? { line: location.line } : test.line !== undefined ? { line: test.line } : {}),
      ...(test.message !== undefined && test.message !== '' ? { message: test.message } : {}),
      ...(test.text.trim() !== '' ? { text: test.text.trim() } : {}),
      failedAttempts,
      report: path,
    });
  };

  await streamXml(
    path,
    {
      open(name, attributes) {
        if (name === 'testsuite') {
          for (const suite of suites) suite.hasContent = true;
          suites.push({ name: attributes.name ?? '', attributes, hasContent: false });
          return;
        }
        if (name === 'testcase') {
          if (inCase++ === 0) current = startCase(attributes.classname ?? '', attributes.name ?? '', attributes.file, attributes.line);
          return;
        }
        if (current === undefined || inCase !== 1) return;
        const test = current;
        const resultCode = RESULT_ELEMENTS[name];
        if (resultCode === undefined) return;
        if (resultCode === 'flaky') {
          test.failedAttempts++;
          return;
        }
        if (resultCode === 'rerun') {
          test.failedAttempts++;
          return;
        }
        if (resultCode > test.outcome) {
          test.outcome = resultCode;
          const message = attributes.message ?? attributes.type;
          test.message = message === undefined ? undefined : message.slice(0, MESSAGE_LIMIT);
          test.text = '';
          captureText = resultCode !== OUTCOME_CODES.skipped || test.message === undefined;
        } else {
          captureText = false;
        }
      },
      close(name) {
        if (name === 'testsuite') {
          const suite = suites.pop();
          if (suite !== undefined && !suite.hasContent) {
            const count = (key: string): number => {
              const value = Number.parseInt(suite.attributes[key] ?? '0', 10);
              return Number.isFinite(value) && value > 0 ? value : 0;
            };
            const total = count('tests');
            if (total > 0) {
              countedSuites.push({ name: suite.name, tests: total, failed: count('failures'), errored: count('errors'), skipped: Math.max(count('skipped'), count('skips'), count('disabled')) });
            }
          }
          return;
        }
        if (name === 'testcase') {
          if (--inCase === 0 && current !== undefined) {
            finishCase(current);
            current = undefined;
          }
          return;
        }
        if (RESULT_ELEMENTS[name] !== undefined) captureText = false;
      },
      text(text) {
        if (current !== undefined && current.text.length < TEXT_LIMIT) current.text = (current.text + text).slice(0, TEXT_LIMIT);
      },
      wantsText: () => captureText,
    },
    {
      fastElements: [
        {
          name: 'testcase',
          attributes: ['classname', 'name', 'file', 'line'],
          ignored: ['time', 'timestamp', 'assertions', 'status', 'result'],
          read: (values) => {
            if (inCase !== 0) return;
            // The common case, without an object per test: a new test that passed.
            const id = own(testId(values[0] ?? '', values[1] ?? '', values[2]));
            if (suites.length > 0 && suites[suites.length - 1]?.hasContent !== true) for (const suite of suites) suite.hasContent = true;
            if (tests.addIfAbsent(id, OUTCOME_CODES.passed) !== undefined) finishCase(startCase(values[0] ?? '', values[1] ?? '', values[2], values[3]));
          },
        },
      ],
      maxTextLength: 64 * 1024,
    },
  );
  return { path, tests, details, countedSuites };
}

/** The child elements of a test case that say how it went. */
const RESULT_ELEMENTS: Readonly<Record<string, number | 'flaky' | 'rerun' | undefined>> = {
  error: OUTCOME_CODES.errored,
  failure: OUTCOME_CODES.failed,
  skipped: OUTCOME_CODES.skipped,
  flakyFailure: 'flaky',
  flakyError: 'flaky',
  rerunFailure: 'rerun',
  rerunError: 'rerun',
};

/**
 * pytest's xunit2 reports (its default) have no `file`/`line` attributes; its tracebacks end with
 * `tests/test_x.py:24: AssertionError`, which places the failure.
 */
export function locationFromTraceback(text: string): { file: string; line: number } | undefined {
  const lines = text.trim().split('\n');
  for (let index = lines.length - 1; index >= 0 && index >= lines.length - 3; index--) {
    const match = /^([^\s:][^:]*\.\w+):(\d+): \S/.exec(lines[index]?.trim() ?? '');
    if (match?.[1] !== undefined && match[2] !== undefined && !match[1].startsWith('/')) return { file: match[1].replace(/\\/g, '/'), line: Number(match[2]) };
  }
  return undefined;
}
