import { compare as comparePep440 } from '@renovatebot/pep440';
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { Pep440Version } from '../../src/versions/pep440-version.js';
import { arbSemverable, arbVersion } from './version-arbitraries.js';

describe('Pep440Version properties', () => {
  it('parse(toString(v)) is v, and toString is idempotent', () => {
    fc.assert(
      fc.property(arbVersion, (version) => {
        const text = version.toString();
        const reparsed = Pep440Version.parse(text);
        expect(reparsed).toEqual(version);
        expect(reparsed.equals(version)).toBe(true);
        expect(reparsed.toString()).toBe(text);
      }),
    );
  });

  it('compare is antisymmetric and agrees with equals', () => {
    fc.assert(
      fc.property(arbVersion, arbVersion, (a, b) => {
        expect(a.compare(b)).toBe(-b.compare(a) || 0);
        expect(a.equals(b)).toBe(a.compare(b) === 0);
      }),
    );
  });

  // The order is computed here on bigints; within doubles' range it must be the library's
  // (a port of Python's packaging), which is the reference.
  it('compare agrees with @renovatebot/pep440 on numbers it can hold', () => {
    fc.assert(
      fc.property(arbVersion, arbVersion, (a, b) => {
        expect(a.compare(b)).toBe(Math.sign(comparePep440(a.toString(), b.toString())));
      }),
      { numRuns: 2000 },
    );
  });

  it('compare is transitive', () => {
    fc.assert(
      fc.property(arbVersion, arbVersion, arbVersion, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p.compare(q));
        if (x === undefined || y === undefined || z === undefined) throw new Error('three versions expected');
        // A non-transitive order would leave some sorted x > z.
        expect(x.compare(y)).toBeLessThanOrEqual(0);
        expect(y.compare(z)).toBeLessThanOrEqual(0);
        expect(x.compare(z)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('toSemver gives valid SemVer that reads back as the same PEP 440 version', () => {
    fc.assert(
      fc.property(arbSemverable, (version) => {
        const text = version.toSemver();
        expect(semver.valid(text)).toBe(text);
        expect(Pep440Version.parse(text).equals(version)).toBe(true);
      }),
    );
  });

  // Finals and a/b/rc pre-releases order the same in both schemes. A dev release also agrees
  // with finals, rc and other releases; only dev against alpha/beta of the same release differs
  // (see the toSemver JSDoc), so that one pairing is left out here.
  it('SemVer orders as PEP 440 does', () => {
    const devAgainstAlphaOrBeta = (a: Pep440Version, b: Pep440Version): boolean =>
      a.dev !== undefined && b.pre !== undefined && b.pre.phase !== 'rc' && a.toSemver().split('-')[0] === b.toSemver().split('-')[0];
    fc.assert(
      fc.property(arbSemverable, arbSemverable, (a, b) => {
        fc.pre(!devAgainstAlphaOrBeta(a, b) && !devAgainstAlphaOrBeta(b, a));
        expect(semver.compare(a.toSemver(), b.toSemver())).toBe(a.compare(b));
      }),
    );
  });
});
