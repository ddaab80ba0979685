import type { RunBundledActionOptions } from '@ops-actions/test-helpers';
import { REAL_GPU, expectValidMermaid, nvidiaSmiEnv, runBundledAction } from '@ops-actions/test-helpers';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { parse } from 'yaml';

// What the gpu-report end-to-end tests share. They replay recorded nvidia-smi output through a
// stand-in on PATH; with OPS_ACTIONS_REAL_GPU=1 they use the machine's real nvidia-smi instead:
// the replay-specific figures are then skipped, and only what holds on any real GPU is asserted.
export const manifest = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
export const posix = process.platform !== 'win32';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the bundle in a fresh workspace, with a RUNNER_TEMP of our own so the samples CSV outlives the run. */
export async function gpuReport(inputs: Record<string, string>, options: RunBundledActionOptions & { recording?: string; standIn?: Parameters<typeof nvidiaSmiEnv>[1] } = {}) {
  const runnerTemp = tempDir('ops-actions-gpu-temp-');
  const { recording = 'h200', standIn, env, cwd = tempDir('ops-actions-gpu-ws-'), ...rest } = options;
  const result = await runBundledAction('gpu-report', {
    cwd,
    ...rest,
    env: { RUNNER_TEMP: runnerTemp, ...nvidiaSmiEnv(recording, standIn), ...env },
    inputs,
  });
  return { ...result, cwd };
}

export type Result = Awaited<ReturnType<typeof gpuReport>>;

export function csvRows(result: Result): string[][] {
  const path = result.outputs.samples ?? '';
  expect(existsSync(path), `samples CSV ${path}`).toBe(true);
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  expect(header).toBe('elapsed_s,timestamp,index,uuid,name,utilization_gpu_pct,memory_used_mib,memory_total_mib,power_draw_w,temperature_gpu_c');
  return rows.map((row) => row.split(','));
}

/** What holds for any run that sampled a GPU, real or replayed. */
export async function expectSampled(result: Result, label = 'Ran'): Promise<void> {
  const out = result.outputs;
  expect(Object.keys(out).sort()).toEqual(Object.keys(manifest.outputs).sort());
  const count = Number(out['gpu-count']);
  expect(count).toBeGreaterThanOrEqual(1);
  expect(out['summary-line']).toMatch(new RegExp(`^${label} in [\\dhms. ]+s? \\(GPU`));
  expect(out['gpu-name']).not.toBe('');
  expect(Number(out['duration-seconds'])).toBeGreaterThan(0);
  // A unified-memory GPU (GB10, Jetson) reports no memory figures ([N/A]): they are then empty.
  if (out['memory-total-mib'] !== '' || !REAL_GPU) {
    const total = Number(out['memory-total-mib']);
    expect(total).toBeGreaterThan(0);
    expect(Number(out['memory-used-max-mib'])).toBeLessThanOrEqual(total);
  }
  if (out['utilization-max'] !== '') {
    expect(Number(out['utilization-max'])).toBeGreaterThanOrEqual(0);
    expect(Number(out['utilization-max'])).toBeLessThanOrEqual(100);
    expect(Number(out['utilization-mean'])).toBeLessThanOrEqual(Number(out['utilization-max']));
  }
  const rows = csvRows(result);
  expect(rows.length).toBeGreaterThanOrEqual(count);
  expect(new Set(rows.map((row) => row[3])).size).toBe(count);
  expect(result.summary).toContain(`## gpu-report: ${out['summary-line']}`);
  await expectValidMermaid(result.summary, { count: Math.min(count, 4) });
}

/** Whether a process runs; a zombie (exited, not yet reaped by whoever adopted it) does not. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}


/**
 * Pids of running nvidia-smi samplers (the real one or the stand-in: a process with a
 * `--query-gpu=` or `--query-compute-apps=` argument) whose environment holds `entry`, as a test
 * sets it for the action; Linux only (/proc). A sampler the action started inherits it.
 */
export function samplersWithEnv(entry: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return (
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((arg) => /^--query-(gpu|compute-apps)=/.test(arg)) &&
          readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry) &&
          isRunning(Number(pid))
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}
