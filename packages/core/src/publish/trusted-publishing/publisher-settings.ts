/** What to enter on PyPI for a GitHub Trusted Publisher (project → Settings → Publishing). */
export interface PublisherSettings {
  readonly owner: string;
  readonly repository: string;
  /** The file name only, e.g. `release.yml`. */
  readonly workflowFile: string;
  /** Absent when the job has no `environment:`. */
  readonly environment?: string;
}

/** The claims worth showing; the rest (jti, run ids, ...) say nothing about the publisher. */
export const DISPLAYED_CLAIMS = [
  'sub',
  'repository',
  'repository_owner',
  'repository_owner_id',
  'workflow_ref',
  'job_workflow_ref',
  'environment',
  'event_name',
  'ref',
  'sha',
] as const;

/** The displayed claims that the token has. */
export function pickDisplayedClaims(payload: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(DISPLAYED_CLAIMS.filter((name) => payload[name] !== undefined).map((name) => [name, payload[name]]));
}

/**
 * The workflow file of a `workflow_ref` or `job_workflow_ref`
 * (`acme/widgets/.github/workflows/release.yml@refs/heads/main` → `release.yml`). Same rule as
 * warehouse's `_extract_workflow_filename`: the last `*.yml`/`*.yaml` path segment before an `@`,
 * since file names and refs may both hold `@`.
 */
export function workflowFileOf(workflowRef: string): string | undefined {
  return /[^/]+\.ya?ml(?=@)/.exec(workflowRef)?.[0];
}

/** `owner/repo/.github/workflows/file.yml` of a workflow ref, without the `@ref`. */
export function workflowPathOf(workflowRef: string): string {
  const file = workflowFileOf(workflowRef);
  if (file === undefined) return workflowRef;
  return workflowRef.slice(0, workflowRef.indexOf(file) + file.length);
}

/**
 * The publisher that matches this token once the publishing job runs in the calling workflow:
 * owner and repository from `repository`, the file from `workflow_ref`, the environment if any.
 * Undefined when the claims are not those of a GitHub Actions job.
 */
export function readPublisherSettings(claims: Readonly<Record<string, unknown>>): PublisherSettings | undefined {
  const { repository, repository_owner: repositoryOwner, workflow_ref: workflowRef, environment } = claims;
  if (typeof repository !== 'string' || typeof workflowRef !== 'string') return undefined;
  const slash = repository.indexOf('/');
  const workflowFile = workflowFileOf(workflowRef);
  if (slash <= 0 || slash === repository.length - 1 || workflowFile === undefined) return undefined;
  return {
    owner: typeof repositoryOwner === 'string' && repositoryOwner !== '' ? repositoryOwner : repository.slice(0, slash),
    repository: repository.slice(slash + 1),
    workflowFile,
    ...(typeof environment === 'string' && environment !== '' ? { environment } : {}),
  };
}
