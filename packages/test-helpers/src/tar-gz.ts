import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';

/** One member of a generated archive: written in order, with the exact name and link name given. */
export interface TarEntry {
  readonly name: string;
  readonly type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'block-device' | 'fifo';
  /** Symlink target (relative to the link's directory) or hard link target (an archive path). */
  readonly linkname?: string;
  readonly data?: string;
}

/**
 * Writes a .tar.gz member by member with tar-stream (ustar/pax, as GNU tar and Python's
 * tarfile read them). Unlike `tar -c` on a real tree, it can write names that pass through
 * earlier links (`a/b` after `a -> .`), which a hostile sdist is made of.
 */
export async function writeTarGz(path: string, entries: readonly TarEntry[]): Promise<string> {
  const pack = tar.pack();
  for (const entry of entries) {
    const type = entry.type ?? 'file';
    const header: Partial<tar.Header> & { name: string } = { name: entry.name, type, mode: type === 'directory' ? 0o755 : 0o644, mtime: new Date(1_577_836_800_000) };
    if (entry.linkname !== undefined) header.linkname = entry.linkname;
    pack.entry(header, type === 'file' ? (entry.data ?? '') : '');
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  writeFileSync(path, gzipSync(Buffer.concat(chunks)));
  return path;
}
