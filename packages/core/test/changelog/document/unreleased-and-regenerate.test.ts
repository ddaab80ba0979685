import { describe, expect, it } from 'vitest';
import { applyRelease, applyUnreleased, createChangelog, replaceReleasedSections } from '../../../src/changelog/changelog-document.js';
import type { ReleaseUpdate } from '../../../src/changelog/changelog-document.js';
import { RELEASE_040, REPO, crlf, entry, fixture, readGolden } from './helpers.js';

const PATH = 'CHANGELOG.md';
const gen = (text: string, hash: string): string => entry(text, hash.repeat(40).slice(0, 40));

describe('applyUnreleased', () => {
  const body = `### Added\n\n${gen('new parser', 'a1')}\n\n### Fixed\n\n${gen('crash on start', 'b2')}\n`;

  it('refreshes the generated entries under [Unreleased], keeping the hand-written notes after them', () => {
    const first = applyUnreleased(fixture('keep-a-changelog.md'), PATH, { body, link: `${REPO}/compare/v0.3.3...HEAD` });
    const second = applyUnreleased(first.content, PATH, { body: `### Added\n\n${gen('new parser', 'a1')}\n${gen('plugin hooks', 'c3')}\n` });
    expect(second.sectionText).toBe(
      [
        '### Added',
        '',
        gen('new parser', 'a1'),
        gen('plugin hooks', 'c3'),
        '- A migration guide in `docs/migrating.md`.',
        '',
        '### Changed',
        '',
        '- The `--strict` flag is now the default; pass `--lenient` for the old behaviour.',
        '',
      ].join('\n'),
    );
    const untouched = fixture('keep-a-changelog.md').split('## [0.3.3]');
    expect(second.content).toBe(`${untouched[0]?.replace(/## \[Unreleased\][^]*$/, `## [Unreleased]\n\n${second.sectionText}\n`)}## [0.3.3]${untouched[1]}`);
    expect(applyUnreleased(second.content, PATH, { body: `### Added\n\n${gen('new parser', 'a1')}\n${gen('plugin hooks', 'c3')}\n` }).changed).toBe(false);
  });

  it('then a release takes the generated and the hand-written entries along', () => {
    const refreshed = applyUnreleased(fixture('keep-a-changelog.md'), PATH, { body }).content;
    const released = applyRelease(refreshed, PATH, { ...RELEASE_040, body });
    expect(released.content).toBe(applyRelease(fixture('keep-a-changelog.md'), PATH, { ...RELEASE_040, body }).content);
  });

  it('adds an Unreleased section in the file’s style only when there is something to write', () => {
    const conventional = fixture('conventional-changelog.md');
    expect(applyUnreleased(conventional, PATH, { body: '' })).toEqual({ content: conventional, changed: false, sectionText: '', warnings: [] });
    expect(applyUnreleased(conventional, PATH, { body: `### Features\n\n* x ([abcdef0](${REPO}/commit/abcdef0))\n` }).content).toBe(
      conventional.replace('## [1.2.1]', `## Unreleased\n\n### Features\n\n* x ([abcdef0](${REPO}/commit/abcdef0))\n\n## [1.2.1]`),
    );
  });

  it('keeps CRLF and a missing final newline when the Unreleased section is last', () => {
    const input = crlf('# Changelog\n\n## [Unreleased]');
    const edit = applyUnreleased(input, PATH, { body: `- x ([abcdef0](${REPO}/commit/abcdef0))\n`, link: `${REPO}/commits` });
    expect(edit.content).toBe(crlf(`# Changelog\n\n## [Unreleased]\n\n- x ([abcdef0](${REPO}/commit/abcdef0))\n\n[Unreleased]: ${REPO}/commits`));
  });
});

describe('replaceReleasedSections', () => {
  const releases: ReleaseUpdate[] = [
    {
      version: '0.3.3',
      date: '2024-11-02',
      body: `### Fixed\n\n${gen('read CRLF pyproject files', 'd4')}\n`,
      links: { compare: `${REPO}/compare/v0.3.2...v0.3.3`, unreleased: `${REPO}/compare/v0.3.3...HEAD` },
    },
    { version: '0.3.2', date: '2024-10-15', body: `### Fixed\n\n${gen('example code', 'e5')}\n`, links: { compare: `${REPO}/compare/v0.2.0...v0.3.2`, unreleased: undefined } },
    { version: '0.2.0', date: '2024-09-20', body: `### Added\n\n${gen('config files', 'f6')}\n`, links: { compare: `${REPO}/compare/v0.1.0...v0.2.0`, unreleased: undefined } },
  ];

  it('rebuilds the listed sections, adds the missing one in order and keeps everything else', () => {
    const edit = replaceReleasedSections(fixture('keep-a-changelog.md'), PATH, releases);
    const expected = fixture('keep-a-changelog.md')
      .replace(/(## \[0\.3\.3\] - 2024-11-02\n\n### Fixed\n\n)- .*\n/, `$1${gen('read CRLF pyproject files', 'd4')}\n`)
      .replace('- Example code:', `${gen('example code', 'e5')}\n- Example code:`)
      .replace('  ```\n\n', `  \`\`\`\n\n## [0.2.0] - 2024-09-20\n\n### Added\n\n${gen('config files', 'f6')}\n\n`)
      .replace('[0.3.2]: https://github.com/octo-org/sample/compare/v0.1.0...v0.3.2', `[0.3.2]: ${REPO}/compare/v0.2.0...v0.3.2\n[0.2.0]: ${REPO}/compare/v0.1.0...v0.2.0`);
    expect(edit.content).toBe(expected);
    expect(edit.sectionText).toBe(`### Fixed\n\n${gen('read CRLF pyproject files', 'd4')}\n`);
    expect(replaceReleasedSections(edit.content, PATH, releases).changed).toBe(false);
  });

  it('writes a whole history into a new changelog, newest first', () => {
    const content = replaceReleasedSections(createChangelog(), PATH, releases).content;
    expect(content.split('\n').filter((l) => l.startsWith('## ') || l.startsWith('['))).toEqual([
      '## [Unreleased]',
      '## [0.3.3] - 2024-11-02',
      '## [0.3.2] - 2024-10-15',
      '## [0.2.0] - 2024-09-20',
      `[Unreleased]: ${REPO}/compare/v0.3.3...HEAD`,
      `[0.3.3]: ${REPO}/compare/v0.3.2...v0.3.3`,
      `[0.3.2]: ${REPO}/compare/v0.2.0...v0.3.2`,
      `[0.2.0]: ${REPO}/compare/v0.1.0...v0.2.0`,
    ]);
    expect(replaceReleasedSections(readGolden('new-0.1.0.md'), PATH, releases).content).toContain('## [0.2.0] - 2024-09-20\n\n### Added');
  });
});
