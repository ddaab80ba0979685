import { parseCommandLine, stringOption } from './parse-command-line.js';
import { UsageError } from './usage-error.js';

/** The `ops-actions run` command line, parsed. */
export interface RunArgs {
  /** An action name under actions/, or a path to a directory with action.yml. */
  readonly action: string;
  readonly inputs: Record<string, string>;
  readonly env: Record<string, string>;
  readonly cwd?: string;
  readonly eventPath?: string;
  readonly eventName?: string;
  readonly nodePath?: string;
  readonly json: boolean;
  readonly help: boolean;
}

/** Usage of `ops-actions run`. */
export const RUN_USAGE = `Usage: ops-actions run <action> [options]

Runs an action's committed dist/ the way the GitHub runner does.
<action> is a name under actions/ or a path to a directory with action.yml.

Options:
  --input NAME=VALUE   an input, as in a workflow's with: (repeatable)
  --env NAME=VALUE     an environment variable for the action, e.g. GITHUB_REF (repeatable)
  --cwd DIR            the workspace (GITHUB_WORKSPACE); default the current directory
  --event FILE         the event payload (GITHUB_EVENT_PATH); default {}
  --event-name NAME    GITHUB_EVENT_NAME; default workflow_dispatch
  --node PATH          the node binary to run the action with; default this node
  --json               print the result as JSON (the log goes to stderr)
  -h, --help           show this help
`;

/** Parses the arguments after `run`. Options take `--name value` or `--name=value`. */
export function parseRunArgs(argv: readonly string[]): RunArgs {
  const line = parseCommandLine(
    argv,
    {
      input: { type: 'string', multiple: true },
      env: { type: 'string', multiple: true },
      cwd: { type: 'string' },
      event: { type: 'string' },
      'event-name': { type: 'string' },
      node: { type: 'string' },
      json: { type: 'boolean' },
    },
    'run',
  );
  const inputs = pairs(line.values.input, '--input');
  const env = pairs(line.values.env, '--env');
  const json = line.values.json === true;
  const help = line.values.help === true;
  if (help) return { action: '', inputs, env, json, help };
  const [action, ...extra] = line.positionals;
  if (action === undefined) throw new UsageError('run needs an action: a name under actions/ or a directory.');
  if (extra.length > 0) throw new UsageError(`run takes one action, but also got: ${extra.join(' ')}`);
  return {
    action,
    inputs,
    env,
    json,
    help,
    cwd: stringOption(line, 'cwd'),
    eventPath: stringOption(line, 'event'),
    eventName: stringOption(line, 'event-name'),
    nodePath: stringOption(line, 'node'),
  };
}

function pairs(values: unknown, option: string): Record<string, string> {
  const target: Record<string, string> = {};
  for (const pair of Array.isArray(values) ? (values as string[]) : []) {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new UsageError(`${option} takes NAME=VALUE, got '${pair}'.`);
    target[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  return target;
}
