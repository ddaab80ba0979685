import type { BumpDecision } from '../commits/compute-bump.js';
import { computeBump } from '../commits/compute-bump.js';
import type { ParsedCommit } from '../commits/parse-commit.js';
import { DEFAULT_SECTION_MAP, planChangelogEntries, renderChangelogBody } from '../changelog/changelog-entries.js';
import { applyRelease, createChangelog } from '../changelog/changelog-document.js';
import { ReleaseError, VersionError } from '../errors.js';
import { updaterFor } from '../updaters/index.js';
import type { BumpLevel } from '../versions/next-version.js';
import { planNextVersion, validateExplicitVersion } from '../versions/next-version.js';
import { Pep440Version, formatVersion } from '../versions/pep440-version.js';
import type { ResolvedPath } from '../inputs/repository-path.js';
import type { ReleaseState } from './read-release-state.js';
import type { VersionBumpSettings } from './version-bump-settings.js';
import { fillTemplate } from './version-bump-settings.js';

/** One version file's change: the whole content before and after, and the version's field. */
export interface FileEdit {
  /** As the input gave it, for the summary. */
  readonly path: string;
  /** Where the file really is (symbolic links resolved): written there, and committed by that path. */
  readonly location: Pick<ResolvedPath, 'real' | 'relative'>;
  /** True when the file does not exist yet (a new changelog): undoing removes it. */
  readonly created?: boolean;
  readonly field: string;
  readonly from: string;
  readonly to: string;
  readonly before: string;
  readonly after: string;
}

/** Where the previous version came from. */
export type PreviousSource = 'tag' | 'file' | 'none';

/** The decision, and everything apply needs to carry it out. */
export interface VersionBumpPlan {
  readonly previousVersion: Pep440Version;
  readonly previousSource: PreviousSource;
  readonly previousTag: string | undefined;
  readonly commits: readonly ParsedCommit[];
  readonly decision: BumpDecision;
  /** True when nothing is releasable: nothing is written and the step still succeeds. */
  readonly skipped: boolean;
  readonly bump: BumpLevel;
  /** How the level was chosen: 'commits', 'release-type' or 'version'. */
  readonly bumpSource: 'commits' | 'release-type' | 'version';
  readonly nextVersion: Pep440Version | undefined;
  /** The next version as the scheme writes it ('' when skipped). */
  readonly version: string;
  readonly tag: string;
  readonly releaseBranch: string | undefined;
  /** What `{version}`, `{previous-version}` and `{tag}` stand for in templates. */
  readonly templateValues: { readonly version: string; readonly previousVersion: string; readonly tag: string };
  readonly edits: readonly FileEdit[];
  readonly reason: string;
  readonly notices: readonly string[];
  readonly warnings: readonly string[];
}

/** What planning needs from the run besides the inputs: for the changelog section. */
export interface VersionBumpContext {
  /** YYYY-MM-DD, UTC. */
  readonly today: string;
  /** Base URL for changelog links; '' for none. */
  readonly repositoryUrl: string;
}

const NO_CONTEXT: VersionBumpContext = { today: '1970-01-01', repositoryUrl: '' };

/**
 * Decides the next version from what was read. Pure: it reads no file and runs no git,
 * so a dry run is simply this without `applyVersionBump`.
 */
export function planVersionBump(state: ReleaseState, settings: VersionBumpSettings, context: VersionBumpContext = NO_CONTEXT): VersionBumpPlan {
  const commits = state.commits;
  const decision = computeBump(commits, settings.rules);
  if (settings.strict && decision.nonConventional.length > 0) {
    const list = decision.nonConventional.map((c) => `  ${c.hash.slice(0, 7)} ${c.header}`).join('\n');
    throw new ReleaseError(
      `strict: ${decision.nonConventional.length} commit(s) in the range are not Conventional Commits:\n${list}`,
    );
  }
  const notices: string[] = [];
  const warnings: string[] = [];
  const { version: previousVersion, source: previousSource } = choosePrevious(state, notices);

  for (const file of state.files) {
    if (file.read === undefined) {
      notices.push(`${file.path} does not exist: the tag alone carries the version.`);
    } else if (file.read.kind === 'dynamic') {
      notices.push(`${file.path}: ${file.read.detail}; it is left as it is.`);
    } else if (state.latestTag) {
      const inFile = Pep440Version.tryParse(file.read.span.value);
      if (!inFile || !inFile.equals(state.latestTag.version)) {
        warnings.push(
          `${file.path}:${file.read.span.line} says ${file.read.span.value}, but the latest tag ${state.latestTag.name} says ${state.latestTag.version.toString()}.`,
        );
      }
    }
  }

  const chosen = chooseNext(previousVersion, decision, settings);
  const base = {
    previousVersion,
    previousSource,
    previousTag: state.latestTag?.name,
    commits,
    decision,
    notices,
    warnings,
  };
  if (!chosen) {
    return {
      ...base,
      skipped: true,
      bump: 'none',
      bumpSource: 'commits',
      nextVersion: undefined,
      version: '',
      tag: '',
      releaseBranch: undefined,
      templateValues: { version: '', previousVersion: previousVersion.toString(), tag: '' },
      edits: [],
      reason: `No releasable commits since ${state.latestTag?.name ?? 'the start of history'}: nothing to release.`,
    };
  }
  const version = formatVersion(chosen.version, settings.scheme);
  const tag = `${settings.tagPrefix}${version}`;
  // A previous version SemVer cannot say (a post-release, an epoch) is written as PEP 440.
  const previousText = settings.scheme === 'semver' ? (trySemver(previousVersion) ?? previousVersion.toString()) : previousVersion.toString();
  const values = { version, previousVersion: previousText, tag };
  const edits: FileEdit[] = [];
  for (const file of state.files) {
    if (file.content === undefined || file.read?.kind !== 'found') continue;
    // npm only takes SemVer, whatever the scheme; Python files take the scheme's form.
    const written = file.path.endsWith('package.json') ? chosen.version.toSemver() : version;
    const after = updaterFor(file.path).updateContent(file.content, written, file.path);
    edits.push({ path: file.path, location: file.location, field: file.read.field, from: file.read.span.value, to: written, before: file.content, after });
  }
  if (state.changelog) edits.push(planChangelogEdit(state, settings, context, { version, tag }));
  return {
    ...base,
    skipped: false,
    bump: chosen.bump,
    bumpSource: chosen.source,
    nextVersion: chosen.version,
    version,
    tag,
    releaseBranch: settings.releaseBranch ? fillTemplate(settings.releaseBranch, values) : undefined,
    templateValues: values,
    edits,
    reason: chosen.reason,
  };
}

function choosePrevious(
  state: ReleaseState,
  notices: string[],
): { version: Pep440Version; source: PreviousSource } {
  if (state.latestTag) return { version: state.latestTag.version, source: 'tag' };
  for (const file of state.files) {
    if (file.read?.kind !== 'found') continue;
    const version = Pep440Version.parse(file.read.span.value);
    notices.push(`No release tag yet: the previous version is ${version.toString()} from ${file.path}, and all history counts.`);
    return { version, source: 'file' };
  }
  notices.push('No release tag and no version in the version files: starting from 0.0.0, and all history counts.');
  return { version: Pep440Version.parse('0.0.0'), source: 'none' };
}

function chooseNext(
  previous: Pep440Version,
  decision: BumpDecision,
  settings: VersionBumpSettings,
): { version: Pep440Version; bump: BumpLevel; source: VersionBumpPlan['bumpSource']; reason: string } | undefined {
  if (settings.explicitVersion !== undefined) {
    const version = validateExplicitVersion('version', settings.explicitVersion, previous);
    return { version, bump: levelBetween(previous, version), source: 'version', reason: `The version input asks for ${version.toString()}.` };
  }
  const requested = settings.releaseType === 'auto' ? decision.level : settings.releaseType;
  const planned = planNextVersion({
    previous,
    bump: requested,
    ...(settings.prerelease ? { prerelease: settings.prerelease } : {}),
    majorOnZero: settings.majorOnZero,
  });
  if (!planned) return undefined;
  return {
    version: planned.version,
    bump: planned.bump,
    source: settings.releaseType === 'auto' ? 'commits' : 'release-type',
    reason: planned.reason,
  };
}

/** The level of change between two versions, for the `bump` output of an explicit version. */
function levelBetween(from: Pep440Version, to: Pep440Version): BumpLevel {
  const a = from.baseRelease();
  const b = to.baseRelease();
  if (b[0] !== a[0]) return 'major';
  if (b[1] !== a[1]) return 'minor';
  return 'patch';
}

function trySemver(version: Pep440Version): string | undefined {
  try {
    return version.toSemver();
  } catch (error) {
    if (error instanceof VersionError) return undefined;
    throw error;
  }
}

/** The release's section in the changelog, from the same commits, as the changelog action writes it. */
function planChangelogEdit(
  state: ReleaseState,
  settings: VersionBumpSettings,
  context: VersionBumpContext,
  next: { version: string; tag: string },
): FileEdit {
  const changelog = state.changelog as NonNullable<ReleaseState['changelog']>;
  const entries = planChangelogEntries(state.commits, { sections: DEFAULT_SECTION_MAP, includeOther: false });
  const url = context.repositoryUrl.replace(/\/+$/, '');
  const previousTag = state.latestTag?.name;
  const edit = applyRelease(changelog.content ?? createChangelog(), changelog.path, {
    version: next.version,
    date: context.today,
    body: renderChangelogBody(entries, { repositoryUrl: url }),
    links: url
      ? {
          compare: previousTag ? `${url}/compare/${previousTag}...${next.tag}` : `${url}/releases/tag/${next.tag}`,
          unreleased: `${url}/compare/${next.tag}...HEAD`,
        }
      : undefined,
  });
  return {
    path: changelog.path,
    location: changelog.location,
    created: changelog.content === undefined,
    field: `section [${next.version}]`,
    from: changelog.content === undefined ? 'new file' : '—',
    to: `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`,
    before: changelog.content ?? '',
    after: edit.content,
  };
}
