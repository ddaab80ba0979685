import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The gate's fixtures: the sample project, the reports the real tools made for it, and those written to documented formats. */
export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'packages', 'core', 'test', 'gate', 'fixtures');

/**
 * A workspace: the sample project with the reports its CI made (as downloaded artifacts in
 * `artifacts/`, written ones in `written/`), and a RUNNER_TEMP of its own. `cleanups` gets what removes them.
 */
export function workspace(cleanups: (() => void)[]): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'ops-actions-gate-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ops-actions-runner-temp-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => rmSync(runnerTemp, { recursive: true, force: true }));
  cpSync(join(FIXTURES, 'project'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'reports'), join(dir, 'artifacts'), { recursive: true });
  cpSync(join(FIXTURES, 'written'), join(dir, 'written'), { recursive: true });
  return { dir, env: { RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'acme/acme-quality' } };
}
