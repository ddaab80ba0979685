import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/publish/check-result.js';
import { inspectSdist } from '../../../src/publish/archives/inspect-sdist.js';

let dir: string;
const expected = { root: 'demo-1.0' };
const PKG_INFO = 'Metadata-Version: 2.4\nName: demo\nVersion: 1.0\n';
const PYPROJECT = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspect-sdist-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function problems(checks: readonly CheckResult[]): string[] {
  return checks.filter((c) => c.level !== 'pass').map((c) => `${c.id}:${c.level}`);
}

/** An sdist made by GNU tar from a tree on disk; `links` are symlinks (name → target). */
function tarCliSdist(name: string, files: Record<string, string>, links: Record<string, string> = {}): string {
  const tree = join(dir, `${name}.tree`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), content);
  }
  for (const [path, targetPath] of Object.entries(links)) symlinkSync(targetPath, join(tree, path));
  const out = join(dir, name);
  const roots = [...new Set(Object.keys({ ...files, ...links }).map((p) => p.split('/')[0] ?? ''))];
  execFileSync('tar', ['-czf', out, '--sort=name', '--owner=0', '--group=0', '--mtime=2020-01-01', ...roots], { cwd: tree });
  return out;
}

/** A .tar.gz written entry by entry with tar-stream, for members GNU tar will not write. */
async function packedSdist(name: string, entries: { header: tar.Header | { name: string; type?: tar.Header['type']; linkname?: string }; data?: string }[]): Promise<string> {
  const pack = tar.pack();
  for (const { header, data } of entries) pack.entry(header, data ?? '');
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  const out = join(dir, name);
  writeFileSync(out, gzipSync(Buffer.concat(chunks)));
  return out;
}

/** A ustar file header (POSIX.1-1988): what precedes a member's data in the tar stream. */
function ustarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('0', 156);
  header.write('ustar\x0000', 257);
  header.write('        ', 148);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

const GOOD = {
  'demo-1.0/PKG-INFO': PKG_INFO,
  'demo-1.0/pyproject.toml': PYPROJECT,
  'demo-1.0/src/demo/__init__.py': 'x = 1\n',
};

describe('inspectSdist', () => {
  it('passes a good sdist written by tar and keeps PKG-INFO and pyproject.toml', async () => {
    const result = await inspectSdist(tarCliSdist('demo-1.0.tar.gz', GOOD, { 'demo-1.0/src/link.py': 'demo/__init__.py' }), expected);
    expect(problems(result.checks)).toEqual([]);
    expect(result.checks.map((c) => c.id)).toEqual([
      'sdist-readable',
      'sdist-archive-limits',
      'sdist-member-paths',
      'sdist-links',
      'sdist-special-files',
      'sdist-single-root',
      'sdist-pkg-info',
      'sdist-pyproject',
    ]);
    expect(result.root).toBe('demo-1.0');
    expect(result.pkgInfoText).toBe(PKG_INFO);
    expect(result.pyprojectText).toBe(PYPROJECT);
    expect(result.members.find((m) => m.name === 'demo-1.0/src/link.py')).toMatchObject({ type: 'symlink', linkTarget: 'demo/__init__.py' });
  });

  it('fails a root directory that is not {name}-{version}', async () => {
    const files = Object.fromEntries(Object.entries(GOOD).map(([path, content]) => [path.replace('demo-1.0', 'demo-1.0.0'), content]));
    const result = await inspectSdist(tarCliSdist('bad-root.tar.gz', files), expected);
    expect(problems(result.checks)).toEqual(['sdist-single-root:failure']);
    expect(result.checks.find((c) => c.id === 'sdist-single-root')?.message).toContain('holds demo-1.0.0/');
    expect(result.root).toBe('demo-1.0.0');
  });

  it('fails files outside the root', async () => {
    const result = await inspectSdist(tarCliSdist('two-roots.tar.gz', { ...GOOD, 'setup.py': 'pass\n' }), expected);
    expect(problems(result.checks)).toEqual(['sdist-single-root:failure']);
  });

  it('fails a missing pyproject.toml, saying why', async () => {
    const files: Record<string, string> = { ...GOOD };
    delete files['demo-1.0/pyproject.toml'];
    const result = await inspectSdist(tarCliSdist('no-pyproject.tar.gz', files), expected);
    expect(problems(result.checks)).toEqual(['sdist-pyproject:failure']);
    expect(result.checks.find((c) => c.id === 'sdist-pyproject')?.message).toMatch(/PEP 517.*PEP 625/);
    expect(result.pyprojectText).toBeUndefined();
  });

  it('fails symlinks and hard links that point outside the root', async () => {
    const result = await inspectSdist(
      tarCliSdist('escape.tar.gz', GOOD, { 'demo-1.0/passwd': '../../etc/passwd', 'demo-1.0/abs': '/etc/shadow', 'demo-1.0/ok': 'src' }),
      expected,
    );
    expect(problems(result.checks)).toEqual(['sdist-links:failure']);
    const message = result.checks.find((c) => c.id === 'sdist-links')?.message ?? '';
    expect(message).toContain('2 link(s)');
    expect(message).toContain('demo-1.0/passwd -> ../../etc/passwd');
    const hard = await packedSdist('hardlink.tar.gz', [
      ...Object.entries(GOOD).map(([name, data]) => ({ header: { name }, data })),
      { header: { name: 'demo-1.0/hosts', type: 'link', linkname: 'etc/hosts' } },
    ]);
    expect(problems((await inspectSdist(hard, expected)).checks)).toEqual(['sdist-links:failure']);
  });

  it('fails device files and ../ or absolute member names', async () => {
    const path = await packedSdist('hostile.tar.gz', [
      ...Object.entries(GOOD).map(([name, data]) => ({ header: { name }, data })),
      { header: { name: 'demo-1.0/null', type: 'character-device' } },
      { header: { name: 'demo-1.0/../../evil.py' }, data: 'x' },
    ]);
    const result = await inspectSdist(path, expected);
    expect(problems(result.checks)).toEqual(['sdist-member-paths:failure', 'sdist-special-files:failure']);
    expect(result.checks.find((c) => c.id === 'sdist-member-paths')?.message).toContain("'demo-1.0/../../evil.py'");
  });

  it('fails a truncated file and a file that is not gzip, without throwing', async () => {
    const whole = readFileSync(tarCliSdist('whole.tar.gz', { ...GOOD, 'demo-1.0/data.bin': 'z'.repeat(100_000) }));
    const truncated = join(dir, 'truncated.tar.gz');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(problems((await inspectSdist(truncated, expected)).checks)).toEqual(['sdist-readable:failure']);
    const notGzip = join(dir, 'plain.tar.gz');
    writeFileSync(notGzip, 'not gzip at all\n');
    expect(problems((await inspectSdist(notGzip, expected)).checks)).toEqual(['sdist-readable:failure']);
  });

  it('stops a gzip bomb (a 1 GiB zero file) early, with low memory', async () => {
    const header = ustarHeader('demo-1.0/zeros.bin', 1024 * 1024 * 1024);
    const zeros = Buffer.alloc(1024 * 1024);
    const segment = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
    const body = [deflateRawSync(header, { finishFlush: constants.Z_SYNC_FLUSH }), ...Array.from({ length: 1025 }, () => segment), deflateRawSync(Buffer.alloc(0))];
    let crc = crc32(header);
    for (let i = 0; i < 1025; i += 1) crc = crc32(zeros, crc);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE((512 + 1025 * 1024 * 1024) % 2 ** 32, 4);
    const path = join(dir, 'bomb.tar.gz');
    writeFileSync(path, Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), ...body, trailer]));
    const before = process.memoryUsage().rss;
    const result = await inspectSdist(path, expected);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    expect(problems(result.checks)).toEqual(['sdist-archive-limits:failure']);
    expect(result.checks[0]?.message).toMatch(/over the 200:1 ratio limit/);
  });

  it('throws for a file that does not exist', async () => {
    await expect(inspectSdist(join(dir, 'missing.tar.gz'), expected)).rejects.toMatchObject({ name: 'FileError' });
  });
});
