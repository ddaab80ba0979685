import { validRange } from '@renovatebot/pep440';
import { failure, pass, warning } from '../check-result.js';
import type { CheckResult } from '../check-result.js';
import { Pep440Version } from '../../versions/pep440-version.js';
import { checkDescription, checkDescriptionContentType } from './description-checks.js';
import { SUPPORTED_METADATA_VERSIONS, checkFieldUse } from './metadata-fields.js';
import { parseRequirement } from './pep508-requirement.js';
import { checkLicenseExpression } from './spdx-expression.js';

/**
 * A distribution's core metadata (https://packaging.python.org/specifications/core-metadata/),
 * as a wheel's METADATA or an sdist's PKG-INFO holds it. Single-use fields hold their first
 * value; `headers` holds every field, keyed by lower-cased name, in file order.
 */
export interface CoreMetadata {
  metadataVersion?: string;
  name?: string;
  version?: string;
  summary?: string;
  descriptionContentType?: string;
  description?: string;
  requiresPython?: string;
  requiresDist: string[];
  license?: string;
  licenseExpression?: string;
  classifiers: string[];
  projectUrls: string[];
  homePage?: string;
  headers: Map<string, string[]>;
  /** True when the description is given both as a `Description` field and as the body. */
  descriptionInHeaderAndBody: boolean;
}

// PKG-INFO writers escape multi-line values with 7 spaces and `|` per continuation line (the core
// metadata spec); distutils used 8 spaces. Both prefixes are removed from these fields.
const ESCAPED_FIELDS: ReadonlySet<string> = new Set(['description', 'license']);

/**
 * Parses RFC 822 style core metadata: `Name: value` headers, continuation lines that start with
 * whitespace, then a blank line and the body, which is the description (Metadata 2.1+; read for
 * any version, as `packaging` does). Continuation lines are kept as separate lines, so a folded
 * Summary stays multi-line (PyPI refuses it). CRLF line ends are accepted.
 */
export function parseCoreMetadata(text: string): CoreMetadata {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields: [string, string[]][] = [];
  let at = 0;
  for (; at < lines.length; at += 1) {
    const line = lines[at] ?? '';
    if (line === '') {
      at += 1;
      break;
    }
    const last = fields.at(-1);
    if (/^[ \t]/.test(line) && last !== undefined) {
      last[1].push(line);
      continue;
    }
    const colon = line.indexOf(':');
    // Python's email parser: a line that is no header ends the headers and starts the body.
    if (colon <= 0 || /\s/.test(line.slice(0, colon))) break;
    fields.push([line.slice(0, colon), [line.slice(colon + 1).trimStart()]]);
  }
  const headers = new Map<string, string[]>();
  for (const [name, [first = '', ...continuation]] of fields) {
    const key = name.toLowerCase();
    const unfold = ESCAPED_FIELDS.has(key) ? (l: string) => l.replace(/^ {7}\||^ {8}|^[ \t]+/, '') : (l: string) => l.trim();
    const value = [first.trimEnd(), ...continuation.map(unfold)].join('\n');
    headers.set(key, [...(headers.get(key) ?? []), value]);
  }
  const body = lines.slice(at).join('\n');
  const first = (key: string): string | undefined => headers.get(key)?.[0];
  const descriptionHeader = first('description');
  const hasBody = body.trim() !== '';
  const md: CoreMetadata = {
    requiresDist: headers.get('requires-dist') ?? [],
    classifiers: headers.get('classifier') ?? [],
    projectUrls: headers.get('project-url') ?? [],
    headers,
    descriptionInHeaderAndBody: hasBody && descriptionHeader !== undefined,
  };
  const single: [keyof CoreMetadata, string][] = [
    ['metadataVersion', 'metadata-version'], ['name', 'name'], ['version', 'version'], ['summary', 'summary'],
    ['descriptionContentType', 'description-content-type'], ['requiresPython', 'requires-python'], ['license', 'license'],
    ['licenseExpression', 'license-expression'], ['homePage', 'home-page'],
  ];
  for (const [property, key] of single) {
    const value = first(key);
    if (value !== undefined) Object.assign(md, { [property]: value });
  }
  const description = hasBody ? body : descriptionHeader;
  if (description !== undefined) md.description = description;
  return md;
}

// warehouse `_project_name_re` (the PEP 508 name grammar).
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
const SUMMARY_MAX = 512;
const PROJECT_URL_LABEL_MAX = 32;

/**
 * Checks core metadata for what PyPI's upload endpoint refuses (warehouse `forklift/metadata.py`
 * on top of `packaging.metadata`), plus warnings for what makes a poor project page. Ids:
 * `metadata-version`, `metadata-unknown-field`, `metadata-duplicate-field`,
 * `metadata-field-version`, `metadata-name`, `metadata-project-version`, `metadata-summary`,
 * `metadata-description-content-type`, `metadata-description`, `metadata-requires-python`,
 * `metadata-requires-dist`, `metadata-license`, `metadata-license-expression`,
 * `metadata-classifiers`, `metadata-project-urls`.
 */
export function checkCoreMetadata(md: CoreMetadata, file: string): CheckResult[] {
  return [
    checkMetadataVersion(md.metadataVersion, file),
    ...checkFieldUse(md.headers, md.metadataVersion, file),
    checkName(md.name, file),
    checkVersion(md.version, file),
    checkSummary(md.summary, file),
    checkDescriptionContentType(md.descriptionContentType, file),
    checkDescription({ description: md.description, contentType: md.descriptionContentType, inHeaderAndBody: md.descriptionInHeaderAndBody, file }),
    checkRequiresPython(md.requiresPython, file),
    ...checkRequiresDist(md.requiresDist, file),
    ...checkLicense(md, file),
    checkClassifiers(md.classifiers, file),
    checkProjectUrls(md, file),
  ];
}

function checkMetadataVersion(value: string | undefined, file: string): CheckResult {
  const fix = 'Rebuild with a current build backend (it writes Metadata-Version 2.1 or later).';
  if (value === undefined) return failure('metadata-version', 'There is no Metadata-Version field.', fix, file);
  if (value === '2.0') {
    return failure('metadata-version', 'Metadata-Version 2.0 was never a released version (old bdist_wheel wrote it); PyPI refuses it.', fix, file);
  }
  if (!SUPPORTED_METADATA_VERSIONS.includes(value)) {
    return failure('metadata-version', `Metadata-Version '${value}' is not one PyPI accepts (${SUPPORTED_METADATA_VERSIONS.join(', ')}).`, fix, file);
  }
  return pass('metadata-version', `Metadata-Version ${value} is accepted.`, file);
}

function checkName(value: string | undefined, file: string): CheckResult {
  if (value === undefined || value === '') return failure('metadata-name', 'There is no Name field.', 'Set `name` in [project].', file);
  if (!PROJECT_NAME.test(value)) {
    return failure(
      'metadata-name',
      `Name '${value}' is not a valid project name.`,
      "Use ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit.",
      file,
    );
  }
  return pass('metadata-name', `Name '${value}' is a valid project name.`, file);
}

function checkVersion(value: string | undefined, file: string): CheckResult {
  if (value === undefined || value === '') return failure('metadata-project-version', 'There is no Version field.', 'Set `version` in [project] (or configure the dynamic version source).', file);
  const version = Pep440Version.tryParse(value);
  if (version === undefined) {
    return failure('metadata-project-version', `Version '${value}' is not a PEP 440 version.`, 'Use a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1.', file);
  }
  if (version.local !== undefined) {
    return failure(
      'metadata-project-version',
      `Version '${value}' has a local label (+${version.local}); PyPI refuses local versions.`,
      'Release from a tagged commit, or set local_scheme = "no-local-version" for setuptools-scm / hatch-vcs.',
      file,
    );
  }
  return pass('metadata-project-version', `Version ${value} is a PEP 440 version without a local label.`, file);
}

function checkSummary(value: string | undefined, file: string): CheckResult {
  if (value === undefined) return pass('metadata-summary', 'There is no Summary (optional).', file);
  if (value.includes('\n')) {
    return failure('metadata-summary', 'The Summary has more than one line; PyPI refuses it.', 'Make `description` in [project] a single line.', file);
  }
  // PyPI counts characters (code points), not UTF-16 units: an emoji is one character.
  const characters = [...value].length;
  if (characters > SUMMARY_MAX) {
    return failure('metadata-summary', `The Summary has ${characters} characters; PyPI allows at most ${SUMMARY_MAX}.`, `Shorten \`description\` in [project] to ${SUMMARY_MAX} characters or fewer.`, file);
  }
  return pass('metadata-summary', 'The Summary is one line within 512 characters.', file);
}

function checkRequiresPython(value: string | undefined, file: string): CheckResult {
  if (value === undefined) {
    return warning(
      'metadata-requires-python',
      'There is no Requires-Python, so installers will offer this release to every Python version.',
      'Set `requires-python` in [project], e.g. ">=3.9".',
      file,
    );
  }
  if (value.trim() === '' || !validRange(value.trim())) {
    return failure('metadata-requires-python', `Requires-Python '${value}' is not a PEP 440 version specifier.`, 'Use a specifier such as ">=3.9" or ">=3.9,<4".', file);
  }
  return pass('metadata-requires-python', `Requires-Python '${value}' is a valid specifier.`, file);
}

function checkRequiresDist(values: readonly string[], file: string): CheckResult[] {
  const results: CheckResult[] = [];
  for (const value of values) {
    const parsed = parseRequirement(value);
    if (!parsed.ok) {
      results.push(failure('metadata-requires-dist', `Requires-Dist '${value}' is not a PEP 508 requirement: ${parsed.reason}.`, 'Fix the dependency in [project] dependencies.', file));
    } else if (parsed.requirement.url !== undefined) {
      results.push(
        failure(
          'metadata-requires-dist',
          `Requires-Dist '${value}' is a direct URL reference; PyPI refuses releases that depend on URLs.`,
          `Depend on a released version of '${parsed.requirement.name}' from PyPI, or vendor it.`,
          file,
        ),
      );
    }
  }
  return results.length > 0 ? results : [pass('metadata-requires-dist', `All ${values.length} Requires-Dist entries are PEP 508 requirements without URLs.`, file)];
}

function checkLicense(md: CoreMetadata, file: string): CheckResult[] {
  const results: CheckResult[] = [];
  if (md.license !== undefined && md.licenseExpression !== undefined) {
    // warehouse refuses both together (PEP 639 deprecates License in favour of License-Expression).
    results.push(failure('metadata-license', 'Both License and License-Expression are set; PyPI refuses that.', 'Keep only `license = "<SPDX expression>"` in [project] and drop the License text field.', file));
  } else {
    results.push(pass('metadata-license', 'At most one of License and License-Expression is set.', file));
  }
  if (md.licenseExpression !== undefined) {
    const problem = checkLicenseExpression(md.licenseExpression);
    results.push(
      problem === undefined
        ? pass('metadata-license-expression', `License-Expression '${md.licenseExpression}' is a valid SPDX expression.`, file)
        : failure(
            'metadata-license-expression',
            `License-Expression '${md.licenseExpression}' is not a valid SPDX expression: ${problem}.`,
            'Use SPDX identifiers (https://spdx.org/licenses/) joined with AND/OR/WITH, e.g. "MIT" or "Apache-2.0 OR MIT".',
            file,
          ),
    );
  }
  return results;
}

function checkClassifiers(values: readonly string[], file: string): CheckResult {
  const privateOnes = values.filter((c) => /^private\s*::/i.test(c));
  if (privateOnes.length > 0) {
    return failure(
      'metadata-classifiers',
      `The classifier '${privateOnes[0] ?? ''}' marks the project as not for PyPI; PyPI refuses every 'Private ::' classifier.`,
      'Remove the classifier if this project is meant for PyPI; otherwise do not publish it there.',
      file,
    );
  }
  return pass('metadata-classifiers', 'No classifier forbids the upload.', file);
}

function checkProjectUrls(md: CoreMetadata, file: string): CheckResult {
  const labels = new Set<string>();
  for (const entry of md.projectUrls) {
    const comma = entry.indexOf(',');
    const label = (comma < 0 ? entry : entry.slice(0, comma)).trim();
    const url = comma < 0 ? '' : entry.slice(comma + 1).trim();
    const problem =
      label === '' ? 'has no label'
      : label.length > PROJECT_URL_LABEL_MAX ? `has a label longer than ${PROJECT_URL_LABEL_MAX} characters`
      : url === '' ? 'has no URL'
      : !/^[a-z][a-z0-9+.-]*:\S+$/i.test(url) ? 'has no valid URL'
      : labels.has(label) ? 'repeats a label'
      : undefined;
    if (problem !== undefined) {
      return failure('metadata-project-urls', `Project-URL '${entry}' ${problem}; PyPI refuses it.`, 'Write [project.urls] as `Label = "https://…"`, with unique labels of at most 32 characters.', file);
    }
    labels.add(label);
  }
  if (md.projectUrls.length === 0 && md.homePage === undefined) {
    return warning('metadata-project-urls', 'There are no project URLs, so the PyPI page links nowhere.', 'Add [project.urls], e.g. Homepage, Source and Changelog.', file);
  }
  return pass('metadata-project-urls', 'The project URLs are well-formed.', file);
}
