import { execFile } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { FileError, OpsError, readTextIfExists } from '@ops-actions/core';
import { dirname } from 'node:path';
import { isGitHubOwner, parseGitHubOwner, planInit, selectTemplates } from './plan-init.js';
import type { InitPlan, OwnPin, WorkflowTemplate } from './plan-init.js';
import { resolveOwnPin } from './resolve-own-pin.js';
import { REPO_ROOT } from './resolve-action-dir.js';
import type { CommandIo } from './run-command.js';
import { parseCommandLine, stringOption } from './parse-command-line.js';
import { UsageError } from './usage-error.js';

/** Usage of `ops-actions init`. */
export const INIT_USAGE = `Usage: ops-actions init [options] [DIR]

Copies the workflow templates into DIR (default the current directory): python-ci, prepare-release
and release into .github/workflows/, and the optional ones named with --with. Fills in the default
branch, pins the ops-actions references to the commit of a release tag (with the tag in a comment),
and narrows the Python versions to the project's requires-python (pyproject.toml, else setup.cfg,
else setup.py). Asks nothing.

Options:
  --owner NAME          the GitHub owner of ops-actions; default the owner of DIR's git remote 'origin'
  --ref REF             the release tag (or commit) to pin the ops-actions references to; default v1
  --no-pin              write @REF as it is, without resolving it to a commit (no network needed)
  --actions-repo URL    where to read the tags of ops-actions; default https://github.com/OWNER/ops-actions
  --default-branch NAME the branch the CI runs on; default the one origin/HEAD names, else main
  --with LIST           optional templates too, comma separated: pre-commit (the workflow and
                        .pre-commit-config.yaml), docker, docs, dependabot (.github/dependabot.yml), ...
  --all                 every optional template
  --force               overwrite files that already exist
  --dry-run             print what would be written, and write nothing
  --templates DIR       the templates to copy; default this repository's workflows-templates/
  -h, --help            show this help
`;

/** The `ops-actions init` command line, parsed. */
export interface InitArgs {
  readonly dir: string;
  readonly owner?: string;
  readonly ref: string;
  readonly pin: boolean;
  readonly actionsRepo?: string;
  readonly defaultBranch?: string;
  /** Optional templates by name, or all of them. */
  readonly with: readonly string[] | 'all';
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
      'no-pin': { type: 'boolean' },
      'actions-repo': { type: 'string' },
      'default-branch': { type: 'string' },
      with: { type: 'string', multiple: true },
      all: { type: 'boolean' },
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
  const defaultBranch = stringOption(line, 'default-branch');
  if (defaultBranch !== undefined && !REF_PATTERN.test(defaultBranch)) throw new UsageError(`--default-branch '${defaultBranch}' is not a branch name.`);
  const listed = (Array.isArray(line.values.with) ? line.values.with : []).flatMap((value) => value.split(',')).map((name) => name.trim());
  if (listed.some((name) => name === '')) throw new UsageError('--with takes template names separated by commas, such as --with pre-commit,docker.');
  const all = line.values.all === true;
  if (all && listed.length > 0) throw new UsageError('--all already takes every optional template: drop --with, or --all.');
  return {
    dir,
    owner,
    ref,
    pin: line.values['no-pin'] !== true,
    actionsRepo: stringOption(line, 'actions-repo'),
    defaultBranch,
    with: all ? 'all' : listed,
    force,
    dryRun,
    templatesDir: stringOption(line, 'templates'),
    help,
  };
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
  const templates = selectTemplates(
    await readTemplates(args.templatesDir === undefined ? join(REPO_ROOT, 'workflows-templates') : resolve(io.cwd, args.templatesDir)),
    args.with,
  );
  const owner = args.owner ?? (await readOwnerFromOrigin(dir, io.env));
  const branch = args.defaultBranch === undefined ? await readDefaultBranch(dir, io.env) : { name: args.defaultBranch, source: '--default-branch' };
  const python = await readRequiresPython(dir);
  const pin = args.pin ? await resolveOwnPin(args.actionsRepo ?? `https://github.com/${owner}/ops-actions`, args.ref, io.env) : undefined;
  const plan = planInit(templates, { owner, ref: args.ref, defaultBranch: branch.name, ...(pin ? { pin } : {}) }, { requiresPython: python.specifier });

  const existing = await findExisting(plan, dir);
  if (existing.length > 0 && !args.force) throw new ExistingWorkflowsError(existing);

  io.stdout.write(`${renderPythonChoice(plan, python)}\n`);
  io.stdout.write(`Default branch: ${branch.name} (${branch.source}).\n`);
  io.stdout.write(`${renderPin(owner, args.ref, pin)}\n`);
  const missing = await findMissingDependencyFiles(dir);
  if (missing) io.stdout.write(`Warning: ${dir} has none of ${missing}: setup-python's pip cache keys on them, and fails when none exists.\n`);
  if (args.dryRun) {
    for (const file of plan.files) io.stdout.write(`\n--- would write ${file.path}${existing.includes(file.path) ? ' (overwriting)' : ''}\n${file.content}`);
    io.stdout.write(`\nDry run: nothing written to ${dir} (owner ${owner}, ref ${args.ref}).\n`);
    return 0;
  }
  for (const file of plan.files) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    // 'wx' fails rather than overwrite a file that appeared after the check above.
    await writeFile(join(dir, file.path), file.content, { flag: args.force ? 'w' : 'wx' });
    io.stdout.write(`${existing.includes(file.path) ? 'overwrote' : 'wrote'} ${file.path}\n`);
  }
  io.stdout.write(`Wrote ${plan.files.length} file${plan.files.length === 1 ? '' : 's'} to ${dir} (owner ${owner}, ref ${args.ref}).\n`);
  return 0;
}

function renderPin(owner: string, ref: string, pin: OwnPin | undefined): string {
  if (pin === undefined) return `ops-actions: ${owner}/ops-actions/...@${ref}, not pinned (--no-pin): a tag can move; pin a commit for production.`;
  return `ops-actions: ${owner}/ops-actions/...@${pin.sha} # ${pin.version} (${ref === pin.version ? ref : `${ref}, that is ${pin.version}`}).`;
}

/** The files setup-python's pip cache can key on (cache-dependency-path in the templates); undefined when one exists. */
async function findMissingDependencyFiles(dir: string): Promise<string | undefined> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const keyed = names.some((name) => ['pyproject.toml', 'setup.cfg', 'setup.py'].includes(name) || /^requirements.*\.txt$/.test(name));
  return keyed ? undefined : 'pyproject.toml, setup.cfg, setup.py, requirements*.txt';
}

/** The branch `origin/HEAD` names (what `git clone` records as the remote's default branch), else main. */
async function readDefaultBranch(dir: string, env: NodeJS.ProcessEnv): Promise<{ readonly name: string; readonly source: string }> {
  const head = await new Promise<string | undefined>((resolveHead) => {
    execFile('git', ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], { cwd: dir, env, encoding: 'utf8' }, (error, stdout) => {
      // No repository, no origin/HEAD, or no git: the default below applies.
      resolveHead(error === null ? stdout.trim() : undefined);
    });
  });
  const name = head?.startsWith('origin/') ? head.slice('origin/'.length) : undefined;
  if (name) return { name, source: 'origin/HEAD' };
  return { name: 'main', source: "no origin/HEAD: run 'git remote set-head origin --auto' if that is not it, or pass --default-branch" };
}

interface RequiresPython {
  readonly specifier?: string;
  /** The file it came from, or why there is none, for the message. */
  readonly source: string;
}

function renderPythonChoice(plan: InitPlan, python: RequiresPython): string {
  if (plan.candidateVersions.length === 0) return 'Python versions: the templates list none, so there is nothing to narrow.';
  const versions = plan.pythonVersions.join(', ');
  if (python.specifier === undefined) return `Python versions: ${versions} (${python.source}, so all are kept).`;
  return `Python versions: ${versions} (requires-python '${python.specifier}' in ${python.source}).`;
}

async function requireDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch((error: unknown) => {
    if (isNotFound(error)) throw new FileError(dir, 'no such directory');
    throw error;
  });
  if (!info.isDirectory()) throw new FileError(dir, 'not a directory');
}

/**
 * The workflow templates (`*.yml`) of `templatesDir` and its configuration templates (`config/*.yml`, `*.yaml`), by
 * name; the `.properties.json` files, pins.json and the README stay behind.
 */
async function readTemplates(templatesDir: string): Promise<WorkflowTemplate[]> {
  const names = await readdir(templatesDir).catch((error: unknown) => {
    if (isNotFound(error)) throw new FileError(templatesDir, 'no such templates directory');
    throw error;
  });
  const configs = await readdir(join(templatesDir, 'config')).catch((error: unknown) => {
    if (isNotFound(error)) return [] as string[];
    throw error;
  });
  const ymlNames = [...names.filter((name) => name.endsWith('.yml')), ...configs.filter((name) => /\.ya?ml$/.test(name)).map((name) => `config/${name}`)].sort();
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

/**
 * The project's supported Pythons: `[project].requires-python` of pyproject.toml (PEP 621), else `python_requires` in
 * `[options]` of setup.cfg, else a plain string `python_requires=` in setup.py (setuptools' two older places).
 */
async function readRequiresPython(dir: string): Promise<RequiresPython> {
  const pyprojectPath = join(dir, 'pyproject.toml');
  const pyproject = await readTextIfExists(pyprojectPath);
  if (pyproject !== undefined) {
    let doc: Record<string, unknown>;
    try {
      doc = parseToml(pyproject);
    } catch (error) {
      if (error instanceof TomlError) throw new FileError(pyprojectPath, `not valid TOML: ${error.message.split('\n')[0] ?? ''}`, error.line, { cause: error });
      throw error;
    }
    const project = doc.project;
    const value = typeof project === 'object' && project !== null && !Array.isArray(project) ? (project as Record<string, unknown>)['requires-python'] : undefined;
    if (typeof value === 'string') return { specifier: value, source: 'pyproject.toml' };
    if (value !== undefined) throw new FileError(pyprojectPath, '[project].requires-python must be a string, such as ">=3.10"');
  }
  const setupCfg = await readTextIfExists(join(dir, 'setup.cfg'));
  const fromCfg = setupCfg === undefined ? undefined : parseSetupCfgPythonRequires(setupCfg);
  if (fromCfg !== undefined) return { specifier: fromCfg, source: 'setup.cfg' };
  const setupPy = await readTextIfExists(join(dir, 'setup.py'));
  if (setupPy !== undefined) {
    const literal = /\bpython_requires\s*=\s*(["'])([^"'\n]+)\1/.exec(setupPy)?.[2];
    if (literal !== undefined) return { specifier: literal, source: 'setup.py' };
    if (/\bpython_requires\s*=/.test(setupPy)) return { source: 'setup.py sets python_requires from code, not a plain string' };
  }
  if (pyproject !== undefined) return { source: 'pyproject.toml has no [project].requires-python' };
  if (setupCfg !== undefined || setupPy !== undefined) return { source: `${setupCfg !== undefined ? 'setup.cfg' : 'setup.py'} declares no python_requires` };
  return { source: 'no pyproject.toml, setup.cfg or setup.py' };
}

/** `python_requires` of `[options]` in setup.cfg, read as configparser does (`=` or `:`, full-line comments). */
export function parseSetupCfgPythonRequires(content: string): string | undefined {
  let section = '';
  for (const line of content.split(/\r\n|\n|\r/)) {
    const stripped = line.trim();
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(stripped);
    if (header) {
      section = header[1] ?? '';
      continue;
    }
    const option = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
    if (section === 'options' && option && (option[1] ?? '').toLowerCase() === 'python_requires') return (option[2] ?? '').trim() || undefined;
  }
  return undefined;
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
