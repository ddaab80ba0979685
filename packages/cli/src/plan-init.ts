import { satisfies, validRange } from '@renovatebot/pep440';
import { OpsError } from '@ops-actions/core';

/** One workflow template: its file name (`python-ci.yml`) and text. */
export interface WorkflowTemplate {
  readonly name: string;
  readonly content: string;
}

/** What `ops-actions init` fills in. */
export interface InitOptions {
  /** The GitHub owner that hosts ops-actions, put in place of `<owner>`. */
  readonly owner: string;
  /** The ref for `<owner>/ops-actions/...@v1` references, e.g. `v1`, `v1.4.0` or a commit SHA. */
  readonly ref: string;
}

/** What the target project says about itself. */
export interface ProjectFacts {
  /** `[project].requires-python` from pyproject.toml; undefined when the project declares none. */
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
// `python-version: "3.13"` (setup-python in a single job); expressions such as ${{ matrix.python-version }} do not match.
const VERSION_SCALAR = /^(\s*python-version:\s*)(["']?)(\d+\.\d+)\2(\s*(?:#.*)?)$/;
const CPYTHON_MINOR = /^\d+\.\d+$/;

/**
 * Plans `ops-actions init`: each template becomes `.github/workflows/<name>` with `<owner>` filled
 * in, `<owner>/ops-actions/...@v1` pinned to `options.ref`, and every one-line Python version
 * list narrowed to the versions `facts.requiresPython` allows. Pure: it reads and writes nothing.
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
      path: `${WORKFLOWS_DIR}/${template.name}`,
      content: narrowPythonVersions(fillInOwnerAndRef(template.content, options), allowed, newest),
    }));
  return { files, pythonVersions: kept, candidateVersions: candidates };
}

/** Pins `<owner>/ops-actions[/path]@v1` to `ref`, then puts `owner` in place of every `<owner>`. */
export function fillInOwnerAndRef(content: string, options: InitOptions): string {
  // (?![\w.-]) keeps `@v1.2.3` or `@v10` as written: only the moving major tag is the template's default.
  const pinned = content.replace(/<owner>\/ops-actions((?:\/[^\s@'"]*)?)@v1(?![\w.-])/g, (_match, path: string) => `<owner>/ops-actions${path}@${options.ref}`);
  return pinned.replaceAll('<owner>', options.owner);
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
