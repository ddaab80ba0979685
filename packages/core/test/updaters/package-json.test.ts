import { describe, expect, it } from 'vitest';
import { packageJsonUpdater as updater } from '../../src/updaters/package-json.js';
import { catchFileError, lineEndingVariants, loadFixture } from './fixture-variants.js';

const PATH = 'web/package.json';

describe('package.json', () => {
  const fixture = loadFixture('package.json');

  it('reads the top-level "version", not a nested one or one inside a string', () => {
    expect(updater.readVersion(fixture, PATH)).toMatchObject({ kind: 'found', field: 'version', span: { value: '1.4.0-rc.1', line: 10 } });
  });

  it.each(lineEndingVariants(fixture))('changes only the version bytes ($name)', ({ content }) => {
    const out = updater.updateContent(content, '1.4.0', PATH);
    expect(out).toBe(content.replace('"version": "1.4.0-rc.1"', '"version": "1.4.0"'));
    expect(out).toContain('"version": "1.3.0"');
    expect(out.startsWith('\uFEFF')).toBe(content.startsWith('\uFEFF'));
  });

  it.each([
    ['minified', '{"version":"1.0","dependencies":{"version":"2.0"}}', 1],
    ['version first, nested later', '{\n\t"version" : "1.0" ,\n\t"a": [{"version": "x"}, "\\"version\\""]\n}\n', 2],
    ['after escaped strings and numbers', '{"a\\\\": "b\\"}", "n": -1.5e+3, "t": [true, false, null],\n"version": "1.0"}', 2],
    ['unicode key escape', '{"\\u0076ersion": "1.0"}', 1],
  ])('finds the version: %s', (_name, content, line) => {
    expect(updater.readVersion(content, PATH)).toMatchObject({ kind: 'found', span: { value: '1.0', line } });
    expect(JSON.parse(updater.updateContent(content, '1.1.0', PATH))).toEqual({ ...(JSON.parse(content) as object), version: '1.1.0' });
  });

  it.each([
    ['trailing comma', '{\n  "name": "x",\n  "version": "1.0",\n}\n', 4, /not valid JSON/],
    ['missing colon', '{\n  "name" "x"\n}', 2, /not valid JSON: expected ':'/],
    ['unterminated string', '{\n"version": "1.0\n}', 2, /not valid JSON: control character/],
    ['bad escape', '{\n\n"name": "\\x"}', 3, /bad escape sequence/],
    ['not an object', '\n["version", "1.0"]', 2, /must hold a JSON object/],
    ['text after the object', '{"version": "1.0"}\n}', 2, /text after the top-level object/],
    ['only a nested version', '{\n"dependencies": {"version": "1.0"}}', undefined, /no version found: expected a top-level "version"/],
    ['version not a string', '{\n"version": 1}', 2, /must be a string/],
    ['escaped value', '{\n"name": "x",\n"version": "1\\u002e0"}', 3, /escape sequences/],
    ['duplicate', '{"version": "1.0",\n"version": "1.1"}', 1, /appears twice at the top level \(lines 1 and 2\)/],
    ['empty', '{"version": ""}', 1, /is empty/],
  ])('fails with the line: %s', (_name, content, line, problem) => {
    const error = catchFileError(() => updater.readVersion(content, PATH));
    expect(error.path).toBe(PATH);
    expect(error.line).toBe(line);
    expect(error.problem).toMatch(problem);
  });
});
