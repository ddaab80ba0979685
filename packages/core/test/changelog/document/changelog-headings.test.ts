import { describe, expect, it } from 'vitest';
import {
  KEEP_A_CHANGELOG_STYLE,
  parseReleaseHeading,
  readReleaseHeading,
  renderReleaseHeading,
} from '../../../src/changelog/changelog-headings.js';
import type { HeadingStyle } from '../../../src/changelog/changelog-headings.js';

const style = (over: Partial<HeadingStyle>): HeadingStyle => ({ ...KEEP_A_CHANGELOG_STYLE, ...over });
const URL = 'https://github.com/o/r/compare/v1.1.0...v1.2.0';

describe('parseReleaseHeading', () => {
  it.each([
    ['## [Unreleased]', { version: 'Unreleased', unreleased: true, style: style({ date: 'none' }) }],
    ['## Unreleased', { version: 'Unreleased', unreleased: true, style: style({ brackets: false, date: 'none' }) }],
    ['## [1.2.0] - 2025-01-01', { version: '1.2.0', date: '2025-01-01', style: KEEP_A_CHANGELOG_STYLE }],
    ['## 1.2.0 (2025-01-01)', { version: '1.2.0', date: '2025-01-01', style: style({ brackets: false, date: 'paren' }) }],
    [`## [1.2.0](${URL}) (2025-01-01)`, { version: '1.2.0', date: '2025-01-01', url: URL, style: style({ link: true, date: 'paren' }) }],
    [`# [1.2.0](${URL}) (2025-01-01)`, { version: '1.2.0', url: URL, style: style({ level: 1, link: true, date: 'paren' }), level: 1 }],
    ['## v1.2.0', { version: '1.2.0', style: style({ brackets: false, vPrefix: true, date: 'none' }) }],
    ['## 1.2.0rc1 - 2025-01-01', { version: '1.2.0rc1', style: style({ brackets: false }) }],
    ['## [1.2.0] - 2025-01-01 [YANKED]', { version: '1.2.0', yanked: true, style: KEEP_A_CHANGELOG_STYLE }],
    ['## [1.2.0-rc.1] – 2025-01-01', { version: '1.2.0-rc.1', style: KEEP_A_CHANGELOG_STYLE }],
    [`### [1.2.1](${URL}) (2025-01-01)`, { version: '1.2.1', level: 3, style: style({ link: true, date: 'paren' }) }],
  ])('reads %s', (line, expected) => {
    expect(parseReleaseHeading(line)).toMatchObject({ unreleased: false, yanked: false, ...expected });
  });

  it.each(['# Changelog', '## Contributing', '## [Contributing]', '### Added', '### 1.0 migration notes', '## 2025 roadmap', '#### [1.2.0]', 'text'])(
    'is not a release heading: %s',
    (line) => {
      expect(readReleaseHeading(line)).toBeUndefined();
    },
  );

  it.each([
    ['## [1.2.x] - 2025-01-01', "the release heading '## [1.2.x] - 2025-01-01' has a version that cannot be read ('1.2.x')"],
    ['## 1.2.x', "the release heading '## 1.2.x' has a version that cannot be read ('1.2.x')"],
    ['## [1.2.0] the big one', "the release heading '## [1.2.0] the big one' cannot be read: expected '## [1.2.0] - YYYY-MM-DD' or '## 1.2.0 (YYYY-MM-DD)'"],
    ['## [Unreleased] - soon', "the release heading '## [Unreleased] - soon' cannot be read: expected '## [Unreleased] - YYYY-MM-DD' or '## Unreleased (YYYY-MM-DD)'"],
  ])('reports %s as unreadable', (line, problem) => {
    expect(readReleaseHeading(line)).toEqual({ kind: 'invalid', problem });
    expect(parseReleaseHeading(line)).toBeUndefined();
  });
});

describe('renderReleaseHeading', () => {
  it.each([
    [KEEP_A_CHANGELOG_STYLE, '2025-01-01', undefined, '## [1.2.0] - 2025-01-01'],
    [style({ link: true, date: 'paren' }), '2025-01-01', URL, `## [1.2.0](${URL}) (2025-01-01)`],
    [style({ level: 1, link: true, date: 'paren' }), '2025-01-01', URL, `# [1.2.0](${URL}) (2025-01-01)`],
    [style({ link: true, date: 'paren' }), '2025-01-01', undefined, '## 1.2.0 (2025-01-01)'],
    [style({ brackets: false, vPrefix: true, date: 'none' }), '2025-01-01', URL, '## v1.2.0'],
    [KEEP_A_CHANGELOG_STYLE, undefined, undefined, '## [1.2.0]'],
  ])('writes %o', (s, date, url, expected) => {
    expect(renderReleaseHeading(s, '1.2.0', date, url)).toBe(expected);
    expect(parseReleaseHeading(expected)).toMatchObject({ version: '1.2.0', ...(date === undefined || s.date === 'none' ? {} : { date }) });
  });

  it('keeps the yanked marker', () => {
    expect(renderReleaseHeading(KEEP_A_CHANGELOG_STYLE, '1.2.0', '2025-01-01', undefined, { yanked: true })).toBe('## [1.2.0] - 2025-01-01 [YANKED]');
  });
});
