import { FileError } from '../errors.js';
import { scanTomlEntries } from './toml-entries.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import type { TomlObject } from './toml-values.js';
import { asTable, at, findEntry, locateTomlString, parseToml } from './toml-values.js';
import { lineAt, replaceVersion } from './version-span.js';

/**
 * Names what fills in a dynamic version, from the build backend's own settings, so the notice
 * tells the user where the version really lives.
 */
function describeDynamicSource(doc: TomlObject): string {
  const hatch = asTable(at(doc, 'tool', 'hatch', 'version'));
  const setuptoolsDynamic = asTable(at(doc, 'tool', 'setuptools', 'dynamic', 'version'));
  const pdm = asTable(at(doc, 'tool', 'pdm', 'version'));
  const requires = at(doc, 'build-system', 'requires');
  const requirements = Array.isArray(requires) ? requires.filter((r): r is string => typeof r === 'string') : [];
  const backend = at(doc, 'build-system', 'build-backend');
  if (at(doc, 'tool', 'poetry-dynamic-versioning', 'enable') === true) {
    return 'poetry-dynamic-versioning sets it from the git tag';
  }
  if (hatch?.source === 'vcs') return 'hatch-vcs derives it from the git tag';
  if (typeof hatch?.path === 'string') return `hatch reads it from ${hatch.path}`;
  if (typeof setuptoolsDynamic?.attr === 'string') return `setuptools reads it from attr: ${setuptoolsDynamic.attr}`;
  const file: unknown = setuptoolsDynamic?.file;
  if (typeof file === 'string' || Array.isArray(file)) {
    return `setuptools reads it from file: ${[file].flat().map(String).join(', ')}`;
  }
  if (at(doc, 'tool', 'setuptools_scm') !== undefined || requirements.some((r) => /^setuptools[-_]scm\b/i.test(r))) {
    return 'setuptools-scm derives it from the git tag';
  }
  if (pdm?.source === 'scm') return 'pdm-backend derives it from the git tag';
  if (typeof pdm?.path === 'string') return `pdm-backend reads it from ${pdm.path}`;
  if (typeof backend === 'string' && backend.startsWith('flit_core')) return "flit reads the module's __version__";
  return 'the build backend computes it (setuptools-scm, hatch-vcs, ...)';
}

/**
 * Reads `pyproject.toml`.
 *
 * - `[project].version` (PEP 621); when `[project]` lists `"version"` in `dynamic`, the result is
 *   `dynamic` (PEP 621: the backend fills it in), except for Poetry 2 projects that keep the
 *   version in `[tool.poetry].version` (Poetry's documented way to use `[project]` with a
 *   dynamic version).
 * - else `[tool.poetry].version` (Poetry 1), unless poetry-dynamic-versioning is enabled.
 *
 * Keys are found wherever TOML allows them: `[project]` / `[ project ]` headers, quoted keys,
 * dotted keys (`project.version = "1.0"` at top level, `poetry.version` under `[tool]`) and inline
 * tables (`project = { version = "1.0" }`). Not handled: versions written as multi-line strings or
 * with escape sequences (a `FileError` says so rather than guessing).
 */
function readVersion(content: string, path: string): VersionReadResult {
  const doc = parseToml(content, path);
  const entries = scanTomlEntries(content, path);
  const project = asTable(doc.project);
  const poetryVersion = at(doc, 'tool', 'poetry', 'version');
  const dynamic = project?.dynamic;
  const isDynamic = Array.isArray(dynamic) && dynamic.includes('version');
  const projectVersion = project?.version;
  if (projectVersion !== undefined) {
    const entry = findEntry(entries, ['project', 'version']);
    const line = entry === undefined ? undefined : lineAt(content, entry.value.start);
    if (isDynamic) {
      // PEP 621: "Build back-ends MUST raise an error if the metadata specifies a field statically as
      // well as being listed in dynamic."
      throw new FileError(path, '[project] sets version and also lists it in dynamic; PEP 621 forbids both', line);
    }
    if (typeof projectVersion !== 'string') throw new FileError(path, '[project].version must be a string', line);
    return locateTomlString(content, path, entries, ['project', 'version'], projectVersion, '[project].version');
  }
  const pdv = at(doc, 'tool', 'poetry-dynamic-versioning', 'enable') === true;
  if (poetryVersion !== undefined && typeof poetryVersion !== 'string') {
    const entry = findEntry(entries, ['tool', 'poetry', 'version']);
    throw new FileError(path, '[tool.poetry].version must be a string', entry && lineAt(content, entry.value.start));
  }
  if (typeof poetryVersion === 'string' && !pdv) {
    return locateTomlString(content, path, entries, ['tool', 'poetry', 'version'], poetryVersion, '[tool.poetry].version');
  }
  if (isDynamic || pdv) {
    const where = isDynamic ? 'dynamic = ["version"] in [project]' : '[tool.poetry-dynamic-versioning] enable = true';
    return { kind: 'dynamic', detail: `${where}: ${describeDynamicSource(doc)}` };
  }
  throw new FileError(path, 'no version found: expected [project].version or [tool.poetry].version');
}

/** `pyproject.toml`: `[project].version`, else `[tool.poetry].version`. */
export const pyprojectTomlUpdater: VersionFileUpdater = {
  format: 'pyproject.toml',
  readVersion,
  updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
};
