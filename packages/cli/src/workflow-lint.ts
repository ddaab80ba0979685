import { parseDocument } from 'yaml';
import { checkPins, findPin } from './pin-table.js';
import type { PinOptions, PinTable } from './pin-table.js';
import { checkSecurityRules } from './workflow-security.js';
import { isRecord, listJobs, listSteps, listStrings, parseRepositoryUses } from './workflow-model.js';
import type { Step, Workflow, WorkflowProblem } from './workflow-model.js';

export type { Workflow, WorkflowProblem } from './workflow-model.js';

/**
 * Rules that keep the workflows consistent with the actions they use and secure by default. Each rule is a pure
 * function of a parsed workflow (and, where comments matter, its text) and returns the problems it found, so that a
 * test can show each rule failing on a bad snippet. `lintWorkflow` runs them all.
 */

/** What the rules need to know of one of this repository's actions (an `ActionManifest` fits). */
export interface ActionSignature {
  readonly inputs: ReadonlyMap<string, { readonly required: boolean }>;
  readonly outputs: ReadonlyMap<string, unknown>;
}

/** `<owner>/ops-actions/<action>@<ref>`: a step using one of this repository's actions (any owner, any ref). */
const OWN_ACTION = /^[^/\s]+\/ops-actions\/([\w.-]+)@\S+$/;
/**
 * `./actions/<action>`: this repository's own workflows use its actions from the checkout; the reusable workflows use
 * them from `./.ops-actions/actions/<action>`, their own commit checked out there (job.workflow_repository/_sha).
 */
const LOCAL_ACTION = /^\.\/(?:\.ops-actions\/)?actions\/([\w.-]+)\/?$/;
/** `<owner>/ops-actions/.github/workflows/<file>@<ref>`: a job calling one of this repository's reusable workflows. */
const OWN_WORKFLOW = /^[^/\s]+\/ops-actions\/(\.github\/workflows\/[\w.-]+\.ya?ml)@\S+$/;
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
 * One finding a template is allowed to have: the rule, the place it is reported at (exactly), and why. The rules stay
 * as they are; an allowance names the one template and place where a finding is accepted.
 */
export interface LintAllowance {
  readonly rule: string;
  readonly where: string;
  readonly reason: string;
}

/**
 * The templates' allowances, by template file name (the name `ops-actions init` keeps). Each must be used (a finding
 * it allows must occur) and the file must carry zizmor's own ignore comment for the rule (`# zizmor: ignore[rule]`),
 * so that zizmor, run on the copied file, agrees.
 */
export const TEMPLATE_ALLOWANCES: Readonly<Record<string, readonly LintAllowance[]>> = {
  'gpu.yml': [
    {
      rule: 'self-hosted-runner',
      where: 'jobs.gpu',
      reason:
        'GPU tests need a machine with an NVIDIA GPU: a self-hosted runner (or a GitHub GPU larger runner, named by the organisation). The template has no pull_request trigger, so no fork runs code there, reads no secret, persists no credential, and installs into RUNNER_TEMP',
    },
  ],
};

/** Everything `lintWorkflow` needs besides the text. */
export interface LintContext {
  readonly path: string;
  readonly actions: ReadonlyMap<string, ActionSignature>;
  readonly pins: PinTable;
  readonly ownActions: PinOptions['ownActions'];
  readonly workflowExists?: (path: string) => boolean;
  /** Findings accepted in this file ({@link TEMPLATE_ALLOWANCES}); none by default. */
  readonly allow?: readonly LintAllowance[];
}

/** Every rule on one workflow file: our actions' interfaces, the pin table, and the security rules. */
export function lintWorkflow(text: string, context: LintContext): WorkflowProblem[] {
  const workflow = parseWorkflowText(text, context.path);
  const problems = [
    ...checkOwnActionUses(workflow, context.actions, context.workflowExists),
    ...checkActionInputs(workflow, context.pins),
    ...checkStepOutputReads(workflow, context.actions, context.pins),
    ...checkPins(text, context.pins, { ownActions: context.ownActions }),
    ...checkSecurityRules(workflow, text),
  ];
  return applyAllowances(problems, text, context.allow ?? []);
}

/**
 * Drops the problems an allowance names (rule and place); an allowance that matches nothing, or whose rule the file
 * does not ignore in zizmor's own comment, is a problem itself, so that none outlives its reason.
 */
export function applyAllowances(problems: readonly WorkflowProblem[], text: string, allow: readonly LintAllowance[]): WorkflowProblem[] {
  const allowed = (problem: WorkflowProblem): boolean => allow.some((entry) => entry.rule === problem.rule && entry.where === problem.where);
  const kept = problems.filter((problem) => !allowed(problem));
  for (const entry of allow) {
    if (!problems.some((problem) => problem.rule === entry.rule && problem.where === entry.where)) {
      kept.push({ rule: 'allowance', where: entry.where, message: `${entry.rule} is allowed here, but does not occur: remove the allowance` });
    }
    if (!text.includes(`# zizmor: ignore[${entry.rule}]`)) {
      kept.push({ rule: 'allowance', where: entry.where, message: `${entry.rule} is allowed here: say so to zizmor too, with # zizmor: ignore[${entry.rule}] on the line` });
    }
  }
  return kept;
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

/** Every `with:` of a pinned third-party action names an input its action.yml declares at that commit. */
export function checkActionInputs(workflow: Workflow, pins: PinTable): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const [jobId, job] of listJobs(workflow)) {
    for (const [where, step] of listSteps(jobId, job)) {
      const pin = pinOf(step, pins);
      if (!pin || !isRecord(step.with)) continue;
      for (const key of Object.keys(step.with)) {
        if (!pin.inputs.includes(key)) {
          problems.push({ rule: 'action-inputs', where, message: `${pin.action}@${pin.version} declares no input '${key}'` });
        }
      }
    }
  }
  return problems;
}

/**
 * Every `steps.<id>.outputs.<name>` read in a job refers to a step of that job that sets it: one of our actions or a
 * pinned action declaring that output, or a `run:` step writing `<name>=` (to GITHUB_OUTPUT).
 */
export function checkStepOutputReads(workflow: Workflow, actions: ReadonlyMap<string, ActionSignature>, pins?: PinTable): WorkflowProblem[] {
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
        const pin = pins === undefined ? undefined : pinOf(step, pins);
        if (action) {
          if (!action.outputs.has(output)) {
            problems.push({ rule: 'step-output-reads', where, message: `'${name}' declares no output '${output}'` });
          }
        } else if (pin) {
          if (!pin.outputs.includes(output)) {
            problems.push({ rule: 'step-output-reads', where, message: `${pin.action}@${pin.version} declares no output '${output}'` });
          }
        } else if (typeof step.run === 'string') {
          if (!step.run.includes(`${output}=`)) {
            problems.push({ rule: 'step-output-reads', where, message: `the run step '${id}' never writes '${output}='` });
          }
        } else {
          problems.push({ rule: 'step-output-reads', where, message: `step '${id}' is not one of our actions, a pinned action nor a run step` });
        }
      }
    }
  }
  return problems;
}

function pinOf(step: Step, pins: PinTable): ReturnType<typeof findPin> {
  if (typeof step.uses !== 'string') return undefined;
  const parsed = parseRepositoryUses(step.uses);
  return parsed === undefined ? undefined : findPin(pins, parsed.slug, parsed.ref);
}
