// The quality-gate action on a generated coverage.py JSON report of about 300 MB (1,000 files of
// 320 statements; coverage.py's format 2 with `--show-contexts`: every line lists the 22 tests
// that ran it, which is what makes such reports big), run as the GitHub runner runs it: the bundled dist/index.js
// under Node 24 with INPUT_* from action.yml defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
// The report is streamed (@streamparser/json), one file entry at a time. Its peer, measured in
// the same run: Node 24 reading the same file whole with JSON.parse (how quality-gate read JSON
// before) and summing the same counts.
//
// Target: memory that does not grow with the file. The same coverage (the same files, lines and
// branches) is also generated without contexts (about 10 times smaller): the action's peak RSS on
// the big file must stay within 1.25 times its peak on the small one (what it keeps, the lines
// measured to merge them by line, is the same in both). Every run is verified: the coverage output
// equals the total the generator computed (coverage.py's (executed statements + branches) /
// (statements + branches)).
//
// Environment: BENCH_RUNS (default 2), BENCH_WARMUP (default 0), BENCH_RSS_RUNS (default 2).
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseGithubOutput, prepareActionStep, readActionManifest } from './lib/action.mjs';
import { peakRssProbe } from './lib/peak-rss.mjs';
import { runProcess } from './lib/process.mjs';
import { formatTable, target } from './lib/report.mjs';
import { envCount, measureCases } from './lib/timing.mjs';
import { findNode24 } from './lib/tools.mjs';

const TARGET_PEAK_RATIO = 1.25;
const FILES = 1_000;
const CONTEXTS = 22;
const EXECUTED = 300;
const MISSING = 20;
const BRANCHES = 40;
const MISSED_BRANCHES = 4;
/** Bump when the generated file changes. */
const GENERATOR_VERSION = 2;

// What the peer does: the whole file through JSON.parse, then the same counts.
const WHOLE_SCRIPT = `
const { readFileSync } = require('node:fs');
const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let covered = 0, total = 0;
for (const file of Object.values(data.files)) {
  covered += file.summary.covered_lines + file.summary.covered_branches;
  total += file.summary.num_statements + file.summary.num_branches;
}
console.log((100 * covered / total).toFixed(2));
`;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** coverage.py's display of the generator's total with two decimals (never rounded to 100). */
function expectedDisplay() {
  const covered = FILES * (EXECUTED + BRANCHES - MISSED_BRANCHES);
  const total = FILES * (EXECUTED + MISSING + BRANCHES);
  return ((100 * covered) / total).toFixed(2);
}

/** The report in `<workspace>/reports/coverage.json`, with `contexts` tests per line (0: no contexts). */
async function ensureReport(workspace, contextsPerLine, log) {
  const stamp = join(workspace, 'stamp');
  const wanted = String(GENERATOR_VERSION);
  const path = join(workspace, 'reports', 'coverage.json');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(path)) return path;
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(join(workspace, 'reports'), { recursive: true });
  log(`generating a coverage.py JSON report of ${FILES} files, ${contextsPerLine} contexts a line ...`);
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"meta": {"format": 2, "version": "7.6.1", "timestamp": "2025-01-01T12:00:00.000000", "branch_coverage": true, "show_contexts": true}, "files": {');
  for (let f = 0; f < FILES; f++) {
    const executed = Array.from({ length: EXECUTED }, (_, i) => i + 1);
    const contexts = {};
    for (const line of executed) if (contextsPerLine > 0) contexts[line] = Array.from({ length: contextsPerLine }, (_, k) => `tests/test_mod_${(f + k) % FILES}.py::test_case_${(line + k) % 40}|run`);
    const entry = {
      executed_lines: executed,
      summary: { covered_lines: EXECUTED, num_statements: EXECUTED + MISSING, percent_covered: 0, missing_lines: MISSING, excluded_lines: 0, num_branches: BRANCHES, num_partial_branches: MISSED_BRANCHES, covered_branches: BRANCHES - MISSED_BRANCHES, missing_branches: MISSED_BRANCHES },
      missing_lines: Array.from({ length: MISSING }, (_, i) => EXECUTED + 1 + i),
      excluded_lines: [],
      ...(contextsPerLine > 0 ? { contexts } : {}),
      executed_branches: Array.from({ length: BRANCHES - MISSED_BRANCHES }, (_, i) => [i + 1, i + 2]),
      missing_branches: Array.from({ length: MISSED_BRANCHES }, (_, i) => [EXECUTED - MISSED_BRANCHES + i, -1]),
    };
    await write(`${f === 0 ? '' : ', '}"src/pkg/mod_${f}.py": ${JSON.stringify(entry)}`);
  }
  await write('}, "totals": {}}\n');
  out.end();
  await once(out, 'finish');
  writeFileSync(stamp, wanted);
  return path;
}

export default {
  name: 'quality-gate-coverage-json',
  description: 'quality-gate (dist, node24) streaming a ~300 MB coverage.py JSON report, against JSON.parse of the whole file',
  async run({ root, log }) {
    const runs = envCount('BENCH_RUNS', 2);
    const warmup = envCount('BENCH_WARMUP', 0);
    const rssRuns = Math.max(1, envCount('BENCH_RSS_RUNS', 2));
    const workspace = join(root, '.bench', 'quality-gate-coverage-json', 'contexts');
    const smallWorkspace = join(root, '.bench', 'quality-gate-coverage-json', 'no-contexts');
    const report = await ensureReport(workspace, CONTEXTS, log);
    const smallReport = await ensureReport(smallWorkspace, 0, log);
    const bytes = statSync(report).size;
    const smallBytes = statSync(smallReport).size;
    const node24 = await findNode24(root);
    const manifest = readActionManifest(join(root, 'actions', 'quality-gate', 'action.yml'));
    check(existsSync(manifest.main), `${manifest.main} is missing: build it with \`node scripts/build-dist.mjs\``);
    const display = expectedDisplay();
    log(`reports: ${(bytes / 1048576).toFixed(1)} MB with contexts, ${(smallBytes / 1048576).toFixed(1)} MB without; ${FILES} files; expected coverage ${display}%; node24 ${node24.version}`);
    const wholeScript = join(workspace, 'whole.cjs');
    writeFileSync(wholeScript, WHOLE_SCRIPT);

    const runOurs = async (extra = { nodeArgs: [], env: {} }, cwd = workspace) => {
      const step = prepareActionStep({ manifest, workspace: cwd, inputs: { coverage: 'reports/coverage.json', 'min-coverage': '90', fail: 'false' }, extraEnv: extra.env });
      try {
        const result = await runProcess(node24.path, [...extra.nodeArgs, manifest.main], { cwd, env: step.env, capture: true });
        check(result.code === 0, `the action exited ${result.code ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
        const outputs = parseGithubOutput(readFileSync(step.outputPath, 'utf8'));
        check(outputs.coverage === display && outputs.passed === 'true', `the action's coverage output is ${outputs.coverage} (passed ${outputs.passed}), expected ${display}`);
        return result.seconds;
      } finally {
        step.cleanup();
      }
    };
    const runWhole = async (extra = { nodeArgs: [], env: {} }) => {
      const result = await runProcess(node24.path, [...extra.nodeArgs, wholeScript, report], { env: { PATH: process.env.PATH ?? '', ...extra.env }, capture: true });
      check(result.code === 0 && result.stdout.trim() === display, `JSON.parse of the whole file gave ${result.stdout.trim()} (exit ${result.code}): ${result.stderr}`);
      return result.seconds;
    };

    log(`timing (warm-up ${warmup}, ${runs} runs each, interleaved) ...`);
    const results = await measureCases(
      [
        { key: 'ours', label: 'quality-gate, streamed (dist, node24)', runs, warmup, run: () => runOurs() },
        { key: 'whole', label: 'JSON.parse of the whole file (node24)', runs, warmup, run: () => runWhole() },
      ],
      { log },
    );
    const peak = async (run) => {
      let max = 0;
      for (let i = 0; i < rssRuns; i++) {
        const probe = peakRssProbe();
        await run(probe);
        const value = probe.read();
        check(value !== undefined, 'a process did not report its peak RSS');
        max = Math.max(max, value);
      }
      return max;
    };
    const oursPeak = await peak((probe) => runOurs(probe));
    const smallPeak = await peak((probe) => runOurs(probe, smallWorkspace));
    const wholePeak = await peak(runWhole);
    const { ours, whole } = results;
    const ratio = ours.median / whole.median;
    const peakRatio = oursPeak / smallPeak;
    return {
      lines: [
        formatTable(
          ['case', 'runs', 'median s', 'min s', 'max s', 'peak RSS MB'],
          [
            ['quality-gate, streamed (dist, node24)', ours.runs, ours.median.toFixed(3), ours.min.toFixed(3), ours.max.toFixed(3), oursPeak.toFixed(1)],
            ['JSON.parse of the whole file (node24)', whole.runs, whole.median.toFixed(3), whole.min.toFixed(3), whole.max.toFixed(3), wholePeak.toFixed(1)],
            [`quality-gate, the same coverage without contexts (${(smallBytes / 1048576).toFixed(1)} MB)`, '', '', '', '', smallPeak.toFixed(1)],
          ],
        ),
        '',
        `streamed / whole: ${ratio.toFixed(2)}x the time (median), ${(oursPeak / wholePeak).toFixed(2)}x the peak RSS; report ${(bytes / 1048576).toFixed(1)} MB; peak RSS is getrusage maxRSS, max of ${rssRuns} run(s); MB = 2^20 bytes`,
        `peak RSS on the ${(bytes / 1048576).toFixed(0)} MB file / on the ${(smallBytes / 1048576).toFixed(0)} MB one with the same coverage: ${peakRatio.toFixed(2)}x (the file is ${(bytes / smallBytes).toFixed(1)}x the size)`,
      ],
      targets: [target({ name: `quality-gate peak RSS, ${(bytes / 1048576).toFixed(0)} MB coverage.py JSON / the same coverage in ${(smallBytes / 1048576).toFixed(0)} MB (dist, node24)`, measured: peakRatio, op: '<=', limit: TARGET_PEAK_RATIO, unit: 'x' })],
    };
  },
};
