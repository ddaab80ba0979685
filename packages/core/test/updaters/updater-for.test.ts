import { describe, expect, it } from 'vitest';
import { updaterFor } from '../../src/updaters/index.js';
import { catchFileError } from './fixture-variants.js';

describe('updaterFor', () => {
  it.each([
    ['pyproject.toml', 'pyproject.toml'],
    ['sub/dir/setup.cfg', 'setup.cfg'],
    ['setup.py', 'setup.py'],
    ['C:\\repo\\package.json', 'package.json'],
    ['VERSION', 'VERSION'],
    ['src/pkg/VERSION.txt', 'VERSION'],
    ['src/pkg/__init__.py', '__version__'],
    ['src/pkg/_version.py', '__version__'],
    ['tools/setup.py', 'setup.py'],
  ])('%s -> %s', (path, format) => {
    expect(updaterFor(path).format).toBe(format);
  });

  it.each(['Cargo.toml', 'pyproject.toml.bak', 'version', 'pkg/.py', 'setup.py/README.md'])('refuses %s, listing what is supported', (path) => {
    const error = catchFileError(() => updaterFor(path));
    expect(error.path).toBe(path);
    expect(error.problem).toBe(
      'cannot update a version in this kind of file; supported: pyproject.toml, setup.cfg, setup.py, package.json, VERSION, VERSION.txt, or a .py module with __version__',
    );
  });
});
