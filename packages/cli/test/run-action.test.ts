import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '@ops-actions/core';
import { nodeRuntimes } from '../../test-helpers/src/node-runtimes.js';
import { runAction } from '../src/run-action.js';
import {
  ECHO_ACTION,
  hermeticEnv,
  lifecycleAction,
  makeGitRepo,
  makeTempDir,
  removeDirs,
  writeFixtureAction,
} from './support/fixture-actions.js';

const dirs: string[] = [];
afterAll(() => removeDirs(dirs));

async function fixture(files: Record<string, string>): Promise<string> {
  const dir = await writeFixtureAction(files);
  dirs.push(dir);
  return dir;
}

async function workspace(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

function parse(json: string | undefined): Record<string, string> {
  return JSON.parse(json ?? '{}') as Record<string, string>;
}

describe.each(nodeRuntimes())('runAction under $label', ({ path: nodePath }) => {
  it('passes inputs as INPUT_ variables, hyphens kept, with defaults and their expressions', async () => {
    const cwd = await workspace();
    const result = await runAction({
      actionDir: await fixture(ECHO_ACTION),
      inputs: { 'release-type': 'minor', needed: 'yes' },
      cwd,
      nodePath,
      baseEnv: { ...hermeticEnv(), GITHUB_TOKEN: 'ghs_token123' },
    });
    expect(result.exitCode).toBe(0);
    const os = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' }[process.platform as string];
    const repository = `local/${cwd.split(/[\\/]/).pop() ?? ''}`;
    expect(parse(result.outputs.inputs)).toEqual({
      'INPUT_RELEASE-TYPE': 'minor',
      INPUT_TOKEN: 'ghs_token123',
      'INPUT_WORKSPACE-DIR': cwd,
      'INPUT_TAG-PREFIX': `v-${os}-${repository}`,
      INPUT_DRY_RUN: 'false',
      INPUT_VERSION: '1.10',
      INPUT_NEEDED: 'yes',
    });
    expect(result.outputs.multi).toBe('line one\nline two');
    expect(result.outputs.simple).toBe('hello=world');
    expect(result.log).toContain('released minor');
    expect(result.log).not.toContain('ghs_token123');
    expect(result.stages).toEqual([{ stage: 'main', exitCode: 0 }]);
    expect(result.summary).toContain('| release-type | minor |');
  });

  it('warns, as GitHub does, about undeclared inputs and missing required ones', async () => {
    const result = await runAction({
      actionDir: await fixture(ECHO_ACTION),
      inputs: { typo: 'x', 'old-name': 'y' },
      cwd: await workspace(),
      nodePath,
      baseEnv: hermeticEnv(),
    });
    expect(result.exitCode).toBe(0);
    expect(result.annotations.map((annotation) => annotation.message)).toEqual([
      "Unexpected input(s) 'typo', valid inputs are ['release-type', 'token', 'workspace-dir', 'tag-prefix', 'dry run', 'version', 'needed', 'old-name']",
      'Input required and not supplied: needed',
      "Input 'old-name' has been deprecated with message: use release-type",
    ]);
    const inputs = parse(result.outputs.inputs);
    expect(inputs.INPUT_TYPO).toBe('x');
    expect(inputs.INPUT_TOKEN).toBe('');
    expect(inputs).not.toHaveProperty('INPUT_NEEDED');
  });

  it('sets the runner context, from git in the workspace, with env overrides winning', async () => {
    const cwd = await workspace();
    const sha = makeGitRepo(cwd);
    const actionDir = await fixture(ECHO_ACTION);
    const run = (env?: Record<string, string>) =>
      runAction({ actionDir, cwd, nodePath, env, eventName: 'push', baseEnv: { ...hermeticEnv(), GITHUB_SHA: 'outer', RUNNER_TEMP: '/outer' } });
    const context = parse((await run()).outputs.context);
    expect(context).toMatchObject({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: cwd,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/feature/x',
      GITHUB_REF_NAME: 'feature/x',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_RUN_ID: '1',
    });
    expect(context.RUNNER_TEMP).not.toBe('/outer');
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH', 'RUNNER_OS', 'RUNNER_ARCH']) {
      expect(context[name], name).toBeTruthy();
    }
    const overridden = parse((await run({ GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_REPOSITORY: 'acme/widgets' })).outputs.context);
    expect(overridden).toMatchObject({ GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_REPOSITORY: 'acme/widgets', GITHUB_REPOSITORY_OWNER: 'acme' });
  });

  it('runs pre, main and post, carrying state, GITHUB_ENV and GITHUB_PATH forward', async () => {
    const result = await runAction({ actionDir: await fixture(lifecycleAction()), cwd: await workspace(), nodePath, baseEnv: hermeticEnv() });
    expect(result.exitCode).toBe(0);
    expect(result.stages.map((stage) => stage.stage)).toEqual(['pre', 'main', 'post']);
    const seen = parse(result.outputs.seen);
    expect(seen).toMatchObject({ started: 'yes', fromPre: 'pre value', multi: 'a\nb' });
    expect(seen.firstPath).toMatch(/pre-bin$/);
    expect(result.outputs['post-saw']).toBe('yes,from main');
    expect(result.state).toEqual({ started: 'yes', cleanup: 'from main' });
    expect(result.env).toEqual({ FROM_PRE: 'pre value', MULTI_ENV: 'a\nb' });
    expect(result.path).toHaveLength(1);
    expect(result.summary).toBe('main summary with ***\npost summary\n');
  });

  it('reads workflow commands: masks, annotations, groups, stop-commands, debug', async () => {
    const actionDir = await fixture(lifecycleAction());
    const chunks: string[] = [];
    const result = await runAction({ actionDir, cwd: await workspace(), nodePath, baseEnv: hermeticEnv(), onOutput: (chunk) => chunks.push(chunk) });
    expect(chunks.join('')).toBe(result.log);
    expect(result.log).not.toContain('s3cret');
    expect(result.log).toContain('the secret is ***, encoded ***');
    expect(result.log).toContain('▶ Setup\n  inside the group\n');
    expect(result.log).toContain('Error: src/app.py:3: Bad thing: went wrong\nsecond line with ***');
    expect(result.log).toContain('Warning: careful% here');
    expect(result.log).toContain('Notice: FYI: from stderr');
    expect(result.log).toContain('::error::not a command while stopped');
    expect(result.log).toContain('::unknown-command::printed as is');
    expect(result.log).not.toContain('only when debugging');
    expect(result.log).not.toContain('pause-123');
    expect(result.annotations).toEqual([
      { level: 'error', message: 'went wrong\nsecond line with ***', title: 'Bad thing', file: 'src/app.py', line: 3, stage: 'main' },
      { level: 'warning', message: 'careful% here', stage: 'main' },
      { level: 'notice', message: 'from stderr', title: 'FYI', stage: 'post' },
    ]);
    expect(result.mask('s3cret/value')).toBe('***');
    const debug = await runAction({ actionDir, cwd: await workspace(), nodePath, baseEnv: hermeticEnv(), env: { RUNNER_DEBUG: '1' } });
    expect(debug.log).toContain('Debug: only when debugging');
  });

  it('returns a failing stage’s exit code; post runs with always() but not with success()', async () => {
    const failing = await runAction({ actionDir: await fixture(lifecycleAction()), inputs: { 'exit-code': '3' }, cwd: await workspace(), nodePath, baseEnv: hermeticEnv() });
    expect(failing.exitCode).toBe(3);
    expect(failing.stages).toEqual([
      { stage: 'pre', exitCode: 0 },
      { stage: 'main', exitCode: 3 },
      { stage: 'post', exitCode: 0 },
    ]);
    const skipped = await runAction({ actionDir: await fixture(lifecycleAction('success()')), inputs: { 'exit-code': '4' }, cwd: await workspace(), nodePath, baseEnv: hermeticEnv() });
    expect(skipped.exitCode).toBe(4);
    expect(skipped.stages.map((stage) => stage.stage)).toEqual(['pre', 'main']);
    expect(skipped.log).toContain("Skipping the post stage: 'success()' is false.");
    const onFailure = await runAction({ actionDir: await fixture(lifecycleAction('failure()')), cwd: await workspace(), nodePath, baseEnv: hermeticEnv() });
    expect(onFailure.stages.map((stage) => stage.stage)).toEqual(['pre', 'main']);
  });

  it('fails with the exit code of an action that throws', async () => {
    const actionDir = await fixture({
      'action.yml': 'name: Crash\nruns:\n  using: node24\n  main: dist/index.js\n',
      'dist/index.js': "throw new Error('boom');\n",
    });
    const result = await runAction({ actionDir, cwd: await workspace(), nodePath, baseEnv: hermeticEnv() });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('Error: boom');
  });
});

describe('runAction refuses what it cannot run', () => {
  it('names the input and expression it cannot evaluate', async () => {
    const actionDir = await fixture({
      'action.yml': 'name: X\ninputs:\n  api-key:\n    default: ${{ secrets.API_KEY }}\nruns:\n  using: node24\n  main: index.js\n',
      'index.js': '',
    });
    const run = runAction({ actionDir, cwd: await workspace(), baseEnv: hermeticEnv() });
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow(/'api-key'.*\$\{\{ secrets\.API_KEY \}\}/);
  });

  it('says when dist/ is missing', async () => {
    const actionDir = await fixture({ 'action.yml': 'name: X\nruns:\n  using: node24\n  main: dist/index.js\n' });
    await expect(runAction({ actionDir, baseEnv: hermeticEnv() })).rejects.toThrow(
      `${join(actionDir, 'dist', 'index.js')}: the main script of ${join(actionDir, 'action.yml')} does not exist (is dist/ built?)`,
    );
  });
});
