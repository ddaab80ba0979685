import { basename } from 'node:path';
import { assertReadableFile } from './assert-readable-file.js';
import type { CheckResult } from '../check-result.js';
import { failure, pass } from '../check-result.js';
import type { ArchiveLimits } from './archive-limits.js';
import { DEFAULT_ARCHIVE_LIMITS } from './archive-limits.js';
import { ArchiveLimitError, ArchiveReadError } from './archive-read-error.js';
import { overLimits } from './check-zip-entries.js';
import type { TarMember, TarMemberType } from './read-tar-members.js';
import { streamTarGz } from './read-tar-members.js';
import { checkSdistLayout, checkSdistMembers } from './sdist-checks.js';
import { splitMemberPath } from './member-path.js';

/** One tar member as its header declares it. */
export interface SdistMember {
  readonly name: string;
  readonly size: number;
  readonly type: TarMemberType;
  readonly linkTarget?: string;
}

export interface SdistInspection {
  readonly members: SdistMember[];
  /** The root directory actually found (the expected one when present). */
  readonly root?: string;
  readonly pkgInfoText?: string;
  readonly pyprojectText?: string;
  readonly checks: CheckResult[];
}

const KEPT = new Set(['PKG-INFO', 'pyproject.toml']);

/** `{root}/PKG-INFO` or `{root}/pyproject.toml` for any single-segment root. */
function isKeptText(name: string): boolean {
  const segments = splitMemberPath(name);
  return segments.length === 2 && KEPT.has(segments[1] ?? '');
}

/**
 * Inspects a .tar.gz sdist in one streaming pass, never extracting it: gunzip and tar parsing
 * in memory, limits enforced as bytes arrive, only PKG-INFO and pyproject.toml kept (capped).
 * `expected.root` is `{name}-{version}` from the file name. An unreadable or hostile archive
 * yields failing checks; only a missing file or a bug throws.
 */
export async function inspectSdist(
  path: string,
  expected: { root: string },
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<SdistInspection> {
  const file = basename(path);
  await assertReadableFile(path);
  const tarMembers: TarMember[] = [];
  const texts = new Map<string, string>();
  const members = (): SdistMember[] => [...tarMembers];
  try {
    await streamTarGz(path, limits, isKeptText, (member, text) => {
      if (text !== undefined && !texts.has(member.name)) texts.set(member.name, text);
      tarMembers.push(member);
    });
  } catch (error) {
    if (error instanceof ArchiveLimitError) {
      return { members: members(), checks: [overLimits(`The sdist breaks the limits: ${error.problem}`, 'sdist', file)] };
    }
    if (error instanceof ArchiveReadError) {
      return {
        members: members(),
        checks: [
          failure(
            'sdist-readable',
            `The sdist is not a readable .tar.gz: ${error.problem}.`,
            'Rebuild the sdist with `python -m build --sdist`; if it was downloaded as an artifact, download it again.',
            file,
          ),
        ],
      };
    }
    throw error;
  }
  const layout = checkSdistLayout(tarMembers, expected.root, file);
  const root = layout.root;
  const pkgInfoText = root === undefined ? undefined : texts.get(`${root}/PKG-INFO`);
  const pyprojectText = root === undefined ? undefined : texts.get(`${root}/pyproject.toml`);
  return {
    members: members(),
    checks: [
      pass('sdist-readable', `The sdist is a readable .tar.gz with ${tarMembers.length} members.`, file),
      pass('sdist-archive-limits', 'The sdist stays within the size, ratio and member-count limits.', file),
      ...checkSdistMembers(tarMembers, root ?? expected.root, file),
      ...layout.checks,
    ],
    ...(root === undefined ? {} : { root }),
    ...(pkgInfoText === undefined ? {} : { pkgInfoText }),
    ...(pyprojectText === undefined ? {} : { pyprojectText }),
  };
}
