import type { GpuSample, ProcessMemorySummary, SamplerOutcome, TimedGpuSample } from '@ops-actions/core';
import {
  ProcessMemoryTracker,
  SAMPLES_CSV_HEADER,
  computeAppsSamplerArgs,
  findExecutable,
  formatSampleRow,
  gpuSamplerArgs,
  planSamplerCommand,
} from '@ops-actions/core';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import type { ComputeAppsSampler, GpuSampler } from './nvidia-smi-sampler.js';
import { startComputeAppsSampler, startGpuSampler } from './nvidia-smi-sampler.js';
import { treeMatcherFor } from './process-tree-reader.js';

/** What a sampling session found, once stopped. */
export interface SamplingResult {
  readonly outcome: SamplerOutcome;
  readonly samples: number;
  readonly unparsedLines: number;
  readonly processMemory: ProcessMemorySummary | string;
}

/** Both nvidia-smi samplers of one run, writing the samples CSV as they come. */
export interface SamplingSession {
  /** Resolves when the first sample came or nvidia-smi ended without one. */
  readonly ready: Promise<void>;
  readonly earlyOutcome: SamplerOutcome | undefined;
  /**
   * Sets whose processes count for the per-process memory (the command's shell, or the runner's
   * worker when watching a job). Until then compute apps are not sampled.
   */
  watchProcessTree(rootPid: number): void;
  stop(options?: { readonly waitForFirstSample?: boolean }): Promise<SamplingResult>;
}

export interface SamplingOptions {
  /** nvidia-smi's path, or undefined when it was not found (the session then reports no GPU). */
  readonly nvidiaSmi: string | undefined;
  readonly intervalMs: number;
  /** Where the samples CSV goes. */
  readonly csvPath: string;
  /** Each sample, as it arrives, for running figures. */
  readonly onSample?: (sample: TimedGpuSample) => void;
}

/**
 * coreutils' stdbuf, when it is on PATH and works (it needs its libstdbuf.so; a failed probe
 * exits 125): nvidia-smi then runs line-buffered (see planSamplerCommand). Not on Windows.
 */
function findStdbuf(): string | undefined {
  if (process.platform === 'win32') return undefined;
  const stdbuf = findExecutable('stdbuf', process.env, process.platform, (path) => existsSync(path) && statSync(path).isFile());
  if (stdbuf === undefined) return undefined;
  const probe = spawnSync(stdbuf, ['-oL', stdbuf, '--version'], { stdio: 'ignore', timeout: 5000 });
  return probe.status === 0 ? stdbuf : undefined;
}

/**
 * Starts the one long-lived `--query-gpu` nvidia-smi (and, once a process tree is named, the
 * `--query-compute-apps` one): every sample is written to the CSV the moment it is read, so
 * nothing is lost if the run is cut short.
 */
export function startSampling(options: SamplingOptions): SamplingSession {
  const fd = openSync(options.csvPath, 'w');
  writeSync(fd, `${SAMPLES_CSV_HEADER}\n`);
  let closed = false;
  const onSample = (sample: GpuSample, elapsedMs: number): void => {
    const timed = { ...sample, elapsedMs };
    if (!closed) writeSync(fd, `${formatSampleRow(timed)}\n`);
    options.onSample?.(timed);
  };

  if (options.nvidiaSmi === undefined) {
    closeSync(fd);
    closed = true;
    const outcome: SamplerOutcome = { kind: 'no-gpu', reason: 'nvidia-smi was not found' };
    return {
      ready: Promise.resolve(),
      earlyOutcome: outcome,
      watchProcessTree: () => undefined,
      stop: () => Promise.resolve({ outcome, samples: 0, unparsedLines: 0, processMemory: 'no GPU' }),
    };
  }
  const nvidiaSmi = options.nvidiaSmi;
  const stdbuf = findStdbuf();
  const gpuCommand = planSamplerCommand(nvidiaSmi, gpuSamplerArgs(options.intervalMs), stdbuf);
  const gpu: GpuSampler = startGpuSampler(gpuCommand.command, gpuCommand.args, onSample);
  let apps: ComputeAppsSampler | undefined;
  let tracker: ProcessMemoryTracker | undefined;
  let memoryProblem: string | undefined = 'no process tree was named';
  let stopping = false;

  return {
    ready: gpu.ready,
    get earlyOutcome() {
      return gpu.earlyOutcome;
    },
    watchProcessTree(rootPid) {
      const matcher = treeMatcherFor(rootPid, process.platform);
      if (typeof matcher === 'string') {
        memoryProblem = matcher;
        return;
      }
      const track = new ProcessMemoryTracker(matcher);
      tracker = track;
      memoryProblem = undefined;
      // Only once nvidia-smi has shown it works: on a machine without a driver one failure is enough.
      void gpu.ready.then(() => {
        if (gpu.earlyOutcome !== undefined || stopping) return;
        const appsCommand = planSamplerCommand(nvidiaSmi, computeAppsSamplerArgs(options.intervalMs), stdbuf);
        apps = startComputeAppsSampler(appsCommand.command, appsCommand.args, (rows) => track.addBatch(rows));
      });
    },
    async stop(stopOptions = {}) {
      stopping = true;
      const [gpuResult, appsProblem] = await Promise.all([gpu.stop(stopOptions), apps?.stop()]);
      closed = true;
      closeSync(fd);
      const processMemory = memoryProblem ?? appsProblem ?? (gpuResult.samples === 0 ? 'no GPU' : tracker?.summary() ?? 'not started');
      return { ...gpuResult, processMemory };
    },
  };
}
