import { nodeRuntimes, nvidiaSmiEnv } from '@ops-actions/test-helpers';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRunning, samplersWithEnv, tempDir } from './support.js';

// Watching a job whose post stage never runs: the runner's worker process (the parent of every
// step) is gone, killed with the job. runBundledAction's worker is the test process itself, which
// cannot die, so a stand-in worker runs the bundle's main stage through the runner protocol
// (INPUT_*, GITHUB_STATE, GITHUB_OUTPUT), as Runner.Worker does, and is then killed.

const BUNDLE = join(import.meta.dirname, '..', 'dist', 'index.js');
const children: ChildProcess[] = [];
const marks: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  // Should a test fail half-way, leave no sampler behind.
  for (const pid of marks.splice(0).flatMap((mark) => samplersWithEnv(mark))) process.kill(pid, 'SIGKILL');
});

/**
 * Starts a worker that runs the main stage of a watch and then waits to be killed; resolves with
 * its pid, the sampler's pid (from the saved state) and the marker in every process's environment.
 * `reaped: false`: the worker's parent never waits for it (a `sleep` exec'd by sh), so once killed
 * it stays a zombie, a pid that still answers kill(pid, 0).
 */
async function startWatchInWorker(options: { reaped: boolean }): Promise<{ workerPid: number; samplerPid: number; mark: string; dir: string }> {
  const dir = tempDir('ops-actions-gpu-worker-');
  const [stateFile, outputFile, pidFile, doneFile] = ['state', 'output', 'worker.pid', 'main.done'].map((name) => join(dir, name)) as [string, string, string, string];
  writeFileSync(stateFile, '');
  writeFileSync(outputFile, '');
  const mark = `OPS_GPU_WORKER_TEST=${randomUUID()}`;
  marks.push(mark);
  const [markKey = '', markValue = ''] = mark.split('=');
  const node = nodeRuntimes().at(-1)?.path ?? process.execPath;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...nvidiaSmiEnv('h200'),
    [markKey]: markValue,
    RUNNER_TEMP: dir,
    GITHUB_STATE: stateFile,
    GITHUB_OUTPUT: outputFile,
    INPUT_RUN: '',
    INPUT_SHELL: '',
    'INPUT_WORKING-DIRECTORY': '',
    INPUT_LABEL: 'Ran',
    'INPUT_INTERVAL-MS': '200',
    'INPUT_REQUIRE-GPU': 'false',
    'INPUT_NVIDIA-SMI': '',
  };
  const worker = `const { spawnSync } = require('node:child_process'); const fs = require('node:fs');
fs.writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));
const main = spawnSync(process.execPath, [${JSON.stringify(BUNDLE)}], { stdio: 'inherit' });
fs.writeFileSync(${JSON.stringify(doneFile)}, String(main.status));
setInterval(() => {}, 1000);`;
  const child = options.reaped
    ? spawn(node, ['-e', worker], { env, stdio: 'ignore' })
    : spawn('sh', ['-c', `"$0" -e "$1" & exec sleep 120`, node, worker], { env, stdio: 'ignore' });
  children.push(child);
  await expect.poll(() => existsSync(doneFile), { timeout: 30_000, interval: 100 }).toBe(true);
  expect(readFileSync(doneFile, 'utf8')).toBe('0');
  const samplerPid = Number(/"samplerPid":(\d+)/.exec(readFileSync(stateFile, 'utf8'))?.[1]);
  return { workerPid: Number(readFileSync(pidFile, 'utf8')), samplerPid, mark, dir };
}

describe.runIf(process.platform === 'linux')('gpu-report watching a job whose post stage never runs', () => {
  it.each([
    ['killed', true],
    ['killed and left a zombie by its parent', false],
  ])('ends the detached sampler and its nvidia-smi when the runner’s worker is %s', async (_, reaped) => {
    const { workerPid, samplerPid, mark, dir } = await startWatchInWorker({ reaped });
    expect(isRunning(samplerPid)).toBe(true);
    await expect.poll(() => samplersWithEnv(mark).length, { timeout: 10_000 }).toBe(2);
    process.kill(workerPid, 'SIGKILL');
    await expect.poll(() => isRunning(samplerPid), { timeout: 10_000 }).toBe(false);
    expect(samplersWithEnv(mark)).toEqual([]);
    // It stopped as it does for a post stage: its result written, nothing killed half-way.
    const watchDir = readdirSync(dir).find((name) => name.startsWith('gpu-report-')) ?? '';
    const result = JSON.parse(readFileSync(join(dir, watchDir, 'result.json'), 'utf8')) as { outcome: { kind: string }; samples: number };
    expect(result.outcome.kind).toBe('sampled');
    expect(result.samples).toBeGreaterThan(0);
  });

  it('ends the detached sampler and its nvidia-smi when it is sent SIGTERM (the runner cleaning up the job’s processes)', async () => {
    const { samplerPid, mark } = await startWatchInWorker({ reaped: true });
    await expect.poll(() => samplersWithEnv(mark).length, { timeout: 10_000 }).toBe(2);
    process.kill(samplerPid, 'SIGTERM');
    await expect.poll(() => isRunning(samplerPid), { timeout: 10_000 }).toBe(false);
    expect(samplersWithEnv(mark)).toEqual([]);
  });
});
