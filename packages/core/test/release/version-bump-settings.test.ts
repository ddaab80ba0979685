import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { inputSourceFrom } from '../../src/inputs/parse-input.js';
import { fillTemplate, parseVersionBumpSettings } from '../../src/release/version-bump-settings.js';

const parse = (inputs: Record<string, string>) => parseVersionBumpSettings(inputSourceFrom(inputs));

function inputError(inputs: Record<string, string>): InputError {
  try {
    parse(inputs);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseVersionBumpSettings', () => {
  it('gives the documented defaults', () => {
    expect(parse({})).toMatchObject({
      releaseType: 'auto',
      explicitVersion: undefined,
      prerelease: undefined,
      scheme: 'pep440',
      tagPrefix: 'v',
      majorOnZero: true,
      rules: { minorTypes: ['feat'], patchTypes: ['fix', 'perf', 'revert', 'docs', 'style', 'refactor', 'test', 'chore'] },
      strict: false,
      paths: [],
      versionFiles: [],
      tagPrefixDefaulted: true,
      fromProject: [],
      dryRun: false,
      releaseBranch: undefined,
      commit: false,
      commitMessage: 'chore(release): {version}',
      tag: false,
      push: false,
    });
  });

  it('reads lists written with commas or newlines, and `none` for no tag prefix', () => {
    const settings = parse({ 'minor-types': 'feat,\nFeature', 'version-files': 'pyproject.toml\nsrc/pkg/__init__.py\n', 'tag-prefix': 'none' });
    expect(settings.rules.minorTypes).toEqual(['feat', 'feature']);
    expect(settings.versionFiles).toEqual(['pyproject.toml', 'src/pkg/__init__.py']);
    expect(settings.tagPrefix).toBe('');
    expect(settings.tagPrefixDefaulted).toBe(false);
  });

  it.each([
    [{ 'release-type': 'huge' }, 'release-type', 'huge', 'auto, major, minor, patch'],
    [{ 'version-scheme': 'calver' }, 'version-scheme', 'calver', 'pep440, semver'],
    [{ prerelease: 'gamma' }, 'prerelease', 'gamma', 'rc'],
    [{ 'dry-run': 'ture' }, 'dry-run', 'ture', 'true or false'],
    [{ 'major-on-zero': 'yes' }, 'major-on-zero', 'yes', 'true or false'],
    [{ 'tag-prefix': 'v ' + 'x' }, 'tag-prefix', 'v x', 'cannot contain'],
    [{ 'release-branch': 'release/next' }, 'release-branch', 'release/next', '{version}'],
    [{ 'commit-message': 'release {ver}' }, 'commit-message', 'release {ver}', '{ver} is unknown'],
    [{ 'minor-types': 'feat, new feature' }, 'minor-types', 'feat, new feature', 'not a commit type'],
    [{ version: '1.2.3', 'release-type': 'minor' }, 'version', '1.2.3', 'cannot be combined'],
    [{ 'version-files': 'pyproject.toml\n../other/pyproject.toml' }, 'version-files', '../other/pyproject.toml', 'relative path inside the repository'],
    [{ changelog: '/etc/CHANGELOG.md' }, 'changelog', '/etc/CHANGELOG.md', 'or an absolute path inside the workspace'],
    [{ changelog: 'C:\\docs\\CHANGELOG.md' }, 'changelog', 'C:\\docs\\CHANGELOG.md', 'or an absolute path inside the workspace'],
    [{ changelog: '.git/config' }, 'changelog', '.git/config', 'inside .git'],
    [{ 'tag-prefix': 'rel..' }, 'tag-prefix', 'rel..', 'cannot contain ..'],
    [{ 'tag-prefix': '-v' }, 'tag-prefix', '-v', 'cannot start with -'],
  ])('rejects %j naming the input, the value and what is allowed', (inputs, input, value, allowed) => {
    const error = inputError(inputs);
    expect(error).toMatchObject({ input, value });
    expect(error.message).toContain(`'${input}'`);
    expect(error.message).toContain(value);
    expect(error.message).toContain(allowed);
  });

  it('fills templates', () => {
    expect(fillTemplate('release/v{version} after {previous-version} as {tag}', { version: '1.0.0', previousVersion: '0.9.0', tag: 'v1.0.0' })).toBe(
      'release/v1.0.0 after 0.9.0 as v1.0.0',
    );
  });
});
