/**
 * The inline part of `checkRst`: docutils' inline markup recognition rules
 * (https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#inline-markup-recognition-rules)
 * applied to one text block, collecting the references and roles it uses.
 */

/** A problem found in a text block, with its 0-based offset into the block. */
export interface InlineProblem {
  readonly offset: number;
  readonly message: string;
}

/** A reference the block makes, resolved against the document's targets later. */
export interface InlineReference {
  readonly offset: number;
  readonly kind: 'named' | 'anonymous' | 'footnote' | 'substitution' | 'role';
  /** The normalized target name, footnote label, substitution name or role name. */
  readonly name: string;
}

/** A target an inline `text <uri>`_ reference defines. */
export interface InlineTarget {
  readonly offset: number;
  readonly name: string;
  readonly uri: string;
}

export interface InlineScan {
  readonly problems: InlineProblem[];
  readonly references: InlineReference[];
  readonly targets: InlineTarget[];
}

type Kind = 'literal' | 'strong' | 'emphasis' | 'interpreted' | 'substitution';
const START_NAMES: Readonly<Record<Kind, string>> = {
  literal: 'literal',
  strong: 'strong',
  emphasis: 'emphasis',
  interpreted: 'interpreted text or phrase reference',
  substitution: 'substitution_reference',
};

const START_PREFIX = /[\s\-:/'"<([{\p{Ps}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;
const END_SUFFIX = /[\s\-.,:;!?\\/'")\]}>\p{Pd}\p{Po}\p{Pe}\p{Pi}\p{Pf}]/u;
const CLOSERS: Readonly<Record<string, string>> = { "'": "'", '"': '"', '<': '>', '(': ')', '[': ']', '{': '}' };
const ROLE_PREFIX = /^:([A-Za-z0-9]+(?:[-._+:][A-Za-z0-9]+)*):`/;
const SIMPLE_REF = /(?<=^|[\s\-:/'"<([{])([\p{L}\p{N}]+(?:[-._+:][\p{L}\p{N}]+)*)(__?)(?=$|[\s\-.,:;!?\\/'")\]}>])/gu;
const FOOTNOTE_REF = /(?<=^|[\s\-:/'"<([{])\[([0-9]+|#[\p{L}\p{N}._-]+|[\p{L}\p{N}][\p{L}\p{N}._-]*)\]_(?=$|[\s\-.,:;!?\\/'")\]}>])/gu;
const URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|mailto:)[^\s<>`]+/gi;
const EMBEDDED = /(?:\s+|^)<(?!\s)([^<>]+?)(?<!\s)>$/;

/** docutils' `fully_normalize_name`: case-folded, whitespace collapsed. */
export function normalizeRstName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Scans one text block (paragraph, title or list item text; never literal text). Backslash
 * escapes and URLs are masked first, so nothing inside them starts markup: docutils would look
 * inside URLs, but skipping them can only miss a problem, never invent one.
 */
export function scanInline(block: string): InlineScan {
  const text = block.replace(/\\[\s\S]/g, '\\x').replace(URL, (url) => 'x'.repeat(url.length));
  const problems: InlineProblem[] = [];
  const references: InlineReference[] = [];
  const targets: InlineTarget[] = [];
  const masked = [...text];
  let p = 0;
  while (p < text.length) {
    const start = readStart(text, p);
    if (start === undefined) {
      p += 1;
      continue;
    }
    const end = findEnd(text, start.kind, start.contentAt);
    if (end === undefined) {
      problems.push({ offset: p, message: `Inline ${START_NAMES[start.kind]} start-string without end-string.` });
      p = start.contentAt;
      continue;
    }
    const content = block.slice(start.contentAt, end.at);
    if (start.role !== undefined) references.push({ offset: p, kind: 'role', name: start.role.toLowerCase() });
    if (end.role !== undefined) references.push({ offset: p, kind: 'role', name: end.role.toLowerCase() });
    if (start.kind === 'substitution') references.push({ offset: p, kind: 'substitution', name: normalizeRstName(content) });
    if (end.refSuffix === '__') {
      if (!(start.kind === 'interpreted' && EMBEDDED.test(content))) references.push({ offset: p, kind: 'anonymous', name: '' });
    } else if (end.refSuffix === '_') {
      recordNamedReference(content, start.kind, p, references, targets);
    }
    for (let i = p; i < end.after; i += 1) masked[i] = ' ';
    p = end.after;
  }
  const rest = masked.join('');
  for (const m of rest.matchAll(SIMPLE_REF)) {
    const [, name = '', suffix] = m;
    references.push(suffix === '__' ? { offset: m.index, kind: 'anonymous', name: '' } : { offset: m.index, kind: 'named', name: normalizeRstName(name) });
  }
  for (const m of rest.matchAll(FOOTNOTE_REF)) references.push({ offset: m.index, kind: 'footnote', name: normalizeRstName(m[1] ?? '') });
  return { problems, references, targets };
}

function recordNamedReference(content: string, kind: Kind, offset: number, references: InlineReference[], targets: InlineTarget[]): void {
  const embedded = kind === 'interpreted' ? EMBEDDED.exec(content) : null;
  if (embedded === null) {
    references.push({ offset, kind: 'named', name: normalizeRstName(content) });
    return;
  }
  const uri = (embedded[1] ?? '').replace(/\s+/g, '');
  const label = content.slice(0, embedded.index).trim();
  // `text <name_>`_ is an alias to another target, unless it is a URL that happens to end in _.
  if (uri.endsWith('_') && !uri.includes('://') && !uri.startsWith('mailto:')) {
    references.push({ offset, kind: 'named', name: normalizeRstName(uri.slice(0, -1)) });
  }
  targets.push({ offset, name: normalizeRstName(label === '' ? uri : label), uri });
}

interface Start {
  readonly kind: Kind;
  readonly contentAt: number;
  readonly role?: string;
}

function readStart(text: string, p: number): Start | undefined {
  const before = p === 0 ? undefined : text[p - 1];
  if (before !== undefined && !START_PREFIX.test(before)) return undefined;
  const rest = text.slice(p, p + 80);
  const role = ROLE_PREFIX.exec(rest);
  let kind: Kind | undefined;
  let length = 0;
  if (role !== null) [kind, length] = ['interpreted', role[0].length];
  else if (rest.startsWith('``')) [kind, length] = ['literal', 2];
  else if (rest.startsWith('**')) [kind, length] = ['strong', 2];
  else if (rest.startsWith('*')) [kind, length] = ['emphasis', 1];
  else if (rest.startsWith('`')) [kind, length] = ['interpreted', 1];
  else if (rest.startsWith('|')) [kind, length] = ['substitution', 1];
  if (kind === undefined) return undefined;
  const after = text[p + length];
  if (after === undefined || /\s/.test(after)) return undefined;
  // "(*)" and '"*"' are not markup: an opener right before must not meet its closer right after.
  if (before !== undefined && CLOSERS[before] === after) return undefined;
  return { kind, contentAt: p + length, ...(role === null ? {} : { role: role[1] ?? '' }) };
}

interface End {
  readonly at: number;
  readonly after: number;
  readonly refSuffix?: '_' | '__';
  readonly role?: string;
}

function findEnd(text: string, kind: Kind, from: number): End | undefined {
  const token = kind === 'literal' ? '``' : kind === 'strong' ? '**' : kind === 'emphasis' ? '*' : kind === 'interpreted' ? '`' : '|';
  for (let at = text.indexOf(token, from + 1); at >= 0; at = text.indexOf(token, at + 1)) {
    const before = text[at - 1] ?? ' ';
    if (/\s/.test(before)) continue;
    let after = at + token.length;
    let refSuffix: '_' | '__' | undefined;
    let role: string | undefined;
    if (kind === 'interpreted' || kind === 'substitution') {
      const suffix = /^(__?)|^:([A-Za-z0-9]+(?:[-._+:][A-Za-z0-9]+)*):/.exec(text.slice(after, after + 80));
      if (suffix?.[1] !== undefined) refSuffix = suffix[1] === '__' ? '__' : '_';
      if (suffix?.[2] !== undefined && kind === 'interpreted') role = suffix[2];
      if (suffix !== null && (refSuffix !== undefined || role !== undefined)) after += suffix[0].length;
    }
    const next = text[after];
    if (next !== undefined && !END_SUFFIX.test(next)) continue;
    return { at, after, ...(refSuffix === undefined ? {} : { refSuffix }), ...(role === undefined ? {} : { role }) };
  }
  return undefined;
}
