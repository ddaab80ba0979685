import { failure, pass } from '../check-result.js';
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
    const age = SUPPORTED_METADATA_VERSIONS.indexOf(metadataVersion);
    const tooNew = names.filter((n) => SUPPORTED_METADATA_VERSIONS.indexOf(FIELD_ADDED.get(n) ?? '1.0') > age);
    results.push(
      tooNew.length === 0
        ? pass('metadata-field-version', `Every field exists in Metadata-Version ${metadataVersion}.`, file)
        : failure(
            'metadata-field-version',
            `Metadata-Version ${metadataVersion} has no ${tooNew.map((n) => `'${n}' (added in ${FIELD_ADDED.get(n) ?? '?'})`).join(', ')}; PyPI refuses the file.`,
            'Upgrade the build backend so it writes a Metadata-Version that has these fields (hatchling 1.27+, setuptools 77+, flit-core 3.12+ write 2.4).',
            file,
          ),
    );
  }
  return results;
}
