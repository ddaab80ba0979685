// The pypi-publish-check action on a generated ~210 MB wheel with 20,004 members (18,000
// Python-like sources, 2,000 incompressible blobs, complete metadata, a correct RECORD), run
// as the GitHub runner runs it: the bundled dist/index.js under Node 24, INPUT_* from
// action.yml defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, cwd a workspace whose
// dist/ holds only the wheel (a hard link to the cached file). Against `unzip -t` (inflate +
// CRC-32 of every member) on the same file.
//
// Inputs: require=wheel, check-published=false (no index), trusted-publishing=off (no OIDC),
// max-file-size=256MiB (PyPI's default limit is 100 MiB; a project shipping a 200 MB wheel
// has had it raised, and the action would otherwise fail the file-size check by design).
// So the measured work is the whole local check: the file-size and whole-file sha256 (the
// `files` output), the full wheel inspection (every member inflated, CRC-checked and hashed
// against RECORD), the metadata checks, the report and the step summary.
//
// Targets: ours / unzip -t <= 1.5 (medians of the same run), and the action's peak RSS
// < 200 MB under Node 24. Every run is verified: exit 0, passed=true, the `files` output's
// sha256 and size, and a report with no failure or warning, wheel-record-hashes passing and
// all 20,004 members counted. The machine's own node (Node 20 here) is run for information.
//
// Environment: BENCH_RUNS (measured runs of each case; default 5), BENCH_WARMUP (default 1),
// BENCH_RSS_RUNS (extra runs for peak memory, per node; default 2), BENCH_NODE24 (a Node 24
// binary; default the root's node-<os>-<arch> package).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGithubOutput, prepareActionStep, readActionManifest } from './lib/action.mjs';
import { ensureDistWorkspace } from './lib/dist-workspace.mjs';
import { peakRssProbe } from './lib/peak-rss.mjs';
import { runProcess } from './lib/process.mjs';
import { formatTable, target } from './lib/report.mjs';
import { envCount, measureCases, median } from './lib/timing.mjs';
import { findMachineNode, findNode24, toolVersion } from './lib/tools.mjs';
import { ensureBenchWheel } from './lib/wheel-zip.mjs';

const TARGET_UNZIP_RATIO = 1.5;
const TARGET_PEAK_MB = 200;
const WHEEL = { name: 'pypi-publish-check-20k', textMembers: 18_000, blobMembers: 2_000, textBytes: 8_000, blobBytes: 82_000 };
/** The generator writes benchpkg 1.0.0: the name the runner's dist/ folder gives it. */
const WHEEL_FILENAME = 'benchpkg-1.0.0-py3-none-any.whl';
const INPUTS = { require: 'wheel', 'check-published': 'false', 'trusted-publishing': 'off', 'max-file-size': '256MiB' };

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

function sha256File(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export default {
  name: 'pypi-publish-check',
  description: 'pypi-publish-check (dist, node24) vs unzip -t on a 210 MB, 20,004-member wheel',
  async run({ root, log }) {
    const runs = envCount('BENCH_RUNS', 5);
    const warmup = envCount('BENCH_WARMUP', 1);
    const rssRuns = Math.max(1, envCount('BENCH_RSS_RUNS', 2));
    check(runs >= 1, 'BENCH_RUNS must be at least 1');

    // --- Setup: wheel, workspace, tools, action -------------------------------------------
    const wheel = ensureBenchWheel({ root, ...WHEEL, log });
    log(
      `wheel: ${wheel.path} (${wheel.cached ? 'cached' : 'generated'}; ${wheel.members} members, ` +
        `${(wheel.bytes / 1048576).toFixed(1)} MB, ${(wheel.uncompressed / 1048576).toFixed(1)} MB uncompressed)`,
    );
    const workspace = ensureDistWorkspace({ root, name: 'pypi-publish-check', files: [{ source: wheel.path, filename: WHEEL_FILENAME }] });
    const wheelSha256 = sha256File(wheel.path);
    const unzip = await findUnzip();
    const node24 = await findNode24(root);
    const machineNode = await findMachineNode();
    const manifest = readActionManifest(join(root, 'actions', 'pypi-publish-check', 'action.yml'));
    check(manifest.using === 'node24', `action.yml runs.using is '${manifest.using}', the bench expects node24`);
    check(existsSync(manifest.main), `${manifest.main} is missing: build it with \`node scripts/build-dist.mjs\``);
    const distHash = createHash('sha256').update(readFileSync(manifest.main)).digest('hex').slice(0, 12);
    log(`workspace: ${workspace.dir} (dist/${WHEEL_FILENAME} hard-linked)`);
    log(`node24: ${node24.version} (${node24.path}); machine node ${machineNode.version}; ${unzip.version}`);

    // --- The measured executions, each verified ------------------------------------------
    let summaryBytes = 0;
    const runOurs = (node) => async (extra = { nodeArgs: [], env: {} }) => {
      const step = prepareActionStep({ manifest, workspace: workspace.dir, inputs: INPUTS, extraEnv: extra.env });
      try {
        const result = await runProcess(node, [...extra.nodeArgs, manifest.main], { cwd: workspace.dir, env: step.env, capture: true });
        check(result.code === 0, `the action exited ${result.code ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
        const outputs = parseGithubOutput(readFileSync(step.outputPath, 'utf8'));
        check(outputs.passed === 'true', `the action set passed=${outputs.passed}:\n${result.stdout}`);
        check(outputs.name === 'benchpkg' && outputs.version === '1.0.0', `the action read ${outputs.name} ${outputs.version}, expected benchpkg 1.0.0`);
        const files = JSON.parse(outputs.files ?? '[]');
        check(
          files.length === 1 && files[0].filename === WHEEL_FILENAME && files[0].size === wheel.bytes && files[0].sha256 === wheelSha256,
          `the files output does not describe the wheel: ${outputs.files}`,
        );
        const report = JSON.parse(readFileSync(outputs.report, 'utf8'));
        const notPassing = report.checks.filter((c) => c.level !== 'pass');
        check(notPassing.length === 0, `the report has checks that did not pass: ${JSON.stringify(notPassing)}`);
        const levels = (id) => report.checks.filter((c) => c.id === id).map((c) => c.level).join(',');
        check(levels('wheel-record-hashes') === 'pass', `wheel-record-hashes is '${levels('wheel-record-hashes')}', expected one pass`);
        check(levels('wheel-zip-readable') === 'pass', `wheel-zip-readable is '${levels('wheel-zip-readable')}', expected one pass`);
        const limits = report.checks.find((c) => c.id === 'wheel-archive-limits');
        check(limits?.message.startsWith(`${wheel.members} members`), `the action did not count ${wheel.members} members: ${limits?.message}`);
        summaryBytes = readFileSync(step.summaryPath).length;
        check(summaryBytes > 0, 'the action wrote no step summary');
        return result.seconds;
      } finally {
        step.cleanup();
      }
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
        { key: 'ours', label: 'pypi-publish-check (dist, node24)', runs, warmup, run: () => runOurs(node24.path)() },
      ],
      { log },
    );
    const node20Seconds = await runOurs(machineNode.path)();

    // Peak memory: separate runs with the maxRSS preload, so timed runs stay exactly `node main`.
    const measurePeak = async (node, label) => {
      const peaks = [];
      for (let i = 0; i < rssRuns; i += 1) {
        const probe = peakRssProbe();
        const seconds = await runOurs(node)(probe);
        const peak = probe.read();
        check(peak !== undefined, 'the action did not report its peak RSS');
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
          row('pypi-publish-check (dist, node24)', ours, '1.00x'),
          row('unzip -tqq', unzipT, `ours is ${ratio.toFixed(2)}x`),
          [`pypi-publish-check (dist, ${machineNode.version})`, 1, node20Seconds.toFixed(3), '', '', 'information'],
        ],
      ),
      '',
      formatTable(
        ['measure', 'value', 'also', 'target'],
        [
          ['ours / unzip -t', `${ratio.toFixed(2)}x (median)`, `${(ours.min / unzipT.min).toFixed(2)}x (min)`, `<= ${TARGET_UNZIP_RATIO}x`],
          ['peak RSS, node24', `${peakMb.toFixed(1)} MB (max)`, `median ${median(peaks).toFixed(1)} MB`, `< ${TARGET_PEAK_MB} MB`],
          [`peak RSS, ${machineNode.version}`, `${Math.max(...peaks20).toFixed(1)} MB (max)`, `median ${median(peaks20).toFixed(1)} MB`, 'information'],
        ],
      ),
      '',
      `ours: ${manifest.main} (sha256 ${distHash}) under node ${node24.version}, cwd ${workspace.dir}; ` +
        `inputs ${Object.entries(INPUTS).map(([k, v]) => `${k}=${v}`).join(' ')}; passed=true, step summary ${(summaryBytes / 1024).toFixed(1)} KiB`,
      `wheel: ${wheel.members} members, ${wheel.bytes} bytes, sha256 ${wheelSha256.slice(0, 12)}; ${unzip.version}`,
      'peak RSS is getrusage maxRSS of the action\'s node process, max over ' +
        `${rssRuns} extra run(s) per node with --import bench/lib/maxrss-preload.mjs; MB = 2^20 bytes`,
    ];
    return {
      lines,
      targets: [
        target({ name: 'pypi-publish-check / unzip -t (median wall time)', measured: ratio, op: '<=', limit: TARGET_UNZIP_RATIO, unit: 'x' }),
        target({ name: 'pypi-publish-check peak RSS (dist, node24)', measured: peakMb, op: '<', limit: TARGET_PEAK_MB, unit: ' MB', digits: 1 }),
      ],
    };
  },
};
