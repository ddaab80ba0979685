// Preloaded with `node --import` into a measured process: on exit, writes the CPU time this Node
// process used (process.resourceUsage: user + system, µs) and the CPU time of the children it
// waited for (/proc/self/stat cutime + cstime, clock ticks: proc(5)) as JSON to BENCH_CPU_FILE.
import { readFileSync, writeFileSync } from 'node:fs';

const target = process.env.BENCH_CPU_FILE;
if (target) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      const stat = readFileSync('/proc/self/stat', 'utf8');
      // Fields after the command name (which may hold spaces): state is field 3, cutime 16, cstime 17.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const childrenTicks = Number(fields[13]) + Number(fields[14]);
      writeFileSync(target, JSON.stringify({ selfUs: usage.userCPUTime + usage.systemCPUTime, childrenTicks }));
    } catch {
      // Never change the measured process's outcome.
    }
  });
}
