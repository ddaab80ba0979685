import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/publish/check-result.js';
import {
  checkSdistFileName,
  checkWheelFileName,
  escapeProjectName,
  normalizeProjectName,
  parseWheelFileName,
} from '../../../src/publish/metadata/dist-filenames.js';

const notPassing = (results: readonly CheckResult[]): [string, string][] => results.filter((r) => r.level !== 'pass').map((r) => [r.id, r.level]);

describe('project name normalization', () => {
  it.each([
    ['Demo.Pkg_Tools', 'demo-pkg-tools', 'demo_pkg_tools'],
    ['zope.interface', 'zope-interface', 'zope_interface'],
    ['Foo__-.Bar', 'foo-bar', 'foo_bar'],
    ['requests', 'requests', 'requests'],
  ])('%s → %s (PEP 503) and %s (file names)', (name, pep503, escaped) => {
    expect(normalizeProjectName(name)).toBe(pep503);
    expect(escapeProjectName(name)).toBe(escaped);
  });
});

describe('parseWheelFileName', () => {
  it('splits names, build tags and compressed tag sets', () => {
    expect(parseWheelFileName('dist/numpy-2.1.0-1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toEqual({
      name: 'numpy',
      version: '2.1.0',
      build: '1',
      pythonTags: ['cp312'],
      abiTags: ['cp312'],
      platformTags: ['manylinux_2_17_x86_64', 'manylinux2014_x86_64'],
    });
    expect(parseWheelFileName('six-1.16.0-py2.py3-none-any.whl')).toMatchObject({ pythonTags: ['py2', 'py3'], abiTags: ['none'] });
  });

  it.each(['six-1.16.0.tar.gz', 'six-1.16.0-py3-any.whl', 'a-b-c-d-e-f-g.whl', 'six--py3-none-any.whl'])('refuses %s', (file) => {
    expect(parseWheelFileName(file)).toBeUndefined();
  });
});

describe('checkWheelFileName', () => {
  it.each([
    'demo_pkg_tools-1.4.0rc1-py3-none-any.whl',
    'numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    'cryptography-43.0.0-cp39-abi3-musllinux_1_2_aarch64.whl',
    'pydantic_core-2.23.0-cp313-cp313t-macosx_11_0_arm64.whl',
    'orjson-3.10.7-cp312-cp312-macosx_10_15_x86_64.macosx_11_0_arm64.macosx_10_15_universal2.whl',
    'pillow-11.0.0-cp313-cp313-win_arm64.whl',
    'pillow-11.0.0-cp313-cp313-win32.whl',
    'demo-1.0-cp313-cp313-ios_13_0_arm64_iphoneos.whl',
    'demo-1.0-cp313-cp313-android_21_arm64_v8a.whl',
    'demo-1.0-cp312-cp312-linux_armv7l.whl',
    'demo-1.0-2_ubuntu-py3-none-any.whl',
  ])('passes %s', (file) => {
    expect(notPassing(checkWheelFileName(file))).toEqual([]);
  });

  it.each([
    ['demo-1.0-py3-none-any.tar.gz', 'wheel-filename'],
    ['Demo.Pkg_Tools-1.4.0rc1-py3-none-any.whl', 'wheel-filename-name'],
    ['demo__pkg-1.0-py3-none-any.whl', 'wheel-filename-name'],
    ['demo-1.0.x-py3-none-any.whl', 'wheel-filename-version'],
    ['demo-1.0+local-py3-none-any.whl', 'wheel-filename-version'],
    ['demo-1.0-b1-py3-none-any.whl', 'wheel-filename-version'],
    ['demo-1.0-py3!-none-any.whl', 'wheel-filename-tags'],
    ['demo-1.0-cp312-cp312-linux_x86_64.whl', 'wheel-filename-platform'],
    ['demo-1.0-cp312-cp312-linux_aarch64.whl', 'wheel-filename-platform'],
    ['demo-1.0-cp312-cp312-macosx_12_3_arm64.whl', 'wheel-filename-platform'],
    ['demo-1.0-cp312-cp312-macosx_16_0_arm64.whl', 'wheel-filename-platform'],
    ['demo-1.0-cp312-cp312-musllinux_1_2_ppc64.whl', 'wheel-filename-platform'],
    ['demo-1.0-cp312-cp312-freebsd_14_0_amd64.whl', 'wheel-filename-platform'],
  ])('fails %s on %s', (file, id) => {
    expect(notPassing(checkWheelFileName(file))).toEqual([[id, 'failure']]);
  });

  it('names the normalized file and auditwheel in the fixes', () => {
    const [name] = checkWheelFileName('Demo.Pkg_Tools-1.4.0rc1-py3-none-any.whl').filter((r) => r.id === 'wheel-filename-name');
    expect(name).toMatchObject({ file: 'Demo.Pkg_Tools-1.4.0rc1-py3-none-any.whl', message: expect.stringContaining("wants 'demo_pkg_tools'") as unknown });
    expect(name?.fix).toContain('demo_pkg_tools-1.4.0rc1-py3-none-any.whl');
    const [linux] = checkWheelFileName('demo-1.0-cp312-cp312-linux_x86_64.whl').filter((r) => r.level === 'failure');
    expect(linux?.fix).toContain('auditwheel repair');
  });

  it('warns on an unnormalized version and on platforms PyPI has not listed yet', () => {
    expect(notPassing(checkWheelFileName('demo-1.0rc01-py3-none-any.whl'))).toEqual([['wheel-filename-version', 'warning']]);
    expect(notPassing(checkWheelFileName('demo-1.0-cp313-cp313-pyemscripten_2025_0_wasm32.whl'))).toEqual([['wheel-filename-platform', 'warning']]);
  });
});

describe('checkSdistFileName', () => {
  it('passes the PEP 625 name', () => {
    expect(checkSdistFileName('dist/demo_pkg_tools-1.4.0rc1.tar.gz', 'Demo.Pkg-Tools', '1.4.0rc1')).toEqual([
      { id: 'sdist-filename', level: 'pass', file: 'demo_pkg_tools-1.4.0rc1.tar.gz', message: "'demo_pkg_tools-1.4.0rc1.tar.gz' is the PEP 625 sdist name for Demo.Pkg-Tools 1.4.0rc1." },
    ]);
  });

  it.each([
    // What setuptools 66 wrote for the fixture project (fixtures/make-fixtures.sh).
    ['Demo.Pkg_Tools-1.4.0rc1.tar.gz', 'Demo.Pkg-Tools', '1.4.0rc1', 'demo_pkg_tools-1.4.0rc1.tar.gz'],
    ['demo-1.0-rc1.tar.gz', 'demo', '1.0-rc1', 'demo-1.0rc1.tar.gz'],
    ['demo-1.0.zip', 'demo', '1.0', 'demo-1.0.tar.gz'],
    ['demo-1.0.tar.bz2', 'demo', '1.0', 'demo-1.0.tar.gz'],
  ])('fails %s and names %s', (file, name, version, expected) => {
    const [result] = checkSdistFileName(file, name, version);
    expect(result).toMatchObject({ id: 'sdist-filename', level: 'failure', message: expect.stringContaining(`'${expected}'`) as unknown });
  });

  it('fails when the version is not PEP 440', () => {
    expect(checkSdistFileName('demo-x.tar.gz', 'demo', 'x')[0]).toMatchObject({ id: 'sdist-filename', level: 'failure' });
  });
});
