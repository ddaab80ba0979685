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

const VALUE_OPTIONS = new Set(['--input', '--env', '--cwd', '--event', '--event-name', '--node']);

/** Parses the arguments after `run`. Options take `--name value` or `--name=value`. */
export function parseRunArgs(argv: readonly string[]): RunArgs {
  const inputs: Record<string, string> = {};
  const env: Record<string, string> = {};
  const single: Record<string, string> = {};
  const positional: string[] = [];
  let json = false;
  let help = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--') {
      positional.push(...argv.slice(index + 1));
      break;
    } else if (arg.startsWith('-')) {
      const equals = arg.indexOf('=');
      const name = equals < 0 ? arg : arg.slice(0, equals);
      if (!VALUE_OPTIONS.has(name)) throw new UsageError(`Unknown option '${name}' for run.`);
      const value = equals < 0 ? argv[++index] : arg.slice(equals + 1);
      if (value === undefined) throw new UsageError(`${name} needs a value.`);
      if (name === '--input') setPair(inputs, value, name);
      else if (name === '--env') setPair(env, value, name);
      else single[name] = value;
    } else positional.push(arg);
  }
  if (help) return { action: '', inputs, env, json, help };
  const [action, ...extra] = positional;
  if (action === undefined) throw new UsageError('run needs an action: a name under actions/ or a directory.');
  if (extra.length > 0) throw new UsageError(`run takes one action, but also got: ${extra.join(' ')}`);
  return {
    action,
    inputs,
    env,
    json,
    help,
    cwd: single['--cwd'],
    eventPath: single['--event'],
    eventName: single['--event-name'],
    nodePath: single['--node'],
  };
}

function setPair(target: Record<string, string>, pair: string, option: string): void {
  const equals = pair.indexOf('=');
  if (equals <= 0) throw new UsageError(`${option} takes NAME=VALUE, got '${pair}'.`);
  target[pair.slice(0, equals)] = pair.slice(equals + 1);
}
