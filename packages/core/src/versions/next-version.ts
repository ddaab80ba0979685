import { InputError, VersionError } from '../errors.js';
import { Pep440Version } from './pep440-version.js';

/** How far a release moves: from the commits, or asked for. `none` means nothing to release. */
export type BumpLevel = 'major' | 'minor' | 'patch' | 'none';

/** The pre-release phases a release can be cut in, earliest first: `dev < a < b < rc` (PEP 440). */
export type PrereleasePhase = 'a' | 'b' | 'rc' | 'dev';

/** What to plan from: the last released version and the change since. */
export interface NextVersionRequest {
  readonly previous: Pep440Version;
  readonly bump: BumpLevel;
  /** Cut a pre-release in this phase; `undefined` for a final release. */
  readonly prerelease?: PrereleasePhase;
  /** When false, a breaking change on 0.x bumps the minor part instead of going to 1.0.0. */
  readonly majorOnZero: boolean;
}

/** The planned version, the bump that was really applied, and one sentence saying why. */
export interface NextVersionPlan {
  readonly version: Pep440Version;
  /** The effective bump, after major-on-zero. */
  readonly bump: BumpLevel;
  readonly reason: string;
}

// PEP 440 spellings of each phase; "All ascii letters should be interpreted case insensitively".
const PHASE_SPELLINGS: Readonly<Record<string, PrereleasePhase>> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  rc: 'rc',
  c: 'rc',
  pre: 'rc',
  preview: 'rc',
  dev: 'dev',
};

const PHASE_ORDER: Readonly<Record<PrereleasePhase, number>> = { dev: 0, a: 1, b: 2, rc: 3 };
const LEVEL_ORDER: Readonly<Record<Exclude<BumpLevel, 'none'>, number>> = { patch: 1, minor: 2, major: 3 };

/**
 * Reads the `prerelease` input: '' → undefined (a final release); `a`/`alpha`, `b`/`beta`,
 * `rc` (and `c`, `pre`, `preview`, which PEP 440 normalizes to rc), `dev`; any case.
 * @throws InputError naming the input, the value and what is allowed.
 */
export function parsePrereleaseInput(name: string, raw: string): PrereleasePhase | undefined {
  const value = raw.trim().toLowerCase();
  if (value === '') return undefined;
  const phase = PHASE_SPELLINGS[value];
  if (phase !== undefined) return phase;
  throw new InputError(
    name,
    raw,
    'it must be empty (a final release) or one of: a (alpha), b (beta), rc (c, pre, preview), dev',
  );
}

/**
 * Plans the version after `previous`. Returns `undefined` when `bump` is `none`.
 *
 * Bumps apply to the release padded to three parts (1.2 → 1.2.0; parts past the third are
 * dropped); the epoch is kept, post, dev and local segments are dropped.
 *
 * A previous pre-release (a/b/rc, or a dev release without a post segment) has a target,
 * its release: a bump no bigger than the target's own level (1.0.0 major, 0.4.0 minor,
 * 0.4.1 patch) stays on the target — next number in the same phase, `1` in a later phase,
 * the final target without `prerelease` — and an earlier phase is refused. A bigger bump
 * moves the target and starts the phase again at 1.
 *
 * Mixed forms: `1.0rc1.dev2` is a dev release leading up to `1.0rc1`, so it counts as phase
 * rc of 1.0.0 whose rc1 is not out yet: `rc` gives `1.0rc1`, not rc2, and `dev` is refused as
 * an earlier phase. A post-release of a pre-release (`1.0rc1.post1`) counts as that
 * pre-release. A dev release of a post-release (`1.0.post1.dev1`) comes after the final 1.0,
 * so it is planned like a final release.
 *
 * @throws VersionError when `prerelease` is an earlier phase than the previous pre-release's.
 */
export function planNextVersion(request: NextVersionRequest): NextVersionPlan | undefined {
  const { previous, prerelease } = request;
  if (request.bump === 'none') return undefined;
  const base = previous.baseRelease(3).slice(0, 3);
  const demoted = request.bump === 'major' && !request.majorOnZero && base[0] === 0n;
  const bump: Exclude<BumpLevel, 'none'> = demoted ? 'minor' : request.bump;
  const note = demoted ? ' (a breaking change on 0.x bumps the minor part while major-on-zero is off)' : '';

  const current = readPrePhase(previous);
  let planned: { version: Pep440Version; why: string };
  if (current === undefined) {
    const target = bumpRelease(base, bump);
    const version = makeVersion(previous.epoch, target, prerelease, 1n);
    const first = prerelease === undefined ? '' : `, first ${prerelease} pre-release of ${releaseText(previous.epoch, target)}`;
    planned = { version, why: `${bump} bump of the final ${releaseText(previous.epoch, base)}${first}` };
  } else {
    planned = planFromPrerelease(previous, previous.baseRelease(3), current, bump, prerelease);
  }

  // The one promise of this function: never go backwards or stand still (PEP 440 order).
  if (planned.version.compare(previous) <= 0) {
    throw new VersionError(
      `Planned ${planned.version.toString()} is not greater than the previous ${previous.toString()}; this is a bug in the version planner.`,
    );
  }
  return {
    version: planned.version,
    bump,
    reason: `${previous.toString()} → ${planned.version.toString()}: ${planned.why}${note}`,
  };
}

/**
 * Checks the explicit `version` input: a PEP 440 version without a local label (PEP 440:
 * local versions "SHOULD NOT be used when publishing upstream projects to a public index server"),
 * strictly greater than `previous` when there is one.
 * @throws InputError naming the input, the value and what is allowed.
 */
export function validateExplicitVersion(input: string, raw: string, previous: Pep440Version | undefined): Pep440Version {
  const version = Pep440Version.tryParse(raw);
  if (version === undefined) {
    throw new InputError(input, raw, 'it must be a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1');
  }
  if (version.local !== undefined) {
    throw new InputError(input, raw, `it must not have a local label (+${version.local}): package indexes refuse local versions`);
  }
  if (previous !== undefined && version.compare(previous) <= 0) {
    const same = version.equals(previous) ? ', which it equals in PEP 440 order' : '';
    throw new InputError(input, raw, `it must be greater than the previous version ${previous.toString()}${same}`);
  }
  return version;
}

interface PrePhaseState {
  readonly phase: PrereleasePhase;
  readonly number: bigint;
  /** True for `1.0rc1.dev2`: a dev release before rc1, so rc1 itself is still to come. */
  readonly leadsUp: boolean;
}

function readPrePhase(version: Pep440Version): PrePhaseState | undefined {
  if (version.pre !== undefined) {
    const leadsUp = version.dev !== undefined && version.post === undefined;
    return { phase: version.pre.phase, number: version.pre.number, leadsUp };
  }
  // PEP 440: 1.0.post1.dev1 is a dev release of 1.0.post1, after the final 1.0.
  if (version.dev !== undefined && version.post === undefined) return { phase: 'dev', number: version.dev, leadsUp: false };
  return undefined;
}

function planFromPrerelease(
  previous: Pep440Version,
  target: readonly bigint[],
  current: PrePhaseState,
  bump: Exclude<BumpLevel, 'none'>,
  prerelease: PrereleasePhase | undefined,
): { version: Pep440Version; why: string } {
  const targetLevel = levelOf(target);
  const targetText = releaseText(previous.epoch, target);
  if (LEVEL_ORDER[bump] > LEVEL_ORDER[targetLevel]) {
    const moved = bumpRelease(target.slice(0, 3), bump);
    const version = makeVersion(previous.epoch, moved, prerelease, 1n);
    return { version, why: `${bump} goes past the ${targetText} ${targetLevel} target, so the target moves to ${releaseText(previous.epoch, moved)}` };
  }
  const within = `${bump} stays within the ${targetText} ${targetLevel} target`;
  if (prerelease === undefined) {
    return { version: makeVersion(previous.epoch, target, undefined, 0n), why: `${within}, released as final` };
  }
  if (prerelease === current.phase) {
    const number = current.leadsUp ? current.number : current.number + 1n;
    return { version: makeVersion(previous.epoch, target, prerelease, number), why: within };
  }
  if (PHASE_ORDER[prerelease] > PHASE_ORDER[current.phase]) {
    return {
      version: makeVersion(previous.epoch, target, prerelease, 1n),
      why: `${within}, moving from ${current.phase} to ${prerelease}`,
    };
  }
  throw new VersionError(
    `Cannot go back to the ${prerelease} phase after ${previous.toString()}: ${prerelease} comes before ${current.phase} in PEP 440 order (dev < a < b < rc), ` +
      `so ${makeVersion(previous.epoch, target, prerelease, 1n).toString()} would be lower. Use ${laterPhases(current.phase)}, or release ${targetText} as final.`,
  );
}

function laterPhases(phase: PrereleasePhase): string {
  const allowed = (Object.keys(PHASE_ORDER) as PrereleasePhase[]).filter((p) => PHASE_ORDER[p] >= PHASE_ORDER[phase]);
  return allowed.join(' or ');
}

/** The level a target release stands for: x.y.z with z > 0 is a patch, x.y.0 a minor, x.0.0 a major. */
function levelOf(release: readonly bigint[]): Exclude<BumpLevel, 'none'> {
  if (release.slice(2).some((n) => n > 0n)) return 'patch';
  if ((release[1] ?? 0n) > 0n) return 'minor';
  return 'major';
}

function bumpRelease(release: readonly bigint[], bump: Exclude<BumpLevel, 'none'>): bigint[] {
  const [major = 0n, minor = 0n, patch = 0n] = release;
  switch (bump) {
    case 'major':
      return [major + 1n, 0n, 0n];
    case 'minor':
      return [major, minor + 1n, 0n];
    case 'patch':
      return [major, minor, patch + 1n];
  }
}

function makeVersion(epoch: bigint, release: readonly bigint[], phase: PrereleasePhase | undefined, number: bigint): Pep440Version {
  if (phase === undefined) return Pep440Version.fromParts({ epoch, release });
  if (phase === 'dev') return Pep440Version.fromParts({ epoch, release, dev: number });
  return Pep440Version.fromParts({ epoch, release, pre: { phase, number } });
}

function releaseText(epoch: bigint, release: readonly bigint[]): string {
  return Pep440Version.fromParts({ epoch, release }).toString();
}
