import { readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { FileError } from '../errors.js';
import type { ResolvedPath } from './repository-path.js';
import { resolveRepositoryPath } from './repository-path.js';

/**
 * Every text file the actions read and may rewrite (pyproject.toml, setup.cfg, CHANGELOG.md, …)
 * goes through here: UTF-8 only, decoded strictly. A byte that is not UTF-8 (a latin-1 comment, a
 * UTF-16 file with its byte order mark, a binary file) or a NUL byte fails with the file's name and
 * the byte's offset, before anything is written, so its bytes are never replaced by U+FFFD and
 * written back. A UTF-8 byte order mark is kept in the text (as U+FEFF), and line endings are
 * untouched, so writers that preserve them keep doing so. Messages never quote the file's content.
 */

/**
 * A file's text, or undefined when it does not exist; any other failure is thrown.
 * @param shown The name for messages (the path as the input gave it); default `path`.
 * @throws FileError naming the file and the byte offset when it is not UTF-8 text.
 */
export async function readTextIfExists(path: string, shown = path): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return decodeUtf8Text(bytes, shown);
}

/**
 * Decodes a file's bytes as UTF-8 text, strictly.
 * @throws FileError naming the file and the offset of the first byte that is not UTF-8, or of a NUL byte.
 */
export function decodeUtf8Text(bytes: Buffer, shown: string): string {
  if (!isUtf8(bytes)) throw new FileError(shown, describeInvalidByte(bytes, firstInvalidUtf8(bytes)));
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new FileError(shown, `the byte at offset ${nul} is NUL: this is a binary file, not text; the file was left as it is.`);
  // Buffer#toString keeps a leading BOM as U+FEFF: writers put it back where it was.
  return bytes.toString('utf8');
}

function describeInvalidByte(bytes: Buffer, offset: number): string {
  const hex = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  if (offset === 0 && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return `it starts with a UTF-16 byte order mark (${hex}), but it must be UTF-8; the file was left as it is (save it as UTF-8).`;
  }
  return `the byte at offset ${offset} (${hex}) is not UTF-8; the file was left as it is (save it as UTF-8).`;
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF). Only called once `isUtf8` said no.
 */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The sequence length and the allowed range of its second byte (RFC 3629, section 4).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next < min || next > max) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** A file named by an input: where it really is, and its text (undefined when it does not exist yet). */
export interface RepositoryFile {
  readonly path: ResolvedPath;
  readonly content: string | undefined;
}

/**
 * Reads the file an input names (`version-files`, `changelog`, `path`), by the rules of
 * `resolveRepositoryPath` (inside the workspace, outside `.git`, a file and not a folder) and
 * strictly as UTF-8.
 * @throws InputError naming the input for a path that breaks those rules; FileError for text that is not UTF-8.
 */
export async function readRepositoryFile(workspace: string, input: string, path: string): Promise<RepositoryFile> {
  const resolved = await resolveRepositoryPath(workspace, input, path, 'file');
  const content = resolved.found === 'missing' ? undefined : await readTextIfExists(resolved.real, path);
  return { path: resolved, content };
}
