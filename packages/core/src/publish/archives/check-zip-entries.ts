import type { CheckResult } from '../check-result.js';
import { failure, pass } from '../check-result.js';
import type { ArchiveLimits } from './archive-limits.js';
import { describeMemberOverLimits, formatBytes } from './archive-limits.js';
import { describeUnsafePath } from './member-path.js';
import type { ZipEntry } from './read-zip-members.js';

const LIMITS_FIX =
  'Do not upload this file: rebuild the distribution from a clean checkout. A member that compresses past 1000:1 is one byte repeated, not package content: generate such data at run time instead of shipping it.';

/** The failing limits check when the archive declares more members than allowed. */
export function overMemberCount(count: number, limits: ArchiveLimits, kind: 'wheel' | 'sdist', file: string): CheckResult {
  return failure(
    `${kind}-archive-limits`,
    `The archive has more than ${limits.maxMembers} members (${count} declared); reading stopped.`,
    LIMITS_FIX,
    file,
  );
}

/** The failing limits check for a member or total that is too large; reading stops there. */
export function overLimits(problem: string, kind: 'wheel' | 'sdist', file: string): CheckResult {
  return failure(`${kind}-archive-limits`, `${problem}; reading stopped before inflating it.`, LIMITS_FIX, file);
}

/**
 * Checks what the central directory declares, before any member is inflated: sizes against
 * the limits (a zip bomb is refused here, at no cost), and names against zip slip.
 */
export function checkZipEntries(
  entries: readonly ZipEntry[],
  limits: ArchiveLimits,
  kind: 'wheel' | 'sdist',
  file: string,
): { checks: CheckResult[]; overLimits: boolean } {
  let total = 0;
  for (const { name, uncompressedSize, compressedSize } of entries) {
    const problem = describeMemberOverLimits(uncompressedSize, compressedSize, limits);
    if (problem !== undefined) return { checks: [overLimits(`Member ${name}: ${problem}`, kind, file)], overLimits: true };
    total += uncompressedSize;
    if (total > limits.maxTotalUncompressed) {
      const message = `The members add up to more than ${formatBytes(limits.maxTotalUncompressed)} uncompressed (limit reached at ${name})`;
      return { checks: [overLimits(message, kind, file)], overLimits: true };
    }
  }
  const checks: CheckResult[] = [
    pass(`${kind}-archive-limits`, `${entries.length} members, ${formatBytes(total)} uncompressed: within the limits.`, file),
  ];
  const unsafe = entries.flatMap(({ name }) => {
    const reason = describeUnsafePath(name);
    return reason === undefined ? [] : [`'${name}' (${reason})`];
  });
  checks.push(
    unsafe.length > 0
      ? failure(
          `${kind}-member-paths`,
          `${unsafe.length} member name(s) would be written outside the install directory: ${unsafe.slice(0, 5).join(', ')}${unsafe.length > 5 ? ', ...' : ''}.`,
          'Do not upload this file: rebuild it with a PEP 517 build backend; member names must be relative, use "/", and have no ".." segment.',
          file,
        )
      : pass(`${kind}-member-paths`, 'Every member name is a safe relative path.', file),
  );
  return { checks, overLimits: false };
}
