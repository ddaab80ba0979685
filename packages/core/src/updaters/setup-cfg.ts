import { FileError } from '../errors.js';
import type { IniOption } from './ini-document.js';
import { parseIni } from './ini-document.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { replaceVersion } from './version-span.js';

/**
 * Reads `setup.cfg` the way setuptools does, with Python's `configparser` defaults (see `parseIni`).
 *
 * The version is `version` in `[metadata]`. setuptools' `attr:` and `file:` directives
 * (https://setuptools.pypa.io/en/latest/userguide/declarative_config.html) are `dynamic`: the version
 * lives in the module attribute or file they name.
 */
function readVersion(content: string, path: string): VersionReadResult {
  const option = parseIni(content, path).sections.get('metadata')?.options.get('version');
  if (option === undefined) throw new FileError(path, 'no version found: expected version = ... in [metadata]');
  return interpret(path, option, '[metadata] version');
}

/** A one-line, unquoted value: what an INI option that holds a version must be. */
export function interpretIniVersion(path: string, option: IniOption, field: string): VersionReadResult {
  const { span } = option;
  const line = option.line;
  if (option.continued) throw new FileError(path, `${field} continues on the next line; keep it on one line`, line);
  if (span.value === '') throw new FileError(path, `${field} is empty`, line);
  if (/^["']/.test(span.value)) {
    throw new FileError(path, `${option.key} = ${span.value}: INI values take no quotes (they would be part of the version)`, line);
  }
  if (/\s/.test(span.value)) {
    throw new FileError(
      path,
      `${option.key} = ${span.value}: configparser keeps inline comments as part of the value; put the comment on its own line`,
      line,
    );
  }
  return { kind: 'found', span, field };
}

function interpret(path: string, option: IniOption, field: string): VersionReadResult {
  const directive = /^(attr|file):\s*(.*)$/.exec(option.span.value);
  if (directive !== null) {
    const [, kind, target] = directive;
    const where = kind === 'attr' ? `the attribute ${target}` : `the file ${target}`;
    return { kind: 'dynamic', detail: `version = ${option.span.value} in [metadata] (line ${option.line}): setuptools reads it from ${where}` };
  }
  return interpretIniVersion(path, option, field);
}

/** `setup.cfg`: `version` in `[metadata]`. */
export const setupCfgUpdater: VersionFileUpdater = {
  format: 'setup.cfg',
  readVersion,
  updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
};
