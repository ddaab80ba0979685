import { parse as parseYaml } from 'yaml';
import { FileError } from '../errors.js';
import type { IniSection } from '../updaters/ini-document.js';
import { asTable, at } from '../updaters/toml-values.js';
import type { TomlObject } from '../updaters/toml-values.js';
import type { ProjectConfigFiles } from './project-config.js';
import { iniBoolean, iniOf, jsonOf, pyprojectOf, stringList, tomlOf } from './project-config.js';

type Settings = Readonly<Record<string, unknown>>;

/** python-semantic-release's settings, as the project wrote them. */
export interface SemanticReleaseConfig {
  /** For messages: `[tool.semantic_release] in pyproject.toml`. */
  readonly where: string;
  readonly file: 'pyproject.toml' | 'setup.cfg';
  /** `setup.cfg`'s `[semantic_release]` (v7 only) overridden by pyproject.toml's table, as v7 merges them. */
  readonly settings: Settings;
}

/**
 * `[tool.semantic_release]` in pyproject.toml (v7, v8, v9: docs/configuration.rst), and v7's
 * `[semantic_release]` in setup.cfg (semantic_release/settings.py `_config`, v7.34.6, where
 * pyproject.toml wins). v8+'s `--config releaserc.toml` is a command-line choice, not found here.
 */
export function readSemanticReleaseConfig(files: ProjectConfigFiles): SemanticReleaseConfig | undefined {
  const table = asTable(at(pyprojectOf(files), 'tool', 'semantic_release'));
  const section = iniOf(files, 'setup.cfg')?.sections.get('semantic_release');
  if (table === undefined && section === undefined) return undefined;
  const where = table !== undefined ? '[tool.semantic_release] in pyproject.toml' : '[semantic_release] in setup.cfg';
  return { where, file: table !== undefined ? 'pyproject.toml' : 'setup.cfg', settings: { ...iniSettings(section), ...table } };
}

/** commitizen's settings, from the first of its config files that has them. */
export interface CommitizenConfig {
  readonly file: string;
  readonly where: string;
  readonly format: 'toml' | 'json' | 'yaml';
  readonly settings: Settings;
  /** Where `version` sits in `file`, for the default `commitizen` version provider. */
  readonly versionKey: readonly string[];
}

/**
 * commitizen reads the first of `.cz.toml`, `cz.toml`, `.cz.json`, `cz.json`, `.cz.yaml`, `cz.yaml`,
 * `pyproject.toml` that has its section: `[tool.commitizen]` in TOML files, `commitizen` in JSON and
 * YAML (commitizen/config/__init__.py and defaults.py `CONFIG_FILES`, v4.17.0).
 */
export function readCommitizenConfig(files: ProjectConfigFiles): CommitizenConfig | undefined {
  for (const file of ['.cz.toml', 'cz.toml', '.cz.json', 'cz.json', '.cz.yaml', 'cz.yaml', 'pyproject.toml']) {
    const content = files.get(file);
    if (content === undefined) continue;
    if (file.endsWith('.toml')) {
      const doc = file === 'pyproject.toml' ? pyprojectOf(files) : tomlOf(files, file);
      const table = asTable(at(doc, 'tool', 'commitizen'));
      if (table !== undefined) return { file, where: `[tool.commitizen] in ${file}`, format: 'toml', settings: table, versionKey: ['tool', 'commitizen', 'version'] };
    } else {
      const doc = file.endsWith('.json') ? jsonOf(files, file) : yamlOf(files, file);
      const table = asTable(doc?.commitizen);
      if (table !== undefined) {
        return { file, where: `commitizen in ${file}`, format: file.endsWith('.json') ? 'json' : 'yaml', settings: table, versionKey: ['commitizen', 'version'] };
      }
    }
  }
  return undefined;
}

/** One `[bumpversion:file:…]` / `[[tool.bumpversion.files]]` entry. */
export interface BumpversionFile {
  readonly filename: string | undefined;
  readonly glob: string | undefined;
  readonly globExclude: readonly string[];
  readonly search: string;
  readonly replace: string;
  readonly regex: boolean;
  readonly ignoreMissingFile: boolean;
  readonly ignoreMissingVersion: boolean;
  /** bump-my-version's `key_path`: the version is the value at this dotted path of a TOML/JSON/YAML file. */
  readonly keyPath: string | undefined;
  /** For messages: `[bumpversion:file:setup.py] in .bumpversion.cfg`. */
  readonly where: string;
}

/** bump-my-version's (or the older bumpversion's) settings. */
export interface BumpversionConfig {
  readonly file: string;
  readonly format: 'ini' | 'toml';
  readonly where: string;
  readonly currentVersion: string | undefined;
  readonly tagName: string | undefined;
  /** True when `parse` or `serialize` differs from the default `major.minor.patch`. */
  readonly customFormat: boolean;
  readonly files: readonly BumpversionFile[];
}

// bump-my-version's defaults: bumpversion/config/__init__.py `DEFAULTS`, v1.3.
const DEFAULT_PARSE = String.raw`(?P<major>\d+)\.(?P<minor>\d+)\.(?P<patch>\d+)`;
const DEFAULT_SERIALIZE = '{major}.{minor}.{patch}';

/**
 * bump-my-version reads the first of `.bumpversion.cfg`, `.bumpversion.toml`, `setup.cfg`,
 * `pyproject.toml` whose text contains `bumpversion]` (bumpversion/config/files.py
 * `find_config_file`, v1.3): `[tool.bumpversion]` with `[[tool.bumpversion.files]]` in TOML, or
 * `[bumpversion]` with `[bumpversion:file:PATH]` / `[bumpversion:glob:PATTERN]` sections in INI
 * (files_legacy.py `read_ini_file`), the format the older bumpversion also wrote.
 */
export function readBumpversionConfig(files: ProjectConfigFiles): BumpversionConfig | undefined {
  for (const file of ['.bumpversion.cfg', '.bumpversion.toml', 'setup.cfg', 'pyproject.toml']) {
    const content = files.get(file);
    if (content === undefined || !content.includes('bumpversion]')) continue;
    if (file.endsWith('.cfg')) {
      const config = readIniBumpversion(files, file);
      if (config !== undefined) return config;
    } else {
      const doc = file === 'pyproject.toml' ? pyprojectOf(files) : tomlOf(files, file);
      const table = asTable(at(doc, 'tool', 'bumpversion'));
      if (table !== undefined) return readTomlBumpversion(file, table);
    }
  }
  return undefined;
}

function readIniBumpversion(files: ProjectConfigFiles, file: string): BumpversionConfig | undefined {
  const doc = iniOf(files, file);
  const main = doc?.sections.get('bumpversion');
  if (doc === undefined) return undefined;
  const global = iniSettings(main);
  const entries: BumpversionFile[] = [];
  for (const [name, section] of doc.sections) {
    const parts = name.split(':');
    if (parts[0] !== 'bumpversion' || parts.length < 3) continue;
    const kind = parts[1] ?? '';
    if (!kind.startsWith('file') && !kind.startsWith('glob')) continue;
    const target = parts[2] ?? '';
    entries.push(bumpversionFile({ ...iniSettings(section), [kind.startsWith('file') ? 'filename' : 'glob']: target }, global, `[${name}] in ${file}`));
  }
  if (main === undefined && entries.length === 0) return undefined;
  return {
    file,
    format: 'ini',
    where: `[bumpversion] in ${file}`,
    currentVersion: typeof global.current_version === 'string' ? global.current_version : undefined,
    tagName: typeof global.tag_name === 'string' ? global.tag_name : undefined,
    customFormat: isCustomFormat(global),
    files: entries,
  };
}

function readTomlBumpversion(file: string, table: TomlObject): BumpversionConfig {
  const list = Array.isArray(table.files) ? table.files : [];
  const entries = list.map((entry, i) => bumpversionFile(asTable(entry) ?? {}, table, `[[tool.bumpversion.files]] #${i + 1} in ${file}`));
  return {
    file,
    format: 'toml',
    where: `[tool.bumpversion] in ${file}`,
    currentVersion: typeof table.current_version === 'string' ? table.current_version : undefined,
    tagName: typeof table.tag_name === 'string' ? table.tag_name : undefined,
    customFormat: isCustomFormat(table),
    files: entries,
  };
}

function bumpversionFile(entry: Settings, global: Settings, where: string): BumpversionFile {
  const text = (key: string, fallback: string): string => {
    const own = entry[key] ?? global[key];
    return typeof own === 'string' ? own : fallback;
  };
  const flag = (key: string): boolean => iniBoolean(entry[key] ?? global[key]) ?? false;
  return {
    filename: typeof entry.filename === 'string' ? entry.filename : undefined,
    glob: typeof entry.glob === 'string' ? entry.glob : undefined,
    globExclude: stringList(entry.glob_exclude),
    search: text('search', '{current_version}'),
    replace: text('replace', '{new_version}'),
    regex: flag('regex'),
    ignoreMissingFile: flag('ignore_missing_file'),
    ignoreMissingVersion: flag('ignore_missing_version'),
    keyPath: typeof entry.key_path === 'string' ? entry.key_path : undefined,
    where,
  };
}

function isCustomFormat(settings: Settings): boolean {
  const parse = settings.parse;
  const serialize = stringList(settings.serialize);
  return (typeof parse === 'string' && parse !== DEFAULT_PARSE) || (serialize.length > 0 && (serialize.length > 1 || serialize[0] !== DEFAULT_SERIALIZE));
}

/** An INI section's options as plain settings (configparser's strings). */
function iniSettings(section: IniSection | undefined): Readonly<Record<string, string>> {
  return section === undefined ? {} : Object.fromEntries([...section.options].map(([key, option]) => [key, option.value]));
}

function yamlOf(files: ProjectConfigFiles, file: string): Settings | undefined {
  const content = files.get(file);
  if (content === undefined) return undefined;
  try {
    const value: unknown = parseYaml(content);
    return asTable(value) ?? {};
  } catch (error) {
    throw new FileError(file, `not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`, undefined, { cause: error });
  }
}
