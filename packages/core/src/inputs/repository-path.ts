import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Paths given in inputs (`version-files`, `changelog`, `path`, `dist`, `pyproject`): one rule for
 * every action, checked twice. When inputs are read, `parseRepositoryPath` checks the text: relative
 * to the workspace, or absolute inside it (`${{ github.workspace }}/dist`), never through `..` and
 * never into `.git`. When the path is used, `resolveRepositoryPath` checks where it really leads:
 * symbolic links resolved (a dangling link's target and a file that does not exist yet included),
 * the real location must still be inside the workspace and outside `.git`, and a folder where a
 * file is wanted (or the other way round) is named as such.
 */

/** A path that is not relative to the workspace: `/x`, `\x`, `\\server\x`, `C:\x` or `C:x` (relative to a drive's folder). */
const ABSOLUTE = /^([\\/]|[A-Za-z]:)/;

/** What an input must name. */
export type PathKind = 'file' | 'folder';

/** What is at a path: a file, a folder, something else (a socket, a device), or nothing yet. */
export type FoundKind = PathKind | 'other' | 'missing';

/** Where the workspace is, for absolute paths in inputs. */
export interface PathContext {
  /** The workspace (GITHUB_WORKSPACE, the step's working directory); absolute paths must lie inside it. */
  readonly workspace?: string;
}

/**
 * A path given in an input, relative to the workspace, checked as text when inputs are read.
 * Absolute paths (`/x`, `C:\x`, `\\server\x`) are accepted when they lie inside `context.workspace`
 * and returned relative to it; `..` segments and any path into `.git` are refused.
 * @throws InputError naming the input, the value and what is allowed.
 */
export function parseRepositoryPath(name: string, raw: string, context: PathContext = {}): string {
  let path = raw.trim();
  if (path === '') throw new InputError(name, raw, 'it must be a path inside the repository');
  if (ABSOLUTE.test(path)) {
    const workspace = context.workspace === undefined ? undefined : resolve(context.workspace);
    const inside = workspace === undefined ? undefined : relative(workspace, resolve(path));
    if (workspace === undefined || inside === undefined || isOutside(inside)) {
      throw new InputError(name, raw, `it must be a relative path, or an absolute path inside the workspace${workspace ? ` (${workspace})` : ''}`);
    }
    path = inside === '' ? '.' : inside;
  }
  const problem = relativePathProblem(path);
  if (problem !== undefined) throw new InputError(name, raw, problem);
  return path;
}

/**
 * True for a path that a configuration file may name for writing (a version file that
 * python-semantic-release or commitizen lists): relative, without `..`, not into `.git`. The same
 * text rule as {@link parseRepositoryPath}, for paths that come from files rather than inputs.
 */
export function isRepositoryPath(path: string): boolean {
  return path !== '' && !ABSOLUTE.test(path) && relativePathProblem(path) === undefined;
}

/** What is wrong with a path relative to the workspace, as text: a `..` segment, or a part that is `.git`. */
function relativePathProblem(path: string): string | undefined {
  if (/(^|[\\/])\.\.([\\/]|$)/.test(path)) return 'it must be a relative path inside the repository, without .. segments';
  if (segments(path).some(isGitDirName)) return 'it is inside .git, which only git itself may write';
  return undefined;
}

/** A path from an input, resolved: where it really leads, and what is there. */
export interface ResolvedPath {
  /** The input's name, for messages. */
  readonly input: string;
  /** The path as the input gave it (relative to the workspace). */
  readonly path: string;
  /** The real location, absolute, with every symbolic link resolved. */
  readonly real: string;
  /** The real location relative to the workspace's real location (native separators). */
  readonly relative: string;
  readonly found: FoundKind;
}

// Linux's limit on links followed in one path (MAXSYMLINKS): a loop stops here.
const MAX_LINK_HOPS = 40;

/**
 * Resolves a path given in input `input` (already checked by `parseRepositoryPath`) against the
 * workspace, following symbolic links component by component as the operating system would. A
 * path that does not exist yet (or a dangling link) resolves through its existing parents, so a
 * file about to be created is checked where it would be created.
 * @throws InputError naming the input and the path when its real location is outside the
 * workspace or inside `.git`, or when `kind` is given and something else is there (a missing
 * path is not an error here: the caller decides).
 */
export async function resolveRepositoryPath(workspace: string, input: string, path: string, kind?: PathKind): Promise<ResolvedPath> {
  const root = await realpath(workspace);
  const { real, found } = await realLocation(root, resolve(root, path), { input, path });
  const inside = relative(root, real);
  if (isOutside(inside)) {
    throw new InputError(input, path, `it leads outside the repository, to ${real}; only files inside the repository are read or written`);
  }
  if (segments(inside).some(isGitDirName)) {
    throw new InputError(input, path, `it leads into .git (${inside}), which only git itself may write`);
  }
  const resolved = { input, path, real, relative: inside, found };
  if (kind !== undefined) expectKind(resolved, kind);
  return resolved;
}

/**
 * Checks that a resolved path names what the input wants: a folder where a file is expected (or a
 * file where a folder is) is named as such. A missing path passes.
 * @throws InputError naming the input and the path.
 */
function expectKind(resolved: ResolvedPath, kind: PathKind): void {
  if (resolved.found === kind || resolved.found === 'missing') return;
  const what = resolved.found === 'other' ? 'neither a file nor a folder' : `a ${resolved.found}`;
  throw new InputError(resolved.input, resolved.path, `${resolved.path} is ${what}; it must name a ${kind}`);
}

/** Walks `absolute` from its root, following each symbolic link it meets, as path resolution does. */
async function realLocation(root: string, absolute: string, named: { input: string; path: string }): Promise<{ real: string; found: FoundKind }> {
  let current = parse(absolute).root;
  const pending = segments(absolute.slice(current.length));
  let hops = 0;
  while (pending.length > 0) {
    const part = pending.shift() as string;
    if (part === '.') continue;
    if (part === '..') {
      current = dirname(current);
      continue;
    }
    const next = join(current, part);
    let stats;
    try {
      stats = await lstat(next);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Nothing is there yet: the rest cannot hold a link, so it resolves as written.
      if (code === 'ENOENT' || code === 'ENOTDIR') return { real: resolve(next, ...pending), found: 'missing' };
      throw error;
    }
    if (stats.isSymbolicLink()) {
      hops++;
      if (hops > MAX_LINK_HOPS) throw new InputError(named.input, named.path, `it goes through more than ${MAX_LINK_HOPS} symbolic links (a loop?)`);
      const target = await readlink(next);
      if (isAbsolute(target)) current = parse(resolve(target)).root;
      const parts = segments(isAbsolute(target) ? resolve(target).slice(current.length) : target);
      for (let i = parts.length - 1; i >= 0; i--) pending.unshift(parts[i] as string);
      continue;
    }
    current = next;
    if (pending.length > 0 && !stats.isDirectory()) {
      throw new InputError(named.input, named.path, `${relative(root, current) || current} is a file, so nothing can be inside it`);
    }
    if (pending.length === 0) return { real: current, found: stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other' };
  }
  return { real: current, found: 'folder' };
}

function segments(path: string): string[] {
  return path.split(/[\\/]+/).filter((part) => part !== '');
}

/** True when a path relative to the workspace (as `path.relative` gives it) leads outside it. */
export function isOutside(relativePath: string): boolean {
  return relativePath === '..' || relativePath.startsWith(`..${sep}`) || relativePath.startsWith('../') || isAbsolute(relativePath);
}

/**
 * `.git` as any file system may spell it: in any case (macOS and Windows ignore case), with the
 * trailing dots and spaces Windows drops, or as its 8.3 short name `GIT~1` (git's own
 * core.protectNTFS refuses the same names).
 */
function isGitDirName(segment: string): boolean {
  const name = segment.toLowerCase().replace(/[. ]+$/, '');
  return name === '.git' || name === 'git~1';
}
