import type { CheckResult } from '../check-result.js';
import { failure, pass } from '../check-result.js';
import { splitMemberPath } from './member-path.js';

/** PEP 503 normalization, with `_` as the wheel file name spec writes it. */
function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '_');
}

const REQUIRED = ['METADATA', 'WHEEL', 'RECORD'] as const;

/**
 * Finds `{name}-{version}.dist-info/` (binary distribution format spec: exactly one, named
 * after the distribution, holding METADATA, WHEEL and RECORD). Names compare normalized, as
 * older backends wrote `My.Pkg-1.0.dist-info`; versions compare exactly.
 */
export function findDistInfo(
  names: readonly string[],
  expected: { name: string; version: string },
  file: string,
): { dir?: string; check: CheckResult } {
  const id = 'wheel-dist-info';
  const wantedDir = `${normalizeName(expected.name)}-${expected.version}.dist-info`;
  const dirs = new Set<string>();
  for (const name of names) {
    const [first, second] = splitMemberPath(name);
    if (first?.endsWith('.dist-info') && (second !== undefined || name.endsWith('/'))) dirs.add(first);
  }
  const fix = 'Rebuild the wheel with a PEP 517 build backend, and do not rename wheel files by hand.';
  const matching = [...dirs].filter((dir) => {
    const stem = dir.slice(0, -'.dist-info'.length);
    const dash = stem.lastIndexOf('-');
    return dash > 0 && normalizeName(stem.slice(0, dash)) === normalizeName(expected.name) && stem.slice(dash + 1) === expected.version;
  });
  const [dir] = matching;
  if (dir === undefined) {
    const found = dirs.size === 0 ? 'there is no .dist-info directory' : `found ${[...dirs].join(', ')}`;
    return { check: failure(id, `The wheel has no ${wantedDir}/ directory (${found}).`, fix, file) };
  }
  if (dirs.size > 1) {
    return { dir, check: failure(id, `The wheel has ${dirs.size} .dist-info directories (${[...dirs].join(', ')}); installers expect exactly one.`, fix, file) };
  }
  const present = new Set(names);
  const missing = REQUIRED.filter((part) => !present.has(`${dir}/${part}`));
  if (missing.length > 0) {
    return { dir, check: failure(id, `${dir}/ lacks ${missing.join(', ')}.`, fix, file) };
  }
  return { dir, check: pass(id, `${dir}/ holds METADATA, WHEEL and RECORD.`, file) };
}
