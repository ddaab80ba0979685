/**
 * Which processes belong to a command: its own process and every descendant. The process table
 * is read by the caller (on Linux from /proc/<pid>/stat, on Windows from Win32_Process); this
 * module only answers from a snapshot of pid → parent pid.
 */

/** A snapshot of the process table: each pid's parent pid. */
export type ProcessTable = ReadonlyMap<number, number>;

/** What /proc/<pid>/stat says of a process: its parent, its state, and when it started. */
export interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  /** `R`, `S`, `D`, …; `Z` (zombie) and `X` (dead) have exited. */
  readonly state: string;
  /** Clock ticks after boot (field 22): with the pid, it tells a process from a later one given the same pid. */
  readonly startTime: string;
}

/**
 * Reads the text of /proc/<pid>/stat (proc(5): `pid (comm) state ppid … starttime …`). The
 * command name may hold spaces and parentheses, so the fields are read after its last `)`.
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // After the name: field 3 (state) is at 0, field 4 (ppid) at 1, field 22 (starttime) at 19.
  const fields = text.slice(close + 1).trim().split(/\s+/);
  const ppid = Number(fields[1]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
  return { pid, ppid, state: fields[0] ?? '', startTime: fields[19] ?? '' };
}

/** Whether a process read from /proc/<pid>/stat has exited (a zombie whose parent did not reap it yet). */
export function hasExited(stat: ProcStat): boolean {
  return stat.state === 'Z' || stat.state === 'X';
}

/** Reads `pid ppid` lines (what gpu-report prints from Win32_Process on Windows). */
export function parsePidPpidLines(text: string): Map<number, number> {
  const table = new Map<number, number>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
    if (match) table.set(Number(match[1]), Number(match[2]));
  }
  return table;
}

/**
 * Whether `pid` is `rootPid` or one of its descendants in `table`. A parent chain that loops
 * (pid reuse while the snapshot was read) or leaves the table ends the walk: not ours.
 */
export function isInProcessTree(pid: number, rootPid: number, table: ProcessTable): boolean {
  const seen = new Set<number>();
  for (let current: number | undefined = pid; current !== undefined && current > 0; current = table.get(current)) {
    if (current === rootPid) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}
