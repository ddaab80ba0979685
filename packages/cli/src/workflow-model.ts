/**
 * A GitHub Actions workflow as plain data, and the small readers the workflow rules share: jobs, steps, strings,
 * `${{ }}` expressions and `uses:` references.
 */

/** A workflow as plain data, as the YAML core schema reads it. */
export type Workflow = Readonly<Record<string, unknown>>;
export type Job = Readonly<Record<string, unknown>>;
export type Step = Readonly<Record<string, unknown>>;

/** One broken rule, located by job and step (or line) where that applies. */
export interface WorkflowProblem {
  readonly rule: string;
  readonly where: string;
  readonly message: string;
}

/** A repository `uses:` split into its parts: `owner/repo[/path]@ref`. */
export interface RepositoryUses {
  readonly owner: string;
  readonly repo: string;
  /** The path inside the repository ('' for the root action). */
  readonly path: string;
  readonly ref: string;
  /** `owner/repo`, the key of the pin table. */
  readonly slug: string;
}

export const FULL_SHA = /^[0-9a-f]{40}$/;

/** The workflow's jobs that are mappings, in file order. */
export function listJobs(workflow: Workflow): [string, Job][] {
  const jobs = workflow.jobs;
  if (!isRecord(jobs)) return [];
  return Object.entries(jobs).filter((entry): entry is [string, Job] => isRecord(entry[1]));
}

/** A job's steps that are mappings, each with where it is (`jobs.<id>.steps[<n>]`). */
export function listSteps(jobId: string, job: Job): [string, Step][] {
  if (!Array.isArray(job.steps)) return [];
  return job.steps
    .map((step: unknown, index): [string, unknown] => [`jobs.${jobId}.steps[${index}]`, step])
    .filter((entry): entry is [string, Step] => isRecord(entry[1]));
}

/** Every string anywhere in a value (keys excluded). */
export function listStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(listStrings);
  if (isRecord(value)) return Object.values(value).flatMap(listStrings);
  return [];
}

/** The insides of the `${{ … }}` expressions in a string, trimmed. */
export function listExpressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => (match[1] ?? '').trim());
}

/** The events that start the workflow, whatever form `on:` takes (a name, a list, or a mapping). */
export function listTriggers(workflow: Workflow): Map<string, unknown> {
  const on = workflow.on;
  if (typeof on === 'string') return new Map([[on, undefined]]);
  if (Array.isArray(on)) return new Map(on.filter((event): event is string => typeof event === 'string').map((event) => [event, undefined]));
  if (isRecord(on)) return new Map(Object.entries(on));
  return new Map();
}

/** `owner/repo[/path]@ref` split; undefined for local (`./`), `docker://` and malformed references. */
export function parseRepositoryUses(uses: string): RepositoryUses | undefined {
  const match = /^([^/\s@]+)\/([^/\s@]+)((?:\/[^@\s]*)?)@(\S+)$/.exec(uses.trim());
  if (!match) return undefined;
  const [, owner = '', repo = '', path = '', ref = ''] = match;
  return { owner, repo, path: path.replace(/^\//, ''), ref, slug: `${owner}/${repo}`.toLowerCase() };
}

/** A step's `with:` inputs, by name. */
export function stepInputs(step: Step): Readonly<Record<string, unknown>> {
  return isRecord(step.with) ? step.with : {};
}

/** Whether a step uses the action `slug` (`owner/repo`, case-insensitive), at any ref. */
export function stepUses(step: Step, slug: string): boolean {
  return typeof step.uses === 'string' && parseRepositoryUses(step.uses)?.slug === slug.toLowerCase();
}

/** A job that runs steps on a runner, as opposed to one that calls a reusable workflow. */
export function isNormalJob(job: Job): boolean {
  return job.uses === undefined;
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
