import type { ConventionalCommit, NonConventionalCommit, ParsedCommit } from './parse-commit.js';
import { parseCommit } from './parse-commit.js';

// GitHub's squash and merge ("pull request title and commit details") lists the branch's commits
// oldest first, each as `* <its subject>` followed by its body, unindented; a line of nine dashes
// and the `Co-authored-by:` trailers end the list.
const GITHUB_BULLET = /^\* +(\S.*)$/;
const GITHUB_END = /^-{9,}[ \t]*$/;
// `git merge --squash` writes `Squashed commit of the following:`, then each commit as `git log`
// shows it, newest first: `commit <hash>`, `Author:` and `Date:` (and `Merge:`) lines, a blank
// line, and the message indented by four spaces.
const GIT_COMMIT = /^commit [0-9a-f]{40,64}(?: .*)?$/;
const GIT_FORM = /^commit [0-9a-f]{40,64}(?: .*)?\n(?:Merge|Author): /m;
const GIT_FIELD = /^(Merge|Author|Date|AuthorDate|Commit|CommitDate):/;
// A line of a listed commit's body, indented under its bullet (an older squash form): one indent level goes.
const INDENT = /^(?: {2,4}|\t)/;

/**
 * The commits a squash merge's body lists (GitHub's `* type: subject` lines, or git's
 * `Squashed commit of the following:` blocks), newest first, each with the squash's hash and pull
 * request number. Lines that are not Conventional Commits (`wip`, `fix typo`) are not listed.
 */
export function listSquashedCommits(commit: ConventionalCommit | NonConventionalCommit): ConventionalCommit[] {
  const body = commit.body;
  const git = body.includes('commit ') && GIT_FORM.test(body);
  if (!git && !body.includes('* ')) return [];
  const pullRequest = commit.kind === 'conventional' ? commit.pullRequest : pullRequestOf(commit.header);
  const messages = git ? gitSquashMessages(body) : githubSquashMessages(body);
  const listed: ConventionalCommit[] = [];
  for (const message of messages) {
    const parsed = parseCommit({ hash: commit.hash, parents: [], message });
    if (parsed.kind === 'conventional') listed.push({ ...parsed, pullRequest: parsed.pullRequest ?? pullRequest });
  }
  // git lists newest first already; GitHub lists oldest first, and the range is newest first.
  return git ? listed : listed.reverse();
}

/**
 * Squash merges resolved: one whose subject is a Conventional Commit stays that one commit (its
 * subject is the change), carrying the commits its body lists in `squashed` (they may raise the
 * bump) and their breaking-change and deprecation notes; one whose subject is not (git's
 * `Squashed commit of the following:`) stands for the commits its body lists. Other commits pass
 * through unchanged. Newest first in, newest first out.
 */
export function expandSquashedCommits(commits: readonly ParsedCommit[]): ParsedCommit[] {
  const out: ParsedCommit[] = [];
  for (const commit of commits) {
    const listed = commit.kind === 'merge' ? [] : listSquashedCommits(commit);
    if (listed.length === 0) out.push(commit);
    else if (commit.kind === 'conventional') out.push(withSquashed(commit, listed));
    else for (const one of listed) out.push(one);
  }
  return out;
}

/** The subject's commit, with the notes of what it squashed: a breaking change among them is the subject's. */
function withSquashed(commit: ConventionalCommit, listed: readonly ConventionalCommit[]): ConventionalCommit {
  // The parser read the whole body as the subject's footers; what is the subject's own is what comes
  // before the first listed commit (GitHub's form puts nothing there; an edited message may).
  const own = ownPart(commit);
  const notes = unique([...own.breakingNotes, ...listed.flatMap((c) => c.breakingNotes)]);
  const deprecations = unique([...own.deprecations, ...listed.flatMap((c) => c.deprecations)]);
  return { ...commit, breaking: notes.length > 0, breakingNotes: notes, deprecations, squashed: listed };
}

function ownPart(commit: ConventionalCommit): ConventionalCommit {
  const lines = commit.body.split('\n');
  const first = lines.findIndex((line, index) => isGitBlock(lines, index) || isListedBullet(line));
  const preamble = lines.slice(0, first === -1 ? lines.length : first).join('\n');
  const parsed = parseCommit({ hash: commit.hash, parents: [], message: `${commit.header}\n\n${preamble}` });
  // The `!` of the subject's own header stays whatever its body says.
  return parsed.kind === 'conventional' ? parsed : commit;
}

function isListedBullet(line: string): boolean {
  const bullet = GITHUB_BULLET.exec(line);
  return bullet?.[1] !== undefined && parseCommit({ hash: '', parents: [], message: bullet[1] }).kind === 'conventional';
}

/** GitHub's form: a bullet that is a Conventional Commit starts a commit; the lines up to the next one are its body. */
function githubSquashMessages(body: string): string[] {
  const messages: string[][] = [];
  let current: string[] | undefined;
  for (const line of body.split('\n')) {
    if (GITHUB_END.test(line)) break;
    if (isListedBullet(line)) {
      current = [(GITHUB_BULLET.exec(line)?.[1] ?? '').trim(), ''];
      messages.push(current);
    } else if (current) {
      current.push(line.replace(INDENT, ''));
    }
  }
  return messages.map((lines) => lines.join('\n'));
}

/** git's form: each `commit <hash>` block's message, its four-space indent removed; merges are left out. */
function gitSquashMessages(body: string): string[] {
  const messages: string[] = [];
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (!isGitBlock(lines, index)) continue;
    let merge = false;
    let next = index + 1;
    for (; next < lines.length && GIT_FIELD.test(lines[next] ?? ''); next++) if ((lines[next] ?? '').startsWith('Merge:')) merge = true;
    const message: string[] = [];
    for (; next < lines.length && !isGitBlock(lines, next); next++) message.push((lines[next] ?? '').replace(/^ {4}/, ''));
    if (!merge) messages.push(message.join('\n'));
    index = next - 1;
  }
  return messages;
}

function isGitBlock(lines: readonly string[], index: number): boolean {
  return GIT_COMMIT.test(lines[index] ?? '') && GIT_FIELD.test(lines[index + 1] ?? '');
}

function pullRequestOf(header: string): number | undefined {
  const match = /\s\(#(\d+)\)$/.exec(header);
  return match?.[1] ? Number(match[1]) : undefined;
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts.map((text) => text.trim()).filter((text) => text !== ''))];
}
