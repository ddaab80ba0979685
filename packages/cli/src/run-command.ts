import { resolve } from 'node:path';
import { readActionManifest } from './action-manifest.js';
import { parseRunArgs, RUN_USAGE } from './parse-run-args.js';
import { renderRunReport } from './render-run-report.js';
import { chooseRunnerNode } from './choose-runner-node.js';
import type { RunnerNodeChoice } from './choose-runner-node.js';
import { REPO_ROOT, resolveActionDir } from './resolve-action-dir.js';
import { runAction } from './run-action.js';

/** Where the command writes, so tests and `main` can point it at the real streams. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/**
 * `ops-actions run`: runs the action, streams its log, then prints outputs and the step
 * summary (or, with --json, the RunResult on stdout and the log on stderr). Returns the
 * action's exit code.
 */
export async function runRunCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseRunArgs(argv);
  if (args.help) {
    io.stdout.write(RUN_USAGE);
    return 0;
  }
  const actionDir = resolveActionDir(args.action, io.cwd);
  const manifest = await readActionManifest(actionDir);
  const logStream = args.json ? io.stderr : io.stdout;
  const runner: RunnerNodeChoice = args.nodePath === undefined ? chooseRunnerNode(manifest.runs.using, REPO_ROOT) : { path: args.nodePath };
  if (runner.note !== undefined) logStream.write(`${runner.note}\n`);
  const result = await runAction({
    actionDir,
    inputs: args.inputs,
    env: args.env,
    // Relative paths are meant from where the command was typed, not from this process's cwd.
    cwd: resolve(io.cwd, args.cwd ?? '.'),
    eventPath: args.eventPath === undefined ? undefined : resolve(io.cwd, args.eventPath),
    eventName: args.eventName,
    nodePath: runner.path,
    baseEnv: io.env,
    onOutput: (chunk) => logStream.write(chunk),
  });
  if (args.json) {
    // Outputs, env and state are masked too: JSON on a terminal or in a CI log is still printed.
    io.stdout.write(`${JSON.stringify(result, (_key, value: unknown) => (typeof value === 'string' ? result.mask(value) : value), 2)}\n`);
  } else {
    const color = io.stdout.isTTY === true && (io.env.NO_COLOR ?? '') === '';
    io.stdout.write(`\n${renderRunReport(result, { color })}`);
  }
  return result.exitCode;
}
