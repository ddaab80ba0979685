import type { SamplerOutcome } from '@ops-actions/core';
import { OpsError, hasExited, parseProcStat } from '@ops-actions/core';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SamplingResult } from './sampling.js';
import { startSampling } from './sampling.js';

/** Set on the detached sampler process: the path of its config file. */
export const SAMPLER_ENV = 'OPS_ACTIONS_GPU_REPORT_SAMPLER';

/** What the main stage hands the detached sampler. */
interface SamplerConfig {
  readonly nvidiaSmi: string | undefined;
  readonly intervalMs: number;
  readonly csvPath: string;
  readonly readyPath: string;
  readonly stopPath: string;
  readonly resultPath: string;
  /** The runner's worker: every step of the job is its child; the sampler ends if it goes. */
  readonly workerPid: number;
  /** Linux: the worker's start time (/proc/<pid>/stat), so that a later process given its pid is not taken for it. */
  readonly workerStartTime: string | undefined;
}

/** The files of one watch, in its own folder under RUNNER_TEMP. */
export function watchPaths(dir: string): Omit<SamplerConfig, 'nvidiaSmi' | 'intervalMs' | 'workerPid' | 'workerStartTime'> & { configPath: string } {
  return {
    configPath: join(dir, 'sampler.json'),
    csvPath: join(dir, 'samples.csv'),
    readyPath: join(dir, 'ready.json'),
    stopPath: join(dir, 'stop'),
    resultPath: join(dir, 'result.json'),
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but is not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux: /proc/<pid>/stat of a process, undefined when it is gone (or elsewhere). */
function readProcStat(pid: number): ReturnType<typeof parseProcStat> {
  if (process.platform !== 'linux') return undefined;
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Whether the runner's worker still runs. On Linux a zombie (killed, its parent not yet done
 * with it) has ended, and a process with another start time is a later one that got its pid.
 */
function isWorkerAlive(config: SamplerConfig): boolean {
  if (!isAlive(config.workerPid)) return false;
  if (process.platform !== 'linux' || config.workerStartTime === undefined) return true;
  const stat = readProcStat(config.workerPid);
  return stat !== undefined && !hasExited(stat) && stat.startTime === config.workerStartTime;
}

function writeJsonAtomically(path: string, value: unknown): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(value));
  renameSync(`${path}.tmp`, path);
}

/**
 * The detached sampler (watch mode): samples until the post stage asks it to stop (a file), until
 * the runner's worker is gone (a cancelled job whose post stage never ran), or until SIGTERM or
 * SIGINT (the runner ending the job's processes), then stops nvidia-smi, writes its result and
 * exits. It holds no pipe of the step, so the step ends while it goes on.
 */
export async function runDetachedSampler(configPath: string): Promise<void> {
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as SamplerConfig;
  let signalled = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => (signalled = true));
  const session = startSampling({ nvidiaSmi: config.nvidiaSmi, intervalMs: config.intervalMs, csvPath: config.csvPath });
  session.watchProcessTree(config.workerPid);
  let ready = false;
  void session.ready.then(() => {
    ready = true;
    writeJsonAtomically(config.readyPath, { earlyOutcome: session.earlyOutcome ?? null });
  });
  const poll = Math.min(config.intervalMs, 500);
  // Without a GPU there is nothing to wait for once nvidia-smi said so.
  while (!signalled && !existsSync(config.stopPath) && isWorkerAlive(config) && !(ready && session.earlyOutcome !== undefined)) await sleep(poll);
  writeJsonAtomically(config.resultPath, await session.stop({ waitForFirstSample: !signalled }));
}

/** A watch the main stage started; saved in the step's state for the post stage. */
export interface WatchState {
  readonly dir: string;
  readonly samplerPid: number;
  /** process.hrtime.bigint() at the start: a monotonic clock shared by the main and post processes. */
  readonly startedNs: string;
}

/** How long the main stage waits for the sampler's first sample (nvidia-smi can be slow to start without persistence mode). */
export const READY_TIMEOUT_MS = 20_000;

/**
 * Starts the detached sampler and waits until it has its first sample, or knows there is no
 * GPU. Resolves with the early outcome (no-gpu, failed) or undefined when sampling; `ready` is
 * false when nvidia-smi printed nothing within READY_TIMEOUT_MS (it goes on sampling).
 */
export async function startWatch(options: {
  readonly dir: string;
  readonly nvidiaSmi: string | undefined;
  readonly intervalMs: number;
}): Promise<{ state: WatchState; earlyOutcome: SamplerOutcome | undefined; ready: boolean }> {
  const paths = watchPaths(options.dir);
  const startedNs = process.hrtime.bigint().toString();
  const workerPid = process.ppid;
  const config: SamplerConfig = { ...paths, nvidiaSmi: options.nvidiaSmi, intervalMs: options.intervalMs, workerPid, workerStartTime: readProcStat(workerPid)?.startTime };
  writeFileSync(paths.configPath, JSON.stringify(config));
  const script = process.argv[1];
  if (script === undefined) throw new OpsError('Cannot start the sampler: the action does not know its own script path.');
  const child = spawn(process.execPath, [script], {
    detached: true,
    stdio: 'ignore',
    windowsHide: true,
    env: { ...process.env, [SAMPLER_ENV]: paths.configPath },
  });
  let spawnError: Error | undefined;
  let exited = false;
  child.on('error', (error) => (spawnError = error));
  child.on('exit', () => (exited = true));
  child.unref();
  const state = { dir: options.dir, samplerPid: child.pid ?? -1, startedNs };
  for (let waited = 0; !existsSync(paths.readyPath); waited += 50) {
    if (spawnError) throw new OpsError(`Cannot start the sampler: ${spawnError.message}`, { cause: spawnError });
    if (exited && !existsSync(paths.readyPath)) throw new OpsError('The sampler process ended before it started sampling.');
    if (waited >= READY_TIMEOUT_MS) return { state, earlyOutcome: undefined, ready: false };
    await sleep(50);
  }
  const ready = JSON.parse(readFileSync(paths.readyPath, 'utf8')) as { earlyOutcome: SamplerOutcome | null };
  return { state, earlyOutcome: ready.earlyOutcome ?? undefined, ready: true };
}

/**
 * Asks the sampler to stop and waits for its result. A sampler that is gone without one (killed)
 * is reported as stopped early; one that does not answer is killed.
 */
export async function stopWatch(state: WatchState, lastSampleMs: () => number): Promise<SamplingResult> {
  const paths = watchPaths(state.dir);
  writeFileSync(paths.stopPath, '');
  for (let waited = 0; waited <= 15_000; waited += 50) {
    if (existsSync(paths.resultPath)) return JSON.parse(readFileSync(paths.resultPath, 'utf8')) as SamplingResult;
    if (!isAlive(state.samplerPid) && !existsSync(paths.resultPath)) break;
    await sleep(50);
  }
  if (isAlive(state.samplerPid)) process.kill(state.samplerPid, 'SIGKILL');
  return {
    outcome: { kind: 'stopped-early', reason: 'the gpu-report sampler process ended before the job did', afterMs: lastSampleMs() },
    samples: 0,
    unparsedLines: 0,
    processMemory: 'the sampler process ended early',
  };
}
