import { validRange } from '@renovatebot/pep440';

/** A PEP 508 dependency specifier, as a `Requires-Dist` value holds one. */
export interface Requirement {
  readonly name: string;
  readonly extras: readonly string[];
  /** The version specifier without parentheses (`>=2.28,<3`), or `''`. */
  readonly specifier: string;
  /** The direct URL reference after `@`, if any (PyPI refuses these). */
  readonly url?: string;
  readonly marker?: string;
}

/** What `parseRequirement` found: the requirement, or why the text is not PEP 508. */
export type RequirementParse = { readonly ok: true; readonly requirement: Requirement } | { readonly ok: false; readonly reason: string };

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
// packaging's marker variables, including the legacy dotted spellings it still accepts.
const MARKER_VARIABLE =
  /^(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras?|dependency_groups)\b/;
const MARKER_OP = /^(?:===|==|~=|!=|<=|>=|<|>)/;

/**
 * Parses a PEP 508 dependency specifier the way `packaging.requirements.Requirement` does:
 * `name [extras] (versionspec | @ url) ; marker`, accepting the parenthesized
 * `requests (<3,>=2.28)` form older setuptools writes. Version specifiers are validated with
 * `@renovatebot/pep440`'s port of `packaging.specifiers`.
 */
export function parseRequirement(text: string): RequirementParse {
  let rest = text.trim();
  const name = NAME.exec(rest)?.[0];
  if (name === undefined) return { ok: false, reason: 'it does not start with a project name' };
  rest = rest.slice(name.length).trimStart();

  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return { ok: false, reason: "the extras are missing their closing ']'" };
    const inner = rest.slice(1, close).trim();
    extras = inner === '' ? [] : inner.split(',').map((e) => e.trim());
    if (extras.some((e) => NAME.exec(e)?.[0] !== e)) return { ok: false, reason: `'[${inner}]' is not a list of extra names` };
    rest = rest.slice(close + 1).trimStart();
  }

  if (rest.startsWith('@')) {
    const afterAt = rest.slice(1).trimStart();
    const url = /^\S+/.exec(afterAt)?.[0];
    if (url === undefined) return { ok: false, reason: "nothing follows '@'" };
    const tail = afterAt.slice(url.length);
    if (tail.trim() === '') return { ok: true, requirement: { name, extras, specifier: '', url } };
    // PEP 508: whitespace must separate the URL from the `;` of a marker.
    if (!/^\s+;/.test(tail)) return { ok: false, reason: `unexpected text after the URL: '${tail.trim()}'` };
    const marker = tail.trim().slice(1).trim();
    const markerError = checkMarker(marker);
    if (markerError !== undefined) return { ok: false, reason: markerError };
    return { ok: true, requirement: { name, extras, specifier: '', url, marker } };
  }

  const semicolon = rest.indexOf(';');
  let specifier = (semicolon < 0 ? rest : rest.slice(0, semicolon)).trim();
  if (specifier.startsWith('(')) {
    if (!specifier.endsWith(')')) return { ok: false, reason: "the version specifier is missing its closing ')'" };
    specifier = specifier.slice(1, -1).trim();
  }
  if (specifier !== '' && !validRange(specifier)) return { ok: false, reason: `'${specifier}' is not a PEP 440 version specifier` };
  if (semicolon < 0) return { ok: true, requirement: { name, extras, specifier } };
  const marker = rest.slice(semicolon + 1).trim();
  const markerError = checkMarker(marker);
  if (markerError !== undefined) return { ok: false, reason: markerError };
  return { ok: true, requirement: { name, extras, specifier, marker } };
}

type Token = { readonly kind: 'var' | 'op' | 'and' | 'or' | '(' | ')'; readonly text: string };

/** The PEP 508 marker grammar; returns why `marker` is not valid, or `undefined`. */
function checkMarker(marker: string): string | undefined {
  if (marker === '') return "nothing follows ';'";
  const tokens = tokenizeMarker(marker);
  if (typeof tokens === 'string') return tokens;
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const parseOr = (): boolean => {
    if (!parseAnd()) return false;
    while (peek()?.kind === 'or') {
      at += 1;
      if (!parseAnd()) return false;
    }
    return true;
  };
  const parseAnd = (): boolean => {
    if (!parseAtom()) return false;
    while (peek()?.kind === 'and') {
      at += 1;
      if (!parseAtom()) return false;
    }
    return true;
  };
  const parseAtom = (): boolean => {
    if (peek()?.kind === '(') {
      at += 1;
      if (!parseOr() || peek()?.kind !== ')') return false;
      at += 1;
      return true;
    }
    if (peek()?.kind !== 'var') return false;
    at += 1;
    if (peek()?.kind !== 'op') return false;
    at += 1;
    if (peek()?.kind !== 'var') return false;
    at += 1;
    return true;
  };
  return parseOr() && at === tokens.length ? undefined : `'${marker}' is not a PEP 508 environment marker`;
}

function tokenizeMarker(marker: string): Token[] | string {
  const tokens: Token[] = [];
  let rest = marker;
  while ((rest = rest.trimStart()) !== '') {
    const quote = rest[0];
    let match: string | undefined;
    let kind: Token['kind'] | undefined;
    if (quote === "'" || quote === '"') {
      const end = rest.indexOf(quote, 1);
      if (end < 0) return `the marker '${marker}' has an unterminated string`;
      [match, kind] = [rest.slice(0, end + 1), 'var'];
    } else if (rest[0] === '(' || rest[0] === ')') {
      [match, kind] = [rest[0], rest[0]];
    } else if ((match = MARKER_OP.exec(rest)?.[0]) !== undefined) {
      kind = 'op';
    } else if ((match = /^not\s+in\b/.exec(rest)?.[0] ?? /^in\b/.exec(rest)?.[0]) !== undefined) {
      kind = 'op';
    } else if ((match = /^(?:and|or)\b/.exec(rest)?.[0]) !== undefined) {
      kind = match === 'and' ? 'and' : 'or';
    } else if ((match = MARKER_VARIABLE.exec(rest)?.[0]) !== undefined) {
      kind = 'var';
    } else {
      return `the marker '${marker}' has an unknown name at '${rest.split(/\s/)[0] ?? rest}'`;
    }
    tokens.push({ kind, text: match });
    rest = rest.slice(match.length);
  }
  return tokens;
}
