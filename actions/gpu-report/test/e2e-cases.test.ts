import { REAL_GPU, expectValidMermaid, nodeRuntimes } from '@ops-actions/test-helpers';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRows, expectSampled, gpuReport, posix, samplersWithEnv, tempDir } from './support.js';

// No driver, a sampler that dies, MIG, two GPUs, missing power, process memory, bad input, and
// watching a whole job; see support.ts for the stand-in and OPS_ACTIONS_REAL_GPU.

/** Whether python3 here has PyTorch with a CUDA device (asked on a real-GPU run only). */
function hasTorchCuda(): boolean {
  return spawnSync('python3', ['-c', 'import sys, torch; sys.exit(0 if torch.cuda.is_available() else 1)'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

describe('gpu-report bundle, more cases (under the runner’s Node)', () => {
  const nodePath = nodeRuntimes().at(-1)?.path;

  it.skipIf(REAL_GPU).each([
    ['no-driver', 'nvidia-smi exited with code 9 (the NVIDIA driver is not loaded)', "couldn't communicate with the NVIDIA driver"],
    ['no-nvml', "nvidia-smi exited with code 12 (the NVML shared library couldn't be found or loaded)", "couldn't find libnvidia-ml.so"],
  ])('without a driver (%s) still runs the command and says no GPU was found', async (recording, reason, said) => {
    const result = await gpuReport({ run: posix ? 'echo ran > marker' : 'Set-Content marker ran' }, { nodePath, recording });
    expect(result.exitCode, result.log).toBe(0);
    expect(existsSync(join(result.cwd, 'marker'))).toBe(true);
    expect(result.outputs).toMatchObject({ 'gpu-count': '0', 'exit-code': '0', 'gpu-name': '', 'utilization-max': '' });
    expect(result.outputs['summary-line']).toMatch(/^Ran in .* \(no GPU found\)$/);
    expect(result.summary).toContain(`No GPU found: ${reason}.`);
    expect(result.summary).toContain(said);
    await expectValidMermaid(result.summary, { count: 0 });
  });

  it.skipIf(REAL_GPU)('with require-gpu, fails before the command runs when there is no driver', async () => {
    const result = await gpuReport({ run: posix ? 'echo ran > marker' : 'Set-Content marker ran', 'require-gpu': 'true' }, { nodePath, recording: 'no-driver' });
    expect(result.exitCode).toBe(1);
    expect(existsSync(join(result.cwd, 'marker'))).toBe(false);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toBe(
      "require-gpu is true, but no GPU can be sampled: nvidia-smi exited with code 9 (the NVIDIA driver is not loaded). nvidia-smi said: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
    );
  });

  it('with require-gpu and a GPU, runs the command once nvidia-smi gave its first sample', async () => {
    const result = await gpuReport({ run: posix ? 'echo ran > marker' : 'Set-Content marker ran', 'require-gpu': 'true', 'interval-ms': '200' }, { nodePath });
    expect(result.exitCode, result.log).toBe(0);
    expect(existsSync(join(result.cwd, 'marker'))).toBe(true);
    await expectSampled(result);
  });

  it('says no GPU was found when nvidia-smi is absent (ENOENT)', async () => {
    const result = await gpuReport({ run: posix ? 'echo ran' : 'Write-Output ran', 'nvidia-smi': join(tmpdir(), 'no-such-dir', 'nvidia-smi') }, { nodePath });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['gpu-count']).toBe('0');
    expect(result.summary).toContain('No GPU found: nvidia-smi was not found.');
  });

  it.skipIf(REAL_GPU || !posix)('reports a sampler that dies mid-run, and the command is not affected', async () => {
    const result = await gpuReport({ run: 'sleep 1.5\necho still running', 'interval-ms': '200' }, { nodePath, standIn: { exitAfter: '2:15' } });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.log).toContain('still running');
    expect(result.outputs['exit-code']).toBe('0');
    expect(result.annotations.find((a) => a.level === 'warning')?.message).toMatch(/nvidia-smi stopped early: nvidia-smi exited with code 15 \(the GPU has fallen off the bus/);
    expect(result.summary).toContain('The GPU sampler stopped after');
    expect(csvRows(result)).toHaveLength(2);
    await expectSampled(result);
  });

  it.runIf(process.platform === 'linux' && !REAL_GPU)('reads samples as they come from an nvidia-smi that block-buffers its output into a pipe', async () => {
    // A C program's stdout into a pipe is written in 4096-byte blocks (about 36 samples of one GPU)
    // and what is left is lost when SIGTERM ends it: read bare, this run would get no sample at all.
    const result = await gpuReport({ run: 'sleep 1.5', 'interval-ms': '200' }, { nodePath, standIn: { stdio: 'full' } });
    expect(result.exitCode, result.log).toBe(0);
    await expectSampled(result);
    expect(csvRows(result).length).toBeGreaterThanOrEqual(4);
    expect(result.summary).not.toContain('could not be sampled');
  });

  it.runIf(process.platform === 'linux' && !REAL_GPU)('stops an nvidia-smi that is a wrapper script running the real one as its child, and all below it', async () => {
    // As pnpm's node_modules/.bin shims do (`"$basedir/node" "$@"`, no exec): SIGTERM ends the
    // script, and its child would go on holding the pipe.
    const shim = join(tempDir('ops-actions-gpu-shim-'), 'node');
    writeFileSync(shim, `#!/bin/sh\n"${process.execPath}" "$@"\nexit $?\n`, { mode: 0o755 });
    const mark = `OPS_GPU_SHIM_TEST=${randomUUID()}`;
    const [markKey = '', markValue = ''] = mark.split('=');
    const result = await gpuReport({ run: 'true' }, { nodePath, env: { OPS_NVIDIA_SMI_NODE: shim, [markKey]: markValue } });
    expect(result.exitCode, result.log).toBe(0);
    await expectSampled(result);
    // Stopped when asked, right after its first sample: not after a 4-second wait for the pipe to close.
    expect(csvRows(result).length).toBeLessThanOrEqual(2);
    expect(samplersWithEnv(mark)).toEqual([]);
  });

  it.skipIf(REAL_GPU)('shows a MIG-enabled GPU’s utilization as unknown, never 0', async () => {
    const result = await gpuReport({ run: posix ? 'sleep 0.5' : 'Start-Sleep -Milliseconds 500', 'interval-ms': '200' }, { nodePath, recording: 'h200-mig' });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ 'utilization-max': '', 'utilization-mean': '', 'memory-total-mib': '143771' });
    expect(result.outputs['summary-line']).toMatch(/\(GPU: unknown, VRAM: [\d.]+\/140\.4GB\)$/);
    expect(csvRows(result).every((row) => row[5] === '')).toBe(true);
    await expectSampled(result);
  });

  it.skipIf(REAL_GPU)('reports every GPU of a two-GPU machine, with a chart each', async () => {
    const result = await gpuReport({ run: posix ? 'sleep 0.5' : 'Start-Sleep -Milliseconds 500', 'interval-ms': '200' }, { nodePath, recording: 'dual-a5000' });
    expect(result.outputs).toMatchObject({ 'gpu-count': '2', 'gpu-name': 'NVIDIA RTX A5000', 'memory-used-max-mib': '22437' });
    expect(result.outputs['summary-line']).toContain('(GPU 0 of 2: 0%, VRAM: 21.9/24GB)');
    expect(result.summary).toMatch(/\| 1 \| NVIDIA RTX A5000 \| 0% \| 0% \| 17,253 MiB \| 24,564 MiB \| 13\.6 W \| 15 °C \|/);
    await expectSampled(result);
  });

  it.skipIf(REAL_GPU)('shows missing power as unknown', async () => {
    const result = await gpuReport({ run: posix ? 'sleep 0.3' : 'Start-Sleep -Milliseconds 300', 'interval-ms': '200' }, { nodePath, recording: 'quadro-p620-no-power' });
    expect(result.summary).toMatch(/\| 0 \| Quadro P620 \| 0% \| 0% \| 3 MiB \| 2,048 MiB \| unknown \| 44 °C \|/);
    expect(csvRows(result).every((row) => row[8] === '')).toBe(true);
  });

  it.runIf(process.platform === 'linux')("counts the GPU memory of the command's own processes, not of others on the GPU", async () => {
    const pidsFile = join(tempDir('ops-actions-gpu-pids-'), 'pids');
    const result = await gpuReport(
      { run: `echo $$ > "${pidsFile}"\nsleep 2.5 &\necho $! >> "${pidsFile}"\nwait`, 'interval-ms': '200' },
      { nodePath, standIn: { pidsFile } },
    );
    expect(result.exitCode, result.log).toBe(0);
    if (REAL_GPU) {
      // sleep has no CUDA context: measured, and none.
      expect(result.outputs['process-memory-max-mib']).toBe('0');
    } else {
      // The shell and its sleep stand for the recorded memhog processes (2566 + 1542 MiB); gpu_burn is another's.
      expect(result.outputs['process-memory-max-mib']).toBe(String(2566 + 1542));
      expect(result.summary).toContain("Memory of the command's processes: peak 4,108 MiB, over 2 processes; 1 other process on the GPU, not counted.");
    }
  });

  it.runIf(process.platform === 'linux' && !REAL_GPU)('says the command’s own GPU memory is unknown where nvidia-smi gives none per process (Windows, WDDM)', async () => {
    const pidsFile = join(tempDir('ops-actions-gpu-pids-'), 'pids');
    const result = await gpuReport({ run: `echo $$ > "${pidsFile}"\nsleep 1.5`, 'interval-ms': '200' }, { nodePath, recording: 'rtx-2080-super-wddm', standIn: { pidsFile } });
    expect(result.exitCode, result.log).toBe(0);
    await expectSampled(result);
    expect(result.outputs).toMatchObject({ 'gpu-name': 'NVIDIA GeForce RTX 2080 SUPER', 'memory-total-mib': '8192', 'process-memory-max-mib': '' });
    expect(result.summary).toContain(
      "Memory of the command's processes: unknown (nvidia-smi reports no per-process memory here, as on Windows in WDDM mode), over 1 process; 20 other processes on the GPU, not counted.",
    );
  });

  // On a real GPU only, and only where PyTorch with CUDA is installed: a process of the command's
  // own that holds GPU memory. (Asked only with OPS_ACTIONS_REAL_GPU=1: the normal suite starts no Python.)
  it.runIf(process.platform === 'linux' && REAL_GPU && hasTorchCuda())("counts a real CUDA process of the command's, beside the device total", async () => {
    const allocate = `python3 -c "import torch, time; x = torch.empty(512 * 1024 * 1024, dtype=torch.uint8, device='cuda'); torch.cuda.synchronize(); time.sleep(3)"`;
    const result = await gpuReport({ run: allocate, 'interval-ms': '200' }, { nodePath });
    expect(result.exitCode, result.log).toBe(0);
    await expectSampled(result);
    expect(Number(result.outputs['process-memory-max-mib'])).toBeGreaterThanOrEqual(512);
    expect(Number(result.outputs['process-memory-max-mib'])).toBeLessThanOrEqual(Number(result.outputs['memory-used-max-mib']));
    expect(result.summary).toMatch(/Memory of the command's processes: peak [\d,]+ MiB, over 1 process/);
  });

  it.runIf(process.platform === 'linux')('passes a SIGTERM sent to the step on to the command, reports, and reaps nvidia-smi', async () => {
    // A mark in the action's environment, which its nvidia-smi processes inherit: they can be told from any other.
    const mark = `OPS_GPU_REAP_TEST=${randomUUID()}`;
    const [markKey = '', markValue = ''] = mark.split('=');
    const seen: number[][] = [];
    const probe = setInterval(() => seen.push(samplersWithEnv(mark)), 100);
    // $PPID is the action's process: the command stands in for a runner cancelling the job.
    const result = await gpuReport({ run: 'sleep 1.5\nkill -TERM $PPID\nsleep 5\necho never', 'interval-ms': '200' }, { nodePath, env: { [markKey]: markValue } }).finally(() =>
      clearInterval(probe),
    );
    expect(result.exitCode).toBe(143);
    expect(result.outputs['exit-code']).toBe('143');
    expect(result.log).not.toContain('never');
    expect(result.annotations.find((a) => a.level === 'error')?.message).toBe('The command was killed by SIGTERM (exit code 143).');
    expect(result.summary).toContain('was killed by SIGTERM');
    await expectSampled(result);
    expect(samplersWithEnv(mark)).toEqual([]);
    // While it ran, the probe saw them: both samplers (--query-gpu and --query-compute-apps; a
    // real nvidia-smi may take longer to start the second).
    expect(Math.max(...seen.map((pids) => pids.length))).toBeGreaterThanOrEqual(REAL_GPU ? 1 : 2);
  });

  it('fails clearly when the command cannot be started', async () => {
    const noShell = await gpuReport({ run: 'echo hi', shell: 'no-such-shell-xyz {0}' }, { nodePath });
    expect(noShell.exitCode).toBe(1);
    expect(noShell.annotations.find((a) => a.level === 'error')?.message).toBe(
      "Cannot start the command: the shell 'no-such-shell-xyz' was not found on PATH. Install it, or set the shell input.",
    );
    const noDir = await gpuReport({ run: 'echo hi', 'working-directory': 'missing/dir' }, { nodePath });
    expect(noDir.exitCode).toBe(1);
    expect(noDir.annotations.find((a) => a.level === 'error')?.message).toMatch(/^Cannot start the command: the working-directory 'missing\/dir' does not exist in /);
  });

  it('refuses bad input, naming it', async () => {
    const result = await gpuReport({ run: 'echo hi', 'interval-ms': '50' }, { nodePath });
    expect(result.exitCode).toBe(1);
    expect(result.log).not.toContain('\nhi\n');
    expect(result.annotations.find((a) => a.level === 'error')?.message).toBe(
      "Input 'interval-ms' has the value '50', but it must be a whole number of milliseconds from 100 to 600000.",
    );
  });

  it.skipIf(REAL_GPU)('watching a job without a driver: main says so, post reports no GPU; with require-gpu main fails', async () => {
    const optional = await gpuReport({}, { nodePath, recording: 'no-driver' });
    expect(optional.exitCode).toBe(0);
    expect(optional.annotations.find((a) => a.level === 'notice')?.message).toBe(
      'gpu-report: no GPU will be reported: nvidia-smi exited with code 9 (the NVIDIA driver is not loaded).',
    );
    expect(optional.outputs['gpu-count']).toBe('0');
    expect(optional.summary).toContain('No GPU found');
    const required = await gpuReport({ 'require-gpu': 'true' }, { nodePath, recording: 'no-driver' });
    expect(required.exitCode).toBe(1);
    expect(required.annotations.find((a) => a.level === 'error')?.message).toMatch(/^require-gpu is true, but no GPU can be sampled/);
  });
});
