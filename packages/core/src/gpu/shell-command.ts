import { InputError } from '../errors.js';

/**
 * How a `run:` script is started, as the GitHub runner starts it (actions/runner,
 * src/Runner.Worker/Handlers/ScriptHandlerHelpers.cs; documented under "jobs.<job_id>.steps[*].shell"
 * in GitHub's workflow syntax): the script goes to a temp file with the shell's extension, and the
 * shell runs it through its template, `{0}` being the file.
 */
export interface ShellPlan {
  /** The shell keyword (`bash`, `pwsh`, …) or the first word of a custom template. */
  readonly shell: string;
  /** The program to find on PATH (or a path). */
  readonly command: string;
  /** The arguments, with `{0}` standing for the script file. */
  readonly argsTemplate: string;
  /** The script file's extension, which some shells require (`.ps1`, `.cmd`). */
  readonly extension: string;
  /** Whether the arguments go to the program verbatim (cmd.exe's own quoting, on Windows). */
  readonly verbatim: boolean;
}

const BUILT_IN: Readonly<Record<string, Omit<ShellPlan, 'shell' | 'verbatim'>>> = {
  bash: { command: 'bash', argsTemplate: '--noprofile --norc -eo pipefail {0}', extension: '.sh' },
  sh: { command: 'sh', argsTemplate: '-e {0}', extension: '.sh' },
  pwsh: { command: 'pwsh', argsTemplate: `-command ". '{0}'"`, extension: '.ps1' },
  powershell: { command: 'powershell', argsTemplate: `-command ". '{0}'"`, extension: '.ps1' },
  python: { command: 'python', argsTemplate: '{0}', extension: '.py' },
  cmd: { command: 'cmd', argsTemplate: '/D /E:ON /V:OFF /S /C "CALL "{0}""', extension: '.cmd' },
};

/** The shell keywords the runner knows. */
export const BUILT_IN_SHELLS = Object.keys(BUILT_IN);

/**
 * The plan for the `shell` input: empty means the runner's default for a `run:` step with
 * `shell` unset in a workflow that names none: bash (pwsh on Windows). A custom template is
 * `command [options] {0} [more options]`.
 */
export function planShell(raw: string, platform: NodeJS.Platform): ShellPlan {
  const shell = raw.trim() === '' ? (platform === 'win32' ? 'pwsh' : 'bash') : raw.trim();
  const builtIn = BUILT_IN[shell];
  if (builtIn) return { shell, ...builtIn, verbatim: shell === 'cmd' && platform === 'win32' };
  if (!shell.includes('{0}')) {
    throw new InputError(
      'shell',
      raw,
      `it must be one of ${BUILT_IN_SHELLS.join(', ')}, or a template such as 'perl {0}' whose {0} is the script file`,
    );
  }
  const space = shell.indexOf(' ');
  const command = space < 0 ? shell : shell.slice(0, space);
  if (command.includes('{0}')) throw new InputError('shell', raw, 'its first word must be the program to run, before {0}');
  return { shell: command, command, argsTemplate: space < 0 ? '' : shell.slice(space + 1), extension: '', verbatim: false };
}

/**
 * The script as the runner writes it: cmd gets `@echo off` first; PowerShell stops at the first
 * error and exits with the last native command's exit code; Windows gets CRLF line endings.
 */
export function fixUpScript(plan: ShellPlan, script: string, platform: NodeJS.Platform): string {
  let contents = script;
  if (plan.shell === 'cmd') contents = `@echo off\n${contents}`;
  if (plan.shell === 'pwsh' || plan.shell === 'powershell') {
    contents = `$ErrorActionPreference = 'stop'\n${contents}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`;
  }
  return platform === 'win32' ? contents.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n') : contents;
}

/**
 * The argument list for the script at `scriptPath`: the template split the way .NET splits a
 * command line (whitespace separates, double quotes group, a backslash escapes a double quote),
 * then `{0}` replaced in each argument. The runner substitutes first and splits after, so a temp
 * folder with a space breaks its steps; substituting after the split keeps the path one argument.
 * cmd.exe gets its template verbatim, as the runner passes it (its own quoting is in the template).
 */
export function planShellArgs(plan: ShellPlan, scriptPath: string): string[] {
  if (plan.verbatim) return [plan.argsTemplate.replaceAll('{0}', scriptPath)];
  return splitCommandLine(plan.argsTemplate).map((arg) => arg.replaceAll('{0}', scriptPath));
}

/** Splits a command line into arguments (the rules of .NET's argument parsing on Unix). */
export function splitCommandLine(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] ?? '';
    if (char === '\\' && line[i + 1] === '"') {
      current += '"';
      inArg = true;
      i++;
    } else if (char === '"') {
      quoted = !quoted;
      inArg = true;
    } else if (/\s/.test(char) && !quoted) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
    } else {
      current += char;
      inArg = true;
    }
  }
  if (inArg) args.push(current);
  return args;
}
