import { describe, expect, it } from 'vitest';
import { parseIni } from '../../src/updaters/ini-document.js';
import { iniOptionUpdater } from '../../src/updaters/ini-option.js';
import { jsonKeyUpdater } from '../../src/updaters/package-json.js';
import { pythonAttributeUpdater } from '../../src/updaters/python-version-attribute.js';
import { tomlKeyUpdater } from '../../src/updaters/toml-key.js';
import { uvLockUpdater } from '../../src/updaters/uv-lock.js';
import { versionSearchUpdater } from '../../src/updaters/version-search.js';
import { yamlKeyUpdater } from '../../src/updaters/yaml-key.js';
import { catchFileError, lineEndingVariants } from './fixture-variants.js';

describe('parseIni', () => {
  it('reads sections, case-insensitive keys, continuation lines and comments as configparser does', () => {
    const doc = parseIni('[bumpversion]\nCurrent_Version = 1.0\n# a comment\n\n[bumpversion:file:a.py]\nsearch =\n    x = "{current_version}"\n\n    y\nreplace: z\n', 'f.cfg');
    expect([...doc.sections.keys()]).toEqual(['bumpversion', 'bumpversion:file:a.py']);
    expect(doc.sections.get('bumpversion')?.options.get('current_version')).toMatchObject({ value: '1.0', line: 2, continued: false });
    expect(doc.sections.get('bumpversion:file:a.py')?.options.get('search')).toMatchObject({ value: '\nx = "{current_version}"\n\ny', continued: true });
    expect(doc.sections.get('bumpversion:file:a.py')?.options.get('replace')?.value).toBe('z');
  });

  it('refuses a key given twice in a section (configparser strict mode), with both lines', () => {
    expect(catchFileError(() => parseIni('[a]\nx = 1\ny = 2\nX = 3\n', 'f.cfg'))).toMatchObject({ line: 4, problem: 'x is set twice in [a] (lines 2 and 4)' });
  });
});

describe('key updaters: only the value changes', () => {
  it.each(lineEndingVariants('[tool.bumpversion]\ncurrent_version = "1.2.3"  # kept\n\n[[tool.bumpversion.files]]\nfilename = "a.py"\n'))('TOML key path ($name)', ({ content }) => {
    const updater = tomlKeyUpdater(['tool', 'bumpversion', 'current_version']);
    expect(updater.readVersion(content, 'p.toml')).toMatchObject({ field: '[tool.bumpversion].current_version', span: { value: '1.2.3', line: 2 } });
    expect(updater.updateContent(content, '1.3.0', 'p.toml')).toBe(content.replace('"1.2.3"', '"1.3.0"'));
  });

  it('TOML: a missing or non-string key is an error naming it', () => {
    expect(catchFileError(() => tomlKeyUpdater(['tool', 'commitizen', 'version']).readVersion('[tool.commitizen]\nname = "x"\n', 'c.toml')).problem).toBe('no version found: [tool.commitizen].version is not set');
    expect(catchFileError(() => tomlKeyUpdater(['project', 'version']).readVersion('[project]\nversion = 1\n', 'p.toml'))).toMatchObject({ line: 2, problem: '[project].version must be a string' });
  });

  it.each(lineEndingVariants('[bumpversion]\ncurrent_version = 0.9.2\ncommit = True\n'))('INI option ($name)', ({ content }) => {
    const updater = iniOptionUpdater('bumpversion', 'current_version');
    expect(updater.updateContent(content, '0.10.0', '.bumpversion.cfg')).toBe(content.replace('0.9.2', '0.10.0'));
  });

  it('JSON nested key path, never the same key elsewhere', () => {
    const content = '{\n  "name": "x",\n  "version": "1.0.0",\n  "packages": {\n    "": { "name": "x", "version": "1.0.0" },\n    "node_modules/y": { "version": "1.0.0" }\n  }\n}\n';
    const out = jsonKeyUpdater(['packages', '', 'version']).updateContent(content, '1.1.0', 'package-lock.json');
    expect(out).toBe(content.replace('{ "name": "x", "version": "1.0.0" }', '{ "name": "x", "version": "1.1.0" }'));
    expect(catchFileError(() => jsonKeyUpdater(['commitizen', 'version']).readVersion('{"commitizen": {}}', '.cz.json')).problem).toBe('no version found: expected "commitizen"."version"');
  });

  it.each(lineEndingVariants('commitizen:\n  name: cz_conventional_commits\n  version: 1.2.3 # kept\n  tag_format: v$version\n'))('YAML plain scalar ($name)', ({ content }) => {
    expect(yamlKeyUpdater(['commitizen', 'version']).updateContent(content, '1.3.0', '.cz.yaml')).toBe(content.replace('1.2.3', '1.3.0'));
  });

  it('YAML quoted scalar; block scalars refused', () => {
    expect(yamlKeyUpdater(['commitizen', 'version']).updateContent("commitizen: {version: '1.2.3'}\n", '2.0.0', 'c.yaml')).toBe("commitizen: {version: '2.0.0'}\n");
    expect(catchFileError(() => yamlKeyUpdater(['v']).readVersion('v: |\n  1.0\n', 'c.yaml')).problem).toMatch(/one-line value/);
    expect(catchFileError(() => yamlKeyUpdater(['v']).readVersion('v: [1\n', 'c.yaml')).problem).toMatch(/not valid YAML/);
  });

  it("uv.lock: the project's own [[package]], found by its normalized name", () => {
    const lock = 'version = 1\n\n[[package]]\nname = "anyio"\nversion = "4.4.0"\n\n[[package]]\nname = "acme-stats"\nversion = "1.4.0"\nsource = { editable = "." }\n\n[package.metadata]\nrequires-dist = []\n';
    expect(uvLockUpdater('Acme_Stats').updateContent(lock, '1.5.0', 'uv.lock')).toBe(lock.replace('version = "1.4.0"', 'version = "1.5.0"'));
    expect(catchFileError(() => uvLockUpdater('other').readVersion(lock, 'uv.lock')).problem).toBe('no version found: no [[package]] named other');
  });

  it("any module attribute, as setuptools' attr: names it", () => {
    const content = 'VERSION = "1.0.0"\n__version__ = VERSION\n';
    expect(pythonAttributeUpdater('VERSION').updateContent(content, '1.1.0', 'a.py')).toBe('VERSION = "1.1.0"\n__version__ = VERSION\n');
    expect(pythonAttributeUpdater('__version__').readVersion(content, 'a.py')).toMatchObject({ kind: 'dynamic' });
  });
});

describe("searching for the current version, as commitizen and bump-my-version do", () => {
  it("commitizen's version_files: every occurrence on the lines the regex matches", () => {
    const content = '# 0.7.2\n\n    pip install acme==0.7.2 # 0.7.2\r\nDocs for 0.7.2.\n';
    const updater = versionSearchUpdater({ kind: 'lines', line: /pip install/, field: 'lines matching pip install' }, '0.7.2');
    expect(updater.readVersion(content, 'README.md')).toMatchObject({ spans: [{ line: 3 }, { line: 3 }] });
    expect(updater.updateContent(content, '0.8.0', 'README.md')).toBe('# 0.7.2\n\n    pip install acme==0.8.0 # 0.8.0\r\nDocs for 0.7.2.\n');
    const everyLine = versionSearchUpdater({ kind: 'lines', line: undefined, field: 'lines with the version' }, '0.7.2');
    expect(everyLine.updateContent(content, '0.8.0', 'README.md')).toBe(content.replaceAll('0.7.2', '0.8.0'));
  });

  it("bump-my-version's search and replace templates, {{ }} escapes, and regex search", () => {
    const search = versionSearchUpdater({ kind: 'search', search: 'version = "{current_version}" {{x}}', replace: 'version = "{new_version}" {{x}}', regex: false, field: 's' }, '1.0');
    expect(search.updateContent('version = "1.0" {x}\nversion = "1.0"\n', '1.1', 'a')).toBe('version = "1.1" {x}\nversion = "1.0"\n');
    const regex = versionSearchUpdater({ kind: 'search', search: '^release (?P<v>{current_version})$', replace: 'release {new_version}', regex: true, field: 's' }, '1.0');
    expect(regex.updateContent('release 1.0\nrelease 1.0.1\nrelease 1x0\n', '1.1', 'a')).toBe('release 1.1\nrelease 1.0.1\nrelease 1x0\n');
  });

  it('fails when the current version is not there, or a template key is not known', () => {
    const updater = versionSearchUpdater({ kind: 'search', search: '{current_version}', replace: '{new_version}', regex: false, field: 's' }, '9.9');
    expect(catchFileError(() => updater.readVersion('1.0\n', 'a.py')).problem).toBe('the current version 9.9 is not found (s)');
    const dated = versionSearchUpdater({ kind: 'search', search: '{current_version}', replace: '{new_version} ({now:%Y})', regex: false, field: 's' }, '1.0');
    expect(catchFileError(() => dated.updateContent('1.0', '1.1', 'a')).problem).toMatch(/uses \{now:%Y\}, which version-bump does not fill/);
  });
});
