import { createHash, hash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { close, fstat, open } from 'node:fs';
import { promisify } from 'node:util';
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import type { ZipFile } from 'yauzl';
import { MAX_TEXT_BYTES } from './archive-limits.js';
import { toArchiveReadError } from './archive-read-error.js';
import { CappedText } from './capped-text.js';
import { freeBuffer, unpooledSize } from './free-buffer.js';
import { WindowedFileReader } from './windowed-file-reader.js';

/**
 * One central directory record: its name decoded but not yet trusted, and the fields the
 * checks use. Copied out of yauzl's Entry (which holds six buffers and twenty-odd fields) so
 * that listing 100,000 members stays small.
 */
export interface ZipEntry {
  readonly name: string;
  /** The name's bytes as stored, one char per byte (latin1), to compare with the local header. */
  readonly rawName: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  readonly compressionMethod: number;
  readonly encrypted: boolean;
  readonly localHeaderOffset: number;
}

/** What streaming one member found. */
export interface StreamedMember {
  readonly name: string;
  /** Digest with the requested algorithm, of exactly the inflated bytes, in RECORD's encoding (urlsafe base64, no padding). */
  readonly digest?: string;
  /** CRC-32 of the inflated bytes equals the one the central directory declares. */
  readonly crcMatches: boolean;
  /** The local file header names the member (and compression method) as the central directory does. */
  readonly localHeaderAgrees: boolean;
  readonly text?: string;
  readonly textTruncated?: boolean;
}

export interface MemberRequest {
  readonly zipEntry: ZipEntry;
  /** node:crypto algorithm to hash the inflated bytes with, if any. */
  readonly hashAlgorithm?: string;
  /** Keep the (capped) text of this member. */
  readonly keepText?: boolean;
  /** Cap for the kept text; default {@link MAX_TEXT_BYTES}. */
  readonly maxTextBytes?: number;
}

const openFd = promisify(open);
const fstatFd = promisify(fstat);
const closeFd = promisify(close);

/** An open zip: yauzl's view of it, and the reader underneath for the small-member fast path. */
export interface OpenZip {
  readonly zip: ZipFile;
  readonly reader: WindowedFileReader;
}

/**
 * Opens a zip by its central directory. yauzl (thejoshwolfe/yauzl) reads the central
 * directory rather than trusting local headers, never writes to disk, and fails a stream that
 * inflates to more or fewer bytes than the entry declares (`validateEntrySizes`), which lets
 * the caller trust `uncompressedSize` against zip bombs. Names are decoded here
 * (`decodeStrings: false`) so that a bad name becomes a finding, not an error that stops reading.
 */
export async function openZip(path: string): Promise<OpenZip> {
  // A plain descriptor, not a FileHandle: yauzl closes it through the reader, and a FileHandle
  // closed behind its back would close a reused descriptor number when garbage-collected.
  const fd = await openFd(path, 'r');
  const { size } = await fstatFd(fd);
  const reader = new WindowedFileReader(fd, size);
  try {
    const zip = await yauzl.fromRandomAccessReaderPromise(reader, size, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
    });
    return { zip, reader };
  } catch (error) {
    await closeFd(fd);
    throw toArchiveReadError(path, error, 'not a readable zip archive');
  }
}

/** Reads every central directory record (no member data). */
export async function listZipEntries(path: string, { zip }: OpenZip, maxMembers: number): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      // strictFileNames: keep backslashes as they are, so that they can be reported.
      entries.push({
        name: yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true),
        rawName: entry.fileNameRaw.toString('latin1'),
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        crc32: entry.crc32,
        compressionMethod: entry.compressionMethod,
        encrypted: entry.isEncrypted(),
        localHeaderOffset: entry.relativeOffsetOfLocalHeader,
      });
      if (entries.length > maxMembers) break;
    }
  } catch (error) {
    throw toArchiveReadError(path, error, 'the central directory is corrupt');
  }
  return entries;
}

/**
 * Inflates the requested members, `concurrency` at a time (zlib runs on libuv's thread pool,
 * so several members inflate in parallel while this thread hashes), and hands each result to
 * `onMember` as it completes. Throws {@link ArchiveReadError} on the first member that cannot
 * be read, after the members in flight have settled.
 */
export async function streamZipMembers(
  path: string,
  zip: OpenZip,
  requests: Iterable<MemberRequest>,
  onMember: (member: StreamedMember, request: MemberRequest) => void,
  concurrency = 8,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let firstError: Error | undefined;
  for (const request of requests) {
    if (firstError !== undefined) break;
    const task: Promise<void> = streamMember(path, zip, request)
      .then((member) => onMember(member, request))
      .catch((error: unknown) => {
        firstError ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (firstError !== undefined) throw firstError;
}

/**
 * Members up to this size are read from the reader's window and inflated in one zlib call;
 * larger ones stream through yauzl, inflating on the thread pool. This bounds the memory of
 * one member in flight to about 2 × 2 MiB.
 */
const IN_MEMORY_MAX = 2 * 1024 * 1024;

/** Bytes inflated by {@link inflateExactly}: call `release()` once they are no longer read. */
interface Inflated {
  readonly bytes: Buffer;
  release(): void;
}

/**
 * Inflates a small member in one synchronous zlib call. Node's asynchronous one-shot inflate
 * costs a stream object, a zlib context and a thread-pool round trip per call (about 100 µs
 * each, sequentially): on 20,000 small members that overhead exceeded the inflating itself.
 */
function inflateExactly(raw: Buffer, size: number): Inflated {
  // maxOutputLength stops zlib as soon as the data inflates past what the entry declares.
  // A chunkSize over `size` gives the output in one buffer: with 16 KiB pieces node
  // concatenates them at the end, and with exactly `size` it allocates a second, unused
  // buffer. Not from Buffer's shared pool, so that `release()` can free it (free-buffer.ts).
  const chunkSize = unpooledSize(Math.max(64, size + 1));
  const bytes = inflateRawSync(raw, { maxOutputLength: Math.max(1, size), chunkSize });
  const release = (): void => freeBuffer(bytes, chunkSize);
  if (bytes.length !== size) {
    release();
    throw new Error(`inflated to ${bytes.length} bytes, but the zip declares ${size}`);
  }
  return { bytes, release };
}

async function streamMember(path: string, { zip, reader }: OpenZip, request: MemberRequest): Promise<StreamedMember> {
  const entry = request.zipEntry;
  const { name } = entry;
  if (entry.encrypted) throw toArchiveReadError(path, new Error('the member is encrypted'), `cannot read ${name}`);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw toArchiveReadError(
      path,
      new Error(`compression method ${entry.compressionMethod} is neither stored (0) nor deflate (8)`),
      `cannot read ${name}`,
    );
  }
  const algorithm = request.hashAlgorithm;
  const text = request.keepText ? new CappedText(request.maxTextBytes ?? MAX_TEXT_BYTES) : undefined;
  let crc = 0;
  let digest: string | undefined;
  let localHeaderAgrees: boolean;
  try {
    // One read gives both the data offset and the local header's own copy of the name:
    // readers that trust local headers (streaming unzippers) would see that name instead.
    // readLocalFileHeader reads only these two fields of the Entry it is given.
    const located = Object.assign(new yauzl.Entry(), { relativeOffsetOfLocalHeader: entry.localHeaderOffset, compressedSize: entry.compressedSize });
    const header = await zip.readLocalFileHeaderPromise(located, { minimal: false });
    localHeaderAgrees = header.fileName.toString('latin1') === entry.rawName && header.compressionMethod === entry.compressionMethod;
    if (entry.uncompressedSize <= IN_MEMORY_MAX && entry.compressedSize <= IN_MEMORY_MAX) {
      const raw = await reader.slice(header.fileDataStart, header.fileDataStart + entry.compressedSize);
      try {
        const data = entry.compressionMethod === 8 ? inflateExactly(raw.bytes, entry.uncompressedSize) : raw;
        try {
          // One-shot hash: no Hash object (and its native context, freed only by a later GC) per member.
          if (algorithm !== undefined) digest = hash(algorithm, data.bytes, 'base64url');
          crc = crc32(data.bytes);
          // CappedText copies what it keeps: nothing refers to the inflated bytes after this.
          text?.push(data.bytes);
        } finally {
          if (data !== raw) data.release();
        }
      } finally {
        raw.release();
      }
    } else {
      const hasher = algorithm === undefined ? undefined : createHash(algorithm);
      const stream = await openDataStream(zip, header.fileDataStart, entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hasher?.update(chunk);
        crc = crc32(chunk, crc);
        text?.push(chunk);
      }
      digest = hasher?.digest('base64url');
    }
  } catch (error) {
    throw toArchiveReadError(path, error, `cannot read ${name}`);
  }
  return {
    name,
    crcMatches: crc >>> 0 === entry.crc32 >>> 0,
    localHeaderAgrees,
    ...(digest === undefined ? {} : { digest }),
    ...(text ? { text: text.text(), textTruncated: text.truncated } : {}),
  };
}

/**
 * `openReadStreamLowLevel` as a promise. Not yauzl's own `openReadStreamLowLevelPromise`:
 * in yauzl 3.4.0 it calls `openReadStream` with the low-level arguments and fails with
 * "entry.isEncrypted is not a function".
 */
function openDataStream(zip: ZipFile, fileDataStart: number, entry: ZipEntry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStreamLowLevel(
      fileDataStart,
      entry.compressedSize,
      0,
      entry.compressedSize,
      entry.compressionMethod === 8,
      entry.uncompressedSize,
      (error, stream) => (error ? reject(error) : resolve(stream)),
    );
  });
}
