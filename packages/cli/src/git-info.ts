import { execFile } from 'node:child_process';

/** What the runner would put in GITHUB_SHA and GITHUB_REF for the checked-out commit. */
export interface GitInfo {
  readonly sha?: string;
  readonly ref?: string;
  readonly refName?: string;
  readonly refType?: 'branch' | 'tag';
}

/**
 * Reads HEAD's commit and branch (or, when detached, a tag pointing at HEAD) in `cwd`.
 * A directory that is not a git repository, a repository without commits, or a machine
 * without git all give the fields that could be read, possibly none: the run goes on
 * without them, as it does on GitHub for events that have no ref.
 */
export async function readGitInfo(cwd: string, env: NodeJS.ProcessEnv): Promise<GitInfo> {
  const [sha, branch] = await Promise.all([
    git(['rev-parse', '--verify', '-q', 'HEAD'], cwd, env),
    git(['symbolic-ref', '--short', '-q', 'HEAD'], cwd, env),
  ]);
  if (branch !== undefined) return { sha, ref: `refs/heads/${branch}`, refName: branch, refType: 'branch' };
  const tag = sha === undefined ? undefined : await git(['describe', '--tags', '--exact-match', 'HEAD'], cwd, env);
  if (tag !== undefined) return { sha, ref: `refs/tags/${tag}`, refName: tag, refType: 'tag' };
  return { sha };
}

function git(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env, encoding: 'utf8' }, (error, stdout) => {
      // Any failure means "not known here" (see readGitInfo), never a failed run.
      const value = stdout.trim();
      resolve(error === null && value !== '' ? value : undefined);
    });
  });
}
