import { posix } from 'node:path';
import type { CheckResult } from '../check-result.js';
import { failure, pass } from '../check-result.js';
import { describeUnsafePath, splitMemberPath } from './member-path.js';
import type { TarMember } from './read-tar-members.js';

const MAX_LISTED = 5;

function listSome(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

const REBUILD = 'Do not upload this file: rebuild the sdist with `python -m build --sdist` from a clean checkout.';

/**
 * Where a link points, as an archive path, or undefined when it leaves the archive.
 * Symlink targets are relative to the link's directory; hard link targets are archive paths.
 */
function resolveLink(member: TarMember): string | undefined {
  const target = member.linkTarget ?? '';
  if (target.startsWith('/') || target.includes('\\')) return undefined;
  const joined = member.type === 'symlink' ? posix.join(posix.dirname(member.name), target) : posix.normalize(target);
  return joined === '..' || joined.startsWith('../') ? undefined : joined;
}

/** Member paths, links and file types: an sdist must unpack inside its own root and nowhere else. */
export function checkSdistMembers(members: readonly TarMember[], root: string, file: string): CheckResult[] {
  const unsafe = members.flatMap((m) => {
    const reason = describeUnsafePath(m.name);
    return reason === undefined ? [] : [`'${m.name}' (${reason})`];
  });
  const escaping = members
    .filter((m) => m.type === 'symlink' || m.type === 'link')
    .filter((m) => {
      const resolved = resolveLink(m);
      return resolved === undefined || splitMemberPath(resolved)[0] !== root;
    })
    .map((m) => `${m.name} -> ${m.linkTarget ?? ''}`);
  const special = members
    .filter((m) => m.type === 'character-device' || m.type === 'block-device' || m.type === 'fifo')
    .map((m) => `${m.name} (${m.type})`);
  return [
    unsafe.length > 0
      ? failure('sdist-member-paths', `${unsafe.length} member name(s) would unpack outside the build directory: ${listSome(unsafe)}.`, REBUILD, file)
      : pass('sdist-member-paths', 'Every member name is a safe relative path.', file),
    escaping.length > 0
      ? failure(
          'sdist-links',
          `${escaping.length} link(s) point outside ${root}/: ${listSome(escaping)}; unpacking follows them (tarfile's "data" filter refuses them, PEP 706).`,
          `${REBUILD} Exclude the link, or make it point inside the project.`,
          file,
        )
      : pass('sdist-links', `Every link stays inside ${root}/.`, file),
    special.length > 0
      ? failure('sdist-special-files', `The sdist holds device or FIFO members: ${listSome(special)}.`, REBUILD, file)
      : pass('sdist-special-files', 'Only files, directories and links.', file),
  ];
}

/** PEP 625 / PEP 517: one `{name}-{version}/` root holding PKG-INFO and pyproject.toml. */
export function checkSdistLayout(
  members: readonly TarMember[],
  expectedRoot: string,
  file: string,
): { checks: CheckResult[]; root?: string } {
  const roots = new Set<string>();
  const atTop: string[] = [];
  for (const m of members) {
    const segments = splitMemberPath(m.name);
    const [first] = segments;
    if (first === undefined) continue;
    if (segments.length === 1 && m.type !== 'directory') atTop.push(m.name);
    else roots.add(first);
  }
  const found = [...roots];
  const root = roots.has(expectedRoot) ? expectedRoot : found.length === 1 ? found[0] : undefined;
  const checks: CheckResult[] = [];
  if (roots.size === 1 && roots.has(expectedRoot) && atTop.length === 0) {
    checks.push(pass('sdist-single-root', `Every member is under ${expectedRoot}/.`, file));
  } else {
    const seen = [...found.map((r) => `${r}/`), ...atTop];
    checks.push(
      failure(
        'sdist-single-root',
        `An sdist must hold a single ${expectedRoot}/ directory (PEP 625), but it holds ${seen.length === 0 ? 'nothing' : listSome(seen)}.`,
        'Build the sdist with `python -m build --sdist`; the file name and the root directory must both be {name}-{version}.',
        file,
      ),
    );
  }
  const names = new Set(members.filter((m) => m.type === 'file').map((m) => m.name));
  const dir = root ?? expectedRoot;
  checks.push(
    names.has(`${dir}/PKG-INFO`)
      ? pass('sdist-pkg-info', `${dir}/PKG-INFO is present.`, file)
      : failure('sdist-pkg-info', `${dir}/PKG-INFO is missing: PyPI reads the release's metadata from it.`, 'Build the sdist with `python -m build --sdist` rather than a hand-made archive.', file),
    names.has(`${dir}/pyproject.toml`)
      ? pass('sdist-pyproject', `${dir}/pyproject.toml is present.`, file)
      : failure(
          'sdist-pyproject',
          `${dir}/pyproject.toml is missing: PEP 517 frontends (pip, build, uv) need it to know how to build this sdist, and PEP 625 sdists are built from it.`,
          'Add a pyproject.toml with a [build-system] table, and include it in the sdist (most backends do by default).',
          file,
        ),
  );
  return root === undefined ? { checks } : { checks, root };
}
