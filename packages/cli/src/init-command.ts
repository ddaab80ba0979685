import { execFile } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { FileError, OpsError } from '@ops-actions/core';
import { isGitHubOwner, parseGitHubOwner, planInit, WORKFLOWS_DIR } from './plan-init.js';
import type { InitPlan, WorkflowTemplate } from './plan-init.js';
import { REPO_ROOT } from './resolve-action-dir.js';
import type { CommandIo } from './run-command.js';
import { parseCommandLine, stringOption } from './parse-command-line.js';
import { UsageError } from './usage-error.js';

/** Usage of `ops-actions init`. */
export const INIT_USAGE = `Usage: ops-actions init [options] [DIR]

Copies the workflow templates into DIR/.github/workflows/ (DIR: default the current directory),
fills in the owner and ref of the ops-actions references, and narrows the Python matrix to
the project's requires-python (from DIR/pyproject.toml).

Options:
  --owner NAME       the GitHub owner of ops-actions; default the owner of DIR's git remote 'origin'
  --ref REF          the ref for <owner>/ops-actions/...@v1; default v1
  --force            overwrite workflows that already exist
  --dry-run          print what would be written, and write nothing
  --templates DIR    the templates to copy; default this repository's workflows-templates/
  -h, --help         show this help
`;

/** The `ops-actions init` command line, parsed. */
export interface InitArgs {
  readonly dir: string;
  readonly owner?: string;
  readonly ref: string;
  readonly force: boolean;
  readonly dryRun: boolean;
  readonly templatesDir?: string;
  readonly help: boolean;
}

/** Workflows that exist already: init writes none of the files unless given --force. */
export class ExistingWorkflowsError extends OpsError {
  override name = 'ExistingWorkflowsError';
  constructor(readonly paths: readonly string[]) {
    super(`Not writing anything: these files exist already (pass --force to overwrite them):\n${paths.map((path) => `  ${path}`).join('\n')}`);
  }
}

/** The owner could not be read from the project's git remote. */
export class OwnerUnknownError extends OpsError {
  override name = 'OwnerUnknownError';
  constructor(
    readonly dir: string,
    readonly reason: string,
  ) {
    super(`Cannot tell the GitHub owner of ops-actions: ${reason}. Pass --owner NAME.`);
  }
}

const DEFAULT_REF = 'v1';
// A git ref or SHA as it may follow `@` in `uses:`: no spaces, quotes, `..` or leading `-`.
const REF_PATTERN = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]+$/;

/** Parses the arguments after `init`. Options take `--name value` or `--name=value`. */
export function parseInitArgs(argv: readonly string[]): InitArgs {
  const line = parseCommandLine(
    argv,
    {
      owner: { type: 'string' },
      ref: { type: 'string' },
      templates: { type: 'string' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
    'init',
  );
  const positional = line.positionals;
  const force = line.values.force === true;
  const dryRun = line.values['dry-run'] === true;
  const help = line.values.help === true;
  const [dir = '.', ...extra] = positional;
  if (extra.length > 0) throw new UsageError(`init takes one directory, but also got: ${extra.join(' ')}`);
  const owner = stringOption(line, 'owner');
  if (owner !== undefined && !isGitHubOwner(owner)) throw new UsageError(`--owner '${owner}' is not a GitHub user or organization name.`);
  const ref = stringOption(line, 'ref') ?? DEFAULT_REF;
  if (!REF_PATTERN.test(ref)) throw new UsageError(`--ref '${ref}' is not a tag, branch or commit SHA.`);
  return { dir, owner, ref, force, dryRun, templatesDir: stringOption(line, 'templates'), help };
}

/**
 * `ops-actions init`: reads the templates and the project (git remote, pyproject.toml), plans the
 * files with `planInit`, refuses if any exists (unless --force), then writes them, or with
 * --dry-run only prints them. Returns 0; failures are thrown.
 */
export async function runInitCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseInitArgs(argv);
  if (args.help) {
    io.stdout.write(INIT_USAGE);
    return 0;
  }
  // Relative paths are meant from where the command was typed.
  const dir = resolve(io.cwd, args.dir);
  await requireDirectory(dir);
  const templates = await readTemplates(args.templatesDir === undefined ? join(REPO_ROOT, 'workflows-templates') : resolve(io.cwd, args.templatesDir));
  const owner = args.owner ?? (await readOwnerFromOrigin(dir, io.env));
  const python = await readRequiresPython(dir);
  const plan = planInit(templates, { owner, ref: args.ref }, { requiresPython: python.specifier });

  const existing = await findExisting(plan, dir);
  if (existing.length > 0 && !args.force) throw new ExistingWorkflowsError(existing);

  io.stdout.write(`${renderPythonChoice(plan, python)}\n`);
  if (args.dryRun) {
    for (const file of plan.files) io.stdout.write(`\n--- would write ${file.path}${existing.includes(file.path) ? ' (overwriting)' : ''}\n${file.content}`);
    io.stdout.write(`\nDry run: nothing written to ${dir} (owner ${owner}, ref ${args.ref}).\n`);
    return 0;
  }
  await mkdir(join(dir, WORKFLOWS_DIR), { recursive: true });
  for (const file of plan.files) {
    // 'wx' fails rather than overwrite a file that appeared after the check above.
    await writeFile(join(dir, file.path), file.content, { flag: args.force ? 'w' : 'wx' });
    io.stdout.write(`${existing.includes(file.path) ? 'overwrote' : 'wrote'} ${file.path}\n`);
  }
  io.stdout.write(`Wrote ${plan.files.length} workflow${plan.files.length === 1 ? '' : 's'} to ${join(dir, WORKFLOWS_DIR)} (owner ${owner}, ref ${args.ref}).\n`);
  return 0;
}

interface RequiresPython {
  readonly specifier?: string;
  /** Why there is no specifier, for the message. */
  readonly absent?: 'no-pyproject' | 'not-declared';
}

function renderPythonChoice(plan: InitPlan, python: RequiresPython): string {
  if (plan.candidateVersions.length === 0) return 'Python versions: the templates list none, so there is nothing to narrow.';
  const versions = plan.pythonVersions.join(', ');
  if (python.absent === 'no-pyproject') return `Python versions: ${versions} (no pyproject.toml, so all are kept).`;
  if (python.absent === 'not-declared') return `Python versions: ${versions} (pyproject.toml has no [project].requires-python, so all are kept).`;
  return `Python versions: ${versions} (requires-python '${python.specifier ?? ''}' in pyproject.toml).`;
}

async function requireDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch((error: unknown) => {
    if (isNotFound(error)) throw new FileError(dir, 'no such directory');
    throw error;
  });
  if (!info.isDirectory()) throw new FileError(dir, 'not a directory');
}

/** The `*.yml` files in `templatesDir`, by name; the `.properties.json` files and README stay behind. */
async function readTemplates(templatesDir: string): Promise<WorkflowTemplate[]> {
  const names = await readdir(templatesDir).catch((error: unknown) => {
    if (isNotFound(error)) throw new FileError(templatesDir, 'no such templates directory');
    throw error;
  });
  const ymlNames = names.filter((name) => name.endsWith('.yml')).sort();
  if (ymlNames.length === 0) throw new FileError(templatesDir, 'holds no workflow templates (*.yml)');
  return Promise.all(ymlNames.map(async (name) => ({ name, content: await readFile(join(templatesDir, name), 'utf8') })));
}

/** The owner of `dir`'s git remote `origin`, when it is a github.com URL. */
async function readOwnerFromOrigin(dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const url = await new Promise<string | undefined>((resolveUrl) => {
    execFile('git', ['remote', 'get-url', 'origin'], { cwd: dir, env, encoding: 'utf8' }, (error, stdout) => {
      // Not a repository, no origin, or no git: all mean "no owner to read", reported below.
      resolveUrl(error === null ? stdout.trim() : undefined);
    });
  });
  if (url === undefined) throw new OwnerUnknownError(dir, `${dir} has no git remote 'origin'`);
  const owner = parseGitHubOwner(url);
  // The URL itself is not printed: it may carry a token (https://x-access-token:...@github.com/...).
  if (owner === undefined) throw new OwnerUnknownError(dir, `the git remote 'origin' of ${dir} is not a github.com repository URL`);
  return owner;
}

/** `[project].requires-python` from `dir/pyproject.toml`, or why there is none. */
async function readRequiresPython(dir: string): Promise<RequiresPython> {
  const path = join(dir, 'pyproject.toml');
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return { absent: 'no-pyproject' };
    throw error;
  }
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(content);
  } catch (error) {
    if (error instanceof TomlError) throw new FileError(path, `not valid TOML: ${error.message.split('\n')[0] ?? ''}`, error.line, { cause: error });
    throw error;
  }
  const project = doc.project;
  const value = typeof project === 'object' && project !== null && !Array.isArray(project) ? (project as Record<string, unknown>)['requires-python'] : undefined;
  if (value === undefined) return { absent: 'not-declared' };
  if (typeof value !== 'string') throw new FileError(path, '[project].requires-python must be a string, such as ">=3.10"');
  return { specifier: value };
}

/** The planned paths that exist already (as files, directories or links), relative to `dir`. */
async function findExisting(plan: InitPlan, dir: string): Promise<string[]> {
  const found = await Promise.all(
    plan.files.map(async (file) => {
      try {
        await lstat(join(dir, file.path));
        return file.path;
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    }),
  );
  return found.filter((path): path is string => path !== undefined);
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}
