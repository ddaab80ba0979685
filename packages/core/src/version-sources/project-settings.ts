import { parseTagPrefix, tagPrefixProblem } from '../git/ref-name.js';
import { FileError } from '../errors.js';
import { asTable } from '../updaters/toml-values.js';
import type { ProjectConfigFiles } from './project-config.js';
import { iniBoolean, stringList } from './project-config.js';
import type { BumpversionConfig, CommitizenConfig, SemanticReleaseConfig } from './release-tools.js';
import { readBumpversionConfig, readCommitizenConfig, readSemanticReleaseConfig } from './release-tools.js';

/** A setting taken from the project's release-tool configuration, and where it says so. */
export interface ProjectSetting<T> {
  readonly value: T;
  readonly origin: string;
}

/** What the project's release tool says about the inputs that were left empty. */
export interface ProjectReleaseSettings {
  /** A FileError when the tool's tag format is not a prefix and the version: thrown only if the prefix is needed. */
  readonly tagPrefix?: ProjectSetting<string> | FileError;
  readonly majorOnZero?: ProjectSetting<boolean>;
  readonly minorTypes?: ProjectSetting<readonly string[]>;
  readonly patchTypes?: ProjectSetting<readonly string[]>;
  /** Settings of that tool that have no equivalent here, said once. */
  readonly notes: readonly string[];
}

/**
 * The release settings of the first release tool the project configures (python-semantic-release,
 * commitizen, bump-my-version: the same order `locateVersion` follows), each with the tool's own
 * default when the project did not set it, since that is what the tool did for every past release.
 */
export function readProjectReleaseSettings(files: ProjectConfigFiles): ProjectReleaseSettings {
  const semanticRelease = readSemanticReleaseConfig(files);
  if (semanticRelease !== undefined) return semanticReleaseSettings(semanticRelease);
  const commitizen = readCommitizenConfig(files);
  if (commitizen !== undefined) return commitizenSettings(commitizen);
  const bumpversion = readBumpversionConfig(files);
  if (bumpversion !== undefined) return bumpversionSettings(bumpversion);
  return { notes: [] };
}

/** The value of the `tag-prefix` input that asks for tags without a prefix (`1.2.3`): `''` means "as the project says". */
export const NO_TAG_PREFIX = 'none';

/** The documented default when neither the input nor the project's configuration says. */
export const DEFAULT_TAG_PREFIX = 'v';

/**
 * The tag prefix for a `tag-prefix` input: as given; `none` for no prefix; empty for what the
 * project's release tool uses (python-semantic-release's `tag_format`, commitizen's `tag_format`,
 * bump-my-version's `tag_name`), else `v`. Shared by version-bump, changelog and
 * pypi-publish-check, so all three agree.
 */
export function resolveTagPrefix(input: string, raw: string, project: ProjectReleaseSettings | undefined): ResolvedTagPrefix {
  const given = raw.trim();
  if (given === NO_TAG_PREFIX) return { value: '', origin: undefined, defaulted: false };
  if (given !== '') return { value: parseTagPrefix(input, given), origin: undefined, defaulted: false };
  const fromProject = project?.tagPrefix;
  if (fromProject instanceof FileError) throw fromProject;
  return fromProject === undefined ? { value: DEFAULT_TAG_PREFIX, origin: undefined, defaulted: true } : { ...fromProject, defaulted: false };
}

/** The tag prefix in use, and how it was decided. */
export interface ResolvedTagPrefix {
  readonly value: string;
  /** Where the project's configuration gave it, when the input was left empty and it did. */
  readonly origin: string | undefined;
  /** True when neither the input nor the project's configuration gave it: it is the documented `v`. */
  readonly defaulted: boolean;
}

// python-semantic-release's parser defaults, the same in v7 (semantic_release/defaults.cfg,
// `parser_angular_*`), v8 (commit_parser/angular.py `AngularParserOptions`) and v9
// (`AngularParserOptions` / `ConventionalCommitParserOptions`).
const PSR_ALLOWED = ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'style', 'refactor', 'test'];
const PSR_MINOR = ['feat'];
const PSR_PATCH = ['fix', 'perf'];
const PSR_CONVENTIONAL_PARSERS = new Set(['angular', 'conventional', 'semantic_release.history.angular_parser']);

function semanticReleaseSettings(config: SemanticReleaseConfig): ProjectReleaseSettings {
  const { settings, where } = config;
  const notes: string[] = [];
  const explicit = (key: string, value: unknown) => (value === undefined ? `python-semantic-release's default ${key} (${where})` : `${key} in ${where}`);

  const tagFormat = typeof settings.tag_format === 'string' ? settings.tag_format : 'v{version}';
  const majorOnZero = iniBoolean(settings.major_on_zero) ?? true;

  const parser = typeof settings.commit_parser === 'string' ? settings.commit_parser : undefined;
  const base = {
    tagPrefix: tagPrefixOf({ file: config.file, where, key: 'tag_format', format: tagFormat }, ['{version}'], explicit('tag_format', settings.tag_format)),
    majorOnZero: { value: majorOnZero, origin: explicit('major_on_zero', settings.major_on_zero) },
  };
  if (parser !== undefined && !PSR_CONVENTIONAL_PARSERS.has(parser)) {
    notes.push(`commit_parser = "${parser}" in ${where} does not parse Conventional Commits; minor-types and patch-types keep their documented defaults.`);
    return { ...base, notes };
  }
  // v8+: [tool.semantic_release.commit_parser_options]; v7: parser_angular_* keys.
  const options = asTable(settings.commit_parser_options);
  const optionsWhere = options === undefined ? where : `[tool.semantic_release.commit_parser_options] in pyproject.toml`;
  const pick = (v8: string, v7: string): { value: unknown; key: string } =>
    options?.[v8] !== undefined ? { value: options[v8], key: v8 } : settings[v7] !== undefined ? { value: settings[v7], key: v7 } : { value: undefined, key: v8 };
  const minor = pick('minor_tags', 'parser_angular_minor_types');
  const patch = pick('patch_tags', 'parser_angular_patch_types');
  const allowed = pick('allowed_tags', 'parser_angular_allowed_types');
  const level = pick('default_bump_level', 'parser_angular_default_level_bump');
  const allowedTypes = allowed.value === undefined ? PSR_ALLOWED : lower(stringList(allowed.value));
  const minorTags = minor.value === undefined ? PSR_MINOR : lower(stringList(minor.value));
  const patchTags = patch.value === undefined ? PSR_PATCH : lower(stringList(patch.value));
  const defaultLevel = bumpLevelName(level.value);
  if (defaultLevel === 'major' || defaultLevel === 'prerelease') {
    notes.push(`${level.key} = ${JSON.stringify(level.value)} in ${optionsWhere} has no equivalent here: other types do not release.`);
  }
  // PSR: a commit's type must be among allowed_tags to parse; then minor_tags, else patch_tags,
  // else default_bump_level decide (commit_parser/angular.py `tag_to_level`, v9.21.0).
  const minorTypes = allowedTypes.filter((t) => minorTags.includes(t) || (defaultLevel === 'minor' && !patchTags.includes(t)));
  const patchTypes = allowedTypes.filter((t) => !minorTypes.includes(t) && (patchTags.includes(t) || defaultLevel === 'patch'));
  const origin = (key: string, value: unknown) => (value === undefined ? `python-semantic-release's default ${key} (${where})` : `${key} in ${optionsWhere}`);
  const typesOrigin = (own: { value: unknown; key: string }) =>
    [origin(own.key, own.value), ...(allowed.value === undefined ? [] : [`allowed_tags in ${optionsWhere}`]), ...(level.value === undefined ? [] : [`${level.key} in ${optionsWhere}`])].join('; ');
  return {
    ...base,
    minorTypes: { value: minorTypes, origin: typesOrigin(minor) },
    patchTypes: { value: patchTypes, origin: typesOrigin(patch) },
    notes,
  };
}

/** PSR's `default_bump_level`: v7 a name (`no-release`, `patch`, ...), v8+ `LevelBump` (0 no release, 1 prerelease, 2 patch, 3 minor, 4 major). */
function bumpLevelName(value: unknown): 'none' | 'prerelease' | 'patch' | 'minor' | 'major' {
  if (typeof value === 'number') return (['none', 'prerelease', 'patch', 'minor', 'major'] as const)[value] ?? 'none';
  if (typeof value !== 'string') return 'none';
  const word = value.toLowerCase().replace('-', '_');
  if (word === 'patch' || word === 'minor' || word === 'major') return word;
  if (word === 'prerelease_revision') return 'prerelease';
  return 'none';
}

// commitizen/defaults.py `BUMP_MAP` (v4.17.0), for the default `cz_conventional_commits` rules.
const CZ_MINOR = ['feat'];
const CZ_PATCH = ['fix', 'refactor', 'perf'];

function commitizenSettings(config: CommitizenConfig): ProjectReleaseSettings {
  const { settings, where, file } = config;
  const notes: string[] = [];
  const explicit = (key: string) => (settings[key] === undefined ? `commitizen's default ${key} (${where})` : `${key} in ${where}`);
  // commitizen's default tag_format is "$version": tags without a prefix (defaults.py DEFAULT_SETTINGS).
  const tagFormat = typeof settings.tag_format === 'string' ? settings.tag_format : '$version';
  // major_version_zero = true keeps breaking changes on 0.x a minor bump (BUMP_MAP_MAJOR_VERSION_ZERO).
  const majorVersionZero = iniBoolean(settings.major_version_zero) ?? false;
  const base = {
    tagPrefix: tagPrefixOf({ file, where, key: 'tag_format', format: tagFormat }, ['$version', '${version}'], explicit('tag_format')),
    majorOnZero: { value: !majorVersionZero, origin: explicit('major_version_zero') },
  };
  const name = typeof settings.name === 'string' ? settings.name : 'cz_conventional_commits';
  if (name === 'cz_conventional_commits') {
    // commitizen matches its bump map as prefixes (`^feat` also takes `feature:`); here types match whole.
    const origin = `commitizen's cz_conventional_commits bump map (${where})`;
    return { ...base, minorTypes: { value: CZ_MINOR, origin }, patchTypes: { value: CZ_PATCH, origin }, notes };
  }
  const bumpMap = name === 'cz_customize' ? asTable(asTable(settings.customize)?.bump_map) : undefined;
  if (bumpMap !== undefined) {
    const minorTypes: string[] = [];
    const patchTypes: string[] = [];
    const left: string[] = [];
    for (const [pattern, increment] of Object.entries(bumpMap)) {
      const type = /^\^?([A-Za-z][\w-]*)$/.exec(pattern)?.[1]?.toLowerCase();
      if (type !== undefined && increment === 'MINOR') minorTypes.push(type);
      else if (type !== undefined && increment === 'PATCH') patchTypes.push(type);
      else left.push(`${pattern} = ${String(increment)}`);
    }
    if (left.length > 0) notes.push(`bump_map entries ${left.join(', ')} in ${where} have no equivalent here (only breaking changes bump major).`);
    const origin = `bump_map in [tool.commitizen.customize] (${where})`;
    return { ...base, minorTypes: { value: minorTypes, origin }, patchTypes: { value: patchTypes, origin }, notes };
  }
  notes.push(`name = "${name}" in ${where}: its commit rules are not known here; minor-types and patch-types keep their documented defaults.`);
  return { ...base, notes };
}

function bumpversionSettings(config: BumpversionConfig): ProjectReleaseSettings {
  // bump-my-version's default tag_name is "v{new_version}" (bumpversion/config/__init__.py DEFAULTS).
  const tagName = config.tagName ?? 'v{new_version}';
  const origin = config.tagName === undefined ? `bump-my-version's default tag_name (${config.where})` : `tag_name in ${config.where}`;
  return { tagPrefix: tagPrefixOf({ file: config.file, where: config.where, key: 'tag_name', format: tagName }, ['{new_version}'], origin), notes: [] };
}

/**
 * The prefix a release tool's tag format gives (`v{version}` gives `v`), held to the rule a
 * `tag-prefix` input is held to (`parseTagPrefix`), or a FileError naming the file, the key, the
 * format and why it cannot be followed.
 */
function tagPrefixOf(
  setting: { readonly file: string; readonly where: string; readonly key: string; readonly format: string },
  placeholders: readonly [string, ...string[]],
  origin: string,
): ProjectSetting<string> | FileError {
  const { file, where, key, format } = setting;
  const stated = `${key} = ${JSON.stringify(format)} in ${where}`;
  const prefix = placeholders.map((placeholder) => prefixOf(format, placeholder)).find((found) => found !== undefined);
  if (prefix === undefined) return new FileError(file, `${stated} is not a prefix followed by ${placeholders[0]}; version-bump can only follow such tags: set tag-prefix`);
  const problem = tagPrefixProblem(prefix);
  if (problem !== undefined) return new FileError(file, `${stated} gives the tag prefix '${prefix}', but a tag name cannot ${problem}: set tag-prefix`);
  return { value: prefix, origin };
}

/** The literal text before `placeholder` when the format is exactly that text and the placeholder. */
function prefixOf(format: string, placeholder: string): string | undefined {
  if (!format.endsWith(placeholder)) return undefined;
  const prefix = format.slice(0, -placeholder.length);
  // python-semantic-release 8+ reads tag_format as a regular expression around {version}: only plain text can be a prefix.
  return /^[A-Za-z0-9._/-]*$/.test(prefix) ? prefix : undefined;
}

function lower(types: readonly string[]): string[] {
  return types.map((type) => type.toLowerCase());
}
