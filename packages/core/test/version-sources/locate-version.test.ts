import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/errors.js';
import { locateVersion } from '../../src/version-sources/locate-version.js';
import type { VersionLocation } from '../../src/version-sources/locate-version.js';
import { PROJECT_CONFIG_FILES } from '../../src/version-sources/project-config.js';
import { PROJECT_NAMES, loadProject } from './projects.js';

/** The config files of a fixture project, as `readProjectConfigFiles` would give them. */
function configFiles(name: string): Map<string, string> {
  const { files } = loadProject(name);
  return new Map(PROJECT_CONFIG_FILES.filter((path) => files[path] !== undefined).map((path) => [path, files[path] ?? '']));
}

const locate = (files: Record<string, string>): VersionLocation => locateVersion(new Map(Object.entries(files)));

const EXPECTED: Readonly<Record<string, object>> = {
  'bump-my-version': {
    kind: 'files',
    tool: 'bump-my-version',
    sources: [
      { paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['tool', 'bumpversion', 'current_version'] } },
      { paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] } },
      { paths: ['src/acme/__init__.py'], locator: { kind: 'search', search: '{current_version}', replace: '{new_version}', regex: false } },
      { paths: ['README.md'], locator: { kind: 'search', search: 'acme=={current_version}', replace: 'acme=={new_version}', regex: false } },
    ],
  },
  'bumpversion-cfg': {
    kind: 'files',
    tool: 'bumpversion',
    sources: [
      { paths: ['.bumpversion.cfg'], locator: { kind: 'ini-option', section: 'bumpversion', option: 'current_version' } },
      { paths: ['setup.py'], locator: { kind: 'search', search: '{current_version}' }, origin: '[bumpversion:file:setup.py] in .bumpversion.cfg' },
      { paths: ['acme/__init__.py'], locator: { kind: 'search', search: '__version__ = "{current_version}"', replace: '__version__ = "{new_version}"' } },
    ],
  },
  'bumpversion-setup-cfg': {
    kind: 'files',
    sources: [{ paths: ['setup.cfg'], locator: { kind: 'ini-option' } }, { paths: ['acme/version.py'], locator: { kind: 'search' } }],
  },
  'commitizen-cz-toml': {
    kind: 'files',
    tool: 'commitizen',
    sources: [
      { paths: ['.cz.toml'], locator: { kind: 'toml-key', key: ['tool', 'commitizen', 'version'] } },
      { paths: ['pyproject.toml'], locator: { kind: 'lines', line: '^version' } },
    ],
  },
  'commitizen-pep621': {
    kind: 'files',
    sources: [
      { paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] } },
      { paths: ['src/acme/__init__.py'], locator: { kind: 'lines', line: '__version__' } },
      { paths: ['README.md'], locator: { kind: 'lines', line: 'pip install' } },
    ],
  },
  'commitizen-scm': { kind: 'vcs', tool: 'commitizen' },
  'commitizen-uv': {
    kind: 'files',
    sources: [
      { paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] } },
      { paths: ['uv.lock'], locator: { kind: 'uv-lock', name: 'acme-stats' }, skipIfMissing: true },
    ],
  },
  'hatch-path': { kind: 'files', tool: 'hatch', sources: [{ paths: ['src/acme/__about__.py'], locator: { kind: 'pattern', group: 'version', all: false } }] },
  'hatch-vcs': { kind: 'vcs', tool: 'hatch-vcs' },
  'no-version': { kind: 'none', project: true, fix: 'version-files: src/acme_stats/__init__.py' },
  poetry: { kind: 'files', tool: 'poetry', sources: [{ paths: ['pyproject.toml'], locator: { kind: 'by-name' } }] },
  'psr7-pyproject': {
    kind: 'files',
    tool: 'python-semantic-release',
    sources: [
      { paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['tool', 'poetry', 'version'] } },
      { paths: ['acme/__init__.py'], locator: { kind: 'variable', name: '__version__' } },
    ],
  },
  'psr7-setup-cfg': {
    kind: 'files',
    where: 'version_variable in [semantic_release] in setup.cfg',
    sources: [
      { paths: ['acme/__init__.py'], locator: { kind: 'variable', name: '__version__' } },
      { paths: ['docs/conf.py'], locator: { kind: 'variable', name: 'release' } },
    ],
  },
  'psr8-poetry': {
    kind: 'files',
    sources: [
      { paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['tool', 'poetry', 'version'] } },
      { paths: ['src/acme/__init__.py'], locator: { kind: 'variable', name: '__version__' } },
    ],
  },
  'psr9-pep621': {
    kind: 'files',
    sources: [
      { paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] }, stampsTag: false },
      { paths: ['src/acme/__init__.py'], stampsTag: false },
      { paths: ['docs/conf.py'], locator: { kind: 'variable', name: 'version' }, stampsTag: false },
      { paths: ['deploy/kustomization.yml'], locator: { kind: 'variable', name: 'newTag' }, stampsTag: true },
    ],
  },
  'setuptools-attr-cfg': {
    kind: 'files',
    tool: 'setuptools',
    sources: [{ paths: ['src/acme.py', 'src/acme/__init__.py'], locator: { kind: 'python-attribute', name: '__version__' } }],
  },
  'setuptools-dynamic': {
    kind: 'files',
    sources: [{ paths: ['src/acme.py', 'src/acme/__init__.py'], locator: { kind: 'python-attribute', name: 'VERSION' } }],
  },
};

describe('locateVersion on projects as their tools configure them', () => {
  it('has an expectation for every fixture project', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(PROJECT_NAMES);
  });

  it.each(PROJECT_NAMES)('%s', (name) => {
    const location = locateVersion(configFiles(name));
    expect(location).toMatchObject(EXPECTED[name] ?? {});
    const summaryText = location.kind === 'files' ? `${location.where} (${location.tool})` : location.kind === 'vcs' ? location.where : '';
    const expected = loadProject(name).case.expect.location ?? '';
    if (location.kind !== 'none') expect(expected).toContain(summaryText);
  });
});

describe('locateVersion: python-semantic-release', () => {
  it('takes nothing from v7 version_source = "tag_only": the tag is the release', () => {
    expect(locate({ 'pyproject.toml': '[tool.semantic_release]\nversion_source = "tag_only"\nversion_variable = "a.py:__version__"\n' })).toMatchObject({
      kind: 'vcs',
      tool: 'python-semantic-release',
      where: 'version_source = "tag_only" in [tool.semantic_release] in pyproject.toml',
    });
  });

  it('reads v7 version_pattern with {version} or a group, and v7 lists in TOML', () => {
    const location = locate({
      'pyproject.toml': '[tool.semantic_release]\nversion_variable = ["a/__init__.py:__version__", "docs/conf.py:version"]\nversion_pattern = "README.rst:VERSION {version}"\n',
    });
    expect(location).toMatchObject({
      kind: 'files',
      sources: [
        { paths: ['a/__init__.py'] },
        { paths: ['docs/conf.py'] },
        { paths: ['README.rst'], locator: { kind: 'pattern', group: 'version', all: true } },
      ],
    });
  });

  it('says when a static [project].version is not among the places the tool updates', () => {
    const location = locate({ 'pyproject.toml': '[project]\nname = "a"\nversion = "1.0"\n\n[tool.semantic_release]\nversion_variables = ["a/__init__.py:__version__"]\n' });
    expect(location.notes).toEqual([
      "pyproject.toml's [project].version (1.0) is not among the places python-semantic-release updates (version_variables in [tool.semantic_release] in pyproject.toml); it is left as it is.",
    ]);
  });

  it('counts the same place named by v7 and v8 keys once', () => {
    const location = locate({ 'pyproject.toml': '[tool.semantic_release]\nversion_variable = "a.py:__version__"\nversion_variables = ["a.py:__version__"]\n' });
    expect(location.kind === 'files' && location.sources).toHaveLength(1);
  });

  it('refuses an entry that is not path:name, naming it', () => {
    expect(() => locate({ 'pyproject.toml': '[tool.semantic_release]\nversion_toml = ["pyproject.toml"]\n' })).toThrow(
      /pyproject\.toml: version_toml entry "pyproject\.toml" is not path:name/,
    );
    expect(() => locate({ 'pyproject.toml': '[tool.semantic_release]\nversion_variables = ["a.py:v:xx"]\n' })).toThrow(FileError);
  });

  it('falls through to the build backend when PSR names no file (v8+ takes the version from tags)', () => {
    expect(locate({ 'pyproject.toml': '[project]\nname = "a"\nversion = "1.0"\n\n[tool.semantic_release]\ntag_format = "v{version}"\n' })).toMatchObject({
      kind: 'files',
      tool: 'PEP 621',
    });
  });

  it('follows the first release tool and names the others in a note', () => {
    const location = locate({
      'pyproject.toml': '[tool.semantic_release]\nversion_toml = ["pyproject.toml:project.version"]\n\n[tool.commitizen]\nversion_provider = "pep621"\n\n[project]\nname = "a"\nversion = "1.0"\n',
    });
    expect(location).toMatchObject({ kind: 'files', tool: 'python-semantic-release' });
    expect(location.notes).toEqual(["commitizen is configured too ([tool.commitizen] in pyproject.toml); python-semantic-release's settings are followed."]);
  });
});

describe('locateVersion: commitizen', () => {
  it.each([
    ['.cz.json', '{\n  "commitizen": {"version": "1.0.0", "tag_format": "v$version"}\n}\n', 'json-key'],
    ['.cz.yaml', 'commitizen:\n  version: 1.0.0\n', 'yaml-key'],
    ['cz.toml', '[tool.commitizen]\nversion = "1.0.0"\n', 'toml-key'],
  ])('keeps the default provider\'s version in %s', (file, content, kind) => {
    expect(locate({ [file]: content })).toMatchObject({ kind: 'files', tool: 'commitizen', sources: [{ paths: [file], locator: { kind } }] });
  });

  it('reads the first of its config files, as commitizen does', () => {
    expect(locate({ '.cz.toml': '[tool.commitizen]\nversion = "1.0"\n', 'pyproject.toml': '[tool.commitizen]\nversion = "2.0"\n' })).toMatchObject({
      sources: [{ paths: ['.cz.toml'] }],
    });
  });

  it('marks globs in version_files, and npm lock files as optional', () => {
    const location = locate({ 'pyproject.toml': '[tool.commitizen]\nversion_provider = "npm"\nversion_files = ["packages/*/pyproject.toml:version"]\n' });
    expect(location).toMatchObject({
      kind: 'files',
      sources: [
        { paths: ['package.json'], locator: { kind: 'json-key', key: ['version'] } },
        { paths: ['package-lock.json'], skipIfMissing: true },
        { paths: ['package-lock.json'], locator: { key: ['packages', '', 'version'] }, skipIfMissing: true, skipIfNoVersion: true },
        { paths: ['npm-shrinkwrap.json'] },
        { paths: ['npm-shrinkwrap.json'] },
        { paths: ['packages/*/pyproject.toml'], glob: { exclude: [] }, locator: { kind: 'lines', line: 'version' } },
      ],
    });
  });

  it('updates version_files from the tags with the scm provider', () => {
    expect(locate({ 'pyproject.toml': '[tool.commitizen]\nversion_provider = "scm"\nversion_files = ["VERSION"]\n' })).toMatchObject({
      kind: 'files',
      sources: [{ paths: ['VERSION'], locator: { kind: 'lines', line: undefined } }],
    });
  });

  it('refuses a provider it does not know, naming it and the fix', () => {
    expect(() => locate({ 'pyproject.toml': '[tool.commitizen]\nversion_provider = "cargo"\n' })).toThrow(
      'pyproject.toml: version_provider = "cargo" in [tool.commitizen] in pyproject.toml: version-bump does not know where that provider keeps the version; name the files in version-files',
    );
  });

  it('looks elsewhere, with a note, when the default provider has no version', () => {
    const location = locate({ 'pyproject.toml': '[tool.commitizen]\nname = "cz_conventional_commits"\n\n[project]\nname = "a"\nversion = "1.0"\n' });
    expect(location).toMatchObject({ kind: 'files', tool: 'PEP 621' });
    expect(location.notes.join('\n')).toContain('has no version');
  });
});

describe('locateVersion: bump-my-version', () => {
  it('reads globs, key_path and the ignore flags of [[tool.bumpversion.files]]', () => {
    const location = locate({
      '.bumpversion.toml': [
        '[tool.bumpversion]',
        'current_version = "1.0.0"',
        'serialize = ["{major}.{minor}.{patch}-{release}", "{major}.{minor}.{patch}"]',
        '[[tool.bumpversion.files]]',
        'glob = "pkgs/*/VERSION"',
        'glob_exclude = ["pkgs/old/VERSION"]',
        '[[tool.bumpversion.files]]',
        'filename = "chart.yaml"',
        'key_path = "appVersion"',
        'ignore_missing_file = true',
        '[[tool.bumpversion.files]]',
        'filename = "notes.txt"',
        'regex = true',
        'search = "^release {current_version}$"',
        'ignore_missing_version = true',
        '',
      ].join('\n'),
    });
    expect(location).toMatchObject({
      kind: 'files',
      sources: [
        { paths: ['.bumpversion.toml'], locator: { kind: 'toml-key' } },
        { paths: ['pkgs/*/VERSION'], glob: { exclude: ['pkgs/old/VERSION'] }, locator: { kind: 'search' } },
        { paths: ['chart.yaml'], locator: { kind: 'yaml-key', key: ['appVersion'] }, skipIfMissing: true },
        { paths: ['notes.txt'], locator: { kind: 'search', regex: true }, skipIfNoVersion: true },
      ],
    });
    expect(location.notes).toEqual(["bump-my-version's parse / serialize ([tool.bumpversion] in .bumpversion.toml) are not followed: the version is written as version-scheme says."]);
  });

  it('reads [bumpversion:glob:…] sections and multi-line search values', () => {
    const location = locate({
      '.bumpversion.cfg': '[bumpversion]\ncurrent_version = 1.0.0\n\n[bumpversion:glob:docs/*.rst]\nsearch =\n  version\n  {current_version}\n',
    });
    expect(location).toMatchObject({ sources: [{}, { paths: ['docs/*.rst'], glob: { exclude: [] }, locator: { kind: 'search', search: '\nversion\n{current_version}' } }] });
  });

  it('refuses key_path on a file that is not data', () => {
    expect(() => locate({ 'pyproject.toml': '[tool.bumpversion]\ncurrent_version = "1"\n[[tool.bumpversion.files]]\nfilename = "a.py"\nkey_path = "x"\n' })).toThrow(/key_path works on TOML, JSON and YAML files, not a\.py/);
  });
});

describe('locateVersion: build backends', () => {
  const dynamic = (tables: string, requires = '"setuptools"') => `[build-system]\nrequires = [${requires}]\n\n[project]\nname = "acme"\ndynamic = ["version"]\n\n${tables}`;

  it.each([
    ['setuptools-scm in requires', dynamic('', '"setuptools>=64", "setuptools_scm[toml]>=8"'), 'setuptools-scm'],
    ['[tool.setuptools_scm]', dynamic('[tool.setuptools_scm]\nversion_file = "src/acme/_version.py"\n'), 'setuptools-scm'],
    ['versioningit', dynamic('[tool.versioningit]\n'), 'versioningit'],
    ['versioningit in requires', dynamic('', '"setuptools", "versioningit"'), 'versioningit'],
    ['pdm scm', dynamic('[tool.pdm.version]\nsource = "scm"\n'), 'pdm-backend'],
    ['setuptools-git-versioning', dynamic('[tool.setuptools-git-versioning]\nenabled = true\n'), 'setuptools-git-versioning'],
    ['poetry-dynamic-versioning', '[tool.poetry]\nname = "acme"\nversion = "0.0.0"\n\n[tool.poetry-dynamic-versioning]\nenable = true\n', 'poetry-dynamic-versioning'],
  ])('takes a version from git tags: %s', (_name, pyproject, tool) => {
    expect(locate({ 'pyproject.toml': pyproject })).toMatchObject({ kind: 'vcs', tool });
  });

  it('does not take setuptools-scm in requires for a static version', () => {
    expect(locate({ 'pyproject.toml': '[build-system]\nrequires = ["setuptools-scm"]\n\n[project]\nname = "a"\nversion = "1.0"\n' })).toMatchObject({ kind: 'files', tool: 'PEP 621' });
  });

  it('reads hatch\'s own pattern, and refuses the code and env sources', () => {
    const custom = locate({ 'pyproject.toml': dynamic('[tool.hatch.version]\npath = "acme.py"\npattern = "BUILD = \'(?P<version>[^\']+)\'"\n') });
    expect(custom).toMatchObject({ sources: [{ paths: ['acme.py'], locator: { kind: 'pattern', pattern: "BUILD = '(?P<version>[^']+)'", field: "hatch's pattern" } }] });
    expect(() => locate({ 'pyproject.toml': dynamic('[tool.hatch.version]\nsource = "code"\npath = "v.py"\n') })).toThrow(/source = "code" .* name the file in version-files/);
  });

  it('reads pdm-backend\'s file source as __version__', () => {
    expect(locate({ 'pyproject.toml': dynamic('[tool.pdm.version]\nsource = "file"\npath = "src/acme/__init__.py"\n') })).toMatchObject({
      tool: 'pdm-backend',
      sources: [{ paths: ['src/acme/__init__.py'], locator: { kind: 'python-attribute', name: '__version__' } }],
    });
  });

  it('follows setuptools\' package-dir for attr:, and file:', () => {
    const own = locate({ 'pyproject.toml': dynamic('[tool.setuptools]\npackage-dir = {acme = "lib/acme"}\n\n[tool.setuptools.dynamic]\nversion = {attr = "acme.about.VERSION"}\n') });
    expect(own).toMatchObject({ sources: [{ paths: ['lib/acme/about.py', 'lib/acme/about/__init__.py'], locator: { name: 'VERSION' } }] });
    const file = locate({ 'pyproject.toml': dynamic('[tool.setuptools.dynamic]\nversion = {file = ["src/VERSION"]}\n') });
    expect(file).toMatchObject({ tool: 'setuptools', sources: [{ paths: ['src/VERSION'], locator: { kind: 'whole-file' } }] });
    expect(locate({ 'setup.cfg': '[metadata]\nversion = file: VERSION.txt\n' })).toMatchObject({ sources: [{ paths: ['VERSION.txt'], locator: { kind: 'whole-file' } }] });
    expect(() => locate({ 'setup.cfg': '[metadata]\nversion = attr: VERSION\n' })).toThrow(/must name a module and an attribute/);
  });

  it('finds flit\'s module at the root or in src/', () => {
    const location = locate({ 'pyproject.toml': '[build-system]\nrequires = ["flit_core>=3.4"]\nbuild-backend = "flit_core.buildapi"\n\n[project]\nname = "acme-stats"\ndynamic = ["version", "description"]\n' });
    expect(location).toMatchObject({
      tool: 'flit',
      sources: [{ paths: ['acme_stats/__init__.py', 'acme_stats.py', 'src/acme_stats/__init__.py', 'src/acme_stats.py'], locator: { kind: 'python-attribute', name: '__version__' } }],
    });
  });

  it('falls back to setup.cfg and setup.py, and says when setup.py computes its version', () => {
    expect(locate({ 'setup.cfg': '[metadata]\nname = a\nversion = 1.0\n', 'setup.py': 'from setuptools import setup\nsetup()\n' })).toMatchObject({ tool: 'setuptools', where: '[metadata] version in setup.cfg' });
    expect(locate({ 'setup.py': 'from setuptools import setup\nsetup(name="a", version="1.0")\n' })).toMatchObject({ where: 'setup(version=...) in setup.py' });
    const computed = locate({ 'setup.py': 'from setuptools import setup\nfrom acme import __version__\nsetup(name="acme", version=__version__)\n' });
    expect(computed).toMatchObject({ kind: 'none', project: true, fix: 'version-files: src/your_package/__init__.py' });
    expect(computed.kind === 'none' && computed.looked.join('\n')).toContain('setup(version=__version__) at line 3: the version comes from code');
  });

  it('names no place when there is no Python project at all', () => {
    expect(locate({})).toMatchObject({ kind: 'none', project: false });
  });

  it('fails on a config file that does not parse, with its line', () => {
    expect(() => locate({ 'pyproject.toml': '[tool.semantic_release\n' })).toThrow(/pyproject\.toml:1: not valid TOML/);
    expect(() => locate({ '.cz.json': '{"commitizen": ' })).toThrow(/\.cz\.json: not valid JSON/);
  });
});
