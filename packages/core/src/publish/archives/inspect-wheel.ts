import { basename } from 'node:path';
import { assertReadableFile } from './assert-readable-file.js';
import type { CheckResult } from '../check-result.js';
import { failure } from '../check-result.js';
import type { ArchiveLimits } from './archive-limits.js';
import { DEFAULT_ARCHIVE_LIMITS, formatBytes } from './archive-limits.js';
import { ArchiveReadError } from './archive-read-error.js';
import { checkZipEntries, overMemberCount } from './check-zip-entries.js';
import { listZipEntries, openZip, streamZipMembers } from './read-zip-members.js';
import type { MemberRequest, OpenZip, ZipEntry } from './read-zip-members.js';
import { checkWheelFile } from './wheel-file-checks.js';
import { checkWheelLayout } from './wheel-layout-checks.js';
import { findDistInfo } from './wheel-dist-info.js';
import { RecordVerifier } from './verify-record.js';
import { IntegrityTally } from './zip-integrity.js';
import { appendAll } from '../../collections/append-all.js';

export type { ArchiveLimits } from './archive-limits.js';
export { DEFAULT_ARCHIVE_LIMITS } from './archive-limits.js';

/** One member as the central directory declares it (sizes in bytes). */
export interface ArchiveMember {
  readonly name: string;
  readonly size: number;
  readonly compressedSize: number;
}

export interface WheelInspection {
  readonly members: ArchiveMember[];
  readonly metadataText?: string;
  readonly wheelText?: string;
  readonly recordText?: string;
  /** The `.dist-info` directory as spelled in the wheel, e.g. `my_pkg-1.0.dist-info`. */
  readonly distInfoDir?: string;
  readonly checks: CheckResult[];
}

/**
 * Members in flight at once: their local-header reads overlap, and members over 2 MiB inflate
 * on libuv's pool while this thread hashes others (small ones inflate synchronously).
 */
const CONCURRENCY = 8;

/** RECORD gets a larger cap than the other texts: 100,000 members of ~150 bytes per line fit. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/**
 * Inspects a built wheel without extracting it: reads the central directory, checks every
 * declared size against `limits` before inflating anything, then inflates every member once,
 * in memory, hashing it against RECORD and checking its CRC-32. Only METADATA, WHEEL and
 * RECORD are kept (capped). An unreadable or hostile archive yields failing checks; only
 * a missing file or a bug throws.
 *
 * `expected.name` is the distribution name from the file name (normalized), `expected.version`
 * its version: the `.dist-info` directory must match them.
 */
export async function inspectWheel(
  path: string,
  expected: { name: string; version: string },
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<WheelInspection> {
  const file = basename(path);
  await assertReadableFile(path);
  let zip: OpenZip;
  try {
    zip = await openZip(path);
  } catch (error) {
    if (error instanceof ArchiveReadError) return { members: [], checks: [unreadable(error, file)] };
    throw error;
  }
  try {
    return await inspectOpenWheel(path, zip, expected, limits);
  } finally {
    zip.zip.close();
  }
}

async function inspectOpenWheel(
  path: string,
  zip: OpenZip,
  expected: { name: string; version: string },
  limits: ArchiveLimits,
): Promise<WheelInspection> {
  const file = basename(path);
  let entries: ZipEntry[] = [];
  let members: ArchiveMember[] = [];
  const checks: CheckResult[] = [];
  try {
    if (zip.zip.entryCount > limits.maxMembers) {
      return { members, checks: [overMemberCount(zip.zip.entryCount, limits, 'wheel', file)] };
    }
    entries = await listZipEntries(path, zip, limits.maxMembers);
    members = entries.map(({ name, uncompressedSize, compressedSize }) => ({ name, size: uncompressedSize, compressedSize }));
    const declared = checkZipEntries(entries, limits, 'wheel', file);
    appendAll(checks, declared.checks);
    if (declared.overLimits) return { members, checks };
    appendAll(checks, checkWheelLayout(entries.map((e) => e.name), file));

    const distInfo = findDistInfo(entries.map((e) => e.name), expected, file);
    checks.push(distInfo.check);
    const dir = distInfo.dir;
    const recordName = dir === undefined ? undefined : `${dir}/RECORD`;
    const recordEntry = recordName === undefined ? undefined : entries.find((e) => e.name === recordName);
    let recordText: string | undefined;
    if (recordEntry) {
      await streamZipMembers(path, zip, [{ zipEntry: recordEntry, keepText: true, maxTextBytes: MAX_RECORD_BYTES }], (member) => {
        recordText = member.text;
        if (member.textTruncated) throw new ArchiveReadError(path, `${recordName} is over ${formatBytes(MAX_RECORD_BYTES)}`);
      });
    }
    const verifier = dir === undefined ? undefined : new RecordVerifier(dir, recordText, file);
    const texts = new Map<string, string>();
    const wanted = dir === undefined ? new Set<string>() : new Set([`${dir}/METADATA`, `${dir}/WHEEL`]);
    const integrity = new IntegrityTally();
    integrity.addStructure(entries);
    if (recordEntry) integrity.addMember(recordEntry.name, true, true);

    const requests = function* (): Generator<MemberRequest> {
      for (const zipEntry of entries) {
        if (zipEntry === recordEntry || zipEntry.name.endsWith('/')) continue;
        yield { zipEntry, hashAlgorithm: verifier?.algorithmFor(zipEntry.name) ?? 'sha256', keepText: wanted.has(zipEntry.name) };
      }
    };
    await streamZipMembers(
      path,
      zip,
      requests(),
      (member, request) => {
        integrity.addMember(member.name, member.crcMatches, member.localHeaderAgrees);
        if (member.text !== undefined && !texts.has(member.name)) texts.set(member.name, member.text);
        verifier?.addMember(member.name, member.digest, request.zipEntry.uncompressedSize);
      },
      CONCURRENCY,
    );
    appendAll(checks, integrity.checks(file));
    const metadataText = dir === undefined ? undefined : texts.get(`${dir}/METADATA`);
    const wheelText = dir === undefined ? undefined : texts.get(`${dir}/WHEEL`);
    if (dir !== undefined && verifier) {
      checks.push(checkWheelFile(wheelText, `${dir}/WHEEL`, file));
      appendAll(checks, verifier.checks(entries.map((e) => e.name)));
    }
    return {
      members,
      checks,
      ...(dir === undefined ? {} : { distInfoDir: dir }),
      ...(metadataText === undefined ? {} : { metadataText }),
      ...(wheelText === undefined ? {} : { wheelText }),
      ...(recordText === undefined ? {} : { recordText }),
    };
  } catch (error) {
    if (error instanceof ArchiveReadError) return { members, checks: [...checks, unreadable(error, file)] };
    throw error;
  }
}

function unreadable(error: ArchiveReadError, file: string): CheckResult {
  return failure(
    'wheel-zip-readable',
    `The wheel is not a readable zip archive: ${error.problem}.`,
    'Rebuild the wheel; if it was downloaded as an artifact, download it again (the file is truncated or corrupt).',
    file,
  );
}
