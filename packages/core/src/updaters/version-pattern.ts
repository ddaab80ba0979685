import { FileError } from '../errors.js';
import { PythonRegexError, compilePythonRegex, escapeRegex } from './python-regex.js';
import type { VersionFileUpdater, VersionReadResult, VersionSpan } from './types.js';
import { replaceVersion, spanAt } from './version-span.js';

/** A pattern with a group that captures the version, and whether every match counts or the first. */
export interface VersionPattern {
  readonly regex: RegExp;
  /** The capturing group: a name (`version`) or a number. */
  readonly group: string | number;
  /** True: every match is the version (and each is rewritten); false: the first match only. */
  readonly all: boolean;
  /** How the place is named in messages and the summary. */
  readonly field: string;
}

/**
 * A version found by a regular expression, in any text file: hatch's `[tool.hatch.version] path`
 * and `pattern`, python-semantic-release's `version_variables` and (v7) `version_pattern`. Only the
 * group's bytes are replaced, wherever the pattern matched.
 */
export function versionPatternUpdater(pattern: VersionPattern): VersionFileUpdater {
  const readVersion = (content: string, path: string): VersionReadResult => {
    const spans = findSpans(content, pattern);
    const [first] = spans;
    if (first === undefined) throw new FileError(path, `no version found: nothing matches ${pattern.field}`);
    const empty = spans.find((span) => span.value === '');
    if (empty !== undefined) throw new FileError(path, `${pattern.field} matches an empty version`, empty.line);
    return { kind: 'found', span: first, ...(spans.length > 1 ? { spans } : {}), field: pattern.field };
  };
  return {
    format: pattern.field,
    readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
  };
}

function findSpans(content: string, pattern: VersionPattern): VersionSpan[] {
  const regex = new RegExp(pattern.regex.source, pattern.regex.flags.replace('g', '') + (pattern.all ? 'g' : ''));
  const matches = pattern.all ? [...content.matchAll(regex)] : [regex.exec(content)].filter((m) => m !== null);
  const spans: VersionSpan[] = [];
  for (const match of matches) {
    const indices = typeof pattern.group === 'number' ? match.indices?.[pattern.group] : match.indices?.groups?.[pattern.group];
    if (indices !== undefined) spans.push(spanAt(content, indices[0], indices[1]));
  }
  return spans;
}

/**
 * Compiles a pattern written for Python's `re`, naming `where` it was configured when it cannot be
 * run, or has no group to take the version from.
 */
export function compileVersionPattern(
  source: string,
  options: { readonly flags?: string; readonly group: string | number; readonly all: boolean; readonly field: string; readonly where: string },
): VersionPattern {
  let regex: RegExp;
  try {
    regex = compilePythonRegex(source, options.flags);
  } catch (error) {
    if (error instanceof PythonRegexError) throw new FileError(options.where, `the pattern ${JSON.stringify(source)}: ${error.message}`);
    throw error;
  }
  const probe = new RegExp(`${regex.source}|`, regex.flags).exec('');
  const hasGroup = typeof options.group === 'number' ? (probe?.length ?? 0) > options.group : options.group in (probe?.groups ?? {});
  if (!hasGroup) {
    throw new FileError(options.where, `the pattern ${JSON.stringify(source)} has no group ${typeof options.group === 'number' ? options.group : `named ${options.group}`} for the version`);
  }
  return { regex, group: options.group, all: options.all, field: options.field };
}

/**
 * A version as release tools write it: digits first, then PEP 440 or SemVer parts (`1!2.0rc1.post3`,
 * `1.2.3-rc.1+build.5`); a trailing `.` or `-` is not taken.
 */
const VERSION_TEXT = String.raw`\d+(?:[.!]\d+)*(?:[-_.+]?[0-9A-Za-z]+)*`;

/**
 * python-semantic-release's `version_variables` entry `path:variable`: the variable's name
 * (optionally quoted, not preceded by a word character, `.` or `-`), then `=`, `:`, `:=` or `@`,
 * then the version, optionally quoted, wherever it appears in the file, each match rewritten.
 * This is v9's rule (src/semantic_release/version/declarations/pattern.py, documented in
 * docs/configuration.rst "version_variables", v9.21.0), which matches everything v7's
 * (`NAME *[:=] *["']VERSION["']`, semantic_release/history/__init__.py v7.34.6) and v8's
 * (quotes required) did. `prefix` is the tag prefix for v9.20's `:tf` entries (`newTag: v1.2.3`).
 */
export function versionVariablePattern(variable: string, prefix = ''): VersionPattern {
  const name = escapeRegex(variable);
  // With a prefix the group takes it too, as PSR's does: the place holds the whole tag.
  const source = String.raw`(['"])?(?<![\w.-])${name}\1?\s*(?::=|[:=@])\s*(['"])?(?<version>${escapeRegex(prefix)}${VERSION_TEXT})\2?`;
  return { regex: new RegExp(source, 'dgm'), group: 'version', all: true, field: `${variable} (python-semantic-release's pattern)` };
}

/** The version text a pattern such as PSR 7's `version_pattern` `{version}` placeholder stands for. */
export const VERSION_TEXT_PATTERN = VERSION_TEXT;
