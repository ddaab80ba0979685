import { parseDocument } from 'yaml';

/**
 * Rules that keep the workflow templates consistent with the actions and secure by default (issue 5). Each rule is a
 * pure function of a parsed workflow (and, where comments matter, its text) and returns the problems it found, so
 * that a test can show each rule failing on a bad snippet.
 */

/** One broken rule, located by job and step where that applies. */
export interface WorkflowProblem {
  readonly rule: string;
  readonly where: string;
  readonly message: string;
}

/** What the rules need to know of one of this repository's actions (an `ActionManifest` fits). */
export interface ActionSignature {
  readonly inputs: ReadonlyMap<string, { readonly required: boolean }>;
  readonly outputs: ReadonlyMap<string, unknown>;
}

/** A workflow as plain data, as the YAML core schema reads it. */
export type Workflow = Readonly<Record<string, unknown>>;

type Job = Readonly<Record<string, unknown>>;
type Step = Readonly<Record<string, unknown>>;

/** `<owner>/ops-actions/<action>@<ref>`: a step using one of this repository's actions (any owner, any ref). */
const OWN_ACTION = /^[^/\s]+\/ops-actions\/([\w.-]+)@\S+$/;
/** `./actions/<action>`: this repository's own workflows use its actions from the checkout. */
const LOCAL_ACTION = /^\.\/actions\/([\w.-]+)\/?$/;
/** `<owner>/ops-actions/.github/workflows/<file>@<ref>`: a job calling one of this repository's reusable workflows. */
const OWN_WORKFLOW = /^[^/\s]+\/ops-actions\/(\.github\/workflows\/[\w.-]+\.ya?ml)@\S+$/;
const FULL_SHA = /^[0-9a-f]{40}$/;
const STEP_OUTPUT_READ = /\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g;

/** Parses workflow text; YAML errors (duplicate keys included) are thrown with the path and line. */
export function parseWorkflowText(text: string, path: string): Workflow {
  const doc = parseDocument(text, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) throw new Error(`${path}:${error.linePos?.[0].line ?? '?'}: ${error.message.split('\n')[0] ?? ''}`);
  const value: unknown = doc.toJS();
  if (!isRecord(value)) throw new Error(`${path}: a workflow must be a mapping`);
  return value;
}

/** The action directory named by a `uses:` of this repository's actions, or undefined for any other `uses:`. */
export function parseOwnActionName(uses: string): string | undefined {
  if (OWN_WORKFLOW.test(uses)) return undefined;
  return OWN_ACTION.exec(uses)?.[1] ?? LOCAL_ACTION.exec(uses)?.[1];
}

/** The workflow file named by a job-level `uses:` of this repository's reusable workflows. */
export function parseOwnWorkflowPath(uses: string): string | undefined {
  return OWN_WORKFLOW.exec(uses)?.[1];
}

/**
 * Every step using one of our actions names an existing action, passes only inputs it declares and every input
 * it requires; every job calling one of our reusable workflows names an existing file.
 */
export function checkOwnActionUses(
  workflow: Workflow,
  actions: ReadonlyMap<string, ActionSignature>,
  workflowExists: (path: string) => boolean = () => true,
): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    const reusable = typeof job.uses === 'string' ? parseOwnWorkflowPath(job.uses) : undefined;
    if (reusable !== undefined && !workflowExists(reusable)) {
      problems.push({ rule: 'own-action-uses', where: `jobs.${jobId}`, message: `no reusable workflow ${reusable}` });
    }
    for (const [where, step] of listSteps(jobId, job)) {
      const name = typeof step.uses === 'string' ? parseOwnActionName(step.uses) : undefined;
      if (name === undefined) continue;
      const action = actions.get(name);
      if (!action) {
        problems.push({ rule: 'own-action-uses', where, message: `no action named '${name}' in this repository` });
        continue;
      }
      const given = isRecord(step.with) ? Object.keys(step.with) : [];
      for (const key of given) {
        if (!action.inputs.has(key)) {
          problems.push({ rule: 'own-action-uses', where, message: `'${name}' declares no input '${key}'` });
        }
      }
      for (const [input, { required }] of action.inputs) {
        if (required && !given.includes(input)) {
          problems.push({ rule: 'own-action-uses', where, message: `'${name}' requires the input '${input}'` });
        }
      }
    }
  }
  return problems;
}

/**
 * Every `steps.<id>.outputs.<name>` read in a job refers to a step of that job that sets it: one of our actions
 * declaring that output, or a `run:` step writing `<name>=` (to GITHUB_OUTPUT).
 */
export function checkStepOutputReads(workflow: Workflow, actions: ReadonlyMap<string, ActionSignature>): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    const steps = new Map<string, Step>();
    for (const [, step] of listSteps(jobId, job)) if (typeof step.id === 'string') steps.set(step.id, step);
    for (const text of listStrings(job)) {
      for (const [, id = '', output = ''] of text.matchAll(STEP_OUTPUT_READ)) {
        const where = `jobs.${jobId}: steps.${id}.outputs.${output}`;
        const step = steps.get(id);
        if (!step) {
          problems.push({ rule: 'step-output-reads', where, message: `no step with id '${id}' in this job` });
          continue;
        }
        const name = typeof step.uses === 'string' ? parseOwnActionName(step.uses) : undefined;
        const action = name === undefined ? undefined : actions.get(name);
        if (action) {
          if (!action.outputs.has(output)) {
            problems.push({ rule: 'step-output-reads', where, message: `'${name}' declares no output '${output}'` });
          }
        } else if (typeof step.run === 'string') {
          if (!step.run.includes(`${output}=`)) {
            problems.push({ rule: 'step-output-reads', where, message: `the run step '${id}' never writes '${output}='` });
          }
        } else {
          problems.push({ rule: 'step-output-reads', where, message: `step '${id}' is not one of our actions nor a run step` });
        }
      }
    }
  }
  return problems;
}

/** Top-level `permissions` is declared and grants nothing beyond read; every job declares its own. */
export function checkPermissions(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const top = workflow.permissions;
  if (top === undefined) {
    problems.push({ rule: 'permissions', where: 'permissions', message: 'declare top-level permissions: {} (or read-only)' });
  } else if (!isReadOnly(top)) {
    problems.push({ rule: 'permissions', where: 'permissions', message: 'top-level permissions must be {} or read-only; raise them per job' });
  }
  for (const [jobId, job] of listJobs(workflow)) {
    if (job.permissions === undefined) {
      problems.push({ rule: 'permissions', where: `jobs.${jobId}`, message: 'declare the permissions this job needs' });
    }
  }
  return problems;
}

/**
 * Every `uses:` of a third-party action or workflow is pinned to a full 40-hex commit SHA with the version in a
 * comment (`uses: actions/checkout@<sha> # v5.0.0`). Local (`./`), `docker://` and our own references are exempt.
 * Works on the text, since the version lives in a comment.
 */
export function checkPinnedUses(text: string): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*(["']?)([^\s"'#]+)\1\s*(?:#\s*(.*))?$/.exec(line);
    const uses = match?.[2];
    if (uses === undefined || uses.startsWith('./') || uses.startsWith('docker://')) return;
    if (parseOwnActionName(uses) !== undefined || parseOwnWorkflowPath(uses) !== undefined) return;
    const where = `line ${index + 1}`;
    const ref = uses.split('@')[1] ?? '';
    if (!FULL_SHA.test(ref)) {
      problems.push({ rule: 'pinned-uses', where, message: `${uses} is not pinned to a full commit SHA` });
    } else if (!/^v?\d+(\.\d+)*\b/.test(match?.[3] ?? '')) {
      problems.push({ rule: 'pinned-uses', where, message: `${uses} has no version comment (# v1.2.3)` });
    }
  });
  return problems;
}

/**
 * Every actions/checkout step says `persist-credentials` explicitly; `true` only in a job that may push
 * (`contents: write`).
 */
export function checkPersistCredentials(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    const mayPush = isRecord(job.permissions) && job.permissions.contents === 'write';
    for (const [where, step] of listSteps(jobId, job)) {
      if (typeof step.uses !== 'string' || !step.uses.startsWith('actions/checkout@')) continue;
      const persist = isRecord(step.with) ? step.with['persist-credentials'] : undefined;
      if (persist === undefined) {
        problems.push({ rule: 'persist-credentials', where, message: 'set persist-credentials: false' });
      } else if (persist !== false && persist !== 'false' && !mayPush) {
        problems.push({ rule: 'persist-credentials', where, message: 'persist-credentials: true in a job that does not push' });
      }
    }
  }
  return problems;
}

/**
 * No `${{ }}` expression inside `run:`: any value, trusted or not, reaches the script through `env:`, so that an
 * event field, branch name or caller input can never be run as shell code.
 */
export function checkRunInjection(workflow: Workflow): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    for (const [where, step] of listSteps(jobId, job)) {
      if (typeof step.run !== 'string') continue;
      for (const [expression] of step.run.matchAll(/\$\{\{[^}]*\}\}/g)) {
        problems.push({ rule: 'run-injection', where, message: `${expression} inside run:; pass it through env:` });
      }
    }
  }
  return problems;
}

function listJobs(workflow: Workflow): [string, Job][] {
  const jobs = workflow.jobs;
  if (!isRecord(jobs)) return [];
  return Object.entries(jobs).filter((entry): entry is [string, Job] => isRecord(entry[1]));
}

function listSteps(jobId: string, job: Job): [string, Step][] {
  if (!Array.isArray(job.steps)) return [];
  return job.steps
    .map((step: unknown, index): [string, unknown] => [`jobs.${jobId}.steps[${index}]`, step])
    .filter((entry): entry is [string, Step] => isRecord(entry[1]));
}

function listStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(listStrings);
  if (isRecord(value)) return Object.values(value).flatMap(listStrings);
  return [];
}

function isReadOnly(permissions: unknown): boolean {
  if (permissions === 'read-all') return true;
  if (!isRecord(permissions)) return false;
  return Object.values(permissions).every((level) => level === 'read' || level === 'none');
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
