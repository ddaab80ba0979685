import { FileError } from '../errors.js';
import { packageJsonUpdater } from './package-json.js';
import { plainVersionFileUpdater } from './plain-version-file.js';
import { pyprojectTomlUpdater } from './pyproject-toml.js';
import { pythonVersionAttributeUpdater } from './python-version-attribute.js';
import { setupCfgUpdater } from './setup-cfg.js';
import { setupPyUpdater } from './setup-py.js';
import type { VersionFileUpdater } from './types.js';

export type { VersionFileUpdater, VersionReadResult, VersionSpan } from './types.js';
export { assertWritableVersion } from './version-span.js';
export {
  packageJsonUpdater,
  plainVersionFileUpdater,
  pyprojectTomlUpdater,
  pythonVersionAttributeUpdater,
  setupCfgUpdater,
  setupPyUpdater,
};

const BY_FILE_NAME: Readonly<Record<string, VersionFileUpdater>> = {
  'pyproject.toml': pyprojectTomlUpdater,
  'setup.cfg': setupCfgUpdater,
  'setup.py': setupPyUpdater,
  'package.json': packageJsonUpdater,
  VERSION: plainVersionFileUpdater,
  'VERSION.txt': plainVersionFileUpdater,
};

/** What `updaterFor` accepts, for messages and docs. */
export const SUPPORTED_VERSION_FILES =
  'pyproject.toml, setup.cfg, setup.py, package.json, VERSION, VERSION.txt, or a .py module with __version__';

/**
 * The updater for a file, chosen by its name (directories do not matter; `/` and `\` both separate):
 * `pyproject.toml`, `setup.cfg`, `setup.py`, `package.json`, `VERSION` / `VERSION.txt`, and any other
 * `*.py` (its `__version__`). Names are matched exactly, as Python tooling does. Anything else is a
 * `FileError` that lists what is supported.
 */
export function updaterFor(path: string): VersionFileUpdater {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  const updater = Object.hasOwn(BY_FILE_NAME, name) ? BY_FILE_NAME[name] : undefined;
  if (updater !== undefined) return updater;
  if (name.endsWith('.py') && name.length > '.py'.length) return pythonVersionAttributeUpdater;
  throw new FileError(path, `cannot update a version in this kind of file; supported: ${SUPPORTED_VERSION_FILES}`);
}
