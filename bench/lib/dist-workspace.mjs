// A runner workspace for the pypi-publish-check bench: .bench/workspaces/<name>/dist holding
// only the given files, each a hard link to a cached file (a 200 MB wheel is never copied).
// Not a symlink: the action lists dist/ and refuses anything that is not a regular file.
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes `<root>/.bench/workspaces/<name>` with `dist/<filename>` hard-linked to `source` for
 * each of `files` ({ source, filename }), and nothing else in dist/. Links are remade when
 * they no longer point at the source's inode (a regenerated cache file is a new inode).
 * Returns { dir, dist }.
 */
export function ensureDistWorkspace({ root, name, files }) {
  const dir = join(root, '.bench', 'workspaces', name);
  const dist = join(dir, 'dist');
  mkdirSync(dist, { recursive: true });
  const wanted = new Set(files.map((file) => file.filename));
  for (const entry of readdirSync(dist)) if (!wanted.has(entry)) rmSync(join(dist, entry), { recursive: true, force: true });
  for (const { source, filename } of files) {
    const target = join(dist, filename);
    const sourceStat = statSync(source);
    if (existsSync(target)) {
      const targetStat = statSync(target);
      if (targetStat.ino === sourceStat.ino && targetStat.dev === sourceStat.dev) continue;
      rmSync(target, { force: true });
    }
    try {
      linkSync(source, target);
    } catch (error) {
      throw new Error(`cannot hard-link ${source} to ${target} (${error.code ?? error.message}); .bench must be on one file system`);
    }
  }
  return { dir, dist };
}
