import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** All files below dir, as relative paths with `/`. */
export function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full).map((file) => `${name}/${file}`));
    else out.push(name);
  }
  return out.sort();
}

/**
 * Compares a committed dist/ with a fresh build (relative path → content). Returns one problem
 * per file that is missing, differs, or is committed but no longer built; none when fresh.
 */
export function compareDist(distDir, built) {
  const problems = [];
  const committed = new Set(listFiles(distDir));
  for (const [file, content] of built) {
    const path = join(distDir, file);
    if (!existsSync(path)) problems.push({ file, what: 'is missing' });
    else if (!readFileSync(path).equals(Buffer.from(content))) problems.push({ file, what: 'differs from a fresh build' });
    committed.delete(file.replaceAll('\\', '/'));
  }
  for (const extra of committed) problems.push({ file: extra, what: 'is not produced by the build' });
  return problems;
}
