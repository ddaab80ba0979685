import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nvidiaSmiEnv, tempFolders } from '../../test-helpers/src/index.js';
import { REPO_ROOT } from '../src/resolve-action-dir.js';
import { runAction } from '../src/run-action.js';
import { parseWorkflowText } from '../src/workflow-lint.js';
import { isRecord } from '../src/workflow-model.js';
import { hermeticEnv } from './support/fixture-actions.js';
import { readRunStep, runStep } from './support/workflow-steps.js';

/**
 * gpu.yml's GPU job, its steps after the install run as the runner runs them: gpu-report's committed bundle with the
 * template's own `with:` (the tests as its command), on the stand-in nvidia-smi replaying a recorded H200 (or a
 * machine without a driver), then the step that keeps the samples beside the JUnit report. The install step's
 * result, `$RUNNER_TEMP/venv/bin/python` with pytest, is Debian's /usr/bin/python3 (no PyPI here).
 */

const FILE = 'workflows-templates/gpu.yml';
const workflow = parseWorkflowText(readFileSync(join(REPO_ROOT, FILE), 'utf8'), FILE);
const job = isRecord(workflow.jobs) && isRecord(workflow.jobs.gpu) ? workflow.jobs.gpu : {};
const steps = Array.isArray(job.steps) ? (job.steps as Record<string, unknown>[]) : [];
const gpuStep = steps.find((step) => step.id === 'gpu');
const env = isRecord(workflow.env) ? (workflow.env as Record<string, string>) : {};

function pytestPresent(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import pytest'], { stdio: 'ignore' });
    return process.platform !== 'win32';
  } catch {
    return false;
  }
}

const folder = tempFolders();

/** The checkout (a test that passes, or one that fails) and a RUNNER_TEMP where the install step left its venv. */
function gpuJob(tests: string): { workspace: string; runnerTemp: string } {
  const workspace = folder('ops-actions-gpu-job-');
  mkdirSync(join(workspace, 'tests'));
  writeFileSync(join(workspace, 'tests', 'test_gpu.py'), tests);
  const runnerTemp = folder('ops-actions-gpu-temp-');
  mkdirSync(join(runnerTemp, 'venv', 'bin'), { recursive: true });
  symlinkSync('/usr/bin/python3', join(runnerTemp, 'venv', 'bin', 'python'));
  return { workspace, runnerTemp };
}

/** gpu-report with the template's inputs, exactly (they hold no expression), and the workflow's env. */
function runGpuStep(workspace: string, runnerTemp: string, recording: string): ReturnType<typeof runAction> {
  const inputs = Object.fromEntries(Object.entries(isRecord(gpuStep?.with) ? gpuStep.with : {}).map(([name, value]) => [name, String(value)]));
  expect(Object.values(inputs).join('\n')).not.toContain('${{');
  return runAction({
    actionDir: join(REPO_ROOT, 'actions', 'gpu-report'),
    cwd: workspace,
    inputs: { ...inputs, 'interval-ms': '200' },
    baseEnv: { ...hermeticEnv(), ...nvidiaSmiEnv(recording), PYTHONDONTWRITEBYTECODE: '1' },
    env: { ...env, RUNNER_TEMP: runnerTemp },
  });
}

describe.skipIf(!pytestPresent())('gpu.yml: the GPU tests through gpu-report', () => {
  it('on a GPU: the tests run, the summary says how the GPU was used, and the samples are kept with the JUnit report', async () => {
    const { workspace, runnerTemp } = gpuJob('import time\n\n\ndef test_kernel() -> None:\n    time.sleep(0.5)\n    assert True\n');
    const result = await runGpuStep(workspace, runnerTemp, 'h200');
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs['summary-line']).toMatch(/^Tested in \d/);
    expect(result.outputs['gpu-name']).toBe('NVIDIA H200');
    expect(readFileSync(join(workspace, 'reports', 'gpu', 'junit.xml'), 'utf8')).toContain('test_kernel');
    const keep = readRunStep(REPO_ROOT, FILE, 'gpu', 'samples');
    const kept = await runStep(keep, { cwd: workspace, runner: hermeticEnv(), env: { SAMPLES: result.outputs.samples ?? '' } });
    expect(kept.code).toBe(0);
    expect(readFileSync(join(workspace, 'reports', 'gpu', 'nvidia-smi.csv'), 'utf8')).toMatch(/^elapsed_s,timestamp,index,uuid,name,/);
  });

  it('a failing test fails the step with pytest’s exit code, its report written', async () => {
    const { workspace, runnerTemp } = gpuJob('def test_kernel() -> None:\n    assert 1 == 2\n');
    const result = await runGpuStep(workspace, runnerTemp, 'h200');
    expect(result.exitCode).toBe(1);
    expect(result.outputs['exit-code']).toBe('1');
    expect(readFileSync(join(workspace, 'reports', 'gpu', 'junit.xml'), 'utf8')).toContain('failures="1"');
  });

  it('on a machine without a GPU: the step fails before the tests run (require-gpu)', async () => {
    const { workspace, runnerTemp } = gpuJob('def test_kernel() -> None:\n    assert True\n');
    const result = await runGpuStep(workspace, runnerTemp, 'no-driver');
    expect(result.exitCode).toBe(1);
    expect(existsSync(join(workspace, 'reports', 'gpu', 'junit.xml'))).toBe(false);
  });
});
