import * as core from '@actions/core';
import type { GpuReport, GpuReportSettings, SamplerOutcome } from '@ops-actions/core';
import {
  GpuStatsAccumulator,
  OpsError,
  findExecutable,
  formatError,
  formatSummaryLine,
  parseGpuReportSettings,
  parseSampleRow,
  planGpuReportOutputs,
  planNvidiaSmiCandidates,
  renderGpuSummary,
} from '@ops-actions/core';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startCommand } from './run-command.js';
import { startSampling } from './sampling.js';
import type { WatchState } from './watch.js';
import { READY_TIMEOUT_MS, SAMPLER_ENV, runDetachedSampler, startWatch, stopWatch, watchPaths } from './watch.js';

const STAGE_KEY = 'stage';
const READY_TIMEOUT_S = READY_TIMEOUT_MS / 1000;
const STATE_KEY = 'watch';

/**
 * One entry for all three processes the bundle runs as: the detached sampler (watch mode), the
 * post stage (a watch was started), and the main stage.
 */
export async function run(): Promise<void> {
  const samplerConfig = process.env[SAMPLER_ENV];
  if (samplerConfig !== undefined && samplerConfig !== '') return runDetachedSampler(samplerConfig);
  try {
    // The main stage marks itself first thing; the post stage (post-if: always()) sees the mark,
    // and has work only when main started a watch (with run, the main stage did everything).
    if (core.getState(STAGE_KEY) === '') await runMain();
    else if (core.getState(STATE_KEY) !== '') await runPost(JSON.parse(core.getState(STATE_KEY)) as WatchState & { settings: PostSettings });
  } catch (error) {
    core.setFailed(formatError(error));
  }
}

/** nvidia-smi's path: the input, or PATH and the driver's usual places; undefined when absent. */
function locateNvidiaSmi(settings: GpuReportSettings): string | undefined {
  const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();
  const candidates = settings.nvidiaSmi === undefined ? planNvidiaSmiCandidates(process.env, process.platform) : [settings.nvidiaSmi];
  for (const candidate of candidates) {
    const found = findExecutable(candidate, process.env, process.platform, isFile);
    if (found !== undefined) return found;
  }
  return undefined;
}

function runDir(): string {
  const dir = join(process.env.RUNNER_TEMP ?? tmpdir(), `gpu-report-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function noGpuFailure(outcome: SamplerOutcome): OpsError {
  const reason = 'reason' in outcome ? outcome.reason : 'nvidia-smi failed';
  return new OpsError(`require-gpu is true, but no GPU can be sampled: ${reason}.${'detail' in outcome && outcome.detail ? ` nvidia-smi said: ${outcome.detail}` : ''}`);
}

async function runMain(): Promise<void> {
  core.saveState(STAGE_KEY, 'main-done');
  const settings = parseGpuReportSettings((name) => core.getInput(name, { trimWhitespace: name !== 'run' }), process.platform);
  const nvidiaSmi = locateNvidiaSmi(settings);
  const dir = runDir();
  if (settings.run === undefined) {
    if (settings.workingDirectory !== '' || !settings.defaultShell) {
      core.notice('gpu-report: shell and working-directory apply to run; without run the whole job is watched.');
    }
    const { state, earlyOutcome, ready } = await startWatch({ dir, nvidiaSmi, intervalMs: settings.intervalMs });
    if (!ready && settings.requireGpu) {
      await stopWatch(state, () => 0);
      throw noGpuFailure({ kind: 'failed', reason: `nvidia-smi printed no sample within ${READY_TIMEOUT_S} s` });
    }
    core.saveState(STATE_KEY, JSON.stringify({ ...state, settings: { label: settings.label, intervalMs: settings.intervalMs } }));
    core.setOutput('samples', watchPaths(dir).csvPath);
    if (!ready) core.notice(`gpu-report: nvidia-smi printed no sample within ${READY_TIMEOUT_S} s; it goes on, and the end of the job reports what it got.`);
    if (earlyOutcome !== undefined && settings.requireGpu) throw noGpuFailure(earlyOutcome);
    if (earlyOutcome !== undefined) core.notice(`gpu-report: no GPU will be reported: ${'reason' in earlyOutcome ? earlyOutcome.reason : ''}.`);
    else if (ready) core.info(`gpu-report: sampling the GPU every ${settings.intervalMs} ms until the job ends (${nvidiaSmi ?? ''}).`);
    return;
  }

  const csvPath = join(dir, 'samples.csv');
  const stats = new GpuStatsAccumulator(settings.intervalMs);
  const sampling = startSampling({ nvidiaSmi, intervalMs: settings.intervalMs, csvPath, onSample: (sample) => stats.add(sample) });
  if (settings.requireGpu) {
    // Know before the command starts: a GPU job must not run, slowly, on the CPU.
    await sampling.ready;
    if (sampling.earlyOutcome !== undefined) {
      await sampling.stop();
      throw noGpuFailure(sampling.earlyOutcome);
    }
  }
  let command;
  try {
    command = startCommand({
      script: settings.run,
      shell: settings.shell,
      defaultShell: settings.defaultShell,
      workingDirectory: settings.workingDirectory,
      workspace: process.cwd(),
      tempDir: dir,
      env: process.env,
    });
    sampling.watchProcessTree(command.pid);
  } catch (error) {
    await sampling.stop();
    throw error;
  }
  const exit = await command.exited.catch(async (error: unknown) => {
    await sampling.stop();
    throw error;
  });
  const result = await sampling.stop({ waitForFirstSample: true });
  const report: GpuReport = {
    mode: 'wrap',
    label: settings.label,
    script: settings.run,
    durationMs: exit.durationMs,
    exit,
    intervalMs: settings.intervalMs,
    gpus: stats.summaries(),
    sampler: result.outcome,
    processMemory: result.processMemory,
    unparsedLines: result.unparsedLines,
  };
  await publish(report, csvPath);
  if (exit.exitCode !== 0) {
    // The step's exit code is the command's, as for a run step (setFailed would make it 1).
    core.error(exit.signal ? `The command was killed by ${exit.signal} (exit code ${exit.exitCode}).` : `Process completed with exit code ${exit.exitCode}.`);
    process.exitCode = exit.exitCode;
  }
}

interface PostSettings {
  readonly label: string;
  readonly intervalMs: number;
}

async function runPost(state: WatchState & { settings: PostSettings }): Promise<void> {
  const csvPath = watchPaths(state.dir).csvPath;
  const stats = new GpuStatsAccumulator(state.settings.intervalMs);
  let lastMs = 0;
  const result = await stopWatch(state, () => lastMs);
  const durationMs = Number(process.hrtime.bigint() - BigInt(state.startedNs)) / 1e6;
  if (existsSync(csvPath)) {
    for await (const line of createInterface({ input: createReadStream(csvPath), crlfDelay: Infinity })) {
      const sample = parseSampleRow(line);
      if (sample === undefined) continue;
      stats.add(sample);
      lastMs = sample.elapsedMs;
    }
  }
  const outcome = result.outcome.kind === 'stopped-early' && result.outcome.afterMs === 0 && lastMs > 0 ? { ...result.outcome, afterMs: lastMs } : result.outcome;
  await publish(
    {
      mode: 'watch',
      label: state.settings.label,
      durationMs,
      intervalMs: state.settings.intervalMs,
      gpus: stats.summaries(),
      sampler: outcome,
      processMemory: result.processMemory,
      unparsedLines: result.unparsedLines,
    },
    csvPath,
  );
}

async function publish(report: GpuReport, csvPath: string): Promise<void> {
  const outcome = report.sampler;
  if (outcome.kind === 'stopped-early') core.warning(`gpu-report: nvidia-smi stopped early: ${outcome.reason}. The figures cover the samples before that.`);
  if (outcome.kind === 'failed') core.warning(`gpu-report: the GPU could not be sampled: ${outcome.reason}.`);
  for (const [name, value] of Object.entries(planGpuReportOutputs(report, csvPath))) core.setOutput(name, value);
  core.info(formatSummaryLine(report));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderGpuSummary(report)).write();
}
