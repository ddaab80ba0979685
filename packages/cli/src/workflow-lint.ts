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
/** `./actions/<action>`: this repository's own workflows use its actions from the checkout. */
const LOCAL_ACTION = /^\.\/actions\/([\w.-]+)\/?$/;
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

/** Everything `lintWorkflow` needs besides the text. */
export interface LintContext {
  readonly path: string;
  readonly actions: ReadonlyMap<string, ActionSignature>;
  readonly pins: PinTable;
  readonly ownActions: PinOptions['ownActions'];
  readonly workflowExists?: (path: string) => boolean;
}

/** Every rule on one workflow file: our actions' interfaces, the pin table, and the security rules. */
export function lintWorkflow(text: string, context: LintContext): WorkflowProblem[] {
  const workflow = parseWorkflowText(text, context.path);
  return [
    ...checkOwnActionUses(workflow, context.actions, context.workflowExists),
    ...checkActionInputs(workflow, context.pins),
    ...checkStepOutputReads(workflow, context.actions, context.pins),
    ...checkPins(text, context.pins, { ownActions: context.ownActions }),
    ...checkSecurityRules(workflow, text),
  ];
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
