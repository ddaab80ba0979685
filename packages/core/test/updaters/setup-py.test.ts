import { describe, expect, it } from 'vitest';
import { setupPyUpdater as updater } from '../../src/updaters/setup-py.js';
import { catchFileError, lineEndingVariants, loadFixture } from './fixture-variants.js';

const PATH = 'setup.py';

describe('setup.py', () => {
  const fixture = loadFixture('setup.py');

  it('reads version= of a multi-line setuptools.setup(...) call, not docstrings, comments or nested calls', () => {
    const result = updater.readVersion(fixture, PATH);
    expect(result).toMatchObject({ kind: 'found', field: 'setup(version=...)', span: { value: '3.2.1', line: 15 } });
  });

  it.each(lineEndingVariants(fixture))('changes only the version bytes, keeping single quotes ($name)', ({ content }) => {
    const out = updater.updateContent(content, '3.3.0', PATH);
    expect(out).toBe(content.replace("version='3.2.1'", "version='3.3.0'"));
    expect(out).toContain('setup(version="0.0.0")');
    expect(out.startsWith('\uFEFF')).toBe(content.startsWith('\uFEFF'));
  });

  it.each([
    ['one line, double quotes', 'from setuptools import setup\nsetup(name="x", version="1.0")\n', 2],
    ['first argument', 'setup(version = "1.0", name="x")\n', 1],
    ['u prefix', "setup(\n    version=u'1.0',\n)\n", 2],
    ['after a backslash continuation', 'setup(name="x", \\\n      version="1.0")\n', 2],
    ['after escaped quotes', 'setup(description=\'it\\\'s "version=0"\', version="1.0")\n', 1],
    ['def setup() elsewhere', 'def setup(version="0"):\n    pass\n\nsetup(version="1.0")\n', 4],
  ])('finds the version: %s', (_name, content, line) => {
    expect(updater.readVersion(content, PATH)).toMatchObject({ kind: 'found', span: { value: '1.0', line } });
    expect(updater.updateContent(content, '1.0.1', PATH)).toBe(content.replace(/version( ?)=( ?)(u?)(["'])1\.0/, 'version$1=$2$3$41.0.1'));
  });

  it.each([
    ['a name', 'from pkg import __version__\nsetup(\n    name="x",\n    version=__version__,\n)\n', 'setup(version=__version__) at line 4'],
    ['a call', 'setup(version=get_version("pkg/__init__.py"), name="x")', 'setup(version=get_version("pkg/__init__.py")) at line 1'],
    ['an f-string', 'setup(version=f"{MAJOR}.{MINOR}")', 'setup(version=f"{MAJOR}.{MINOR}") at line 1'],
    ['implicit concatenation', 'setup(version="1." "0")', 'setup(version="1." "0") at line 1'],
  ])('reports a non-literal version as dynamic: %s', (_name, content, where) => {
    expect(updater.readVersion(content, PATH)).toEqual({
      kind: 'dynamic',
      detail: `${where}: the version comes from code, not a literal`,
    });
  });

  it.each([
    ['no setup call', 'print("hello")\n# setup(version="1")\n', undefined, /no setup\(\.\.\.\) call/],
    ['no version argument', 'import setuptools\n\nsetuptools.setup(\n    name="x",\n    python_requires=">=3.9",\n)\n', 3, /no version= argument/],
    ['unterminated string', 'setup(\n    name="x,\n)\n', 2, /unterminated string literal/],
    ['escaped version', 'setup(version="1.0\\x2e1")\n', 1, /backslash escapes/],
    ['empty version', 'setup(\n\n  version="",\n)\n', 3, /empty string/],
  ])('fails with the line: %s', (_name, content, line, problem) => {
    const error = catchFileError(() => updater.readVersion(content, PATH));
    expect(error.path).toBe(PATH);
    expect(error.line).toBe(line);
    expect(error.problem).toMatch(problem);
  });
});
