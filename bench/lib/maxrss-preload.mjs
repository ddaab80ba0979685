// Preloaded with `node --import` into a measured process: on exit, writes the process's peak
// resident set size (getrusage ru_maxrss, KiB on Linux) to the file named by BENCH_MAXRSS_FILE.
// Child processes (git) are not included: only this Node process.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_MAXRSS_FILE;
if (target) {
  process.on('exit', () => {
    try {
      writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // Never change the measured process's outcome.
    }
  });
}
