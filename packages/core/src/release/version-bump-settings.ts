import { InputError } from '../errors.js';
import type { InputSource } from '../inputs/parse-input.js';
import { parseBooleanInput, parseChoiceInput, parseListInput } from '../inputs/parse-input.js';
import type { PathContext } from '../inputs/repository-path.js';
import { parseRepositoryPath } from '../inputs/repository-path.js';
import type { BumpRules } from '../commits/compute-bump.js';
import type { PrereleasePhase } from '../versions/next-version.js';
import { parsePrereleaseInput } from '../versions/next-version.js';
import type { VersionScheme } from '../versions/pep440-version.js';
import type { ProjectConfigFiles } from '../version-sources/project-config.js';
import type { ProjectReleaseSettings } from '../version-sources/project-settings.js';
import { readProjectReleaseSettings, resolveTagPrefix } from '../version-sources/project-settings.js';

export const RELEASE_TYPES = ['auto', 'major', 'minor', 'patch'] as const;
export const VERSION_SCHEMES: readonly VersionScheme[] = ['pep440', 'semver'];
export type ReleaseType = (typeof RELEASE_TYPES)[number];

/** The documented defaults of the inputs that, left empty, follow the project's release-tool configuration. */
export const DOCUMENTED_DEFAULTS = {
  'major-on-zero': true,
  'minor-types': ['feat'],
  'patch-types': ['fix', 'perf', 'revert', 'docs', 'style', 'refactor', 'test', 'chore'],
} as const;

/** An input left empty that the project's release-tool configuration filled in, and where it says so. */
export interface SettingFromProject {
  readonly input: 'tag-prefix' | 'major-on-zero' | 'minor-types' | 'patch-types';
  /** As the input would be written: `v`, `false`, `fix, perf`. */
  readonly value: string;
  readonly origin: string;
}

/** Every input of version-bump, parsed once and checked. */
export interface VersionBumpSettings {
  readonly releaseType: ReleaseType;
  /** The raw `version` input; validated against the previous version once that is known. */
  readonly explicitVersion: string | undefined;
  readonly prerelease: PrereleasePhase | undefined;
  readonly scheme: VersionScheme;
  readonly tagPrefix: string;
  /** True when neither `tag-prefix` nor the project's configuration gave the prefix: it is the documented `v`. */
  readonly tagPrefixDefaulted: boolean;
  readonly majorOnZero: boolean;
  readonly rules: BumpRules;
  readonly strict: boolean;
  readonly paths: readonly string[];
  /** The files named in `version-files`; empty: found as the project's configuration says (`locateVersion`). */
  readonly versionFiles: readonly string[];
  /** The inputs left empty that the project's release-tool configuration filled in. */
  readonly fromProject: readonly SettingFromProject[];
  /** What of that configuration has no equivalent here, said once. */
  readonly projectNotes: readonly string[];
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
 * An input given as '' falls back to its default, as with most actions. `tag-prefix`,
 * `major-on-zero`, `minor-types`, `patch-types` and `version-files` default to '': the project's
 * own release-tool configuration decides, else `DOCUMENTED_DEFAULTS`.
 */
export const VERSION_BUMP_DEFAULTS: Readonly<Record<string, string>> = {
  'release-type': 'auto',
  version: '',
  prerelease: '',
  'version-scheme': 'pep440',
  'tag-prefix': '',
  'major-on-zero': '',
  'minor-types': '',
  'patch-types': '',
  strict: 'false',
  paths: '',
  'version-files': '',
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
 * Reads and checks every input; the first bad one throws an InputError naming it. `files` are the
 * project's config files: an empty `tag-prefix`, `major-on-zero`, `minor-types` or `patch-types`
 * takes what the project's release tool is configured with (without them, the documented defaults).
 * `context.workspace` is where absolute paths in `version-files` and `changelog` must lie.
 */
export function parseVersionBumpSettings(source: InputSource, files?: ProjectConfigFiles, context: PathContext = {}): VersionBumpSettings {
  const read = (name: string): string => {
    const value = source(name);
    return value.trim() === '' ? (VERSION_BUMP_DEFAULTS[name] ?? '') : value;
  };
  const versionFiles = parseListInput(read('version-files')).map((path) => parseRepositoryPath('version-files', path, context));
  const releaseBranch = read('release-branch').trim();
  const commitMessage = read('commit-message').trim();
  const unset = ['tag-prefix', 'major-on-zero', 'minor-types', 'patch-types'].filter((name) => source(name).trim() === '');
  const project = unset.length > 0 && files !== undefined ? readProjectReleaseSettings(files) : undefined;
  const fromProject: SettingFromProject[] = [];
  const tagPrefix = resolveTagPrefix('tag-prefix', source('tag-prefix'), project);
  if (tagPrefix.origin !== undefined) fromProject.push({ input: 'tag-prefix', value: tagPrefix.value, origin: tagPrefix.origin });
  const majorOnZero = read('major-on-zero').trim() === '' ? project?.majorOnZero : undefined;
  if (majorOnZero !== undefined) fromProject.push({ input: 'major-on-zero', value: String(majorOnZero.value), origin: majorOnZero.origin });
  const types = (input: 'minor-types' | 'patch-types', own: ProjectReleaseSettings['minorTypes']): string[] => {
    if (read(input).trim() !== '') return parseTypes(input, read(input));
    if (own === undefined) return [...DOCUMENTED_DEFAULTS[input]];
    fromProject.push({ input, value: own.value.join(', '), origin: own.origin });
    return [...own.value];
  };
  if (releaseBranch !== '' && !releaseBranch.includes('{version}')) {
    throw new InputError('release-branch', releaseBranch, 'it must contain {version}, e.g. release/v{version}');
  }
  const settings: VersionBumpSettings = {
    releaseType: parseChoiceInput('release-type', read('release-type'), RELEASE_TYPES),
    explicitVersion: read('version').trim() || undefined,
    prerelease: parsePrereleaseInput('prerelease', read('prerelease')),
    scheme: parseChoiceInput('version-scheme', read('version-scheme'), VERSION_SCHEMES),
    tagPrefix: tagPrefix.value,
    tagPrefixDefaulted: tagPrefix.defaulted,
    majorOnZero:
      read('major-on-zero').trim() === ''
        ? (majorOnZero?.value ?? DOCUMENTED_DEFAULTS['major-on-zero'])
        : parseBooleanInput('major-on-zero', read('major-on-zero')),
    rules: {
      minorTypes: types('minor-types', project?.minorTypes),
      patchTypes: types('patch-types', project?.patchTypes),
    },
    strict: parseBooleanInput('strict', read('strict')),
    paths: parseListInput(read('paths')),
    versionFiles,
    fromProject,
    projectNotes: project?.notes ?? [],
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
