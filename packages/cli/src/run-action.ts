import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { FileError } from '@ops-actions/core';
import { planInputEnv } from './action-inputs.js';
import type { ActionManifest } from './action-manifest.js';
import { readActionManifest } from './action-manifest.js';
import { expressionValuesFromEnv } from './default-expressions.js';
import { readGitInfo } from './git-info.js';
import type { RunResult, StageName, StageResult } from './run-result.js';
import { runStage } from './run-stage.js';
import type { StageOutcome } from './run-stage.js';
import { planRunnerContextEnv, scrubBaseEnv } from './runner-context.js';
import { SecretMasker } from './secret-masker.js';
import { evaluateStageCondition } from './stage-condition.js';
import type { JobStatus } from './stage-condition.js';
import { StepLog } from './step-log.js';

/** How to run an action locally. Only `actionDir` is required. */
export interface RunActionOptions {
  /** The directory holding action.yml and the committed dist/. */
  readonly actionDir: string;
  /** Values as a workflow's `with:` gives them (already evaluated: no expressions). */
  readonly inputs?: Readonly<Record<string, string>>;
  /** GITHUB_WORKSPACE and the stages' working directory; default process.cwd(). */
  readonly cwd?: string;
  /** The webhook payload file; default a fresh file holding `{}`. */
  readonly eventPath?: string;
  /** GITHUB_EVENT_NAME; default `workflow_dispatch`. */
  readonly eventName?: string;
  /** Variables that override the runner's defaults (GITHUB_REF, GITHUB_TOKEN, RUNNER_DEBUG, …). */
  readonly env?: Readonly<Record<string, string>>;
  /** The node binary; default process.execPath. */
  readonly nodePath?: string;
  /** The environment the step inherits; default process.env. An enclosing run's GITHUB_* are dropped. */
  readonly baseEnv?: NodeJS.ProcessEnv;
  /** Receives the log as it is printed: rendered, masked, one or more whole lines at a time. */
  readonly onOutput?: (chunk: string) => void;
  /**
   * What the job's later steps do between this action's main and post stages (the runner runs
   * post stages when the job ends). Called once, after main; resolve `{ failed: true }` when a
   * later step failed: the post stage's condition then sees `failure()`.
   */
  readonly laterSteps?: () => Promise<{ readonly failed?: boolean } | undefined>;
}

// The runner refuses larger step summaries (actions/runner: "supports content up to a size of 1024k").
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const STAGES: readonly StageName[] = ['pre', 'main', 'post'];

/** What earlier stages hand to later ones, and finally to the RunResult. */
interface Carried {
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
}

/**
 * Runs an action's committed bundle as the GitHub runner does: INPUT_ variables with defaults,
 * the default GITHUB_* / RUNNER_* environment, fresh file-command files per stage, pre → main →
 * post with their conditions, state and GITHUB_ENV / GITHUB_PATH carried forward, workflow
 * commands read from the output, and secrets masked. Temporary files are removed before it returns.
 */
export async function runAction(options: RunActionOptions): Promise<RunResult> {
  const actionDir = resolve(options.actionDir);
  const manifest = await readActionManifest(actionDir);
  const scripts = await resolveScripts(manifest, actionDir);
  const workspace = resolve(options.cwd ?? process.cwd());
  const root = await mkdtemp(join(tmpdir(), 'ops-actions-run-'));
  try {
    const runnerTemp = join(root, 'runner-temp');
    await mkdir(runnerTemp);
    const eventPath = await prepareEventFile(options.eventPath, root);
    const inherited = { ...scrubBaseEnv(options.baseEnv ?? process.env), ...options.env };
    const context = planRunnerContextEnv({
      actionDir,
      workspace,
      eventName: options.eventName ?? 'workflow_dispatch',
      eventPath,
      runnerTemp,
      git: await readGitInfo(workspace, inherited),
      baseEnv: inherited,
      platform: process.platform,
      arch: process.arch,
    });
    const stepEnv = { ...inherited, ...context, ...options.env };
    const masker = new SecretMasker();
    // The runner masks the job token everywhere, like any other secret.
    if (stepEnv.GITHUB_TOKEN !== undefined) masker.add(stepEnv.GITHUB_TOKEN);
    const log = new StepLog({
      masker,
      debug: stepEnv.RUNNER_DEBUG === '1' || stepEnv.ACTIONS_STEP_DEBUG === 'true',
      onOutput: options.onOutput,
    });
    const values = expressionValuesFromEnv(stepEnv);
    const inputs = planInputEnv(manifest, options.inputs ?? {}, values);
    for (const warning of inputs.warnings) log.warn(warning);

    const carried: Carried = { outputs: {}, state: {}, env: {}, path: [], summary: '' };
    const stages: StageResult[] = [];
    let status: JobStatus = 'success';
    let laterStepsFailed = false;
    let exitCode = 0;
    for (const stage of STAGES) {
      const script = scripts[stage];
      if (script === undefined) continue;
      // The main step runs only if pre succeeded; post is registered only when main ran.
      if (stage === 'main' && status === 'failure') break;
      if (stage === 'post' && options.laterSteps !== undefined) laterStepsFailed = (await options.laterSteps())?.failed === true;
      const condition = stageCondition(manifest, stage);
      if (!evaluateStageCondition(condition, laterStepsFailed ? 'failure' : status, values)) {
        log.print(`Skipping the ${stage} stage: '${condition}' is false.`);
        continue;
      }
      if (stage === 'post') log.print('Post job cleanup.');
      const outcome = await runStage({
        stage,
        nodePath: options.nodePath ?? process.execPath,
        script,
        cwd: workspace,
        env: planStageEnv(stepEnv, carried, inputs.env),
        fileCommandDir: join(root, 'file-commands', stage),
        log,
      });
      stages.push({ stage, exitCode: outcome.exitCode });
      if (outcome.exitCode !== 0 && status === 'success') {
        status = 'failure';
        exitCode = outcome.exitCode;
      }
      carryForward(carried, outcome, log);
    }
    return {
      ...carried,
      summary: masker.mask(carried.summary),
      exitCode,
      annotations: log.annotations,
      log: log.text,
      stages,
      mask: (text) => masker.mask(text),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function stageCondition(manifest: ActionManifest, stage: StageName): string {
  // The runner's defaults: pre-if and post-if are always(); the main step's `if` is success().
  if (stage === 'pre') return manifest.runs.preIf ?? 'always()';
  if (stage === 'post') return manifest.runs.postIf ?? 'always()';
  return 'success()';
}

async function resolveScripts(manifest: ActionManifest, actionDir: string): Promise<Partial<Record<StageName, string>>> {
  const scripts: Partial<Record<StageName, string>> = {};
  for (const [stage, file] of [['pre', manifest.runs.pre], ['main', manifest.runs.main], ['post', manifest.runs.post]] as const) {
    if (file === undefined) continue;
    const script = resolve(actionDir, file);
    try {
      await access(script);
    } catch (error) {
      throw new FileError(script, `the ${stage} script of ${manifest.path} does not exist (is dist/ built?)`, undefined, { cause: error });
    }
    scripts[stage] = script;
  }
  return scripts;
}

async function prepareEventFile(eventPath: string | undefined, root: string): Promise<string> {
  if (eventPath !== undefined) {
    const path = resolve(eventPath);
    try {
      await access(path);
    } catch (error) {
      throw new FileError(path, 'the event payload file does not exist', undefined, { cause: error });
    }
    return path;
  }
  const path = join(root, 'event.json');
  await writeFile(path, '{}\n');
  return path;
}

function planStageEnv(
  stepEnv: Record<string, string>,
  carried: Carried,
  inputEnv: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = { ...stepEnv, ...carried.env, ...inputEnv };
  for (const [name, value] of Object.entries(carried.state)) env[`STATE_${name}`] = value;
  if (carried.path.length > 0) {
    // Windows spells it Path; keep whichever spelling the environment uses.
    const key = Object.keys(env).find((name) => name.toUpperCase() === 'PATH') ?? 'PATH';
    env[key] = [...carried.path, ...(env[key] === undefined || env[key] === '' ? [] : [env[key]])].join(delimiter);
  }
  return env;
}

function carryForward(carried: Carried, outcome: StageOutcome, log: StepLog): void {
  Object.assign(carried.outputs, outcome.outputs);
  Object.assign(carried.state, outcome.state);
  for (const [name, value] of Object.entries(outcome.env)) {
    // actions/runner refuses NODE_OPTIONS from GITHUB_ENV: it would let a step inject code into later node steps.
    if (name.toUpperCase() === 'NODE_OPTIONS') log.warn("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
    else carried.env[name] = value;
  }
  for (const entry of outcome.path) {
    const index = carried.path.indexOf(entry);
    if (index >= 0) carried.path.splice(index, 1);
    carried.path.unshift(entry);
  }
  if (Buffer.byteLength(outcome.summary) > SUMMARY_LIMIT_BYTES) {
    log.warn(`$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${Math.ceil(Buffer.byteLength(outcome.summary) / 1024)}k.`);
  } else {
    carried.summary += outcome.summary;
  }
}
