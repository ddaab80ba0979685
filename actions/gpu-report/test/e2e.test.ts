import { REAL_GPU, nodeRuntimes } from '@ops-actions/test-helpers';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSampled, gpuReport, isRunning, posix, tempDir } from './support.js';

// Wrapping a command and watching a job (main and post stages), under both Node runtimes; see support.ts for the stand-in and OPS_ACTIONS_REAL_GPU.

/** A command that prints, then waits until the test has seen that line: only streamed output can get it going. */
const STREAMING_SCRIPT = [
  'echo "ready to start"',
  'echo "to stderr" >&2',
  'for i in $(seq 1 200); do [ -f go ] && break; sleep 0.1; done',
  '[ -f go ] || { echo "never saw go"; exit 9; }',
  'sleep 1',
  'echo "done"',
].join('\n');

describe.each(nodeRuntimes())('gpu-report bundle under $label', ({ path: nodePath }) => {
  it.runIf(posix)("wraps a command: its output streams to the log as it comes, and the step exits with the command's code", async () => {
    const cwd = tempDir('ops-actions-gpu-ws-');
    const result = await gpuReport(
      { run: STREAMING_SCRIPT, label: 'Rendered', 'interval-ms': '200' },
      {
        nodePath,
        cwd,
        // The command waits for this file; it appears only once its first line reached the log.
        onOutput: (chunk) => {
          if (chunk.includes('ready to start')) writeFileSync(join(cwd, 'go'), '');
        },
      },
    );
    expect(result.exitCode, result.log).toBe(0);
    expect(result.log.indexOf('ready to start')).toBeLessThan(result.log.indexOf('done'));
    expect(result.log).toContain('to stderr');
    expect(result.outputs['exit-code']).toBe('0');
    await expectSampled(result, 'Rendered');
    if (!REAL_GPU) {
      expect(result.outputs).toMatchObject({ 'gpu-name': 'NVIDIA H200', 'memory-total-mib': '143771' });
      // The h200 recording alternates an idle sample and a loaded one. About 6 samples fit in the
      // command's time, but a loaded machine may delay the sampler: from the second sample on,
      // the loaded one is seen; with one sample only the idle one is.
      const rows = readFileSync(result.outputs.samples ?? '', 'utf8').trim().split('\n').length - 1;
      expect(rows).toBeGreaterThanOrEqual(1);
      const loaded = rows >= 2;
      expect(result.outputs).toMatchObject(loaded ? { 'utilization-max': '100', 'memory-used-max-mib': '32362' } : { 'utilization-max': '0', 'memory-used-max-mib': '0' });
      expect(result.summary).toContain('succeeded in');
    }
  });

  it('fails with the exit code of a failing command, after reporting', async () => {
    const result = await gpuReport({ run: posix ? 'echo failing\nexit 3' : 'Write-Output failing; exit 3', 'interval-ms': '200' }, { nodePath });
    expect(result.exitCode).toBe(3);
    expect(result.outputs['exit-code']).toBe('3');
    expect(result.log).toContain('failing');
    expect(result.annotations.find((a) => a.level === 'error')?.message).toBe('Process completed with exit code 3.');
    expect(result.summary).toContain('failed with exit code 3');
    await expectSampled(result);
  });

  it.runIf(posix)('reports a command killed by a signal, and exits 128 + n as the runner does', async () => {
    const result = await gpuReport({ run: 'echo before\nkill -9 $$\necho never', 'interval-ms': '200' }, { nodePath });
    expect(result.exitCode).toBe(137);
    expect(result.outputs['exit-code']).toBe('137');
    expect(result.log).not.toContain('never');
    expect(result.annotations.find((a) => a.level === 'error')?.message).toBe('The command was killed by SIGKILL (exit code 137).');
    expect(result.summary).toContain('was killed by SIGKILL');
    await expectSampled(result);
  });

  it('samples a command shorter than one interval at least once', async () => {
    const result = await gpuReport({ run: posix ? 'true' : 'exit 0', 'interval-ms': '5000' }, { nodePath });
    expect(result.exitCode, result.log).toBe(0);
    await expectSampled(result);
    expect(result.summary).toContain('the command ran shorter than one interval');
  });

  it('watches the whole job: main starts a detached sampler, post (always) stops it and reports, after a later step failed', async () => {
    const pidsFile = join(tempDir('ops-actions-gpu-pids-'), 'pids');
    const result = await gpuReport(
      { 'interval-ms': '200', label: 'Job ran' },
      {
        nodePath,
        standIn: { pidsFile },
        // A later step of the job: a process that "uses the GPU" for 1.5 s, then the step fails.
        laterSteps: async () => {
          const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 1500)'], { stdio: 'ignore' });
          writeFileSync(pidsFile, `${child.pid}\n`);
          await new Promise((resolve) => child.on('exit', resolve));
          return { failed: true };
        },
      },
    );
    expect(result.stages.map((stage) => [stage.stage, stage.exitCode])).toEqual([
      ['main', 0],
      ['post', 0],
    ]);
    expect(result.log).toContain('gpu-report: sampling the GPU every 200 ms until the job ends');
    expect(Number(result.outputs['duration-seconds'])).toBeGreaterThanOrEqual(1.5);
    expect(result.outputs['exit-code']).toBe('');
    expect(result.summary).toContain('Watched the job from this step to the end of its last step');
    await expectSampled(result, 'Job ran');
    if (process.platform === 'linux' && !REAL_GPU) expect(result.outputs['process-memory-max-mib']).toBe('2566');
    // The sampler ends right after handing over its result.
    const { samplerPid } = JSON.parse(result.state.watch ?? '{}') as { samplerPid: number };
    expect(samplerPid).toBeGreaterThan(0);
    await expect.poll(() => isRunning(samplerPid), { timeout: 5000 }).toBe(false);
  });
});

