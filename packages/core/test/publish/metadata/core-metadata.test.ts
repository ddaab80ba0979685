import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/publish/check-result.js';
import { checkCoreMetadata, parseCoreMetadata } from '../../../src/publish/metadata/core-metadata.js';

/** A METADATA/PKG-INFO fixture, made by `fixtures/make-fixtures.sh` (see fixtures/README.md). */
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const FILE = 'demo-1.0-py3-none-any.whl';

const levels = (results: readonly CheckResult[]): Record<string, string> =>
  Object.fromEntries(results.map((r) => [r.id, r.level]));
const failed = (results: readonly CheckResult[]): string[] => results.filter((r) => r.level === 'failure').map((r) => r.id);
const only = (results: readonly CheckResult[], id: string): CheckResult[] => results.filter((r) => r.id === id);

/** Minimal valid metadata plus `extra` headers (and an optional body). */
function md(extra: string, body = '# Demo\n'): string {
  return `Metadata-Version: 2.4\nName: demo\nVersion: 1.0\nSummary: A demo\nDescription-Content-Type: text/markdown\nRequires-Python: >=3.9\nProject-URL: Source, https://example.org/src\n${extra}\n${body}`;
}
const check = (text: string): CheckResult[] => checkCoreMetadata(parseCoreMetadata(text), FILE);

describe('parseCoreMetadata', () => {
  it('reads a setuptools 66 METADATA (Metadata-Version 2.1, parenthesized requirements, RST body)', () => {
    const parsed = parseCoreMetadata(fixture('setuptools-66.METADATA'));
    expect(parsed).toMatchObject({
      metadataVersion: '2.1',
      name: 'Demo.Pkg-Tools',
      version: '1.4.0rc1',
      summary: 'A demo package built by setuptools',
      descriptionContentType: 'text/x-rst',
      requiresPython: '>=3.8',
      license: 'MIT',
      homePage: 'https://example.org/demo',
      requiresDist: ['requests (<3,>=2.28)', 'attrs ; python_version < "3.11"', "pytest (>=7) ; extra == 'test'"],
      classifiers: ['Programming Language :: Python :: 3', 'License :: OSI Approved :: MIT License'],
      projectUrls: ['Source, https://github.com/example/demo', 'Tracker, https://github.com/example/demo/issues'],
      descriptionInHeaderAndBody: false,
    });
    expect(parsed.description?.startsWith('Demo.Pkg_Tools\n==============\n')).toBe(true);
    expect(parsed.headers.get('author-email')).toEqual(['jane@example.org']);
  });

  it('unfolds a PKG-INFO Description header with the `       |` continuation of older writers', () => {
    const parsed = parseCoreMetadata('Metadata-Version: 1.2\r\nName: old\r\nVersion: 0.1\r\nDescription: Title\r\n       |=====\r\n       |\r\n       |Text\r\n        more\r\nSummary: One\r\n');
    expect(parsed.description).toBe('Title\n=====\n\nText\nmore');
    expect(parsed.summary).toBe('One');
  });

  it('keeps a folded Summary multi-line and notes a description given twice', () => {
    const parsed = parseCoreMetadata('Metadata-Version: 2.1\nName: x\nVersion: 1\nSummary: one\n  two\nDescription: head\n\nbody\n');
    expect(parsed.summary).toBe('one\ntwo');
    expect(parsed.description).toBe('body\n');
    expect(parsed.descriptionInHeaderAndBody).toBe(true);
  });
});

describe('checkCoreMetadata on real backend output', () => {
  it.each([
    ['setuptools-66.METADATA', []],
    ['setuptools-66.PKG-INFO', []],
    ['flit-3.8.METADATA', []],
    ['setuptools-84.METADATA', []],
    ['hatchling-1.32.METADATA', []],
    ['flit-core-4.1.METADATA', []],
    // hatchling 1.12 writes License-Expression under Metadata-Version 2.1: packaging refuses it.
    ['hatchling-1.12.METADATA', ['metadata-field-version']],
  ])('%s fails %j', (name, expected) => {
    expect(failed(check(fixture(name)))).toEqual(expected);
  });

  it('gives every check an id, a message, and a fix when it does not pass', () => {
    const results = check(fixture('hatchling-1.12.METADATA'));
    expect(levels(results)).toEqual({
      'metadata-version': 'pass', 'metadata-unknown-field': 'pass', 'metadata-duplicate-field': 'pass', 'metadata-field-version': 'failure',
      'metadata-name': 'pass', 'metadata-project-version': 'pass', 'metadata-summary': 'pass', 'metadata-description-content-type': 'pass',
      'metadata-description': 'pass', 'metadata-requires-python': 'pass', 'metadata-requires-dist': 'pass', 'metadata-license': 'pass',
      'metadata-license-expression': 'pass', 'metadata-classifiers': 'pass', 'metadata-project-urls': 'pass',
    });
    expect(only(results, 'metadata-field-version')[0]).toMatchObject({ file: FILE, message: expect.stringContaining("'license-expression' (added in 2.4)") as unknown, fix: expect.any(String) as unknown });
  });
});

describe('checkCoreMetadata rules', () => {
  it.each([
    ['Metadata-Version 2.0 never existed', 'Metadata-Version: 2.0\nName: a\nVersion: 1\n', 'metadata-version'],
    ['unknown Metadata-Version', 'Metadata-Version: 3.0\nName: a\nVersion: 1\n', 'metadata-version'],
    ['missing Name', 'Metadata-Version: 2.1\nVersion: 1\n', 'metadata-name'],
    ['invalid Name', md('').replace('Name: demo', 'Name: -demo'), 'metadata-name'],
    ['missing Version', 'Metadata-Version: 2.1\nName: a\n', 'metadata-project-version'],
    ['non-PEP 440 Version', md('').replace('Version: 1.0', 'Version: 1.0-final-x'), 'metadata-project-version'],
    ['local Version', md('').replace('Version: 1.0', 'Version: 1.0+ubuntu1'), 'metadata-project-version'],
    ['multi-line Summary', md('').replace('Summary: A demo', 'Summary: A\n  demo'), 'metadata-summary'],
    ['Summary over 512 characters', md('').replace('Summary: A demo', `Summary: ${'x'.repeat(513)}`), 'metadata-summary'],
    ['unknown content type', md('').replace('text/markdown', 'text/html'), 'metadata-description-content-type'],
    ['lower-case charset', md('').replace('text/markdown', 'text/markdown; charset=utf-8'), 'metadata-description-content-type'],
    ['unknown markdown variant', md('').replace('text/markdown', 'text/markdown; variant=gfm'), 'metadata-description-content-type'],
    ['invalid Requires-Python', md('').replace('>=3.9', '3.9'), 'metadata-requires-python'],
    ['invalid Requires-Dist', md('Requires-Dist: requests >=> 2'), 'metadata-requires-dist'],
    ['direct URL Requires-Dist', md('Requires-Dist: pkg @ https://example.org/pkg-1.0.tar.gz'), 'metadata-requires-dist'],
    ['License and License-Expression', md('License: MIT\nLicense-Expression: MIT'), 'metadata-license'],
    ['invalid License-Expression', md('License-Expression: MIT AND'), 'metadata-license-expression'],
    ['unknown SPDX identifier', md('License-Expression: Apache2'), 'metadata-license-expression'],
    ['Private classifier', md('Classifier: Private :: Do Not Upload'), 'metadata-classifiers'],
    ['Project-URL label over 32 characters', md(`Project-URL: ${'L'.repeat(33)}, https://example.org`), 'metadata-project-urls'],
    ['repeated single-use field', md('Summary: again'), 'metadata-duplicate-field'],
    ['unrecognized field', md('Home-Page-URL: https://example.org'), 'metadata-unknown-field'],
    ['field newer than Metadata-Version', md('Dynamic: version').replace('Metadata-Version: 2.4', 'Metadata-Version: 2.1'), 'metadata-field-version'],
    ['License-Expression under 2.1, beside a License-File', md('License-File: LICENSE\nLicense-Expression: MIT').replace('Metadata-Version: 2.4', 'Metadata-Version: 2.1'), 'metadata-field-version'],
    ['description in header and body', md('Description: head'), 'metadata-description'],
    ['broken RST description', md('', 'Use *args here.\n').replace('text/markdown', 'text/x-rst'), 'metadata-description'],
  ])('fails on %s', (_, text, id) => {
    expect(failed(check(text))).toEqual([id]);
  });

  it('passes valid variants of each rule', () => {
    const text = md(
      'Requires-Dist: requests (<3,>=2.28)\nRequires-Dist: rich[jupyter]~=13.7; extra != "minimal" and (python_version >= "3.9" or os_name == "nt")\nLicense-Expression: (mit OR Apache-2.0) AND GPL-2.0-or-later WITH Classpath-exception-2.0\nClassifier: License :: OSI Approved :: MIT License',
    ).replace('text/markdown', 'text/markdown; charset=UTF-8; variant=CommonMark');
    expect(failed(check(text))).toEqual([]);
    expect(check(text).filter((r) => r.level === 'warning')).toEqual([]);
  });

  it('renders a missing content type as RST, so it warns and checks the RST', () => {
    const results = check(md('', 'Use *args here.\n').replace('Description-Content-Type: text/markdown\n', ''));
    expect(only(results, 'metadata-description-content-type')[0]?.level).toBe('warning');
    expect(only(results, 'metadata-description')[0]).toMatchObject({ level: 'failure', message: expect.stringContaining('line 1: Inline') as unknown });
  });

  it.each([
    ['Requires-Python', md('').replace('Requires-Python: >=3.9\n', ''), 'metadata-requires-python'],
    ['project URLs', md('').replace('Project-URL: Source, https://example.org/src\n', ''), 'metadata-project-urls'],
    ['description', md('', ''), 'metadata-description'],
  ])('warns when %s is absent', (_, text, id) => {
    expect(check(text).filter((r) => r.level !== 'pass').map((r) => [r.id, r.level])).toEqual([[id, 'warning']]);
  });
});

describe('Summary length', () => {
  it('counts characters as PyPI does, not UTF-16 units', () => {
    const emoji = parseCoreMetadata(`Metadata-Version: 2.1\nName: a\nVersion: 1.0\nSummary: ${'🐍'.repeat(300)}\n`);
    expect(checkCoreMetadata(emoji, 'a.whl').find((c) => c.id === 'metadata-summary')?.level).toBe('pass');
  });
});

describe('License-File under Metadata-Version 2.1, as setuptools before 77 writes it', () => {
  const text = md('License-File: LICENSE\nLicense-File: NOTICE').replace('Metadata-Version: 2.4', 'Metadata-Version: 2.1');

  it('only warns, naming the uploaders PyPI takes it from and those it refuses it from', () => {
    const [result] = only(check(text), 'metadata-field-version');
    expect(result).toEqual({
      id: 'metadata-field-version',
      level: 'warning',
      file: FILE,
      message:
        "Metadata-Version 2.1 has no 'license-file' (added in 2.4), which setuptools before 77 writes all the same. twine (and so pypa/gh-action-pypi-publish) and pdm publish leave License-File out of the upload below Metadata-Version 2.4, so PyPI accepts the file from them; uv publish, hatch publish and poetry publish (2.3 and later) send it, and PyPI refuses the upload (\"license-file introduced in metadata version 2.4, not 2.1\").",
      fix: 'Upload with pypa/gh-action-pypi-publish or twine; to upload with any tool, build with setuptools 77 or later, which writes Metadata-Version 2.4.',
    });
  });

  it('still fails a field no uploader leaves out, and says License-File is not the problem', () => {
    const [result] = only(check(md('License-File: LICENSE\nDynamic: version').replace('Metadata-Version: 2.4', 'Metadata-Version: 2.1')), 'metadata-field-version');
    expect(result?.level).toBe('failure');
    expect(result?.message).toContain("Metadata-Version 2.1 has no 'dynamic' (added in 2.2); PyPI refuses an upload that carries it");
    expect(result?.message).toContain('(License-File, also too new, is left out of the upload by twine (and so pypa/gh-action-pypi-publish) and pdm publish)');
  });
});
