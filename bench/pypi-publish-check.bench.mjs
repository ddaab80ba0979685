// The pypi-publish-check archive inspection on a generated ~210 MB wheel with 20,004 members
// (18,000 Python-like sources, 2,000 incompressible blobs, a correct RECORD): every member
// inflated, CRC-checked and sha256-hashed against RECORD by `inspectWheel` from
// packages/core, against `unzip -t` (inflate + CRC-32 of every member) on the same file.
//
// The library is measured directly, not the action bundle (not built yet): a small runner
// (lib/inspect-wheel-runner.mjs) run by Node 24 with `--import tsx`, so the times include
// node's and tsx's start-up (the runner also reports the inspection alone).
//
// Targets: ours / unzip -t <= 1.5 (medians of the same run), and the runner's peak RSS
// < 200 MB. Every run is verified: exit 0, 20,004 members, and no failing check.
//
// Environment: BENCH_RUNS (measured runs of each case; default 5), BENCH_WARMUP (default 1),
// BENCH_RSS_RUNS (extra runs for peak memory; default 2), BENCH_NODE24 (a Node 24 binary;
// default the root's node-<os>-<arch> package).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { peakRssProbe } from './lib/peak-rss.mjs';
import { runProcess } from './lib/process.mjs';
import { formatTable, target } from './lib/report.mjs';
import { envCount, measureCases, median } from './lib/timing.mjs';
import { findMachineNode, findNode24, toolVersion } from './lib/tools.mjs';
import { ensureBenchWheel } from './lib/wheel-zip.mjs';

const TARGET_UNZIP_RATIO = 1.5;
const TARGET_PEAK_MB = 200;
const WHEEL = { name: 'pypi-publish-check-20k', textMembers: 18_000, blobMembers: 2_000, textBytes: 8_000, blobBytes: 82_000 };
const RUNNER = fileURLToPath(new URL('./lib/inspect-wheel-runner.mjs', import.meta.url));

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function plainEnv() {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };
}

/** `unzip`, or a clear error saying how to get it. */
async function findUnzip() {
  for (const candidate of ['/usr/bin/unzip', '/bin/unzip', '/usr/local/bin/unzip']) {
    if (existsSync(candidate)) return { path: candidate, version: (await toolVersion(candidate, ['-v'])).split('\n')[0] };
  }
  throw new Error('unzip is not installed (Debian/Ubuntu: apt-get install -y unzip)');
}

export default {
  name: 'pypi-publish-check',
  description: 'inspectWheel (inflate + sha256 + RECORD) vs unzip -t on a 210 MB, 20,004-member wheel',
  async run({ root, log }) {
    const runs = envCount('BENCH_RUNS', 5);
    const warmup = envCount('BENCH_WARMUP', 1);
    const rssRuns = Math.max(1, envCount('BENCH_RSS_RUNS', 2));
    check(runs >= 1, 'BENCH_RUNS must be at least 1');

    // --- Setup -------------------------------------------------------------------------
    const wheel = ensureBenchWheel({ root, ...WHEEL, log });
    log(
      `wheel: ${wheel.path} (${wheel.cached ? 'cached' : 'generated'}; ${wheel.members} members, ` +
        `${(wheel.bytes / 1048576).toFixed(1)} MB, ${(wheel.uncompressed / 1048576).toFixed(1)} MB uncompressed)`,
    );
    const unzip = await findUnzip();
    const node24 = await findNode24(root);
    const machineNode = await findMachineNode();
    // tsx is a root devDependency: resolve its loader from the root, as `node --import tsx` would.
    const tsx = createRequire(join(root, 'package.json')).resolve('tsx');
    check(existsSync(tsx), 'tsx is not installed: run pnpm install');
    log(`node24: ${node24.version} (${node24.path}); machine node ${machineNode.version}; ${unzip.version}`);

    // --- The measured executions, each verified ------------------------------------------
    let inspectSeconds = [];
    const runOurs = (node) => async (extra = { nodeArgs: [], env: {} }) => {
      const result = await runProcess(node, [...extra.nodeArgs, '--import', 'tsx', RUNNER, wheel.path, 'benchpkg', '1.0.0'], {
        cwd: root,
        env: { ...plainEnv(), ...extra.env },
        capture: true,
      });
      check(result.code === 0, `the runner exited ${result.code ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
      const report = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
      check(report.members === wheel.members, `inspectWheel listed ${report.members} members, expected ${wheel.members}`);
      check(Array.isArray(report.failing) && report.failing.length === 0, `inspectWheel reported problems: ${JSON.stringify(report.failing)}`);
      inspectSeconds.push(report.seconds);
      return result.seconds;
    };
    const runUnzip = async () => {
      const result = await runProcess(unzip.path, ['-tqq', wheel.path], { env: plainEnv(), capture: true });
      check(result.code === 0, `unzip -t exited ${result.code}: ${result.stdout}${result.stderr}`);
      return result.seconds;
    };

    log(`timing (warm-up ${warmup}, ${runs} runs each, interleaved) ...`);
    const results = await measureCases(
      [
        { key: 'unzip', label: 'unzip -tqq', runs, warmup, run: runUnzip },
        { key: 'ours', label: 'inspectWheel (node24 + tsx)', runs, warmup, run: () => runOurs(node24.path)() },
      ],
      { log },
    );
    const oursInspect = median(inspectSeconds.slice(warmup));
    inspectSeconds = [];
    const node20 = await runOurs(machineNode.path)();
    const node20Inspect = inspectSeconds[0];

    const measurePeak = async (node, label) => {
      const peaks = [];
      for (let i = 0; i < rssRuns; i += 1) {
        const probe = peakRssProbe();
        const seconds = await runOurs(node)(probe);
        const peak = probe.read();
        check(peak !== undefined, 'the runner did not report its peak RSS');
        peaks.push(peak);
        log(`  peak RSS ${label} run ${i + 1}/${rssRuns}: ${peak.toFixed(1)} MB (${seconds.toFixed(3)} s)`);
      }
      return peaks;
    };
    const peaks = await measurePeak(node24.path, 'node24');
    const peaks20 = await measurePeak(machineNode.path, `node ${machineNode.version}`);
    const peakMb = Math.max(...peaks);

    // --- Report --------------------------------------------------------------------------
    const { ours, unzip: unzipT } = results;
    const ratio = ours.median / unzipT.median;
    const row = (label, s, note) => [label, s.runs, s.median.toFixed(3), s.min.toFixed(3), s.max.toFixed(3), note];
    const lines = [
      formatTable(
        ['case', 'runs', 'median s', 'min s', 'max s', 'note'],
        [
          row('inspectWheel (node24 + tsx, whole process)', ours, `inspection alone: median ${oursInspect.toFixed(3)} s`),
          row('unzip -tqq', unzipT, `ours is ${ratio.toFixed(2)}x`),
          [`inspectWheel (${machineNode.version} + tsx, one run)`, 1, node20.toFixed(3), '', '', `inspection alone ${node20Inspect.toFixed(3)} s`],
        ],
      ),
      '',
      formatTable(
        ['measure', 'value', 'also', 'target'],
        [
          ['ours / unzip -t', `${ratio.toFixed(2)}x (median)`, `${(ours.min / unzipT.min).toFixed(2)}x (min)`, `<= ${TARGET_UNZIP_RATIO}x`],
          ['peak RSS, node24', `${peakMb.toFixed(1)} MB (max)`, `median ${median(peaks).toFixed(1)} MB`, `< ${TARGET_PEAK_MB} MB`],
          [`peak RSS, ${machineNode.version}`, `${Math.max(...peaks20).toFixed(1)} MB (max)`, 'information', ''],
        ],
      ),
    ];
    return {
      lines,
      targets: [
        target({ name: 'inspectWheel / unzip -t (median wall time)', measured: ratio, op: '<=', limit: TARGET_UNZIP_RATIO, unit: 'x' }),
        target({ name: 'inspectWheel peak RSS (node24 + tsx)', measured: peakMb, op: '<', limit: TARGET_PEAK_MB, unit: ' MB', digits: 1 }),
      ],
    };
  },
};
