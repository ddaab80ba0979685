import { isInProcessTree, parseProcStat, parsePidPpidLines } from '@ops-actions/core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Tells which of some pids belong to the tree under `rootPid`; undefined where it cannot be told. */
export type TreeMatcher = (pids: readonly number[]) => ReadonlySet<number>;

/**
 * Linux: walks each pid's parent chain through /proc/<pid>/stat (proc(5)), a few tiny reads per
 * new pid. A process that has already exited cannot be placed: it does not count.
 */
function linuxMatcher(rootPid: number): TreeMatcher {
  const parentOf = (pid: number): number | undefined => {
    try {
      return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.ppid;
    } catch {
      return undefined;
    }
  };
  return (pids) => {
    const table = new Map<number, number>();
    for (const pid of pids) {
      const seen = new Set<number>();
      for (let current: number | undefined = pid; current !== undefined && current > 1 && !seen.has(current); current = table.get(current)) {
        seen.add(current);
        if (current === rootPid) break;
        if (!table.has(current)) {
          const parent = parentOf(current);
          if (parent === undefined) break;
          table.set(current, parent);
        }
      }
    }
    return new Set(pids.filter((pid) => isInProcessTree(pid, rootPid, table)));
  };
}

/**
 * Windows has no /proc: one snapshot of Win32_Process (ProcessId, ParentProcessId) through
 * PowerShell's Get-CimInstance, taken only when nvidia-smi shows pids not seen before (each pid is
 * classified once), so a run pays for it a handful of times at most.
 */
function windowsMatcher(rootPid: number): TreeMatcher {
  return (pids) => {
    const text = execFileSync(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', "Get-CimInstance Win32_Process | ForEach-Object { '{0} {1}' -f $_.ProcessId, $_.ParentProcessId }"],
      { encoding: 'utf8', timeout: 20_000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const table = parsePidPpidLines(text);
    return new Set(pids.filter((pid) => isInProcessTree(pid, rootPid, table)));
  };
}

/** The matcher for this platform, or a reason why process memory cannot be measured here. */
export function treeMatcherFor(rootPid: number, platform: NodeJS.Platform): TreeMatcher | string {
  if (platform === 'linux') return linuxMatcher(rootPid);
  if (platform === 'win32') return windowsMatcher(rootPid);
  return `no process table reader for ${platform}`;
}
