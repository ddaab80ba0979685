import semver from 'semver';
import { Pep440Version } from '../versions/pep440-version.js';

/**
 * How a changelog writes its release headings. Keep a Changelog writes `## [1.2.0] - 2025-01-01`;
 * conventional-changelog writes `## [1.2.0](https://…/compare/v1.1.0...v1.2.0) (2025-01-01)`
 * (and `#` for major releases); hand-written files often use `## v1.2.0` or `## 1.2.0 (2025-01-01)`.
 */
export interface HeadingStyle {
  /** `##` normally; conventional-changelog writes `#` for major releases. */
  readonly level: 1 | 2;
  /** `## [1.2.0]` (Keep a Changelog). */
  readonly brackets: boolean;
  /** `## [1.2.0](https://…/compare/…)`: the compare link is inline, so no link reference line is used. */
  readonly link: boolean;
  /** `## v1.2.0`. */
  readonly vPrefix: boolean;
  /** `- 2025-01-01` (Keep a Changelog), `(2025-01-01)` (conventional-changelog) or no date. */
  readonly date: 'dash' | 'paren' | 'none';
}

/** `## [1.2.0] - 2025-01-01`, as https://keepachangelog.com/en/1.1.0/ writes it. */
export const KEEP_A_CHANGELOG_STYLE: HeadingStyle = Object.freeze({
  level: 2,
  brackets: true,
  link: false,
  vPrefix: false,
  date: 'dash',
});

/** A release heading (or the `[Unreleased]` one) read from a changelog. */
export interface ParsedHeading {
  /** The version as written, without a leading `v`; `Unreleased` (as written) for the Unreleased heading. */
  readonly version: string;
  /** The date (or whatever stands in the date's place, e.g. `TBD`), if written. */
  readonly date?: string;
  /** The inline link's URL, for `## [1.2.0](url)`. */
  readonly url?: string;
  readonly style: HeadingStyle;
  readonly unreleased: boolean;
  /** `## [1.2.0] - 2025-01-01 [YANKED]` (Keep a Changelog's marker for a pulled release). */
  readonly yanked: boolean;
  /**
   * The heading's own level. `3` only for the inline-link form standard-version writes for patch
   * releases (`### [1.2.1](url) (date)`); `style.level` is then 2.
   */
  readonly level: 1 | 2 | 3;
}

/** What one heading line is, for the document reader. */
export type HeadingReading =
  | { readonly kind: 'release'; readonly heading: ParsedHeading }
  | { readonly kind: 'invalid'; readonly problem: string };

const ATX = /^ {0,3}(#{1,3})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
// The version part: `[token]` with an optional inline `(url)`, or a bare token.
const VERSION_PART = /^(?:\[([^\]]*)\](?:\(([^()\s]*)\))?|([^\s[\]()]+))(.*)$/;
// What may follow the version: a date after a dash or in parentheses, then Keep a Changelog's
// `[YANKED]` marker. En and em dashes are accepted on reading; `-` is written.
const AFTER_VERSION = /^(?:[ \t]+[-–—][ \t]+([^\s[\]()]+)|[ \t]*\(([^()]+)\))?(?:[ \t]+\[YANKED\])?[ \t]*$/i;
const LOOKS_LIKE_VERSION = /^v?\d/i;

/**
 * Whether `version` (without `v`) is a version a changelog heading may carry: PEP 440
 * (`1.2.0rc1`, `1.2.0.post1`) or SemVer (`1.2.0-rc.1`, as JavaScript tools write).
 */
export function isHeadingVersion(version: string): boolean {
  return Pep440Version.tryParse(version) !== undefined || semver.valid(version) !== null;
}

/**
 * The key two heading versions are compared by: lower case, without a leading `v`
 * (`V1.2.0RC1` and `1.2.0rc1` are one release). Callers pass normalized PEP 440 versions.
 */
export function versionKey(version: string): string {
  return version.trim().toLowerCase().replace(/^v/, '');
}

/**
 * Reads one line as a release heading. Returns `undefined` for anything that is not one
 * (`# Changelog`, `## Contributing`, `### Added`), and `invalid` for a line that looks like a
 * release heading but cannot be read (`## [1.2.x] - 2025-01-01`, `## [1.2.0] whatever`).
 */
export function readReleaseHeading(line: string): HeadingReading | undefined {
  const atx = ATX.exec(line);
  if (atx === null) return undefined;
  const hashes = atx[1] ?? '';
  const text = atx[2] ?? '';
  const parts = VERSION_PART.exec(text);
  if (parts === null) return undefined;
  const bracketed = parts[1];
  const url = parts[2];
  const token = (bracketed ?? parts[3] ?? '').trim();
  const rest = parts[4] ?? '';
  const level = hashes.length as 1 | 2 | 3;
  const unreleased = token.toLowerCase() === 'unreleased';
  if (level === 3) {
    // `### …` is a subsection (`### Added`) unless it is standard-version's patch heading,
    // `### [1.2.1](url) (date)`: nothing else at this level is taken for a release.
    if (url === undefined || unreleased || !isHeadingVersion(token.replace(/^v/i, ''))) return undefined;
  }
  if (!unreleased && !LOOKS_LIKE_VERSION.test(token)) return undefined;
  // A bare token is a release only if nothing or a date follows it: `## 2025 roadmap` is not one.
  if (bracketed === undefined && !/^(?:[ \t]*$|[ \t]+[-–—][ \t]|[ \t]*\()/.test(rest)) return undefined;
  const after = AFTER_VERSION.exec(rest);
  const vPrefix = /^v/i.test(token) && !unreleased;
  const version = vPrefix ? token.slice(1) : token;
  if (!unreleased && !isHeadingVersion(version)) {
    return { kind: 'invalid', problem: `the release heading '${line.trim()}' has a version that cannot be read ('${token}')` };
  }
  if (after === null || (unreleased && after[0].trim() !== '')) {
    return {
      kind: 'invalid',
      problem: `the release heading '${line.trim()}' cannot be read: expected '${hashes} [${token}] - YYYY-MM-DD' or '${hashes} ${token} (YYYY-MM-DD)'`,
    };
  }
  const date = after[1] ?? after[2]?.trim();
  const style: HeadingStyle = {
    level: level === 3 ? 2 : level,
    brackets: bracketed !== undefined,
    link: url !== undefined,
    vPrefix,
    date: after[1] !== undefined ? 'dash' : after[2] !== undefined ? 'paren' : 'none',
  };
  const heading: ParsedHeading = {
    version,
    ...(date === undefined ? {} : { date }),
    ...(url === undefined ? {} : { url }),
    style,
    unreleased,
    yanked: /\[YANKED\][ \t]*$/i.test(rest),
    level,
  };
  return { kind: 'release', heading };
}

/**
 * Parses a release heading: `## [Unreleased]`, `## Unreleased`, `## [1.2.0] - 2025-01-01`,
 * `## 1.2.0 (2025-01-01)`, `## [1.2.0](url) (2025-01-01)`, `# [1.2.0](url) (2025-01-01)`,
 * `## v1.2.0`, `## 1.2.0rc1 - 2025-01-01`, `## [1.2.0] - 2025-01-01 [YANKED]`.
 * Returns `undefined` for any other line, including one that looks like a release heading but
 * cannot be read (see `readReleaseHeading` for telling those apart).
 */
export function parseReleaseHeading(line: string): ParsedHeading | undefined {
  const reading = readReleaseHeading(line);
  return reading?.kind === 'release' ? reading.heading : undefined;
}

/** Options for `renderReleaseHeading` beyond the version, date and link. */
export interface RenderHeadingOptions {
  /** Append Keep a Changelog's ` [YANKED]` marker. */
  readonly yanked?: boolean;
}

/**
 * Writes a release heading in `style`. The inline-link style writes `[version](compareUrl)`, or
 * the bare version when there is no URL (as conventional-changelog does); a `date` of
 * `undefined`, or a style without a date, writes none.
 */
export function renderReleaseHeading(
  style: HeadingStyle,
  version: string,
  date: string | undefined,
  compareUrl: string | undefined,
  options: RenderHeadingOptions = {},
): string {
  const shown = style.vPrefix && !/^v/i.test(version) ? `v${version}` : version;
  let text: string;
  if (style.link) text = compareUrl === undefined ? shown : `[${shown}](${compareUrl})`;
  else text = style.brackets ? `[${shown}]` : shown;
  if (date !== undefined) {
    if (style.date === 'dash') text += ` - ${date}`;
    else if (style.date === 'paren') text += ` (${date})`;
  }
  if (options.yanked === true) text += ' [YANKED]';
  return `${'#'.repeat(style.level)} ${text}`;
}

/**
 * The Unreleased heading in `style`: `## [Unreleased]` where headings are bracketed for link
 * references (Keep a Changelog), `## Unreleased` otherwise (there is no compare link to show inline).
 */
export function renderUnreleasedHeading(style: HeadingStyle): string {
  return `${'#'.repeat(style.level)} ${usesLinkReferences(style) ? '[Unreleased]' : 'Unreleased'}`;
}

/** Whether headings in `style` take their links from link reference lines at the bottom (Keep a Changelog). */
export function usesLinkReferences(style: HeadingStyle): boolean {
  return style.brackets && !style.link;
}
