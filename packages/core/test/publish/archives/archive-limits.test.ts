import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS, inspectWheel } from '../../../src/publish/archives/inspect-wheel.js';
import { wheelSpecs, writeZip } from './zip-writer.js';

const MiB = 1024 * 1024;
let dir: string;
const expected = { name: 'demo', version: '1.0' };
const LIBRARY = [{ name: 'demo/__init__.py', data: 'x = 1\n' }];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'archive-limits-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Raw deflate of `mib` MiB of zeros without ever holding them: each MiB is deflated on its
 * own and sync-flushed (byte-aligned, not final), then an empty final block ends the stream.
 */
function deflatedZeros(mib: number): { deflated: Buffer; crc: number } {
  const zeros = Buffer.alloc(MiB);
  const segment = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const final = deflateRawSync(Buffer.alloc(0));
  let crc = 0;
  for (let i = 0; i < mib; i += 1) crc = crc32(zeros, crc);
  return { deflated: Buffer.concat([...Array.from({ length: mib }, () => segment), final]), crc };
}

function problems(checks: readonly { id: string; level: string }[]): string[] {
  return checks.filter((c) => c.level !== 'pass').map((c) => `${c.id}:${c.level}`);
}

describe('archive limits', () => {
  it('refuses a 1 GiB zero member compressed to about 1 MiB before inflating it, with low memory', async () => {
    const bomb = deflatedZeros(1024);
    expect(bomb.deflated.length).toBeLessThan(2 * MiB);
    const specs = [...wheelSpecs({ files: LIBRARY }), { name: 'demo/zeros.bin', deflated: bomb.deflated, size: 1024 * MiB, crc: bomb.crc }];
    const path = join(dir, 'bomb.whl');
    writeFileSync(path, writeZip(specs));
    const before = process.memoryUsage().rss;
    const result = await inspectWheel(path, expected);
    const grown = process.memoryUsage().rss - before;
    expect(problems(result.checks)).toEqual(['wheel-archive-limits:failure']);
    expect(result.checks[0]?.message).toMatch(/demo\/zeros\.bin: it inflates .* to 1\.0 GiB, a \d+:1 ratio over the 1000:1 limit/);
    expect(grown).toBeLessThan(64 * MiB);
  });

  it('accepts highly repetitive genuine data (a generated CSV table) far past 200:1', async () => {
    const rows = Array.from({ length: 400_000 }, (_, i) => `${i % 10},acme,${i % 2},ok`).join('\n');
    const ratio = rows.length / deflateRawSync(Buffer.from(rows), { level: 9 }).length;
    expect(ratio).toBeGreaterThan(200);
    expect(ratio).toBeLessThan(DEFAULT_ARCHIVE_LIMITS.maxCompressionRatio);
    const path = join(dir, 'table.whl');
    writeFileSync(path, writeZip(wheelSpecs({ files: [...LIBRARY, { name: 'demo/data/table.csv', data: rows }] })));
    const result = await inspectWheel(path, expected);
    expect(problems(result.checks)).toEqual([]);
  });

  it('stops a member that inflates past the size it declares (a lying bomb), with low memory', async () => {
    const bomb = deflatedZeros(256);
    const specs = [...wheelSpecs({ files: LIBRARY }), { name: 'demo/small.bin', deflated: bomb.deflated, size: 1000, crc: 0 }];
    const path = join(dir, 'liar.whl');
    writeFileSync(path, writeZip(specs));
    const before = process.memoryUsage().rss;
    const result = await inspectWheel(path, { ...expected });
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MiB);
    expect(problems(result.checks)).toEqual(['wheel-zip-readable:failure']);
    expect(result.checks.at(-1)?.message).toContain('demo/small.bin');
  });

  it('stops a large member streaming past its declared size', async () => {
    const bomb = deflatedZeros(64);
    // Declared 3 MiB (over the in-memory path, ratio within limits): the stream must stop.
    const specs = [...wheelSpecs({ files: LIBRARY }), { name: 'demo/big.bin', deflated: bomb.deflated, size: 3 * MiB, crc: 0 }];
    const path = join(dir, 'liar-large.whl');
    writeFileSync(path, writeZip(specs));
    const result = await inspectWheel(path, expected, { ...DEFAULT_ARCHIVE_LIMITS, maxCompressionRatio: 1_000_000 });
    expect(problems(result.checks)).toEqual(['wheel-zip-readable:failure']);
    expect(result.checks.at(-1)?.message).toMatch(/demo\/big\.bin.*too many bytes/);
  });

  it('enforces the member count, member size and total size limits', async () => {
    const path = join(dir, 'plain.whl');
    writeFileSync(path, writeZip(wheelSpecs({ files: [...LIBRARY, { name: 'demo/data.txt', data: 'y'.repeat(5000) }] })));
    const tooMany = await inspectWheel(path, expected, { ...DEFAULT_ARCHIVE_LIMITS, maxMembers: 3 });
    expect(problems(tooMany.checks)).toEqual(['wheel-archive-limits:failure']);
    expect(tooMany.checks[0]?.message).toContain('more than 3 members (5 declared)');
    const tooBig = await inspectWheel(path, expected, { ...DEFAULT_ARCHIVE_LIMITS, maxMemberSize: 4096 });
    expect(tooBig.checks[0]?.message).toContain('Member demo/data.txt: it is 4.9 KiB uncompressed, over the 4.0 KiB limit');
    const tooMuch = await inspectWheel(path, expected, { ...DEFAULT_ARCHIVE_LIMITS, maxTotalUncompressed: 5000 });
    expect(problems(tooMuch.checks)).toEqual(['wheel-archive-limits:failure']);
    expect(tooMuch.checks[0]?.message).toContain('more than 4.9 KiB uncompressed');
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_ARCHIVE_LIMITS).toEqual({
      maxMemberSize: 2 * 1024 * MiB,
      maxTotalUncompressed: 4 * 1024 * MiB,
      maxCompressionRatio: 1000,
      maxStreamCompressionRatio: 200,
      maxMembers: 100_000,
    });
  });
});
