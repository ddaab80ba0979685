import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWorkflowText } from '../../src/workflow-lint.js';
import { isRecord } from '../../src/workflow-model.js';

/**
 * Runs the `run:` steps of a workflow file for real, as the runner runs them: the script from the file, under
 * `bash --noprofile --norc -eo pipefail` (GitHub's `shell: bash`), with GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and
 * RUNNER_TEMP files, and the step's `env:` given by the test. A test must give exactly the keys the step declares, so
 * that a step that starts reading something new cannot pass on an empty value.
 */

/** One `run:` step as the file has it. */
export interface RunStep {
  readonly file: string;
  readonly job: string;
  readonly id: string;
  readonly run: string;
  /** The keys of the step's `env:` (their values are expressions, supplied by the test). */
  readonly envKeys: readonly string[];
}

/** What a step did. */
export interface StepResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_OUTPUT, as name → value (the name=value form the scripts write). */
  readonly outputs: Readonly<Record<string, string>>;
  /** What the step appended to GITHUB_STEP_SUMMARY. */
  readonly summary: string;
}

/** The `run:` step `id` of `job` in `file` (a path relative to `root`). */
export function readRunStep(root: string, file: string, job: string, id: string): RunStep {
  const workflow = parseWorkflowText(readFileSync(join(root, file), 'utf8'), file);
  const jobs = isRecord(workflow.jobs) ? workflow.jobs : {};
  const steps = isRecord(jobs[job]) && Array.isArray(jobs[job].steps) ? (jobs[job].steps as unknown[]) : [];
  const step = steps.find((candidate) => isRecord(candidate) && candidate.id === id);
  if (!isRecord(step) || typeof step.run !== 'string') throw new Error(`${file}: no run step '${id}' in job '${job}'`);
  return { file, job, id, run: step.run, envKeys: isRecord(step.env) ? Object.keys(step.env).sort() : [] };
}

/** Runs `step` in `cwd` with the runner's environment `runner` and the step's own `env`. */
export function runStep(step: RunStep, options: { readonly cwd: string; readonly runner: NodeJS.ProcessEnv; readonly env: Readonly<Record<string, string>> }): Promise<StepResult> {
  const given = Object.keys(options.env).sort();
  if (given.join(',') !== step.envKeys.join(',')) {
    throw new Error(`${step.file} ${step.job}.${step.id} declares env ${step.envKeys.join(', ')}, the test gives ${given.join(', ')}`);
  }
  const temp = mkdtempSync(join(tmpdir(), 'ops-actions-step-'));
  const script = join(temp, 'script.sh');
  const output = join(temp, 'output');
  const summary = join(temp, 'summary.md');
  writeFileSync(script, step.run);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = { ...options.runner, ...options.env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: temp };
  return new Promise((resolve) => {
    execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: options.cwd, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      const outputs = Object.fromEntries(
        readFileSync(output, 'utf8')
          .split('\n')
          .filter((line) => line.includes('='))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr, outputs, summary: readFileSync(summary, 'utf8') });
    });
  });
}
