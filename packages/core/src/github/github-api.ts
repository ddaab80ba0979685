import { OpsError } from '../errors.js';

/**
 * The narrow seam between core and the GitHub REST API: the two calls of an Octokit instance that
 * core uses. `@actions/github`'s `getOctokit(token)` satisfies it, and core never imports it, so
 * every caller passes one in (tests pass one pointed at a real HTTP server on 127.0.0.1).
 */
export interface GitHubRequester {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ readonly status: number; readonly data: unknown }>;
  /** Follows the `Link: rel="next"` pages of a list endpoint and returns every item. */
  paginate(route: string, parameters?: Record<string, unknown>): Promise<unknown[]>;
}

/** owner/name of the repository the workflow runs in (`GITHUB_REPOSITORY`). */
export interface RepositoryRef {
  readonly owner: string;
  readonly repo: string;
}

/** A call to the GitHub API that failed; `status` is the HTTP status (undefined: no answer at all). */
export class GitHubApiError extends OpsError {
  override name = 'GitHubApiError';
  constructor(
    readonly route: string,
    readonly status: number | undefined,
    readonly apiMessage: string,
    options?: { cause?: unknown },
  ) {
    super(`GitHub API ${route} failed${status === undefined ? '' : ` with ${status}`}: ${apiMessage}`, options);
  }

  /**
   * The token may not do this: a read-only `GITHUB_TOKEN` (a pull request from a fork, or a job
   * without the permission) gets 403 "Resource not accessible by integration"; a token without
   * access to a private resource gets 404. Callers warn instead of failing the step.
   */
  get permissionDenied(): boolean {
    return this.status === 403 || this.status === 404 || this.status === 401;
  }
}

/** `owner/name` split and checked. */
export function parseRepositoryRef(repository: string): RepositoryRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
  if (!match?.[1] || !match[2]) throw new OpsError(`GITHUB_REPOSITORY is '${repository}', not owner/name.`);
  return { owner: match[1], repo: match[2] };
}

/**
 * Runs one API call and turns Octokit's RequestError (anything with a numeric `status`) into a
 * GitHubApiError that carries the status and GitHub's own `message`, never the request's headers
 * (they hold the token).
 */
export async function callGitHub<T>(route: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof GitHubApiError) throw error;
    const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : undefined;
    const data = (error as { response?: { data?: unknown } }).response?.data;
    const apiMessage =
      typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
        ? (data as { message: string }).message
        : error instanceof Error
          ? error.message
          : String(error);
    throw new GitHubApiError(route, status, apiMessage, { cause: status === undefined ? error : undefined });
  }
}
