import { InputError } from '../errors.js';
import type { InputSource } from '../inputs/parse-input.js';
import { parseBooleanInput } from '../inputs/parse-input.js';
import { MIN_INTERVAL_MS } from './nvidia-smi-query.js';
import type { ShellPlan } from './shell-command.js';
import { planShell } from './shell-command.js';

/** The defaults of every input, as action.yml declares them (a test keeps the two equal). */
export const GPU_REPORT_DEFAULTS: Readonly<Record<string, string>> = {
  run: '',
  shell: '',
  'working-directory': '',
  label: 'Ran',
  'interval-ms': '1000',
  'require-gpu': 'false',
  'nvidia-smi': '',
};

/** The longest interval accepted: ten minutes between samples already says little. */
export const MAX_INTERVAL_MS = 600_000;

/** Every input of gpu-report, parsed once and checked. */
export interface GpuReportSettings {
  /** The script to wrap; undefined: watch the whole job (main starts a sampler, post reports). */
  readonly run: string | undefined;
  readonly shell: ShellPlan;
  /** Whether `shell` was left empty (the runner then falls back: pwsh → powershell, bash → sh). */
  readonly defaultShell: boolean;
  /** As given; resolved against the workspace when the command starts. Empty: the workspace. */
  readonly workingDirectory: string;
  readonly label: string;
  readonly intervalMs: number;
  readonly requireGpu: boolean;
  /** A path to nvidia-smi; undefined: looked up on PATH and in the driver's usual places. */
  readonly nvidiaSmi: string | undefined;
}

/** Reads and checks every input; `platform` decides the default shell. */
export function parseGpuReportSettings(source: InputSource, platform: NodeJS.Platform): GpuReportSettings {
  const read = (name: string): string => source(name);
  const run = read('run');
  const rawLabel = read('label').trim() === '' ? (GPU_REPORT_DEFAULTS.label ?? 'Ran') : read('label').trim();
  if (/[\r\n]/.test(rawLabel)) throw new InputError('label', rawLabel, 'it must be one line, such as Rendered');
  if (rawLabel.length > 80) throw new InputError('label', rawLabel, 'it must be at most 80 characters');
  const rawInterval = read('interval-ms').trim() === '' ? (GPU_REPORT_DEFAULTS['interval-ms'] ?? '1000') : read('interval-ms').trim();
  const intervalMs = Number(rawInterval);
  if (!/^\d+$/.test(rawInterval) || intervalMs < MIN_INTERVAL_MS || intervalMs > MAX_INTERVAL_MS) {
    throw new InputError('interval-ms', rawInterval, `it must be a whole number of milliseconds from ${MIN_INTERVAL_MS} to ${MAX_INTERVAL_MS}`);
  }
  const rawRequire = read('require-gpu').trim() === '' ? (GPU_REPORT_DEFAULTS['require-gpu'] ?? 'false') : read('require-gpu');
  const shell = read('shell');
  const nvidiaSmi = read('nvidia-smi').trim();
  return {
    run: run.trim() === '' ? undefined : run,
    shell: planShell(shell, platform),
    defaultShell: shell.trim() === '',
    workingDirectory: read('working-directory').trim(),
    label: rawLabel,
    intervalMs,
    requireGpu: parseBooleanInput('require-gpu', rawRequire),
    nvidiaSmi: nvidiaSmi === '' ? undefined : nvidiaSmi,
  };
}
