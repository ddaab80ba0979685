import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ComputeApp, ProcStat } from '../../src/index.js';
import { ProcessMemoryTracker, batchComputeApps, hasExited, isInProcessTree, parsePidPpidLines, parseProcStat } from '../../src/index.js';
import { recordedComputeApps } from './recordings.js';

describe('parseProcStat', () => {
  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    // proc(5)'s fields, as /proc/<pid>/stat of `cat` printed them (starttime 803215), the name changed.
    const stat = '12079 (python3 (worker) x) R 12074 12074 26458 0 -1 4194304 101 0 0 0 0 0 0 0 20 0 1 0 803215 3133440 393 18446744073709551615';
    expect(parseProcStat(stat)).toEqual({ pid: 12079, ppid: 12074, state: 'R', startTime: '803215' });
    expect(hasExited(parseProcStat(stat.replace(') R ', ') Z ')) ?? ({} as ProcStat))).toBe(true);
    expect(parseProcStat('garbage')).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')('agrees with the kernel about this very process', () => {
    expect(parseProcStat(readFileSync('/proc/self/stat', 'utf8'))).toMatchObject({ pid: process.pid, ppid: process.ppid, state: 'R' });
    expect(parseProcStat(readFileSync(`/proc/${process.ppid}/stat`, 'utf8'))?.startTime).toMatch(/^\d+$/);
  });
});

describe('isInProcessTree', () => {
  const table = new Map([
    [10, 1],
    [20, 10],
    [30, 20],
    [40, 1],
    [50, 60],
    [60, 50],
  ]);
  it('follows parent chains up to the root', () => {
    expect(isInProcessTree(30, 10, table)).toBe(true);
    expect(isInProcessTree(10, 10, table)).toBe(true);
    expect(isInProcessTree(40, 10, table)).toBe(false);
    expect(isInProcessTree(99, 10, table)).toBe(false);
  });
  it('stops at a loop (pid reuse while the table was read)', () => {
    expect(isInProcessTree(50, 10, table)).toBe(false);
  });
  it('reads the pid/ppid lines printed on Windows', () => {
    expect(parsePidPpidLines('0 0\r\n4 0\r\n1234 4\r\n\r\n')).toEqual(new Map([[0, 0], [4, 0], [1234, 4]]));
  });
});

describe('ProcessMemoryTracker', () => {
  it("sums the memory of the command's own processes at each moment and keeps the peak", () => {
    // The H200 under load: two memhog processes (2566 + 1542 MiB) are the command's, gpu_burn is someone else's.
    const ours = new Set([10291, 10293]);
    const asked: number[][] = [];
    const tracker = new ProcessMemoryTracker((pids) => {
      asked.push([...pids]);
      return new Set(pids.filter((pid) => ours.has(pid)));
    });
    const rows = recordedComputeApps('h200');
    const later = rows.map((row): ComputeApp => ({ ...row, timestamp: '2026/07/03 22:11:10.916', usedMemoryMiB: (row.usedMemoryMiB ?? 0) / 2 }));
    for (const batch of batchComputeApps([...rows, ...later])) tracker.addBatch(batch);
    expect(tracker.summary()).toEqual({ maxMiB: 2566 + 1542, ownProcesses: 2, otherProcesses: 1, unknownMemory: false });
    // Each pid is placed once, when first seen.
    expect(asked).toEqual([[10291, 10293, 10309]]);
  });

  it('says the memory is unknown when nvidia-smi gives none (Windows WDDM)', () => {
    const tracker = new ProcessMemoryTracker((pids) => new Set(pids));
    tracker.addBatch([{ timestamp: '2026/06/24 10:17:41.921', gpuUuid: 'GPU-0', pid: 2140, usedMemoryMiB: undefined }]);
    expect(tracker.summary()).toEqual({ maxMiB: undefined, ownProcesses: 1, otherProcesses: 0, unknownMemory: true });
  });

  it('reports no own process when none of them used the GPU', () => {
    const tracker = new ProcessMemoryTracker(() => new Set());
    for (const batch of batchComputeApps(recordedComputeApps('h200-mig'))) tracker.addBatch(batch);
    expect(tracker.summary()).toEqual({ maxMiB: undefined, ownProcesses: 0, otherProcesses: 3, unknownMemory: false });
  });
});
