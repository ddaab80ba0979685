import type { GpuSummary } from './gpu-stats.js';
import type { ProcessMemorySummary } from './process-memory.js';

/** How the sampler fared. Only `sampled` and `stopped-early` have samples. */
export type SamplerOutcome =
  /** nvidia-smi ran until it was stopped at the end. */
  | { readonly kind: 'sampled' }
  /** No NVIDIA driver: nvidia-smi is absent (ENOENT) or exited 9 or 12. `detail`: what it said. */
  | { readonly kind: 'no-gpu'; readonly reason: string; readonly detail?: string }
  /** nvidia-smi could not be started or exited at once for another reason. */
  | { readonly kind: 'failed'; readonly reason: string; readonly detail?: string }
  /** nvidia-smi stopped on its own while the command ran; the figures cover what came before. */
  | { readonly kind: 'stopped-early'; readonly reason: string; readonly afterMs: number; readonly detail?: string };

/** How the wrapped command ended: its exit code, and the signal that killed it, if one did. */
export interface CommandExit {
  readonly exitCode: number;
  readonly signal?: string;
}

/** Everything the summary, the outputs and the log are made from. */
export interface GpuReport {
  readonly mode: 'wrap' | 'watch';
  readonly label: string;
  /** The wrapped script (wrap mode). */
  readonly script?: string;
  readonly durationMs: number;
  readonly exit?: CommandExit;
  readonly intervalMs: number;
  readonly gpus: readonly GpuSummary[];
  readonly sampler: SamplerOutcome;
  /** Per-process memory; a string says why it is not available. */
  readonly processMemory: ProcessMemorySummary | string;
  /** Lines nvidia-smi printed that were not samples (warnings), counted. */
  readonly unparsedLines: number;
}
