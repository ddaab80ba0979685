import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { VersionError } from '../../src/errors.js';
import { formatVersion, Pep440Version } from '../../src/versions/pep440-version.js';

const parse = (text: string): Pep440Version => Pep440Version.parse(text);

describe('Pep440Version.toSemver', () => {
  it.each([
    ['1.4', '1.4.0'],
    ['1.4.0', '1.4.0'],
    ['1', '1.0.0'],
    ['1.2.3.0', '1.2.3'], // PEP 440: trailing zeros do not change the version
    ['v01.04.00', '1.4.0'],
    ['1.4.0rc1', '1.4.0-rc.1'],
    ['1.4.0a1', '1.4.0-alpha.1'],
    ['1.4.0b2', '1.4.0-beta.2'],
    ['1.4c3', '1.4.0-rc.3'],
    ['1.4.0a0', '1.4.0-alpha.0'],
    ['1.4.0.dev2', '1.4.0-dev.2'],
    ['0.0.1.dev0', '0.0.1-dev.0'],
  ])('writes %s as %s', (text, expected) => {
    expect(parse(text).toSemver()).toBe(expected);
    expect(semver.valid(expected)).toBe(expected);
  });

  it.each(['1.4.0', '1.4.0-rc.1', '1.4.0-alpha.1', '1.4.0-beta.2', '1.4.0-dev.2'])(
    'reads %s back as the same PEP 440 version',
    (text) => {
      expect(parse(text).toSemver()).toBe(text);
    },
  );

  it.each([
    ['1!2.0', '1!2.0 cannot be written as SemVer: SemVer has no epoch.'],
    ['1.0.post1', '1.0.post1 cannot be written as SemVer: SemVer has no post-releases.'],
    ['1.0+ubuntu.1', '1.0+ubuntu.1 cannot be written as SemVer: SemVer build metadata does not order like a PEP 440 local label.'],
    ['1.2.3.4', '1.2.3.4 cannot be written as SemVer: SemVer has only three release parts.'],
    [
      '1.4.0rc1.dev2',
      '1.4.0rc1.dev2 cannot be written as SemVer: SemVer would sort a dev release of a pre-release after that pre-release, PEP 440 before it.',
    ],
  ])('refuses %s', (text, message) => {
    const version = parse(text);
    expect(() => version.toSemver()).toThrow(VersionError);
    expect(() => version.toSemver()).toThrow(message);
  });

  it('orders a release series as PEP 440 does', () => {
    const series = ['1.4.0.dev1', '1.4.0rc1', '1.4.0rc2', '1.4.0', '1.4.1a1', '1.4.1b1', '1.4.1rc1', '1.4.1', '1.5.0.dev3', '1.5.0'];
    const asSemver = series.map((text) => parse(text).toSemver());
    expect([...asSemver].reverse().sort(semver.compare)).toEqual(asSemver);
  });

  it('documents the one disagreement: SemVer sorts dev after alpha and beta (ASCII order)', () => {
    expect(parse('1.4.0.dev1').compare(parse('1.4.0a1'))).toBe(-1);
    expect(semver.compare(parse('1.4.0.dev1').toSemver(), parse('1.4.0a1').toSemver())).toBe(1);
    // ...while dev before rc and before the final release agree.
    expect(semver.compare(parse('1.4.0.dev1').toSemver(), parse('1.4.0rc1').toSemver())).toBe(-1);
  });
});

describe('formatVersion', () => {
  const version = parse('2.0.0rc1');

  it('writes the PEP 440 normalized form', () => {
    expect(formatVersion(version, 'pep440')).toBe('2.0.0rc1');
    expect(formatVersion(parse('1.0-1'), 'pep440')).toBe('1.0.post1');
  });

  it('writes SemVer', () => {
    expect(formatVersion(version, 'semver')).toBe('2.0.0-rc.1');
  });

  it('passes on the SemVer refusal', () => {
    expect(() => formatVersion(parse('1.0.post1'), 'semver')).toThrow(VersionError);
  });
});
