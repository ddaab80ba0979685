import { describe, expect, it } from 'vitest';
import { applyRelease, applyUnreleased, replaceReleasedSections } from '../../../src/changelog/changelog-document.js';
import { normalizeEntryText, standsForCommit, traceCommits } from '../../../src/changelog/commit-traces.js';
import { parseCommit } from '../../../src/commits/parse-commit.js';
import { REPO, RELEASE_040 } from './helpers.js';

const PATH = 'CHANGELOG.md';
const FEAT = 'abc1234def5678901234567890abcdef12345678';
const FIX = 'def5678abc1234901234567890abcdef12345678';
const commits = [
  parseCommit({ hash: FEAT, parents: ['p'], message: 'feat(api)!: support nested groups (#123)\n\n* wip\n\nThe reader was one\nlong function.\n\nBREAKING CHANGE: groups are lists now.' }),
  parseCommit({ hash: FIX, parents: ['p'], message: 'fix: handle *empty* input' }),
];
const traces = traceCommits(commits);

describe('standsForCommit', () => {
  it.each([
    ['python-semantic-release 7', ['* **api:** Support nested groups ([#123](https://github.com/o/r/issues/123)) ([`abc1234`](https://github.com/o/r/commit/abc1234def))']],
    ['python-semantic-release 8, subject', ['* feat(api)!: support nested groups (#123)']],
    ['python-semantic-release 8, body line', ['* wip']],
    ['python-semantic-release 8, body paragraph', ['The reader was one', 'long function.']],
    ['python-semantic-release 9, wrapped', ['- **api**: Support nested groups ([#123](https://github.com/o/r/pull/123),', '  [`abc1234`](https://github.com/o/r/commit/abc1234))']],
    ['python-semantic-release 9, breaking note', ['- **api**: Groups are lists now.']],
    ['commitizen', ['- **api**: support nested groups (#123)']],
    ['commitizen, no scope', ['- handle *empty* input']],
    ['a bare short hash', ['- see abc1234 for the details']],
  ])('recognises an entry as %s writes it', (_tool, lines) => {
    expect(standsForCommit(lines, traces)).toBe(true);
  });

  it.each([
    [['- Upgrading: see `docs/migrating.md`.']],
    [['- Thanks to everyone who reported the empty-input crash.']],
    [['- a hash of another release: 1234567']],
    [['Initial Release']],
  ])('leaves hand-written lines alone: %j', (lines) => {
    expect(standsForCommit(lines, traces)).toBe(false);
  });

  it('normalizes what every tool keeps of an entry', () => {
    expect(normalizeEntryText('- **BREAKING** **api:** Support `X` ([#12](u)) ([abc1234](u)).')).toBe('support x');
    expect(normalizeEntryText('feat(api): support X (#12)')).toBe('feat(api): support x');
  });
});

describe('a changelog another tool wrote', () => {
  // python-semantic-release 9 in update mode: a stale `## Unreleased` below the release it added later.
  const stale = ['# CHANGELOG', '', '<!-- version list -->', '', '## v0.3.3 (2025-01-08)', '', '- x', '', '## Unreleased', '', '- y', '', '## v0.3.2 (2025-01-04)', ''].join('\n');
  const warning = `${PATH}:9: the Unreleased heading below the release 0.3.3 (line 5) is not the Unreleased section`;

  it('takes the new release on top when an Unreleased heading was left below a release, and warns', () => {
    const edit = applyRelease(stale, PATH, { ...RELEASE_040, links: undefined });
    expect(edit.content).toBe(stale.replace('## v0.3.3', `## v0.4.0 (2025-01-15)\n\n${RELEASE_040.body}\n## v0.3.3`));
    expect(edit.warnings).toHaveLength(1);
    expect(edit.warnings[0]).toContain(warning);
  });

  it('warns the same on refreshing Unreleased and regenerating', () => {
    expect(applyUnreleased(stale, PATH, { body: '' }).warnings[0]).toContain(warning);
    const regenerated = replaceReleasedSections(stale, PATH, [{ version: '0.3.3', date: '2025-01-08', body: '- z\n' }]);
    expect(regenerated.content).toBe(stale.replace('- x', '- z\n- x'));
    expect(regenerated.warnings[0]).toContain(warning);
  });

  it('still refuses two Unreleased sections above the releases', () => {
    expect(() => applyUnreleased('## Unreleased\n\n## [Unreleased]\n\n## 1.0.0\n', PATH, { body: '' })).toThrow(/a second Unreleased section/);
  });

  it("replaces that tool's entries, its body paragraphs and its sub-sections, and keeps what stands for no commit", () => {
    const psr8 = [
      '## v0.4.0 (2025-01-15)',
      '',
      'Upgrading: see `docs/migrating.md`.',
      '',
      '### Breaking',
      '',
      '* feat(api)!: support nested groups (#123)',
      '',
      '* wip',
      '',
      'The reader was one',
      'long function.',
      '',
      `BREAKING CHANGE: groups are lists now. ([\`abc1234\`](${REPO}/commit/${FEAT}))`,
      '',
      '### Fix',
      '',
      '* fix: handle *empty* input',
      '- Thanks to everyone who reported it.',
      '',
    ].join('\n');
    const update = { ...RELEASE_040, links: undefined, commits: traces };
    const edit = replaceReleasedSections(psr8, PATH, [update]);
    expect(edit.content).toBe(
      ['## v0.4.0 (2025-01-15)', '', 'Upgrading: see `docs/migrating.md`.', '', RELEASE_040.body.replace(/\n$/, ''), '', '### Fix', '', '- Thanks to everyone who reported it.', ''].join('\n'),
    );
    // Without the commits, only the bullets that end with a commit link are known to be generated.
    expect(replaceReleasedSections(psr8, PATH, [{ ...update, commits: undefined }]).content).toContain('* feat(api)!: support nested groups (#123)');
    expect(replaceReleasedSections(edit.content, PATH, [update]).changed).toBe(false);
  });
});
