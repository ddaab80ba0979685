import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { isOutside } from '../../inputs/repository-path.js';

/**
 * Turns the paths coverage reports give into repository-relative ones with `/`, so legs merge and
 * diff coverage finds them: coverage.py writes paths relative to where it ran (`src\\pkg\\a.py` on
 * Windows), Cobertura relative to one of its `<source>` folders (which are absolute paths on the
 * runner that made them: `/home/runner/work/x/x/src` on Linux, `D:\\a\\x\\x\\src` on Windows),
 * lcov often absolute. A path is tried as given, then joined to each source, then by its tail
 * (`D:\\a\\x\\x\\src` + `pkg/a.py` → `src/pkg/a.py` when that exists here). When nothing exists
 * (a gate job without a checkout), the path as the report gives it is kept: legs still agree.
 */
export class CoveragePathResolver {
  private readonly cache = new Map<string, string>();
  constructor(private readonly workspace: string) {}

  resolve(reported: string, sources: readonly string[] = []): string {
    const key = `${sources.join('\u0000')}\u0001${reported}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const resolved = this.find(reported, sources) ?? clean(stripDotSlash(reported));
    this.cache.set(key, resolved);
    return resolved;
  }

  private find(reported: string, sources: readonly string[]): string | undefined {
    const candidates: string[] = [];
    const path = toSlashes(reported);
    if (isAbsolutePath(path)) candidates.push(...tails(path));
    else {
      candidates.push(stripDotSlash(path));
      for (const source of sources) {
        const base = toSlashes(source).replace(/\/+$/, '');
        if (isAbsolutePath(base)) {
          const inside = this.insideWorkspace(base);
          if (inside !== undefined) candidates.push(inside === '' ? path : `${inside}/${path}`);
          else for (const tail of tails(base)) candidates.push(tail === '' ? path : `${tail}/${path}`);
        } else if (base !== '' && base !== '.') candidates.push(`${stripDotSlash(base)}/${path}`);
      }
    }
    for (const candidate of candidates) {
      const cleaned = clean(candidate);
      if (cleaned !== '' && !cleaned.startsWith('../') && existsSync(join(this.workspace, cleaned))) return cleaned;
    }
    return undefined;
  }

  private insideWorkspace(absolute: string): string | undefined {
    const native = absolute.replace(/\//g, sep);
    if (!isAbsolute(native)) return undefined;
    const inside = relative(this.workspace, native);
    return isOutside(inside) ? undefined : toSlashes(inside);
  }
}

function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function stripDotSlash(path: string): string {
  return toSlashes(path).replace(/^(?:\.\/)+/, '');
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** Every tail of an absolute path, longest first: `/a/b/c` → `a/b/c`, `b/c`, `c`, `` (the drive dropped). */
function tails(path: string): string[] {
  const parts = path.replace(/^[A-Za-z]:/, '').split('/').filter((part) => part !== '');
  return parts.map((_, index) => parts.slice(index).join('/')).concat('');
}

/** Removes `.` segments and resolves `..` ones inside the path. */
function clean(path: string): string {
  const out: string[] = [];
  for (const part of toSlashes(path).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
