/**
 * Regular expressions written for Python's `re` (https://docs.python.org/3/library/re.html), as
 * release tools take them from their configuration (hatch's `pattern`, commitizen's
 * `version_files` `path:regex`, bump-my-version's `search` with `regex = true`), run with
 * JavaScript's RegExp. The two dialects agree on what such patterns use; the differences are
 * rewritten, and what has no equivalent is refused rather than run with another meaning.
 */

/** Thrown with what the pattern uses that cannot be run; the caller names where it was configured. */
export class PythonRegexError extends Error {
  override name = 'PythonRegexError';
}

const INLINE_FLAGS: Readonly<Record<string, string>> = { i: 'i', m: 'm', s: 's', a: '', u: '', L: '' };

/**
 * Compiles a Python pattern: leading inline flags `(?im)` become RegExp flags, `(?P<name>…)`
 * named groups `(?<name>…)`, `(?P=name)` backreferences `\k<name>`, `\A` and `\Z` the start and
 * end of the text. Verbose mode `(?x)`, conditionals `(?(1)…)` and scoped flags `(?i:…)` are
 * refused. `flags` are added to the pattern's own (`d` is always set, for group offsets).
 */
export function compilePythonRegex(pattern: string, flags = ''): RegExp {
  let source = pattern;
  const own = new Set(flags.split('').filter(Boolean));
  const leading = /^\(\?([a-zA-Z]+)\)/.exec(source);
  if (leading !== null) {
    for (const flag of leading[1] ?? '') {
      const mapped = INLINE_FLAGS[flag];
      if (mapped === undefined) throw new PythonRegexError(`the inline flag (?${flag}) has no JavaScript equivalent`);
      if (mapped !== '') own.add(mapped);
    }
    source = source.slice(leading[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (!inClass && next === 'A') out += '(?<![\\s\\S])';
      else if (!inClass && next === 'Z') out += '(?![\\s\\S])';
      else out += `\\${next}`;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      // `[]…]` and `[^]…]`: a `]` first in a class is literal in Python.
      if (source[i + 1] === '^') out += source[++i] ?? '';
      if (source[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (ch === '(' && source[i + 1] === '?') {
      const rest = source.slice(i + 2);
      if (rest.startsWith('P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
      const backreference = /^P=(\w+)\)/.exec(rest);
      if (backreference !== null) {
        out += `\\k<${backreference[1] ?? ''}>`;
        i += 1 + backreference[0].length;
        continue;
      }
      if (/^[aiLmsux-]+[:)]/.test(rest) || rest.startsWith('(')) {
        throw new PythonRegexError(`the construct (?${rest.slice(0, 3)}… has no JavaScript equivalent`);
      }
    }
    out += ch;
  }
  own.add('d');
  try {
    return new RegExp(out, [...own].sort().join(''));
  } catch (error) {
    throw new PythonRegexError(`it is not a valid regular expression (${(error as Error).message})`);
  }
}

/** `re.escape`: the text, matched literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\\-/]/g, '\\$&');
}
