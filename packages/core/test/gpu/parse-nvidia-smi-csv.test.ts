import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSamplerArgs, parseComputeAppLine, planSamplerCommand, parseGpuSampleLine, parseMetric, parseNvidiaSmiCsv } from '../../src/index.js';
import { RECORDINGS, recordedComputeApps, recordedFrames } from './recordings.js';

describe('parseGpuSampleLine', () => {
  it('reads a recorded H200 line under load (nvidia_gpu_exporter capture)', () => {
    const [, load] = recordedFrames('h200');
    expect(load).toEqual([
      {
        timestamp: '2026/07/03 22:11:09.763',
        index: 0,
        uuid: 'GPU-00000000-0000-0000-0000-000000000000',
        name: 'NVIDIA H200',
        utilizationPct: 100,
        memoryUsedMiB: 32362,
        memoryTotalMiB: 143771,
        powerW: 627.4,
        temperatureC: 52,
        elapsedMs: 0,
      },
    ]);
  });

  it('reads a MIG-enabled GPU whose utilization is [N/A] as unknown, not 0', () => {
    for (const [sample] of recordedFrames('h200-mig')) {
      expect(sample?.utilizationPct).toBeUndefined();
      expect(sample?.memoryUsedMiB).toBeGreaterThan(0);
    }
  });

  it('reads a board without power readings as unknown power', () => {
    const [[sample] = []] = recordedFrames('quadro-p620-no-power');
    expect(sample).toMatchObject({ name: 'Quadro P620', powerW: undefined, temperatureC: 44, utilizationPct: 0, memoryUsedMiB: 3, memoryTotalMiB: 2048 });
  });

  it('reads both GPUs of a two-GPU machine, in order', () => {
    const [frame = []] = recordedFrames('dual-a5000');
    expect(frame.map((sample) => [sample.index, sample.uuid.slice(-2), sample.memoryUsedMiB])).toEqual([
      [0, 'ab', 22437],
      [1, 'cd', 17253],
    ]);
  });

  it.each(['[N/A]', 'N/A', '[Not Supported]', '[Unknown Error]', '[Insufficient Permissions]', '[GPU is lost]', ''])(
    'takes %j for unknown',
    (cell) => {
      expect(parseMetric(cell)).toBeUndefined();
    },
  );

  it('tolerates unit suffixes and keeps a GPU name with a comma whole', () => {
    expect(parseMetric('35 %')).toBe(35);
    expect(parseMetric('81559 MiB')).toBe(81559);
    expect(parseMetric('69.47 W')).toBe(69.47);
    expect(parseMetric('12abc')).toBeUndefined();
    expect(parseGpuSampleLine('2026/01/02 03:04:05.678, 1, GPU-x, Fancy GPU, Turbo, 10, 20, 30, 40.5, 50')).toMatchObject({
      index: 1,
      name: 'Fancy GPU, Turbo',
      utilizationPct: 10,
      temperatureC: 50,
    });
  });

  it('refuses lines that are not samples: a header, a message, too few cells', () => {
    expect(parseGpuSampleLine('timestamp, index, uuid, name, utilization.gpu [%], memory.used [MiB], memory.total [MiB], power.draw [W], temperature.gpu')).toBeUndefined();
    expect(parseGpuSampleLine('0, NVIDIA H200')).toBeUndefined();
    const message = (JSON.parse(readFileSync(join(RECORDINGS, 'no-driver', 'exit.json'), 'utf8')) as { stdout: string }).stdout;
    expect(parseNvidiaSmiCsv(message)).toEqual({ samples: [], unparsed: [message.trim()] });
  });

  it('asks for exactly the fields it parses, in loop mode', () => {
    expect(gpuSamplerArgs(250)).toEqual([
      '--query-gpu=timestamp,index,uuid,name,utilization.gpu,memory.used,memory.total,power.draw,temperature.gpu',
      '--format=csv,noheader,nounits',
      '-lms',
      '250',
    ]);
  });

  it('runs nvidia-smi line-buffered through stdbuf where there is one, else as it is', () => {
    const args = gpuSamplerArgs(1000);
    expect(planSamplerCommand('/usr/bin/nvidia-smi', args, '/usr/bin/stdbuf')).toEqual({ command: '/usr/bin/stdbuf', args: ['-oL', '/usr/bin/nvidia-smi', ...args] });
    expect(planSamplerCommand('C:\\Windows\\System32\\nvidia-smi.exe', args, undefined)).toEqual({ command: 'C:\\Windows\\System32\\nvidia-smi.exe', args });
  });
});

describe('parseComputeAppLine', () => {
  it('reads the recorded compute processes of the H200 under load', () => {
    expect(recordedComputeApps('h200').map((app) => [app.pid, app.usedMemoryMiB])).toEqual([
      [10291, 2566],
      [10293, 1542],
      [10309, 28234],
    ]);
  });

  it('takes [N/A] memory (Windows in WDDM mode) as unknown', () => {
    // As in nvidia_gpu_exporter's Windows RTX 2080 SUPER capture (driver 610.62).
    expect(parseComputeAppLine('2026/06/24 10:17:41.921, GPU-00000000-0000-0000-0000-000000000000, 2140, [N/A]')).toEqual({
      timestamp: '2026/06/24 10:17:41.921',
      gpuUuid: 'GPU-00000000-0000-0000-0000-000000000000',
      pid: 2140,
      usedMemoryMiB: undefined,
    });
    expect(parseComputeAppLine('No running processes found')).toBeUndefined();
  });
});
