import { compare as comparePep440, explain, valid as validPep440 } from '@renovatebot/pep440';
import semver from 'semver';
import { VersionError } from '../errors.js';

/** The pre-release phases PEP 440 normalizes to: `a` (alpha), `b` (beta), `rc` (c, pre, preview). */
export type PrePhase = 'a' | 'b' | 'rc';

/** A PEP 440 pre-release segment, e.g. `rc1` is `{ phase: 'rc', number: 1 }`. */
export interface PreRelease {
  readonly phase: PrePhase;
  readonly number: number;
}

/** The parts of a PEP 440 version, as `Pep440Version.fromParts` takes them. */
export interface Pep440Parts {
  readonly epoch?: number;
  readonly release: readonly number[];
  readonly pre?: PreRelease;
  readonly post?: number;
  readonly dev?: number;
  /** Normalized local label (lower case, `.`-separated), without the `+`. */
  readonly local?: string;
}

/** The version formats an action can write: PEP 440 for Python, SemVer for tags and package.json. */
export type VersionScheme = 'pep440' | 'semver';

// SemVer spells the PEP 440 phases out; `alpha < beta < rc` holds in SemVer's ASCII order too.
const SEMVER_PHASE: Readonly<Record<PrePhase, string>> = { a: 'alpha', b: 'beta', rc: 'rc' };

/**
 * A PEP 440 version (https://peps.python.org/pep-0440/) as an immutable value object.
 * Parsing and ordering are delegated to `@renovatebot/pep440`, a port of Python's
 * `packaging.version`, so this class never matches versions with a regex of its own.
 *
 * Every number is a safe JavaScript integer; PEP 440 allows larger ones, which are refused
 * rather than silently rounded.
 */
export class Pep440Version {
  /** `N!` before the release; 0 when not written. */
  readonly epoch: number;
  /** The release parts as written (`1.0` stays `[1, 0]`; see `baseRelease` for padding). */
  readonly release: readonly number[];
  /** The a/b/rc segment, if any (`rc1`). */
  readonly pre?: PreRelease;
  /** The `.postN` number, if any. */
  readonly post?: number;
  /** The `.devN` number, if any. */
  readonly dev?: number;
  /** The normalized local label after `+`, if any (`ubuntu.1`). */
  readonly local?: string;

  private constructor(parts: Pep440Parts) {
    this.epoch = parts.epoch ?? 0;
    this.release = Object.freeze([...parts.release]);
    if (parts.pre !== undefined) this.pre = Object.freeze({ phase: parts.pre.phase, number: parts.pre.number });
    if (parts.post !== undefined) this.post = parts.post;
    if (parts.dev !== undefined) this.dev = parts.dev;
    if (parts.local !== undefined) this.local = parts.local;
    Object.freeze(this);
  }

  /**
   * Parses anything PEP 440 accepts and normalizes it: `v1.0`, `1.0-rc.1` (→ `1.0rc1`),
   * `1.0.0-alpha.1` (→ `1.0.0a1`), `1!2.0`, `1.0-1` (→ `1.0.post1`), `1.0.dev3`, `1.0+ubuntu-1`.
   * @throws VersionError naming the text when it is not a PEP 440 version.
   */
  static parse(text: string): Pep440Version {
    // PEP 440: "Leading and trailing whitespace must be silently ignored".
    const trimmed = text.trim();
    const explained = explain(trimmed);
    if (explained === null) {
      throw new VersionError(`'${text}' is not a PEP 440 version (expected something like 1.2.0, 1.2.0rc1 or 1.2.0.post1).`);
    }
    // The typings say arrays, but `explain` gives null for a missing segment and a bare number
    // for post and dev: read them defensively.
    const pre = readPre(explained.pre);
    const post = readNumber(explained.post);
    const dev = readNumber(explained.dev);
    const plusAt = trimmed.indexOf('+');
    return Pep440Version.build(
      {
        epoch: explained.epoch,
        release: explained.release,
        ...(pre === undefined ? {} : { pre }),
        ...(post === undefined ? {} : { post }),
        ...(dev === undefined ? {} : { dev }),
        ...(plusAt < 0 ? {} : { local: normalizeLocal(trimmed.slice(plusAt + 1)) }),
      },
      text,
    );
  }

  /** Like `parse`, but returns `undefined` for text that is not a PEP 440 version. */
  static tryParse(text: string): Pep440Version | undefined {
    try {
      return Pep440Version.parse(text);
    } catch (error) {
      if (error instanceof VersionError) return undefined;
      throw error;
    }
  }

  /**
   * Builds a version from its parts (for planners that compute a next version).
   * @throws VersionError when a number is negative or not a safe integer, the release is empty,
   * or the local label is not one PEP 440 allows.
   */
  static fromParts(parts: Pep440Parts): Pep440Version {
    return Pep440Version.build(parts, undefined);
  }

  private static build(parts: Pep440Parts, text: string | undefined): Pep440Version {
    const subject = text === undefined ? 'The version parts' : `'${text}'`;
    const numbers = [parts.epoch ?? 0, ...parts.release, parts.pre?.number, parts.post, parts.dev];
    for (const n of numbers) {
      if (n !== undefined && !(Number.isSafeInteger(n) && n >= 0)) {
        throw new VersionError(`${subject}: ${String(n)} is not a whole number between 0 and ${Number.MAX_SAFE_INTEGER}.`);
      }
    }
    if (parts.release.length === 0) throw new VersionError(`${subject}: a PEP 440 version needs a release segment.`);
    const version = new Pep440Version(parts);
    // Round-trip the normalized form through the PEP 440 parser: this checks the local label
    // and the phase names without a second grammar here.
    const normalized = version.toString();
    if (validPep440(normalized) === null || (version.local !== undefined && normalizeLocal(version.local) !== version.local)) {
      throw new VersionError(`${subject}: '${normalized}' is not a normalized PEP 440 version.`);
    }
    return version;
  }

  /** Whether this is a pre-release in PEP 440's sense: it has an a/b/rc or a dev segment. */
  get isPrerelease(): boolean {
    return this.pre !== undefined || this.dev !== undefined;
  }

  /**
   * The release segment padded with zeros to at least `length` parts (1.2 → [1, 2, 0]).
   * Longer releases are returned whole. PEP 440: trailing zeros do not change the version.
   */
  baseRelease(length = 3): readonly number[] {
    const padded = [...this.release];
    while (padded.length < length) padded.push(0);
    return Object.freeze(padded);
  }

  /** PEP 440 ordering: -1 when this sorts before `other`, 0 when equal, 1 when after. */
  compare(other: Pep440Version): -1 | 0 | 1 {
    return Math.sign(comparePep440(this.toString(), other.toString())) as -1 | 0 | 1;
  }

  /** PEP 440 equality, so `1.0` equals `1.0.0` (compare their `toString()` for the written form). */
  equals(other: Pep440Version): boolean {
    return this.compare(other) === 0;
  }

  /** The PEP 440 normalized form: `1.0rc1`, `1.0.post1`, `1.0.dev3`, `1!2.0`, `1.0+ubuntu.1`. */
  toString(): string {
    let text = this.epoch === 0 ? '' : `${this.epoch}!`;
    text += this.release.join('.');
    if (this.pre !== undefined) text += `${this.pre.phase}${this.pre.number}`;
    if (this.post !== undefined) text += `.post${this.post}`;
    if (this.dev !== undefined) text += `.dev${this.dev}`;
    if (this.local !== undefined) text += `+${this.local}`;
    return text;
  }

  /**
   * The same version as SemVer 2.0.0, with the release padded to three parts:
   * `1.4` → `1.4.0`, `1.4.0rc1` → `1.4.0-rc.1`, `1.4.0a1` → `1.4.0-alpha.1`,
   * `1.4.0b2` → `1.4.0-beta.2`, `1.4.0.dev2` → `1.4.0-dev.2`.
   *
   * Every result parses back (`Pep440Version.parse`) to an equal version, so SemVer tags can be
   * read as PEP 440. SemVer orders these as PEP 440 does, with one exception it cannot avoid while
   * staying readable back: it puts `dev` after `alpha` and `beta` (ASCII order), where PEP 440 puts
   * `1.4.0.dev2` before `1.4.0a1`. (`dev` before `rc` and before the final release agree.)
   *
   * @throws VersionError for what SemVer cannot say: an epoch, a post-release, a local label,
   * a non-zero fourth release part, and a dev release of a pre-release (`1.4.0rc1.dev2`):
   * `1.4.0-rc.1.dev.2` would sort after `1.4.0-rc.1` in SemVer, but PEP 440 puts it before.
   */
  toSemver(): string {
    const refuse = (why: string): never => {
      throw new VersionError(`${this.toString()} cannot be written as SemVer: ${why}.`);
    };
    if (this.epoch !== 0) refuse('SemVer has no epoch');
    if (this.post !== undefined) refuse('SemVer has no post-releases');
    if (this.local !== undefined) refuse('SemVer build metadata does not order like a PEP 440 local label');
    if (this.release.slice(3).some((n) => n !== 0)) refuse('SemVer has only three release parts');
    if (this.pre !== undefined && this.dev !== undefined) {
      refuse('SemVer would sort a dev release of a pre-release after that pre-release, PEP 440 before it');
    }
    const [major, minor, patch] = this.baseRelease(3);
    let text = `${major}.${minor}.${patch}`;
    if (this.pre !== undefined) text += `-${SEMVER_PHASE[this.pre.phase]}.${this.pre.number}`;
    if (this.dev !== undefined) text += `-dev.${this.dev}`;
    if (semver.valid(text) === null) refuse(`'${text}' is not valid SemVer`);
    return text;
  }
}

/**
 * Writes a version in the given scheme: `pep440` for Python metadata, `semver` for tags and
 * package.json (see `Pep440Version.toSemver` for what SemVer refuses).
 */
export function formatVersion(version: Pep440Version, scheme: VersionScheme): string {
  switch (scheme) {
    case 'pep440':
      return version.toString();
    case 'semver':
      return version.toSemver();
  }
}

function readPre(pre: unknown): PreRelease | undefined {
  if (pre === null || pre === undefined) return undefined;
  if (Array.isArray(pre)) {
    const [phase, number] = pre as unknown[];
    // The parser has already normalized alpha → a, beta → b, c/pre/preview → rc (PEP 440).
    if ((phase === 'a' || phase === 'b' || phase === 'rc') && typeof number === 'number') return { phase, number };
  }
  throw new VersionError(`Unexpected pre-release segment ${JSON.stringify(pre)} from the PEP 440 parser.`);
}

function readNumber(segment: unknown): number | undefined {
  if (segment === null || segment === undefined) return undefined;
  if (typeof segment === 'number') return segment;
  if (Array.isArray(segment) && typeof segment[1] === 'number') return segment[1];
  throw new VersionError(`Unexpected segment ${JSON.stringify(segment)} from the PEP 440 parser.`);
}

/**
 * PEP 440 local labels: lower case, `-`/`_` separators become `.`, and all-digit segments are
 * integers (`01` → `1`). Done here because the parser reads any `Number()`-able segment as a
 * number, turning `1e5` into `100000`; Python's packaging only converts all-digit segments.
 */
function normalizeLocal(label: string): string {
  return label
    .toLowerCase()
    .split(/[-_.]/)
    .map((segment) => (segment !== '' && [...segment].every((c) => c >= '0' && c <= '9') ? BigInt(segment).toString() : segment))
    .join('.');
}

/**
 * Whether two version strings name the same release by PEP 440 rules (`v0.3.4`, `0.3.4.0` and
 * `0.3.4` do); false when either is not a PEP 440 version.
 */
export function sameRelease(a: string, b: string): boolean {
  const left = Pep440Version.tryParse(a);
  const right = Pep440Version.tryParse(b);
  return left !== undefined && right !== undefined && left.equals(right);
}
