import type { ComputeApp } from './parse-nvidia-smi-csv.js';

/** What the command's own GPU processes used, beside the device total. */
export interface ProcessMemorySummary {
  /** The highest total, at one moment, of the memory of the command's processes; undefined when none was seen. */
  readonly maxMiB: number | undefined;
  /** Distinct pids of the command's tree seen with a compute context. */
  readonly ownProcesses: number;
  /** Distinct pids of other processes seen on the GPUs (other jobs on a shared machine). */
  readonly otherProcesses: number;
  /** True when some of the command's processes had no memory figure (Windows WDDM reports `[N/A]`). */
  readonly unknownMemory: boolean;
}

/**
 * Sums, per moment, the memory of the compute processes that belong to the command, and keeps
 * the highest sum. nvidia-smi prints one batch of rows per loop, every row of a batch with the
 * same timestamp, so a new timestamp closes the previous batch. Whether a pid belongs to the
 * command is decided once, when it is first seen (`belongs` reads the process table then): a
 * process whose parent exits later is re-parented and would otherwise be lost.
 */
export class ProcessMemoryTracker {
  private readonly verdicts = new Map<number, boolean>();
  private batchTimestamp: string | undefined;
  private batchMiB = 0;
  private batchHasOwn = false;
  private maxMiB: number | undefined;
  private unknown = false;

  /** `belongs(pids)`: which of these new pids are in the command's tree (one table read for all). */
  constructor(private readonly belongs: (pids: readonly number[]) => ReadonlySet<number>) {}

  /** Adds one batch of rows (the same timestamp); pids not seen before are classified together. */
  addBatch(rows: readonly ComputeApp[]): void {
    const fresh = [...new Set(rows.map((row) => row.pid).filter((pid) => !this.verdicts.has(pid)))];
    if (fresh.length > 0) {
      const ours = this.belongs(fresh);
      for (const pid of fresh) this.verdicts.set(pid, ours.has(pid));
    }
    for (const row of rows) {
      if (row.timestamp !== this.batchTimestamp) this.closeBatch(row.timestamp);
      if (this.verdicts.get(row.pid) !== true) continue;
      this.batchHasOwn = true;
      if (row.usedMemoryMiB === undefined) this.unknown = true;
      else this.batchMiB += row.usedMemoryMiB;
    }
  }

  summary(): ProcessMemorySummary {
    this.closeBatch(undefined);
    const own = [...this.verdicts.values()].filter(Boolean).length;
    return { maxMiB: this.maxMiB, ownProcesses: own, otherProcesses: this.verdicts.size - own, unknownMemory: this.unknown };
  }

  private closeBatch(next: string | undefined): void {
    if (this.batchHasOwn && !(this.unknown && this.batchMiB === 0)) this.maxMiB = Math.max(this.maxMiB ?? 0, this.batchMiB);
    this.batchTimestamp = next;
    this.batchMiB = 0;
    this.batchHasOwn = false;
  }
}

/** Splits rows into batches of one timestamp each, in order. */
export function batchComputeApps(rows: readonly ComputeApp[]): ComputeApp[][] {
  const batches: ComputeApp[][] = [];
  for (const row of rows) {
    const last = batches.at(-1);
    if (last?.[0]?.timestamp === row.timestamp) last.push(row);
    else batches.push([row]);
  }
  return batches;
}
