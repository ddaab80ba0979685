import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import type { ArchiveLimits } from './archive-limits.js';
import { RATIO_CHECKED_FROM, describeMemberOverLimits, formatBytes } from './archive-limits.js';
import { ArchiveLimitError, toArchiveReadError } from './archive-read-error.js';
import { CappedText } from './capped-text.js';

/** tar-stream's member types; `unknown` for a type flag it does not know (GNU sparse, volume headers, ...). */
export type TarMemberType = NonNullable<tar.Header['type']> | 'unknown';

/** One tar member's header (its data is read and dropped, unless its text was asked for). */
export interface TarMember {
  readonly name: string;
  readonly type: TarMemberType;
  readonly size: number;
  /** Target of a symlink (relative to the link's directory) or hard link (an archive path). */
  readonly linkTarget?: string;
}

/** Counts the bytes that pass and calls `check` with the running total; an Error from it stops the pipeline. */
function countingStream(check: (total: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      total += chunk.length;
      try {
        check(total);
      } catch (error) {
        callback(error as Error);
        return;
      }
      callback(null, chunk);
    },
  });
}

/**
 * Streams a .tar.gz through node:zlib's gunzip into tar-stream (mafintosh/tar-stream: a
 * pure parser that never touches the file system, handling ustar, pax and GNU long names),
 * calling `onMember` per member. Gzip has no central directory, so the limits are enforced on
 * the fly: on the running uncompressed total and ratio, and on each header's declared size.
 * `wantText(name)` chooses members whose (capped) text is kept.
 */
export async function streamTarGz(
  path: string,
  limits: ArchiveLimits,
  wantText: (name: string) => boolean,
  onMember: (member: TarMember, text: string | undefined) => void,
): Promise<void> {
  let compressed = 0;
  const countCompressed = countingStream((total) => {
    compressed = total;
  });
  const countInflated = countingStream((total) => {
    if (total > limits.maxTotalUncompressed) {
      throw new ArchiveLimitError(path, `the tar stream inflates to more than ${formatBytes(limits.maxTotalUncompressed)}`);
    }
    if (total > RATIO_CHECKED_FROM && total > compressed * limits.maxStreamCompressionRatio) {
      throw new ArchiveLimitError(
        path,
        `${formatBytes(compressed)} of gzip inflated to ${formatBytes(total)}, over the ${limits.maxStreamCompressionRatio}:1 ratio limit`,
      );
    }
  });
  const extract = tar.extract();
  const piped = pipeline(createReadStream(path, { highWaterMark: 64 * 1024 }), countCompressed, createGunzip(), countInflated, extract);
  // Both sides fail together on a bad stream; keep the pipeline's error, the more precise one.
  const pipedResult = piped.then(
    () => undefined,
    (error: unknown) => error,
  );
  let count = 0;
  let inCallback = false;
  try {
    for await (const entry of extract) {
      const { header } = entry;
      const name = header.name;
      const type: TarMemberType = header.type ?? 'unknown';
      const size = header.size ?? 0;
      count += 1;
      if (count > limits.maxMembers) throw new ArchiveLimitError(path, `the archive has more than ${limits.maxMembers} members`);
      const problem = describeMemberOverLimits(size, size, limits);
      if (problem !== undefined) throw new ArchiveLimitError(path, `member ${name}: ${problem}`);
      let text: CappedText | undefined;
      if (type === 'file' && wantText(name)) {
        text = new CappedText();
        for await (const chunk of entry as AsyncIterable<Buffer>) text.push(chunk);
      } else {
        entry.resume();
      }
      inCallback = true;
      onMember({
        name,
        type,
        size,
        ...(header.linkname ? { linkTarget: header.linkname } : {}),
      }, text?.text());
      inCallback = false;
    }
  } catch (error) {
    extract.destroy();
    const pipeError = await pipedResult;
    if (inCallback || error instanceof ArchiveLimitError) throw error;
    if (pipeError instanceof ArchiveLimitError) throw pipeError;
    throw toArchiveReadError(path, pipeError ?? error, 'not a readable .tar.gz');
  }
  const pipeError = await pipedResult;
  if (pipeError instanceof ArchiveLimitError) throw pipeError;
  if (pipeError !== undefined) throw toArchiveReadError(path, pipeError, 'not a readable .tar.gz');
}
