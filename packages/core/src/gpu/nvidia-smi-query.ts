/**
 * What gpu-report asks nvidia-smi, and what its exit codes mean. nvidia-smi's own field list
 * (`nvidia-smi --help-query-gpu`) documents every field used here; the exit codes are those of
 * nvidia-smi(1), "RETURN VALUE", which are NVML's nvmlReturn_t values.
 */

/** The fields of one `--query-gpu` sample, in the order nvidia-smi prints them. */
export const GPU_QUERY_FIELDS = [
  'timestamp',
  'index',
  'uuid',
  'name',
  'utilization.gpu',
  'memory.used',
  'memory.total',
  'power.draw',
  'temperature.gpu',
] as const;

/** The fields of one `--query-compute-apps` row: one row per process with a compute context. */
export const COMPUTE_APPS_QUERY_FIELDS = ['timestamp', 'gpu_uuid', 'pid', 'used_memory'] as const;

/** The smallest sampling interval gpu-report accepts, in milliseconds. */
export const MIN_INTERVAL_MS = 100;

/**
 * The arguments of the one long-lived sampler: `-lms N` makes nvidia-smi print one line per GPU
 * every N ms until it is stopped, so one process serves the whole run (not one per sample).
 */
export function gpuSamplerArgs(intervalMs: number): string[] {
  return [`--query-gpu=${GPU_QUERY_FIELDS.join(',')}`, '--format=csv,noheader,nounits', '-lms', String(intervalMs)];
}

/** The arguments of the long-lived compute-apps sampler (per-process GPU memory), same interval. */
export function computeAppsSamplerArgs(intervalMs: number): string[] {
  return [`--query-compute-apps=${COMPUTE_APPS_QUERY_FIELDS.join(',')}`, '--format=csv,noheader,nounits', '-lms', String(intervalMs)];
}

/**
 * The command line of one sampler. nvidia-smi writes its loop's lines with C stdio, and into a
 * pipe C stdio writes 4096-byte blocks unless the program flushes, which nvidia-smi does not
 * document; a block is about 36 samples of one GPU (36 s at the default interval), and a block not
 * yet written is lost when SIGTERM stops it. coreutils' `stdbuf -oL` (where it is found: Linux)
 * makes its stdout line-buffered, so each sample arrives when it is printed. stdbuf execs
 * nvidia-smi: the pid, the exit code and the signals are nvidia-smi's own.
 */
export function planSamplerCommand(nvidiaSmi: string, args: readonly string[], stdbuf: string | undefined): { command: string; args: string[] } {
  return stdbuf === undefined ? { command: nvidiaSmi, args: [...args] } : { command: stdbuf, args: ['-oL', nvidiaSmi, ...args] };
}

/**
 * nvidia-smi(1), RETURN VALUE. 9 and 12 mean there is no usable driver on this machine: the
 * runner has no GPU for this job. nvidia-smi prints its message on stdout, so the exit code, not
 * the text, decides.
 */
export const NVIDIA_SMI_EXIT_CODES: Readonly<Record<number, string>> = {
  2: 'a supplied argument or flag is invalid',
  3: 'the requested operation is not available on the target device',
  4: 'the current user does not have permission to access this device or perform this operation',
  6: 'a query to find an object was unsuccessful',
  8: "a device's external power cables are not properly attached",
  9: 'the NVIDIA driver is not loaded',
  10: 'the NVIDIA kernel detected an interrupt issue with a GPU',
  12: "the NVML shared library couldn't be found or loaded",
  13: "the local version of NVML doesn't implement this function",
  14: 'the infoROM is corrupted',
  15: 'the GPU has fallen off the bus or has otherwise become inaccessible',
  255: 'another error or an internal driver error occurred',
};

/** Exit codes that mean "no NVIDIA driver here", as opposed to a driver that failed. */
export const NO_DRIVER_EXIT_CODES: ReadonlySet<number> = new Set([9, 12]);

/** `exit code 9 (the NVIDIA driver is not loaded)`. */
export function describeNvidiaSmiExit(exitCode: number | null, signal: string | null): string {
  if (signal !== null) return `was killed by ${signal}`;
  const meaning = exitCode === null ? undefined : NVIDIA_SMI_EXIT_CODES[exitCode];
  return `exited with code ${String(exitCode)}${meaning ? ` (${meaning})` : ''}`;
}
