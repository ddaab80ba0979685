/**
 * Which processes belong to a command: its own process and every descendant. The process table
 * is read by the caller (on Linux from /proc/<pid>/stat, on Windows from Win32_Process); this
 * module only answers from a snapshot of pid → parent pid.
 */

/** A snapshot of the process table: each pid's parent pid. */
export type ProcessTable = ReadonlyMap<number, number>;

/**
 * The parent pid from the text of /proc/<pid>/stat (proc(5): `pid (comm) state ppid …`). The
 * command name may hold spaces and parentheses, so the fields are read after its last `)`.
 */
export function parseProcStat(text: string): { pid: number; ppid: number } | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  const fields = text.slice(close + 1).trim().split(/\s+/);
  const ppid = Number(fields[1]);
  return Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid } : undefined;
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
