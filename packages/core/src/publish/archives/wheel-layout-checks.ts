import type { CheckResult } from '../check-result.js';
import { pass, warning } from '../check-result.js';
import { splitMemberPath } from './member-path.js';

/**
 * check-wheel-contents' layout checks (jwodder/check-wheel-contents W001, W005–W009), as
 * warnings: none of them makes PyPI refuse the wheel, but each usually means the build
 * picked up the wrong files. Names that repeat are reported here too.
 */

/** check-wheel-contents' COMMON_NAMES: top-level names that clash between projects. */
const COMMON_TOP_LEVEL = new Set([
  '.eggs', '.nox', '.tox', '.venv', 'build', 'data', 'dist', 'doc', 'docs', 'example', 'examples',
  'src', 'test', 'tests', 'venv',
]);

const MODULE_SUFFIX = /\.(py|pyc|pyd|so)$|\.[^.]+\.(pyd|so)$/;

const MAX_LISTED = 5;

function listSome(names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(', ');
  return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}

/**
 * The path a member installs to inside site-packages, or undefined when it is metadata or
 * installs elsewhere: `{dist}.dist-info/` is metadata, and of `{dist}.data/` only `purelib/`
 * and `platlib/` land in site-packages (binary distribution format spec).
 */
export function libraryPath(name: string): string[] | undefined {
  const segments = splitMemberPath(name);
  const [first, second] = segments;
  if (first === undefined) return undefined;
  if (first.endsWith('.dist-info')) return undefined;
  if (first.endsWith('.data')) return second === 'purelib' || second === 'platlib' ? segments.slice(2) : undefined;
  return segments;
}

/** Runs the layout checks over the member names (in archive order, directories included). */
export function checkWheelLayout(names: readonly string[], file: string): CheckResult[] {
  const files = names.filter((name) => !name.endsWith('/'));
  const results: CheckResult[] = [];

  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) duplicates.add(name);
    seen.add(name);
  }
  results.push(
    duplicates.size > 0
      ? warning(
          'wheel-duplicate-members',
          `The zip holds more than one member named ${listSome([...duplicates])}; installers disagree on which one wins.`,
          'Rebuild the wheel from a clean build directory; never append to an existing wheel.',
          file,
        )
      : pass('wheel-duplicate-members', 'Every member name is unique.', file),
  );

  const bytecode = files.filter((name) => name.endsWith('.pyc') || name.endsWith('.pyo') || name.split('/').includes('__pycache__'));
  results.push(
    bytecode.length > 0
      ? warning(
          'wheel-bytecode',
          `The wheel ships ${bytecode.length} compiled bytecode file(s) (${listSome(bytecode)}) (check-wheel-contents W001).`,
          'Exclude *.pyc and __pycache__/ from the build; installers compile bytecode themselves.',
          file,
        )
      : pass('wheel-bytecode', 'No compiled bytecode.', file),
  );

  const library = files.map(libraryPath).filter((segments): segments is string[] => segments !== undefined && segments.length > 0);
  const topLevel = new Map<string, 'package' | 'module' | 'other'>();
  for (const segments of library) {
    const [head = ''] = segments;
    if (segments.length > 1) topLevel.set(head, 'package');
    else if (!topLevel.has(head)) topLevel.set(head, MODULE_SUFFIX.test(head) ? 'module' : 'other');
  }

  const common = [...topLevel].filter(([head, kind]) => kind === 'package' && COMMON_TOP_LEVEL.has(head)).map(([head]) => `${head}/`);
  results.push(
    common.length > 0
      ? warning(
          'wheel-common-top-level',
          `The wheel installs the top-level director${common.length === 1 ? 'y' : 'ies'} ${listSome(common)} into site-packages, where other projects' files of the same name collide (check-wheel-contents W005).`,
          'Limit package discovery to your import package (e.g. [tool.setuptools.packages.find] include = ["yourpkg*"]).',
          file,
        )
      : pass('wheel-common-top-level', 'No tests/, docs/, src/ or similar top-level directory.', file),
  );

  const topInit = topLevel.get('__init__.py') === 'module';
  results.push(
    topInit
      ? warning(
          'wheel-top-level-init',
          'The wheel has __init__.py at the top level, which installs site-packages/__init__.py (check-wheel-contents W006).',
          'Put __init__.py inside your package directory; check the build backend\'s package root (e.g. package-dir).',
          file,
        )
      : pass('wheel-top-level-init', 'No __init__.py at the top level.', file),
  );

  const importable = library.some((segments) => MODULE_SUFFIX.test(segments.at(-1) ?? ''));
  results.push(
    importable
      ? pass('wheel-importable-code', 'The wheel holds importable modules.', file)
      : warning(
          'wheel-importable-code',
          'The wheel holds no Python modules or extension modules outside its metadata (check-wheel-contents W007/W008).',
          'Check the build backend\'s package discovery: the package was probably left out (e.g. a src/ layout not configured).',
          file,
        ),
  );

  const roots = [...topLevel]
    .filter(([head, kind]) => kind !== 'other' && head !== '__init__.py')
    .map(([head, kind]) => (kind === 'package' ? `${head}/` : head));
  results.push(
    roots.length > 1
      ? warning(
          'wheel-multiple-top-level',
          `The wheel installs ${roots.length} top-level packages or modules (${listSome(roots)}) (check-wheel-contents W009).`,
          'Ship one import package per distribution, or confirm that each top-level name is intended.',
          file,
        )
      : pass('wheel-multiple-top-level', 'At most one top-level package or module.', file),
  );
  return results;
}
