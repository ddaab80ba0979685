import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../src/run-action.js';
import { hermeticEnv, lifecycleAction, makeTempDir, removeDirs, writeFixtureAction } from './support/fixture-actions.js';

const dirs: string[] = [];
afterAll(() => removeDirs(dirs));

async function run(postIf: string, failed: boolean | undefined) {
  const actionDir = await writeFixtureAction(lifecycleAction(postIf));
  const cwd = await makeTempDir();
  dirs.push(actionDir, cwd);
  const order: string[] = [];
  const result = await runAction({
    actionDir,
    cwd,
    baseEnv: hermeticEnv(),
    onOutput: (chunk) => {
      if (chunk.includes('pre ran')) order.push('pre');
    },
    laterSteps: () => {
      order.push('later steps');
      return Promise.resolve(failed === undefined ? undefined : { failed });
    },
  });
  return { result, order };
}

describe('runAction with later steps between main and post', () => {
  it('runs them once after main, and post sees failure() when one of them failed', async () => {
    const failing = await run('failure()', true);
    expect(failing.order).toEqual(['pre', 'later steps']);
    expect(failing.result.stages.map((stage) => stage.stage)).toEqual(['pre', 'main', 'post']);
    // The action's own stages succeeded: a later step's failure is not the action's.
    expect(failing.result.exitCode).toBe(0);

    const passing = await run('failure()', false);
    expect(passing.result.stages.map((stage) => stage.stage)).toEqual(['pre', 'main']);
    expect(passing.result.log).toContain("Skipping the post stage: 'failure()' is false.");

    const always = await run('always()', true);
    expect(always.result.stages.map((stage) => stage.stage)).toEqual(['pre', 'main', 'post']);
  });
});
