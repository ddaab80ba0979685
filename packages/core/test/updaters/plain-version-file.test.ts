import { describe, expect, it } from 'vitest';
import { plainVersionFileUpdater as updater } from '../../src/updaters/plain-version-file.js';
import { catchFileError, lineEndingVariants, loadFixture } from './fixture-variants.js';

const PATH = 'VERSION';

describe('VERSION file', () => {
  it.each(lineEndingVariants(loadFixture('VERSION')))('keeps the trailing newline and BOM ($name)', ({ content }) => {
    expect(updater.readVersion(content, PATH)).toMatchObject({ kind: 'found', span: { value: '1.4.0rc1', line: 1 } });
    const out = updater.updateContent(content, '1.4.0', PATH);
    expect(out).toBe(content.replace('1.4.0rc1', '1.4.0'));
  });

  it.each([
    ['no newline', '2.0', '3.0'],
    ['blank lines and spaces around', '\n\n  2.0 \t\r\n\n', '\n\n  3.0 \t\r\n\n'],
  ])('replaces only the trimmed content: %s', (_name, content, expected) => {
    expect(updater.updateContent(content, '3.0', PATH)).toBe(expected);
  });

  it.each([
    ['empty', '', undefined, /the file is empty/],
    ['only whitespace and a BOM', '\uFEFF \n\n', undefined, /the file is empty/],
    ['more than a version', '1.0\n\nreleased today\n', 3, /expected only a version/],
  ])('fails: %s', (_name, content, line, problem) => {
    const error = catchFileError(() => updater.readVersion(content, PATH));
    expect(error.path).toBe(PATH);
    expect(error.line).toBe(line);
    expect(error.problem).toMatch(problem);
  });
});
