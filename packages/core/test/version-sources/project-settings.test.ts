import { describe, expect, it } from 'vitest';
import { FileError, InputError } from '../../src/errors.js';
import { inputSourceFrom } from '../../src/inputs/parse-input.js';
import { parseChangelogSettings } from '../../src/changelog/changelog-settings.js';
import { parseVersionBumpSettings } from '../../src/release/version-bump-settings.js';
import { readProjectReleaseSettings, resolveTagPrefix } from '../../src/version-sources/project-settings.js';

const settingsOf = (files: Record<string, string>) => readProjectReleaseSettings(new Map(Object.entries(files)));
const psr = (body: string) => settingsOf({ 'pyproject.toml': `[tool.semantic_release]\n${body}` });

describe('readProjectReleaseSettings: python-semantic-release', () => {
  it('gives PSR\'s own defaults when the project set nothing, saying so', () => {
    expect(psr('version_toml = ["pyproject.toml:project.version"]\n')).toEqual({
      tagPrefix: { value: 'v', origin: "python-semantic-release's default tag_format ([tool.semantic_release] in pyproject.toml)" },
      majorOnZero: { value: true, origin: "python-semantic-release's default major_on_zero ([tool.semantic_release] in pyproject.toml)" },
      minorTypes: { value: ['feat'], origin: "python-semantic-release's default minor_tags ([tool.semantic_release] in pyproject.toml)" },
      patchTypes: { value: ['fix', 'perf'], origin: "python-semantic-release's default patch_tags ([tool.semantic_release] in pyproject.toml)" },
      notes: [],
    });
  });

  it('reads v8+ commit_parser_options, tag_format and major_on_zero', () => {
    const settings = psr('tag_format = "pkg-v{version}"\nmajor_on_zero = false\n\n[tool.semantic_release.commit_parser_options]\nminor_tags = ["feat"]\npatch_tags = ["fix", "perf", "docs"]\n');
    expect(settings).toMatchObject({
      tagPrefix: { value: 'pkg-v', origin: 'tag_format in [tool.semantic_release] in pyproject.toml' },
      majorOnZero: { value: false, origin: 'major_on_zero in [tool.semantic_release] in pyproject.toml' },
      minorTypes: { value: ['feat'] },
      patchTypes: { value: ['docs', 'fix', 'perf'], origin: 'patch_tags in [tool.semantic_release.commit_parser_options] in pyproject.toml' },
    });
  });

  it('keeps only the allowed_tags, as PSR parses no other type', () => {
    const settings = psr('[tool.semantic_release.commit_parser_options]\nallowed_tags = ["feat", "fix", "chore"]\nminor_tags = ["feat", "feature"]\npatch_tags = ["fix", "perf"]\n');
    expect(settings.minorTypes?.value).toEqual(['feat']);
    expect(settings.patchTypes?.value).toEqual(['fix']);
    expect(settings.patchTypes?.origin).toContain('allowed_tags in [tool.semantic_release.commit_parser_options]');
  });

  it.each([
    ['2', ['feat'], ['build', 'chore', 'ci', 'docs', 'fix', 'perf', 'style', 'refactor', 'test']],
    ['"patch"', ['feat'], ['build', 'chore', 'ci', 'docs', 'fix', 'perf', 'style', 'refactor', 'test']],
    ['3', ['build', 'chore', 'ci', 'docs', 'feat', 'style', 'refactor', 'test'], ['fix', 'perf']],
    ['0', ['feat'], ['fix', 'perf']],
  ])('gives every other allowed type the default_bump_level %s', (level, minor, patch) => {
    const settings = psr(`[tool.semantic_release.commit_parser_options]\ndefault_bump_level = ${level}\n`);
    expect(settings.minorTypes?.value).toEqual(minor);
    expect(settings.patchTypes?.value).toEqual(patch);
  });

  it('says when default_bump_level has no equivalent', () => {
    expect(psr('[tool.semantic_release.commit_parser_options]\ndefault_bump_level = 4\n').notes).toEqual([
      'default_bump_level = 4 in [tool.semantic_release.commit_parser_options] in pyproject.toml has no equivalent here: other types do not release.',
    ]);
  });

  it('reads v7\'s setup.cfg section, with configparser booleans and comma lists', () => {
    const settings = settingsOf({
      'setup.cfg': '[semantic_release]\nmajor_on_zero = false\ntag_format = release-{version}\nparser_angular_patch_types = fix,perf,docs\nparser_angular_default_level_bump = no-release\n',
    });
    expect(settings).toMatchObject({
      tagPrefix: { value: 'release-', origin: 'tag_format in [semantic_release] in setup.cfg' },
      majorOnZero: { value: false },
      minorTypes: { value: ['feat'] },
      patchTypes: { value: ['docs', 'fix', 'perf'], origin: 'parser_angular_patch_types in [semantic_release] in setup.cfg; parser_angular_default_level_bump in [semantic_release] in setup.cfg' },
    });
  });

  it('leaves the types alone for a parser that is not Conventional Commits', () => {
    const settings = psr('commit_parser = "emoji"\n');
    expect(settings.minorTypes).toBeUndefined();
    expect(settings.notes).toEqual(['commit_parser = "emoji" in [tool.semantic_release] in pyproject.toml does not parse Conventional Commits; minor-types and patch-types keep their documented defaults.']);
  });

  it('cannot follow a tag_format that is not a prefix and {version}, but only says so when the prefix is needed', () => {
    const settings = psr('tag_format = "(dev|prod)-v{version}"\n');
    expect(settings.tagPrefix).toBeInstanceOf(FileError);
    expect(() => resolveTagPrefix('tag-prefix', '', settings)).toThrow(/tag_format = "\(dev\|prod\)-v\{version\}" .* set tag-prefix/);
    expect(resolveTagPrefix('tag-prefix', 'prod-v', settings)).toEqual({ value: 'prod-v', origin: undefined, defaulted: false });
    expect(resolveTagPrefix('tag-prefix', '', undefined)).toEqual({ value: 'v', origin: undefined, defaulted: true });
    expect(resolveTagPrefix('tag-prefix', 'none', undefined)).toEqual({ value: '', origin: undefined, defaulted: false });
    expect(resolveTagPrefix('tag-prefix', '', psr('tag_format = "v{version}"\n'))).toMatchObject({ value: 'v', defaulted: false });
  });
});

describe('readProjectReleaseSettings: commitizen and bump-my-version', () => {
  it('gives commitizen\'s defaults: bare tags, 1.0.0 after 0.x breaks, its bump map', () => {
    expect(settingsOf({ 'pyproject.toml': '[tool.commitizen]\nversion_provider = "pep621"\n' })).toEqual({
      tagPrefix: { value: '', origin: "commitizen's default tag_format ([tool.commitizen] in pyproject.toml)" },
      majorOnZero: { value: true, origin: "commitizen's default major_version_zero ([tool.commitizen] in pyproject.toml)" },
      minorTypes: { value: ['feat'], origin: "commitizen's cz_conventional_commits bump map ([tool.commitizen] in pyproject.toml)" },
      patchTypes: { value: ['fix', 'refactor', 'perf'], origin: "commitizen's cz_conventional_commits bump map ([tool.commitizen] in pyproject.toml)" },
      notes: [],
    });
  });

  it.each([
    ['v$version', 'v'],
    ['v${version}', 'v'],
    ['pkg-$version', 'pkg-'],
  ])('reads tag_format %s', (format, prefix) => {
    expect(settingsOf({ '.cz.toml': `[tool.commitizen]\ntag_format = "${format}"\n` }).tagPrefix).toEqual({ value: prefix, origin: 'tag_format in [tool.commitizen] in .cz.toml' });
  });

  it('cannot follow tag formats with other parts', () => {
    const { tagPrefix } = settingsOf({ '.cz.yaml': 'commitizen:\n  tag_format: $major.$minor.$patch$prerelease\n' });
    expect(tagPrefix).toBeInstanceOf(FileError);
    expect((tagPrefix as FileError).message).toContain('tag_format = "$major.$minor.$patch$prerelease" in commitizen in .cz.yaml is not a prefix followed by $version');
  });

  // The prefix a tool's format gives is held to the rule of the tag-prefix input (git-check-ref-format(1)).
  it.each([
    [{ 'pyproject.toml': '[tool.semantic_release]\ntag_format = ".v{version}"\n' }, 'tag_format = ".v{version}" in [tool.semantic_release] in pyproject.toml gives the tag prefix \'.v\', but a tag name cannot have a part (between slashes) that starts with .'],
    [{ '.cz.toml': '[tool.commitizen]\ntag_format = "-$version"\n' }, "gives the tag prefix '-', but a tag name cannot start with - (git would read it as an option): set tag-prefix"],
    [{ '.bumpversion.cfg': '[bumpversion]\ncurrent_version = 1.0\ntag_name = rel..{new_version}\n' }, "tag_name = \"rel..{new_version}\" in [bumpversion] in .bumpversion.cfg gives the tag prefix 'rel..', but a tag name cannot contain .."],
  ])('refuses a tool\'s prefix that git would refuse in a tag: %j', (files, message) => {
    const settings = settingsOf(files);
    expect(settings.tagPrefix).toBeInstanceOf(FileError);
    expect(() => resolveTagPrefix('tag-prefix', '', settings)).toThrow(message);
  });

  it('reads major_version_zero and a cz_customize bump map', () => {
    const settings = settingsOf({
      'pyproject.toml': '[tool.commitizen]\nname = "cz_customize"\nmajor_version_zero = true\n\n[tool.commitizen.customize]\nbump_map = {"break" = "MAJOR", "^new" = "MINOR", "fix" = "PATCH", "hotfix" = "PATCH", "(docs|style)" = "PATCH"}\n',
    });
    expect(settings).toMatchObject({ majorOnZero: { value: false }, minorTypes: { value: ['new'] }, patchTypes: { value: ['fix', 'hotfix'] } });
    expect(settings.notes).toEqual(['bump_map entries break = MAJOR, (docs|style) = PATCH in [tool.commitizen] in pyproject.toml have no equivalent here (only breaking changes bump major).']);
  });

  it('leaves the types alone for another commit convention', () => {
    const settings = settingsOf({ '.cz.json': '{"commitizen": {"name": "cz_jira"}}' });
    expect(settings.minorTypes).toBeUndefined();
    expect(settings.notes[0]).toContain('name = "cz_jira"');
  });

  it('reads bump-my-version\'s tag_name, else its default v{new_version}', () => {
    expect(settingsOf({ '.bumpversion.cfg': '[bumpversion]\ncurrent_version = 1.0\ntag_name = rel/{new_version}\n' }).tagPrefix).toEqual({ value: 'rel/', origin: 'tag_name in [bumpversion] in .bumpversion.cfg' });
    expect(settingsOf({ 'pyproject.toml': '[tool.bumpversion]\ncurrent_version = "1.0"\n' }).tagPrefix).toMatchObject({ value: 'v' });
  });
});

describe('inputs left empty follow the project, given ones win', () => {
  const files = new Map([['pyproject.toml', '[tool.commitizen]\nversion_provider = "pep621"\nmajor_version_zero = true\n']]);

  it('fills version-bump\'s empty inputs and lists where each came from', () => {
    const settings = parseVersionBumpSettings(inputSourceFrom({}), files);
    expect(settings).toMatchObject({ tagPrefix: '', tagPrefixDefaulted: false, majorOnZero: false, rules: { minorTypes: ['feat'], patchTypes: ['fix', 'refactor', 'perf'] } });
    expect(settings.fromProject.map((s) => `${s.input}=${s.value}`)).toEqual(['tag-prefix=', 'major-on-zero=false', 'minor-types=feat', 'patch-types=fix, refactor, perf']);
  });

  it('keeps what the inputs give', () => {
    const settings = parseVersionBumpSettings(inputSourceFrom({ 'tag-prefix': 'v', 'major-on-zero': 'true', 'patch-types': 'fix' }), files);
    expect(settings).toMatchObject({ tagPrefix: 'v', majorOnZero: true, rules: { minorTypes: ['feat'], patchTypes: ['fix'] } });
    expect(settings.fromProject.map((s) => s.input)).toEqual(['minor-types']);
  });

  it('takes none for no prefix, and still checks a given prefix', () => {
    expect(parseVersionBumpSettings(inputSourceFrom({ 'tag-prefix': 'none' }), files).tagPrefix).toBe('');
    expect(() => parseVersionBumpSettings(inputSourceFrom({ 'tag-prefix': 'v~' }), files)).toThrow(InputError);
  });

  it('gives the changelog action the same prefix', () => {
    const context = { today: new Date('2025-01-01T00:00:00Z'), serverUrl: 'https://github.com', repository: 'o/r', files };
    expect(parseChangelogSettings(inputSourceFrom({}), context)).toMatchObject({ tagPrefix: '', tagPrefixOrigin: "commitizen's default tag_format ([tool.commitizen] in pyproject.toml)" });
    expect(parseChangelogSettings(inputSourceFrom({}), { ...context, files: new Map() })).toMatchObject({ tagPrefix: 'v', tagPrefixOrigin: undefined });
    expect(parseChangelogSettings(inputSourceFrom({ 'tag-prefix': 'rel-' }), context).tagPrefix).toBe('rel-');
  });
});
