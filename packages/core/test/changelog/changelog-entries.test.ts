import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTION_MAP, parseSectionsInput, planChangelogEntries, renderChangelogBody } from '../../src/changelog/changelog-entries.js';
import { parseCommit } from '../../src/commits/parse-commit.js';
import { InputError } from '../../src/errors.js';

let n = 0;
/** Newest first, as git log gives them. */
const history = (...messages: string[]) =>
  messages.map((message) => parseCommit({ hash: createHash('sha1').update(String(++n)).digest('hex'), parents: message.startsWith('Merge') ? ['p', 'q'] : ['p'], message }));
const options = { sections: DEFAULT_SECTION_MAP, includeOther: false };
const links = { repositoryUrl: 'https://github.com/acme/stats' };

describe('planChangelogEntries', () => {
  it('maps types to Keep a Changelog sections and leaves out docs, chore, ci and the like', () => {
    const entries = planChangelogEntries(history('ci: cache', 'docs: typo', 'perf: faster', 'fix(io): close files', 'feat(api): nested groups (#123)', 'deprecate: old_reader'), options);
    expect(entries.map((e) => [e.section, e.scope, e.text, e.pullRequest])).toEqual([
      ['Deprecated', undefined, 'old_reader', undefined],
      ['Added', 'api', 'nested groups', 123],
      ['Fixed', 'io', 'close files', undefined],
      ['Changed', undefined, 'faster', undefined],
    ]);
  });

  it('puts breaking changes in Changed with the footer text, and security in Security', () => {
    const entries = planChangelogEntries(history('feat(cli)!: rename run\n\nBREAKING CHANGE: `run` is now `exec`', 'fix(security): escape paths', 'security: bump urllib3'), options);
    expect(entries.map((e) => [e.section, e.text, e.breaking])).toEqual([
      ['Security', 'bump urllib3', false],
      ['Security', 'escape paths', false],
      ['Changed', 'rename run: `run` is now `exec`', true],
    ]);
  });

  it('writes a Deprecated footer as its own entry', () => {
    const entries = planChangelogEntries(history('feat: read_csv\n\nDeprecated: read_csv_old() will go in 2.0'), options);
    expect(entries.map((e) => [e.section, e.text])).toEqual([['Added', 'read_csv'], ['Deprecated', 'read_csv_old() will go in 2.0']]);
  });

  it('drops a commit reverted in the same range, and lists a revert of a released feature as Removed', () => {
    const [feature] = history('feat: risky');
    const [revert] = history(`Revert "feat: risky"\n\nThis reverts commit ${feature?.hash}.`);
    const [oldRevert] = history(`Revert "feat(api): legacy export"\n\nThis reverts commit ${'e'.repeat(40)}.`);
    const entries = planChangelogEntries([oldRevert!, revert!, feature!], options);
    expect(entries.map((e) => [e.section, e.scope, e.text])).toEqual([['Removed', 'api', 'legacy export']]);
  });

  it('gives one entry per commit listed in a squash merge', () => {
    const entries = planChangelogEntries(history('Groups (#9)\n\n* feat: nested groups\n\n* fix: empty groups'), options);
    expect(entries.map((e) => [e.section, e.text, e.pullRequest])).toEqual([['Added', 'nested groups', 9], ['Fixed', 'empty groups', 9]]);
  });

  it('lists non-conventional commits under Other only when asked', () => {
    const commits = history('Update README (#4)', 'Merge branch x');
    expect(planChangelogEntries(commits, options)).toEqual([]);
    expect(planChangelogEntries(commits, { ...options, includeOther: true }).map((e) => [e.section, e.text])).toEqual([['Other', 'Update README (#4)']]);
  });
});

describe('parseSectionsInput', () => {
  it('overrides, adds and removes mappings', () => {
    const map = parseSectionsInput('docs=Documentation\nperf = Performance, refactor=');
    expect(map).toMatchObject({ docs: 'Documentation', perf: 'Performance', feat: 'Added' });
    expect(map.refactor).toBeUndefined();
  });

  it('names the input and the bad pair', () => {
    expect(() => parseSectionsInput('docs')).toThrow(InputError);
    expect(() => parseSectionsInput('docs')).toThrow(/'sections'.*'docs' is not a type=Section pair/);
  });
});

describe('renderChangelogBody', () => {
  it('writes entries as a person would, sections in Keep a Changelog order, breaking first', () => {
    const entries = planChangelogEntries(history('fix: b <tag>', 'feat(api): nested groups (#123)', 'refactor: tidy', 'feat!: new config\n\nBREAKING CHANGE: see docs', 'Odd one', 'docs: x'), { sections: { ...DEFAULT_SECTION_MAP, docs: 'Documentation' }, includeOther: true });
    const body = renderChangelogBody(entries, links).replace(/[0-9a-f]{40}/g, 'H').replace(/\[[0-9a-f]{7}\]/g, '[h]');
    expect(body).toBe(
      [
        '### Added',
        '',
        '- **api:** nested groups ([#123](https://github.com/acme/stats/pull/123)) ([h](https://github.com/acme/stats/commit/H))',
        '',
        '### Changed',
        '',
        '- **BREAKING** new config: see docs ([h](https://github.com/acme/stats/commit/H))',
        '- tidy ([h](https://github.com/acme/stats/commit/H))',
        '',
        '### Fixed',
        '',
        '- b \\<tag\\> ([h](https://github.com/acme/stats/commit/H))',
        '',
        '### Documentation',
        '',
        '- x ([h](https://github.com/acme/stats/commit/H))',
        '',
        '### Other',
        '',
        '- Odd one ([h](https://github.com/acme/stats/commit/H))',
        '',
      ].join('\n'),
    );
    expect(renderChangelogBody(entries.slice(0, 1), { repositoryUrl: '' })).toMatch(/^### Documentation\n\n- x \([0-9a-f]{7}\)\n$/);
  });
});
