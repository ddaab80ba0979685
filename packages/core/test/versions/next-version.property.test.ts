import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VersionError } from '../../src/errors.js';
import { planNextVersion } from '../../src/versions/next-version.js';
import type { NextVersionRequest } from '../../src/versions/next-version.js';
import type { Pep440Version } from '../../src/versions/pep440-version.js';
import { arbFinal, arbPrerelease } from './version-arbitraries.js';

const arbBump = fc.constantFrom('major' as const, 'minor' as const, 'patch' as const, 'none' as const);
const arbPhase = fc.constantFrom(undefined, 'a' as const, 'b' as const, 'rc' as const, 'dev' as const);

function arbRequest(previous: fc.Arbitrary<Pep440Version>): fc.Arbitrary<NextVersionRequest> {
  return fc
    .record({ previous, bump: arbBump, prerelease: arbPhase, majorOnZero: fc.boolean() })
    .map(({ prerelease, ...rest }) => (prerelease === undefined ? rest : { ...rest, prerelease }));
}

/** The documented refusal: a pre-release phase earlier than the previous one, on the same target. */
function isRefusal(error: unknown): boolean {
  return error instanceof VersionError && error.message.startsWith('Cannot go back to the ');
}

function checkPlan(request: NextVersionRequest): void {
  let plan;
  try {
    plan = planNextVersion(request);
  } catch (error) {
    if (isRefusal(error)) {
      // Only ever for a pre-release previous, and only when a phase was asked for.
      expect(request.previous.isPrerelease).toBe(true);
      expect(request.prerelease).toBeDefined();
      return;
    }
    throw error;
  }
  if (request.bump === 'none') {
    expect(plan).toBeUndefined();
    return;
  }
  expect(plan).toBeDefined();
  if (plan === undefined) return;
  expect(plan.version.compare(request.previous)).toBe(1);
  expect(plan.version.epoch).toBe(request.previous.epoch);
  expect(plan.version.post).toBeUndefined();
  expect(plan.version.local).toBeUndefined();
  // Three release parts, or the whole release of a pre-release whose longer target is kept.
  const kept = plan.version.release.length === 3 ? undefined : request.previous.baseRelease(3);
  if (kept !== undefined) expect(plan.version.release).toEqual(kept);
  // A pre-release exactly when one was asked for.
  expect(plan.version.isPrerelease).toBe(request.prerelease !== undefined);
  if (request.bump !== 'major') expect(plan.bump).toBe(request.bump);
}

describe('planNextVersion properties', () => {
  it('plans a version greater than any final previous version', () => {
    fc.assert(fc.property(arbRequest(arbFinal), checkPlan), { numRuns: 500 });
  });

  it('plans a version greater than any pre-release previous version, or refuses an earlier phase', () => {
    fc.assert(fc.property(arbRequest(arbPrerelease), checkPlan), { numRuns: 1000 });
  });

  it('never refuses from a final release', () => {
    fc.assert(
      fc.property(arbRequest(arbFinal), (request) => {
        expect(() => planNextVersion(request)).not.toThrow();
      }),
    );
  });

  it('demotes major to minor only on 0.x with major-on-zero off', () => {
    fc.assert(
      fc.property(arbRequest(fc.oneof(arbFinal, arbPrerelease)), (request) => {
        if (request.bump !== 'major') return;
        let plan;
        try {
          plan = planNextVersion(request);
        } catch (error) {
          if (isRefusal(error)) return;
          throw error;
        }
        const demoted = !request.majorOnZero && request.previous.baseRelease(1)[0] === 0n;
        expect(plan?.bump).toBe(demoted ? 'minor' : 'major');
      }),
    );
  });
});
