import type { GitHubRequester, RepositoryRef } from './github-api.js';
import { callGitHub } from './github-api.js';

/** One submitted review, as far as approvals need it. */
export interface PullRequestReview {
  readonly user: string;
  /** `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED`, `DISMISSED` or `PENDING`. */
  readonly state: string;
  readonly commitId: string | undefined;
}

/** Who approves a pull request now. */
export interface ApprovalCount {
  readonly approvals: number;
  readonly approvers: readonly string[];
  /** Reviewers whose latest review asks for changes. */
  readonly changesRequested: readonly string[];
}

/**
 * Pure: approvals as GitHub counts them for branch protection. Each reviewer's latest review that
 * is not a plain comment decides (a later `COMMENTED` does not withdraw an approval; a `DISMISSED`
 * one does); pending reviews are not submitted yet. Reviews arrive oldest first from the API.
 */
export function countApprovals(reviews: readonly PullRequestReview[]): ApprovalCount {
  const latest = new Map<string, string>();
  for (const review of reviews) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.user, review.state);
  }
  const approvers = [...latest].filter(([, state]) => state === 'APPROVED').map(([user]) => user).sort();
  const changesRequested = [...latest].filter(([, state]) => state === 'CHANGES_REQUESTED').map(([user]) => user).sort();
  return { approvals: approvers.length, approvers, changesRequested };
}

/** Every review of pull request `number` (all pages), oldest first. */
export async function listPullRequestReviews(api: GitHubRequester, repository: RepositoryRef, number: number): Promise<PullRequestReview[]> {
  const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
  const items = await callGitHub(route, () => api.paginate(route, { ...repository, pull_number: number, per_page: 100 }));
  return items.map((item) => {
    const record = (item ?? {}) as { user?: { login?: unknown } | null; state?: unknown; commit_id?: unknown };
    return {
      user: typeof record.user?.login === 'string' ? record.user.login : '(deleted user)',
      state: typeof record.state === 'string' ? record.state : '',
      commitId: typeof record.commit_id === 'string' ? record.commit_id : undefined,
    };
  });
}

/** One pull request that a commit belongs to. */
export interface AssociatedPullRequest {
  readonly number: number;
  readonly state: string;
  readonly merged: boolean;
  readonly baseRef: string;
}

/**
 * The pull requests a commit belongs to (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`): on a push
 * to the default branch, the merged pull request that brought the commit in.
 */
export async function listPullRequestsForCommit(api: GitHubRequester, repository: RepositoryRef, sha: string): Promise<AssociatedPullRequest[]> {
  const route = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls';
  const items = await callGitHub(route, () => api.paginate(route, { ...repository, commit_sha: sha, per_page: 100 }));
  return items.map((item) => {
    const record = (item ?? {}) as { number?: unknown; state?: unknown; merged_at?: unknown; base?: { ref?: unknown } };
    return {
      number: typeof record.number === 'number' ? record.number : -1,
      state: typeof record.state === 'string' ? record.state : '',
      merged: typeof record.merged_at === 'string',
      baseRef: typeof record.base?.ref === 'string' ? record.base.ref : '',
    };
  });
}
