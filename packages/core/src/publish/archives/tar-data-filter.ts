import { posix } from 'node:path';
import { describeUnsafePath, splitMemberPath } from './member-path.js';
import type { TarMember } from './read-tar-members.js';

/**
 * Why unpacking refuses a member. The first five are CPython's `tarfile` data filter
 * (PEP 706; Lib/tarfile.py `_get_filtered_attrs`): `outside-destination` is
 * OutsideDestinationError, `special-file` SpecialFileError, `absolute-link` AbsoluteLinkError,
 * `link-outside` LinkOutsideDestinationError, and `unresolvable` the OSError that
 * `os.path.realpath(..., strict=ALLOW_MISSING)` raises inside the filter for a symlink loop or a
 * file used as a directory (Python 3.14, 3.13.4, 3.12.11 and later), which stops extraction
 * too. `missing-link-target` is a hard link to nothing unpacked before it, which `tarfile`
 * cannot extract (KeyError "linkname ... not found"). Stricter than the filter: links and names must stay inside the
 * sdist's `{name}-{version}/` root (`outside-root`), not just inside the unpack directory; a
 * hard link that unpacks as a copy of an earlier symlink must resolve from where it lands
 * (`relocated-link`); and once every member is unpacked, every link must still resolve inside.
 */
export type UnpackRefusalKind =
  | 'outside-destination'
  | 'outside-root'
  | 'special-file'
  | 'absolute-link'
  | 'link-outside'
  | 'unresolvable'
  | 'missing-link-target'
  | 'relocated-link';

export interface UnpackRefusal {
  readonly member: string;
  /** The member's position in the archive; undefined for a link found wrong once every member is unpacked. */
  readonly index: number | undefined;
  readonly kind: UnpackRefusalKind;
  /** What it resolves to or why, in words, e.g. `resolves to ../b, outside the unpack directory`. */
  readonly detail: string;
  /** True when the member is a link (symlink or hard link), false for a name or a special file. */
  readonly link: boolean;
}

type FsNode = { readonly kind: 'dir' } | { readonly kind: 'file' } | { readonly kind: 'symlink'; readonly target: string };

/**
 * The unpack directory, as the first segment of every absolute path in the model. A NUL byte
 * cannot appear in a member name, so no `..` walk can climb out and back into a directory of
 * the same name: a path that leaves it is outside, whatever the real directory is called.
 */
const DEST = '\0dest';
/** Linux's MAXSYMLINKS: a path lookup that follows more links fails with ELOOP. */
const MAX_LINKS = 40;
const REGULAR = new Set(['file', 'contiguous-file']);
const SPECIAL = new Set(['character-device', 'block-device', 'fifo', 'unknown']);

/** An absolute path in the model: segments joined by `/`, `''` the root, `DEST` the unpack directory. */
type ModelPath = string;
type Resolution = { readonly ok: true; readonly path: ModelPath } | { readonly ok: false; readonly why: string };

/**
 * Replays the unpacking of a tar stream member by member, as `tarfile.extractall(dest,
 * filter='data')` does it: each member is checked against what the members before it left on
 * disk (so a link chain such as `a -> .`, `a/b -> ..`, `a/b/c -> ..`, `a/b/c/file` is resolved
 * link by link, and refused at `a/b`), then recorded as unpacked. Nothing touches the disk.
 */
export class TarUnpackModel {
  readonly #nodes = new Map<string, FsNode>([
    ['', { kind: 'dir' }],
    [DEST, { kind: 'dir' }],
  ]);
  /** Members unpacked so far, by normalized name, for hard links whose target is gone. */
  readonly #members = new Map<string, TarMember>();
  readonly #refusals: UnpackRefusal[] = [];
  /**
   * Member directories (as named in the archive) already resolved and created: most members
   * share a few directories, and what a directory resolves to can only change when a symlink
   * is added (files and directories land below it, never in its way), which empties this.
   */
  readonly #resolvedDirs = new Map<string, ModelPath>();

  /** `root`: the sdist's single top directory; links and names under it must stay under it. */
  constructor(private readonly root: string | undefined) {}

  /** Checks one member (the `index`th) as the data filter would, and unpacks it when it passes. */
  add(member: TarMember, index: number): void {
    // Absolute names and `..` segments are refused on their own (sdist-member-paths), and never unpacked here.
    if (describeUnsafePath(member.name) !== undefined) return;
    const segments = splitMemberPath(member.name);
    const name = segments.join('/');
    const scope = this.#scopeOf(segments);
    const isLink = member.type === 'symlink' || member.type === 'link';
    const refuse = (kind: UnpackRefusalKind, detail: string, link = isLink): void => {
      this.#refusals.push({ member: member.name, index, kind, detail, link });
    };
    // _get_filtered_attrs: the member's own path, resolved through what is already on disk
    // (its directory first, which os.makedirs then creates, then the last component).
    const last = segments.at(-1);
    if (last === undefined) return;
    const dirName = segments.slice(0, -1).join('/');
    const known = this.#resolvedDirs.get(dirName);
    const parent: Resolution = known === undefined ? this.#realpath([DEST, ...segments.slice(0, -1)]) : { ok: true, path: known };
    if (!parent.ok) return refuse('unresolvable', parent.why, false);
    if (this.#nodes.get(parent.path)?.kind === 'file') return refuse('unresolvable', `${show(parent.path)} is a file, used as a directory`, false);
    const target = this.#realpath([last], parent.path);
    if (!target.ok) return refuse('unresolvable', target.why, false);
    if (!within(target.path, DEST)) return refuse('outside-destination', `unpacks to ${show(target.path)} through a link`, false);
    if (!within(target.path, scope)) return refuse('outside-root', `unpacks to ${show(target.path)} through a link, outside ${this.root ?? ''}/`, false);
    if (SPECIAL.has(member.type)) return refuse('special-file', member.type === 'unknown' ? 'a member type tarfile does not know' : member.type, false);
    if (isLink) {
      const linkname = member.linkTarget ?? '';
      if (linkname.startsWith('/')) return refuse('absolute-link', `points at the absolute path ${linkname}`);
      const from = member.type === 'symlink' ? [DEST, ...posix.dirname(name).split('/'), ...linkname.split('/')] : [DEST, ...linkname.split('/')];
      const resolved = this.#realpath(from);
      if (!resolved.ok) return refuse('unresolvable', resolved.why);
      if (!within(resolved.path, DEST)) return refuse('link-outside', `resolves to ${show(resolved.path)}, outside the unpack directory`);
      if (!within(resolved.path, scope)) return refuse('outside-root', `resolves to ${show(resolved.path)}, outside ${this.root ?? ''}/`);
    }
    this.#unpack(member, segments, dirName, parent.path, refuse);
  }

  /**
   * The refusals, ending with links that, once every member is unpacked, resolve out of
   * their scope or cannot be resolved (a later member can change what an earlier link means).
   */
  finish(): UnpackRefusal[] {
    const refused = new Set(this.#refusals.map((r) => r.member));
    for (const [path, node] of this.#nodes) {
      if (node.kind !== 'symlink') continue;
      const segments = path.split('/');
      const resolved = this.#realpath(segments);
      const scope = this.#scopeOf(segments.slice(1));
      const member = segments.slice(1).join('/');
      if (refused.has(member)) continue;
      if (!resolved.ok) this.#refusals.push({ member, index: undefined, kind: 'unresolvable', detail: `once unpacked: ${resolved.why}`, link: true });
      else if (!within(resolved.path, scope)) {
        this.#refusals.push({
          member,
          index: undefined,
          kind: within(resolved.path, DEST) ? 'outside-root' : 'link-outside',
          detail: `once every member is unpacked, resolves to ${show(resolved.path)}`,
          link: true,
        });
      }
    }
    return [...this.#refusals];
  }

  #scopeOf(segments: readonly string[]): ModelPath {
    return this.root !== undefined && segments[0] === this.root ? child(DEST, this.root) : DEST;
  }

  /** TarFile._extract_member, for a member that passed the filter. */
  #unpack(member: TarMember, segments: readonly string[], dirName: string, parentPath: ModelPath, refuse: (kind: UnpackRefusalKind, detail: string) => void): void {
    const parent = this.#makeDirs(parentPath);
    if (parent !== undefined) this.#resolvedDirs.set(dirName, parent);
    const last = segments.at(-1);
    if (parent !== undefined && last !== undefined) this.#place(member, child(parent, last), refuse, 0);
    this.#members.set(segments.join('/'), member);
  }

  /** Puts `member` at `at` (its parent resolved), as makefile, makedir, makelink_with_filter do. */
  #place(member: TarMember, at: ModelPath, refuse: (kind: UnpackRefusalKind, detail: string) => void, depth: number): void {
    const existing = this.#nodes.get(at);
    if (member.type === 'directory') {
      if (existing === undefined) this.#nodes.set(at, { kind: 'dir' });
    } else if (REGULAR.has(member.type)) {
      // open(targetpath, 'wb') follows a symlink in the last place, even a dangling one.
      const found = existing?.kind === 'symlink' ? this.#lookup(at.split('/')) : { path: at, node: existing };
      if (found !== undefined && found.node?.kind !== 'dir') this.#nodes.set(found.path, { kind: 'file' });
    } else if (member.type === 'symlink') {
      // The filter stores the normalized link name (os.path.normpath) that os.symlink then writes;
      // os.unlink cannot remove a directory in the way, and the link is then not made.
      if (existing?.kind !== 'dir') {
        this.#nodes.set(at, { kind: 'symlink', target: posix.normalize(member.linkTarget ?? '') });
        this.#resolvedDirs.clear();
      }
    } else if (member.type === 'link' && depth < 8) {
      this.#placeHardLink(member, at, existing, refuse, depth);
    }
  }

  /**
   * makelink_with_filter for a hard link: os.link to what `linkname` names on disk (following
   * symlinks). When nothing is there, the archive member of that name before the link is
   * unpacked in its place; when there is none, tarfile raises KeyError. When os.link fails
   * (a directory), the same fallback runs, but a missing member is then only an ExtractError,
   * which extractall logs and skips.
   */
  #placeHardLink(member: TarMember, at: ModelPath, existing: FsNode | undefined, refuse: (kind: UnpackRefusalKind, detail: string) => void, depth: number): void {
    const linkname = member.linkTarget ?? '';
    const source = this.#lookup([DEST, ...linkname.split('/')]);
    const onDisk = source?.node;
    if (onDisk !== undefined && onDisk.kind !== 'dir' && existing?.kind !== 'dir') {
      this.#nodes.set(at, { kind: 'file' });
      return;
    }
    const linkFailed = onDisk !== undefined;
    // TarFile._find_link_target compares os.path.normpath of both names.
    const earlier = this.#members.get(splitMemberPath(posix.normalize(linkname)).join('/'));
    if (earlier === undefined) {
      if (!linkFailed) refuse('missing-link-target', `no member ${linkname} comes before it, so tarfile cannot unpack it`);
      return;
    }
    if (earlier.type === 'symlink') {
      // Unpacked here, the symlink's target is read from this directory: check it from here.
      const target = posix.normalize(earlier.linkTarget ?? '');
      const resolved = target.startsWith('/') ? undefined : this.#realpath([...parentOf(at).split('/'), ...target.split('/')]);
      if (resolved === undefined || !resolved.ok || !within(resolved.path, this.#scopeOf(at.split('/').slice(1)))) {
        refuse('relocated-link', `links to the symlink ${earlier.name} -> ${earlier.linkTarget ?? ''}, which, unpacked here, resolves ${resolved?.ok === true ? `to ${show(resolved.path)}` : 'nowhere'}`);
        return;
      }
    }
    this.#place(earlier, at, refuse, depth + 1);
  }

  /**
   * Where the operating system finds `path`, following every symlink (the last one too):
   * unlike realpath, a missing directory cannot be walked through, not even by `..`. Undefined
   * when the walk fails before the last component (missing, not a directory, or 40 links deep).
   */
  #lookup(parts: readonly string[]): { readonly path: ModelPath; readonly node: FsNode | undefined } | undefined {
    const rest = [...parts].reverse();
    const more = (): boolean => rest.some((part) => part !== '' && part !== '.');
    let path: ModelPath = '';
    let links = 0;
    while (rest.length > 0) {
      const name = rest.pop() as string;
      if (name === '' || name === '.') continue;
      if (name === '..') {
        path = parentOf(path);
        continue;
      }
      const next = child(path, name);
      const node = this.#nodes.get(next);
      if (node === undefined) return more() ? undefined : { path: next, node: undefined };
      if (node.kind === 'symlink') {
        links += 1;
        if (links > MAX_LINKS) return undefined;
        if (node.target.startsWith('/')) path = '';
        rest.push(...node.target.split('/').reverse());
        continue;
      }
      if (node.kind === 'file' && more()) return undefined;
      path = next;
    }
    return { path, node: this.#nodes.get(path) };
  }

  /** os.makedirs of a member's resolved parent: created where missing; undefined when a file is in the way. */
  #makeDirs(path: ModelPath): ModelPath | undefined {
    if (this.#nodes.get(path)?.kind === 'dir') return path;
    for (let end = path.indexOf('/'); ; end = path.indexOf('/', end + 1)) {
      const prefix = end < 0 ? path : path.slice(0, end);
      const node = this.#nodes.get(prefix);
      if (node === undefined) this.#nodes.set(prefix, { kind: 'dir' });
      else if (node.kind !== 'dir') return undefined;
      if (end < 0) return path;
    }
  }

  /**
   * posixpath.realpath(path, strict=ALLOW_MISSING) over the model: symlinks are followed
   * (targets relative to the link's directory, absolute ones from the root), a missing
   * component is kept as written and `..` after it is lexical, and a loop or a file in a
   * directory's place is an error, as with strict=True. Past {@link MAX_LINKS} links it is an
   * error too (realpath has no such limit, but Linux's path lookup does, so nothing could be
   * unpacked through such a path), which also bounds the work a hostile chain can cause.
   * `start` is an already resolved directory to walk `parts` from.
   */
  #realpath(parts: readonly string[], start: ModelPath = ''): Resolution {
    const MARK = Symbol('resolved');
    const rest: (string | symbol)[] = [...parts].reverse();
    let partCount = parts.length;
    let path: ModelPath = start;
    const seen = new Map<ModelPath, ModelPath | null>();
    let links = 0;
    while (partCount > 0) {
      const name = rest.pop();
      if (name === MARK) {
        seen.set(rest.pop() as string, path);
        continue;
      }
      if (typeof name !== 'string') break;
      partCount -= 1;
      if (name === '' || name === '.') continue;
      if (name === '..') {
        path = parentOf(path);
        continue;
      }
      const next = child(path, name);
      const node = this.#nodes.get(next);
      if (node === undefined) {
        path = next;
        continue;
      }
      if (node.kind !== 'symlink') {
        if (partCount > 0 && node.kind !== 'dir') return { ok: false, why: `${show(next)} is a file, used as a directory` };
        path = next;
        continue;
      }
      const cached = seen.get(next);
      if (cached !== undefined) {
        if (cached === null) return { ok: false, why: `the links loop at ${show(next)}` };
        path = cached;
        continue;
      }
      links += 1;
      if (links > MAX_LINKS) return { ok: false, why: `resolving it takes more than ${MAX_LINKS} links, which the system refuses to follow (ELOOP)` };
      seen.set(next, null);
      if (node.target.startsWith('/')) path = '';
      const targetParts = node.target.split('/');
      rest.push(next, MARK, ...[...targetParts].reverse());
      partCount += targetParts.length;
    }
    return { ok: true, path };
  }
}

function child(path: ModelPath, name: string): ModelPath {
  return path === '' ? name : `${path}/${name}`;
}

/** `..` from `path`: the root's parent is the root, as on POSIX. */
function parentOf(path: ModelPath): ModelPath {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function within(path: ModelPath, scope: ModelPath): boolean {
  return path === scope || path.startsWith(`${scope}/`);
}

/** A model path as the message shows it: relative to the unpack directory, `../x` when above it. */
function show(path: ModelPath): string {
  if (path === DEST) return 'the directory it is unpacked into';
  if (path.startsWith(`${DEST}/`)) return path.slice(DEST.length + 1);
  return path === '' ? '..' : `../${path}`;
}

/** Replays `members` in order and returns every refusal. */
export function checkTarUnpack(members: readonly TarMember[], root: string | undefined): UnpackRefusal[] {
  const model = new TarUnpackModel(root);
  members.forEach((member, index) => model.add(member, index));
  return model.finish();
}
