import type { GitHubRequester, RepositoryRef } from './github-api.js';
import { callGitHub } from './github-api.js';

/** GitHub refuses an issue or pull request comment body longer than this many characters. */
export const COMMENT_LIMIT = 65_535;

/** A comment on an issue or pull request, as far as the sticky comment needs it. */
export interface IssueComment {
  readonly id: number;
  readonly body: string;
  /** `Bot` for the GitHub Actions app (`github-actions[bot]`), `User` for people. */
  readonly authorType: string;
}

/** What to do to keep one comment up to date. */
export type CommentPlan =
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly id: number }
  | { readonly kind: 'unchanged'; readonly id: number };

/**
 * The hidden marker that finds the comment again on the next run: an HTML comment GitHub does not
 * render. `key` tells several comments of one tool apart (two gates in one workflow).
 */
export function commentMarker(tool: string, key = ''): string {
  // An HTML comment ends at `-->` and may not hold `--`: keep the key from closing it early.
  const clean = (text: string): string => text.replace(/[<>\r\n]/g, '-').replace(/-{2,}/g, '-');
  return `<!-- ops-actions:${clean(tool)}${key ? `:${clean(key)}` : ''} -->`;
}

/**
 * Pure: which comment to update. The marker must open the body (so a person quoting the comment
 * does not become its owner), and a bot's comment wins over a person's; among several, the first
 * (oldest) is kept up to date, as sticky-comment actions do.
 */
export function planStickyComment(existing: readonly IssueComment[], marker: string, body: string): CommentPlan {
  const owned = existing.filter((comment) => comment.body.startsWith(marker));
  const mine = owned.find((comment) => comment.authorType === 'Bot') ?? owned[0];
  if (!mine) return { kind: 'create' };
  return mine.body === body ? { kind: 'unchanged', id: mine.id } : { kind: 'update', id: mine.id };
}

/** What the sticky comment did, with the comment's URL when GitHub gave one. */
export interface StickyCommentResult {
  readonly action: CommentPlan['kind'];
  readonly id: number;
}

/**
 * Creates or updates the one comment that carries `marker` on pull request `number`. The body is
 * prefixed with the marker; a body over {@link COMMENT_LIMIT} is a caller's bug (fit it first), so
 * it throws rather than letting GitHub answer 422. Errors are GitHubApiError: callers that may
 * run on a read-only token (forks) check `permissionDenied` and warn.
 */
export async function upsertStickyComment(
  api: GitHubRequester,
  repository: RepositoryRef,
  options: { readonly number: number; readonly marker: string; readonly body: string },
): Promise<StickyCommentResult> {
  const body = `${options.marker}\n${options.body}`;
  if (body.length > COMMENT_LIMIT) throw new RangeError(`comment body has ${body.length} characters; GitHub allows ${COMMENT_LIMIT}`);
  const listRoute = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
  const items = await callGitHub(listRoute, () => api.paginate(listRoute, { ...repository, issue_number: options.number, per_page: 100 }));
  const plan = planStickyComment(items.map(toIssueComment), options.marker, body);
  if (plan.kind === 'unchanged') return { action: 'unchanged', id: plan.id };
  if (plan.kind === 'update') {
    const route = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
    await callGitHub(route, () => api.request(route, { ...repository, comment_id: plan.id, body }));
    return { action: 'update', id: plan.id };
  }
  const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
  const created = await callGitHub(route, () => api.request(route, { ...repository, issue_number: options.number, body }));
  return { action: 'create', id: toIssueComment(created.data).id };
}

function toIssueComment(item: unknown): IssueComment {
  const record = (item ?? {}) as { id?: unknown; body?: unknown; user?: { type?: unknown } | null };
  return {
    id: typeof record.id === 'number' ? record.id : -1,
    body: typeof record.body === 'string' ? record.body : '',
    authorType: typeof record.user?.type === 'string' ? record.user.type : '',
  };
}
