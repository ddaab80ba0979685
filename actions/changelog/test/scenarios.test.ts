import { expectGolden, runBundledAction } from '@ops-actions/test-helpers';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCENARIOS = join(import.meta.dirname, 'scenarios');
const names = readdirSync(SCENARIOS).filter((name) => statSync(join(SCENARIOS, name)).isDirectory());

/**
 * One folder per scenario: `history.sh` builds the repository (fixed dates, so fixed hashes),
 * `before.md` is the changelog before (absent: no file), `inputs.json` the action's inputs, and
 * `after.md` the expected changelog and `summary.md` the job summary (`pnpm golden:update`
 * rewrites both); a second run must change nothing. A `SOURCE.md` says which tool wrote a
 * `before.md` and how.
 */
describe.each(names)('changelog scenario %s', (name) => {
  it('writes the expected changelog through the bundled action', async () => {
    const folder = join(SCENARIOS, name);
    const dir = mkdtempSync(join(tmpdir(), `ops-actions-changelog-${name}-`));
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ops-actions-runner-temp-'));
    try {
      execFileSync('bash', [join(folder, 'history.sh')], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1' }, stdio: 'pipe' });
      if (existsSync(join(folder, 'before.md'))) copyFileSync(join(folder, 'before.md'), join(dir, 'CHANGELOG.md'));
      const inputs = JSON.parse(readFileSync(join(folder, 'inputs.json'), 'utf8')) as Record<string, string>;
      const run = () =>
        runBundledAction('changelog', {
          cwd: dir,
          // RUNNER_TEMP of our own, so the notes file is still there after the run.
          env: { GITHUB_REPOSITORY: 'acme/stats', HOME: dir, RUNNER_TEMP: runnerTemp },
          inputs: { 'repository-url': 'https://github.com/acme/stats', date: '2025-02-01', ...inputs },
        });
      const result = await run();
      expect(result.exitCode, result.log).toBe(0);
      const after = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
      expectGolden(join(folder, 'after.md'), after);
      expectGolden(join(folder, 'summary.md'), result.summary);
      expect(result.outputs.changed).toBe('true');
      expect(result.outputs['release-notes-file']?.startsWith(runnerTemp)).toBe(true);
      expect(readFileSync(result.outputs['release-notes-file'] ?? '', 'utf8')).toBe(result.outputs['release-notes']);
      expect(after.replace(/\r\n/g, '\n')).toContain(result.outputs['release-notes']?.trim().split('\n')[0] ?? '<no notes>');
      // Adopted once, the file is this action's: the same run again changes nothing.
      const again = await run();
      expect(again.exitCode, again.log).toBe(0);
      expect(again.outputs.changed).toBe('false');
      expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toBe(after);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });
});
