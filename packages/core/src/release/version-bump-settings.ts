import { InputError } from '../errors.js';
import type { InputSource } from '../inputs/parse-input.js';
import { parseBooleanInput, parseChoiceInput, parseListInput } from '../inputs/parse-input.js';
import type { PathContext } from '../inputs/repository-path.js';
import { parseRepositoryPath } from '../inputs/repository-path.js';
import type { BumpRules } from '../commits/compute-bump.js';
import { parseTagPrefix } from '../git/ref-name.js';
import type { PrereleasePhase } from '../versions/next-version.js';
import { parsePrereleaseInput } from '../versions/next-version.js';
import type { VersionScheme } from '../versions/pep440-version.js';

export const RELEASE_TYPES = ['auto', 'major', 'minor', 'patch'] as const;
export const VERSION_SCHEMES: readonly VersionScheme[] = ['pep440', 'semver'];
export type ReleaseType = (typeof RELEASE_TYPES)[number];

/** The default of `version-files`: when it is left as is, a missing pyproject.toml is not an error. */
export const DEFAULT_VERSION_FILES = ['pyproject.toml'] as const;

/** Every input of version-bump, parsed once and checked. */
export interface VersionBumpSettings {
  readonly releaseType: ReleaseType;
  /** The raw `version` input; validated against the previous version once that is known. */
  readonly explicitVersion: string | undefined;
  readonly prerelease: PrereleasePhase | undefined;
  readonly scheme: VersionScheme;
  readonly tagPrefix: string;
  readonly majorOnZero: boolean;
  readonly rules: BumpRules;
  readonly strict: boolean;
  readonly paths: readonly string[];
  readonly versionFiles: readonly string[];
  /** True when `version-files` is the default, whose file may be absent. */
  readonly versionFilesDefaulted: boolean;
  readonly dryRun: boolean;
  /** A template such as `release/v{version}`; undefined when no branch is made. */
  readonly releaseBranch: string | undefined;
  readonly commit: boolean;
  readonly commitMessage: string;
  readonly tag: boolean;
  readonly push: boolean;
  readonly token: string;
  /** A changelog path: the same run writes the release's section there (the changelog action's rules). */
  readonly changelog: string | undefined;
}

const PLACEHOLDERS = ['{version}', '{previous-version}', '{tag}'];

/**
 * The defaults of every input, as action.yml declares them (a test keeps the two equal).
 * An input given as '' falls back to its default, as with most actions.
 */
export const VERSION_BUMP_DEFAULTS: Readonly<Record<string, string>> = {
  'release-type': 'auto',
  version: '',
  prerelease: '',
  'version-scheme': 'pep440',
  'tag-prefix': 'v',
  'major-on-zero': 'true',
  'minor-types': 'feat',
  'patch-types': 'fix,perf,revert,docs,style,refactor,test,chore',
  strict: 'false',
  paths: '',
  'version-files': 'pyproject.toml',
  'dry-run': 'false',
  'release-branch': '',
  commit: 'false',
  'commit-message': 'chore(release): {version}',
  tag: 'false',
  push: 'false',
  'github-token': '',
  changelog: '',
};

/**
 * Reads and checks every input; the first bad one throws an InputError naming it.
 * `context.workspace` is where absolute paths in `version-files` and `changelog` must lie.
 */
export function parseVersionBumpSettings(source: InputSource, context: PathContext = {}): VersionBumpSettings {
  const read = (name: string): string => {
    const value = source(name);
    return value.trim() === '' && name !== 'tag-prefix' ? (VERSION_BUMP_DEFAULTS[name] ?? '') : value;
  };
  const versionFiles = parseListInput(read('version-files')).map((path) => parseRepositoryPath('version-files', path, context));
  const releaseBranch = read('release-branch').trim();
  const commitMessage = read('commit-message').trim();
  const tagPrefix = parseTagPrefix('tag-prefix', read('tag-prefix'));
  if (releaseBranch !== '' && !releaseBranch.includes('{version}')) {
    throw new InputError('release-branch', releaseBranch, 'it must contain {version}, e.g. release/v{version}');
  }
  const settings: VersionBumpSettings = {
    releaseType: parseChoiceInput('release-type', read('release-type'), RELEASE_TYPES),
    explicitVersion: read('version').trim() || undefined,
    prerelease: parsePrereleaseInput('prerelease', read('prerelease')),
    scheme: parseChoiceInput('version-scheme', read('version-scheme'), VERSION_SCHEMES),
    tagPrefix,
    majorOnZero: parseBooleanInput('major-on-zero', read('major-on-zero')),
    rules: {
      minorTypes: parseTypes('minor-types', read('minor-types')),
      patchTypes: parseTypes('patch-types', read('patch-types')),
    },
    strict: parseBooleanInput('strict', read('strict')),
    paths: parseListInput(read('paths')),
    versionFiles: versionFiles.length > 0 ? versionFiles : [...DEFAULT_VERSION_FILES],
    versionFilesDefaulted:
      versionFiles.length === 0 || (versionFiles.length === 1 && versionFiles[0] === DEFAULT_VERSION_FILES[0]),
    dryRun: parseBooleanInput('dry-run', read('dry-run')),
    releaseBranch: releaseBranch || undefined,
    commit: parseBooleanInput('commit', read('commit')),
    commitMessage,
    tag: parseBooleanInput('tag', read('tag')),
    push: parseBooleanInput('push', read('push')),
    token: read('github-token'),
    changelog: read('changelog').trim() ? parseRepositoryPath('changelog', read('changelog'), context) : undefined,
  };

  for (const template of [commitMessage, releaseBranch]) {
    const unknown = /\{[^}]*\}/g.exec(template.replace(new RegExp(PLACEHOLDERS.map(escape).join('|'), 'g'), ''));
    if (unknown) {
      const input = template === commitMessage ? 'commit-message' : 'release-branch';
      throw new InputError(input, template, `the placeholder ${unknown[0]} is unknown; use ${PLACEHOLDERS.join(', ')}`);
    }
  }
  if (settings.explicitVersion && settings.releaseType !== 'auto') {
    throw new InputError('version', settings.explicitVersion, `it cannot be combined with release-type '${settings.releaseType}'; leave one of them at its default`);
  }
  return settings;
}

/** Fills `{version}`, `{previous-version}` and `{tag}` in a template. */
export function fillTemplate(template: string, values: { version: string; previousVersion: string; tag: string }): string {
  return template
    .replaceAll('{version}', values.version)
    .replaceAll('{previous-version}', values.previousVersion)
    .replaceAll('{tag}', values.tag);
}

function parseTypes(input: string, raw: string): string[] {
  const types = parseListInput(raw).map((type) => type.toLowerCase());
  for (const type of types) {
    if (!/^[a-z][\w-]*$/.test(type)) throw new InputError(input, raw, `'${type}' is not a commit type (letters, digits, - and _)`);
  }
  return types;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
