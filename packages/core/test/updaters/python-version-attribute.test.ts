import { describe, expect, it } from 'vitest';
import { pythonVersionAttributeUpdater as updater } from '../../src/updaters/python-version-attribute.js';
import { catchFileError, lineEndingVariants, loadFixture } from './fixture-variants.js';

const PATH = 'src/acme/__init__.py';

describe('__version__ in a Python module', () => {
  const fixture = loadFixture('__init__.py');

  it('reads the annotated module-level assignment, not the docstring or a local', () => {
    expect(updater.readVersion(fixture, PATH)).toMatchObject({ kind: 'found', field: '__version__', span: { value: '1.4.0rc1', line: 8 } });
  });

  it.each(lineEndingVariants(fixture))('changes only the version bytes ($name)', ({ content }) => {
    const out = updater.updateContent(content, '1.4.0', PATH);
    expect(out).toBe(content.replace('__version__: str = "1.4.0rc1"', '__version__: str = "1.4.0"'));
    expect(out).toContain('__version__ = "9.9.9"');
    expect(out).toContain('>>> __version__ = "0.0.0"');
    expect(out.startsWith('\uFEFF')).toBe(content.startsWith('\uFEFF'));
  });

  it.each([
    ['double quotes', '__version__ = "1.0"\n', 1],
    ['single quotes and a comment', "# comment\n__version__='1.0'  # bumped\n", 2],
    ['Final annotation', 'from typing import Final\n__version__: Final[str] = "1.0"\n', 2],
    ['setuptools-scm chained target', "__version__ = version = '1.0'\n__version_tuple__ = (1, 0)\n", 1],
    ['after a multi-line docstring with an assignment inside', '"""\n__version__ = "0"\n"""\n__version__ = "1.0"\n', 4],
    ['followed by a semicolon statement', '__version__ = "1.0"; __author__ = "me"\n', 1],
  ])('finds the version: %s', (_name, content, line) => {
    expect(updater.readVersion(content, PATH)).toMatchObject({ kind: 'found', span: { value: '1.0', line } });
    expect(updater.updateContent(content, '1.0.post1', PATH)).toBe(content.replace(/(["'])1\.0\1/, '$11.0.post1$1'));
  });

  it('does not take __version_info__ or names that contain __version__', () => {
    const content = '__version_info__ = (1, 0)\nmy__version__ = "0"\n__version__ = "1.0"\n';
    expect(updater.readVersion(content, PATH)).toMatchObject({ span: { value: '1.0', line: 3 } });
  });

  it('reports a computed __version__ as dynamic', () => {
    const content = 'from importlib.metadata import version\n\n__version__ = version("acme")\n';
    expect(updater.readVersion(content, PATH)).toEqual({
      kind: 'dynamic',
      detail: '__version__ = version("acme") at line 3: the version comes from code, not a literal',
    });
  });

  it.each([
    ['no assignment', 'VERSION = "1.0"\n', undefined, /no version found: expected a module-level __version__/],
    ['only indented assignments', 'try:\n    __version__ = "1.0"\nexcept ImportError:\n    pass\n', undefined, /no version found/],
    ['only an annotation', '__version__: str\n', undefined, /no version found/],
    ['assigned twice', '__version__ = "1.0"\nx = 1\n__version__ = "1.1"\n', 3, /more than once at module level \(lines 1 and 3\)/],
    ['unterminated triple-quoted string', '__version__ = "1.0"\n\n"""docstring\n', 3, /unterminated string literal/],
    ['escaped version', "__version__ = '1\\x2e0'\n", 1, /backslash escapes/],
  ])('fails with the line: %s', (_name, content, line, problem) => {
    const error = catchFileError(() => updater.readVersion(content, PATH));
    expect(error.path).toBe(PATH);
    expect(error.line).toBe(line);
    expect(error.problem).toMatch(problem);
  });
});
