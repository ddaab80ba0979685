import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TarEntry } from '../../../../test-helpers/src/tar-gz.js';
import { writeTarGz } from '../../../../test-helpers/src/tar-gz.js';
import { inspectSdist } from '../../../src/publish/archives/inspect-sdist.js';
import type { TarMember } from '../../../src/publish/archives/read-tar-members.js';
import type { UnpackRefusal } from '../../../src/publish/archives/tar-data-filter.js';
import { checkTarUnpack } from '../../../src/publish/archives/tar-data-filter.js';

let dir: string;
/** Hundreds of small archives: in memory-backed /dev/shm when there is one, since the disk here is slow to create files on. */
function scratchDir(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}
beforeAll(() => {
  dir = mkdtempSync(join(scratchDir(), 'tar-data-filter-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const member = (entry: TarEntry): TarMember => ({
  name: entry.name,
  type: entry.type ?? 'file',
  size: entry.data?.length ?? 0,
  ...(entry.linkname === undefined ? {} : { linkTarget: entry.linkname }),
});
const refusalsOf = (entries: readonly TarEntry[], root?: string): string[] =>
  checkTarUnpack(entries.map(member), root).map((r) => `${r.index ?? 'end'} ${r.member} ${r.kind}`);

// The chain from the issue: each link looks harmless on its own, and `a/b/c/file` lands two levels up.
const CHAIN: TarEntry[] = [
  { name: 'a', type: 'symlink', linkname: '.' },
  { name: 'a/b', type: 'symlink', linkname: '..' },
  { name: 'a/b/c', type: 'symlink', linkname: '..' },
  { name: 'a/b/c/file', data: 'escaped\n' },
];

describe('checkTarUnpack, as tarfile.data_filter resolves links', () => {
  it('refuses the chain at the link that leaves: a/b -> .. resolves through a -> . to the parent', () => {
    expect(refusalsOf(CHAIN)).toEqual(['1 a/b link-outside']);
    expect(checkTarUnpack(CHAIN.map(member), undefined)[0]?.detail).toBe('resolves to .., outside the unpack directory');
  });

  it('inside an sdist root, refuses the chain where it leaves the root', () => {
    const rooted = CHAIN.map((entry) => ({ ...entry, name: `demo-1.0/${entry.name}` }));
    expect(refusalsOf(rooted, 'demo-1.0')).toEqual(['1 demo-1.0/a/b outside-root']);
  });

  it('lets links inside the root through, including chains', () => {
    expect(
      refusalsOf(
        [
          { name: 'r/', type: 'directory' },
          { name: 'r/src/pkg/__init__.py' },
          { name: 'r/lib', type: 'symlink', linkname: 'src' },
          { name: 'r/pkg', type: 'symlink', linkname: 'lib/pkg' },
          { name: 'r/pkg/extra.py' },
          { name: 'r/same', type: 'link', linkname: 'r/pkg/extra.py' },
          { name: 'r/up', type: 'symlink', linkname: 'src/pkg/../..' },
        ],
        'r',
      ),
    ).toEqual([]);
  });

  it('refuses what the filter refuses: absolute links, links and names out of the destination, special files', () => {
    expect(
      refusalsOf([
        { name: 'abs', type: 'symlink', linkname: '/etc/passwd' },
        { name: 'hard-abs', type: 'link', linkname: '/etc/passwd' },
        { name: 'up', type: 'symlink', linkname: '../x' },
        { name: 'hard-up', type: 'link', linkname: 'd/../../x' },
        { name: 'null', type: 'character-device' },
        { name: 'disk', type: 'block-device' },
        { name: 'pipe', type: 'fifo' },
      ]),
    ).toEqual([
      '0 abs absolute-link',
      '1 hard-abs absolute-link',
      '2 up link-outside',
      '3 hard-up link-outside',
      '4 null special-file',
      '5 disk special-file',
      '6 pipe special-file',
    ]);
  });

  it('refuses a hard link through a symlink that leaves, and a hard link to nothing before it', () => {
    expect(
      refusalsOf([
        { name: 'd', type: 'symlink', linkname: 'sub/..' },
        { name: 'h', type: 'link', linkname: 'd/../../etc/passwd' },
        { name: 'missing', type: 'link', linkname: 'later' },
        { name: 'later', data: 'x' },
      ]),
    ).toEqual(['1 h link-outside', '2 missing missing-link-target']);
  });

  it('refuses a symlink loop and a file used as a directory, as realpath(strict=ALLOW_MISSING) does', () => {
    expect(
      refusalsOf([
        { name: 'loop', type: 'symlink', linkname: 'loop2' },
        { name: 'loop2', type: 'symlink', linkname: 'loop' },
        { name: 'loop/x', data: 'x' },
        { name: 'f', data: 'x' },
        { name: 'via', type: 'symlink', linkname: 'f/x' },
      ]),
    ).toEqual(['2 loop/x unresolvable', '4 via unresolvable', 'end loop unresolvable', 'end loop2 unresolvable']);
  });

  it('catches a link that a later member turns outward, once everything is unpacked', () => {
    // hard link `r/h` unpacks as a copy of the symlink `r/d/s -> ..`, one directory higher: there it points at the root's parent.
    expect(
      refusalsOf(
        [
          { name: 'r/d/s', type: 'symlink', linkname: '../nowhere' },
          { name: 'r/h', type: 'link', linkname: 'r/d/s' },
        ],
        'r',
      ),
    ).toEqual(['1 r/h relocated-link']);
  });
});

describe('inspectSdist on generated hostile sdists', () => {
  it('fails the chain from the issue, naming the link and where it leads', async () => {
    const path = await writeTarGz(join(dir, 'demo-1.0.tar.gz'), [
      { name: 'demo-1.0/PKG-INFO', data: 'Metadata-Version: 2.4\nName: demo\nVersion: 1.0\n' },
      { name: 'demo-1.0/pyproject.toml', data: '[build-system]\n' },
      ...CHAIN.map((entry) => ({ ...entry, name: `demo-1.0/${entry.name}` })),
    ]);
    const links = (await inspectSdist(path, { root: 'demo-1.0' })).checks.find((c) => c.id === 'sdist-links');
    expect(links?.level).toBe('failure');
    expect(links?.message).toBe(
      `1 link(s) point outside demo-1.0/ or cannot be unpacked: demo-1.0/a/b -> .. (resolves to the directory it is unpacked into, outside demo-1.0/). Python's tarfile "data" filter (PEP 706) refuses such links, and an unpacker without it follows them.`,
    );
  });
});

/**
 * A Python whose tarfile has the data filter (3.12, and 3.8.17+/3.9.17+/3.10.12+/3.11.4+).
 * Debian 12's /usr/bin/python3 (3.11.2) does not: Debian did not backport it.
 */
function findOracle(): { python: string; version: string } | undefined {
  for (const python of ['/usr/bin/python3', 'python3', 'python3.13', 'python3.12']) {
    const probe = spawnSync(python, ['-c', 'import sys, tarfile; assert hasattr(tarfile, "data_filter"); print(sys.version.split()[0])'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, version: probe.stdout.trim() };
  }
  return undefined;
}
const oracle = findOracle();

interface OracleVerdict {
  readonly refused: number | null;
  readonly error?: string;
  readonly filter?: boolean;
}

function runOracle(paths: readonly string[]): OracleVerdict[] {
  if (oracle === undefined) throw new Error('no oracle');
  const out = execFileSync(oracle.python, [join(import.meta.dirname, 'tarfile-oracle.py')], { input: JSON.stringify(paths), encoding: 'utf8', cwd: dir });
  return out.trim().split('\n').map((line) => JSON.parse(line) as OracleVerdict);
}

/** CPython's FilterError subclasses (and the KeyError of a missing hard link target), as our kinds. */
const SAME_REFUSAL: Readonly<Record<string, UnpackRefusal['kind']>> = {
  AbsoluteLinkError: 'absolute-link',
  LinkOutsideDestinationError: 'link-outside',
  OutsideDestinationError: 'outside-destination',
  SpecialFileError: 'special-file',
  KeyError: 'missing-link-target',
};
/**
 * Where we may refuse and an oracle without the 2025 fixes does not: the sdist root rule, the
 * ELOOP/ENOTDIR that realpath(strict=ALLOW_MISSING) raises since 3.12.11/3.13.4, a relocated
 * symlink, and the final check of every link.
 */
const STRICTER = new Set<UnpackRefusal['kind']>(['outside-root', 'unresolvable', 'relocated-link']);

const segment = fc.constantFrom('a', 'b', 'c');
const linkPart = fc.constantFrom('a', 'b', 'c', '.', '..', '..', 'r');
const entryArbitrary: fc.Arbitrary<TarEntry> = fc.oneof(
  fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts): TarEntry => ({ name: `r/${parts.join('/')}`, data: 'x' })),
  fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts): TarEntry => ({ name: `r/${parts.join('/')}/`, type: 'directory' })),
  fc
    .tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.array(linkPart, { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([parts, target, absolute]): TarEntry => ({ name: `r/${parts.join('/')}`, type: 'symlink', linkname: `${absolute && parts.length === 3 ? '/' : ''}${target.join('/')}` })),
  fc
    .tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.array(linkPart, { minLength: 1, maxLength: 4 }))
    .map(([parts, target]): TarEntry => ({ name: `r/${parts.join('/')}`, type: 'link', linkname: `r/${target.join('/')}` })),
);

describe.skipIf(oracle === undefined)(`checkTarUnpack against CPython's tarfile data filter (${oracle?.python ?? 'none'} ${oracle?.version ?? ''})`, () => {
  it('agrees on the chain from the issue and on each refusal kind', async () => {
    const cases: TarEntry[][] = [
      CHAIN,
      [{ name: 'abs', type: 'symlink', linkname: '/etc/passwd' }],
      [{ name: 'up', type: 'symlink', linkname: '../x' }],
      [{ name: 'hard', type: 'link', linkname: '../x' }],
      [{ name: 'missing', type: 'link', linkname: 'later' }, { name: 'later' }],
      [{ name: 'pipe', type: 'fifo' }],
      [{ name: 'ok', type: 'symlink', linkname: 'sub/../file' }, { name: 'file' }],
    ];
    const paths = await Promise.all(cases.map((entries, i) => writeTarGz(join(dir, `case-${i}.tar.gz`), entries)));
    expect(runOracle(paths)).toEqual([
      { refused: 1, error: 'LinkOutsideDestinationError', filter: true },
      { refused: 0, error: 'AbsoluteLinkError', filter: true },
      { refused: 0, error: 'LinkOutsideDestinationError', filter: true },
      { refused: 0, error: 'LinkOutsideDestinationError', filter: true },
      { refused: 0, error: 'KeyError', filter: false },
      { refused: 0, error: 'SpecialFileError', filter: true },
      { refused: null },
    ]);
    expect(cases.map((entries) => refusalsOf(entries))).toEqual([
      ['1 a/b link-outside'],
      ['0 abs absolute-link'],
      ['0 up link-outside'],
      ['0 hard link-outside'],
      ['0 missing missing-link-target'],
      ['0 pipe special-file'],
      [],
    ]);
  });

  it('refuses whatever the filter refuses, at the same member, on 300 generated archives of links', async () => {
    const samples = fc.sample(fc.array(entryArbitrary, { minLength: 2, maxLength: 7 }), { numRuns: 300, seed: 20_250_603 });
    const paths = await Promise.all(samples.map((entries, i) => writeTarGz(join(dir, `random-${i}.tar.gz`), entries)));
    const verdicts = runOracle(paths);
    const disagreements: string[] = [];
    samples.forEach((entries, i) => {
      const verdict = verdicts[i] ?? { refused: null };
      const ours = checkTarUnpack(entries.map(member), 'r');
      const first = ours.find((r) => r.index !== undefined);
      const describe = (): string => `${JSON.stringify(entries)} python=${JSON.stringify(verdict)} ours=${JSON.stringify(ours.map((r) => [r.index, r.kind]))}`;
      // Before the member Python stopped at, every refusal of ours must be one the filter does not make.
      const limit = verdict.refused ?? entries.length;
      if (ours.some((r) => r.index !== undefined && r.index < limit && !STRICTER.has(r.kind))) disagreements.push(`refused more: ${describe()}`);
      if (verdict.refused === null || verdict.error === undefined) return;
      const same = SAME_REFUSAL[verdict.error];
      if (same === undefined) return; // an OSError while unpacking: tarfile's own failure, not the filter's verdict
      const atSame = ours.find((r) => r.index === verdict.refused);
      const earlierStricter = first !== undefined && first.index !== undefined && first.index < verdict.refused && STRICTER.has(first.kind);
      const refusedToo = atSame !== undefined && (atSame.kind === same || STRICTER.has(atSame.kind));
      if (!refusedToo && !earlierStricter) disagreements.push(`missed ${verdict.error}: ${describe()}`);
    });
    expect(disagreements).toEqual([]);
    // The generator must reach the refusals it is meant to test.
    const kinds = new Set(verdicts.map((v) => v.error));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['AbsoluteLinkError', 'KeyError', 'LinkOutsideDestinationError']));
  });
});
