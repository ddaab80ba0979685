import { expectGolden } from '@ops-actions/test-helpers';
import { describe, expect, it } from 'vitest';
import { applyRelease, createChangelog } from '../../../src/changelog/changelog-document.js';
import { BODY_040, RELEASE_040, REPO, crlf, entry, fixture, golden, readGolden } from './helpers.js';

const PATH = 'CHANGELOG.md';

describe('applyRelease on a Keep a Changelog file', () => {
  it('adds the section below [Unreleased], moves the hand-written notes into it and updates the links', () => {
    const edit = applyRelease(fixture('keep-a-changelog.md'), PATH, RELEASE_040);
    expect(edit.changed).toBe(true);
    expectGolden(golden('keep-a-changelog-0.4.0.md'), edit.content);
    expect(edit.sectionText).toBe(
      [
        '### Added',
        '',
        entry(`**api:** support nested groups ([#123](${REPO}/issues/123))`, 'abc1234def5678901234567890abcdef12345678'),
        '- A migration guide in `docs/migrating.md`.',
        '',
        '### Changed',
        '',
        '- The `--strict` flag is now the default; pass `--lenient` for the old behaviour.',
        '',
        '### Fixed',
        '',
        entry('handle *empty* input', 'def5678abc1234901234567890abcdef12345678'),
        '',
      ].join('\n'),
    );
  });

  it('is idempotent: the same release again changes nothing', () => {
    const once = applyRelease(fixture('keep-a-changelog.md'), PATH, RELEASE_040);
    const twice = applyRelease(once.content, PATH, RELEASE_040);
    expect(twice.content).toBe(once.content);
    expect(twice.changed).toBe(false);
    expect(twice.sectionText).toBe(once.sectionText);
  });

  it('keeps hand edits on a re-run and replaces only the generated bullets', () => {
    const once = applyRelease(fixture('keep-a-changelog.md'), PATH, RELEASE_040).content;
    const edited = once
      .replace('### Fixed\n\n', '### Fixed\n\n- Hand-written: the CLI no longer crashes on Windows paths.\n')
      .replace('## [0.4.0] - 2025-01-15\n\n', '## [0.4.0] - 2025-01-15\n\nThis release drops Python 3.8.\n\n');
    const rerun = applyRelease(edited, PATH, {
      ...RELEASE_040,
      date: '2025-01-16',
      body: `${BODY_040}\n### Removed\n\n${entry('drop Python 3.8', '0123456789abcdef0123456789abcdef01234567')}\n`,
    });
    expectGolden(golden('keep-a-changelog-0.4.0-rerun.md'), rerun.content);
    const empty = applyRelease(rerun.content, PATH, { ...RELEASE_040, date: '2025-01-16', body: '' });
    expectGolden(golden('keep-a-changelog-0.4.0-empty-body.md'), empty.content);
  });

  it('keeps CRLF line endings and the BOM; the new lines use CRLF too', () => {
    const input = crlf(fixture('keep-a-changelog.md'), '\uFEFF');
    const edit = applyRelease(input, PATH, RELEASE_040);
    expect(edit.content).toBe(crlf(readGolden('keep-a-changelog-0.4.0.md'), '\uFEFF'));
    expect(edit.sectionText).toBe(applyRelease(fixture('keep-a-changelog.md'), PATH, RELEASE_040).sectionText);
  });

  it('keeps a missing trailing newline missing', () => {
    const input = fixture('keep-a-changelog.md').replace(/\n$/, '');
    expect(applyRelease(input, PATH, RELEASE_040).content).toBe(readGolden('keep-a-changelog-0.4.0.md').replace(/\n$/, ''));
  });

  it('writes the first release into a new changelog, with a release-tag link', () => {
    const edit = applyRelease(createChangelog(), PATH, {
      version: '0.1.0',
      date: '2025-01-15',
      body: `### Added\n\n${entry('first release', 'aaaaaaa000000000000000000000000000000000')}\n`,
      links: { compare: `${REPO}/releases/tag/v0.1.0`, unreleased: `${REPO}/compare/v0.1.0...HEAD` },
    });
    expectGolden(golden('new-0.1.0.md'), edit.content);
  });

  it('adds the Unreleased heading to a Keep a Changelog file that has none', () => {
    const input = '# Changelog\n\n## [0.3.3] - 2024-11-02\n\n- Fixes.\n\n[0.3.3]: https://example.com/0.3.3\n';
    expect(applyRelease(input, PATH, { ...RELEASE_040, body: '- generated ([abc1234](https://x/commit/abc1234))\n' }).content).toBe(
      [
        '# Changelog',
        '',
        '## [Unreleased]',
        '',
        '## [0.4.0] - 2025-01-15',
        '',
        '- generated ([abc1234](https://x/commit/abc1234))',
        '',
        '## [0.3.3] - 2024-11-02',
        '',
        '- Fixes.',
        '',
        `[Unreleased]: ${REPO}/compare/v0.4.0...HEAD`,
        `[0.4.0]: ${REPO}/compare/v0.3.3...v0.4.0`,
        '[0.3.3]: https://example.com/0.3.3',
        '',
      ].join('\n'),
    );
  });

  it('writes no link lines when no links are given', () => {
    const input = '## [Unreleased]\n\n## [0.3.3] - 2024-11-02\n';
    expect(applyRelease(input, PATH, { version: '0.4.0', date: '2025-01-15', body: '' }).content).toBe(
      '## [Unreleased]\n\n## [0.4.0] - 2025-01-15\n\n## [0.3.3] - 2024-11-02\n',
    );
  });
});

describe('applyRelease on changelogs written by other tools', () => {
  const release130 = {
    version: '1.3.0',
    date: '2025-01-15',
    body: `### Features\n\n* **api:** nested groups ([5f5f5f5](${REPO}/commit/5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f))\n`,
    links: { compare: `${REPO}/compare/v1.2.1...v1.3.0`, unreleased: `${REPO}/compare/v1.3.0...HEAD` },
  };

  it('follows conventional-changelog: inline compare link, date in parentheses, no link lines', () => {
    const edit = applyRelease(fixture('conventional-changelog.md'), PATH, release130);
    expectGolden(golden('conventional-changelog-1.3.0.md'), edit.content);
    expect(applyRelease(edit.content, PATH, release130).content).toBe(edit.content);
  });

  it('takes the level of the newest heading: `#` after a `# [x](…)` release', () => {
    const input = fixture('conventional-changelog.md').replace(/## \[1\.2\.1\][^]*?(?=# \[1\.2\.0\])/, '');
    const edit = applyRelease(input, PATH, { ...release130, links: { compare: `${REPO}/compare/v1.2.0...v1.3.0`, unreleased: undefined } });
    expect(edit.content).toBe(
      input.replace('# [1.2.0]', `# [1.3.0](${REPO}/compare/v1.2.0...v1.3.0) (2025-01-15)\n\n${release130.body}\n# [1.2.0]`),
    );
  });

  it("keeps standard-version's `### [x](…)` patch sections apart from the release above them", () => {
    const input = readGolden('conventional-changelog-1.3.0.md').replace('## [1.2.1]', '### [1.2.1]');
    const body = `### Features\n\n* **api:** nested groups, take two ([6e6e6e6](${REPO}/commit/6e6e6e6))\n`;
    expect(applyRelease(input, PATH, { ...release130, body }).content).toBe(input.replace(release130.body, body));
    const patch = applyRelease(input, PATH, { ...release130, version: '1.2.1', date: '2024-12-21', links: undefined, body: '' });
    expect(patch.content).toBe(
      input.replace(/### \[1\.2\.1\](\(.*\)) \(2024-12-20\)\n\n\n### Bug Fixes\n\n\* handle.*\n/, '### [1.2.1]$1 (2024-12-21)\n'),
    );
  });

  it('follows a `## v1.2.0` file: v prefix, no date, hand-written bullets kept, no Unreleased added', () => {
    const edit = applyRelease(fixture('v-prefix.md'), PATH, { version: '1.3.0', date: '2025-01-15', body: `- Generated ([abcdef0](${REPO}/commit/abcdef0))\n` });
    expect(edit.content).toBe(fixture('v-prefix.md').replace('## v1.2.0', `## v1.3.0\n\n- Generated ([abcdef0](${REPO}/commit/abcdef0))\n\n## v1.2.0`));
  });

  it('re-applies a `## v1.2.0` release, keeping its hand-written bullets after the generated ones', () => {
    const edit = applyRelease(fixture('v-prefix.md'), PATH, { version: '1.2.0', date: '2025-01-15', body: `- Generated ([abcdef0](${REPO}/commit/abcdef0))\n` });
    expect(edit.content).toBe(fixture('v-prefix.md').replace('## v1.2.0\n\n', `## v1.2.0\n\n- Generated ([abcdef0](${REPO}/commit/abcdef0))\n`));
  });
});
