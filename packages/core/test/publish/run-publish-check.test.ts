import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakePyPI } from '@ops-actions/test-helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { inputSourceFrom } from '../../src/inputs/parse-input.js';
import { wheelSpecs, writeZip } from './archives/zip-writer.js';
import { parsePublishCheckSettings } from '../../src/publish/publish-check-settings.js';
import { runPublishCheck } from '../../src/publish/run-publish-check.js';

const DIST = join(import.meta.dirname, 'fixtures', 'dist');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A workspace whose dist/ holds the given fixture files (fixture/file) and extra files. */
function workspace(files: string[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-publish-run-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'dist'));
  for (const file of files) copyFileSync(join(DIST, file), join(dir, 'dist', file.split('/')[1] ?? file));
  for (const [path, content] of Object.entries(extra)) writeFileSync(join(dir, path), content);
  return dir;
}

async function check(dir: string, inputs: Record<string, string> = {}, ref?: string) {
  const settings = parsePublishCheckSettings(inputSourceFrom({ 'tag-prefix': 'v', 'check-published': 'false', 'trusted-publishing': 'off', ...inputs }), ref);
  return runPublishCheck(settings, { cwd: dir, env: {} });
}
const levels = (result: Awaited<ReturnType<typeof check>>, id: string) => result.checks.filter((c) => c.id === id).map((c) => c.level);

describe('runPublishCheck', () => {
  it('passes a good flit release and compares it with pyproject.toml and the tag', async () => {
    const dir = workspace(['flit-good/flit_demo-2.0.0-py3-none-any.whl', 'flit-good/flit_demo-2.0.0.tar.gz'], {
      'pyproject.toml': '[project]\nname = "flit_demo"\nversion = "2.0.0"\n',
    });
    const result = await check(dir, {}, 'refs/tags/v2.0.0.0');
    expect(result).toMatchObject({ name: 'flit_demo', version: '2.0.0', passed: true });
    expect(levels(result, 'expected-version')).toEqual(['pass']);
    expect(levels(result, 'pyproject')).toEqual(['pass']);
  });

  it('fails files built from different versions, and a pyproject that disagrees', async () => {
    const dir = workspace(['flit-good/flit_demo-2.0.0-py3-none-any.whl', 'hatchling-good/hatch_demo-1.2.0rc1.tar.gz'], {
      'pyproject.toml': '[project]\nname = "flit_demo"\nversion = "2.0.1"\n',
    });
    const result = await check(dir);
    expect(result.passed).toBe(false);
    expect(levels(result, 'same-name-and-version')).toEqual(['failure']);
    expect(result.checks.find((c) => c.id === 'pyproject')?.message).toContain('[project].version is 2.0.1, the files are 2.0.0');
  });

  it('fails a pyproject.toml that is not TOML, naming its line, and still runs the other checks', async () => {
    const dir = workspace(['flit-good/flit_demo-2.0.0-py3-none-any.whl', 'flit-good/flit_demo-2.0.0.tar.gz'], {
      'pyproject.toml': '[project]\nname = "flit_demo"\nversion = 2.0.0\n',
    });
    const result = await check(dir);
    expect(result.passed).toBe(false);
    const pyproject = result.checks.find((c) => c.id === 'pyproject');
    expect(pyproject?.level).toBe('failure');
    expect(pyproject?.message).toMatch(/^pyproject\.toml:3: not valid TOML: /);
    expect(levels(result, 'same-name-and-version')).toEqual(['pass']);
  });

  it('fails a wheel whose file name and dist-info say another version or project than METADATA', async () => {
    // The wheel is internally consistent (RECORD, dist-info folder) but METADATA says demo 1.0.
    for (const [filename, distInfo] of [['demo-1.1-py3-none-any.whl', 'demo-1.1.dist-info'], ['other-1.0-py3-none-any.whl', 'other-1.0.dist-info']] as const) {
      const dir = workspace([]);
      writeFileSync(join(dir, 'dist', filename), writeZip(wheelSpecs({ files: [{ name: 'demo/__init__.py', data: 'x = 1\n' }], distInfo })));
      const result = await check(dir, { require: 'wheel' });
      expect(result.checks.filter((c) => c.level === 'failure').map((c) => c.id), filename).toContain('wheel-filename-metadata');
      expect(result.passed).toBe(false);
    }
    const good = await check(workspace(['flit-good/flit_demo-2.0.0-py3-none-any.whl']), { require: 'wheel' });
    expect(levels(good, 'wheel-filename-metadata')).toEqual(['pass']);
  });

  it('fails a missing dist folder, stray files, two sdists and a missing wheel', async () => {
    const missing = mkdtempSync(join(tmpdir(), 'ops-actions-publish-run-'));
    dirs.push(missing);
    expect(levels(await check(missing), 'dist-folder')).toEqual(['failure']);

    const dir = workspace(['flit-good/flit_demo-2.0.0.tar.gz', 'hatchling-good/hatch_demo-1.2.0rc1.tar.gz']);
    writeFileSync(join(dir, 'dist', 'flit_demo-2.0.0.zip'), 'PK');
    writeFileSync(join(dir, 'dist', '.gitignore'), '*');
    const result = await check(dir);
    const contents = result.checks.filter((c) => c.id === 'dist-contents');
    expect(contents.map((c) => [c.level, c.file ?? ''])).toEqual([
      ['failure', 'flit_demo-2.0.0.zip'],
      ['failure', ''],
      ['failure', ''],
    ]);
    expect(contents.map((c) => c.message).join(' ')).toMatch(/PEP 625.*2 sdists.*No wheel/s);
  });

  it('fails files over max-file-size', async () => {
    const dir = workspace(['flit-good/flit_demo-2.0.0-py3-none-any.whl']);
    const result = await check(dir, { 'max-file-size': '1KiB', require: 'wheel' });
    expect(levels(result, 'file-size')).toEqual(['failure']);
    expect(result.passed).toBe(false);
  });

  it('passes with a warning for a published version under skip-existing, and fails under strict', async () => {
    const pypi = await startFakePyPI({ releases: { 'flit-demo': { '2.0.0': [{ filename: 'flit_demo-2.0.0.tar.gz' }] } } });
    try {
      const dir = workspace(['flit-good/flit_demo-2.0.0-py3-none-any.whl']);
      const inputs = { require: 'wheel', 'check-published': 'true', 'skip-existing': 'true', 'repository-url': pypi.url };
      const lenient = await check(dir, inputs);
      expect(lenient.checks.filter((c) => c.level === 'failure')).toEqual([]);
      expect(lenient.checks.filter((c) => c.level === 'warning').map((c) => c.id)).toEqual(['index-version-published']);
      expect(lenient).toMatchObject({ passed: true, alreadyPublished: true });
      expect((await check(dir, { ...inputs, strict: 'true' })).passed).toBe(false);
    } finally {
      await pypi.close();
    }
  });

  // Real wheels PyPI took: Metadata-Version 2.1 with License-File, as every setuptools before 77 writes.
  it.each(['pip-23.0.1-py3-none-any.whl', 'setuptools-66.1.1-py3-none-any.whl', 'wheel-0.38.4-py3-none-any.whl'])(
    'passes Debian\'s %s, warning that some uploaders would be refused',
    async (wheel) => {
      const dir = mkdtempSync(join(tmpdir(), 'ops-actions-publish-run-'));
      dirs.push(dir);
      mkdirSync(join(dir, 'dist'));
      copyFileSync(join(import.meta.dirname, 'fixtures', 'debian-wheels', wheel), join(dir, 'dist', wheel));
      const result = await check(dir, { require: 'wheel' });
      expect(result.checks.filter((c) => c.level === 'failure')).toEqual([]);
      expect(result.passed).toBe(true);
      const fieldVersion = result.checks.find((c) => c.id === 'metadata-field-version');
      expect(fieldVersion?.level).toBe('warning');
      expect(fieldVersion?.message).toContain('uv publish, hatch publish and poetry publish (2.3 and later) send it');
      // Rebuilt by Debian, still whole: every member hashed and listed in RECORD.
      expect([...levels(result, 'wheel-record-hashes'), ...levels(result, 'wheel-record-complete')]).toEqual(['pass', 'pass']);
    },
  );
});
