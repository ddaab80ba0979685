import { describe, expect, it } from 'vitest';
import { VersionError } from '../../src/errors.js';
import { pyprojectTomlUpdater as updater } from '../../src/updaters/pyproject-toml.js';
import { catchFileError, lineEndingVariants, loadFixture } from './fixture-variants.js';

const PATH = 'pkg/pyproject.toml';

function found(content: string): { value: string; line: number; field: string } {
  const result = updater.readVersion(content, PATH);
  if (result.kind !== 'found') throw new Error(`expected found, got ${result.detail}`);
  expect(content.slice(result.span.start, result.span.end)).toBe(result.span.value);
  return { value: result.span.value, line: result.span.line, field: result.field };
}

describe('pyproject.toml: realistic files', () => {
  const setuptools = loadFixture('setuptools-pyproject.toml');

  it('reads [project].version past comments, a multi-line string, [tool.bumpversion] and [[arrays]]', () => {
    expect(found(setuptools)).toEqual({ value: '1.4.0rc1', line: 12, field: '[project].version' });
  });

  it.each(lineEndingVariants(setuptools))('changes only the version bytes ($name)', ({ content }) => {
    const out = updater.updateContent(content, '1.4.0', PATH);
    expect(out).toBe(content.replace('version   =   "1.4.0rc1"', 'version   =   "1.4.0"'));
    expect(out.startsWith('\uFEFF')).toBe(content.startsWith('\uFEFF'));
    expect(out.split('\r\n').length).toBe(content.split('\r\n').length);
    expect(out).toContain('current_version = "1.4.0rc1"');
    expect(found(out).value).toBe('1.4.0');
  });

  it.each(lineEndingVariants(loadFixture('poetry-pyproject.toml')))(
    'reads and updates a Poetry 1 [tool.poetry].version, keeping literal quotes ($name)',
    ({ content }) => {
      expect(found(content)).toEqual({ value: '0.9.3', line: 3, field: '[tool.poetry].version' });
      const out = updater.updateContent(content, '0.10.0', PATH);
      expect(out).toBe(content.replace("version = '0.9.3'", "version = '0.10.0'"));
      expect(out).toContain('click = { version = "^8.1", optional = false }');
    },
  );

  it.each(lineEndingVariants(loadFixture('hatch-vcs-pyproject.toml')))(
    'reports a multi-line dynamic = [..., "version"] as dynamic, naming hatch-vcs ($name)',
    ({ content }) => {
      expect(updater.readVersion(content, PATH)).toEqual({
        kind: 'dynamic',
        detail: 'dynamic = ["version"] in [project]: hatch-vcs derives it from the git tag',
      });
      const error = catchFileError(() => updater.updateContent(content, '2.0.0', PATH));
      expect(error.path).toBe(PATH);
      expect(error.problem).toMatch(/not written in this file: dynamic/);
    },
  );
});

describe('pyproject.toml: key forms', () => {
  it.each([
    ['quoted key', '[project]\nname = "x"\n"version" = "1.0"\n', 3],
    ['literal quoted key', "[project]\n'version'='1.0'\n", 2],
    ['top-level dotted key', 'project.name = "x"\nproject.version = "1.0" # note\n', 2],
    ['dotted key with spaces', 'project . version = "1.0"\n', 1],
    ['inline table', 'project = { name = "x", version = "1.0" }\n', 1],
    ['[tool] with poetry.version', '[tool]\npoetry.name = "x"\npoetry.version = "1.0"\n', 3],
    ['header with quoted parts', '[ "tool" . poetry ]\nversion = "1.0"\n', 2],
    ['tabs around =', '[project]\nversion\t=\t"1.0"\t\n', 2],
  ])('finds the version: %s', (_name, content, line) => {
    expect(found(content)).toMatchObject({ value: '1.0', line });
    const out = updater.updateContent(content, '1.1.dev0', PATH);
    expect(out).toBe(content.replace('1.0', '1.1.dev0'));
  });

  it('prefers [project].version over [tool.poetry].version', () => {
    const content = '[tool.poetry]\nversion = "0.1"\n\n[project]\nversion = "0.2"\n';
    expect(found(content)).toEqual({ value: '0.2', line: 5, field: '[project].version' });
  });

  it('takes [tool.poetry].version when [project] lists version as dynamic (Poetry 2)', () => {
    const content = '[project]\nname = "x"\ndynamic = ["version"]\n\n[tool.poetry]\nversion = "2.3.4"\n';
    expect(found(content)).toEqual({ value: '2.3.4', line: 6, field: '[tool.poetry].version' });
  });

  it('ignores version in [project.urls], [[tool.x]] and multi-line literal strings', () => {
    const content = [
      "[project]",
      "name = '''",
      'version = "6.6.6"',
      "'''",
      '[project.urls]',
      'version = "https://example.com"',
      '[[project.x]]',
      'version = "7.7.7"',
      '[tool.poetry]',
      'version = "1.0"',
    ].join('\n');
    expect(found(content)).toEqual({ value: '1.0', line: 10, field: '[tool.poetry].version' });
  });

  it('skips strings ending in extra quotes and backslash escapes correctly', () => {
    const content = '[project]\nname = """a""""" \ndescription = "say \\"version = \\"0\\""\nversion = "1.0"\n';
    expect(found(content)).toMatchObject({ value: '1.0', line: 4 });
  });
});

describe('pyproject.toml: dynamic versions', () => {
  it.each([
    ['[tool.setuptools.dynamic]\nversion = { attr = "pkg.__version__" }\n', 'setuptools reads it from attr: pkg.__version__'],
    ['[tool.setuptools.dynamic]\nversion = { file = "VERSION" }\n', 'setuptools reads it from file: VERSION'],
    ['[tool.setuptools_scm]\n', 'setuptools-scm derives it from the git tag'],
    ['[tool.hatch.version]\npath = "src/pkg/__about__.py"\n', 'hatch reads it from src/pkg/__about__.py'],
    ['[tool.pdm.version]\nsource = "scm"\n', 'pdm-backend derives it from the git tag'],
  ])('names the source of a dynamic version: %s', (tail, source) => {
    const content = `[project]\nname = "x"\ndynamic = ['version']\n\n${tail}`;
    expect(updater.readVersion(content, PATH)).toEqual({ kind: 'dynamic', detail: `dynamic = ["version"] in [project]: ${source}` });
  });

  it('treats poetry-dynamic-versioning as dynamic even with a placeholder version', () => {
    const content = '[tool.poetry]\nversion = "0.0.0"\n\n[tool.poetry-dynamic-versioning]\nenable = true\n';
    expect(updater.readVersion(content, PATH)).toEqual({
      kind: 'dynamic',
      detail: '[tool.poetry-dynamic-versioning] enable = true: poetry-dynamic-versioning sets it from the git tag',
    });
  });
});

describe('pyproject.toml: errors name the file and line', () => {
  it.each([
    ['TOML syntax error (smol-toml line)', '[project]\r\nname = "x"\r\nversion = 1.2.3\r\n', 3, /not valid TOML/],
    ['unterminated multi-line string', '[project]\nversion = "1"\ndescription = """\nnever closed\n', 3, /not valid TOML/],
    ['duplicate table', '[project]\nversion = "1"\n[project]\n', 3, /not valid TOML/],
    ['static and dynamic', '[project]\ndynamic = ["version"]\nversion = "1.0"\n', 3, /PEP 621 forbids both/],
    ['not a string', '[project]\nversion = 1\n', 2, /must be a string/],
    ['poetry version not a string', '[tool.poetry]\n\nversion = [1]\n', 3, /\[tool.poetry\].version must be a string/],
    ['escape sequence', '[project]\n\nversion = "1.0\\u002e1"\n', 3, /escape sequences; write it plainly as "1.0.1"/],
    ['multi-line string', '[project]\nversion = """1.0"""\n', 2, /one-line string/],
    ['empty', '[project]\nversion = ""\n', 2, /is empty/],
  ])('%s', (_name, content, line, problem) => {
    const error = catchFileError(() => updater.readVersion(content, PATH));
    expect(error.path).toBe(PATH);
    expect(error.line).toBe(line);
    expect(error.problem).toMatch(problem);
  });

  it('says which keys it looked for when there is no version', () => {
    const error = catchFileError(() => updater.readVersion('[project]\nname = "x"\n[tool.bumpversion]\nversion = "1"\n', PATH));
    expect(error.message).toBe(`${PATH}: no version found: expected [project].version or [tool.poetry].version`);
    expect(error.line).toBeUndefined();
  });

  it('refuses a new version that would break the string', () => {
    expect(() => updater.updateContent('[project]\nversion = "1.0"\n', '1.1" # x', PATH)).toThrow(VersionError);
  });
});
