import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file is packages/test-helpers/src/nvidia-smi-stand-in.ts.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The stand-in nvidia-smi (a replay of recorded real output) and its recordings; the demo uses it too. */
export const STAND_IN_NVIDIA_SMI_DIR = join(REPO_ROOT, 'packages', 'cli', 'src', 'demo-fixtures', 'nvidia-smi');

/**
 * True when the tests are asked to use the machine's real nvidia-smi (`OPS_ACTIONS_REAL_GPU=1`):
 * the stand-in stays off PATH, and only assertions that hold on real hardware are made.
 */
export const REAL_GPU = process.env.OPS_ACTIONS_REAL_GPU === '1';

/** Options for {@link nvidiaSmiEnv}. */
export interface StandInOptions {
  /** `N:CODE`: the stand-in exits with CODE after N loops (a sampler that dies mid-run). */
  readonly exitAfter?: string;
  /** A file of pids (one a line) that replace the recorded compute-app pids, in order. */
  readonly pidsFile?: string;
  /** `full`: stdout block-buffered into a pipe, as C stdio does by default (stdbuf -oL undoes it). */
  readonly stdio?: 'full';
}

/**
 * The environment that puts the stand-in first on PATH, replaying `recording` (a folder of
 * recordings/, e.g. `h200`, `dual-a5000`, `no-driver`). With OPS_ACTIONS_REAL_GPU=1 it is empty:
 * the real nvidia-smi on PATH answers.
 */
export function nvidiaSmiEnv(recording: string, options: StandInOptions = {}): Record<string, string> {
  if (REAL_GPU) return {};
  const pathKey = Object.keys(process.env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  return {
    [pathKey]: `${STAND_IN_NVIDIA_SMI_DIR}${delimiter}${process.env[pathKey] ?? ''}`,
    OPS_NVIDIA_SMI_RECORDING: recording,
    OPS_NVIDIA_SMI_NODE: process.execPath,
    ...(options.exitAfter === undefined ? {} : { OPS_NVIDIA_SMI_EXIT_AFTER: options.exitAfter }),
    ...(options.pidsFile === undefined ? {} : { OPS_NVIDIA_SMI_PIDS: options.pidsFile }),
    ...(options.stdio === undefined ? {} : { OPS_NVIDIA_SMI_STDIO: options.stdio }),
  };
}
