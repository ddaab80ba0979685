import { describe, expect, it } from 'vitest';
import { VersionError } from '../../src/errors.js';
import { planNextVersion } from '../../src/versions/next-version.js';
import type { BumpLevel, NextVersionPlan, PrereleasePhase } from '../../src/versions/next-version.js';
import { Pep440Version } from '../../src/versions/pep440-version.js';

function plan(previous: string, bump: BumpLevel, prerelease?: PrereleasePhase, majorOnZero = true): NextVersionPlan | undefined {
  return planNextVersion({ previous: Pep440Version.parse(previous), bump, ...(prerelease ? { prerelease } : {}), majorOnZero });
}

function next(previous: string, bump: BumpLevel, prerelease?: PrereleasePhase, majorOnZero = true): string | undefined {
  return plan(previous, bump, prerelease, majorOnZero)?.version.toString();
}

describe('planNextVersion from a final release', () => {
  it.each([
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['1.2', 'patch', '1.2.1'], // padded to three parts first
    ['1', 'minor', '1.1.0'],
    ['1.2.3.4', 'patch', '1.2.4'], // parts past the third are dropped
    ['1.2.0.post1', 'patch', '1.2.1'], // post dropped
    ['1.2.0+local.1', 'minor', '1.3.0'], // local dropped
    ['1.0.post1.dev1', 'patch', '1.0.1'], // a dev of a post-release comes after the final 1.0
    ['2!1.2.3', 'major', '2!2.0.0'], // epoch kept
    ['0.3.3', 'major', '1.0.0'],
  ] as const)('%s + %s → %s', (previous, bump, expected) => {
    expect(next(previous, bump)).toBe(expected);
  });

  it.each([
    ['0.3.3', 'minor', 'rc', '0.4.0rc1'],
    ['0.3.3', 'minor', 'dev', '0.4.0.dev1'],
    ['0.3.3', 'patch', 'a', '0.3.4a1'],
    ['1.9.9', 'major', 'b', '2.0.0b1'],
    ['1!1.0', 'patch', 'rc', '1!1.0.1rc1'],
  ] as const)('%s + %s with prerelease %s → %s', (previous, bump, prerelease, expected) => {
    expect(next(previous, bump, prerelease)).toBe(expected);
  });

  it('says why in one sentence', () => {
    expect(plan('0.3.3', 'minor', 'rc')?.reason).toBe('0.3.3 → 0.4.0rc1: minor bump of the final 0.3.3, first rc pre-release of 0.4.0');
    expect(plan('1.2.0.post1', 'patch')?.reason).toBe('1.2.0.post1 → 1.2.1: patch bump of the final 1.2.0');
  });
});

describe('planNextVersion and major-on-zero', () => {
  it('turns a breaking change on 0.x into a minor bump when major-on-zero is off', () => {
    const result = plan('0.3.3', 'major', undefined, false);
    expect(result?.version.toString()).toBe('0.4.0');
    expect(result?.bump).toBe('minor');
    expect(result?.reason).toBe(
      '0.3.3 → 0.4.0: minor bump of the final 0.3.3 (a breaking change on 0.x bumps the minor part while major-on-zero is off)',
    );
  });

  it('goes to 1.0.0 when major-on-zero is on', () => {
    const result = plan('0.3.3', 'major', undefined, true);
    expect(result?.version.toString()).toBe('1.0.0');
    expect(result?.bump).toBe('major');
  });

  it('leaves 1.x alone', () => {
    expect(plan('1.3.3', 'major', undefined, false)?.bump).toBe('major');
    expect(next('1.3.3', 'major', undefined, false)).toBe('2.0.0');
  });

  it('applies to the target of a 0.x pre-release, which then stays put', () => {
    const result = plan('0.4.0rc1', 'major', 'rc', false);
    expect(result?.version.toString()).toBe('0.4.0rc2');
    expect(result?.bump).toBe('minor');
  });
});

describe('planNextVersion from a pre-release', () => {
  it.each([
    // same phase → the next number
    ['0.4.0rc1', 'patch', 'rc', '0.4.0rc2'],
    ['0.4.0rc1', 'minor', 'rc', '0.4.0rc2'],
    ['1.0.0b3', 'major', 'b', '1.0.0b4'],
    ['0.4.1a1', 'patch', 'a', '0.4.1a2'],
    ['0.4.0.dev1', 'patch', 'dev', '0.4.0.dev2'],
    ['1.0rc1', 'patch', 'rc', '1.0.0rc2'], // the target is padded
    ['1!0.4.0rc1', 'patch', 'rc', '1!0.4.0rc2'],
    ['0.4.0rc1.post1', 'patch', 'rc', '0.4.0rc2'], // a post of rc1 counts as rc1
    ['0.4.0rc1.post1.dev1', 'patch', 'rc', '0.4.0rc2'],
    // a later phase → 1
    ['0.4.0b2', 'patch', 'rc', '0.4.0rc1'],
    ['0.4.0a5', 'minor', 'b', '0.4.0b1'],
    ['0.4.0.dev3', 'patch', 'a', '0.4.0a1'],
    ['0.4.0.dev3', 'patch', 'rc', '0.4.0rc1'],
    // no prerelease → the final target
    ['0.4.0rc2', 'patch', undefined, '0.4.0'],
    ['0.4.0rc2', 'minor', undefined, '0.4.0'],
    ['1.0.0a1', 'major', undefined, '1.0.0'],
    ['0.4.0.dev1', 'patch', undefined, '0.4.0'],
    ['1.2.3.4rc1', 'patch', undefined, '1.2.3.4'], // a long target is kept whole
  ] as const)('%s + %s with prerelease %s stays on the target: %s', (previous, bump, prerelease, expected) => {
    expect(next(previous, bump, prerelease)).toBe(expected);
  });

  it.each([
    ['0.4.0rc1', 'major', 'rc', '1.0.0rc1'],
    ['0.4.0rc1', 'major', undefined, '1.0.0'],
    ['0.4.0rc3', 'major', 'a', '1.0.0a1'], // any phase once the target moves
    ['0.4.0rc3', 'major', 'dev', '1.0.0.dev1'],
    ['0.4.1rc1', 'minor', 'b', '0.5.0b1'],
    ['0.4.1b2', 'minor', undefined, '0.5.0'],
    ['0.4.1.dev2', 'major', undefined, '1.0.0'],
    ['2!0.4.1rc1', 'minor', 'rc', '2!0.5.0rc1'],
  ] as const)('%s + %s with prerelease %s moves the target: %s', (previous, bump, prerelease, expected) => {
    expect(next(previous, bump, prerelease)).toBe(expected);
  });

  it('says why, naming the target and its level', () => {
    expect(plan('0.4.0rc1', 'patch', 'rc')?.reason).toBe('0.4.0rc1 → 0.4.0rc2: patch stays within the 0.4.0 minor target');
    expect(plan('0.4.0b2', 'patch', 'rc')?.reason).toBe('0.4.0b2 → 0.4.0rc1: patch stays within the 0.4.0 minor target, moving from b to rc');
    expect(plan('0.4.0rc2', 'patch')?.reason).toBe('0.4.0rc2 → 0.4.0: patch stays within the 0.4.0 minor target, released as final');
    expect(plan('0.4.0rc1', 'major', 'rc')?.reason).toBe(
      '0.4.0rc1 → 1.0.0rc1: major goes past the 0.4.0 minor target, so the target moves to 1.0.0',
    );
    expect(plan('1.0.0rc1', 'major')?.reason).toBe('1.0.0rc1 → 1.0.0: major stays within the 1.0.0 major target, released as final');
    expect(plan('1.0.1rc1', 'minor')?.reason).toBe('1.0.1rc1 → 1.1.0: minor goes past the 1.0.1 patch target, so the target moves to 1.1.0');
  });

  it.each([
    ['0.4.0rc2', 'b', "Cannot go back to the b phase after 0.4.0rc2: b comes before rc in PEP 440 order (dev < a < b < rc), so 0.4.0b1 would be lower. Use rc, or release 0.4.0 as final."],
    ['0.4.0b1', 'a', 'Cannot go back to the a phase after 0.4.0b1: a comes before b in PEP 440 order (dev < a < b < rc), so 0.4.0a1 would be lower. Use b or rc, or release 0.4.0 as final.'],
    ['0.4.0a1', 'dev', 'Cannot go back to the dev phase after 0.4.0a1: dev comes before a in PEP 440 order (dev < a < b < rc), so 0.4.0.dev1 would be lower. Use a or b or rc, or release 0.4.0 as final.'],
  ] as const)('refuses to go from %s back to phase %s', (previous, prerelease, message) => {
    expect(() => plan(previous, 'patch', prerelease)).toThrow(VersionError);
    expect(() => plan(previous, 'patch', prerelease)).toThrow(message);
  });
});

describe('planNextVersion from a dev release of a pre-release (1.0rc1.dev2)', () => {
  // Documented choice: 1.0rc1.dev2 leads up to 1.0rc1, so it is phase rc of 1.0.0 with rc1 still to come.
  it('releases the pre-release it led up to in the same phase', () => {
    expect(next('1.0rc1.dev2', 'patch', 'rc')).toBe('1.0.0rc1');
    expect(next('1.0a3.dev1', 'minor', 'a')).toBe('1.0.0a3');
  });

  it('moves to a later phase, the final release, or a new target like any rc', () => {
    expect(next('1.0b1.dev2', 'patch', 'rc')).toBe('1.0.0rc1');
    expect(next('1.0rc1.dev2', 'patch')).toBe('1.0.0');
    expect(next('1.1rc1.dev2', 'major', 'rc')).toBe('2.0.0rc1');
    expect(next('1.0rc1.dev2', 'major', 'rc')).toBe('1.0.0rc1'); // 1.0.0 is already a major target
  });

  it('refuses dev, an earlier phase than rc', () => {
    expect(() => plan('1.0rc1.dev2', 'patch', 'dev')).toThrow(/Cannot go back to the dev phase after 1\.0rc1\.dev2: dev comes before rc/);
  });
});

describe('planNextVersion with nothing to release', () => {
  it.each(['1.2.3', '0.4.0rc1', '1.0.dev1'])('returns undefined for bump none from %s', (previous) => {
    expect(plan(previous, 'none')).toBeUndefined();
    expect(plan(previous, 'none', 'rc')).toBeUndefined();
  });
});

describe('planNextVersion result', () => {
  it('reports the effective bump, and the version is a frozen value object', () => {
    const result = plan('0.4.0rc1', 'patch', 'rc');
    expect(result?.bump).toBe('patch');
    expect(result?.version).toBeInstanceOf(Pep440Version);
    expect(Object.isFrozen(result?.version)).toBe(true);
  });
});
