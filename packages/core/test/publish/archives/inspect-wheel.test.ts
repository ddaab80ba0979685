import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/publish/check-result.js';
import { inspectWheel } from '../../../src/publish/archives/inspect-wheel.js';
import type { ZipSpec } from './zip-writer.js';
import { recordLine, wheelSpecs, writeZip } from './zip-writer.js';

let dir: string;
const expected = { name: 'demo', version: '1.0' };
const INIT = '"""Demo."""\n__version__ = "1.0"\n';
const CORE = 'def answer():\n    return 42\n';
const LIBRARY = [
  { name: 'demo/__init__.py', data: INIT },
  { name: 'demo/core.py', data: CORE },
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspect-wheel-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `id:level` of every check that did not pass, in order. */
function problems(checks: readonly CheckResult[]): string[] {
  return checks.filter((c) => c.level !== 'pass').map((c) => `${c.id}:${c.level}`);
}

function writeWheel(name: string, specs: readonly ZipSpec[]): string {
  const path = join(dir, name);
  writeFileSync(path, writeZip(specs));
  return path;
}

/** A wheel made by Info-ZIP's `zip` from files on disk, as a build backend would lay them out. */
function zipCliWheel(name: string): string {
  const tree = join(dir, `${name}.tree`);
  for (const spec of wheelSpecs({ files: LIBRARY })) {
    mkdirSync(dirname(join(tree, spec.name)), { recursive: true });
    writeFileSync(join(tree, spec.name), spec.data ?? '');
  }
  const path = join(dir, name);
  execFileSync('zip', ['-q', '-X', '-r', path, 'demo', 'demo-1.0.dist-info'], { cwd: tree });
  return path;
}

describe('inspectWheel', () => {
  it('passes a good wheel written by the zip CLI and keeps its texts', async () => {
    const path = zipCliWheel('demo-1.0-py3-none-any.whl');
    const result = await inspectWheel(path, expected);
    expect(problems(result.checks)).toEqual([]);
    expect(result.checks.map((c) => c.id)).toEqual([
      'wheel-archive-limits',
      'wheel-member-paths',
      'wheel-duplicate-members',
      'wheel-bytecode',
      'wheel-common-top-level',
      'wheel-top-level-init',
      'wheel-importable-code',
      'wheel-multiple-top-level',
      'wheel-dist-info',
      'wheel-zip-readable',
      'wheel-zip-headers-agree',
      'wheel-wheel-file',
      'wheel-record-hashes',
      'wheel-record-complete',
      'wheel-record-members-exist',
    ]);
    expect(result.distInfoDir).toBe('demo-1.0.dist-info');
    expect(result.metadataText).toContain('Name: demo');
    expect(result.wheelText).toContain('Wheel-Version: 1.0');
    expect(result.recordText).toContain(recordLine('demo/core.py', CORE));
    expect(result.members.map((m) => m.name)).toContain('demo/');
    expect(result.members.find((m) => m.name === 'demo/core.py')).toMatchObject({ size: CORE.length });
    expect(result.checks.every((c) => c.file === 'demo-1.0-py3-none-any.whl')).toBe(true);
  });

  it('fails a file whose content does not match its RECORD hash', async () => {
    const specs = wheelSpecs({ files: LIBRARY }).map((s) => (s.name === 'demo/core.py' ? { ...s, data: 'def answer():\n    return 41\n' } : s));
    const result = await inspectWheel(writeWheel('bad-hash.whl', specs), expected);
    expect(problems(result.checks)).toEqual(['wheel-record-hashes:failure']);
    expect(result.checks.find((c) => c.id === 'wheel-record-hashes')?.message).toContain('demo/core.py does not match its sha256 hash (line 2)');
  });

  it('fails a size that does not match RECORD, and a hash with a weak algorithm', async () => {
    const specs = wheelSpecs({
      files: LIBRARY,
      editRecord: (lines) => lines.map((l) => (l.startsWith('demo/core.py') ? l.replace(/,\d+$/, ',999') : l.startsWith('demo/__init__') ? 'demo/__init__.py,md5=abc,10' : l)),
    });
    const result = await inspectWheel(writeWheel('bad-size.whl', specs), expected);
    expect(problems(result.checks)).toEqual(['wheel-record-hashes:failure']);
    const message = result.checks.find((c) => c.id === 'wheel-record-hashes')?.message ?? '';
    expect(message).toContain('demo/__init__.py is hashed with md5');
    expect(message).toContain(`demo/core.py is ${CORE.length} bytes, RECORD says 999`);
  });

  it('fails a member missing from RECORD', async () => {
    const specs = wheelSpecs({ files: LIBRARY, editRecord: (lines) => lines.filter((l) => !l.startsWith('demo/core.py')) });
    const result = await inspectWheel(writeWheel('unlisted.whl', specs), expected);
    expect(problems(result.checks)).toEqual(['wheel-record-complete:failure']);
    expect(result.checks.find((c) => c.id === 'wheel-record-complete')?.message).toContain('demo/core.py');
  });

  it('fails a RECORD line naming a file the wheel does not hold', async () => {
    const specs = wheelSpecs({ files: LIBRARY, editRecord: (lines) => [recordLine('demo/gone.py', 'x = 1\n'), ...lines] });
    const result = await inspectWheel(writeWheel('extra-line.whl', specs), expected);
    expect(problems(result.checks)).toEqual(['wheel-record-members-exist:failure']);
    expect(result.checks.find((c) => c.id === 'wheel-record-members-exist')?.message).toContain('demo/gone.py (line 1)');
  });

  it('accepts RECORD signatures without hashes and sha512 hashes', async () => {
    const jws = { name: 'demo-1.0.dist-info/RECORD.jws', data: '{}' };
    const specs = wheelSpecs({ files: LIBRARY }).map((s) =>
      s.name.endsWith('/RECORD')
        ? { ...s, data: String(s.data).replace(/^demo\/core\.py,.*$/m, `demo/core.py,sha512=${createDigest(CORE)},${CORE.length}`) }
        : s,
    );
    const result = await inspectWheel(writeWheel('signed.whl', [...specs, jws]), expected);
    expect(problems(result.checks)).toEqual([]);
  });

  it.each([
    ['zip slip', '../evil.py'],
    ['an absolute path', '/etc/evil.py'],
    ['a backslash', 'demo\\evil.py'],
  ])('fails %s in a member name', async (_label, evil) => {
    const specs = wheelSpecs({ files: [...LIBRARY, { name: evil, data: 'x = 1\n' }] });
    const result = await inspectWheel(writeWheel('slip.whl', specs), expected);
    expect(problems(result.checks)).toContain('wheel-member-paths:failure');
    expect(result.checks.find((c) => c.id === 'wheel-member-paths')?.message).toContain(`'${evil}'`);
  });

  it('warns about duplicate names, bytecode and a top-level tests/ package', async () => {
    const specs = wheelSpecs({
      files: [...LIBRARY, { name: 'demo/__pycache__/core.cpython-312.pyc', data: 'pyc' }, { name: 'tests/test_core.py', data: 'def test(): pass\n' }],
    });
    const duplicated = [...specs.slice(0, 1), ...specs];
    const result = await inspectWheel(writeWheel('messy.whl', duplicated), expected);
    expect(problems(result.checks)).toEqual([
      'wheel-duplicate-members:warning',
      'wheel-bytecode:warning',
      'wheel-common-top-level:warning',
      'wheel-multiple-top-level:warning',
    ]);
    expect(result.checks.find((c) => c.id === 'wheel-common-top-level')?.message).toContain('tests/');
  });

  it('warns about a top-level __init__.py and a wheel with no importable code', async () => {
    const initOnly = await inspectWheel(writeWheel('init.whl', wheelSpecs({ files: [{ name: '__init__.py', data: '' }] })), expected);
    expect(problems(initOnly.checks)).toEqual(['wheel-top-level-init:warning']);
    const empty = await inspectWheel(writeWheel('empty.whl', wheelSpecs({ files: [{ name: 'README.md', data: 'hi' }] })), expected);
    expect(problems(empty.checks)).toEqual(['wheel-importable-code:warning']);
  });

  it('fails a local header whose name differs from the central directory', async () => {
    const specs = wheelSpecs({ files: LIBRARY }).map((s) => (s.name === 'demo/core.py' ? { ...s, localName: 'demo/c0re.py' } : s));
    const result = await inspectWheel(writeWheel('confused.whl', specs), expected);
    expect(problems(result.checks)).toEqual(['wheel-zip-headers-agree:failure']);
  });

  it('fails a wheel without the expected .dist-info directory or WHEEL version', async () => {
    const wrongDir = await inspectWheel(writeWheel('other.whl', wheelSpecs({ files: LIBRARY, distInfo: 'other-2.0.dist-info' })), expected);
    expect(problems(wrongDir.checks)).toEqual(['wheel-dist-info:failure']);
    expect(wrongDir.checks.find((c) => c.id === 'wheel-dist-info')?.message).toContain('found other-2.0.dist-info');
    const specs = wheelSpecs({ files: LIBRARY }).map((s) => (s.name.endsWith('/WHEEL') ? { ...s, data: 'Generator: x\n' } : s));
    const fixed = specs.map((s) => (s.name.endsWith('/RECORD') ? { ...s, data: String(s.data).replace(/^.*\/WHEEL,.*$/m, recordLine('demo-1.0.dist-info/WHEEL', 'Generator: x\n')) } : s));
    const noVersion = await inspectWheel(writeWheel('no-version.whl', fixed), expected);
    expect(problems(noVersion.checks)).toEqual(['wheel-wheel-file:failure']);
  });

  it('fails a truncated wheel and a file that is not a zip, without throwing', async () => {
    const whole = readFileSync(zipCliWheel('whole.whl'));
    const truncated = join(dir, 'truncated.whl');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(problems((await inspectWheel(truncated, expected)).checks)).toEqual(['wheel-zip-readable:failure']);
    const notZip = join(dir, 'not-zip.whl');
    writeFileSync(notZip, 'hello, I am not a zip file at all\n'.repeat(10));
    expect(problems((await inspectWheel(notZip, expected)).checks)).toEqual(['wheel-zip-readable:failure']);
  });

  it('fails corrupt member data without throwing', async () => {
    const specs = wheelSpecs({ files: LIBRARY }).map((s) => (s.name === 'demo/core.py' ? { ...s, deflated: Buffer.from('not deflate data at all'), size: CORE.length } : s));
    const result = await inspectWheel(writeWheel('corrupt.whl', specs), expected);
    expect(problems(result.checks)).toEqual(['wheel-zip-readable:failure']);
    expect(result.checks.at(-1)?.message).toContain('demo/core.py');
  });

  it('throws for a file that does not exist', async () => {
    await expect(inspectWheel(join(dir, 'missing.whl'), expected)).rejects.toMatchObject({ name: 'FileError' });
  });
});

function createDigest(text: string): string {
  return createHash('sha512').update(text).digest('base64url');
}
