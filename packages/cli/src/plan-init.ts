import { satisfies, validRange } from '@renovatebot/pep440';
import { OpsError } from '@ops-actions/core';

/**
 * One template: its path in the templates folder (`python-ci.yml`, or `config/dependabot.yml` for the configuration
 * templates that are not workflows) and its text.
 */
export interface WorkflowTemplate {
  readonly name: string;
  readonly content: string;
}

/** The commit that `<owner>/ops-actions/...@v1` is pinned to, and the version tag written beside it. */
export interface OwnPin {
  readonly sha: string;
  readonly version: string;
}

/** What `ops-actions init` fills in. */
export interface InitOptions {
  /** The GitHub owner that hosts ops-actions, put in place of `<owner>`. */
  readonly owner: string;
  /** The ref for `<owner>/ops-actions/...@v1` references, e.g. `v1`, `v1.4.0` or a commit SHA. */
  readonly ref: string;
  /** When given, references are pinned to this commit with `# <version>` after them, instead of `@<ref>`. */
  readonly pin?: OwnPin;
  /** The repository's default branch, put in place of `$default-branch`. */
  readonly defaultBranch: string;
}

/** The templates `init` always writes; any other is chosen by name (`--with`). */
export const CORE_TEMPLATES = ['python-ci.yml', 'prepare-release.yml', 'release.yml'] as const;

/** Where a template is written in the project, relative to it. */
export function destinationOf(name: string): string {
  if (name === 'config/dependabot.yml') return '.github/dependabot.yml';
  if (name === 'config/pre-commit-config.yaml') return '.pre-commit-config.yaml';
  return `${WORKFLOWS_DIR}/${name}`;
}

/**
 * The name `--with` knows an optional template by: the file's stem, without `-config` (so `pre-commit` is both the
 * workflow and `.pre-commit-config.yaml`).
 */
export function optionalNameOf(name: string): string {
  return (name.split('/').at(-1) ?? name).replace(/\.ya?ml$/, '').replace(/-config$/, '');
}

/** An optional template named in `--with` that the templates folder does not have. */
export class UnknownTemplateError extends OpsError {
  override name = 'UnknownTemplateError';
  constructor(
    readonly unknown: readonly string[],
    readonly available: readonly string[],
  ) {
    super(`No optional template named ${unknown.map((name) => `'${name}'`).join(', ')}; --with takes: ${available.join(', ')}.`);
  }
}

/** The core templates, and the optional ones named in `wanted` (or all of them). */
export function selectTemplates(templates: readonly WorkflowTemplate[], wanted: readonly string[] | 'all'): WorkflowTemplate[] {
  const core = new Set<string>(CORE_TEMPLATES);
  const optional = templates.filter((template) => !core.has(template.name));
  const available = [...new Set(optional.map((template) => optionalNameOf(template.name)))].sort();
  if (wanted !== 'all') {
    const unknown = wanted.filter((name) => !available.includes(name));
    if (unknown.length > 0) throw new UnknownTemplateError(unknown, available);
  }
  return templates.filter((template) => core.has(template.name) || wanted === 'all' || wanted.includes(optionalNameOf(template.name)));
}

/** What the target project says about itself. */
export interface ProjectFacts {
  /** The project's requires-python specifier; undefined when the project declares none. */
  readonly requiresPython?: string;
}

/** A file to write, `path` relative to the project directory with `/` separators. */
export interface PlannedFile {
  readonly path: string;
  readonly content: string;
}

/** The files to write and the Python versions their matrices keep. */
export interface InitPlan {
  readonly files: readonly PlannedFile[];
  /** The Python versions left in the templates' matrices, in template order. */
  readonly pythonVersions: readonly string[];
  /** The versions the templates listed before narrowing. */
  readonly candidateVersions: readonly string[];
}

/** Where the copied workflows go, relative to the project. */
export const WORKFLOWS_DIR = '.github/workflows';

/** A requires-python that is not a specifier, or that no version in the matrix satisfies. */
export class RequiresPythonError extends OpsError {
  override name = 'RequiresPythonError';
  constructor(
    readonly specifier: string,
    readonly candidates: readonly string[],
    readonly problem: 'invalid' | 'no-match',
  ) {
    super(
      problem === 'invalid'
        ? `requires-python '${specifier}' is not a PEP 440 version specifier.`
        : `requires-python '${specifier}' matches none of the Python versions the templates test (${candidates.join(', ')}).`,
    );
  }
}

// `python-version: ["3.10", "3.11"]` (a matrix) or `python-versions: '["3.10"]'` (a reusable workflow's JSON input).
const VERSION_LIST = /^(\s*python-versions?:\s*)('?)\[([^\]]*)\]\2(\s*(?:#.*)?)$/;
// `python-version: "3.13"` (setup-python in a single job) or `lint-python-version: "3.13"` (the reusable CI's input);
// expressions such as ${{ matrix.python-version }} do not match.
const VERSION_SCALAR = /^(\s*(?:[\w-]+-)?python-version:\s*)(["']?)(\d+\.\d+)\2(\s*(?:#.*)?)$/;
const CPYTHON_MINOR = /^\d+\.\d+$/;

/**
 * Plans `ops-actions init`: each template goes to its destination ({@link destinationOf}) with `<owner>` filled in,
 * `$default-branch` replaced by the default branch, `<owner>/ops-actions/...@v1` pinned to `options.pin` (or to
 * `options.ref`), and every one-line Python version list, and every single Python version, narrowed to the versions
 * `facts.requiresPython` allows. Pure: it reads and writes nothing.
 */
export function planInit(templates: readonly WorkflowTemplate[], options: InitOptions, facts: ProjectFacts): InitPlan {
  const candidates = unique(templates.flatMap((template) => listedVersions(template.content)));
  const specifier = facts.requiresPython;
  if (specifier !== undefined && !validRange(specifier)) throw new RequiresPythonError(specifier, candidates, 'invalid');
  // PEP 440: "3.12" is compared as 3.12.0, the way packaging.specifiers evaluates requires-python.
  const allowed = (version: string): boolean => specifier === undefined || satisfies(version, specifier);
  const kept = candidates.filter(allowed);
  if (candidates.length > 0 && kept.length === 0 && specifier !== undefined) throw new RequiresPythonError(specifier, candidates, 'no-match');
  const newest = kept.at(-1);
  const files = [...templates]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((template) => ({
      path: destinationOf(template.name),
      content: narrowPythonVersions(fillInDefaultBranch(fillInOwnerAndRef(template.content, options), options.defaultBranch), allowed, newest),
    }));
  return { files, pythonVersions: kept, candidateVersions: candidates };
}

/**
 * Pins `<owner>/ops-actions[/path]@v1` to `options.pin` (a `uses:` line ending there gets the `# <version>` comment
 * that ref-version-mismatch and Dependabot read) or else to `options.ref`, then puts `owner` in place of every
 * `<owner>`.
 */
export function fillInOwnerAndRef(content: string, options: Pick<InitOptions, 'owner' | 'ref' | 'pin'>): string {
  // (?![\w.-]) keeps `@v1.2.3` or `@v10` as written: only the moving major tag is the template's default.
  const reference = /<owner>\/ops-actions((?:\/[^\s@'"]*)?)@v1(?![\w.-])/g;
  const pin = options.pin;
  const pinned = content
    .split('\n')
    .map((line) => {
      if (pin === undefined) return line.replace(reference, (_match, path: string) => `<owner>/ops-actions${path}@${options.ref}`);
      const withSha = line.replace(reference, (_match, path: string) => `<owner>/ops-actions${path}@${pin.sha}`);
      // The comment goes only where the reference ends a `uses:` line (CRLF kept).
      return withSha !== line && /^\s*(?:-\s+)?uses:\s*\S+\r?$/.test(withSha) ? withSha.replace(/(\r?)$/, ` # ${pin.version}$1`) : withSha;
    })
    .join('\n');
  return pinned.replaceAll('<owner>', options.owner);
}

/**
 * Puts the default branch in place of `$default-branch` (GitHub's template picker does it; a copy made any other way
 * must), in the YAML only: comments that explain the placeholder keep it.
 */
export function fillInDefaultBranch(content: string, branch: string): string {
  return content
    .split('\n')
    .map((line) => {
      const comment = /(^|\s)#/.exec(line);
      const code = comment === null ? line : line.slice(0, comment.index);
      return code.replaceAll('$default-branch', branch) + line.slice(code.length);
    })
    .join('\n');
}

function narrowPythonVersions(content: string, allowed: (version: string) => boolean, newest: string | undefined): string {
  return content
    .split('\n')
    .map((rawLine) => {
      // Keep CRLF templates CRLF: the patterns work on the line without its \r.
      const cr = rawLine.endsWith('\r') ? '\r' : '';
      const line = cr === '' ? rawLine : rawLine.slice(0, -1);
      const list = VERSION_LIST.exec(line);
      if (list !== null) {
        const [, head = '', quote = '', items = '', tail = ''] = list;
        const kept = parseItems(items).filter((item) => !CPYTHON_MINOR.test(item) || allowed(item));
        return `${head}${quote}[${kept.map((item) => `"${item}"`).join(', ')}]${quote}${tail}${cr}`;
      }
      const scalar = VERSION_SCALAR.exec(line);
      if (scalar !== null && newest !== undefined) {
        const [, head = '', quote = '', version = '', tail = ''] = scalar;
        // A single job (the release build) pinned to a version the project does not support moves to the newest one it does.
        if (!allowed(version)) return `${head}${quote}${newest}${quote}${tail}${cr}`;
      }
      return rawLine;
    })
    .join('\n');
}

function listedVersions(content: string): string[] {
  return content
    .split('\n')
    .map((line) => VERSION_LIST.exec(line.replace(/\r$/, '')))
    .flatMap((match) => (match === null ? [] : parseItems(match[3] ?? '').filter((item) => CPYTHON_MINOR.test(item))));
}

function parseItems(items: string): string[] {
  return items
    .split(',')
    .map((item) => item.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .filter((item) => item !== '');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

// GitHub: "Username may only contain alphanumeric characters or single hyphens, and cannot begin or end with a hyphen" (39 at most).
const GITHUB_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com', 'ssh.github.com']);

/** Whether `name` can be a GitHub user or organization name. */
export function isGitHubOwner(name: string): boolean {
  return GITHUB_OWNER.test(name);
}

/**
 * The owner in a github.com remote URL (`https://github.com/acme/app.git`, `git@github.com:acme/app.git`,
 * `ssh://git@github.com/acme/app`); undefined for any other host or shape.
 */
export function parseGitHubOwner(remoteUrl: string): string | undefined {
  const url = remoteUrl.trim();
  let host: string;
  let path: string;
  const scpLike = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.*)$/.exec(url);
  if (!url.includes('://') && scpLike !== null) {
    host = scpLike[1] ?? '';
    path = scpLike[2] ?? '';
  } else if (URL.canParse(url)) {
    const parsed = new URL(url);
    host = parsed.hostname;
    path = parsed.pathname;
  } else return undefined;
  if (!GITHUB_HOSTS.has(host.toLowerCase())) return undefined;
  const [owner, repo] = path.replace(/^\/+/, '').split('/');
  return owner !== undefined && repo !== undefined && repo !== '' && isGitHubOwner(owner) ? owner : undefined;
}
