import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeRuntimes } from '../../test-helpers/src/node-runtimes.js';
import { ECHO_ACTION, hermeticEnv, lifecycleAction, makeTempDir, removeDirs, writeFixtureAction } from './support/fixture-actions.js';

const BIN = fileURLToPath(new URL('../bin/ops-actions.mjs', import.meta.url));
const dirs: string[] = [];
afterAll(() => removeDirs(dirs));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real CLI process, as a user would, under a given node. */
function cli(args: readonly string[], options: { node?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(options.node ?? process.execPath, [BIN, ...args], { env: { ...hermeticEnv(), ...options.env }, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

async function tempDir(files?: Record<string, string>): Promise<string> {
  const dir = files === undefined ? await makeTempDir() : await writeFixtureAction(files);
  dirs.push(dir);
  return dir;
}

describe.each(nodeRuntimes())('ops-actions run under $label', ({ path: node }) => {
  it('prints the log, the outputs and the rendered summary, and exits 0', async () => {
    const action = await tempDir(ECHO_ACTION);
    const cwd = await tempDir();
    const run = await cli(['run', action, '--input', 'release-type=major', '--input=needed=1', '--cwd', cwd, '--node', node], { node });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('released major\n');
    expect(run.stdout).toContain('Outputs:\n');
    expect(run.stdout).toContain('  simple = hello=world\n');
    expect(run.stdout).toContain('  multi =\n      line one\n      line two\n');
    expect(run.stdout).toContain('Step summary:');
    expect(run.stdout).toContain('Release\n-------\n');
    expect(run.stdout).toContain('input         value\n------------  -----\nrelease-type  major\n');
    expect(run.stdout).toContain('• dry run: false');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout.trimEnd().endsWith('Action succeeded.')).toBe(true);
  });

  it('runs a node24 action with Node 24 when --node is not given', async () => {
    const run = await cli(['run', await tempDir(ECHO_ACTION), '--cwd', await tempDir()], { node });
    expect(run.code).toBe(0);
    const bundled = nodeRuntimes().find((runtime) => runtime.label.startsWith('node v24.'));
    if (bundled === undefined) expect(run.stdout).toContain('Note: the action declares node24');
    else expect(run.stdout).toContain(`  node-version = ${bundled.label.slice('node '.length)}\n`);
  });

  it('exits with the action’s status, rendering annotations and masking secrets', async () => {
    const action = await tempDir(lifecycleAction());
    const run = await cli(['run', action, '--input', 'exit-code=3', '--cwd', await tempDir(), '--node', node], { node });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Error: src/app.py:3: Bad thing: went wrong');
    expect(run.stdout).toContain('▶ Setup');
    expect(run.stdout).not.toContain('s3cret');
    expect(run.stdout).toContain('Action failed: the main stage exited with 3 (1 error, 1 warning, 1 notice).');
  });

  it('prints the RunResult as JSON with --json, the log on stderr', async () => {
    const action = await tempDir(lifecycleAction());
    const run = await cli(['run', action, '--json', '--cwd', await tempDir(), '--node', node, '--env', 'GITHUB_REF=refs/heads/x'], { node });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { exitCode: number; outputs: Record<string, string>; stages: unknown[] };
    expect(result.exitCode).toBe(0);
    expect(result.outputs['post-saw']).toBe('yes,from main');
    expect(result.stages).toHaveLength(3);
    expect(run.stderr).toContain('pre ran');
    expect(run.stdout + run.stderr).not.toContain('s3cret');
  });
});

describe('ops-actions command line', () => {
  it('exits 2 with the usage for an unknown command or option', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown command 'frobnicate'");
    expect(unknown.stderr).toContain('Usage: ops-actions <command>');
    const option = await cli(['run', 'x', '--bogus']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("run: Unknown option '--bogus'");
  });

  it('prints one line and exits 1 for an action that does not exist or cannot run', async () => {
    const missing = await cli(['run', 'no-such-action']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^ops-actions: No action 'no-such-action': .*\n$/);
    const node16 = await tempDir({ 'action.yml': 'runs:\n  using: node16\n  main: index.js\n' });
    const old = await cli(['run', node16]);
    expect(old.code).toBe(1);
    expect(old.stderr).toMatch(/^ops-actions: .*action\.yml: 'runs.using' is 'node16', but the GitHub runner no longer runs node16 actions.*\n$/);
  });

  it('shows help', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('run <action>');
    expect((await cli(['run', '--help'])).stdout).toContain('--input NAME=VALUE');
  });
});
