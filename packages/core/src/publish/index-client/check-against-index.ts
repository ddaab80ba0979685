import type { CheckResult } from '../check-result.js';
import { failure, pass, warning } from '../check-result.js';
import type { PublishedFile, PublishedRelease } from './pypi-json-api.js';

/** A distribution file about to be uploaded. */
export interface LocalDistFile {
  readonly filename: string;
  readonly kind: 'sdist' | 'wheel';
}

const FILENAME_REUSE = 'https://pypi.org/help/#file-name-reuse';

/**
 * What the index already has, against what is about to be uploaded. PyPI's rules (warehouse's
 * upload endpoint): a filename can never be used twice, not even after the file was deleted
 * or yanked; a release takes one sdist; new wheels may be added to an existing release.
 * `skipExisting` is twine's `--skip-existing`: files already on the index are left out, so
 * they become warnings, but a second sdist under another name is refused all the same.
 */
export function checkAgainstIndex(
  release: PublishedRelease,
  localFiles: readonly LocalDistFile[],
  options: { readonly skipExisting: boolean },
): CheckResult[] {
  if (!release.exists) {
    return [pass('index-version-new', 'This version is not on the index yet, so every file can be uploaded.')];
  }
  const results: CheckResult[] = [checkRelease(release, options.skipExisting)];
  const published = new Map(release.files.map((file) => [file.filename, file]));
  const publishedSdist = release.files.find((file) => file.packagetype === 'sdist');
  for (const local of localFiles) {
    const same = published.get(local.filename);
    if (same !== undefined) results.push(checkTakenFilename(same, options.skipExisting));
    else if (local.kind === 'sdist' && publishedSdist !== undefined) {
      results.push(
        failure(
          'index-second-sdist',
          `${local.filename} cannot be added: the release already has the sdist ${publishedSdist.filename}, and PyPI takes one sdist per release.`,
          'Publish a new version (a .post1 release for a packaging-only fix). skip-existing does not help: it skips only files of the same name.',
          local.filename,
        ),
      );
    } else {
      results.push(pass('index-file-new', `${local.filename} is not on the index yet and can be added to the release.`, local.filename));
    }
  }
  return results;
}

function checkRelease(release: PublishedRelease, skipExisting: boolean): CheckResult {
  if (release.files.length === 0) {
    return warning(
      'index-version-empty',
      'This version exists on the index but has no files left (they were deleted).',
      `New files can be uploaded, but PyPI refuses any filename used before, even deleted (${FILENAME_REUSE}); if the upload is refused, publish a new version.`,
    );
  }
  const count = release.files.length === 1 ? '1 file' : `${release.files.length} files`;
  const yanked = release.files.every((file) => file.yanked === true)
    ? ' It is yanked, which frees neither the version nor its filenames.'
    : '';
  const message = `This version is already on the index with ${count}: ${release.files.map(describeFile).join(', ')}.${yanked}`;
  if (skipExisting) {
    return warning(
      'index-version-published',
      `${message} With skip-existing, only the files the index does not have will be uploaded.`,
      'Bump the version if this run was meant to publish a new release.',
    );
  }
  return failure(
    'index-version-published',
    message,
    'Bump the version to publish a new release; to add only missing files (e.g. wheels for more platforms) to this one, set skip-existing: true.',
  );
}

function checkTakenFilename(published: PublishedFile, skipExisting: boolean): CheckResult {
  const name = published.filename;
  const yanked = published.yanked === true ? ' (yanked)' : '';
  if (skipExisting) {
    return warning(
      'index-filename-taken',
      `${name} is already on the index${yanked} and will be skipped; the index keeps the published file.`,
      `If this build differs from the published file, publish a new version: PyPI never takes a filename twice (${FILENAME_REUSE}).`,
      name,
    );
  }
  return failure(
    'index-filename-taken',
    `${name} is already on the index${yanked}, and PyPI never takes a filename twice, not even after deletion.`,
    'Publish a new version (a .post1 release for a packaging-only fix), or set skip-existing: true to leave the published file in place.',
    name,
  );
}

function describeFile(file: PublishedFile): string {
  const kind = file.packagetype === 'bdist_wheel' ? 'wheel' : file.packagetype;
  return `${file.filename} (${kind}${file.yanked === true ? ', yanked' : ''})`;
}
