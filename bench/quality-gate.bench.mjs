// The quality-gate action on a generated JUnit report of 200,000 tests (~30 MB, pytest's
// xunit1 shape: classname, name, file, line, time; 0.5% failures with tracebacks, 1% skipped,
// 0.1% errors), run as the GitHub runner runs it: the bundled dist/index.js under Node 24 with
// INPUT_* from action.yml defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Against
// python's junitparser (Debian's python3-junitparser, /usr/bin/python3) counting the same file:
// JUnitXml.fromfile, then each case's result (errored, failed, skipped, passed). Both are timed
// as whole processes (start-up included), interleaved, in the same run.
//
// Also: the action merging 20 matrix legs of 10,000 tests each (the same tests in every leg,
// ~1.5 MB a leg: a test failing on one leg fails, one skipped on some legs passes), timed in the
// same run.
//
// Targets: junitparser / ours >= 3 (medians); the action's peak RSS on the 200,000-test file
// < 150 MB under Node 24; the 20 legs take no longer than the one file (medians). Every run is
// verified: exit 0 (fail: false), tests/failed/errored/skipped outputs equal to junitparser's
// counts (the legs: to the counts the generator expects).
//
// Environment: BENCH_RUNS (default 5), BENCH_WARMUP (default 1), BENCH_RSS_RUNS (default 2),
// BENCH_NODE24.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseGithubOutput, prepareActionStep, readActionManifest } from './lib/action.mjs';
import { peakRssProbe } from './lib/peak-rss.mjs';
import { runProcess } from './lib/process.mjs';
import { prng } from './lib/prng.mjs';
import { formatTable, target } from './lib/report.mjs';
import { envCount, measureCases, median } from './lib/timing.mjs';
import { findMachineNode, findNode24, toolVersion } from './lib/tools.mjs';

const TARGET_RATIO = 3;
const TARGET_PEAK_MB = 150;
const TESTS = 200_000;
const LEGS = 20;
const LEG_TESTS = 10_000;
/** Bump when the generated files change. */
const GENERATOR_VERSION = 1;
const PYTHON = '/usr/bin/python3';

const JUNITPARSER_SCRIPT = `
import sys
from junitparser import JUnitXml, Error, Failure, Skipped
counts = {"tests": 0, "passed": 0, "failed": 0, "errored": 0, "skipped": 0}
for suite in JUnitXml.fromfile(sys.argv[1]):
    for case in suite:
        counts["tests"] += 1
        result = case.result
        if any(isinstance(r, Error) for r in result): counts["errored"] += 1
        elif any(isinstance(r, Failure) for r in result): counts["failed"] += 1
        elif any(isinstance(r, Skipped) for r in result): counts["skipped"] += 1
        else: counts["passed"] += 1
print(" ".join(f"{k}={v}" for k, v in counts.items()))
`;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function testcase(index, outcome, random) {
  const module = `tests/unit/test_module_${String(index % 500).padStart(3, '0')}.py`;
  const classname = `tests.unit.test_module_${String(index % 500).padStart(3, '0')}.TestFeature${index % 9}`;
  const attributes = `classname="${classname}" name="test_behaviour_${index}[case-${index % 17}]" file="${module}" line="${10 + (index % 400)}" time="${(random() * 0.05).toFixed(3)}"`;
  switch (outcome) {
    case 'failed':
      return `<testcase ${attributes}><failure message="AssertionError: assert ${index} == ${index + 1}">def test_behaviour():\n&gt;       assert compute(${index}) == ${index + 1}\nE       AssertionError: assert ${index} == ${index + 1}\n\n${module}:${12 + (index % 400)}: AssertionError</failure></testcase>`;
    case 'errored':
      return `<testcase ${attributes}><error message="failed on setup with &quot;ConnectionError: database unavailable&quot;">@pytest.fixture\n    def db():\n&gt;       raise ConnectionError("database unavailable")\nE       ConnectionError: database unavailable\n\ntests/conftest.py:8: ConnectionError</error></testcase>`;
    case 'skipped':
      return `<testcase ${attributes}><skipped type="pytest.skip" message="needs a GPU">${module}:3: needs a GPU</skipped></testcase>`;
    default:
      return `<testcase ${attributes} />`;
  }
}

/** Writes a pytest-shaped report; `outcomeOf(index)` decides each test. Returns the expected counts. */
async function writeReport(path, count, outcomeOf, seed) {
  const random = prng(seed);
  const counts = { tests: count, passed: 0, failed: 0, errored: 0, skipped: 0 };
  const out = createWriteStream(path);
  let buffer = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="${count}" time="1234.5" timestamp="2025-01-01T12:00:00.000000" hostname="runner">`;
  for (let index = 0; index < count; index += 1) {
    const outcome = outcomeOf(index);
    counts[outcome] += 1;
    buffer += testcase(index, outcome, random);
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(`${buffer}</testsuite></testsuites>\n`);
  await once(out, 'finish');
  return counts;
}

const singleOutcome = (index) => (index % 1000 === 7 ? 'errored' : index % 200 === 3 ? 'failed' : index % 100 === 11 ? 'skipped' : 'passed');

/** The reports, cached under .bench/quality-gate keyed by the generator version. */
async function ensureReports(root, log) {
  const dir = join(root, '.bench', 'quality-gate');
  const stamp = join(dir, 'generator.json');
  const wanted = JSON.stringify({ GENERATOR_VERSION, TESTS, LEGS, LEG_TESTS });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'single', 'reports'), { recursive: true });
  mkdirSync(join(dir, 'legs', 'reports'), { recursive: true });
  log('generating the reports ...');
  const single = await writeReport(join(dir, 'single', 'reports', 'junit.xml'), TESTS, singleOutcome, 1);
  // Legs: the same 10,000 tests; test i fails on leg i % 400 only (so 25 fail once), errors on none,
  // is skipped on the odd legs when i % 50 === 0 (passes on the others), skipped everywhere when i % 500 === 1.
  const legOutcome = (leg) => (index) => (index % 500 === 1 ? 'skipped' : index % 400 === leg ? 'failed' : index % 50 === 0 && leg % 2 === 1 ? 'skipped' : 'passed');
  for (let leg = 0; leg < LEGS; leg += 1) await writeReport(join(dir, 'legs', 'reports', `junit-leg-${String(leg).padStart(2, '0')}.xml`), LEG_TESTS, legOutcome(leg), 100 + leg);
  const legs = { tests: LEG_TESTS, passed: 0, failed: 0, errored: 0, skipped: 0 };
  for (let index = 0; index < LEG_TESTS; index += 1) {
    const outcomes = Array.from({ length: LEGS }, (_, leg) => legOutcome(leg)(index));
    const merged = outcomes.includes('failed') ? 'failed' : outcomes.includes('passed') ? 'passed' : 'skipped';
    legs[merged] += 1;
  }
  const expected = { single, legs };
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected));
  writeFileSync(stamp, wanted);
  return expected;
}

export default {
  name: 'quality-gate',
  description: 'quality-gate (dist, node24) vs junitparser on a 200,000-test JUnit file; 20 matrix legs merged',
  async run({ root, log }) {
    const runs = envCount('BENCH_RUNS', 5);
    const warmup = envCount('BENCH_WARMUP', 1);
    const rssRuns = Math.max(1, envCount('BENCH_RSS_RUNS', 2));
    const expected = await ensureReports(root, log);
    const dir = join(root, '.bench', 'quality-gate');
    const singleFile = join(dir, 'single', 'reports', 'junit.xml');
    const singleBytes = statSync(singleFile).size;
    const legsBytes = readdirSync(join(dir, 'legs', 'reports')).reduce((sum, file) => sum + statSync(join(dir, 'legs', 'reports', file)).size, 0);
    log(`single: ${TESTS} tests, ${(singleBytes / 1048576).toFixed(1)} MB; legs: ${LEGS} x ${LEG_TESTS} tests, ${(legsBytes / 1048576).toFixed(1)} MB`);
    const scriptPath = join(dir, 'count-junitparser.py');
    writeFileSync(scriptPath, JUNITPARSER_SCRIPT);
    check(existsSync(PYTHON), `${PYTHON} is missing (Debian: apt-get install python3-junitparser)`);
    const junitparserVersion = (await runProcess(PYTHON, ['-c', 'import junitparser; print(junitparser.version)'], { capture: true })).stdout.trim();
    check(junitparserVersion !== '', 'junitparser is not importable by /usr/bin/python3 (apt-get install python3-junitparser)');
    const node24 = await findNode24(root);
    const machineNode = await findMachineNode();
    const manifest = readActionManifest(join(root, 'actions', 'quality-gate', 'action.yml'));
    check(existsSync(manifest.main), `${manifest.main} is missing: build it with \`node scripts/build-dist.mjs\``);
    const distHash = createHash('sha256').update(readFileSync(manifest.main)).digest('hex').slice(0, 12);
    log(`node24 ${node24.version}; machine node ${machineNode.version}; ${await toolVersion(PYTHON)} with junitparser ${junitparserVersion}`);

    const runOurs = (node, workspace, counts) => async (extra = { nodeArgs: [], env: {} }) => {
      const step = prepareActionStep({ manifest, workspace, inputs: { junit: 'reports/*.xml', fail: 'false' }, extraEnv: extra.env });
      try {
        const result = await runProcess(node, [...extra.nodeArgs, manifest.main], { cwd: workspace, env: step.env, capture: true });
        check(result.code === 0, `the action exited ${result.code ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
        const outputs = parseGithubOutput(readFileSync(step.outputPath, 'utf8'));
        for (const key of ['tests', 'failed', 'errored', 'skipped']) {
          check(outputs[key] === String(counts[key]), `the action's ${key} output is ${outputs[key]}, expected ${counts[key]}`);
        }
        check(outputs.passed === 'false' && readFileSync(step.summaryPath, 'utf8').includes('quality-gate: ❌ failed'), 'the action did not fail the gate on the failing tests');
        return result.seconds;
      } finally {
        step.cleanup();
      }
    };
    const runJunitparser = async () => {
      const result = await runProcess(PYTHON, [scriptPath, singleFile], { capture: true });
      check(result.code === 0, `junitparser exited ${result.code}: ${result.stderr}`);
      const line = Object.fromEntries(result.stdout.trim().split(' ').map((pair) => pair.split('=')));
      for (const key of ['tests', 'passed', 'failed', 'errored', 'skipped']) check(line[key] === String(expected.single[key]), `junitparser counted ${key}=${line[key]}, expected ${expected.single[key]}`);
      return result.seconds;
    };

    log(`timing (warm-up ${warmup}, ${runs} runs each, interleaved) ...`);
    const results = await measureCases(
      [
        { key: 'junitparser', label: 'junitparser (python3)', runs, warmup, run: runJunitparser },
        { key: 'ours', label: 'quality-gate, 1 file (dist, node24)', runs, warmup, run: () => runOurs(node24.path, join(dir, 'single'), expected.single)() },
        { key: 'legs', label: `quality-gate, ${LEGS} legs (dist, node24)`, runs, warmup, run: () => runOurs(node24.path, join(dir, 'legs'), expected.legs)() },
      ],
      { log },
    );
    const machineSeconds = await runOurs(machineNode.path, join(dir, 'single'), expected.single)();
    const peaks = [];
    const legPeaks = [];
    for (let i = 0; i < rssRuns; i += 1) {
      for (const [list, workspace, counts] of [[peaks, join(dir, 'single'), expected.single], [legPeaks, join(dir, 'legs'), expected.legs]]) {
        const probe = peakRssProbe();
        await runOurs(node24.path, workspace, counts)(probe);
        const peak = probe.read();
        check(peak !== undefined, 'the action did not report its peak RSS');
        list.push(peak);
      }
      log(`  peak RSS run ${i + 1}/${rssRuns}: 1 file ${peaks.at(-1).toFixed(1)} MB, ${LEGS} legs ${legPeaks.at(-1).toFixed(1)} MB`);
    }

    const { ours, junitparser, legs } = results;
    const ratio = junitparser.median / ours.median;
    const legsRatio = legs.median / ours.median;
    const row = (label, s, note) => [label, s.runs, s.median.toFixed(3), s.min.toFixed(3), s.max.toFixed(3), note];
    const peakMb = Math.max(...peaks);
    return {
      lines: [
        formatTable(
          ['case', 'runs', 'median s', 'min s', 'max s', 'note'],
          [
            row('quality-gate, 1 file (dist, node24)', ours, '1.00x'),
            row('junitparser (python3)', junitparser, `${ratio.toFixed(2)}x ours`),
            row(`quality-gate, ${LEGS} legs (dist, node24)`, legs, `${legsRatio.toFixed(2)}x the 1 file`),
            [`quality-gate, 1 file (dist, ${machineNode.version})`, 1, machineSeconds.toFixed(3), '', '', 'information'],
          ],
        ),
        '',
        formatTable(
          ['measure', 'value', 'also', 'target'],
          [
            ['junitparser / ours', `${ratio.toFixed(2)}x (median)`, `${(junitparser.min / ours.min).toFixed(2)}x (min)`, `>= ${TARGET_RATIO}x`],
            [`${LEGS} legs / 1 file`, `${legsRatio.toFixed(2)}x (median)`, `${(legs.min / ours.min).toFixed(2)}x (min)`, '<= 1x'],
            ['peak RSS, 1 file, node24', `${peakMb.toFixed(1)} MB (max)`, `median ${median(peaks).toFixed(1)} MB`, `< ${TARGET_PEAK_MB} MB`],
            [`peak RSS, ${LEGS} legs, node24`, `${Math.max(...legPeaks).toFixed(1)} MB (max)`, `median ${median(legPeaks).toFixed(1)} MB`, 'information'],
          ],
        ),
        '',
        `ours: ${manifest.main} (sha256 ${distHash}); inputs junit=reports/*.xml fail=false; counts verified against junitparser's (${JSON.stringify(expected.single)}) and the legs' expected merge (${JSON.stringify(expected.legs)})`,
        `peak RSS is getrusage maxRSS of the action's node process, max over ${rssRuns} extra run(s); MB = 2^20 bytes`,
      ],
      targets: [
        target({ name: 'junitparser / quality-gate (median wall time, 200,000 tests)', measured: ratio, op: '>=', limit: TARGET_RATIO, unit: 'x' }),
        target({ name: 'quality-gate peak RSS (200,000 tests, dist, node24)', measured: peakMb, op: '<', limit: TARGET_PEAK_MB, unit: ' MB', digits: 1 }),
        target({ name: `quality-gate ${LEGS} legs / 1 file (median wall time)`, measured: legsRatio, op: '<=', limit: 1, unit: 'x' }),
      ],
    };
  },
};
