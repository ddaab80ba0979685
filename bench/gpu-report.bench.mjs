// gpu-report's cost, run as the GitHub runner runs it: the bundled dist/index.js under Node 24,
// INPUT_* from action.yml defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, with the
// stand-in nvidia-smi (packages/cli/src/demo-fixtures/nvidia-smi, replaying a recorded H200)
// first on PATH. Linux only (CPU times come from /proc).
//
// 1. CPU cost of the sampler at the default interval (1000 ms). The action wraps `sleep S` twice:
//    a short run (S = 1) and a long one (S = 1 + BENCH_GPU_SECONDS). Counted: the action's own
//    Node process (process.resourceUsage, user + system) and the children it reaped, i.e. both
//    stand-in nvidia-smi processes (--query-gpu and --query-compute-apps) plus the wrapped
//    shell and its `sleep` (/proc/self/stat cutime + cstime). The long run minus the short run,
//    divided by the difference in wall time, is the steady cost per second of sampling: start-up
//    (loading the bundle, spawning) cancels out. It is also given with our process alone.
//    Target: < 1% of one CPU, ours + the stand-in. (A real nvidia-smi's own CPU is not this
//    stand-in's; with OPS_ACTIONS_REAL_GPU=1 the bench uses the real one on PATH.)
// 2. Timing skew: a CPU-bound command (a Node loop sized to ~BENCH_GPU_WORK_SECONDS) run bare,
//    by the same shell command line the action uses (bash --noprofile --norc -eo pipefail FILE),
//    through the action sampling at 1000 ms and at 100 ms (the smallest interval), and through
//    the action with no nvidia-smi (the wrapper alone, no sampler: the noise floor). Each round
//    runs every case once, in an order that rotates and reverses from round to round, so that
//    none always follows another. Compared, as the same measurement: the action's duration-seconds
//    output (spawn to exit of the command) and the bare run's spawn to exit, in the same environment
//    (the step's: this shell's NODE_EXTRA_CA_CERTS, for one, made every bare Node start-up slower). On a machine shared
//    with other work one run can take twice another, so three figures are given: the ratio of the
//    minimums (the least-disturbed runs; Python's timeit documentation: "the lowest value gives a
//    lower bound for how fast your machine can run the given code snippet; higher values ... are
//    typically ... caused ... by other processes interfering"), the ratio of the medians, and the
//    median of the per-round ratios (a round's cases run within seconds of each other, so a slow
//    phase of the machine hits them alike), with its interquartile range.
//    Target: at 1000 ms, the median per-round ratio <= 1.05 (and the ratio of minimums is shown).
//
// Environment: BENCH_RUNS (CPU rounds x 2; default 7), BENCH_GPU_SKEW_ROUNDS (default 15),
// BENCH_GPU_SECONDS (default 20), BENCH_GPU_WORK_SECONDS (default 2), BENCH_NODE24,
// OPS_ACTIONS_REAL_GPU=1 (use the real nvidia-smi).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseGithubOutput, prepareActionStep, readActionManifest } from './lib/action.mjs';
import { runProcess } from './lib/process.mjs';
import { formatTable, target } from './lib/report.mjs';
import { envCount, median } from './lib/timing.mjs';
import { findNode24 } from './lib/tools.mjs';

const TARGET_CPU_PERCENT = 1;
const TARGET_SKEW_RATIO = 1.05;
const REAL_GPU = process.env.OPS_ACTIONS_REAL_GPU === '1';

function check(condition, message) {
  if (!condition) throw new Error(message);
}

export default {
  name: 'gpu-report',
  description: 'gpu-report: CPU cost of the sampler, and skew of a wrapped CPU-bound command against running it bare',
  async run({ root, log }) {
    check(process.platform === 'linux', 'the gpu-report bench reads CPU times from /proc: Linux only');
    const runs = envCount('BENCH_RUNS', 7);
    const skewRounds = envCount('BENCH_GPU_SKEW_ROUNDS', Math.max(runs, 15));
    const longSeconds = envCount('BENCH_GPU_SECONDS', 20);
    const workSeconds = envCount('BENCH_GPU_WORK_SECONDS', 2);
    check(runs >= 1 && skewRounds >= 3 && longSeconds >= 5 && workSeconds >= 1, 'BENCH_RUNS >= 1, BENCH_GPU_SKEW_ROUNDS >= 3, BENCH_GPU_SECONDS >= 5, BENCH_GPU_WORK_SECONDS >= 1');
    const node24 = await findNode24(root);
    const actionDir = join(root, 'actions', 'gpu-report');
    const manifest = readActionManifest(join(actionDir, 'action.yml'));
    const standIn = join(root, 'packages', 'cli', 'src', 'demo-fixtures', 'nvidia-smi');
    const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    const preload = pathToFileURL(join(root, 'bench', 'lib', 'cpu-preload.mjs')).href;
    const scratch = mkdtempSync(join(tmpdir(), 'bench-gpu-report-'));
    log(`node24: ${node24.version} (${node24.path}); nvidia-smi: ${REAL_GPU ? 'the real one on PATH' : `stand-in ${standIn} (recording h200)`}; CLK_TCK ${clockTicks}`);

    const env = REAL_GPU
      ? {}
      : { PATH: `${standIn}${delimiter}${process.env.PATH ?? ''}`, OPS_NVIDIA_SMI_RECORDING: 'h200', OPS_NVIDIA_SMI_NODE: node24.path };

    /** One run of the action; resolves with its wall time, outputs and CPU times (ms). */
    async function runAction(inputs, { gpu = true } = {}) {
      const workspace = mkdtempSync(join(scratch, 'ws-'));
      const cpuFile = join(workspace, 'cpu.json');
      const step = prepareActionStep({ manifest, workspace, inputs, extraEnv: { ...env, BENCH_CPU_FILE: cpuFile } });
      try {
        const result = await runProcess(node24.path, ['--import', preload, manifest.main], { cwd: workspace, env: step.env, capture: true });
        check(result.code === 0, `gpu-report exited with ${result.code}: ${result.stdout}${result.stderr}`);
        const outputs = parseGithubOutput(readFileSync(step.outputPath, 'utf8'));
        check((Number(outputs['gpu-count']) >= 1) === gpu, `gpu-report found ${outputs['gpu-count']} GPU(s): ${outputs['summary-line']}`);
        const cpu = JSON.parse(readFileSync(cpuFile, 'utf8'));
        return { wall: result.seconds, outputs, selfMs: cpu.selfUs / 1000, childrenMs: (cpu.childrenTicks * 1000) / clockTicks };
      } finally {
        step.cleanup();
        rmSync(workspace, { recursive: true, force: true });
      }
    }

    try {
      // --- 1. CPU cost at the default interval ----------------------------------------------
      const pairs = [];
      for (let round = 0; round < Math.max(1, Math.ceil(runs / 2)); round += 1) {
        const short = await runAction({ run: 'sleep 1' });
        const long = await runAction({ run: `sleep ${1 + longSeconds}` });
        const seconds = long.wall - short.wall;
        const ours = ((long.selfMs - short.selfMs) / 1000 / seconds) * 100;
        const total = ((long.selfMs + long.childrenMs - short.selfMs - short.childrenMs) / 1000 / seconds) * 100;
        pairs.push({ short, long, seconds, ours, total });
        log(
          `  CPU round ${round + 1}: short ${short.wall.toFixed(2)} s (ours ${short.selfMs.toFixed(0)} ms, children ${short.childrenMs.toFixed(0)} ms), ` +
            `long ${long.wall.toFixed(2)} s (ours ${long.selfMs.toFixed(0)} ms, children ${long.childrenMs.toFixed(0)} ms): ${total.toFixed(3)}% of one CPU`,
        );
      }
      const cpuTotal = median(pairs.map((pair) => pair.total));
      const cpuOurs = median(pairs.map((pair) => pair.ours));

      // --- 2. Timing skew of a CPU-bound command -------------------------------------------
      const loopScript = (iterations) =>
        `node -e "let x = 0; for (let i = 0; i < ${iterations}; i++) x = (x * 31 + i) % 1000003; console.log('checksum', x)"`;
      const bashRun = async (script) => {
        const file = join(scratch, `bare-${performance.now()}.sh`);
        writeFileSync(file, script);
        // The environment the action's command gets (the step's: PATH, HOME, the runner's variables),
        // not this shell's: a variable such as NODE_EXTRA_CA_CERTS alone adds to every Node start-up.
        const workspace = mkdtempSync(join(scratch, 'bare-'));
        const step = prepareActionStep({ manifest, workspace, extraEnv: env });
        const result = await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd: workspace, capture: true, env: step.env });
        step.cleanup();
        rmSync(workspace, { recursive: true, force: true });
        rmSync(file, { force: true });
        check(result.code === 0 && result.stdout.includes('checksum'), `the bare command failed: ${result.stderr}`);
        // Spawn to exit, as the action's duration-seconds is.
        return result.exitSeconds;
      };
      // Size the loop to about workSeconds on this machine: the difference of two sizes, so that
      // Node's start-up (a good part of a short run) does not count as loop time; the quicker of two tries each.
      const small = 10_000_000;
      const large = 50_000_000;
      const quicker = async (n) => Math.min(await bashRun(loopScript(n)), await bashRun(loopScript(n)));
      const smallSeconds = await quicker(small);
      const largeSeconds = await quicker(large);
      const perIteration = Math.max((largeSeconds - smallSeconds) / (large - small), 1e-10);
      const startup = Math.max(0, smallSeconds - small * perIteration);
      const iterations = Math.max(large, Math.round(Math.max(workSeconds - startup, 0.5) / perIteration));
      const script = loopScript(iterations);
      log(
        `  CPU-bound command: ${iterations.toLocaleString('en-US')} iterations (calibration: ${small.toLocaleString('en-US')} in ${smallSeconds.toFixed(2)} s, ` +
          `${large.toLocaleString('en-US')} in ${largeSeconds.toFixed(2)} s: start-up ${startup.toFixed(2)} s)`,
      );
      const cases = [
        { key: 'bare', run: () => bashRun(script) },
        { key: 'at1000', run: async () => Number((await runAction({ run: script, shell: 'bash' })).outputs['duration-seconds']) },
        { key: 'at100', run: async () => Number((await runAction({ run: script, shell: 'bash', 'interval-ms': '100' })).outputs['duration-seconds']) },
        {
          key: 'noSampler',
          run: async () => Number((await runAction({ run: script, shell: 'bash', 'nvidia-smi': join(scratch, 'no-nvidia-smi') }, { gpu: false })).outputs['duration-seconds']),
        },
      ];
      const times = Object.fromEntries(cases.map((c) => [c.key, []]));
      for (let round = 0; round < skewRounds; round += 1) {
        // Rotate by one each round and reverse every other round: each case runs before and after each other.
        const rotated = cases.map((_, i) => cases[(i + round) % cases.length]);
        const order = round % 2 === 1 ? rotated.reverse() : rotated;
        for (const c of order) times[c.key].push(await c.run());
        log(`  skew round ${round + 1}/${skewRounds} (${order.map((c) => c.key).join(' ')}): ${cases.map((c) => `${c.key} ${times[c.key].at(-1).toFixed(3)} s`).join(', ')}`);
      }
      const { bare, at1000, at100, noSampler } = times;
      const quartiles = (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
        return [at(0.25), at(0.75)];
      };
      const skew = (key) => {
        const paired = times[key].map((seconds, round) => seconds / bare[round]);
        const [q1, q3] = quartiles(paired);
        return {
          min: Math.min(...times[key]) / Math.min(...bare),
          median: median(times[key]) / median(bare),
          paired: median(paired),
          iqr: `${q1.toFixed(3)}-${q3.toFixed(3)}`,
        };
      };
      const skews = { at1000: skew('at1000'), at100: skew('at100'), noSampler: skew('noSampler') };

      const lines = [
        formatTable(
          ['CPU cost of sampling (interval 1000 ms)', 'median', 'rounds'],
          [
            ['ours + stand-in nvidia-smi (both samplers), % of one CPU', cpuTotal.toFixed(3), String(pairs.length)],
            ['our Node process alone, % of one CPU', cpuOurs.toFixed(3), String(pairs.length)],
            [`CPU of the long run (${longSeconds + 1} s sleep): ours + children, ms`, median(pairs.map((p) => p.long.selfMs + p.long.childrenMs)).toFixed(0), String(pairs.length)],
          ],
        ),
        '',
        formatTable(
          ['CPU-bound command, spawn to exit', 'median s', 'min s', 'min / bare', 'median / bare', 'per-round / bare', 'per-round IQR'],
          [
            ['bare (bash script file)', median(bare).toFixed(3), Math.min(...bare).toFixed(3), '1.000', '1.000', '1.000', '-'],
            ...[
              ['through gpu-report, 1000 ms', 'at1000', at1000],
              ['through gpu-report, 100 ms', 'at100', at100],
              ['through gpu-report, no nvidia-smi (no sampler)', 'noSampler', noSampler],
            ].map(([label, key, values]) => [
              label,
              median(values).toFixed(3),
              Math.min(...values).toFixed(3),
              skews[key].min.toFixed(3),
              skews[key].median.toFixed(3),
              skews[key].paired.toFixed(3),
              skews[key].iqr,
            ]),
          ],
        ),
        '',
        `The CPU cost is (CPU of the long run - CPU of the short run) / (wall time difference), so start-up cancels out. Counted: the action's`,
        `Node process (user + system) and the children it reaped: both ${REAL_GPU ? '' : 'stand-in '}nvidia-smi processes, the wrapped bash and its sleep.`,
        `Through gpu-report the command's time is the action's duration-seconds output (spawn to exit); bare, spawn to exit of the same bash command line.`,
        `${skewRounds} rounds, each case once per round in a rotating order. The no-sampler row is the noise floor: the wrapper alone, no nvidia-smi.`,
      ];
      return {
        lines,
        targets: [
          target({ name: 'gpu-report sampler CPU at 1000 ms (ours + stand-in nvidia-smi)', measured: cpuTotal, op: '<', limit: TARGET_CPU_PERCENT, unit: '% of one CPU', digits: 3 }),
          target({
            name: 'CPU-bound command through gpu-report (1000 ms) / bare (median of per-round ratios)',
            measured: skews.at1000.paired,
            op: '<=',
            limit: TARGET_SKEW_RATIO,
            unit: 'x',
            digits: 3,
            note: `ratio of minimums ${skews.at1000.min.toFixed(3)}x, of medians ${skews.at1000.median.toFixed(3)}x; no sampler: ${skews.noSampler.paired.toFixed(3)}x per round`,
          }),
        ],
      };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
