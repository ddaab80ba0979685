import { describe, expect, it } from 'vitest';
import { PythonRegexError, compilePythonRegex } from '../../src/updaters/python-regex.js';
import { compileVersionPattern, versionPatternUpdater, versionVariablePattern } from '../../src/updaters/version-pattern.js';
import { catchFileError, lineEndingVariants } from './fixture-variants.js';

describe('compilePythonRegex', () => {
  it.each([
    ['(?i)^(__version__|VERSION) *= *([\'"])v?(?P<version>.+?)\\2', 'VERSION = "v1.2"', '1.2'],
    ['(?P<q>[\'"])(?P<version>[\\d.]+)(?P=q)', "x = '3.4'", '3.4'],
    ['\\Aversion: (?P<version>\\S+)\\Z', 'version: 5', '5'],
    ['[]x](?P<version>\\d)', ']7', '7'],
  ])('runs %s as Python does', (pattern, text, version) => {
    expect(compilePythonRegex(pattern).exec(text)?.groups?.version).toBe(version);
  });

  it('keeps \\A and \\Z to the whole text, not a line', () => {
    expect(compilePythonRegex('\\Ab', 'm').test('a\nb')).toBe(false);
  });

  it.each(['(?x) a b', '(?i:a)b', '(?(1)a|b)', '(unclosed'])('refuses %s', (pattern) => {
    expect(() => compilePythonRegex(pattern)).toThrow(PythonRegexError);
  });
});

describe("python-semantic-release's version_variables pattern", () => {
  const update = (content: string, name: string, version = '2.0.0', prefix = '') => versionPatternUpdater(versionVariablePattern(name, prefix)).updateContent(content, version, 'f');

  it.each([
    ['version = "1.2.3"', 'version', 'version = "2.0.0"'],
    ["__version__='1.2.3'  # bumped", '__version__', "__version__='2.0.0'  # bumped"],
    ['version: 1.2.3\n', 'version', 'version: 2.0.0\n'],
    ['{"version": "1.2.3", "name": "x"}', 'version', '{"version": "2.0.0", "name": "x"}'],
    ['pkg version@1.2.3', 'version', 'pkg version@2.0.0'],
    ['if (version := "1.2.3"):', 'version', 'if (version := "2.0.0"):'],
    ['version        =    \'1.0.0rc1\'', 'version', "version        =    '2.0.0'"],
    ['"version" = \'1.2.3\'', 'version', '"version" = \'2.0.0\''],
  ])('rewrites %s', (content, name, expected) => {
    expect(update(content, name)).toBe(expected);
  });

  it('rewrites every match and leaves names that only end the same alone', () => {
    const content = 'my_version = "0.1.0"\n__version__ = "1.2.3"\nx.__version__ = "0.0.1"\n# __version__ = "1.2.3"\n';
    expect(update(content, '__version__')).toBe('my_version = "0.1.0"\n__version__ = "2.0.0"\nx.__version__ = "0.0.1"\n# __version__ = "2.0.0"\n');
  });

  it('keeps the tag prefix in a tag-format place (:tf), and every other byte', () => {
    for (const { content } of lineEndingVariants('images:\n  - name: acme\n    newTag: v0.9.0\n')) {
      expect(update(content, 'newTag', 'v1.0.0', 'v')).toBe(content.replace('v0.9.0', 'v1.0.0'));
    }
  });

  it('does not take text that is not a version', () => {
    expect(catchFileError(() => update('version = "latest"\n', 'version')).problem).toMatch(/nothing matches version/);
  });
});

describe('compileVersionPattern', () => {
  it("reads hatch's default pattern: the first match only", () => {
    const pattern = compileVersionPattern(String.raw`(?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2`, { flags: 'm', group: 'version', all: false, field: 'hatch', where: 'pyproject.toml' });
    const updater = versionPatternUpdater(pattern);
    const content = '"""Docs."""\n__version__ = "v1.0.0"\nVERSION = "1.0.0"\n';
    expect(updater.readVersion(content, 'a.py')).toMatchObject({ span: { value: '1.0.0', line: 2 } });
    expect(updater.updateContent(content, '1.1.0', 'a.py')).toBe('"""Docs."""\n__version__ = "v1.1.0"\nVERSION = "1.0.0"\n');
  });

  it('names where a pattern was configured when it cannot run or has no group', () => {
    expect(() => compileVersionPattern('(?x)a', { group: 'version', all: false, field: 'f', where: 'pyproject.toml' })).toThrow(/^pyproject\.toml: the pattern "\(\?x\)a": the inline flag \(\?x\)/);
    expect(() => compileVersionPattern('version = (\\d+)', { group: 'version', all: false, field: 'f', where: 'pyproject.toml' })).toThrow(/has no group named version/);
    expect(compileVersionPattern('version = (\\d+)', { group: 1, all: true, field: 'f', where: 'x' }).regex.source).toBe('version = (\\d+)');
  });
});
