import { FileError } from '../errors.js';
import { scanTomlEntries } from './toml-entries.js';
import { parseToml } from './toml-values.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { lineAt, replaceVersion, spanAt } from './version-span.js';

/** PEP 503 normalized name: `Foo_Bar.baz` and `foo-bar-baz` are the same project. */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * `uv.lock`: the `version` of the `[[package]]` entry named after the project, which uv keeps
 * equal to `[project].version` (commitizen's `uv` version provider updates both:
 * commitizen/providers/uv_provider.py, v4.17.0).
 */
export function uvLockUpdater(projectName: string): VersionFileUpdater {
  const wanted = normalizeProjectName(projectName);
  const field = `[[package]] version of ${projectName}`;
  const readVersion = (content: string, path: string): VersionReadResult => {
    parseToml(content, path);
    const entries = scanTomlEntries(content, path);
    const isKey = (key: string) => (e: (typeof entries)[number]) => e.path.length === 2 && e.path[0] === 'package' && e.path[1] === key;
    const name = entries.find((e) => isKey('name')(e) && e.value.quote === '"' && normalizeProjectName(content.slice(e.value.bodyStart, e.value.bodyEnd)) === wanted);
    if (name === undefined) throw new FileError(path, `no version found: no [[package]] named ${projectName}`);
    const version = entries.find((e) => isKey('version')(e) && e.table === name.table);
    if (version === undefined) throw new FileError(path, `no version found: the [[package]] named ${projectName} has no version`, lineAt(content, name.value.start));
    const line = lineAt(content, version.value.start);
    if (version.value.quote !== '"' && version.value.quote !== "'") throw new FileError(path, `${field} must be a one-line string`, line);
    const span = spanAt(content, version.value.bodyStart, version.value.bodyEnd);
    if (span.value === '' || span.value.includes('\\')) throw new FileError(path, `${field} must be written plainly`, line);
    return { kind: 'found', span, field };
  };
  return {
    format: 'uv.lock',
    readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
  };
}
