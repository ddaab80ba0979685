// Peak memory of a Node process, read after it exits: /proc/<pid>/status VmHWM is gone by
// then, so the process reports its own getrusage maxRSS from an exit hook (maxrss-preload.mjs).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MAXRSS_PRELOAD = fileURLToPath(new URL('./maxrss-preload.mjs', import.meta.url));

/**
 * Prepares one measured run: `nodeArgs` to put before the script (`--import <preload>`),
 * `env` additions, and `read()` → peak RSS in MB (1 MB = 1024 * 1024 bytes), or undefined
 * when the process did not report (killed before its exit hook ran).
 */
export function peakRssProbe() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const file = join(dir, 'maxrss');
  return {
    nodeArgs: ['--import', pathToFileURL(MAXRSS_PRELOAD).href],
    env: { BENCH_MAXRSS_FILE: file },
    read() {
      try {
        if (!existsSync(file)) return undefined;
        const kib = Number(readFileSync(file, 'utf8').trim());
        return Number.isFinite(kib) ? kib / 1024 : undefined;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
