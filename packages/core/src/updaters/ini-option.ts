import { FileError } from '../errors.js';
import { parseIni } from './ini-document.js';
import { interpretIniVersion } from './setup-cfg.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { replaceVersion } from './version-span.js';

/**
 * The value of one option of an INI file, as bumpversion keeps `current_version` in
 * `[bumpversion]` of `.bumpversion.cfg` or `setup.cfg`. Only its bytes change.
 */
export function iniOptionUpdater(section: string, option: string): VersionFileUpdater {
  const field = `[${section}] ${option}`;
  const readVersion = (content: string, path: string): VersionReadResult => {
    const found = parseIni(content, path).sections.get(section)?.options.get(option);
    if (found === undefined) throw new FileError(path, `no version found: expected ${option} = ... in [${section}]`);
    return interpretIniVersion(path, found, field);
  };
  return {
    format: `INI ${field}`,
    readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
  };
}
