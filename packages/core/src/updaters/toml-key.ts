import { FileError } from '../errors.js';
import { scanTomlEntries } from './toml-entries.js';
import { at, findEntry, locateTomlString, parseToml, tomlField } from './toml-values.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { lineAt, replaceVersion } from './version-span.js';

/**
 * The string at one key path of any TOML file, as python-semantic-release's `version_toml`
 * (`pyproject.toml:tool.poetry.version`), commitizen's `[tool.commitizen] version` and
 * bump-my-version's `[tool.bumpversion] current_version` name it. Only its bytes change.
 */
export function tomlKeyUpdater(keyPath: readonly string[]): VersionFileUpdater {
  const field = tomlField(keyPath);
  const readVersion = (content: string, path: string): VersionReadResult => {
    const doc = parseToml(content, path);
    const value = at(doc, ...keyPath);
    if (value === undefined) throw new FileError(path, `no version found: ${field} is not set`);
    const entries = scanTomlEntries(content, path);
    if (typeof value !== 'string') {
      const entry = findEntry(entries, keyPath);
      throw new FileError(path, `${field} must be a string`, entry && lineAt(content, entry.value.start));
    }
    return locateTomlString(content, path, entries, keyPath, value, field);
  };
  return {
    format: `TOML ${field}`,
    readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
  };
}
