import { FileError } from '../errors.js';
import type { VersionFileUpdater, VersionReadResult, VersionSpan } from './types.js';
import { PythonRegexError, compilePythonRegex, escapeRegex } from './python-regex.js';
import { assertWritableVersion, spanAt, spliceSpans } from './version-span.js';

/**
 * How a release tool finds the current version's text in a file it was told to update, where no
 * format says where the version is: it searches for the current version itself.
 */
export type VersionSearch =
  /**
   * commitizen's `version_files` entry `path` or `path:regex`: on every line the regex matches
   * (default: the current version), every occurrence of the current version is replaced
   * (commitizen/bump.py `update_version_in_files`, v4.17.0).
   */
  | { readonly kind: 'lines'; readonly line: RegExp | undefined; readonly field: string }
  /**
   * bump-my-version's `search` / `replace` (docs/reference/configuration/file.md, v1.3): every
   * occurrence of `search` (with `{current_version}` filled in) becomes `replace` (with
   * `{new_version}`); with `regex = true`, `search` is a regular expression.
   */
  | { readonly kind: 'search'; readonly search: string; readonly replace: string; readonly regex: boolean; readonly field: string };

/**
 * An updater that looks for `current` (the version the project's release tool last wrote, from
 * its own configuration) as the tool does. Reading reports where the current version's bytes sit;
 * updating rewrites what the tool would rewrite, and nothing else.
 */
export function versionSearchUpdater(search: VersionSearch, current: string): VersionFileUpdater {
  const readVersion = (content: string, path: string): VersionReadResult => {
    const spans = findMatches(content, search, current, path).map((match) => match.version);
    const [first] = spans;
    if (first === undefined) throw new FileError(path, `the current version ${current} is not found (${search.field})`);
    return { kind: 'found', span: first, ...(spans.length > 1 ? { spans } : {}), field: search.field };
  };
  return {
    format: search.field,
    readVersion,
    updateContent(content, newVersion, path) {
      assertWritableVersion(newVersion);
      const matches = findMatches(content, search, current, path);
      if (matches.length === 0) throw new FileError(path, `the current version ${current} is not found (${search.field})`);
      if (search.kind === 'lines') return spliceSpans(content, matches.map((match) => match.version), newVersion);
      const replacement = fillTemplate(search.replace, { new_version: newVersion, current_version: current }, path, 'replace');
      let out = '';
      let at = 0;
      for (const match of matches) {
        out += content.slice(at, match.start) + replacement;
        at = match.end;
      }
      return out + content.slice(at);
    },
  };
}

interface SearchMatch {
  readonly start: number;
  readonly end: number;
  /** Where the current version sits in the match (its first occurrence there). */
  readonly version: VersionSpan;
}

function findMatches(content: string, search: VersionSearch, current: string, path: string): SearchMatch[] {
  if (current === '') return [];
  if (search.kind === 'lines') {
    const matches: SearchMatch[] = [];
    const selects = search.line === undefined ? undefined : new RegExp(search.line.source, search.line.flags.replace('g', ''));
    // Lines as Python's text mode reads them: `\n`, `\r\n` and a lone `\r` end one.
    const linePattern = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
    for (let m = linePattern.exec(content); m !== null && m[0] !== ''; m = linePattern.exec(content)) {
      const line = m[0];
      const selected = selects === undefined ? line.includes(current) : selects.test(line);
      if (!selected) continue;
      for (let i = line.indexOf(current); i !== -1; i = line.indexOf(current, i + current.length)) {
        const start = m.index + i;
        matches.push({ start, end: start + current.length, version: spanAt(content, start, start + current.length) });
      }
    }
    return matches;
  }
  const matches: SearchMatch[] = [];
  if (search.regex) {
    // bump-my-version escapes the version before it goes into a regex search (`{current_version}` is literal text).
    const source = fillTemplate(search.search, { current_version: escapeRegex(current) }, path, 'search');
    let regex: RegExp;
    try {
      regex = compilePythonRegex(source, 'gm');
    } catch (error) {
      if (error instanceof PythonRegexError) throw new FileError(path, `the search pattern ${JSON.stringify(search.search)}: ${error.message}`);
      throw error;
    }
    for (const m of content.matchAll(regex)) {
      if (m[0] === '') continue;
      matches.push(matchAt(content, m.index, m[0], current));
    }
    return matches;
  }
  const needle = fillTemplate(search.search, { current_version: current }, path, 'search');
  for (let i = content.indexOf(needle); needle !== '' && i !== -1; i = content.indexOf(needle, i + needle.length)) {
    matches.push(matchAt(content, i, needle, current));
  }
  return matches;
}

function matchAt(content: string, start: number, text: string, current: string): SearchMatch {
  const inside = text.indexOf(current);
  const versionStart = inside === -1 ? start : start + inside;
  const versionEnd = inside === -1 ? start + text.length : versionStart + current.length;
  return { start, end: start + text.length, version: spanAt(content, versionStart, versionEnd) };
}

/**
 * Python's `str.format` for bump-my-version's templates: `{current_version}` / `{new_version}`
 * filled, `{{` and `}}` for braces. Other keys (`{now:%Y}`, `{major}`) are refused, naming them.
 */
function fillTemplate(template: string, values: Readonly<Record<string, string>>, path: string, what: string): string {
  return template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (whole, key: string | undefined) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    const value = key === undefined ? undefined : values[key];
    if (value === undefined) {
      throw new FileError(path, `the ${what} template ${JSON.stringify(template)} uses ${whole}, which version-bump does not fill; set version-files instead`);
    }
    return value;
  });
}
