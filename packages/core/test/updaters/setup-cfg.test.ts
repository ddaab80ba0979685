import { describe, expect, it } from 'vitest';
import { setupCfgUpdater as updater } from '../../src/updaters/setup-cfg.js';
import { catchFileError, lineEndingVariants, loadFixture } from './fixture-variants.js';

const PATH = 'setup.cfg';

describe('setup.cfg', () => {
  const fixture = loadFixture('setup.cfg');

  it('reads [metadata] Version: past comments, other sections and continuation lines', () => {
    const result = updater.readVersion(fixture, PATH);
    expect(result).toEqual({
      kind: 'found',
      field: '[metadata] version',
      span: { value: '2.1.0.post1', start: fixture.indexOf('2.1.0.post1'), end: fixture.indexOf('2.1.0.post1') + 11, line: 7 },
    });
  });

  it.each(lineEndingVariants(fixture))('changes only the version bytes ($name)', ({ content }) => {
    const out = updater.updateContent(content, '2.2.0', PATH);
    expect(out).toBe(content.replace('Version: 2.1.0.post1', 'Version: 2.2.0'));
    expect(out).toContain('    version = 7.7.7');
    expect(out.startsWith('\uFEFF')).toBe(content.startsWith('\uFEFF'));
  });

  it.each(lineEndingVariants(loadFixture('setup-attr.cfg')))('reports attr: as dynamic, naming the attribute ($name)', ({ content }) => {
    expect(updater.readVersion(content, PATH)).toEqual({
      kind: 'dynamic',
      detail: 'version = attr: acme_attr.__version__ in [metadata] (line 3): setuptools reads it from the attribute acme_attr.__version__',
    });
    expect(catchFileError(() => updater.updateContent(content, '1.0', PATH)).problem).toMatch(/not written in this file/);
  });

  it('reports file: as dynamic, naming the file', () => {
    const result = updater.readVersion('[metadata]\nversion = file: src/pkg/VERSION\n', PATH);
    expect(result).toEqual({
      kind: 'dynamic',
      detail: 'version = file: src/pkg/VERSION in [metadata] (line 2): setuptools reads it from the file src/pkg/VERSION',
    });
  });

  it.each([
    ['=', '[metadata]\nversion = 1.0\n', 2],
    ['= without spaces', '[metadata]\nversion=1.0\n', 2],
    ['indented keys', '[metadata]\n  name = x\n  version = 1.0\n', 3],
    ['trailing spaces', '[metadata]\nversion = 1.0   \nname = x\n', 2],
    ['lone CR line endings', '[metadata]\rname = x\rversion = 1.0\r', 3],
    ['a version key in another section first', '[tool:bumpversion]\nversion = 0.1\n[metadata]\nversion = 1.0\n', 4],
  ])('finds the version: %s', (_name, content, line) => {
    const result = updater.readVersion(content, PATH);
    expect(result).toMatchObject({ kind: 'found', span: { value: '1.0', line } });
    expect(updater.updateContent(content, '1.1rc1', PATH)).toBe(content.replace(/version( ?)=( ?)1\.0/, 'version$1=$21.1rc1'));
  });

  it('ignores [metadata]-like text in other sections and continuation values', () => {
    const content = '[options]\nversion = 0.1\n[metadata]\nname = x\nlong = text\n  version = 9\nversion = 1.0\n';
    expect(updater.readVersion(content, PATH)).toMatchObject({ span: { value: '1.0', line: 7 } });
  });

  it.each([
    ['no version', '[metadata]\nname = x\n[options]\nversion = 1\n', undefined, /no version found: expected version = \.\.\. in \[metadata\]/],
    ['inline comment', '[metadata]\nversion = 1.0  # bumped\n', 2, /inline comments/],
    ['quoted value', '[metadata]\n\nversion = "1.0"\n', 3, /take no quotes/],
    ['empty value', '[metadata]\nversion =\n', 2, /is empty/],
    ['value on continuation lines', '[metadata]\nversion = 1.0\n    .post1\n', 2, /continues on the next line/],
    ['set twice', '[metadata]\nversion = 1.0\nVERSION = 1.1\n', 3, /set twice in \[metadata\] \(lines 2 and 3\)/],
    ['no section header', 'version = 1.0\n', 1, /before the first \[section\]/],
    ['not key = value', '[metadata]\nname = x\njust words\n', 3, /not a 'key = value' line/],
    ['duplicate section', '[metadata]\nname = x\n\n[metadata]\n', 4, /appears twice/],
  ])('fails with the line: %s', (_name, content, line, problem) => {
    const error = catchFileError(() => updater.readVersion(content, PATH));
    expect(error.path).toBe(PATH);
    expect(error.line).toBe(line);
    expect(error.problem).toMatch(problem);
  });
});
