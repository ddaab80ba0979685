import { describe, expect, it } from 'vitest';
import { VersionError } from '../../src/errors.js';
import { Pep440Version, sameRelease } from '../../src/versions/pep440-version.js';

const parse = (text: string): Pep440Version => Pep440Version.parse(text);

describe('Pep440Version.parse', () => {
  // The examples of PEP 440's "Normalization" section, plus the forms tags are written in.
  it.each([
    ['1.1RC1', '1.1rc1'], // case sensitivity
    ['00', '0'], // integer normalization
    ['09000', '9000'],
    ['1.0+foo0100', '1.0+foo0100'],
    ['1.1.a1', '1.1a1'], // pre-release separators
    ['1.1-a1', '1.1a1'],
    ['1.1_a1', '1.1a1'],
    ['1.0a.1', '1.0a1'],
    ['1.1alpha1', '1.1a1'], // pre-release spelling
    ['1.1beta2', '1.1b2'],
    ['1.1c3', '1.1rc3'],
    ['1.1pre3', '1.1rc3'],
    ['1.1preview3', '1.1rc3'],
    ['1.2a', '1.2a0'], // implicit pre-release number
    ['1.2-post2', '1.2.post2'], // post-release separators
    ['1.2post2', '1.2.post2'],
    ['1.2_post2', '1.2.post2'],
    ['1.2.post.2', '1.2.post2'],
    ['1.0-r4', '1.0.post4'], // post-release spelling
    ['1.0-rev4', '1.0.post4'],
    ['1.2.post', '1.2.post0'], // implicit post-release number
    ['1.0-1', '1.0.post1'], // implicit post-releases
    ['1.2-dev2', '1.2.dev2'], // development release separators
    ['1.2dev2', '1.2.dev2'],
    ['1.2.dev', '1.2.dev0'], // implicit development release number
    ['1.0+ubuntu-1', '1.0+ubuntu.1'], // local version segments
    ['1.0+Ubuntu_01', '1.0+ubuntu.1'],
    ['v1.0', '1.0'], // preceding v character
    ['V1.0', '1.0'],
    [' 1.0\n', '1.0'], // leading and trailing whitespace
    ['1.0-rc.1', '1.0rc1'], // SemVer-style tags
    ['1.0.0-alpha.1', '1.0.0a1'],
    ['1.0.0-beta.2', '1.0.0b2'],
    ['1.4.0-dev.2', '1.4.0.dev2'],
    ['1.4.0-rc.1.dev.2', '1.4.0rc1.dev2'],
    ['1!2.0', '1!2.0'],
    ['0!2.0', '2.0'],
    ['1.0.post1', '1.0.post1'],
    ['1.0.dev3', '1.0.dev3'],
    ['1.0rc1.post2.dev3+abc.5', '1.0rc1.post2.dev3+abc.5'],
    ['1.0+1e5', '1.0+1e5'], // an alphanumeric local segment, not the number 100000
  ])('normalizes %j to %s', (text, normalized) => {
    expect(parse(text).toString()).toBe(normalized);
  });

  it('exposes each segment', () => {
    const version = parse('2!1.2.3rc4.post5.dev6+local.7');
    expect(version.epoch).toBe(2n);
    expect(version.release).toEqual([1n, 2n, 3n]);
    expect(version.pre).toEqual({ phase: 'rc', number: 4n });
    expect(version.post).toBe(5n);
    expect(version.dev).toBe(6n);
    expect(version.local).toBe('local.7');
  });

  it('leaves absent segments undefined', () => {
    const version = parse('1.2');
    expect(version).toMatchObject({ epoch: 0n, release: [1n, 2n] });
    expect(version.pre).toBeUndefined();
    expect(version.post).toBeUndefined();
    expect(version.dev).toBeUndefined();
    expect(version.local).toBeUndefined();
  });

  it.each(['', '   ', 'abc', 'latest', '1.0-', '1..0', '1.0+', '1.0+ab c', '1.x', '1.0.0-SNAPSHOT', '=1.0', '1.0 rc1'])(
    'refuses %j with a VersionError naming the text',
    (text) => {
      expect(() => parse(text)).toThrow(VersionError);
      expect(() => parse(text)).toThrow(`'${text}' is not a PEP 440 version`);
    },
  );

  it('accepts SemVer build metadata that happens to be a PEP 440 local label', () => {
    expect(parse('1.0.0+build').toString()).toBe('1.0.0+build');
  });

  it('holds numbers past 2^53 exactly (PEP 440 sets no limit)', () => {
    const version = parse('1!9007199254740993.99999999999999999999rc18446744073709551617.post9007199254740993.dev9007199254740995');
    expect(version.toString()).toBe('1!9007199254740993.99999999999999999999rc18446744073709551617.post9007199254740993.dev9007199254740995');
    expect(version.release).toEqual([9007199254740993n, 99999999999999999999n]);
    expect(version.pre?.number).toBe(18446744073709551617n);
    // Doubles would round both to 9007199254740992 and call them equal.
    expect(parse('9007199254740993').compare(parse('9007199254740992'))).toBe(1);
    expect(parse('1.0.post9007199254740993').compare(parse('1.0.post9007199254740992'))).toBe(1);
    expect(parse('1.0+9007199254740993').compare(parse('1.0+9007199254740992'))).toBe(1);
    expect(parse('9007199254740993.1.0').toSemver()).toBe('9007199254740993.1.0');
  });

  it('tryParse returns undefined instead of throwing', () => {
    expect(Pep440Version.tryParse('nope')).toBeUndefined();
    expect(Pep440Version.tryParse('1.0rc1')?.toString()).toBe('1.0rc1');
  });

  it('is immutable', () => {
    const version = parse('1.2.3');
    expect(Object.isFrozen(version)).toBe(true);
    expect(Object.isFrozen(version.release)).toBe(true);
    expect(() => {
      (version.release as bigint[])[0] = 9n;
    }).toThrow(TypeError);
  });
});

describe('Pep440Version.fromParts', () => {
  it('builds the normalized form', () => {
    expect(Pep440Version.fromParts({ release: [1, 4, 0], pre: { phase: 'rc', number: 1 } }).toString()).toBe('1.4.0rc1');
    expect(Pep440Version.fromParts({ epoch: 1, release: [2], dev: 0 }).toString()).toBe('1!2.dev0');
  });

  it.each([
    [{ release: [] }, 'needs a release segment'],
    [{ release: [1, -1] }, '-1 is not a whole number'],
    [{ release: [1n, -1n] }, '-1 is not a whole number'],
    [{ release: [1.5] }, '1.5 is not a whole number'],
    [{ release: [2 ** 53] }, '9007199254740992 is not a whole number'],
    [{ release: [1], local: 'Not Valid' }, "'1+Not Valid' is not a normalized PEP 440 version"],
    [{ release: [1], local: 'UPPER' }, "'1+UPPER' is not a normalized PEP 440 version"],
  ])('refuses %o', (parts, message) => {
    expect(() => Pep440Version.fromParts(parts)).toThrow(VersionError);
    expect(() => Pep440Version.fromParts(parts)).toThrow(message);
  });
});

describe('Pep440Version.compare', () => {
  // PEP 440's summary of ordering within one release.
  const ordered = ['1.0.dev1', '1.0a1.dev1', '1.0a1', '1.0a1.post1', '1.0a2', '1.0b1', '1.0rc1.dev1', '1.0rc1', '1.0', '1.0+local', '1.0.post1.dev1', '1.0.post1', '1.0.1', '1.1.dev0', '1.1', '2.0', '1!0.1'];

  it.each(ordered.slice(1).map((later, i) => [ordered[i] ?? '', later]))('%s < %s', (earlier, later) => {
    expect(parse(earlier).compare(parse(later))).toBe(-1);
    expect(parse(later).compare(parse(earlier))).toBe(1);
  });

  it('sorts a shuffled list into PEP 440 order', () => {
    const shuffled = [...ordered].reverse().sort((a, b) => a.length - b.length);
    expect(shuffled.map(parse).sort((a, b) => a.compare(b)).map(String)).toEqual(ordered);
  });

  it('ignores trailing zeros and spelling (PEP 440 equality)', () => {
    expect(parse('1.0').compare(parse('1.0.0'))).toBe(0);
    expect(parse('1.0').equals(parse('v1.0.0'))).toBe(true);
    expect(parse('1.0rc1').equals(parse('1.0-RC.1'))).toBe(true);
    expect(parse('1.0').equals(parse('1.0.post0'))).toBe(false);
  });
});

describe('Pep440Version helpers', () => {
  it.each([
    ['1.0', false],
    ['1.0.post1', false],
    ['1.0a1', true],
    ['1.0b1', true],
    ['1.0rc1', true],
    ['1.0.dev1', true],
    ['1.0.post1.dev1', true], // PEP 440: a dev release is a pre-release whatever it follows
  ])('isPrerelease(%s) is %s', (text, expected) => {
    expect(parse(text).isPrerelease).toBe(expected);
  });

  it.each([
    ['1', 3, [1, 0, 0]],
    ['1.2', 3, [1, 2, 0]],
    ['1.2.3', 3, [1, 2, 3]],
    ['1.2.3.4', 3, [1, 2, 3, 4]],
    ['1.2', 4, [1, 2, 0, 0]],
    ['1!1.2rc1', 3, [1, 2, 0]],
  ] as const)('baseRelease of %s to %i parts is %j', (text, length, expected) => {
    expect(parse(text).baseRelease(length)).toEqual(expected.map(BigInt));
  });

  it('baseRelease defaults to three parts and leaves the version unchanged', () => {
    const version = parse('1.2');
    expect(version.baseRelease()).toEqual([1n, 2n, 0n]);
    expect(version.release).toEqual([1n, 2n]);
  });
});

describe('sameRelease', () => {
  it('compares by PEP 440 rules, and is false for what is not a version', () => {
    expect([sameRelease('v0.3.4', '0.3.4.0'), sameRelease('1.0-rc.1', '1.0rc1'), sameRelease('1.0', '1.0.1'), sameRelease('x', 'x')]).toEqual([true, true, false, false]);
  });
});
