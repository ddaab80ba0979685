import { FileError } from '../errors.js';
import type { VersionSpan } from './types.js';
import { lineAt, spanAt } from './version-span.js';

interface PyTokenBase {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Bracket depth before the token: 0 at module level, 1 directly inside `setup(...)`. */
  readonly depth: number;
  /** Column of `start` on its physical line (0 = not indented). */
  readonly column: number;
  /** First token of a logical line (not after a backslash continuation or inside brackets). */
  readonly lineStart: boolean;
}

/** A name, number or operator. */
export interface PyPlainToken extends PyTokenBase {
  readonly kind: 'name' | 'number' | 'op';
}

/** A string literal; `body*` are the offsets between the quotes. */
export interface PyStringToken extends PyTokenBase {
  readonly kind: 'string';
  /** Lower-cased prefix: '', 'r', 'u', 'f', 'b', 'rb', ... */
  readonly prefix: string;
  readonly triple: boolean;
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

/** One token of Python source; comments and whitespace are dropped. */
export type PyToken = PyPlainToken | PyStringToken;

const STRING_PREFIX = /^(?:[rRuUfFbBtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
const NUMBER = /(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)/y;
const OPERATORS = [
  ['**=', '//=', '>>=', '<<=', '...'],
  ['==', '!=', '<=', '>=', ':=', '**', '//', '->', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='],
] as const;

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code >= 0x80;
}

function isNamePart(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

/**
 * Splits Python source into the tokens the updaters need (following the lexical rules of
 * https://docs.python.org/3/reference/lexical_analysis.html): names, string literals with their
 * prefixes and triple quotes, numbers, operators and brackets. Text inside strings and comments
 * never becomes a token, so `version=` in a docstring is not a keyword argument.
 * Not handled: PEP 701 f-strings that reuse their own quote inside `{...}` (Python 3.12+).
 * Throws `FileError` with the line for an unterminated string.
 */
export function tokenizePython(source: string, path: string): PyToken[] {
  const tokens: PyToken[] = [];
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pos = bom;
  let depth = 0;
  let logicalStart = true;
  const base = (start: number, end: number): PyTokenBase => {
    const lineBegin = Math.max(bom, source.lastIndexOf('\n', start - 1) + 1, source.lastIndexOf('\r', start - 1) + 1);
    const token = { text: source.slice(start, end), start, end, depth, column: start - lineBegin, lineStart: logicalStart };
    logicalStart = false;
    return token;
  };
  const newlineLength = (at: number): number => {
    if (source[at] === '\r') return source[at + 1] === '\n' ? 2 : 1;
    return source[at] === '\n' ? 1 : 0;
  };
  while (pos < source.length) {
    const ch = source[pos] ?? '';
    const code = source.charCodeAt(pos);
    const nl = newlineLength(pos);
    if (nl > 0) {
      pos += nl;
      if (depth === 0) logicalStart = true;
    } else if (ch === ' ' || ch === '\t' || ch === '\f') {
      pos++;
    } else if (ch === '\\' && newlineLength(pos + 1) > 0) {
      pos += 1 + newlineLength(pos + 1);
    } else if (ch === '#') {
      while (pos < source.length && newlineLength(pos) === 0) pos++;
    } else if (isNameStart(code)) {
      const start = pos;
      while (pos < source.length && isNamePart(source.charCodeAt(pos))) pos++;
      const word = source.slice(start, pos);
      if ((source[pos] === '"' || source[pos] === "'") && STRING_PREFIX.test(word)) {
        pos = readString(source, path, start, pos, base, tokens);
      } else {
        tokens.push({ kind: 'name', ...base(start, pos) });
      }
    } else if (ch === '"' || ch === "'") {
      pos = readString(source, path, pos, pos, base, tokens);
    } else if ((code >= 48 && code <= 57) || (ch === '.' && /\d/.test(source[pos + 1] ?? ''))) {
      NUMBER.lastIndex = pos;
      const match = NUMBER.exec(source);
      const start = pos;
      pos += match?.[0].length || 1;
      tokens.push({ kind: 'number', ...base(start, pos) });
    } else {
      const op = OPERATORS.flat().find((o) => source.startsWith(o, pos)) ?? ch;
      if (op === ')' || op === ']' || op === '}') depth = Math.max(0, depth - 1);
      tokens.push({ kind: 'op', ...base(pos, pos + op.length) });
      if (op === '(' || op === '[' || op === '{') depth++;
      pos += op.length;
    }
  }
  return tokens;
}

function readString(
  source: string,
  path: string,
  start: number,
  quoteAt: number,
  base: (start: number, end: number) => PyTokenBase,
  tokens: PyToken[],
): number {
  const quote = source[quoteAt] ?? '"';
  const triple = source.startsWith(quote.repeat(3), quoteAt);
  const delimiter = triple ? quote.repeat(3) : quote;
  const bodyStart = quoteAt + delimiter.length;
  let pos = bodyStart;
  while (pos < source.length) {
    const ch = source[pos];
    // A backslash keeps the next character from closing the string, in raw strings too.
    if (ch === '\\') pos += source.startsWith('\r\n', pos + 1) ? 3 : 2;
    else if (source.startsWith(delimiter, pos)) {
      const end = pos + delimiter.length;
      tokens.push({
        kind: 'string',
        ...base(start, end),
        prefix: source.slice(start, quoteAt).toLowerCase(),
        triple,
        bodyStart,
        bodyEnd: pos,
      });
      return end;
    } else if (!triple && (ch === '\n' || ch === '\r')) break;
    else pos++;
  }
  throw new FileError(path, 'unterminated string literal', lineAt(source, start));
}

/** Prefixes whose literal is exactly the text between the quotes (no f-string, no bytes). */
const PLAIN_PREFIXES = new Set(['', 'u', 'r']);

/**
 * The one-line, plain string literal that makes up a whole expression, or `undefined` when the
 * expression is anything else (a name, a call, an f-string, two literals glued together).
 */
export function plainStringLiteral(expression: readonly PyToken[]): PyStringToken | undefined {
  const [only] = expression;
  if (expression.length !== 1 || only?.kind !== 'string' || only.triple || !PLAIN_PREFIXES.has(only.prefix)) {
    return undefined;
  }
  return only;
}

/** The literal's body as a version span; `FileError` when it is empty or uses backslash escapes. */
export function literalVersionSpan(source: string, path: string, literal: PyStringToken): VersionSpan {
  const span = spanAt(source, literal.bodyStart, literal.bodyEnd);
  if (span.value.includes('\\')) {
    throw new FileError(path, `the version ${literal.text} uses backslash escapes; write it plainly`, span.line);
  }
  if (span.value.trim() === '') throw new FileError(path, 'the version is an empty string', span.line);
  return span;
}

/** The source text of an expression on one line, shortened for a notice. */
export function describeExpression(source: string, expression: readonly PyToken[]): string {
  const first = expression[0];
  const last = expression.at(-1);
  if (first === undefined || last === undefined) return '';
  const oneLine = source.slice(first.start, last.end).replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
