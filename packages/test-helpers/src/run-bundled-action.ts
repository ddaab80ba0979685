import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '@ops-actions/cli';
import type { RunActionOptions, RunResult } from '@ops-actions/cli';

// This file is packages/test-helpers/src/run-bundled-action.ts.
const ACTIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'actions');

/** Options for {@link runBundledAction}: those of runAction, with the action named instead. */
export type RunBundledActionOptions = Omit<RunActionOptions, 'actionDir'>;

/**
 * Runs `actions/<actionName>`'s committed dist/ through the runner protocol (INPUT_ variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), as end-to-end tests should.
 */
export function runBundledAction(actionName: string, options: RunBundledActionOptions = {}): Promise<RunResult> {
  return runAction({ ...options, actionDir: join(ACTIONS_DIR, actionName) });
}
