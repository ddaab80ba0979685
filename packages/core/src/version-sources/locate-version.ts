import { FileError } from '../errors.js';
import { setupPyUpdater } from '../updaters/setup-py.js';
import type { VersionLocator } from '../updaters/source-updater.js';
import type { TomlObject } from '../updaters/toml-values.js';
import { asTable, at } from '../updaters/toml-values.js';
import { VERSION_TEXT_PATTERN } from '../updaters/version-pattern.js';
import type { ProjectConfigFiles } from './project-config.js';
import { iniOf, pyprojectOf, stringList } from './project-config.js';
import type { BumpversionConfig, CommitizenConfig, SemanticReleaseConfig } from './release-tools.js';
import { readBumpversionConfig, readCommitizenConfig, readSemanticReleaseConfig } from './release-tools.js';

/** One place the version is written, as the project's configuration names it. */
export interface VersionSource {
  /** Where to look; the first that exists is the file (setuptools' `attr:` may live in `src/pkg/__init__.py` or `pkg.py`). */
  readonly paths: readonly string[];
  /** `paths[0]` is a glob pattern (commitizen's `version_files`, bump-my-version's `glob`), with patterns to leave out. */
  readonly glob?: { readonly exclude: readonly string[] };
  readonly locator: VersionLocator;
  /** What names this place, for the summary and errors: `version_toml in [tool.semantic_release] in pyproject.toml`. */
  readonly origin: string;
  /** The file holds the tag (`v1.2.3`), not the bare version: python-semantic-release 9.20's `:tf`. */
  readonly stampsTag?: boolean;
  /** bump-my-version's `ignore_missing_file`: a missing file is skipped. */
  readonly skipIfMissing?: boolean;
  /** bump-my-version's `ignore_missing_version`: a file without the current version is skipped. */
  readonly skipIfNoVersion?: boolean;
}

/** Where the version lives, as the project told its release tool or build backend. */
export type VersionLocation =
  | {
      readonly kind: 'files';
      /** `python-semantic-release`, `commitizen`, `bump-my-version`, `hatch`, `setuptools`, `poetry`, `PEP 621`, ... */
      readonly tool: string;
      /** The setting that says so: `version_toml in [tool.semantic_release] in pyproject.toml`. */
      readonly where: string;
      readonly sources: readonly VersionSource[];
      readonly notes: readonly string[];
    }
  | {
      /** The version comes from git tags at build time: nothing to write, the tag is the release. */
      readonly kind: 'vcs';
      readonly tool: string;
      readonly where: string;
      readonly notes: readonly string[];
    }
  | {
      readonly kind: 'none';
      /** False when there is no pyproject.toml, setup.cfg or setup.py at all: the tag alone carries the version. */
      readonly project: boolean;
      /** Each place looked at, for the error. */
      readonly looked: readonly string[];
      /** The `version-files` line that fixes it. */
      readonly fix: string;
      readonly notes: readonly string[];
    };

/** Sources for files named in the `version-files` input: each found by its name. */
export function explicitVersionLocation(paths: readonly string[]): VersionLocation {
  return {
    kind: 'files',
    tool: 'version-files',
    where: 'the version-files input',
    sources: paths.map((path) => ({ paths: [path], locator: { kind: 'by-name' }, origin: 'version-files' })),
    notes: [],
  };
}

/**
 * Finds where the version lives, the way the project already told its tools, from the config files
 * alone (pure). The release tools first, in the order python-semantic-release, commitizen,
 * bump-my-version (a project configures one; the others, if any, are named in a note); then the
 * build backend: hatch's `[tool.hatch.version]`, pdm's `[tool.pdm.version]`, setuptools' `attr:` /
 * `file:`, a version from git tags (setuptools-scm, hatch-vcs, versioningit,
 * poetry-dynamic-versioning, setuptools-git-versioning), `[tool.poetry].version`,
 * `[project].version`, flit's module `__version__`, setup.cfg's `[metadata] version`, setup.py's
 * `setup(version=...)`.
 */
export function locateVersion(files: ProjectConfigFiles): VersionLocation {
  const tools = [
    fromSemanticRelease(readSemanticReleaseConfig(files)),
    fromCommitizen(files, readCommitizenConfig(files)),
    fromBumpversion(files, readBumpversionConfig(files)),
  ].filter((found): found is ToolFinding => found !== undefined);
  const chosen = tools.find((tool) => tool.location !== undefined);
  const others = tools.filter((tool) => tool !== chosen);
  const notes = [
    ...tools.flatMap((tool) => tool.notes),
    ...(chosen === undefined ? [] : others.map((tool) => `${tool.name} is configured too (${tool.where}); ${chosen.name}'s settings are followed.`)),
  ];
  const location = chosen?.location ?? fromBuildBackend(files);
  // A static [project].version the release tool never touched stays as it was: say so, it is easy to miss.
  const staticVersion = asTable(pyprojectOf(files)?.project)?.version;
  if (chosen !== undefined && location.kind === 'files' && typeof staticVersion === 'string' && !location.sources.some((s) => s.paths.includes('pyproject.toml'))) {
    notes.push(`pyproject.toml's [project].version (${staticVersion}) is not among the places ${location.tool} updates (${location.where}); it is left as it is.`);
  }
  return { ...location, notes: [...notes, ...location.notes] };
}

interface ToolFinding {
  readonly name: string;
  readonly where: string;
  readonly location: VersionLocation | undefined;
  readonly notes: readonly string[];
}

/** `path:rest` as python-semantic-release splits it (on the first colon; v9.20's third part is the stamp). */
function splitDefinition(entry: string, file: string, setting: string): { path: string; name: string; stampsTag: boolean } {
  const [path = '', name = '', stamp, ...extra] = entry.split(':');
  if (path === '' || name === '' || extra.length > 0 || (stamp !== undefined && stamp !== 'nf' && stamp !== 'tf')) {
    throw new FileError(file, `${setting} entry ${JSON.stringify(entry)} is not path:name (or path:name:nf / path:name:tf)`);
  }
  return { path, name, stampsTag: stamp === 'tf' };
}

/**
 * python-semantic-release: `version_toml` (v7: a string, v8+: a list, `path:dotted.key`),
 * `version_variables` (v8+: a list of `path:variable`), v7's `version_variable` (a string, comma
 * separated, or a list) and `version_pattern` (`path:regex`), docs/configuration.rst at v7.34.6,
 * v8.7.2 and v9.21.0. v7's `version_source = "tag_only"` writes no file.
 */
function fromSemanticRelease(config: SemanticReleaseConfig | undefined): ToolFinding | undefined {
  if (config === undefined) return undefined;
  const name = 'python-semantic-release';
  const { settings, where, file } = config;
  const keys = new Set<string>();
  if (settings.version_source === 'tag_only') {
    return { name, where, notes: [], location: { kind: 'vcs', tool: name, where: `version_source = "tag_only" in ${where}`, notes: [] } };
  }
  const sources: VersionSource[] = [];
  for (const entry of stringList(settings.version_toml)) {
    const { path, name: key, stampsTag } = splitDefinition(entry, file, 'version_toml');
    keys.add('version_toml');
    sources.push({ paths: [path], locator: { kind: 'toml-key', key: key.split('.') }, origin: `version_toml in ${where}`, stampsTag });
  }
  for (const setting of ['version_variables', 'version_variable']) {
    for (const entry of stringList(settings[setting])) {
      const { path, name: variable, stampsTag } = splitDefinition(entry, file, setting);
      keys.add(setting);
      sources.push({ paths: [path], locator: { kind: 'variable', name: variable }, origin: `${setting} in ${where}`, stampsTag });
    }
  }
  for (const entry of stringList(settings.version_pattern)) {
    // v7: "README.rst:VERSION {version}"; `{version}` stands for the version, else the first group is it.
    const colon = entry.indexOf(':');
    if (colon < 1) throw new FileError(file, `version_pattern entry ${JSON.stringify(entry)} is not path:regex`);
    const path = entry.slice(0, colon);
    const pattern = entry.slice(colon + 1);
    const named = pattern.includes('{version}');
    keys.add('version_pattern');
    sources.push({
      paths: [path],
      locator: {
        kind: 'pattern',
        pattern: named ? pattern.replaceAll('{version}', `(?P<version>${VERSION_TEXT_PATTERN})`) : pattern,
        flags: 'm',
        group: named ? 'version' : 1,
        all: true,
        field: `version_pattern ${JSON.stringify(pattern)}`,
      },
      origin: `version_pattern in ${where}`,
    });
  }
  if (sources.length === 0) return { name, where, notes: [], location: undefined };
  return { name, where, notes: [], location: { kind: 'files', tool: name, where: `${[...keys].join(', ')} in ${where}`, sources: dedupe(sources), notes: [] } };
}

/**
 * commitizen: the `version_provider` (docs/config/version_provider.md, v4.17.0) holds the current
 * version, and `version_files` (`path` or `path:regex`, globs allowed: docs/config/bump.md) are
 * updated with it. `commitizen` (the default) keeps it in the config file's `version`; `pep621` in
 * `[project].version`; `poetry` in `[tool.poetry].version`; `uv` in `[project].version` and
 * `uv.lock`; `npm` in package.json (and its lock files); `scm` in git tags only.
 */
function fromCommitizen(files: ProjectConfigFiles, config: CommitizenConfig | undefined): ToolFinding | undefined {
  if (config === undefined) return undefined;
  const name = 'commitizen';
  const { settings, where, file } = config;
  const provider = typeof settings.version_provider === 'string' ? settings.version_provider : 'commitizen';
  const origin = `version_provider = "${provider}" in ${where}`;
  const primary: VersionSource[] = [];
  let vcs = false;
  const notes: string[] = [];
  switch (provider) {
    case 'commitizen': {
      const locator: VersionLocator =
        config.format === 'toml' ? { kind: 'toml-key', key: config.versionKey } : { kind: config.format === 'json' ? 'json-key' : 'yaml-key', key: config.versionKey };
      if (typeof settings.version === 'string' || typeof settings.version === 'number') {
        primary.push({ paths: [file], locator, origin: `version in ${where}` });
      } else {
        notes.push(`commitizen's version provider is "commitizen" but ${where} has no version; it is looked for elsewhere.`);
      }
      break;
    }
    case 'pep621':
      primary.push({ paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] }, origin });
      break;
    case 'poetry':
      primary.push({ paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['tool', 'poetry', 'version'] }, origin });
      break;
    case 'uv': {
      const project = text(at(pyprojectOf(files), 'project', 'name')) ?? '';
      if (project === '') throw new FileError('pyproject.toml', `${origin} needs [project].name to find the package in uv.lock`);
      primary.push({ paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] }, origin });
      primary.push({ paths: ['uv.lock'], locator: { kind: 'uv-lock', name: project }, origin, skipIfMissing: true });
      break;
    }
    case 'npm':
      primary.push({ paths: ['package.json'], locator: { kind: 'json-key', key: ['version'] }, origin });
      for (const lock of ['package-lock.json', 'npm-shrinkwrap.json']) {
        primary.push({ paths: [lock], locator: { kind: 'json-key', key: ['version'] }, origin, skipIfMissing: true });
        primary.push({ paths: [lock], locator: { kind: 'json-key', key: ['packages', '', 'version'] }, origin, skipIfMissing: true, skipIfNoVersion: true });
      }
      break;
    case 'scm':
      vcs = true;
      break;
    default:
      throw new FileError(file, `${origin}: version-bump does not know where that provider keeps the version; name the files in version-files`);
  }
  const versionFiles = stringList(settings.version_files).map((entry): VersionSource => {
    const colon = entry.indexOf(':');
    const path = colon === -1 ? entry : entry.slice(0, colon);
    const line = colon === -1 ? undefined : entry.slice(colon + 1);
    return { paths: [path], ...(isGlob(path) ? { glob: { exclude: [] } } : {}), locator: { kind: 'lines', line }, origin: `version_files in ${where}` };
  });
  const sources = [...primary, ...versionFiles];
  if (vcs && versionFiles.length === 0) return { name, where, notes, location: { kind: 'vcs', tool: name, where: origin, notes: [] } };
  if (sources.length === 0) return { name, where, notes, location: undefined };
  return { name, where, notes, location: { kind: 'files', tool: name, where: primary[0]?.origin ?? (vcs ? origin : `version_files in ${where}`), sources, notes: [] } };
}

/**
 * bump-my-version / bumpversion: `current_version` in its config file (rewritten there), the
 * `[project].version` of pyproject.toml when the config lives there and the version is static
 * (bumpversion/config/files.py `update_config_file`, v1.3), and each file entry with its
 * `search` / `replace` (or `key_path` for data files).
 */
function fromBumpversion(files: ProjectConfigFiles, config: BumpversionConfig | undefined): ToolFinding | undefined {
  if (config === undefined) return undefined;
  // The INI format is the older bumpversion's (bump-my-version still reads it); TOML is bump-my-version's own.
  const name = config.format === 'ini' ? 'bumpversion' : 'bump-my-version';
  const { where } = config;
  const sources: VersionSource[] = [];
  if (config.currentVersion !== undefined) {
    sources.push({
      paths: [config.file],
      locator: config.format === 'ini' ? { kind: 'ini-option', section: 'bumpversion', option: 'current_version' } : { kind: 'toml-key', key: ['tool', 'bumpversion', 'current_version'] },
      origin: `current_version in ${where}`,
    });
  }
  const project = asTable(pyprojectOf(files)?.project);
  if (config.file === 'pyproject.toml' && typeof project?.version === 'string') {
    sources.push({ paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] }, origin: `[project].version, which bump-my-version keeps equal to current_version` });
  }
  for (const entry of config.files) {
    const path = entry.filename ?? entry.glob;
    if (path === undefined) throw new FileError(config.file, `${entry.where} names neither a filename nor a glob`);
    const locator: VersionLocator = entry.keyPath === undefined ? { kind: 'search', search: entry.search, replace: entry.replace, regex: entry.regex } : dataFileLocator(path, entry.keyPath, entry.where, config.file);
    sources.push({
      paths: [path],
      ...(entry.filename === undefined ? { glob: { exclude: entry.globExclude } } : {}),
      locator,
      origin: entry.where,
      ...(entry.ignoreMissingFile ? { skipIfMissing: true } : {}),
      ...(entry.ignoreMissingVersion ? { skipIfNoVersion: true } : {}),
    });
  }
  const notes = config.customFormat ? [`${name}'s parse / serialize (${where}) are not followed: the version is written as version-scheme says.`] : [];
  if (sources.length === 0) return { name, where, notes, location: undefined };
  return { name, where, notes, location: { kind: 'files', tool: name, where: sources[0]?.origin ?? where, sources, notes: [] } };
}

function dataFileLocator(path: string, keyPath: string, where: string, configFile: string): VersionLocator {
  const key = keyPath.split('.');
  if (/\.toml$/i.test(path)) return { kind: 'toml-key', key };
  if (/\.json$/i.test(path)) return { kind: 'json-key', key };
  if (/\.ya?ml$/i.test(path)) return { kind: 'yaml-key', key };
  throw new FileError(configFile, `${where}: key_path works on TOML, JSON and YAML files, not ${path}`);
}

/** hatch's default `pattern` for `[tool.hatch.version] path` (hatchling/version/core.py `DEFAULT_PATTERN`). */
const HATCH_DEFAULT_PATTERN = String.raw`(?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2`;

function fromBuildBackend(files: ProjectConfigFiles): VersionLocation {
  const doc = pyprojectOf(files);
  const project = asTable(doc?.project);
  const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version');
  const staticVersion = project?.version !== undefined;
  const found = (tool: string, where: string, sources: VersionSource[]): VersionLocation => ({ kind: 'files', tool, where, sources, notes: [] });
  const vcs = (tool: string, where: string): VersionLocation => ({ kind: 'vcs', tool, where, notes: [] });

  if (!staticVersion) {
    const hatch = fromHatch(doc);
    if (hatch !== undefined) return hatch;
    const pdm = asTable(at(doc, 'tool', 'pdm', 'version'));
    if (pdm?.source === 'scm') return vcs('pdm-backend', 'source = "scm" in [tool.pdm.version] in pyproject.toml');
    if (pdm?.source === 'file' && typeof pdm.path === 'string') {
      // pdm-backend docs/metadata.md: the file "MUST contain a line like" `__version__ = "0.1.0"`.
      const where = 'path in [tool.pdm.version] in pyproject.toml';
      return found('pdm-backend', where, [{ paths: [pdm.path], locator: { kind: 'python-attribute', name: '__version__' }, origin: where }]);
    }
    const setuptools = fromSetuptools(files, doc, dynamic || project === undefined);
    if (setuptools !== undefined) return setuptools;
    const fromTags = vcsTool(doc, dynamic);
    if (fromTags !== undefined) return vcs(fromTags.tool, fromTags.where);
  }
  const poetryVersion = at(doc, 'tool', 'poetry', 'version');
  if (!staticVersion && typeof poetryVersion === 'string') {
    return found('poetry', '[tool.poetry].version in pyproject.toml', [{ paths: ['pyproject.toml'], locator: { kind: 'by-name' }, origin: '[tool.poetry].version in pyproject.toml' }]);
  }
  if (staticVersion) {
    return found('PEP 621', '[project].version in pyproject.toml', [{ paths: ['pyproject.toml'], locator: { kind: 'by-name' }, origin: '[project].version in pyproject.toml' }]);
  }
  const backend = at(doc, 'build-system', 'build-backend');
  if (dynamic && typeof backend === 'string' && backend.startsWith('flit_core')) {
    const module = (text(at(doc, 'tool', 'flit', 'module', 'name')) ?? text(project?.name) ?? '').replaceAll('-', '_');
    if (module !== '') {
      // flit_core/common.py `Module`: the package or module at the root or under src/.
      const base = module.replaceAll('.', '/');
      const where = `dynamic version with build-backend ${backend} in pyproject.toml`;
      return found('flit', where, [
        { paths: [`${base}/__init__.py`, `${base}.py`, `src/${base}/__init__.py`, `src/${base}.py`], locator: { kind: 'python-attribute', name: '__version__' }, origin: where },
      ]);
    }
  }
  const metadata = iniOf(files, 'setup.cfg')?.sections.get('metadata')?.options.get('version');
  if (!dynamic && metadata !== undefined) {
    return found('setuptools', '[metadata] version in setup.cfg', [{ paths: ['setup.cfg'], locator: { kind: 'by-name' }, origin: '[metadata] version in setup.cfg' }]);
  }
  const setupPy = files.get('setup.py');
  const setupPyRead = setupPy === undefined || dynamic ? undefined : tryRead(() => setupPyUpdater.readVersion(setupPy, 'setup.py'));
  if (setupPyRead?.kind === 'found') {
    return found('setuptools', 'setup(version=...) in setup.py', [{ paths: ['setup.py'], locator: { kind: 'by-name' }, origin: 'setup(version=...) in setup.py' }]);
  }
  return notFound(files, doc, dynamic, setupPyRead?.kind === 'dynamic' ? setupPyRead.detail : undefined);
}

function fromHatch(doc: TomlObject | undefined): VersionLocation | undefined {
  const hatch = asTable(at(doc, 'tool', 'hatch', 'version'));
  if (hatch === undefined) return undefined;
  const table = '[tool.hatch.version] in pyproject.toml';
  const source = typeof hatch.source === 'string' ? hatch.source : 'regex';
  if (source === 'vcs') return { kind: 'vcs', tool: 'hatch-vcs', where: `source = "vcs" in ${table}`, notes: [] };
  if (source === 'regex' && typeof hatch.path === 'string') {
    // hatchling/version/source/regex.py reads the first match of `pattern` (default DEFAULT_PATTERN), multiline.
    const pattern = typeof hatch.pattern === 'string' ? hatch.pattern : HATCH_DEFAULT_PATTERN;
    const where = `path in ${table}`;
    return {
      kind: 'files',
      tool: 'hatch',
      where,
      sources: [{ paths: [hatch.path], locator: { kind: 'pattern', pattern, flags: 'm', group: 'version', all: false, field: typeof hatch.pattern === 'string' ? `hatch's pattern` : `__version__ (hatch's default pattern)` }, origin: where }],
      notes: [],
    };
  }
  if (source !== 'regex') {
    throw new FileError('pyproject.toml', `source = "${source}" in ${table}: hatch computes the version in a way version-bump cannot write back; name the file in version-files`);
  }
  return undefined;
}

/**
 * setuptools' `attr:` / `file:` (https://setuptools.pypa.io/en/latest/userguide/declarative_config.html
 * and pyproject_config.html `[tool.setuptools.dynamic]`). `attr: pkg.mod.NAME` is `NAME` in
 * `pkg/mod.py` or `pkg/mod/__init__.py`, under the `package-dir` / `package_dir` root, else at the
 * root or in `src/` (what setuptools' auto-discovery finds).
 */
function fromSetuptools(files: ProjectConfigFiles, doc: TomlObject | undefined, applies: boolean): VersionLocation | undefined {
  if (!applies) return undefined;
  const dynamicVersion = asTable(at(doc, 'tool', 'setuptools', 'dynamic', 'version'));
  const cfg = iniOf(files, 'setup.cfg');
  const cfgVersion = cfg?.sections.get('metadata')?.options.get('version')?.value;
  let attr: string | undefined;
  let file: unknown;
  let where: string;
  let configFile: string;
  if (dynamicVersion !== undefined) {
    attr = typeof dynamicVersion.attr === 'string' ? dynamicVersion.attr : undefined;
    file = dynamicVersion.file;
    configFile = 'pyproject.toml';
    where = '[tool.setuptools.dynamic] version in pyproject.toml';
  } else if (cfgVersion !== undefined && /^(attr|file):/.test(cfgVersion)) {
    const [kind, target = ''] = cfgVersion.split(/:\s*/, 2);
    if (kind === 'attr') attr = target.trim();
    else file = target;
    configFile = 'setup.cfg';
    where = '[metadata] version in setup.cfg';
  } else {
    return undefined;
  }
  if (attr !== undefined) {
    const parts = attr.split('.').map((part) => part.trim());
    const name = parts.pop() ?? '';
    if (parts.length === 0 || name === '') throw new FileError(configFile, `attr: ${attr} must name a module and an attribute, e.g. attr: pkg.__version__`);
    const paths = modulePaths(doc, cfg?.sections.get('options')?.options.get('package_dir')?.value, parts);
    return { kind: 'files', tool: 'setuptools', where: `attr: ${attr} (${where})`, sources: [{ paths, locator: { kind: 'python-attribute', name }, origin: `attr: ${attr} (${where})` }], notes: [] };
  }
  const targets = stringList(file);
  if (targets.length !== 1) throw new FileError(configFile, `version = file: must name one file to be rewritten, not ${targets.length}`);
  const target = targets[0] ?? '';
  return { kind: 'files', tool: 'setuptools', where: `file: ${target} (${where})`, sources: [{ paths: [target], locator: { kind: 'whole-file' }, origin: `file: ${target} (${where})` }], notes: [] };
}

/**
 * The files a module may be, by setuptools' package-dir rules: its top-level package's own
 * `package-dir` entry (`pkg = "lib/pkg"`), else the `""` root (`"" = "src"`, setup.cfg's
 * `package_dir = =src`), else the root and `src/` (what auto-discovery finds).
 */
function modulePaths(doc: TomlObject | undefined, cfgPackageDir: string | undefined, parts: readonly string[]): string[] {
  const mapping = new Map<string, string>();
  for (const [key, value] of Object.entries(asTable(at(doc, 'tool', 'setuptools', 'package-dir')) ?? {})) {
    if (typeof value === 'string') mapping.set(key, value);
  }
  for (const line of (cfgPackageDir ?? '').split('\n')) {
    const eq = line.indexOf('=');
    if (eq !== -1) mapping.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const dir = (path: string) => (path === '' ? '' : `${path.replace(/\/+$/, '')}/`);
  const [top = '', ...rest] = parts;
  const own = mapping.get(top);
  const bases = own !== undefined ? [dir(own) + rest.join('/')] : (mapping.has('') ? [dir(mapping.get('') ?? '')] : ['', 'src/']).map((root) => root + parts.join('/'));
  return bases.flatMap((base) => [`${base.replace(/\/$/, '')}.py`, `${base.replace(/\/$/, '')}/__init__.py`]);
}

/** A version that comes from git tags at build time: the tool, and the setting that says so. */
function vcsTool(doc: TomlObject | undefined, dynamic: boolean): { tool: string; where: string } | undefined {
  const requires = stringList(at(doc, 'build-system', 'requires')).map((r) => r.toLowerCase());
  const requiresAny = (...names: string[]) => requires.some((r) => names.some((name) => new RegExp(`^${name}(?![\\w.-])`).test(r)));
  if (at(doc, 'tool', 'poetry-dynamic-versioning', 'enable') === true) {
    return { tool: 'poetry-dynamic-versioning', where: 'enable = true in [tool.poetry-dynamic-versioning] in pyproject.toml' };
  }
  if (!dynamic) return undefined;
  if (at(doc, 'tool', 'setuptools_scm') !== undefined) return { tool: 'setuptools-scm', where: '[tool.setuptools_scm] in pyproject.toml' };
  if (requiresAny('setuptools[-_]scm')) return { tool: 'setuptools-scm', where: 'setuptools-scm in [build-system] requires in pyproject.toml' };
  if (at(doc, 'tool', 'versioningit') !== undefined) return { tool: 'versioningit', where: '[tool.versioningit] in pyproject.toml' };
  if (requiresAny('versioningit')) return { tool: 'versioningit', where: 'versioningit in [build-system] requires in pyproject.toml' };
  if (at(doc, 'tool', 'setuptools-git-versioning', 'enabled') === true) {
    return { tool: 'setuptools-git-versioning', where: 'enabled = true in [tool.setuptools-git-versioning] in pyproject.toml' };
  }
  return undefined;
}

function notFound(files: ProjectConfigFiles, doc: TomlObject | undefined, dynamic: boolean, setupPyDetail: string | undefined): VersionLocation {
  const has = (path: string) => files.has(path);
  const project = has('pyproject.toml') || has('setup.cfg') || has('setup.py');
  const looked = [
    `pyproject.toml${has('pyproject.toml') ? '' : ' (absent)'}: [tool.semantic_release] version_toml / version_variables, [tool.commitizen], [tool.bumpversion], [tool.hatch.version], [tool.pdm.version], [tool.setuptools.dynamic], [tool.poetry].version, [project].version${dynamic ? ' (listed in dynamic, but nothing above says where it comes from)' : ''}`,
    `setup.cfg${has('setup.cfg') ? '' : ' (absent)'}: [semantic_release], [bumpversion], [metadata] version`,
    `setup.py${has('setup.py') ? '' : ' (absent)'}: setup(version=...)${setupPyDetail === undefined ? '' : ` (${setupPyDetail})`}`,
    `.bumpversion.cfg, .bumpversion.toml, .cz.toml, cz.toml, .cz.json, cz.json, .cz.yaml, cz.yaml${['.bumpversion.cfg', '.bumpversion.toml', '.cz.toml', 'cz.toml', '.cz.json', 'cz.json', '.cz.yaml', 'cz.yaml'].some(has) ? '' : ' (absent)'}`,
  ];
  const name = text(asTable(doc?.project)?.name) ?? iniOf(files, 'setup.cfg')?.sections.get('metadata')?.options.get('name')?.value ?? 'your_package';
  const module = name.replace(/[-.]+/g, '_').toLowerCase();
  return { kind: 'none', project, looked, fix: `version-files: src/${module}/__init__.py`, notes: [] };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function tryRead<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof FileError) return undefined;
    throw error;
  }
}

function isGlob(path: string): boolean {
  return /[*?[]/.test(path);
}

/** The same file and locator named twice (v7 and v8 keys side by side) is one source. */
function dedupe(sources: readonly VersionSource[]): VersionSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify([source.paths, source.locator, source.stampsTag ?? false]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
