import { FileError, InputError } from '../errors.js';
import { readTextIfExists } from '../inputs/read-text.js';
import type { ResolvedPath } from '../inputs/repository-path.js';
import { resolveRepositoryPath } from '../inputs/repository-path.js';
import type { IniDocument } from '../updaters/ini-document.js';
import { parseIni } from '../updaters/ini-document.js';
import type { TomlObject } from '../updaters/toml-values.js';
import { parseToml } from '../updaters/toml-values.js';

/**
 * The files where Python projects configure their build and release tools, at the repository root:
 * pyproject.toml and setup.cfg; setup.py; bump-my-version's / bumpversion's `.bumpversion.cfg` and
 * `.bumpversion.toml` (bumpversion/config/files.py `CONFIG_FILE_SEARCH_ORDER`, bump-my-version 1.3);
 * commitizen's own files (commitizen/defaults.py `CONFIG_FILES`, v4.17.0).
 */
export const PROJECT_CONFIG_FILES = [
  'pyproject.toml',
  'setup.cfg',
  'setup.py',
  '.bumpversion.cfg',
  '.bumpversion.toml',
  '.cz.toml',
  'cz.toml',
  '.cz.json',
  'cz.json',
  '.cz.yaml',
  'cz.yaml',
] as const;

/** The config files that exist, by path, as read. Pure functions below parse what they need. */
export type ProjectConfigFiles = ReadonlyMap<string, string>;

/** Reads the files of `PROJECT_CONFIG_FILES` that exist (`readText` gives undefined for a missing one). */
export async function readProjectConfigFiles(readText: (path: string) => Promise<string | undefined>): Promise<ProjectConfigFiles> {
  const files = new Map<string, string>();
  const contents = await Promise.all(PROJECT_CONFIG_FILES.map((path) => readText(path)));
  PROJECT_CONFIG_FILES.forEach((path, i) => {
    const content = contents[i];
    if (content !== undefined) files.set(path, content);
  });
  return files;
}

/**
 * A file the actions read on their own rather than because an input names it (the project's
 * configuration: pyproject.toml, setup.cfg, .bumpversion.cfg, …), by the same rules: its real
 * location inside the repository and outside `.git`, a file, UTF-8. Undefined when it does not exist.
 * @throws FileError naming the file (never quoting it) when it breaks those rules.
 */
export async function readProjectFile(workspace: string, path: string): Promise<string | undefined> {
  let resolved: ResolvedPath;
  try {
    resolved = await resolveRepositoryPath(workspace, path, path);
  } catch (error) {
    if (error instanceof InputError) throw new FileError(path, `${error.allowed}; the project's configuration was not read from it`, undefined, { cause: error });
    throw error;
  }
  if (resolved.found === 'missing') return undefined;
  if (resolved.found !== 'file') {
    throw new FileError(path, `it is ${resolved.found === 'folder' ? 'a folder' : 'neither a file nor a folder'}, not a file; the project's configuration was not read.`);
  }
  return readTextIfExists(resolved.real, path);
}

/** A TOML file, parsed; undefined when there is none. Invalid TOML is a FileError with the line. */
export function tomlOf(files: ProjectConfigFiles, path: string): TomlObject | undefined {
  const content = files.get(path);
  return content === undefined ? undefined : parseToml(content, path);
}

/** `pyproject.toml`, parsed; undefined when there is none. */
export function pyprojectOf(files: ProjectConfigFiles): TomlObject | undefined {
  return tomlOf(files, 'pyproject.toml');
}

/** An INI file (`setup.cfg`, `.bumpversion.cfg`), parsed; undefined when there is none. */
export function iniOf(files: ProjectConfigFiles, path: string): IniDocument | undefined {
  const content = files.get(path);
  return content === undefined ? undefined : parseIni(content, path);
}

/** A JSON config file, parsed; invalid JSON is a FileError naming it. */
export function jsonOf(files: ProjectConfigFiles, path: string): Readonly<Record<string, unknown>> | undefined {
  const content = files.get(path);
  if (content === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(content.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch (error) {
    throw new FileError(path, `not valid JSON: ${(error as Error).message}`, undefined, { cause: error });
  }
}

/** A string list as TOML writes it, or, as python-semantic-release 7 and INI files do, comma-separated text. */
export function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean);
  if (typeof value === 'string') return value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  return [];
}

/** configparser's `getboolean` words (https://docs.python.org/3/library/configparser.html#configparser.ConfigParser.getboolean). */
export function iniBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (['1', 'yes', 'true', 'on'].includes(word)) return true;
  if (['0', 'no', 'false', 'off'].includes(word)) return false;
  return undefined;
}
