import { describe, expect, it } from 'vitest';
import { applyRelease, applyUnreleased, replaceReleasedSections } from '../../../src/changelog/changelog-document.js';
import { FileError, InputError } from '../../../src/errors.js';
import { RELEASE_040, crlf } from './helpers.js';

const PATH = 'docs/CHANGELOG.md';

function failure(run: () => unknown): FileError {
  try {
    run();
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error('expected a FileError');
}

describe('changelogs whose structure cannot be understood', () => {
  it.each([
    [
      'two sections for one version',
      '# Changelog\n\n## [0.3.0] - 2024-01-02\n\n- a\n\n## [0.2.0] - 2024-01-01\n\n## [0.3.0] - 2024-01-03\n',
      9,
      'a second section for version 0.3.0 (the first is on line 3)',
    ],
    ['one version written two ways', '## v1.0.0\n\n## 1.0.0 (2024-01-01)\n', 3, 'a second section for version 1.0.0 (the first is on line 1)'],
    ['two Unreleased headings', '## [Unreleased]\n\n## Unreleased\n', 3, 'a second Unreleased section (the first is on line 1)'],
    [
      'a release heading whose version cannot be read',
      '# Changelog\n\n## [Unreleased]\n\n## [1.2.x] - 2025-01-01\n',
      5,
      "the release heading '## [1.2.x] - 2025-01-01' has a version that cannot be read ('1.2.x')",
    ],
  ])('%s', (_name, content, line, problem) => {
    for (const run of [
      () => applyRelease(content, PATH, RELEASE_040),
      () => applyUnreleased(content, PATH, { body: '' }),
      () => replaceReleasedSections(content, PATH, [RELEASE_040]),
      () => applyRelease(crlf(content, '\uFEFF'), PATH, RELEASE_040),
    ]) {
      const error = failure(run);
      expect({ path: error.path, line: error.line, problem: error.problem }).toEqual({ path: PATH, line, problem });
      expect(error.message).toBe(`${PATH}:${line}: ${problem}`);
    }
  });

  it('does not read headings inside code fences or HTML comments', () => {
    const content = [
      '## [Unreleased]',
      '',
      '~~~markdown',
      '## [0.4.0] - 2020-01-01',
      '## [Unreleased]',
      '~~~',
      '<!--',
      '## [1.2.x]',
      '-->',
      '',
      '## [0.3.0] - 2024-01-02',
      '',
    ].join('\n');
    const edit = applyRelease(content, PATH, { version: '0.4.0', date: '2025-01-15', body: '' });
    expect(edit.content).toBe(content.replace('## [Unreleased]\n\n', '## [Unreleased]\n\n## [0.4.0] - 2025-01-15\n\n'));
    expect(edit.sectionText).toBe('~~~markdown\n## [0.4.0] - 2020-01-01\n## [Unreleased]\n~~~\n<!--\n## [1.2.x]\n-->\n');
  });

  it('refuses a version or date that cannot go into a heading', () => {
    expect(() => applyRelease('', PATH, { ...RELEASE_040, version: '1.2.x' })).toThrow(InputError);
    expect(() => applyRelease('', PATH, { ...RELEASE_040, date: '2025 01 01' })).toThrow(InputError);
  });
});
