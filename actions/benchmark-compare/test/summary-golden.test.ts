import { expectGolden, runBundledAction } from '@ops-actions/test-helpers';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RUNS = join(import.meta.dirname, '..', '..', '..', 'packages', 'core', 'test', 'benchmark', 'fixtures', 'pytest-benchmark', 'runs');

describe('benchmark-compare job summary', () => {
  it.each([
    ['regression-history', 'current-regression.json', 'history'],
    ['renamed-history', 'current-renamed.json', 'history'],
  ])('for %s matches its golden file', async (name, current, history) => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-actions-benchmark-golden-'));
    try {
      cpSync(join(RUNS, history), join(dir, 'benchmarks'), { recursive: true });
      cpSync(join(RUNS, current), join(dir, 'results.json'));
      const result = await runBundledAction('benchmark-compare', { cwd: dir, inputs: { current: 'results.json' } });
      expect(result.exitCode, result.log).toBe(0);
      expectGolden(join(import.meta.dirname, 'golden', `${name}.md`), result.summary);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
