import { failure, pass, warning } from '../check-result.js';
import type { CheckResult } from '../check-result.js';
import { Pep440Version } from '../../versions/pep440-version.js';
import { classifyPlatformTag } from './platform-tags.js';

/**
 * PEP 503 normalization, as PyPI compares project names: lower case, every run of `-`, `_`
 * and `.` becomes one `-` (`Demo.Pkg_Tools` → `demo-pkg-tools`).
 */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/**
 * The project name as it must start a wheel or sdist file name (binary distribution format,
 * "Escaping and Unicode"; PEP 625): the PEP 503 form with `_` for the runs
 * (`Demo.Pkg_Tools` → `demo_pkg_tools`). PyPI refuses uploads whose names are not in this form.
 */
export function escapeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '_').toLowerCase();
}

/** The parts of `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl` (PEP 427/491). */
export interface WheelFileName {
  name: string;
  version: string;
  build?: string;
  /** The compressed tag sets split on `.` (PEP 425): `py2.py3` → `['py2', 'py3']`. */
  pythonTags: string[];
  abiTags: string[];
  platformTags: string[];
}

/**
 * Splits a wheel file name (a path is reduced to its base name) into its parts, or returns
 * `undefined` when it does not have the shape: a `.whl` name with five or six non-empty
 * `-`-separated parts. The parts are not validated here; `checkWheelFileName` does that.
 */
export function parseWheelFileName(file: string): WheelFileName | undefined {
  const base = baseName(file);
  if (!base.endsWith('.whl')) return undefined;
  const parts = base.slice(0, -'.whl'.length).split('-');
  if ((parts.length !== 5 && parts.length !== 6) || parts.some((p) => p === '')) return undefined;
  const [name = '', version = ''] = parts;
  const [python = '', abi = '', platform = ''] = parts.slice(-3);
  const build = parts.length === 6 ? parts[2] : undefined;
  return {
    name,
    version,
    ...(build === undefined ? {} : { build }),
    pythonTags: python.split('.'),
    abiTags: abi.split('.'),
    platformTags: platform.split('.'),
  };
}

// packaging.utils.parse_wheel_filename: `\w`, digits, `.` and `_`, and never `__`.
const WHEEL_NAME_PART = /^[\p{L}\p{N}_.]+$/u;
// PEP 425 tags: letters, digits and `_` (`cp312`, `abi3`, `manylinux_2_17_x86_64`).
const TAG = /^[A-Za-z0-9_]+$/;

/**
 * Checks a wheel's file name as PyPI's upload endpoint would (warehouse `legacy.py` with
 * `packaging.utils.parse_wheel_filename`). Ids: `wheel-filename` (the grammar),
 * `wheel-filename-name`, `wheel-filename-version`, `wheel-filename-tags`,
 * `wheel-filename-platform`.
 */
export function checkWheelFileName(file: string): CheckResult[] {
  const base = baseName(file);
  const wheel = parseWheelFileName(base);
  if (wheel === undefined) {
    return [
      failure(
        'wheel-filename',
        `'${base}' is not a wheel file name of the form {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl.`,
        'Build the wheel with a PEP 517 frontend (`python -m build`) instead of renaming files by hand.',
        base,
      ),
    ];
  }
  const results: CheckResult[] = [pass('wheel-filename', `'${base}' has the wheel file name grammar.`, base)];
  results.push(checkWheelName(wheel, base), checkWheelVersion(wheel, base), checkWheelTags(wheel, base));
  results.push(...checkWheelPlatforms(wheel, base));
  return results;
}

function checkWheelName(wheel: WheelFileName, base: string): CheckResult {
  const expected = escapeProjectName(wheel.name);
  if (wheel.name.includes('__') || !WHEEL_NAME_PART.test(wheel.name)) {
    return failure(
      'wheel-filename-name',
      `The name part '${wheel.name}' of '${base}' has characters a wheel name cannot have (only letters, digits, '.' and single '_').`,
      `Name the wheel '${[expected, ...base.split('-').slice(1)].join('-')}'; current build backends escape the name this way.`,
      base,
    );
  }
  if (wheel.name !== expected) {
    return failure(
      'wheel-filename-name',
      `The name part '${wheel.name}' of '${base}' is not normalized; PyPI refuses it and wants '${expected}'.`,
      `Rebuild with a current build backend (it writes '${[expected, ...base.split('-').slice(1)].join('-')}'), or upgrade setuptools and wheel.`,
      base,
    );
  }
  return pass('wheel-filename-name', `The wheel name part '${wheel.name}' is normalized.`, base);
}

function checkWheelVersion(wheel: WheelFileName, base: string): CheckResult {
  const version = Pep440Version.tryParse(wheel.version);
  if (version === undefined) {
    return failure(
      'wheel-filename-version',
      `The version part '${wheel.version}' of '${base}' is not a PEP 440 version.`,
      'Give the project a PEP 440 version (1.2.0, 1.2.0rc1, 1.2.0.post1) and rebuild.',
      base,
    );
  }
  if (version.local !== undefined) {
    return failure(
      'wheel-filename-version',
      `'${base}' has the local version '${wheel.version}'; PyPI refuses local versions.`,
      `Drop the '+${version.local}' label (setuptools-scm: set local_scheme = "no-local-version") and rebuild.`,
      base,
    );
  }
  if (wheel.build !== undefined && !/^\d/.test(wheel.build)) {
    return failure(
      'wheel-filename-version',
      `The build tag '${wheel.build}' of '${base}' does not start with a digit (PEP 427).`,
      'Use a build tag such as 1 or 2_ubuntu, or none at all.',
      base,
    );
  }
  if (version.toString() !== wheel.version) {
    return warning(
      'wheel-filename-version',
      `The version part '${wheel.version}' of '${base}' is not in normalized PEP 440 form ('${version.toString()}').`,
      `Rebuild with a current build backend, which writes '${version.toString()}'.`,
      base,
    );
  }
  return pass('wheel-filename-version', `The wheel version '${wheel.version}' is a normalized PEP 440 version.`, base);
}

function checkWheelTags(wheel: WheelFileName, base: string): CheckResult {
  const bad = [...wheel.pythonTags, ...wheel.abiTags, ...wheel.platformTags].filter((t) => !TAG.test(t));
  if (bad.length > 0) {
    return failure(
      'wheel-filename-tags',
      `'${base}' has tags that are not PEP 425 tags: ${bad.map((t) => `'${t}'`).join(', ')}.`,
      'Let the build backend write the tags (letters, digits and _; compressed sets joined with .).',
      base,
    );
  }
  return pass('wheel-filename-tags', `The tags of '${base}' are PEP 425 tags.`, base);
}

function checkWheelPlatforms(wheel: WheelFileName, base: string): CheckResult[] {
  const results: CheckResult[] = [];
  for (const tag of wheel.platformTags) {
    const verdict = classifyPlatformTag(tag);
    switch (verdict.kind) {
      case 'accepted':
        break;
      case 'bare-linux':
        results.push(
          failure(
            'wheel-filename-platform',
            `'${base}' has the platform tag '${tag}', which PyPI refuses: it promises only the Linux it was built on.`,
            'Repair the wheel with auditwheel (`auditwheel repair dist/*.whl`) to get a manylinux/musllinux tag, or build it with cibuildwheel.',
            base,
          ),
        );
        break;
      case 'unverified':
        results.push(warning('wheel-filename-platform', `'${base}' has the platform tag '${tag}': ${verdict.reason}.`, 'Check that PyPI accepts this platform before relying on the upload.', base));
        break;
      case 'refused':
        results.push(
          failure(
            'wheel-filename-platform',
            `'${base}' has the platform tag '${tag}', which PyPI refuses: ${verdict.reason}.`,
            'Build for a platform PyPI accepts (manylinux/musllinux via cibuildwheel, macosx_10_x or macosx_{11+}_0, win_*, ios, android).',
            base,
          ),
        );
        break;
    }
  }
  if (results.length === 0) {
    results.push(pass('wheel-filename-platform', `PyPI accepts the platform tags ${wheel.platformTags.join('.')} of '${base}'.`, base));
  }
  return results;
}

/**
 * Checks an sdist's file name as PyPI does since PEP 625 is enforced: it must be exactly
 * `{escaped name}-{normalized version}.tar.gz` for the metadata's `name` and `version`.
 * `.zip` sdists are refused (PEP 625 allows only `.tar.gz`). Id: `sdist-filename`.
 */
export function checkSdistFileName(file: string, name: string, version: string): CheckResult[] {
  const base = baseName(file);
  const parsed = Pep440Version.tryParse(version);
  if (parsed === undefined) {
    return [
      failure('sdist-filename', `Cannot tell the sdist name for '${base}': '${version}' is not a PEP 440 version.`, 'Give the project a PEP 440 version and rebuild.', base),
    ];
  }
  const expected = `${escapeProjectName(name)}-${parsed.toString()}.tar.gz`;
  if (base === expected) return [pass('sdist-filename', `'${base}' is the PEP 625 sdist name for ${name} ${parsed.toString()}.`, base)];
  if (base.toLowerCase().endsWith('.zip')) {
    return [
      failure(
        'sdist-filename',
        `'${base}' is a .zip sdist; PyPI accepts only .tar.gz sdists named '${expected}' (PEP 625).`,
        `Build the sdist with \`python -m build --sdist\`, which writes '${expected}'.`,
        base,
      ),
    ];
  }
  if (!base.endsWith('.tar.gz')) {
    return [
      failure('sdist-filename', `'${base}' is not a .tar.gz file; PyPI wants the sdist named '${expected}' (PEP 625).`, `Build the sdist with \`python -m build --sdist\`, which writes '${expected}'.`, base),
    ];
  }
  return [
    failure(
      'sdist-filename',
      `'${base}' is not the PEP 625 name PyPI requires; it should be '${expected}'.`,
      `Rebuild with a current build backend (setuptools 69.3 or later, hatchling, flit-core), which writes '${expected}'.`,
      base,
    ),
  ];
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
