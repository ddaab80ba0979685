import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

/** The options a subcommand takes, in `util.parseArgs`' own form. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What a command line holds: option values by name, and the positional words. */
export interface CommandLine {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parses a subcommand's arguments with Node's own `util.parseArgs` (`--name value`,
 * `--name=value`, repeatable options, `--`), adding `-h/--help`. Unknown options and missing
 * values are usage errors that name the command, so the CLI exits 2.
 */
export function parseCommandLine(argv: readonly string[], options: CommandOptions, command: string): CommandLine {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (error instanceof TypeError && code.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(`${command}: ${error.message}`);
    }
    throw error;
  }
}

/** A string option's value, refusing an empty one (`--owner=`). */
export function stringOption(line: CommandLine, name: string): string | undefined {
  const value = line.values[name];
  if (typeof value !== 'string') return undefined;
  if (value === '') throw new UsageError(`--${name} needs a value.`);
  return value;
}
