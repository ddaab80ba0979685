#!/usr/bin/env node
// Runs the gpu-report tests and the demo against this machine's real nvidia-smi (no stand-in),
// with OPS_ACTIONS_REAL_GPU=1, and prints one verdict. For a machine with an NVIDIA GPU:
//
//   node actions/gpu-report/scripts/check-real-gpu.mjs
//
// Exit code 0 when every step passed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const env = { ...process.env, OPS_ACTIONS_REAL_GPU: '1', NO_COLOR: '1' };
const results = [];

function step(name, command, args, check) {
  process.stdout.write(`\n=== ${name}: ${[command, ...args].join(' ')}\n`);
  const run = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  process.stdout.write(output);
  const problem = run.error ? run.error.message : check(run.status, output);
  results.push({ name, problem });
  return output;
}

step('nvidia-smi', 'nvidia-smi', ['--query-gpu=index,name,memory.total,driver_version', '--format=csv,noheader'], (status, output) =>
  status === 0 && output.trim() !== '' ? undefined : `nvidia-smi exited with ${status}: is there a GPU and a driver here?`,
);
if (!existsSync(join(root, 'actions', 'gpu-report', 'dist', 'index.js'))) results.push({ name: 'bundle', problem: 'actions/gpu-report/dist is missing: run pnpm build' });

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
step('tests', process.execPath, [vitest, 'run', 'actions/gpu-report', 'packages/core/test/gpu'], (status, output) => {
  const summary = /tests: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(output);
  if (status !== 0) return `vitest exited with ${status}${summary ? ` (${summary[2]} failed)` : ''}`;
  return summary && Number(summary[1]) > 0 ? undefined : 'no test ran';
});

const demo = step('demo', process.execPath, [join(root, 'packages', 'cli', 'bin', 'ops-actions.mjs'), 'demo'], (status, output) => {
  if (status !== 0) return `the demo exited with ${status}`;
  return /gpu-count = [1-9]/.test(output) ? undefined : 'the demo reported no GPU';
});
const line = /summary-line = (.*)/.exec(demo)?.[1];

process.stdout.write('\n=== real GPU check\n');
for (const { name, problem } of results) process.stdout.write(`${problem ? 'FAIL' : 'PASS'} ${name}${problem ? `: ${problem}` : ''}\n`);
if (line) process.stdout.write(`demo summary line: ${line}\n`);
const failed = results.filter((result) => result.problem).length;
process.stdout.write(failed === 0 ? 'REAL GPU CHECK PASSED\n' : `REAL GPU CHECK FAILED (${failed} of ${results.length})\n`);
process.exitCode = failed === 0 ? 0 : 1;
