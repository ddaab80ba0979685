import { FileError, InputError } from '../errors.js';
import type { InputSource } from '../inputs/parse-input.js';
import { parseBooleanInput, parseChoiceInput, parseListInput } from '../inputs/parse-input.js';
import type { PathContext } from '../inputs/repository-path.js';
import { parseRepositoryPath } from '../inputs/repository-path.js';
import { Pep440Version } from '../versions/pep440-version.js';
import type { ProjectConfigFiles } from '../version-sources/project-config.js';
import { readProjectConfigFiles } from '../version-sources/project-config.js';
import type { ProjectReleaseSettings, ResolvedTagPrefix } from '../version-sources/project-settings.js';
import { DEFAULT_TAG_PREFIX, NO_TAG_PREFIX, readProjectReleaseSettings, resolveTagPrefix } from '../version-sources/project-settings.js';
import type { RepositoryCredentials } from './index-client/repository-url.js';
import { parseRepositoryUrl, readUrlCredentials, redactUrl, repositoryUrlSecretForms } from './index-client/repository-url.js';

/** The defaults of every input, as action.yml declares them (a test keeps the two equal). */
export const PUBLISH_CHECK_DEFAULTS: Readonly<Record<string, string>> = {
  dist: 'dist',
  pyproject: 'pyproject.toml',
  'expected-version': '',
  'tag-prefix': '',
  'release-branch-pattern': 'release/v{version}',
  'repository-url': 'https://pypi.org',
  'check-published': 'true',
  'skip-existing': 'false',
  require: 'sdist,wheel',
  'max-file-size': '100MiB',
  strict: 'false',
  'trusted-publishing': 'auto',
};

export const TRUSTED_PUBLISHING_MODES = ['require', 'auto', 'off'] as const;
export type DistKind = 'sdist' | 'wheel';

/** Every input of pypi-publish-check, parsed once and checked. */
export interface PublishCheckSettings {
  /** Relative to the workspace (an absolute path inside it is made relative). */
  readonly dist: string;
  readonly pyproject: string;
  /** The version the files must have, and where that came from; undefined when nothing says. */
  readonly expected: { readonly version: Pep440Version; readonly source: string } | undefined;
  /**
   * Why the ref names no expected version although it looks like a release: a tag that is a bare
   * version while `tag-prefix` was left to its default `v` (version-bump stops there too).
   */
  readonly expectedProblem: { readonly message: string; readonly fix: string } | undefined;
  /** The index, without the credentials a private mirror's URL may carry: safe to show. */
  readonly repositoryUrl: string;
  /** The `user:password@` of `repository-url`, kept apart so that no message can quote it. */
  readonly repositoryCredentials: RepositoryCredentials | undefined;
  /** Every form of those credentials, for `core.setSecret`. */
  readonly secrets: readonly string[];
  readonly checkPublished: boolean;
  readonly skipExisting: boolean;
  readonly require: readonly DistKind[];
  readonly maxFileSize: number;
  readonly strict: boolean;
  readonly trustedPublishing: (typeof TRUSTED_PUBLISHING_MODES)[number];
}

/** What the settings need from the run besides the inputs. */
export interface PublishCheckSettingsContext extends PathContext {
  /**
   * The project's config files, as `readPublishProjectConfig` gave them: an empty `tag-prefix`
   * follows its release tool. A FileError when one could not be read.
   */
  readonly files?: ProjectConfigFiles | FileError;
}

/**
 * The project's config files, read only when they decide something: `tag-prefix` and
 * `expected-version` left empty on a tag ref (a publish job may not check out the repository; a branch run does not need them). A file
 * that cannot be read (a folder, a link out of the repository, not UTF-8) comes back as its
 * FileError, for the expected-version check to report while every other check still runs.
 */
export async function readPublishProjectConfig(
  source: InputSource,
  ref: string | undefined,
  read: (path: string) => Promise<string | undefined>,
): Promise<ProjectConfigFiles | FileError | undefined> {
  if (source('tag-prefix').trim() !== '' || source('expected-version').trim() !== '' || !ref?.startsWith('refs/tags/')) return undefined;
  try {
    return await readProjectConfigFiles(read);
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
}

/**
 * Reads and checks every input; `ref` is GITHUB_REF, for the default expected version, and
 * `context.workspace` is where absolute `dist` and `pyproject` paths must lie.
 */
export function parsePublishCheckSettings(source: InputSource, ref: string | undefined, context: PublishCheckSettingsContext = {}): PublishCheckSettings {
  const read = (name: string): string => {
    const value = source(name).trim();
    return value === '' && name !== 'tag-prefix' && name !== 'expected-version' ? (PUBLISH_CHECK_DEFAULTS[name] ?? '') : value;
  };
  const require = parseRequire(read('require'));
  const repository = parseRepositoryUrl(read('repository-url'));
  const pattern = read('release-branch-pattern');
  if (!pattern.includes('{version}')) {
    throw new InputError('release-branch-pattern', pattern, 'it must contain {version}, e.g. release/v{version}');
  }
  const rawExpected = read('expected-version');
  let expected: PublishCheckSettings['expected'];
  let expectedProblem: PublishCheckSettings['expectedProblem'];
  // tag-prefix as version-bump and changelog read it; the project's configuration only where it decides (a tag ref).
  const unset = read('tag-prefix') === '';
  const tagRef = ref?.startsWith('refs/tags/') ?? false;
  let tagPrefix: ResolvedTagPrefix = { value: DEFAULT_TAG_PREFIX, origin: undefined, defaulted: true };
  try {
    tagPrefix = resolveTagPrefix('tag-prefix', source('tag-prefix'), unset && tagRef && rawExpected === '' ? projectSettings(context.files) : undefined);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    // The project's configuration says nothing usable: the check says so, and the others still run.
    expectedProblem = { message: `tag-prefix is empty, so it follows the project's release tool, but ${error.message}`, fix: `Set tag-prefix (${NO_TAG_PREFIX} for tags without a prefix), or fix the file.` };
  }
  if (rawExpected !== '') {
    const version = Pep440Version.tryParse(rawExpected.replace(/^v/i, ''));
    if (!version) throw new InputError('expected-version', rawExpected, 'it must be a PEP 440 version such as 0.3.4 or 1.0rc1');
    expected = { version, source: `expected-version ${rawExpected}` };
  } else if (expectedProblem === undefined) {
    expected = expectedVersionFromRef(ref, tagPrefix.value, pattern);
    if (expected === undefined && tagRef && tagPrefix.defaulted) expectedProblem = unprefixedTagProblem(ref ?? '');
  }
  return {
    dist: parseRepositoryPath('dist', read('dist'), context),
    pyproject: parseRepositoryPath('pyproject', read('pyproject'), context),
    expected,
    expectedProblem,
    repositoryUrl: redactUrl(repository).replace(/\/+$/, ''),
    repositoryCredentials: readUrlCredentials(repository),
    secrets: repositoryUrlSecretForms(read('repository-url')),
    checkPublished: parseBooleanInput('check-published', read('check-published')),
    skipExisting: parseBooleanInput('skip-existing', read('skip-existing')),
    require,
    maxFileSize: parseSize('max-file-size', read('max-file-size')),
    strict: parseBooleanInput('strict', read('strict')),
    trustedPublishing: parseChoiceInput('trusted-publishing', read('trusted-publishing'), TRUSTED_PUBLISHING_MODES),
  };
}

function projectSettings(files: ProjectConfigFiles | FileError | undefined): ProjectReleaseSettings | undefined {
  if (files instanceof FileError) throw files;
  return files === undefined ? undefined : readProjectReleaseSettings(files);
}

/** A tag that is a bare version (`0.4.0`) while the prefix is the documented default: ask, rather than expect nothing. */
function unprefixedTagProblem(ref: string): PublishCheckSettings['expectedProblem'] {
  const tag = ref.slice('refs/tags/'.length);
  if (expectedVersionFromRef(ref, '', '{version}') === undefined || !/^\d/.test(tag)) return undefined;
  return {
    message: `The ref is tag ${tag}, a version without the prefix '${DEFAULT_TAG_PREFIX}' that tag-prefix defaults to, so the files cannot be checked against it.`,
    fix: `Set tag-prefix: ${NO_TAG_PREFIX} to check the files against tags without a prefix, or tag-prefix: ${DEFAULT_TAG_PREFIX} if ${tag} is not a release tag.`,
  };
}

const DIST_KINDS = ['sdist', 'wheel'] as const;

/**
 * `require`: sdist, wheel or both. A value that lists nothing (`,`, `, ,`) would require
 * nothing and let an empty dist folder pass, so it is refused like any other bad value.
 */
function parseRequire(raw: string): DistKind[] {
  const kinds = parseListInput(raw).map((kind) => parseChoiceInput('require', kind, DIST_KINDS));
  if (kinds.length === 0) {
    throw new InputError('require', raw, `it must list at least one of ${DIST_KINDS.join(', ')} (comma separated), e.g. sdist,wheel`);
  }
  return [...new Set(kinds)];
}

/**
 * The version a release ref names: a `{tag-prefix}X` tag or a branch matching the release-branch
 * pattern (`release/v{version}`). Undefined for any other ref, or when X is not PEP 440.
 */
export function expectedVersionFromRef(
  ref: string | undefined,
  tagPrefix: string,
  branchPattern: string,
): PublishCheckSettings['expected'] {
  if (!ref) return undefined;
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (ref.startsWith('refs/tags/')) {
    const tag = ref.slice('refs/tags/'.length);
    if (!tag.startsWith(tagPrefix)) return undefined;
    const version = Pep440Version.tryParse(tag.slice(tagPrefix.length));
    return version ? { version, source: `tag ${tag}` } : undefined;
  }
  if (ref.startsWith('refs/heads/')) {
    const branch = ref.slice('refs/heads/'.length);
    const [before = '', after = ''] = branchPattern.split('{version}');
    const match = new RegExp(`^${escape(before)}(.+)${escape(after)}$`).exec(branch);
    const version = match?.[1] ? Pep440Version.tryParse(match[1]) : undefined;
    return version ? { version, source: `branch ${branch}` } : undefined;
  }
  return undefined;
}

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
};

/** `100MiB`, `2 GB`, `1048576`: a size in bytes. */
export function parseSize(input: string, raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw.trim());
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match?.[1] || unit === undefined) {
    throw new InputError(input, raw, 'it must be a size such as 100MiB, 60MB or 1048576 (bytes); units B, KB, MB, GB, KiB, MiB, GiB');
  }
  return Math.floor(Number(match[1]) * unit);
}
