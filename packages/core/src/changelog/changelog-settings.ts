import { InputError } from '../errors.js';
import type { InputSource } from '../inputs/parse-input.js';
import { parseBooleanInput } from '../inputs/parse-input.js';
import type { PathContext } from '../inputs/repository-path.js';
import { parseRepositoryPath } from '../inputs/repository-path.js';
import { Pep440Version } from '../versions/pep440-version.js';
import type { ProjectConfigFiles } from '../version-sources/project-config.js';
import { readProjectReleaseSettings, resolveTagPrefix } from '../version-sources/project-settings.js';
import { parseSectionsInput } from './changelog-entries.js';

/** The defaults of every input, as action.yml declares them (a test keeps the two equal). */
export const CHANGELOG_DEFAULTS: Readonly<Record<string, string>> = {
  version: '',
  path: 'CHANGELOG.md',
  'tag-prefix': '',
  from: '',
  to: 'HEAD',
  date: '',
  sections: '',
  'include-other': 'false',
  'repository-url': '${{ github.server_url }}/${{ github.repository }}',
  regenerate: 'false',
  'dry-run': 'false',
};

/** Every input of the changelog action, parsed once and checked. */
export interface ChangelogSettings {
  /** As it goes in the heading (a leading `v` dropped); undefined: refresh [Unreleased]. */
  readonly version: string | undefined;
  readonly path: string;
  readonly tagPrefix: string;
  /** Where the project's configuration gave the tag prefix, when `tag-prefix` was left empty and it did. */
  readonly tagPrefixOrigin: string | undefined;
  /** True when neither `tag-prefix` nor the project's configuration gave the prefix: it is the documented `v`. */
  readonly tagPrefixDefaulted: boolean;
  readonly from: string | undefined;
  readonly to: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly sections: Readonly<Record<string, string>>;
  readonly includeOther: boolean;
  readonly repositoryUrl: string;
  readonly regenerate: boolean;
  readonly dryRun: boolean;
}

/** What the settings need from the run: today's date (UTC), where the repository lives, and the workspace. */
export interface ChangelogContext extends PathContext {
  readonly today: Date;
  readonly serverUrl: string;
  readonly repository: string | undefined;
  /** The project's config files: an empty `tag-prefix` follows its release tool, as version-bump does. */
  readonly files?: ProjectConfigFiles;
}

/** Reads and checks every input; the first bad one throws an InputError naming it. */
export function parseChangelogSettings(source: InputSource, context: ChangelogContext): ChangelogSettings {
  const read = (name: string): string => source(name).trim();
  const rawVersion = read('version');
  let version: string | undefined;
  if (rawVersion !== '') {
    const bare = rawVersion.replace(/^v/i, '');
    if (!Pep440Version.tryParse(bare)) {
      throw new InputError('version', rawVersion, 'it must be a PEP 440 or SemVer version such as 1.4.0, 1.4.0rc1 or 1.4.0-rc.1');
    }
    version = bare;
  }
  const date = read('date') || context.today.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new InputError('date', date, 'it must be a calendar date written YYYY-MM-DD');
  }
  const path = parseRepositoryPath('path', read('path') || 'CHANGELOG.md', context);
  const fallbackUrl = context.repository ? `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}` : '';
  const repositoryUrl = (read('repository-url') || fallbackUrl).replace(/\/+$/, '');
  if (repositoryUrl !== '' && !/^https?:\/\/[^\s/]+\/\S+$/.test(repositoryUrl)) {
    throw new InputError('repository-url', repositoryUrl, 'it must be an http(s) URL such as https://github.com/owner/repo');
  }
  const unset = source('tag-prefix').trim() === '';
  const tagPrefix = resolveTagPrefix('tag-prefix', source('tag-prefix'), unset && context.files ? readProjectReleaseSettings(context.files) : undefined);
  return {
    version,
    path,
    tagPrefix: tagPrefix.value,
    tagPrefixOrigin: tagPrefix.origin,
    tagPrefixDefaulted: tagPrefix.defaulted,
    from: read('from') || undefined,
    to: read('to') || 'HEAD',
    date,
    sections: parseSectionsInput(source('sections')),
    includeOther: parseBooleanInput('include-other', read('include-other') || 'false'),
    repositoryUrl,
    regenerate: parseBooleanInput('regenerate', read('regenerate') || 'false'),
    dryRun: parseBooleanInput('dry-run', read('dry-run') || 'false'),
  };
}
