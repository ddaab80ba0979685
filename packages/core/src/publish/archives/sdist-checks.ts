import type { CheckResult } from '../check-result.js';
import { failure, pass } from '../check-result.js';
import { describeUnsafePath, splitMemberPath } from './member-path.js';
import type { TarMember } from './read-tar-members.js';
import { checkTarUnpack } from './tar-data-filter.js';

const MAX_LISTED = 5;

function listSome(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

const REBUILD = 'Do not upload this file: rebuild the sdist with `python -m build --sdist` from a clean checkout.';

/**
 * Member paths, links and file types: an sdist must unpack inside its own root and nowhere
 * else. Links are resolved as CPython's `tarfile` data filter resolves them (PEP 706), member
 * by member against what the members before left on disk, so a chain of links that are each
 * harmless on their own is refused where it leaves the root (see tar-data-filter.ts).
 */
export function checkSdistMembers(members: readonly TarMember[], root: string, file: string): CheckResult[] {
  const unsafe = members.flatMap((m) => {
    const reason = describeUnsafePath(m.name);
    return reason === undefined ? [] : [`'${m.name}' (${reason})`];
  });
  const refusals = checkTarUnpack(members, root);
  const byName = new Map(members.map((m) => [splitMemberPath(m.name).join('/'), m]));
  const linkOf = (name: string): string => byName.get(splitMemberPath(name).join('/'))?.linkTarget ?? '';
  const throughLinks = refusals.filter((r) => !r.link && r.kind !== 'special-file').map((r) => `'${r.member}' (${r.detail})`);
  const backslashed = members
    .filter((m) => (m.type === 'symlink' || m.type === 'link') && (m.linkTarget ?? '').includes('\\'))
    .map((m) => `${m.name} -> ${m.linkTarget ?? ''} (a backslash, which Windows reads as a directory separator)`);
  const badLinks = [...refusals.filter((r) => r.link).map((r) => `${r.member} -> ${linkOf(r.member)} (${r.detail})`), ...backslashed];
  const special = refusals.filter((r) => r.kind === 'special-file').map((r) => `${r.member} (${r.detail})`);
  const badPaths = [...unsafe, ...throughLinks];
  return [
    badPaths.length > 0
      ? failure('sdist-member-paths', `${badPaths.length} member name(s) would unpack outside the build directory: ${listSome(badPaths)}.`, REBUILD, file)
      : pass('sdist-member-paths', 'Every member name is a safe relative path.', file),
    badLinks.length > 0
      ? failure(
          'sdist-links',
          `${badLinks.length} link(s) point outside ${root}/ or cannot be unpacked: ${listSome(badLinks)}. Python's tarfile "data" filter (PEP 706) refuses such links, and an unpacker without it follows them.`,
          `${REBUILD} Exclude the link, or make it point inside the project.`,
          file,
        )
      : pass('sdist-links', `Every link stays inside ${root}/, followed link by link as tarfile's data filter does.`, file),
    special.length > 0
      ? failure('sdist-special-files', `The sdist holds members that are not files, directories or links: ${listSome(special)}; tarfile's "data" filter refuses them.`, REBUILD, file)
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
