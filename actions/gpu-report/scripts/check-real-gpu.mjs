#!/usr/bin/env node
// Checks gpu-report against this machine's real nvidia-smi (no stand-in) and prints one verdict.
// For a machine with an NVIDIA GPU and nvidia-smi on PATH:
//
//   node actions/gpu-report/scripts/check-real-gpu.mjs            # about 3 minutes
//   node actions/gpu-report/scripts/check-real-gpu.mjs --no-bench # about 1.5 minutes
//
// Steps, each PASS or FAIL (exit code 0 when all pass):
//   1. nvidia-smi    the nvidia-smi on PATH is not the stand-in, and answers gpu-report's query once.
//   2. streaming     what the action relies on: the loop's samples reach a pipe as they are printed
//                    (the first within 3 s, one a second after), run as the action runs it (through
//                    `stdbuf -oL` where there is one); and nvidia-smi ends on SIGTERM. How a bare
//                    nvidia-smi buffers into a pipe is printed too, for the record.
//   3. tests         the gpu-report tests with OPS_ACTIONS_REAL_GPU=1: the same end-to-end tests
//                    against the real nvidia-smi, asserting what holds on any GPU; those tied to a
//                    recording are skipped, and listed.
//   4. demo          `ops-actions demo` with the real nvidia-smi: it must find a GPU.
//   5. bench         `pnpm bench gpu-report` with the real nvidia-smi (3 rounds): the sampler's CPU
//                    (< 1% of one CPU) and the skew of a CPU-bound command, with this nvidia-smi's
//                    own CPU counted, which the stand-in cannot tell.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const env = { ...process.env, OPS_ACTIONS_REAL_GPU: '1', NO_COLOR: '1' };
const withBench = !process.argv.includes('--no-bench');
const GPU_QUERY = '--query-gpu=timestamp,index,uuid,name,utilization.gpu,memory.used,memory.total,power.draw,temperature.gpu';
const SAMPLE = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?, \d+, /;
const results = [];
const notes = [];
const scratch = mkdtempSync(join(tmpdir(), 'gpu-report-real-check-'));

function record(name, problem) {
  results.push({ name, problem });
  process.stdout.write(`--- ${problem ? 'FAIL' : 'PASS'} ${name}${problem ? `: ${problem}` : ''}\n`);
}

function run(name, command, args, options = {}) {
  process.stdout.write(`\n=== ${name}: ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  process.stdout.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result;
}

/** A program on PATH, as a shell finds it. */
function which(name) {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', '.bat'] : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    for (const extension of extensions) {
      const path = join(dir, `${name}${extension}`);
      if (dir !== '' && existsSync(path) && statSync(path).isFile()) return path;
    }
  }
  return undefined;
}

/** Runs `command args` for `ms` with stdout a pipe, then SIGTERM: when each line came, and how it ended. */
function watchLoop(command, args, ms) {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const arrivals = [];
    let partial = '';
    let stderr = '';
    let termAt;
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const lines = `${partial}${chunk}`.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (SAMPLE.test(line)) arrivals.push(performance.now() - started);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      termAt = performance.now();
      child.kill('SIGTERM');
    }, ms);
    const force = setTimeout(() => child.kill('SIGKILL'), ms + 5000);
    child.on('error', (error) => {
      clearTimeout(timer);
      clearTimeout(force);
      resolvePromise({ arrivals, error: error.message, stderr });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(force);
      const afterTermMs = termAt === undefined ? undefined : performance.now() - termAt;
      resolvePromise({ arrivals, code, signal, afterTermMs, stderr, tail: partial });
    });
  });
}

const describeArrivals = (arrivals) => (arrivals.length === 0 ? 'no sample' : `${arrivals.length} samples, at ${arrivals.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s`);

try {
  // --- 1. nvidia-smi ------------------------------------------------------------------------
  const nvidiaSmi = which('nvidia-smi');
  const standIn = join(root, 'packages', 'cli', 'src', 'demo-fixtures', 'nvidia-smi');
  process.stdout.write(`\n=== nvidia-smi on PATH: ${nvidiaSmi ?? 'none'}\n`);
  if (nvidiaSmi === undefined) {
    record('nvidia-smi', 'no nvidia-smi on PATH: is there a GPU and a driver here?');
  } else if (realpathSync(nvidiaSmi).startsWith(`${realpathSync(standIn)}${sep}`)) {
    record('nvidia-smi', `${nvidiaSmi} is the stand-in (take ${standIn} off PATH)`);
  } else {
    // For the record (not judged: older drivers lack some fields).
    run('nvidia-smi (for the record)', nvidiaSmi, ['--query-gpu=index,name,driver_version,memory.total,mig.mode.current', '--format=csv']);
    const once = run('nvidia-smi, once', nvidiaSmi, [GPU_QUERY, '--format=csv,noheader,nounits']);
    const samples = (once.stdout ?? '').split('\n').filter((line) => SAMPLE.test(line));
    record('nvidia-smi', once.status === 0 && samples.length > 0 ? undefined : `nvidia-smi exited with ${once.status ?? once.error?.message} and printed ${samples.length} sample line(s)`);

    // --- 2. streaming into a pipe -------------------------------------------------------------
    const loopArgs = [GPU_QUERY, '--format=csv,noheader,nounits', '-lms', '1000'];
    const stdbuf = process.platform === 'win32' ? undefined : which('stdbuf');
    const usable = stdbuf !== undefined && spawnSync(stdbuf, ['-oL', stdbuf, '--version'], { stdio: 'ignore' }).status === 0;
    process.stdout.write(`\n=== streaming: nvidia-smi ${loopArgs.join(' ')} into a pipe for 4.5 s, then SIGTERM\n`);
    const bare = await watchLoop(nvidiaSmi, loopArgs, 4500);
    process.stdout.write(`bare nvidia-smi: ${describeArrivals(bare.arrivals)}; ended by ${bare.signal ?? `exit code ${bare.code}`} ${bare.afterTermMs?.toFixed(0)} ms after SIGTERM${bare.error ? ` (${bare.error})` : ''}\n`);
    const flushes = bare.arrivals.length >= 3 && bare.arrivals[0] < 3000;
    notes.push(`a bare nvidia-smi ${flushes ? 'writes each sample into a pipe as it prints it' : 'holds its samples back when writing into a pipe (block-buffered)'}: ${describeArrivals(bare.arrivals)}`);
    let asAction = bare;
    if (usable) {
      asAction = await watchLoop(stdbuf, ['-oL', nvidiaSmi, ...loopArgs], 4500);
      process.stdout.write(`through stdbuf -oL (as the action runs it): ${describeArrivals(asAction.arrivals)}; ended by ${asAction.signal ?? `exit code ${asAction.code}`} ${asAction.afterTermMs?.toFixed(0)} ms after SIGTERM\n`);
    } else {
      process.stdout.write('no usable stdbuf here: the action runs nvidia-smi bare\n');
    }
    const gaps = asAction.arrivals.slice(1).map((ms, i) => ms - (asAction.arrivals[i] ?? 0));
    const streamProblem =
      asAction.arrivals.length === 0
        ? 'no sample reached the pipe in 4.5 s'
        : asAction.arrivals[0] > 3000
          ? `the first sample came after ${(asAction.arrivals[0] / 1000).toFixed(1)} s`
          : asAction.arrivals.length < 3 || gaps.some((gap) => gap > 2000)
            ? `samples came in bursts, not one a second: ${describeArrivals(asAction.arrivals)}`
            : asAction.afterTermMs === undefined || asAction.afterTermMs > 2000
              ? `nvidia-smi took ${asAction.afterTermMs?.toFixed(0)} ms to end on SIGTERM (the action waits 2 s, then SIGKILLs it)`
              : undefined;
    record('streaming', streamProblem);
  }

  // --- 3. tests -------------------------------------------------------------------------------
  const report = join(scratch, 'vitest.json');
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const tests = run('tests', process.execPath, [vitest, 'run', 'actions/gpu-report', 'packages/core/test/gpu', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    record('tests', `vitest exited with ${tests.status} and wrote no report`);
  } else {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const all = json.testResults.flatMap((file) => file.assertionResults.map((test) => ({ ...test, file: file.name.slice(root.length + 1) })));
    const skipped = all.filter((test) => test.status === 'skipped' || test.status === 'pending' || test.status === 'todo');
    const e2e = all.filter((test) => test.file.startsWith(`actions${sep}gpu-report`) && test.status === 'passed');
    process.stdout.write(`\nskipped with a real GPU (${skipped.length}):\n${skipped.map((test) => `  - ${test.fullName}`).join('\n')}\n`);
    notes.push(`tests: ${json.numPassedTests} passed (${e2e.length} of them gpu-report's own, against this nvidia-smi), ${json.numFailedTests} failed, ${skipped.length} skipped`);
    record('tests', tests.status !== 0 || json.numFailedTests > 0 ? `${json.numFailedTests} failed (vitest exited with ${tests.status})` : e2e.length === 0 ? 'no gpu-report test ran' : undefined);
  }

  // --- 4. demo --------------------------------------------------------------------------------
  const demo = run('demo', process.execPath, [join(root, 'packages', 'cli', 'bin', 'ops-actions.mjs'), 'demo']);
  const line = /summary-line = (Rendered in .*)/.exec(demo.stdout ?? '')?.[1];
  if (line) notes.push(`demo summary line: ${line}`);
  record('demo', demo.status !== 0 ? `the demo exited with ${demo.status}` : /gpu-count = [1-9]/.test(demo.stdout ?? '') ? undefined : 'the demo reported no GPU');

  // --- 5. bench -------------------------------------------------------------------------------
  if (withBench) {
    const bench = run('bench', process.execPath, [join(root, 'bench', 'run.mjs'), 'gpu-report'], {
      env: { ...env, BENCH_RUNS: env.BENCH_RUNS ?? '3', BENCH_GPU_SECONDS: env.BENCH_GPU_SECONDS ?? '10', BENCH_GPU_SKEW_ROUNDS: env.BENCH_GPU_SKEW_ROUNDS ?? '9' },
    });
    for (const target of (bench.stdout ?? '').split('\n').filter((text) => text.startsWith('[gpu-report]'))) notes.push(`bench ${target}`);
    record('bench', bench.status === 0 ? undefined : `a target was missed or the bench failed (exit code ${bench.status})`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

process.stdout.write('\n=== real GPU check\n');
for (const { name, problem } of results) process.stdout.write(`${problem ? 'FAIL' : 'PASS'} ${name}${problem ? `: ${problem}` : ''}\n`);
for (const note of notes) process.stdout.write(`  ${note}\n`);
const failed = results.filter((result) => result.problem).length;
process.stdout.write(failed === 0 ? 'REAL GPU CHECK PASSED\n' : `REAL GPU CHECK FAILED (${failed} of ${results.length})\n`);
process.exitCode = failed === 0 ? 0 : 1;
