import type { ComputeApp, GpuSample, SamplerOutcome } from '@ops-actions/core';
import { NO_DRIVER_EXIT_CODES, describeNvidiaSmiExit, parseComputeAppLine, parseGpuSampleLine } from '@ops-actions/core';
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

/** How long stop() waits for nvidia-smi to exit after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 2000;
/** How long stop() waits for a first sample when none came yet (a command shorter than nvidia-smi's start-up). */
const FIRST_SAMPLE_WAIT_MS = 3000;
/** How much of what nvidia-smi said is kept for the report when it fails. */
const DETAIL_LIMIT = 500;
/** nvidia-smi's niceness: below the wrapped command, so sampling never takes the CPU it needs. */
const SAMPLER_NICENESS = 10;

/** Lowers a process's priority; a process already gone, or a platform that refuses, is left as it is. */
function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    setPriority(pid, SAMPLER_NICENESS);
  } catch (error) {
    // uv_os_setpriority's errors (ESRCH, EACCES, …) come as ERR_SYSTEM_ERROR.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_SYSTEM_ERROR') throw error;
  }
}

/** One long-lived nvidia-smi in loop mode, read line by line. */
export interface LoopProcess {
  /** Resolves when the process has ended (on its own or stopped) and its output is read to the end. */
  readonly exited: Promise<LoopExit>;
  /** True once the process has ended. */
  readonly ended: boolean;
  /**
   * Stops the process (SIGTERM, then SIGKILL after a grace period) and resolves when it has
   * been reaped. `waitFor`: first give it up to a few seconds for this to happen (its first sample).
   */
  stop(options?: { readonly waitFor?: Promise<void> }): Promise<LoopExit>;
}

/** How a loop process ended. */
export interface LoopExit {
  readonly stoppedByUs: boolean;
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** The spawn error's code (ENOENT, EACCES, …) when it never started. */
  readonly spawnError?: string;
  /** ms from the start to its end. */
  readonly afterMs: number;
  /** The first lines it printed that were not data (its message, when it failed). */
  readonly detail: string;
}

/**
 * Starts `path args` once and hands each stdout line to `onLine` as it comes. The process is
 * always reaped: stop() waits for its exit, and a failure to start is reported as an exit.
 */
export function startLoopProcess(
  path: string,
  args: readonly string[],
  onLine: (line: string, elapsedMs: number) => boolean,
): LoopProcess {
  const started = performance.now();
  let stoppedByUs = false;
  let ended = false;
  let detail = '';
  let spawnError: string | undefined;
  const keep = (text: string): void => {
    if (detail.length < DETAIL_LIMIT) detail = `${detail}${detail === '' ? '' : ' '}${text.trim()}`.slice(0, DETAIL_LIMIT);
  };

  let child: ChildProcess | undefined;
  let viaCmd = false;
  let exitStatus: { code: number | null; signal: string | null } | undefined;
  let finishNow: () => void = () => undefined;
  const exited = new Promise<LoopExit>((resolve) => {
    const finish = (exitCode: number | null, signal: string | null): void => {
      if (ended) return;
      ended = true;
      resolve({ stoppedByUs, exitCode, signal, spawnError, afterMs: performance.now() - started, detail });
    };
    try {
      // A .cmd/.bat wrapper (a stand-in, a site's shim) can only be run by cmd.exe on Windows.
      viaCmd = process.platform === 'win32' && /\.(cmd|bat)$/i.test(path);
      // POSIX: its own process group (detached), so that stop() reaches whatever runs below it too:
      // an nvidia-smi that is a wrapper script running the real one as a child, not by exec.
      child = viaCmd
        ? spawn(`"${path}"`, args.map((arg) => `"${arg}"`), { shell: true, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
        : spawn(path, [...args], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, detached: process.platform !== 'win32' });
    } catch (error) {
      spawnError = (error as NodeJS.ErrnoException).code ?? 'ESPAWN';
      keep((error as Error).message);
      finish(null, null);
      return;
    }
    lowerPriority(child.pid);
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.code ?? 'ESPAWN';
      keep(error.message);
      finish(null, null);
    });
    const stdout = child.stdout;
    const stderr = child.stderr;
    if (stdout === null || stderr === null) throw new Error('nvidia-smi was started without pipes');
    stderr.setEncoding('utf8').on('data', (chunk: string) => keep(chunk));
    const lines = createInterface({ input: stdout, crlfDelay: Infinity });
    lines.on('line', (line) => {
      if (line.trim() === '') return;
      if (!onLine(line, performance.now() - started)) keep(line);
    });
    // 'close' comes after the exit and after stdout and stderr are read to the end.
    child.on('exit', (code, signal) => (exitStatus = { code, signal }));
    child.on('close', (code, signal) => finish(code, signal));
    // Should a grandchild hold the pipes open after the process exited, stop reading and end anyway.
    finishNow = () => {
      stdout.destroy();
      stderr.destroy();
      finish(exitStatus?.code ?? null, exitStatus?.signal ?? 'SIGKILL');
    };
  });

  return {
    exited,
    get ended() {
      return ended;
    },
    async stop(options = {}) {
      if (!ended && options.waitFor !== undefined) {
        await Promise.race([options.waitFor, exited, delay(FIRST_SAMPLE_WAIT_MS)]);
      }
      if (!ended && child !== undefined) {
        stoppedByUs = true;
        const target = child;
        // On Windows a wrapper run by cmd.exe has the real process below it: end the whole tree.
        if (viaCmd && target.pid !== undefined) spawnSync('taskkill', ['/pid', String(target.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
        else signalGroup(target, 'SIGTERM');
        const force = setTimeout(() => signalGroup(target, 'SIGKILL'), KILL_GRACE_MS);
        const giveUp = setTimeout(finishNow, 2 * KILL_GRACE_MS);
        const exit = await exited;
        clearTimeout(force);
        clearTimeout(giveUp);
        return exit;
      }
      return exited;
    },
  };
}

/** Signals the process and, on POSIX, its whole process group (it leads one: spawned detached). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (process.platform !== 'win32' && child.pid !== undefined) {
    try {
      process.kill(-child.pid, signal);
      return;
    } catch (error) {
      // ESRCH: the group is gone already; anything else: fall back to the process itself.
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
    }
  }
  child.kill(signal);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** What the GPU sampler gives back when stopped. */
export interface GpuSamplerResult {
  readonly outcome: SamplerOutcome;
  readonly samples: number;
  readonly unparsedLines: number;
}

/** The `--query-gpu` sampler: samples as they come, and how nvidia-smi fared. */
export interface GpuSampler {
  /** Resolves when the first sample arrived or nvidia-smi ended. */
  readonly ready: Promise<void>;
  /** The outcome so far: `no-gpu`/`failed` once nvidia-smi ended without a sample. */
  readonly earlyOutcome: SamplerOutcome | undefined;
  stop(options?: { readonly waitForFirstSample?: boolean }): Promise<GpuSamplerResult>;
}

/** Turns how nvidia-smi ended into the report's outcome. */
export function judgeSamplerExit(exit: LoopExit, samples: number): SamplerOutcome {
  const detail = exit.detail === '' ? undefined : exit.detail;
  if (exit.spawnError !== undefined) {
    return exit.spawnError === 'ENOENT'
      ? { kind: 'no-gpu', reason: 'nvidia-smi was not found', detail }
      : { kind: 'failed', reason: `nvidia-smi could not be started (${exit.spawnError})`, detail };
  }
  if (exit.stoppedByUs && samples > 0) return { kind: 'sampled' };
  const how = `nvidia-smi ${describeNvidiaSmiExit(exit.exitCode, exit.signal)}`;
  if (samples === 0) {
    if (exit.exitCode !== null && NO_DRIVER_EXIT_CODES.has(exit.exitCode)) return { kind: 'no-gpu', reason: how, detail };
    return { kind: 'failed', reason: exit.stoppedByUs ? 'nvidia-smi printed no sample before the end' : how, detail };
  }
  return { kind: 'stopped-early', reason: how, afterMs: exit.afterMs, detail };
}

/** Starts the one long-lived `--query-gpu` nvidia-smi; `onSample` gets each parsed sample as it arrives. */
export function startGpuSampler(
  path: string,
  args: readonly string[],
  onSample: (sample: GpuSample, elapsedMs: number) => void,
): GpuSampler {
  let samples = 0;
  let unparsed = 0;
  let early: SamplerOutcome | undefined;
  let resolveFirst: () => void = () => undefined;
  const firstSample = new Promise<void>((resolve) => (resolveFirst = resolve));
  const loop = startLoopProcess(path, args, (line, elapsedMs) => {
    const sample = parseGpuSampleLine(line);
    if (sample === undefined) {
      unparsed++;
      return false;
    }
    samples++;
    onSample(sample, elapsedMs);
    resolveFirst();
    return true;
  });
  // Learn at once when nvidia-smi ends without a sample (no driver), before anyone stops it.
  const ended = loop.exited.then((exit) => {
    if (samples === 0) early = judgeSamplerExit(exit, 0);
  });
  return {
    ready: Promise.race([firstSample, ended]),
    get earlyOutcome() {
      return early;
    },
    async stop(options = {}) {
      const exit = await loop.stop({ waitFor: options.waitForFirstSample === true ? firstSample : undefined });
      return { outcome: judgeSamplerExit(exit, samples), samples, unparsedLines: samples === 0 ? 0 : unparsed };
    },
  };
}

/** The `--query-compute-apps` sampler: hands over each batch (one timestamp) of rows. */
export interface ComputeAppsSampler {
  /** Stops it; resolves with why it failed, or undefined when it ran. */
  stop(): Promise<string | undefined>;
}

export function startComputeAppsSampler(path: string, args: readonly string[], onBatch: (rows: ComputeApp[]) => void): ComputeAppsSampler {
  let batch: ComputeApp[] = [];
  const flush = (): void => {
    if (batch.length > 0) onBatch(batch);
    batch = [];
  };
  const loop = startLoopProcess(path, args, (line) => {
    const row = parseComputeAppLine(line);
    if (row === undefined) return false;
    if (batch.length > 0 && batch[0]?.timestamp !== row.timestamp) flush();
    batch.push(row);
    return true;
  });
  return {
    async stop() {
      const exit = await loop.stop();
      flush();
      if (exit.stoppedByUs) return undefined;
      if (exit.spawnError !== undefined) return `nvidia-smi --query-compute-apps could not be started (${exit.spawnError})`;
      return `nvidia-smi --query-compute-apps ${describeNvidiaSmiExit(exit.exitCode, exit.signal)}${exit.detail ? `: ${exit.detail}` : ''}`;
    },
  };
}
