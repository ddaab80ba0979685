import { FileError, GitError, ReleaseError } from '../errors.js';
import type { GitClient } from './git-client.js';

/** A commit as git gives it: the hash, its parents, and the whole message. */
export interface RawCommit {
  readonly hash: string;
  readonly parents: readonly string[];
  readonly message: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/** What one `git rev-parse` tells about the repository. */
export interface RepositoryFacts {
  readonly shallow: boolean;
}

/** Fails with a clear message when `git.cwd` is not inside a git work tree; else says if it is shallow. */
export async function assertRepository(git: GitClient): Promise<RepositoryFacts> {
  const result = await git.run(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'], { allowFailure: true });
  const [inside, shallow] = result.stdout.split('\n');
  if (result.exitCode !== 0 || inside !== 'true') {
    throw new FileError(git.cwd, 'not a git repository (run actions/checkout before this step)');
  }
  return { shallow: shallow === 'true' };
}

/** The commit HEAD points at, or undefined in a repository with no commits yet. */
export async function readHead(git: GitClient): Promise<string | undefined> {
  const result = await git.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/** The current branch name, or undefined on a detached HEAD. */
export async function readCurrentBranch(git: GitClient): Promise<string | undefined> {
  const result = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/**
 * actions/checkout fetches one commit and no tags by default. The version decision needs every
 * release tag and the history since the last one, so a shallow clone is deepened from `origin`;
 * when that is not possible the error says how to fix the workflow.
 */
export async function ensureFullHistory(git: GitClient, facts?: RepositoryFacts): Promise<'complete' | 'fetched'> {
  const shallow = facts?.shallow ?? (await git.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  if (!shallow) return 'complete';
  const hint =
    'This is a shallow clone and its history could not be fetched. ' +
    'Set `fetch-depth: 0` on actions/checkout so that the tags and history are available.';
  try {
    await git.run(['fetch', '--quiet', '--unshallow', '--tags', 'origin'], { hint });
  } catch (error) {
    if (error instanceof GitError) throw new ReleaseError(`${hint}\n${error.message}`);
    throw error;
  }
  return 'fetched';
}

/** Tag names (matching `pattern`, a git glob) that are ancestors of `revision` (HEAD by default). */
export async function listMergedTags(git: GitClient, pattern: string, revision = 'HEAD'): Promise<string[]> {
  // `--` and --end-of-options: a pattern or revision that starts with `-` is never read as an option.
  const result = await git.run(['tag', '--merged', revision, '--list', '--', pattern]);
  return result.stdout.split('\n').filter((line) => line !== '');
}

/** Whether a ref (tag or branch, full name) exists in the local repository. */
export async function refExists(git: GitClient, fullRef: string): Promise<boolean> {
  const result = await git.run(['show-ref', '--verify', '--quiet', fullRef], { allowFailure: true });
  return result.exitCode === 0;
}

/** Whether commit `ancestor` is `descendant` or one of its ancestors (`git merge-base --is-ancestor`). */
export async function isAncestor(git: GitClient, ancestor: string, descendant: string): Promise<boolean> {
  const result = await git.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], { allowFailure: true });
  if (result.exitCode === 0) return true;
  if (result.exitCode === 1) return false;
  throw new GitError(['merge-base', '--is-ancestor', ancestor, descendant], result.exitCode, result.stderr);
}

/** Resolves a revision to a commit hash, or throws naming the revision. */
export async function resolveCommit(git: GitClient, revision: string, what: string): Promise<string> {
  const result = await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { allowFailure: true });
  if (result.exitCode !== 0) {
    throw new ReleaseError(`${what} '${revision}' does not name a commit in this repository.`);
  }
  return result.stdout.trim();
}

/** What `readCommits` reads: the range (exclusive start) and optional pathspecs. */
export interface CommitRange {
  /** Commits reachable from this revision are excluded (a tag); undefined: all history. */
  readonly since?: string;
  readonly until: string;
  /** Only commits touching these pathspecs (relative to the repository root). */
  readonly paths?: readonly string[];
}

/**
 * What git says is wrong with pathspecs (`:(bad)src`, `:(attr:)`), or undefined when it takes
 * them. Cheap enough for an error path: it lists the matching files of the index.
 */
export async function pathspecProblem(git: GitClient, paths: readonly string[]): Promise<string | undefined> {
  const args = ['ls-files', '--cached', '--'];
  for (const path of paths) args.push(topPathspec(path));
  const result = await git.run(args, { allowFailure: true });
  return result.exitCode === 0 ? undefined : result.stderr.trim().replace(/^fatal: /, '') || `exit code ${result.exitCode}`;
}

// :(top) makes pathspecs relative to the repository root, whatever the working directory.
function topPathspec(path: string): string {
  return path.startsWith(':') ? path : `:(top)${path}`;
}

/**
 * Reads the commits in a range, newest first, handing each to `map` as it streams in from
 * `git log`: git and the parsing run side by side, and only what `map` returns is kept.
 */
export async function readCommits<T>(git: GitClient, range: CommitRange, map: (commit: RawCommit) => T): Promise<T[]> {
  const revision = range.since ? `${range.since}..${range.until}` : range.until;
  const args = [
    '-c',
    'log.showSignature=false',
    'log',
    '--no-color',
    '--no-decorate',
    `--format=%H${FIELD}%P${FIELD}%B${RECORD}`,
    '--end-of-options',
    revision,
  ];
  if (range.paths && range.paths.length > 0) {
    args.push('--');
    for (const path of range.paths) args.push(topPathspec(path));
  }
  const commits: T[] = [];
  await git.stream(args, RECORD, (record) => {
    const text = record.startsWith('\n') ? record.slice(1) : record;
    const first = text.indexOf(FIELD);
    const second = text.indexOf(FIELD, first + 1);
    if (first === -1 || second === -1) return;
    const parents = text.slice(first + 1, second);
    commits.push(
      map({
        hash: text.slice(0, first),
        parents: parents === '' ? [] : parents.split(' '),
        message: text.slice(second + 1),
      }),
    );
  });
  return commits;
}
