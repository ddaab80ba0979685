import { FileError } from '../errors.js';
import { updaterFor } from './index.js';
import { iniOptionUpdater } from './ini-option.js';
import { jsonKeyUpdater } from './package-json.js';
import { plainVersionFileUpdater } from './plain-version-file.js';
import { pythonAttributeUpdater } from './python-version-attribute.js';
import { tomlKeyUpdater } from './toml-key.js';
import type { VersionFileUpdater } from './types.js';
import { uvLockUpdater } from './uv-lock.js';
import { compileVersionPattern, versionPatternUpdater, versionVariablePattern } from './version-pattern.js';
import { versionSearchUpdater } from './version-search.js';
import { yamlKeyUpdater } from './yaml-key.js';

/** How the version is found in one file: as data (what the updater needs), so a plan can be printed and tested. */
export type VersionLocator =
  /** By the file's name: pyproject.toml, setup.cfg, setup.py, package.json, VERSION, any `.py` (`updaterFor`). */
  | { readonly kind: 'by-name' }
  | { readonly kind: 'toml-key'; readonly key: readonly string[] }
  | { readonly kind: 'json-key'; readonly key: readonly string[] }
  | { readonly kind: 'yaml-key'; readonly key: readonly string[] }
  | { readonly kind: 'ini-option'; readonly section: string; readonly option: string }
  /** A module-level `name = "..."` in Python source (setuptools' `attr:`, pdm's and flit's `__version__`). */
  | { readonly kind: 'python-attribute'; readonly name: string }
  /** The whole file is the version (setuptools' `file:`). */
  | { readonly kind: 'whole-file' }
  /** python-semantic-release's `version_variables` `path:variable`, in any text file. */
  | { readonly kind: 'variable'; readonly name: string }
  /** A Python regular expression whose group holds the version (hatch's `pattern`, PSR 7's `version_pattern`). */
  | { readonly kind: 'pattern'; readonly pattern: string; readonly flags: string; readonly group: string | number; readonly all: boolean; readonly field: string }
  /** commitizen's `version_files`: the current version on every line `line` matches. */
  | { readonly kind: 'lines'; readonly line: string | undefined }
  /** bump-my-version's `search` / `replace`. */
  | { readonly kind: 'search'; readonly search: string; readonly replace: string; readonly regex: boolean }
  /** The project's own `[[package]]` in `uv.lock`. */
  | { readonly kind: 'uv-lock'; readonly name: string };

/** What some locators need from the run: the version the release tool last wrote, and the tag prefix. */
export interface LocatorContext {
  /** The current version's text, for `lines` and `search` (they look for it). */
  readonly current: string | undefined;
  /** For `variable` sources that hold the tag (`v1.2.3`). */
  readonly tagPrefix: string;
  /** Where the locator was configured, for errors about it. */
  readonly where: string;
}

/** True for the locators that search for the current version's text rather than read a place. */
export function searchesForCurrent(locator: VersionLocator): boolean {
  return locator.kind === 'lines' || locator.kind === 'search';
}

/** The updater for one located file. */
export function updaterForLocator(path: string, locator: VersionLocator, context: LocatorContext, stampsTag = false): VersionFileUpdater {
  switch (locator.kind) {
    case 'by-name':
      return updaterFor(path);
    case 'toml-key':
      return tomlKeyUpdater(locator.key);
    case 'json-key':
      return jsonKeyUpdater(locator.key);
    case 'yaml-key':
      return yamlKeyUpdater(locator.key);
    case 'ini-option':
      return iniOptionUpdater(locator.section, locator.option);
    case 'python-attribute':
      return pythonAttributeUpdater(locator.name);
    case 'whole-file':
      return plainVersionFileUpdater;
    case 'variable':
      return versionPatternUpdater(versionVariablePattern(locator.name, stampsTag ? context.tagPrefix : ''));
    case 'pattern':
      return versionPatternUpdater(
        compileVersionPattern(locator.pattern, { flags: locator.flags, group: locator.group, all: locator.all, field: locator.field, where: context.where }),
      );
    case 'lines':
    case 'search': {
      if (context.current === undefined) {
        throw new FileError(path, `no current version to look for (${context.where}): no version file holds one and there is no release tag yet`);
      }
      const field = locator.kind === 'lines' ? (locator.line === undefined ? 'lines with the version' : `lines matching ${locator.line}`) : `search ${JSON.stringify(locator.search)}`;
      if (locator.kind === 'search') {
        return versionSearchUpdater({ kind: 'search', search: locator.search, replace: locator.replace, regex: locator.regex, field }, context.current);
      }
      const line = locator.line === undefined ? undefined : compileVersionPattern(`(${locator.line})`, { group: 1, all: false, field, where: context.where }).regex;
      return versionSearchUpdater({ kind: 'lines', line, field }, context.current);
    }
    case 'uv-lock':
      return uvLockUpdater(locator.name);
  }
}
