import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal zip writer for crafting the archives real tools refuse to make: duplicate names,
 * `../` names, local headers that disagree with the central directory, bombs with
 * pre-compressed data. Follows APPNOTE 6.3.x (no zip64, no data descriptors).
 */
export interface ZipSpec {
  readonly name: string;
  readonly data?: Buffer | string;
  /** Raw deflate data to store as is (then `size` and `crc` describe what it inflates to). */
  readonly deflated?: Buffer;
  readonly size?: number;
  readonly crc?: number;
  /** The name to write in the local header, when it should differ from the central directory's. */
  readonly localName?: string;
  readonly store?: boolean;
}

export function writeZip(specs: readonly ZipSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const data = typeof spec.data === 'string' ? Buffer.from(spec.data) : (spec.data ?? Buffer.alloc(0));
    const method = spec.store ? 0 : 8;
    const body = spec.deflated ?? (method === 8 ? deflateRawSync(data) : data);
    const size = spec.size ?? data.length;
    const crc = spec.crc ?? crc32(data);
    const name = Buffer.from(spec.name);
    const localName = Buffer.from(spec.localName ?? spec.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    locals.push(local, localName, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((spec.name.endsWith('/') ? 0o40755 : 0o100644) * 0x10000, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + localName.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(specs.length, 8);
  end.writeUInt16LE(specs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A RECORD line as wheel builders write it. */
export function recordLine(name: string, data: Buffer | string): string {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return `${name},sha256=${createHash('sha256').update(bytes).digest('base64url')},${bytes.length}`;
}

export interface WheelFiles {
  /** Library files, e.g. `demo/__init__.py`. */
  readonly files: readonly { name: string; data: string | Buffer }[];
  readonly distInfo?: string;
  /** Rewrites the RECORD lines before they are joined (to break them on purpose). */
  readonly editRecord?: (lines: string[]) => string[];
}

/** The members of a wheel for `demo 1.0` with a correct RECORD (unless `editRecord` breaks it). */
export function wheelSpecs({ files, distInfo = 'demo-1.0.dist-info', editRecord = (lines) => lines }: WheelFiles): ZipSpec[] {
  const metadata = 'Metadata-Version: 2.4\nName: demo\nVersion: 1.0\n';
  const wheel = 'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n';
  const all = [...files, { name: `${distInfo}/METADATA`, data: metadata }, { name: `${distInfo}/WHEEL`, data: wheel }];
  const lines = editRecord([...all.map((f) => recordLine(f.name, f.data)), `${distInfo}/RECORD,,`]);
  return [...all, { name: `${distInfo}/RECORD`, data: `${lines.join('\n')}\n` }];
}
