import { formatError } from '@ops-actions/core';
import { runRunCommand } from './run-command.js';
import { UsageError } from './usage-error.js';

const USAGE = `Usage: ops-actions <command> [options]

Commands:
  run <action>   run an action's committed dist/ locally, as the GitHub runner does
  demo           run the bundled actions on a sample Python project
  init [DIR]     copy the workflow templates (and, by flag, the optional ones) into a Python project

Run 'ops-actions <command> --help' for a command's options.
`;

/**
 * The `ops-actions` command line. Returns the exit code: the action's status for `run`,
 * 2 for a command line it cannot understand, 1 for any other error (printed as one line).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await runRunCommand(rest, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: invocationDir() });
      case 'init': {
        const { runInitCommand } = await import('./init-command.js');
        return await runInitCommand(rest, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: invocationDir() });
      }
      case 'demo': {
        const { runDemo } = await import('./demo.js');
        return await runDemo(rest);
      }
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case undefined:
        process.stderr.write(USAGE);
        return 2;
      default:
        throw new UsageError(`Unknown command '${command}'.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const hasOwnHelp = command === 'run' || command === 'init';
      process.stderr.write(`ops-actions: ${error.message}\n\n${hasOwnHelp ? '' : USAGE}`);
      if (hasOwnHelp) process.stderr.write(`Run 'ops-actions ${command} --help' for its options.\n`);
      return 2;
    }
    process.stderr.write(`ops-actions: ${formatError(error)}\n`);
    return 1;
  }
}

/**
 * Where the user typed the command. `pnpm ops-actions …` runs scripts from the repository root
 * but records the shell's directory in INIT_CWD; relative paths are meant from there.
 */
function invocationDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}
