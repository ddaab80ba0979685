import { explain, valid as validPep440 } from '@renovatebot/pep440';
import { VERSION_PATTERN } from '@renovatebot/pep440/lib/version.js';
import semver from 'semver';
import { VersionError } from '../errors.js';
import { clipLine } from '../summary/fit-to-limit.js';

/** The pre-release phases PEP 440 normalizes to: `a` (alpha), `b` (beta), `rc` (c, pre, preview). */
export type PrePhase = 'a' | 'b' | 'rc';

/** A PEP 440 pre-release segment, e.g. `rc1` is `{ phase: 'rc', number: 1n }`. */
export interface PreRelease {
  readonly phase: PrePhase;
  readonly number: bigint;
}

/** A whole number of a version, as `fromParts` takes it: a bigint, or a safe integer for short. */
export type VersionNumber = bigint | number;

/** The parts of a PEP 440 version, as `Pep440Version.fromParts` takes them. */
export interface Pep440Parts {
  readonly epoch?: VersionNumber;
  readonly release: readonly VersionNumber[];
  readonly pre?: { readonly phase: PrePhase; readonly number: VersionNumber };
  readonly post?: VersionNumber;
  readonly dev?: VersionNumber;
  /** Normalized local label (lower case, `.`-separated), without the `+`. */
  readonly local?: string;
}

/** The version formats an action can write: PEP 440 for Python, SemVer for tags and package.json. */
export type VersionScheme = 'pep440' | 'semver';

// SemVer spells the PEP 440 phases out; `alpha < beta < rc` holds in SemVer's ASCII order too.
const SEMVER_PHASE: Readonly<Record<PrePhase, string>> = { a: 'alpha', b: 'beta', rc: 'rc' };
const PHASE_RANK: Readonly<Record<PrePhase, number>> = { a: 0, b: 1, rc: 2 };

// The PEP 440 grammar as @renovatebot/pep440 writes it (a port of packaging's VERSION_PATTERN),
// anchored like its `clean`: the groups give each number's digits exactly, where the library's
// own parse reads them with Number() and rounds past 2^53.
const VERSION_REGEX = new RegExp(`^\\s*${VERSION_PATTERN}\\s*$`, 'i');

/**
 * A PEP 440 version (https://peps.python.org/pep-0440/) as an immutable value object.
 * The grammar and the normalization of phase names come from `@renovatebot/pep440`, a port of
 * Python's `packaging.version`, so this class never matches versions with a regex of its own.
 *
 * Every number is a bigint: PEP 440 sets no limit, and a release such as 9007199254740993.0.0
 * (past 2^53) is read, compared, bumped and written exactly. Ordering is packaging's `_cmpkey`,
 * computed here on bigints for the same reason.
 */
export class Pep440Version {
  /** `N!` before the release; 0 when not written. */
  readonly epoch: bigint;
  /** The release parts as written (`1.0` stays `[1n, 0n]`; see `baseRelease` for padding). */
  readonly release: readonly bigint[];
  /** The a/b/rc segment, if any (`rc1`). */
  readonly pre?: PreRelease;
  /** The `.postN` number, if any. */
  readonly post?: bigint;
  /** The `.devN` number, if any. */
  readonly dev?: bigint;
  /** The normalized local label after `+`, if any (`ubuntu.1`). */
  readonly local?: string;

  private constructor(parts: NormalizedParts) {
    this.epoch = parts.epoch;
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
    const groups = VERSION_REGEX.exec(trimmed)?.groups;
    if (explained === null || groups === undefined) {
      throw new VersionError(`'${clipLine(text, 200)}' is not a PEP 440 version (expected something like 1.2.0, 1.2.0rc1 or 1.2.0.post1).`);
    }
    // The parser normalizes the phase (alpha → a, c/pre/preview → rc); the digits come from the groups.
    const phase = readPhase(explained.pre);
    const digits = (value: string | undefined): bigint => BigInt(value ?? '0');
    const plusAt = trimmed.indexOf('+');
    return Pep440Version.build(
      {
        epoch: digits(groups.epoch),
        release: (groups.release ?? '').split('.').map((part) => BigInt(part)),
        ...(phase === undefined ? {} : { pre: { phase, number: digits(groups.pre_n) } }),
        ...(groups.post === undefined ? {} : { post: digits(groups.post_n1 ?? groups.post_n2) }),
        ...(groups.dev === undefined ? {} : { dev: digits(groups.dev_n) }),
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
   * @throws VersionError when a number is negative or not a whole number, the release is empty,
   * or the local label is not one PEP 440 allows.
   */
  static fromParts(parts: Pep440Parts): Pep440Version {
    const subject = 'The version parts';
    const whole = (n: VersionNumber): bigint => {
      if (typeof n === 'bigint' ? n < 0n : !(Number.isSafeInteger(n) && n >= 0)) {
        throw new VersionError(`${subject}: ${String(n)} is not a whole number of 0 or more.`);
      }
      return BigInt(n);
    };
    return Pep440Version.build(
      {
        epoch: whole(parts.epoch ?? 0),
        release: parts.release.map(whole),
        ...(parts.pre === undefined ? {} : { pre: { phase: parts.pre.phase, number: whole(parts.pre.number) } }),
        ...(parts.post === undefined ? {} : { post: whole(parts.post) }),
        ...(parts.dev === undefined ? {} : { dev: whole(parts.dev) }),
        ...(parts.local === undefined ? {} : { local: parts.local }),
      },
      undefined,
    );
  }

  private static build(parts: NormalizedParts, text: string | undefined): Pep440Version {
    const subject = text === undefined ? 'The version parts' : `'${clipLine(text, 200)}'`;
    if (parts.release.length === 0) throw new VersionError(`${subject}: a PEP 440 version needs a release segment.`);
    const version = new Pep440Version(parts);
    // Round-trip the normalized form through the PEP 440 grammar: this checks the local label
    // and the phase names without a second grammar here.
    const normalized = version.toString();
    if (validPep440(normalized) === null || (version.local !== undefined && normalizeLocal(version.local) !== version.local)) {
      throw new VersionError(`${subject}: '${clipLine(normalized, 200)}' is not a normalized PEP 440 version.`);
    }
    return version;
  }

  /** Whether this is a pre-release in PEP 440's sense: it has an a/b/rc or a dev segment. */
  get isPrerelease(): boolean {
    return this.pre !== undefined || this.dev !== undefined;
  }

  /**
   * The release segment padded with zeros to at least `length` parts (1.2 → [1n, 2n, 0n]).
   * Longer releases are returned whole. PEP 440: trailing zeros do not change the version.
   */
  baseRelease(length = 3): readonly bigint[] {
    const padded = [...this.release];
    while (padded.length < length) padded.push(0n);
    return Object.freeze(padded);
  }

  /**
   * PEP 440 ordering: -1 when this sorts before `other`, 0 when equal, 1 when after. The keys are
   * packaging's `_cmpkey`: epoch; release without trailing zeros; the pre-release (a dev release
   * with neither pre nor post sorts before every pre-release, a final after them); post (none
   * first); dev (none last); local (none first; numeric segments after alphanumeric ones).
   */
  compare(other: Pep440Version): -1 | 0 | 1 {
    return (
      compareBig(this.epoch, other.epoch) ||
      compareRelease(this.release, other.release) ||
      compareKeys(preKey(this), preKey(other)) ||
      compareKeys(this.post === undefined ? BEFORE : [this.post], other.post === undefined ? BEFORE : [other.post]) ||
      compareKeys(this.dev === undefined ? AFTER : [this.dev], other.dev === undefined ? AFTER : [other.dev]) ||
      compareLocal(this.local, other.local)
    );
  }

  /** PEP 440 equality, so `1.0` equals `1.0.0` (compare their `toString()` for the written form). */
  equals(other: Pep440Version): boolean {
    return this.compare(other) === 0;
  }

  /** The PEP 440 normalized form: `1.0rc1`, `1.0.post1`, `1.0.dev3`, `1!2.0`, `1.0+ubuntu.1`. */
  toString(): string {
    let text = this.epoch === 0n ? '' : `${this.epoch}!`;
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
    if (this.epoch !== 0n) refuse('SemVer has no epoch');
    if (this.post !== undefined) refuse('SemVer has no post-releases');
    if (this.local !== undefined) refuse('SemVer build metadata does not order like a PEP 440 local label');
    if (this.release.slice(3).some((n) => n !== 0n)) refuse('SemVer has only three release parts');
    if (this.pre !== undefined && this.dev !== undefined) {
      refuse('SemVer would sort a dev release of a pre-release after that pre-release, PEP 440 before it');
    }
    const [major = 0n, minor = 0n, patch = 0n] = this.baseRelease(3);
    let text = `${major}.${minor}.${patch}`;
    if (this.pre !== undefined) text += `-${SEMVER_PHASE[this.pre.phase]}.${this.pre.number}`;
    if (this.dev !== undefined) text += `-dev.${this.dev}`;
    // The semver package refuses numbers past 2^53, which SemVer 2.0.0 itself allows: check the
    // rest of the grammar with it only where it can read the numbers.
    const small = [major, minor, patch, this.pre?.number ?? 0n, this.dev ?? 0n].every((n) => n <= BigInt(Number.MAX_SAFE_INTEGER));
    if (small && semver.valid(text) === null) refuse(`'${text}' is not valid SemVer`);
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

/** The parts once every number is a bigint. */
interface NormalizedParts {
  readonly epoch: bigint;
  readonly release: readonly bigint[];
  readonly pre?: PreRelease;
  readonly post?: bigint;
  readonly dev?: bigint;
  readonly local?: string;
}

function readPhase(pre: unknown): PrePhase | undefined {
  if (pre === null || pre === undefined) return undefined;
  // The typings say arrays; `explain` gives null for a missing segment. The parser has already
  // normalized alpha → a, beta → b, c/pre/preview → rc (PEP 440).
  const phase = Array.isArray(pre) ? (pre as unknown[])[0] : undefined;
  if (phase === 'a' || phase === 'b' || phase === 'rc') return phase;
  throw new VersionError(`Unexpected pre-release segment ${JSON.stringify(pre)} from the PEP 440 parser.`);
}

// Sort keys: BEFORE and AFTER stand for packaging's NegativeInfinity and Infinity.
type Key = readonly bigint[] | typeof BEFORE | typeof AFTER;
const BEFORE = 'before';
const AFTER = 'after';

function preKey(version: Pep440Version): Key {
  if (version.pre === undefined) return version.post === undefined && version.dev !== undefined ? BEFORE : AFTER;
  return [BigInt(PHASE_RANK[version.pre.phase]), version.pre.number];
}

function compareKeys(a: Key, b: Key): -1 | 0 | 1 {
  if (a === b) return 0;
  if (a === BEFORE || b === AFTER) return -1;
  if (a === AFTER || b === BEFORE) return 1;
  return compareRelease(a, b);
}

function compareBig(a: bigint, b: bigint): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Releases compare part by part, a missing part counting as 0 (PEP 440: 1.0 == 1.0.0). */
function compareRelease(a: readonly bigint[], b: readonly bigint[]): -1 | 0 | 1 {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = compareBig(a[i] ?? 0n, b[i] ?? 0n);
    if (order !== 0) return order;
  }
  return 0;
}

/** packaging: no label sorts first; segment by segment, alphanumeric before numeric; a longer label after its prefix. */
function compareLocal(a: string | undefined, b: string | undefined): -1 | 0 | 1 {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    if (xNumeric !== yNumeric) return xNumeric ? 1 : -1;
    const order = xNumeric ? compareBig(BigInt(x), BigInt(y)) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return compareBig(BigInt(left.length), BigInt(right.length));
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
