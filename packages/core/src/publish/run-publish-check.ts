import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError, InputError } from '../errors.js';
import { readTextIfExists } from '../inputs/read-text.js';
import type { PathKind } from '../inputs/repository-path.js';
import { resolveRepositoryPath } from '../inputs/repository-path.js';
import { parseToml } from '../updaters/toml-values.js';
import { Pep440Version, sameRelease } from '../versions/pep440-version.js';
import { inspectSdist } from './archives/inspect-sdist.js';
import { inspectWheel } from './archives/inspect-wheel.js';
import type { CheckResult } from './check-result.js';
import { failure, pass } from './check-result.js';
import { IndexUnreachableError } from './index-client/index-unreachable-error.js';
import { checkAgainstIndex, fetchPublishedRelease } from './index-client/pypi-json-api.js';
import type { CoreMetadata } from './metadata/core-metadata.js';
import { checkCoreMetadata, parseCoreMetadata } from './metadata/core-metadata.js';
import { checkSdistFileName, checkWheelFileName, normalizeProjectName, parseWheelFileName } from './metadata/dist-filenames.js';
import type { DistKind, PublishCheckSettings } from './publish-check-settings.js';
import { formatBytes } from './archives/archive-limits.js';
import type { PublisherSettings } from './trusted-publishing/trusted-publisher.js';
import { inspectTrustedPublishing } from './trusted-publishing/trusted-publisher.js';
import { appendAll } from '../collections/append-all.js';

/** One file of the dist folder, as the `files` output lists it. */
export interface DistFileReport {
  readonly filename: string;
  readonly kind: DistKind;
  readonly size: number;
  readonly sha256: string;
  /** Wheel tags, `py3-none-any` form; undefined for an sdist. */
  readonly tags: string | undefined;
}

/** Everything the check found. */
export interface PublishCheckResult {
  readonly name: string | undefined;
  readonly version: string | undefined;
  readonly files: readonly DistFileReport[];
  readonly checks: readonly CheckResult[];
  readonly alreadyPublished: boolean;
  readonly passed: boolean;
  readonly strict: boolean;
  readonly publisher: PublisherSettings | undefined;
  /** The trusted-publishing input: with `off`, nothing about publishers is reported. */
  readonly trustedPublishing: PublishCheckSettings['trustedPublishing'];
}

/** What the check needs from the run. */
export interface PublishCheckContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
}

interface Inspected {
  readonly report: DistFileReport;
  readonly metadata: CoreMetadata | undefined;
}

/**
 * Inspects every file in the dist folder, compares names and versions everywhere they are
 * written, asks the index, and reads the Trusted Publishing claims. Never throws for a problem
 * in the files: each becomes a failing check, so the report lists all of them at once.
 */
export async function runPublishCheck(settings: PublishCheckSettings, context: PublishCheckContext): Promise<PublishCheckResult> {
  const checks: CheckResult[] = [];
  const distDir = await resolveInputPath(context.cwd, 'dist', settings.dist, 'folder', 'dist-folder', checks);
  const names = distDir === undefined ? [] : await listDist(distDir, settings.dist, checks);
  const inspected: Inspected[] = [];
  for (const filename of names) {
    const result = await inspectFile(join(distDir ?? '', filename), filename, settings, checks);
    if (result) inspected.push(result);
  }
  checkKinds(inspected, settings, checks);
  const { name, version } = checkConsistency(inspected, checks);
  const pyproject = await resolveInputPath(context.cwd, 'pyproject', settings.pyproject, 'file', 'pyproject', checks);
  if (pyproject !== undefined) await checkPyproject(pyproject, settings.pyproject, name, version, checks);
  if (settings.expectedProblem) {
    checks.push(failure('expected-version', settings.expectedProblem.message, settings.expectedProblem.fix));
  } else if (settings.expected && version) {
    const matches = Pep440Version.tryParse(version)?.equals(settings.expected.version) ?? false;
    checks.push(
      matches
        ? pass('expected-version', `The files are version ${version}, as ${settings.expected.source} says.`)
        : failure('expected-version', `The files are version ${version}, but ${settings.expected.source} says ${settings.expected.version.toString()}.`, 'Build from the release commit, or fix the version in pyproject.toml to match the tag or branch.'),
    );
  } else if (!settings.expected) {
    checks.push(pass('expected-version', 'No expected version: the ref is not a release tag or branch and expected-version is empty.'));
  }

  let alreadyPublished = false;
  if (settings.checkPublished && name && version) {
    try {
      const release = await fetchPublishedRelease(name, version, {
        repositoryUrl: settings.repositoryUrl,
        ...(settings.repositoryCredentials ? { credentials: settings.repositoryCredentials } : {}),
        ...(context.fetch ? { fetch: context.fetch } : {}),
      });
      alreadyPublished = release.exists && release.files.length > 0;
      appendAll(checks, checkAgainstIndex(release, inspected.map((file) => ({ filename: file.report.filename, kind: file.report.kind })), { skipExisting: settings.skipExisting }));
    } catch (error) {
      if (!(error instanceof IndexUnreachableError)) throw error;
      checks.push(failure('index-reachable', error.message, `Check that ${settings.repositoryUrl} is right and reachable from the runner; the check never passes without an answer.`));
    }
  }
  const trusted = await inspectTrustedPublishing(context.env, settings.trustedPublishing, {
    repositoryUrl: settings.repositoryUrl,
    ...(context.fetch ? { fetch: context.fetch } : {}),
  });
  appendAll(checks, trusted.checks);

  const failed = checks.some((check) => check.level === 'failure' || (settings.strict && check.level === 'warning'));
  return {
    name,
    version,
    files: inspected.map((file) => file.report),
    checks,
    alreadyPublished,
    passed: !failed,
    strict: settings.strict,
    publisher: trusted.settings,
    trustedPublishing: settings.trustedPublishing,
  };
}

/**
 * Where an input's path really is, by the rules for paths in inputs (inside the workspace, not
 * into .git, a folder or a file as wanted); a path that breaks them is a failing check, so the
 * report and the summary still say everything else.
 */
async function resolveInputPath(
  workspace: string,
  input: string,
  path: string,
  kind: PathKind,
  id: string,
  checks: CheckResult[],
): Promise<string | undefined> {
  try {
    return (await resolveRepositoryPath(workspace, input, path, kind)).real;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const fix = kind === 'folder' ? 'Set the dist input to the folder python -m build wrote (dist by default).' : 'Set the pyproject input to the project\'s pyproject.toml.';
    checks.push(failure(id, error.message, fix));
    return undefined;
  }
}

async function listDist(dir: string, input: string, checks: CheckResult[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    checks.push(failure('dist-folder', `The dist folder '${input}' does not exist.`, 'Build first (python -m build), or set the dist input to the folder the build wrote.'));
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    // Hidden files (hatch writes dist/.gitignore) are not uploaded by twine or gh-action-pypi-publish.
    if (entry.name.startsWith('.')) continue;
    if (!entry.isFile()) {
      checks.push(failure('dist-contents', `'${entry.name}' in ${input} is not a regular file.`, 'Keep only the built sdist and wheels in the dist folder.', entry.name));
      continue;
    }
    files.push(entry.name);
  }
  return files;
}

async function inspectFile(path: string, filename: string, settings: PublishCheckSettings, checks: CheckResult[]): Promise<Inspected | undefined> {
  const kind: DistKind | undefined = filename.endsWith('.whl') ? 'wheel' : filename.endsWith('.tar.gz') ? 'sdist' : undefined;
  if (!kind) {
    const why = filename.endsWith('.zip') ? 'PyPI no longer accepts .zip sdists (PEP 625: sdists are .tar.gz)' : 'PyPI accepts only wheels (.whl) and sdists (.tar.gz)';
    checks.push(failure('dist-contents', `${filename}: ${why}; the upload would be refused.`, 'Remove it from the dist folder (twine and gh-action-pypi-publish upload everything in it).', filename));
    return undefined;
  }
  const { size } = await stat(path);
  checks.push(
    size <= settings.maxFileSize
      ? pass('file-size', `${formatBytes(size)}, within ${formatBytes(settings.maxFileSize)}.`, filename)
      : failure('file-size', `${formatBytes(size)} is over the index's limit of ${formatBytes(settings.maxFileSize)}.`, 'Make the file smaller (leave data and tests out of it), or ask PyPI for a larger limit and raise max-file-size.', filename),
  );
  const sha256 = await hashFile(path);
  if (kind === 'wheel') {
    appendAll(checks, checkWheelFileName(filename));
    const parsed = parseWheelFileName(filename);
    const wheel = await inspectWheel(path, { name: parsed?.name ?? '', version: parsed?.version ?? '' });
    appendAll(checks, wheel.checks);
    const metadata = wheel.metadataText === undefined ? undefined : parseCoreMetadata(wheel.metadataText);
    if (metadata) appendAll(checks, checkCoreMetadata(metadata, filename));
    if (metadata?.name && metadata.version && parsed) checks.push(checkWheelNameAgainstMetadata(filename, parsed, metadata));
    const tags = parsed ? `${parsed.pythonTags.join('.')}-${parsed.abiTags.join('.')}-${parsed.platformTags.join('.')}` : undefined;
    return { report: { filename, kind, size, sha256, tags }, metadata };
  }
  const sdist = await inspectSdist(path, { root: filename.slice(0, -'.tar.gz'.length) });
  appendAll(checks, sdist.checks);
  const metadata = sdist.pkgInfoText === undefined ? undefined : parseCoreMetadata(sdist.pkgInfoText);
  if (metadata) {
    appendAll(checks, checkCoreMetadata(metadata, filename));
    if (metadata.name && metadata.version) appendAll(checks, checkSdistFileName(filename, metadata.name, metadata.version));
  }
  return { report: { filename, kind, size, sha256, tags: undefined }, metadata };
}

/** PyPI refuses a wheel whose file name names another project or version than its METADATA. */
function checkWheelNameAgainstMetadata(filename: string, parsed: { name: string; version: string }, metadata: CoreMetadata): CheckResult {
  const sameName = normalizeProjectName(parsed.name) === normalizeProjectName(metadata.name ?? '');
  const sameVersion = sameRelease(parsed.version, metadata.version ?? '');
  if (sameName && sameVersion) return pass('wheel-filename-metadata', `The file name and METADATA both say ${metadata.name ?? ''} ${metadata.version ?? ''}.`, filename);
  const problems = [
    ...(sameName ? [] : [`the file name says project '${parsed.name}' but METADATA says '${metadata.name ?? ''}'`]),
    ...(sameVersion ? [] : [`the file name says version ${parsed.version} but METADATA says ${metadata.version ?? ''}`]),
  ];
  return failure(
    'wheel-filename-metadata',
    `${problems.join('; ')}: PyPI refuses a wheel whose name or version in the file name differs from its metadata.`,
    'Do not rename wheels: rebuild them with python -m build so that the file name comes from the metadata.',
    filename,
  );
}

function checkKinds(files: readonly Inspected[], settings: PublishCheckSettings, checks: CheckResult[]): void {
  const sdists = files.filter((file) => file.report.kind === 'sdist').length;
  const wheels = files.filter((file) => file.report.kind === 'wheel').length;
  if (sdists > 1) checks.push(failure('dist-contents', `${sdists} sdists: a release has exactly one.`, 'Remove the stale sdists (clean the dist folder before building).'));
  if (settings.require.includes('sdist') && sdists === 0) checks.push(failure('dist-contents', 'No sdist, and require asks for one.', 'Build it with python -m build (or python -m build --sdist).'));
  if (settings.require.includes('wheel') && wheels === 0) checks.push(failure('dist-contents', 'No wheel, and require asks for at least one.', 'Build it with python -m build (or python -m build --wheel).'));
  if (sdists <= 1 && (sdists > 0 || !settings.require.includes('sdist')) && (wheels > 0 || !settings.require.includes('wheel'))) {
    checks.push(pass('dist-contents', `${sdists} sdist and ${wheels} ${wheels === 1 ? 'wheel' : 'wheels'}.`));
  }
}

function checkConsistency(files: readonly Inspected[], checks: CheckResult[]): { name: string | undefined; version: string | undefined } {
  const withMetadata = files.filter((file) => file.metadata?.name && file.metadata.version);
  const first = withMetadata[0]?.metadata;
  if (!first?.name || !first.version) return { name: undefined, version: undefined };
  const name = first.name;
  const version = Pep440Version.tryParse(first.version)?.toString() ?? first.version;
  const mismatched = withMetadata.filter(
    (file) =>
      normalizeProjectName(file.metadata?.name ?? '') !== normalizeProjectName(name) ||
      !sameRelease(file.metadata?.version ?? '', version),
  );
  checks.push(
    mismatched.length === 0
      ? pass('same-name-and-version', `Every file is ${name} ${version}.`)
      : failure(
          'same-name-and-version',
          `The files disagree: ${withMetadata.map((file) => `${file.report.filename} is ${file.metadata?.name ?? '?'} ${file.metadata?.version ?? '?'}`).join('; ')}.`,
          'Clean the dist folder and build the sdist and wheels once, from the same commit.',
        ),
  );
  return { name, version };
}

async function checkPyproject(path: string, input: string, name: string | undefined, version: string | undefined, checks: CheckResult[]): Promise<void> {
  let text;
  try {
    text = await readTextIfExists(path, input);
  } catch (error) {
    // TOML is UTF-8 (toml.io): a file that is not is a failing check like any other.
    if (!(error instanceof FileError)) throw error;
    checks.push(failure('pyproject', error.message, 'Save pyproject.toml as UTF-8.'));
    return;
  }
  if (text === undefined) {
    checks.push(pass('pyproject', `${input} not found: nothing to compare.`));
    return;
  }
  let project: { name?: unknown; version?: unknown; dynamic?: unknown } | undefined;
  try {
    // The TOML reading the version sources use: the same message, with the line.
    project = (parseToml(text, input) as { project?: typeof project }).project;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    checks.push(failure('pyproject', error.message, 'Fix the TOML syntax.'));
    return;
  }
  const problems: string[] = [];
  if (typeof project?.name === 'string' && name && normalizeProjectName(project.name) !== normalizeProjectName(name)) {
    problems.push(`[project].name is ${project.name}, the files are ${name}`);
  }
  const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version');
  if (typeof project?.version === 'string' && version && !sameRelease(project.version, version)) {
    problems.push(`[project].version is ${project.version}, the files are ${version}`);
  }
  if (problems.length > 0) {
    checks.push(failure('pyproject', `${input} disagrees with the built files: ${problems.join('; ')}.`, 'Rebuild after the version bump, from the release commit.'));
  } else {
    const what = dynamic ? 'its version is dynamic (set by the build backend)' : 'the static name and version match';
    checks.push(pass('pyproject', `${input}: ${what}.`));
  }
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
