import { failure, pass, warning } from '../check-result.js';
import type { CheckResult } from '../check-result.js';

/** The Metadata-Version values PyPI accepts (warehouse `SUPPORTED_METADATA_VERSIONS`). 2.0 never existed. */
export const SUPPORTED_METADATA_VERSIONS: readonly string[] = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];

// Every core metadata field `packaging.metadata` knows, with the Metadata-Version that added it.
// PyPI refuses any other field ("unrecognized field") and any field newer than the file's version.
const FIELD_ADDED: ReadonlyMap<string, string> = new Map([
  ['metadata-version', '1.0'], ['name', '1.0'], ['version', '1.0'], ['platform', '1.0'], ['summary', '1.0'],
  ['description', '1.0'], ['keywords', '1.0'], ['home-page', '1.0'], ['author', '1.0'], ['author-email', '1.0'],
  ['license', '1.0'], ['supported-platform', '1.1'], ['download-url', '1.1'], ['classifier', '1.1'],
  ['requires', '1.1'], ['provides', '1.1'], ['obsoletes', '1.1'], ['maintainer', '1.2'], ['maintainer-email', '1.2'],
  ['requires-dist', '1.2'], ['requires-python', '1.2'], ['requires-external', '1.2'], ['project-url', '1.2'],
  ['provides-dist', '1.2'], ['obsoletes-dist', '1.2'], ['description-content-type', '2.1'], ['provides-extra', '2.1'],
  ['dynamic', '2.2'], ['license-expression', '2.4'], ['license-file', '2.4'], ['import-name', '2.5'], ['import-namespace', '2.5'],
]);

// packaging's `_STRING_FIELDS` plus Keywords: a second value makes the field "invalid data".
const SINGLE_USE: ReadonlySet<string> = new Set([
  'metadata-version', 'name', 'version', 'summary', 'description', 'description-content-type', 'keywords', 'home-page',
  'download-url', 'author', 'author-email', 'maintainer', 'maintainer-email', 'license', 'license-expression', 'requires-python',
]);

/**
 * Checks which fields the file uses against its Metadata-Version, as `packaging.metadata`
 * (and so PyPI) does. Ids: `metadata-unknown-field`, `metadata-duplicate-field`,
 * `metadata-field-version`. `headers` is keyed by lower-cased field name.
 */
export function checkFieldUse(headers: ReadonlyMap<string, readonly string[]>, metadataVersion: string | undefined, file: string): CheckResult[] {
  const names = [...headers.keys()];
  const results: CheckResult[] = [];

  const unknown = names.filter((n) => !FIELD_ADDED.has(n));
  results.push(
    unknown.length === 0
      ? pass('metadata-unknown-field', 'Every field is a core metadata field.', file)
      : failure(
          'metadata-unknown-field',
          `PyPI refuses unrecognized fields: ${unknown.map((n) => `'${n}'`).join(', ')}.`,
          'Remove the fields from the metadata (check the build backend configuration for typos or custom fields).',
          file,
        ),
  );

  const repeated = names.filter((n) => SINGLE_USE.has(n) && (headers.get(n)?.length ?? 0) > 1);
  results.push(
    repeated.length === 0
      ? pass('metadata-duplicate-field', 'No single-use field is repeated.', file)
      : failure(
          'metadata-duplicate-field',
          `These fields may appear once but are repeated: ${repeated.map((n) => `'${n}'`).join(', ')}.`,
          'Give each of them one value; a multi-line value belongs in one field (Description in the body).',
          file,
        ),
  );

  if (metadataVersion !== undefined && SUPPORTED_METADATA_VERSIONS.includes(metadataVersion)) {
    results.push(checkFieldVersions(names, metadataVersion, file));
  }
  return results;
}

/**
 * Who uploads a field the file's Metadata-Version does not have. PyPI validates the upload's
 * form fields, not the file (warehouse `forklift/legacy.py` parses `request.POST`, then
 * `packaging.metadata.Metadata.from_raw` refuses "license-file introduced in metadata version
 * 2.4, not 2.1"), so what counts is what the uploader sends. For License-File below 2.4, which
 * every setuptools before 77 writes under 2.1, the uploaders differ; each entry was read in
 * the uploader's source:
 * - twine (what pypa/gh-action-pypi-publish runs): `twine/package.py` drops `license_files`
 *   when the Metadata-Version is below 2.4 (since twine 6.1.0; before, its fixed list of form
 *   fields had no License-File at all).
 * - pdm publish: `src/pdm/cli/commands/publish/package.py` sends a fixed list without it.
 * - uv publish: `crates/uv-publish/src/lib.rs` sends every License-File as `license_file`
 *   (astral-sh/uv#9513: "license-file introduced in metadata version 2.4, not 2.1").
 * - hatch publish: `src/hatch/index/publish.py` sends every METADATA header.
 * - poetry publish 2.3+: `src/poetry/publishing/uploader.py` sends every field that
 *   `packaging.metadata.parse_email` reads from the file, License-File included.
 * Every other field newer than the Metadata-Version still fails: twine 6.1 and later validate
 * the file with `packaging` before uploading and refuse it, and PyPI refuses it from any
 * uploader that sends it. Read at: pypa/twine f536ac5 (the drop is in every tag from 6.1.0
 * to 7.0.0), astral-sh/uv 26a9dd4, pypa/hatch ed8e30b, python-poetry/poetry f467023,
 * pdm-project/pdm a7e9d00, pypi/warehouse 6b62157, pypa/packaging 053c884.
 */
const LICENSE_FILE_ACCEPTED_BY = 'twine (and so pypa/gh-action-pypi-publish) and pdm publish';
const LICENSE_FILE_REFUSED_BY = 'uv publish, hatch publish and poetry publish (2.3 and later)';

function checkFieldVersions(names: readonly string[], metadataVersion: string, file: string): CheckResult {
  const age = SUPPORTED_METADATA_VERSIONS.indexOf(metadataVersion);
  const tooNew = names.filter((n) => SUPPORTED_METADATA_VERSIONS.indexOf(FIELD_ADDED.get(n) ?? '1.0') > age);
  const describe = (fields: readonly string[]): string => fields.map((n) => `'${n}' (added in ${FIELD_ADDED.get(n) ?? '?'})`).join(', ');
  const upgrade = 'Upgrade the build backend so it writes a Metadata-Version that has these fields (hatchling 1.27+, setuptools 77+, flit-core 3.12+ write 2.4).';
  if (tooNew.length === 0) return pass('metadata-field-version', `Every field exists in Metadata-Version ${metadataVersion}.`, file);
  const refused = tooNew.filter((n) => n !== 'license-file');
  if (refused.length > 0) {
    const note = tooNew.includes('license-file') ? ` (License-File, also too new, is left out of the upload by ${LICENSE_FILE_ACCEPTED_BY})` : '';
    return failure(
      'metadata-field-version',
      `Metadata-Version ${metadataVersion} has no ${describe(refused)}; PyPI refuses an upload that carries it, and twine 6.1 and later (what pypa/gh-action-pypi-publish runs) refuse the file before uploading${note}.`,
      upgrade,
      file,
    );
  }
  return warning(
    'metadata-field-version',
    `Metadata-Version ${metadataVersion} has no ${describe(tooNew)}, which setuptools before 77 writes all the same. ${LICENSE_FILE_ACCEPTED_BY} leave License-File out of the upload below Metadata-Version 2.4, so PyPI accepts the file from them; ${LICENSE_FILE_REFUSED_BY} send it, and PyPI refuses the upload ("license-file introduced in metadata version 2.4, not ${metadataVersion}").`,
    'Upload with pypa/gh-action-pypi-publish or twine; to upload with any tool, build with setuptools 77 or later, which writes Metadata-Version 2.4.',
    file,
  );
}
