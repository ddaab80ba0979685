import { readFile } from 'node:fs/promises';
import { OpsError } from '../errors.js';

/** The pull request a run belongs to, as far as the event says. */
export interface PullRequestContext {
  /** The pull request's number, when the event is about one. */
  readonly number: number | undefined;
  /** The commit the run is for: the pull request's head, else `GITHUB_SHA`. */
  readonly sha: string | undefined;
  /** The pull request's base branch (`main`), when the event is about one. */
  readonly baseRef: string | undefined;
  /** The base commit the pull request was opened against. */
  readonly baseSha: string | undefined;
  /** True when the head comes from another repository (a fork): its token is read-only. */
  readonly fromFork: boolean;
}

/** The environment variables the runner sets that say which event a run is for. */
export interface EventEnvironment {
  readonly GITHUB_EVENT_NAME?: string | undefined;
  readonly GITHUB_EVENT_PATH?: string | undefined;
  readonly GITHUB_SHA?: string | undefined;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Reads the event payload the runner wrote (`GITHUB_EVENT_PATH`) for the pull request a run is
 * about. Pushes, schedules and dispatches have none; an `issue_comment` on a pull request names
 * it as `issue.number` with an `issue.pull_request` key. A payload that is not JSON fails: the
 * runner always writes JSON, so anything else is a broken setup worth seeing.
 */
export async function readPullRequestContext(env: EventEnvironment): Promise<PullRequestContext> {
  const none: PullRequestContext = { number: undefined, sha: env.GITHUB_SHA || undefined, baseRef: undefined, baseSha: undefined, fromFork: false };
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return none;
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return none;
    throw new OpsError(`The event payload ${path} (GITHUB_EVENT_PATH) is not readable JSON: ${(error as Error).message}`, { cause: error });
  }
  const event = (payload ?? {}) as Record<string, unknown>;
  const pull = event.pull_request as Record<string, unknown> | undefined;
  if (PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') && typeof pull === 'object' && pull !== null) {
    const head = (pull.head ?? {}) as Record<string, unknown>;
    const base = (pull.base ?? {}) as Record<string, unknown>;
    const headRepo = (head.repo ?? {}) as Record<string, unknown>;
    const baseRepo = (base.repo ?? {}) as Record<string, unknown>;
    return {
      number: typeof pull.number === 'number' ? pull.number : undefined,
      sha: typeof head.sha === 'string' ? head.sha : none.sha,
      baseRef: typeof base.ref === 'string' ? base.ref : undefined,
      baseSha: typeof base.sha === 'string' ? base.sha : undefined,
      fromFork: typeof headRepo.full_name === 'string' && typeof baseRepo.full_name === 'string' && headRepo.full_name !== baseRepo.full_name,
    };
  }
  const issue = event.issue as Record<string, unknown> | undefined;
  if (env.GITHUB_EVENT_NAME === 'issue_comment' && issue && typeof issue.number === 'number' && issue.pull_request) {
    return { ...none, number: issue.number };
  }
  return none;
}
