import type { ConventionalCommit, ParsedCommit } from './parse-commit.js';
import { parseCommit } from './parse-commit.js';
import { appendAll } from '../collections/append-all.js';

// GitHub's squash-and-merge body lists the branch's commits as `* type(scope): subject` lines.
const BULLET = /^\* +(.+)$/;

/**
 * A squash-merge commit whose body lists two or more Conventional Commits stands for each of
 * them: it is replaced by one commit per listed line (same hash, and the pull request number of
 * the squash subject), so both the bump and the changelog see every change it carries.
 * Other commits pass through unchanged.
 */
export function expandSquashedCommits(commits: readonly ParsedCommit[]): ParsedCommit[] {
  const out: ParsedCommit[] = [];
  for (const commit of commits) {
    const listed = commit.kind === 'merge' ? [] : listedCommits(commit);
    // The body lists them oldest first; the range is newest first, as git log gives it.
    if (listed.length >= 2) appendAll(out, listed.reverse());
    else out.push(commit);
  }
  return out;
}

function listedCommits(commit: ParsedCommit): ConventionalCommit[] {
  const body = commit.kind === 'conventional' ? commit.body : commit.kind === 'non-conventional' ? commit.body : '';
  if (!body.includes('* ')) return [];
  const pullRequest = commit.kind === 'conventional' ? commit.pullRequest : /\s\(#(\d+)\)$/.exec(commit.header)?.[1];
  const listed: ConventionalCommit[] = [];
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const bullet = BULLET.exec(lines[index] ?? '');
    if (!bullet?.[1]) continue;
    // The lines indented below a bullet are that commit's body (footers included).
    const rest: string[] = [];
    while (index + 1 < lines.length && /^(?: {2,}|\t)\S/.test(lines[index + 1] ?? '')) rest.push((lines[++index] ?? '').trim());
    const parsed = parseCommit({ hash: commit.hash, parents: [], message: [bullet[1], '', ...rest].join('\n') });
    if (parsed.kind !== 'conventional') continue;
    listed.push({ ...parsed, pullRequest: parsed.pullRequest ?? (pullRequest === undefined ? undefined : Number(pullRequest)) });
  }
  return listed;
}
