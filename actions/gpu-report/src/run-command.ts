import type { CommandExit, ShellPlan } from '@ops-actions/core';
import { OpsError, findExecutable, fixUpScript, planShell, planShellArgs } from '@ops-actions/core';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The wrapped command could not be started: no such shell, no such directory, a spawn error. */
export class CommandStartError extends OpsError {
  override name = 'CommandStartError';
}

/** A started command: its pid (the root of its process tree), and its end. */
export interface RunningCommand {
  readonly pid: number;
  /** Resolves when it exited: its exit code, or 128 + n when signal n killed it, as the runner reports. */
  readonly exited: Promise<CommandExit & { readonly durationMs: number }>;
}

export interface CommandSpec {
  readonly script: string;
  readonly shell: ShellPlan;
  /** When `shell` was left empty: fall back as the runner does (pwsh → powershell, bash → sh). */
  readonly defaultShell: boolean;
  readonly workingDirectory: string;
  readonly workspace: string;
  readonly tempDir: string;
  readonly env: NodeJS.ProcessEnv;
}

const exists = (path: string): boolean => existsSync(path) && statSync(path).isFile();

function resolveShell(spec: CommandSpec): { plan: ShellPlan; program: string } {
  const platform = process.platform;
  const tries = [spec.shell];
  if (spec.defaultShell) tries.push(planShell(spec.shell.shell === 'pwsh' ? 'powershell' : 'sh', platform));
  for (const plan of tries) {
    const command = plan.shell === 'cmd' && platform === 'win32' ? (spec.env.ComSpec ?? spec.env.COMSPEC ?? 'cmd.exe') : plan.command;
    const program = findExecutable(command, spec.env, platform, exists);
    if (program !== undefined) return { plan, program };
  }
  throw new CommandStartError(
    `Cannot start the command: the shell '${spec.shell.command}' was not found on PATH${tries.length > 1 ? ` (nor '${tries[1]?.command ?? ''}')` : ''}. Install it, or set the shell input.`,
  );
}

/**
 * Runs the script as a `run:` step does: written to a temp file with the shell's extension, run
 * by the shell's template, in the working directory, its output going straight to the step's
 * log (inherited stdio: nothing is buffered). SIGINT and SIGTERM sent to the action (a cancelled
 * job) are passed on to it. The script file is removed when it ends.
 */
export function startCommand(spec: CommandSpec): RunningCommand {
  // (join, not path.resolve: ncc would take a resolve() of a variable for a file to bundle.)
  const cwd = spec.workingDirectory === '' ? spec.workspace : isAbsolute(spec.workingDirectory) ? spec.workingDirectory : join(spec.workspace, spec.workingDirectory);
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new CommandStartError(
      `Cannot start the command: the working-directory '${spec.workingDirectory}' does not exist${isAbsolute(spec.workingDirectory) ? '' : ` in ${spec.workspace}`}.`,
    );
  }
  const { plan, program } = resolveShell(spec);
  const scriptPath = join(spec.tempDir, `${randomUUID()}${plan.extension}`);
  writeFileSync(scriptPath, fixUpScript(plan, spec.script, process.platform));
  const args = planShellArgs(plan, scriptPath);
  const started = performance.now();
  const child = spawn(program, args, { cwd, env: spec.env, stdio: 'inherit', windowsVerbatimArguments: plan.verbatim, windowsHide: false });

  const forward = (signal: NodeJS.Signals) => () => {
    child.kill(signal);
  };
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const cleanup = (): void => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    rmSync(scriptPath, { force: true });
  };

  const exited = new Promise<CommandExit & { durationMs: number }>((resolvePromise, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      cleanup();
      reject(new CommandStartError(`Cannot start the command with ${program}: ${error.message}`, { cause: error }));
    });
    child.once('exit', (code, signal) => {
      const durationMs = performance.now() - started;
      cleanup();
      if (signal !== null) {
        const number = (constants.signals as Record<string, number | undefined>)[signal] ?? 0;
        resolvePromise({ exitCode: 128 + number, signal, durationMs });
      } else resolvePromise({ exitCode: code ?? 1, durationMs });
    });
  });
  if (child.pid === undefined) {
    // spawn reports a missing program through 'error'; the promise above rejects with it.
    return { pid: -1, exited };
  }
  return { pid: child.pid, exited };
}
