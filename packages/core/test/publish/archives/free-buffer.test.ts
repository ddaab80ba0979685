import { createCipheriv } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectWheel } from '../../../src/publish/archives/inspect-wheel.js';
import { CAN_FREE_BUFFERS, freeBuffer, unpooledSize } from '../../../src/publish/archives/free-buffer.js';
import { wheelSpecs, writeZip } from './zip-writer.js';

/** Incompressible bytes, so that a member's compressed data spans the reader's 1 MiB windows. */
function noise(bytes: number, seed: number): Buffer {
  const iv = Buffer.alloc(16);
  iv.writeUInt32BE(seed, 12);
  return createCipheriv('aes-128-ctr', Buffer.alloc(16, 3), iv).update(Buffer.alloc(bytes));
}

describe('freeBuffer', () => {
  it('frees a buffer that owns its ArrayBuffer, where the runtime can', () => {
    const size = unpooledSize(100);
    const buffer = Buffer.allocUnsafe(size);
    expect(buffer.byteOffset).toBe(0);
    expect(buffer.buffer.byteLength).toBe(size);
    freeBuffer(buffer, size);
    expect(buffer.length).toBe(CAN_FREE_BUFFERS ? 0 : size);
  });

  it('leaves a slice of the shared pool, and its neighbours, alone', () => {
    const first = Buffer.from('first');
    const pooled = Buffer.from('pooled');
    const last = Buffer.from('last');
    freeBuffer(pooled, pooled.length);
    freeBuffer(pooled, pooled.buffer.byteLength);
    expect([first.toString(), pooled.toString(), last.toString()]).toEqual(['first', 'pooled', 'last']);
  });

  it('leaves a buffer whose ArrayBuffer is not the size the caller owns', () => {
    const buffer = Buffer.alloc(unpooledSize(10) + 1, 7);
    freeBuffer(buffer, buffer.length - 1);
    freeBuffer(buffer.subarray(1), buffer.length - 1);
    expect(buffer.length).toBe(unpooledSize(10) + 1);
    expect(buffer.every((byte) => byte === 7)).toBe(true);
  });

  it('asks for at least the requested size', () => {
    for (const size of [64, 1000, 4095, 4096, 32767, 32768, 100_000]) expect(unpooledSize(size)).toBeGreaterThanOrEqual(size);
  });
});

describe('inspectWheel with members freed as they are hashed', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'free-buffer-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('hashes members of every size class and across window boundaries against RECORD', async () => {
    // Sizes around Buffer's pool threshold (4 KiB on Node 20, 32 KiB on Node 24), the in-memory
    // limit (2 MiB), and incompressible ones whose data crosses the reader's 1 MiB windows.
    const sizes = [0, 1, 63, 64, 4095, 4096, 32767, 32768, 65536, 700_000, 1_500_000, 2 * 1024 * 1024, 2 * 1024 * 1024 + 1];
    const files = sizes.map((size, index) => ({ name: `demo/data_${index}.bin`, data: noise(size, index) }));
    files.push({ name: 'demo/__init__.py', data: Buffer.from('"""Demo."""\n'.repeat(5000)) });
    const specs = wheelSpecs({ files }).map((spec, index) => (index % 3 === 1 ? { ...spec, store: true } : spec));
    const path = join(dir, 'demo-1.0-py3-none-any.whl');
    writeFileSync(path, writeZip(specs));
    const result = await inspectWheel(path, { name: 'demo', version: '1.0' });
    expect(result.checks.filter((c) => c.level === 'failure')).toEqual([]);
    expect(result.checks.find((c) => c.id === 'wheel-record-hashes')?.level).toBe('pass');
    expect(result.checks.find((c) => c.id === 'wheel-zip-readable')?.level).toBe('pass');
    expect(result.metadataText).toContain('Name: demo');
  });
});
