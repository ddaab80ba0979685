import { describe, expect, it } from 'vitest';
import { parseRepositoryPath } from '../../src/inputs/parse-input.js';

describe('parseRepositoryPath', () => {
  it.each(['CHANGELOG.md', 'docs/CHANGES.md', 'src\\pkg\\__init__.py', './pyproject.toml', 'a..b/file'])('accepts %j', (path) => {
    expect(parseRepositoryPath('path', path)).toBe(path);
  });

  it.each(['/etc/passwd', '\\\\server\\share\\x', 'C:\\x', 'c:/x', '../x', 'a/../../x', 'a\\..\\x', '..', ''])('refuses %j, naming the input', (path) => {
    expect(() => parseRepositoryPath('path', path)).toThrow("Input 'path'");
  });
});
