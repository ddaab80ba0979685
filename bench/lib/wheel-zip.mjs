// A deterministic synthetic wheel for benchmarks: compressible Python-like sources and
// incompressible binary blobs, deflated, with a correct RECORD, written with a small zip
// writer (APPNOTE 6.3, no zip64) and cached under .bench/wheels/<name>.whl, keyed by
// WHEEL_GENERATOR_VERSION and the options.
import { createCipheriv, createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** Bump whenever the generated wheel changes, so cached wheels are rebuilt. */
export const WHEEL_GENERATOR_VERSION = 1;

/** mulberry32: the same seed gives the same wheel. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'self value result request response cache config path module error parser option default build ' +
  'check token retry timeout handler session client server record metadata version wheel archive ' +
  'member entry stream buffer limit digest index items keys name data size count total offset'
).split(' ');
const KEYWORDS = ['def', 'return', 'if', 'elif', 'for', 'while', 'with', 'raise', 'yield', 'assert'];

/** About `bytes` of Python-looking source: compresses roughly 4:1 like real code. */
function pythonSource(random, bytes, index) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = [`"""Generated module ${index} for the pypi-publish-check bench."""`, 'from __future__ import annotations', ''];
  let size = lines.join('\n').length;
  while (size < bytes) {
    const indent = ' '.repeat(4 * Math.floor(random() * 3));
    const number = Math.floor(random() * 100000);
    const line =
      random() < 0.15
        ? `def ${pick(WORDS)}_${pick(WORDS)}_${number}(${pick(WORDS)}, ${pick(WORDS)}=None):`
        : `${indent}${pick(KEYWORDS)} ${pick(WORDS)}.${pick(WORDS)}(${pick(WORDS)}[${number}], ${pick(WORDS)}) # ${pick(WORDS)} ${number.toString(36)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** `bytes` of incompressible data from AES-128-CTR under a fixed key: deterministic and fast. */
function randomBlob(bytes, index) {
  const iv = Buffer.alloc(16);
  iv.writeUInt32BE(index, 12);
  const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), iv);
  return cipher.update(Buffer.alloc(bytes));
}

function recordLine(name, data) {
  return `${name},sha256=${createHash('sha256').update(data).digest('base64url')},${data.length}`;
}

/** Appends zip members to an open file descriptor and writes the central directory at the end. */
function zipWriter(fd) {
  const centrals = [];
  let offset = 0;
  const write = (buffer) => {
    writeSync(fd, buffer);
    offset += buffer.length;
  };
  return {
    add(name, data) {
      const body = deflateRawSync(data, { level: 6 });
      const nameBytes = Buffer.from(name);
      const crc = crc32(data) >>> 0;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x800, 6);
      local.writeUInt16LE(8, 8);
      local.writeUInt16LE(0x21, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(0x031e, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(0x800, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt16LE(0x21, 14);
      central.writeUInt32LE(crc, 16);
      central.writeUInt32LE(body.length, 20);
      central.writeUInt32LE(data.length, 24);
      central.writeUInt16LE(nameBytes.length, 28);
      central.writeUInt32LE(0o100644 * 0x10000, 38);
      central.writeUInt32LE(offset, 42);
      centrals.push(central, nameBytes);
      write(Buffer.concat([local, nameBytes, body]));
    },
    finish() {
      const directory = Buffer.concat(centrals);
      const count = centrals.length / 2;
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(count, 8);
      end.writeUInt16LE(count, 10);
      end.writeUInt32LE(directory.length, 12);
      end.writeUInt32LE(offset, 16);
      write(Buffer.concat([directory, end]));
    },
  };
}

/**
 * Makes sure `.bench/wheels/<name>.whl` exists for these options and returns
 * { path, members, bytes, uncompressed, cached }. `members` counts every zip member, the
 * .dist-info files included. Text members average `textBytes`, blobs `blobBytes`.
 */
export function ensureBenchWheel({ root, name, textMembers, blobMembers, textBytes, blobBytes, seed = 42, log = () => {} }) {
  const dir = join(root, '.bench', 'wheels');
  const path = join(dir, `${name}.whl`);
  const stampPath = `${path}.json`;
  const key = { generator: WHEEL_GENERATOR_VERSION, textMembers, blobMembers, textBytes, blobBytes, seed };
  if (existsSync(path) && existsSync(stampPath)) {
    try {
      const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
      if (JSON.stringify(stamp.key) === JSON.stringify(key) && statSync(path).size === stamp.bytes) return { path, ...stamp, cached: true };
    } catch {
      // Unreadable stamp: regenerate.
    }
  }
  mkdirSync(dir, { recursive: true });
  log(`generating ${path} (${textMembers} sources, ${blobMembers} blobs) ...`);
  const started = process.hrtime.bigint();
  const random = prng(seed);
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  const zip = zipWriter(fd);
  const record = [];
  let uncompressed = 0;
  const add = (member, data) => {
    zip.add(member, data);
    record.push(recordLine(member, data));
    uncompressed += data.length;
  };
  try {
    const total = textMembers + blobMembers;
    const blobEvery = blobMembers === 0 ? Infinity : total / blobMembers;
    let blobs = 0;
    for (let i = 0; i < total; i += 1) {
      // Blobs spread evenly through the archive, as package data is in real wheels.
      if (blobs < blobMembers && i >= blobs * blobEvery) {
        add(`benchpkg/data/blob_${String(blobs).padStart(5, '0')}.bin`, randomBlob(Math.floor(blobBytes * (0.5 + random())), blobs));
        blobs += 1;
      } else {
        const sub = `sub_${String(i % 200).padStart(3, '0')}`;
        add(`benchpkg/${sub}/mod_${String(i).padStart(5, '0')}.py`, pythonSource(random, Math.floor(textBytes * (0.5 + random())), i));
      }
    }
    add('benchpkg/__init__.py', Buffer.from('"""Bench package."""\n'));
    const distInfo = 'benchpkg-1.0.0.dist-info';
    add(`${distInfo}/METADATA`, Buffer.from('Metadata-Version: 2.4\nName: benchpkg\nVersion: 1.0.0\nSummary: Synthetic wheel for benchmarks\n'));
    add(`${distInfo}/WHEEL`, Buffer.from('Wheel-Version: 1.0\nGenerator: bench/lib/wheel-zip.mjs\nRoot-Is-Purelib: true\nTag: py3-none-any\n'));
    record.push(`${distInfo}/RECORD,,`);
    const recordText = Buffer.from(`${record.join('\n')}\n`);
    zip.add(`${distInfo}/RECORD`, recordText);
    uncompressed += recordText.length;
    zip.finish();
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
  renameSync(tmp, path);
  const stamp = { key, members: textMembers + blobMembers + 4, bytes: statSync(path).size, uncompressed };
  writeFileSync(stampPath, `${JSON.stringify(stamp, null, 2)}\n`);
  log(`generated ${(stamp.bytes / 1048576).toFixed(1)} MB in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
  return { path, ...stamp, cached: false };
}
