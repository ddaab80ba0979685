import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/publish/check-result.js';
import { checkAgainstIndex } from '../../../src/publish/index-client/pypi-json-api.js';
import type { PublishedRelease } from '../../../src/publish/index-client/pypi-json-api.js';

const WHEEL = { filename: 'foo_bar-1.0.0-py3-none-any.whl', kind: 'wheel' } as const;
const SDIST = { filename: 'foo_bar-1.0.0.tar.gz', kind: 'sdist' } as const;
const MAC_WHEEL = { filename: 'foo_bar-1.0.0-cp312-cp312-macosx_11_0_arm64.whl', kind: 'wheel' } as const;

const published = (...files: PublishedRelease['files']): PublishedRelease => ({ exists: true, files });
const indexWheel = { filename: WHEEL.filename, packagetype: 'bdist_wheel', size: 3795, yanked: false };
const indexSdist = { filename: SDIST.filename, packagetype: 'sdist', size: 3148, yanked: false };

const summary = (results: CheckResult[]): string[] => results.map((r) => `${r.level} ${r.id}${r.file ? ` ${r.file}` : ''}`);

describe('checkAgainstIndex', () => {
  it('passes a version that is not published', () => {
    expect(checkAgainstIndex({ exists: false, files: [] }, [WHEEL, SDIST], { skipExisting: false })).toEqual([
      { id: 'index-version-new', level: 'pass', message: 'This version is not on the index yet, so every file can be uploaded.' },
    ]);
  });

  it('fails a published version and every file already there, naming them', () => {
    const results = checkAgainstIndex(published(indexWheel, indexSdist), [WHEEL, SDIST], { skipExisting: false });
    expect(summary(results)).toEqual([
      'failure index-version-published',
      `failure index-filename-taken ${WHEEL.filename}`,
      `failure index-filename-taken ${SDIST.filename}`,
    ]);
    expect(results[0]?.message).toBe(
      `This version is already on the index with 2 files: ${WHEEL.filename} (wheel), ${SDIST.filename} (sdist).`,
    );
    expect(results[0]?.fix).toContain('set skip-existing: true');
    expect(results[1]?.message).toContain('PyPI never takes a filename twice');
  });

  it('with skip-existing, warns that files on the index will be skipped', () => {
    const results = checkAgainstIndex(published(indexWheel, indexSdist), [WHEEL, SDIST], { skipExisting: true });
    expect(summary(results)).toEqual([
      'warning index-version-published',
      `warning index-filename-taken ${WHEEL.filename}`,
      `warning index-filename-taken ${SDIST.filename}`,
    ]);
    expect(results[1]?.message).toBe(`${WHEEL.filename} is already on the index and will be skipped; the index keeps the published file.`);
  });

  it('lets new wheels join an existing release under skip-existing', () => {
    const results = checkAgainstIndex(published(indexWheel, indexSdist), [WHEEL, MAC_WHEEL], { skipExisting: true });
    expect(summary(results)).toEqual([
      'warning index-version-published',
      `warning index-filename-taken ${WHEEL.filename}`,
      `pass index-file-new ${MAC_WHEEL.filename}`,
    ]);
  });

  it('refuses a second sdist under another name, even with skip-existing', () => {
    const oldSdist = { filename: 'Foo-Bar-1.0.0.tar.gz', packagetype: 'sdist' };
    for (const skipExisting of [false, true]) {
      const results = checkAgainstIndex(published(indexWheel, oldSdist), [SDIST], { skipExisting });
      expect(results.at(-1)).toEqual({
        id: 'index-second-sdist',
        level: 'failure',
        file: SDIST.filename,
        message: `${SDIST.filename} cannot be added: the release already has the sdist Foo-Bar-1.0.0.tar.gz, and PyPI takes one sdist per release.`,
        fix: 'Publish a new version (a .post1 release for a packaging-only fix). skip-existing does not help: it skips only files of the same name.',
      });
    }
  });

  it('lets an sdist join a wheel-only release', () => {
    const results = checkAgainstIndex(published(indexWheel), [SDIST], { skipExisting: true });
    expect(summary(results)).toEqual(['warning index-version-published', `pass index-file-new ${SDIST.filename}`]);
  });

  it('says that yanking frees no filename', () => {
    const results = checkAgainstIndex(published({ ...indexWheel, yanked: true }), [WHEEL], { skipExisting: false });
    expect(results[0]?.message).toBe(
      `This version is already on the index with 1 file: ${WHEEL.filename} (wheel, yanked). It is yanked, which frees neither the version nor its filenames.`,
    );
    expect(results[1]?.message).toContain('(yanked)');
  });

  it('warns about a release whose files were all deleted', () => {
    const results = checkAgainstIndex(published(), [WHEEL], { skipExisting: false });
    expect(summary(results)).toEqual(['warning index-version-empty', `pass index-file-new ${WHEEL.filename}`]);
    expect(results[0]?.fix).toContain('https://pypi.org/help/#file-name-reuse');
  });
});
