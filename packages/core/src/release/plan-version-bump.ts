import type { BumpDecision } from '../commits/compute-bump.js';
import { computeBump } from '../commits/compute-bump.js';
import type { ParsedCommit } from '../commits/parse-commit.js';
import { DEFAULT_SECTION_MAP, planChangelogEntries, renderChangelogBody } from '../changelog/changelog-entries.js';
import { applyRelease, createChangelog } from '../changelog/changelog-document.js';
import { traceCommits } from '../changelog/commit-traces.js';
import { FileError, ReleaseError, VersionError } from '../errors.js';
import { searchesForCurrent } from '../updaters/source-updater.js';
import { spansOf } from '../updaters/version-span.js';
import type { VersionLocation } from '../version-sources/locate-version.js';
import type { VersionFileState } from '../version-sources/read-version-sources.js';
import { updaterForState } from '../version-sources/read-version-sources.js';
import type { BumpLevel } from '../versions/next-version.js';
import { planNextVersion, validateExplicitVersion } from '../versions/next-version.js';
import { Pep440Version, formatVersion } from '../versions/pep440-version.js';
import type { ResolvedPath } from '../inputs/repository-path.js';
import type { ReleaseState } from './read-release-state.js';
import type { SettingFromProject, VersionBumpSettings } from './version-bump-settings.js';
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
  /** Where the version lives, and what says so (for the summary). */
  readonly location: VersionLocation;
  /** The inputs left empty that the project's release-tool configuration filled in. */
  readonly fromProject: readonly SettingFromProject[];
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
  const { version: previousVersion, source: previousSource } = choosePrevious(state, settings, notices);
  notices.push(...locationNotices(state.location), ...state.location.notes, ...settings.projectNotes);

  for (const file of state.files) {
    if (file.skipped !== undefined) {
      notices.push(`${file.skipped}; it is left as it is.`);
    } else if (file.read === undefined) {
      notices.push(`${file.path} does not exist: the tag alone carries the version.`);
    } else if (file.read.kind === 'dynamic') {
      notices.push(`${file.path}: ${file.read.detail}; it is left as it is.`);
    } else if (state.latestTag) {
      for (const span of spansOf(file.read)) {
        const inFile = Pep440Version.tryParse(bareVersion(file, span.value, settings));
        if (!inFile || !inFile.equals(state.latestTag.version)) {
          warnings.push(`${file.path}:${span.line} says ${span.value}, but the latest tag ${state.latestTag.name} says ${state.latestTag.version.toString()}.`);
        }
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
    location: state.location,
    fromProject: settings.fromProject,
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
  checkUnreachableTags(state, chosen.version, tag, warnings);
  // A previous version SemVer cannot say (a post-release, an epoch) is written as PEP 440.
  const previousText = settings.scheme === 'semver' ? (trySemver(previousVersion) ?? previousVersion.toString()) : previousVersion.toString();
  const values = { version, previousVersion: previousText, tag };
  const edits = planVersionFileEdits(state.files, settings, { version, semver: () => chosen.version.toSemver(), tag });
  if (state.changelog) {
    const changelog = planChangelogEdit(state, context, { version, tag });
    edits.push(changelog.edit);
    warnings.push(...changelog.warnings);
  }
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

/**
 * A release tag above the latest one HEAD contains, but outside HEAD's history, is what a squash-merged (or rebased)
 * release branch leaves: the tagged commit never reached this branch. Proposing that version again would release it
 * twice, so that fails with the fix; a higher tag that is not the proposed version (a maintenance branch below a newer
 * line) is only a warning.
 */
function checkUnreachableTags(state: ReleaseState, next: Pep440Version, tag: string, warnings: string[]): void {
  const where = state.branch ?? 'HEAD';
  for (const unreachable of state.unreachableTags ?? []) {
    if (unreachable.name === tag || unreachable.version.equals(next)) {
      throw new ReleaseError(
        `The next version would be ${next.toString()}, but ${unreachable.name} already exists and is not in the history of ${where}: ` +
          `most likely its release branch was squash-merged or rebased, so the tagged commit never reached ${where}, and version-bump ` +
          `counts its commits again. Merge the tag into ${where} with a merge commit (git fetch --tags origin && git merge --no-ff ` +
          `${unreachable.name}; with git merge -s ours ${unreachable.name} if its changes are there already) and push, then run again; ` +
          `or release another version with the version input.`,
      );
    }
  }
  const highest = state.unreachableTags?.at(-1);
  if (highest && highest.version.compare(next) > 0) {
    warnings.push(`${highest.name} is higher than ${tag} and not in the history of ${where}: right for a maintenance branch; on the default branch, merge ${highest.name} into it.`);
  }
}

function choosePrevious(
  state: ReleaseState,
  settings: VersionBumpSettings,
  notices: string[],
): { version: Pep440Version; source: PreviousSource } {
  if (state.latestTag) return { version: state.latestTag.version, source: 'tag' };
  for (const file of state.files) {
    if (file.read?.kind !== 'found') continue;
    const version = Pep440Version.parse(bareVersion(file, file.read.span.value, settings));
    notices.push(`No release tag yet: the previous version is ${version.toString()} from ${file.path}, and all history counts.`);
    return { version, source: 'file' };
  }
  notices.push('No release tag and no version in the version files: starting from 0.0.0, and all history counts.');
  return { version: Pep440Version.parse('0.0.0'), source: 'none' };
}

/** The version in a file that holds the tag (`v1.2.3`, python-semantic-release's `:tf`) without the prefix. */
function bareVersion(file: VersionFileState, value: string, settings: VersionBumpSettings): string {
  return file.source?.stampsTag && value.startsWith(settings.tagPrefix) ? value.slice(settings.tagPrefix.length) : value;
}

/** What the location itself tells the user: a version from tags, or no Python project at all. */
function locationNotices(location: VersionLocation): string[] {
  if (location.kind === 'vcs') {
    return [`The version comes from git tags when the package is built (${location.tool}: ${location.where}): there is no file to write, and the tag is the release.`];
  }
  if (location.kind === 'none') return ['No pyproject.toml, setup.cfg or setup.py: the tag alone carries the version.'];
  return [];
}

/** npm and its lock files take SemVer whatever the scheme (commitizen's npm provider writes them too). */
const NPM_FILES = /(^|[\\/])(package|package-lock|npm-shrinkwrap)\.json$/;

/**
 * One edit per file, each source's updater applied in turn to the same content: those that search
 * for the current version's text first (commitizen rewrites its `version_files`, bump-my-version its
 * files, before their own record), then those that read a place, which then find it already written.
 */
function planVersionFileEdits(
  files: readonly VersionFileState[],
  settings: VersionBumpSettings,
  next: { readonly version: string; readonly semver: () => string; readonly tag: string },
): FileEdit[] {
  const byPath = new Map<string, VersionFileState[]>();
  for (const file of files) {
    if (file.content === undefined || file.read?.kind !== 'found') continue;
    const group = byPath.get(file.path);
    if (group) group.push(file);
    else byPath.set(file.path, [file]);
  }
  const edits: FileEdit[] = [];
  for (const [path, group] of byPath) {
    const before = group[0]?.content ?? '';
    const ordered = [...group.filter((f) => f.source && searchesForCurrent(f.source.locator)), ...group.filter((f) => !(f.source && searchesForCurrent(f.source.locator)))];
    const written = (file: VersionFileState) => (file.source?.stampsTag ? next.tag : NPM_FILES.test(path) ? next.semver() : next.version);
    let after = before;
    for (const file of ordered) {
      try {
        after = updaterForState(file, settings.tagPrefix).updateContent(after, written(file), path);
      } catch (error) {
        // A search that an earlier source of the same file already rewrote finds nothing left: that is done, not missing.
        if (error instanceof FileError && after !== before && file.source && searchesForCurrent(file.source.locator)) continue;
        throw error;
      }
    }
    const first = group[0] as VersionFileState & { read: { kind: 'found' } };
    edits.push({
      path,
      location: first.location,
      field: [...new Set(group.map((file) => (file.read?.kind === 'found' ? file.read.field : '')))].join(', '),
      from: first.read.span.value,
      to: written(first),
      before,
      after,
    });
  }
  return edits;
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
  context: VersionBumpContext,
  next: { version: string; tag: string },
): { edit: FileEdit; warnings: readonly string[] } {
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
    commits: traceCommits(state.commits),
  });
  const fileEdit: FileEdit = {
    path: changelog.path,
    location: changelog.location,
    created: changelog.content === undefined,
    field: `section [${next.version}]`,
    from: changelog.content === undefined ? 'new file' : '—',
    to: `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`,
    before: changelog.content ?? '',
    after: edit.content,
  };
  return { edit: fileEdit, warnings: edit.warnings };
}
