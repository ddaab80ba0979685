import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { inputSourceFrom } from '../../src/inputs/parse-input.js';
import { formatBytes } from '../../src/publish/archives/archive-limits.js';
import { expectedVersionFromRef, parsePublishCheckSettings, parseSize } from '../../src/publish/publish-check-settings.js';

const parse = (inputs: Record<string, string>, ref?: string) => parsePublishCheckSettings(inputSourceFrom({ 'tag-prefix': 'v', ...inputs }), ref);

describe('parsePublishCheckSettings', () => {
  it('gives the documented defaults', () => {
    expect(parse({})).toMatchObject({
      dist: 'dist',
      pyproject: 'pyproject.toml',
      expected: undefined,
      repositoryUrl: 'https://pypi.org',
      checkPublished: true,
      skipExisting: false,
      require: ['sdist', 'wheel'],
      maxFileSize: 100 * 2 ** 20,
      strict: false,
      trustedPublishing: 'auto',
    });
  });

  it('takes the expected version from the input, else from a release tag or branch', () => {
    expect(parse({ 'expected-version': 'v0.3.4.0' }).expected?.version.toString()).toBe('0.3.4.0');
    expect(parse({}, 'refs/tags/v0.3.4').expected).toMatchObject({ source: 'tag v0.3.4' });
    expect(parse({}, 'refs/heads/release/v1.0rc1').expected?.version.toString()).toBe('1.0rc1');
    expect(parse({}, 'refs/heads/main').expected).toBeUndefined();
    expect(parse({}, 'refs/pull/3/merge').expected).toBeUndefined();
  });

  it("follows the project's release tool for an empty tag-prefix on a tag ref, and reports a tag format it cannot follow", () => {
    const files = (pyproject: string) => new Map([['pyproject.toml', pyproject]]);
    const empty = (ref: string, pyproject: string) => parsePublishCheckSettings(inputSourceFrom({ 'tag-prefix': '' }), ref, { files: files(pyproject) });
    expect(empty('refs/tags/2.0.0', '[tool.commitizen]\nversion = "2.0.0"\n')).toMatchObject({ expected: { source: 'tag 2.0.0' }, expectedProblem: undefined });
    expect(empty('refs/tags/acme-2.0.0', '[tool.bumpversion]\ncurrent_version = "2.0.0"\ntag_name = "acme-{new_version}"\n').expected?.version.toString()).toBe('2.0.0');
    const unusable = empty('refs/tags/v2.0.0', '[tool.semantic_release]\ntag_format = "(dev|prod)-v{version}"\n');
    expect(unusable.expected).toBeUndefined();
    expect(unusable.expectedProblem?.message).toMatch(/^tag-prefix is empty, so it follows the project's release tool, but pyproject\.toml: tag_format = /);
    // A branch ref does not need the prefix: the same configuration is not a problem there.
    expect(empty('refs/heads/release/v2.0.0', '[tool.semantic_release]\ntag_format = "(dev|prod)-v{version}"\n')).toMatchObject({ expectedProblem: undefined, expected: { source: 'branch release/v2.0.0' } });
  });

  it.each([
    [{ require: 'sdist,egg' }, 'require'],
    [{ 'max-file-size': 'huge' }, 'max-file-size'],
    [{ 'trusted-publishing': 'yes' }, 'trusted-publishing'],
    [{ 'expected-version': 'one' }, 'expected-version'],
    [{ 'release-branch-pattern': 'release/next' }, 'release-branch-pattern'],
    [{ strict: 'ture' }, 'strict'],
    [{ 'repository-url': 'https://upload.pypi.org/legacy/' }, 'repository-url'],
    [{ 'repository-url': 'https://test.pypi.org/legacy/' }, 'repository-url'],
    [{ 'repository-url': 'http://pypi.example.com' }, 'repository-url'],
  ])('rejects %j naming the input', (inputs, input) => {
    expect(() => parse(inputs)).toThrow(InputError);
    expect(() => parse(inputs)).toThrow(`Input '${input}'`);
  });

  it.each([',', ' , ,', ',\n,'])('refuses a require that lists nothing (%j), which would let an empty dist folder pass', (raw) => {
    expect(() => parse({ require: raw })).toThrow(
      `Input 'require' has the value '${raw.trim()}', but it must list at least one of sdist, wheel (comma separated), e.g. sdist,wheel.`,
    );
    expect(parse({ require: ' wheel, ,wheel' }).require).toEqual(['wheel']);
  });

  it('keeps a mirror\'s credentials apart from the URL it shows, with every form of them to mask', () => {
    const settings = parse({ 'repository-url': 'https://ci%40acme:p%40ss%2Fw0rd@mirror.example/root/pypi/' });
    expect(settings.repositoryUrl).toBe('https://mirror.example/root/pypi');
    expect(settings.repositoryCredentials).toEqual({ username: 'ci@acme', password: 'p@ss/w0rd' });
    expect(settings.secrets).toEqual(
      expect.arrayContaining(['p@ss/w0rd', 'p%40ss%2Fw0rd', Buffer.from('ci@acme:p@ss/w0rd').toString('base64')]),
    );
    expect(settings.secrets.some((form) => form.includes('ci@acme') && !form.includes('p@ss'))).toBe(false);
    // A token as the user name (`https://<token>@mirror`) is the secret itself.
    expect(parse({ 'repository-url': 'https://tok3n@pypi.fury.io/acme/' }).secrets).toEqual(
      expect.arrayContaining(['tok3n', Buffer.from('tok3n:').toString('base64')]),
    );
    expect(parse({}).secrets).toEqual([]);
  });
});

describe('sizes', () => {
  it.each([
    ['100MiB', 104_857_600],
    ['60 MB', 60_000_000],
    ['1GiB', 2 ** 30],
    ['1048576', 1_048_576],
  ])('%s is %d bytes', (raw, bytes) => {
    expect(parseSize('max-file-size', raw)).toBe(bytes);
  });

  it('formats bytes for people', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(104_857_600)]).toEqual(['512 B', '1.5 KiB', '100 MiB']);
  });
});

describe('expectedVersionFromRef', () => {
  it('follows the tag prefix and the branch pattern', () => {
    expect(expectedVersionFromRef('refs/tags/pkg-2.0', 'pkg-', 'release/{version}')?.version.toString()).toBe('2.0');
    expect(expectedVersionFromRef('refs/heads/rel-2.1-final', 'v', 'rel-{version}-final')?.version.toString()).toBe('2.1');
    expect(expectedVersionFromRef('refs/tags/nightly', 'v', 'release/v{version}')).toBeUndefined();
  });
});
