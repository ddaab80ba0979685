import { expectGolden, runBundledAction } from '@ops-actions/test-helpers';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'packages', 'core', 'test', 'publish', 'fixtures', 'dist');

describe('pypi-publish-check job summary', () => {
  it.each(['setuptools-problems', 'flit-good'])('for the %s fixture matches its golden file', async (fixture) => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-actions-publish-golden-'));
    try {
      cpSync(join(FIXTURES, fixture), join(dir, 'dist'), { recursive: true });
      const result = await runBundledAction('pypi-publish-check', {
        cwd: dir,
        inputs: { 'check-published': 'false', 'trusted-publishing': 'off' },
      });
      expect(result.exitCode).toBe(fixture.endsWith('good') ? 0 : 1);
      expectGolden(join(import.meta.dirname, 'golden', `${fixture}.md`), result.summary);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
