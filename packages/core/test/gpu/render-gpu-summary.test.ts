import { expectGolden, expectValidMermaid } from '@ops-actions/test-helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GpuReport, TimedGpuSample } from '../../src/index.js';
import {
  STEP_SUMMARY_LIMIT,
  byteLength,
  formatElapsed,
  formatGigabytes,
  formatSummaryLine,
  planGpuReportOutputs,
  renderGpuSummary,
  summarizeSamples,
} from '../../src/index.js';
import { RECORDINGS, replay } from './recordings.js';

const golden = (name: string) => join(import.meta.dirname, 'golden', name);

function report(overrides: Partial<GpuReport> & { samples?: TimedGpuSample[] }): GpuReport {
  const { samples = [], ...rest } = overrides;
  const intervalMs = rest.intervalMs ?? 1000;
  return {
    mode: 'wrap',
    label: 'Ran',
    script: 'python render.py',
    durationMs: 6200,
    exit: { exitCode: 0 },
    intervalMs,
    gpus: summarizeSamples(samples, intervalMs),
    sampler: { kind: 'sampled' },
    processMemory: { maxMiB: undefined, ownProcesses: 0, otherProcesses: 0, unknownMemory: false },
    unparsedLines: 0,
    ...rest,
  };
}

const noDriver = JSON.parse(readFileSync(join(RECORDINGS, 'no-driver', 'exit.json'), 'utf8')) as { stdout: string };

const SCENARIOS: Record<string, { report: GpuReport; charts: number; line: string }> = {
  'one-gpu': {
    report: report({
      label: 'Rendered',
      samples: replay('h200', 6, 1000),
      processMemory: { maxMiB: 4108, ownProcesses: 2, otherProcesses: 1, unknownMemory: false },
    }),
    charts: 1,
    line: 'Rendered in 6.2s (GPU: 50%, VRAM: 31.6/140.4GB)',
  },
  mig: {
    report: report({ mode: 'watch', script: undefined, exit: undefined, durationMs: 125_000, samples: replay('h200-mig', 5, 1000), processMemory: 'no process tree was named' }),
    charts: 1,
    line: 'Ran in 2m 05s (GPU: unknown, VRAM: 16.6/140.4GB)',
  },
  'two-gpus': {
    report: report({ samples: replay('dual-a5000', 3, 1000), exit: { exitCode: 3 }, script: 'pytest -x tests/gpu\npytest tests/slow' }),
    charts: 2,
    line: 'Ran in 6.2s (GPU 0 of 2: 0%, VRAM: 21.9/24GB)',
  },
  'no-power-killed': {
    report: report({ samples: replay('quadro-p620-no-power', 2, 1000), exit: { exitCode: 137, signal: 'SIGKILL' }, durationMs: 2100 }),
    charts: 1,
    line: 'Ran in 2.1s (GPU: 0%, VRAM: 0/2GB)',
  },
  'no-gpu': {
    report: report({
      sampler: { kind: 'no-gpu', reason: 'nvidia-smi exited with code 9 (the NVIDIA driver is not loaded)', detail: noDriver.stdout.trim() },
      processMemory: 'no GPU',
      durationMs: 340,
    }),
    charts: 0,
    line: 'Ran in 0.34s (no GPU found)',
  },
  'stopped-early': {
    report: report({
      samples: replay('h200', 3, 1000),
      sampler: { kind: 'stopped-early', reason: 'nvidia-smi exited with code 15 (the GPU has fallen off the bus or has otherwise become inaccessible)', afterMs: 3050 },
      unparsedLines: 1,
    }),
    charts: 1,
    line: 'Ran in 6.2s (GPU: 33%, VRAM: 31.6/140.4GB)',
  },
  'short-run': {
    report: report({ samples: replay('h200', 1, 1000), durationMs: 120 }),
    charts: 1,
    line: 'Ran in 0.12s (GPU: 0%, VRAM: 0/140.4GB)',
  },
};

describe('renderGpuSummary', () => {
  it.each(Object.keys(SCENARIOS))('%s: matches its golden file, and Mermaid accepts its charts', async (name) => {
    const scenario = SCENARIOS[name];
    if (scenario === undefined) throw new Error(name);
    expect(formatSummaryLine(scenario.report)).toBe(scenario.line);
    const markdown = renderGpuSummary(scenario.report);
    expectGolden(golden(`${name}.md`), markdown);
    const types = await expectValidMermaid(markdown, { count: scenario.charts });
    expect(types.every((type) => type === 'xychart')).toBe(true);
  });

  it('downsamples a two-hour run for the chart but not for the figures', async () => {
    const base = replay('h200', 1, 1000)[0] as TimedGpuSample;
    const samples = Array.from({ length: 7200 }, (_, i) => ({ ...base, utilizationPct: i < 3600 ? 90 : 30, memoryUsedMiB: 20_000 + (i % 600), elapsedMs: i * 1000 }));
    const long = report({ samples, durationMs: 7_200_000, label: 'Trained' });
    expect(formatSummaryLine(long)).toBe('Trained in 2h 00m (GPU: 60%, VRAM: 20.1/140.4GB)');
    const markdown = renderGpuSummary(long);
    expectGolden(golden('long-run.md'), markdown);
    await expectValidMermaid(markdown, { count: 1 });
    const bars = /bar \[([^\]]*)\]/.exec(markdown)?.[1]?.split(', ') ?? [];
    expect(bars.length).toBeGreaterThan(30);
    expect(bars.length).toBeLessThanOrEqual(60);
    expect(markdown).toContain('| 7200 |');
    expect(byteLength(markdown)).toBeLessThan(STEP_SUMMARY_LIMIT / 100);
  });

  it('charts the four busiest GPUs, busiest first, and says how many more are in the table', async () => {
    const base = replay('dual-a5000', 1, 1000);
    const samples = Array.from({ length: 6 }, (_, gpu) => base.map((s) => ({ ...s, index: gpu, uuid: `GPU-${gpu}`, utilizationPct: gpu * 10 }))).flat();
    const markdown = renderGpuSummary(report({ samples }));
    expect(await expectValidMermaid(markdown, { count: 4 })).toHaveLength(4);
    const charted = [...markdown.matchAll(/title "GPU (\d)/g)].map((match) => match[1]);
    expect(charted).toEqual(['5', '4', '3', '2']);
    expect(markdown).toContain('2 more GPU(s) are in the table only.');
  });

  it('escapes a GPU name for Markdown and for the chart', async () => {
    const [sample] = replay('h200', 1, 1000);
    if (sample === undefined) throw new Error('no sample');
    const markdown = renderGpuSummary(report({ samples: [{ ...sample, name: 'Weird "GPU" | <b>x</b>' }] }));
    expect(markdown).toContain('Weird "GPU" \\| \\<b\\>x\\</b\\>');
    expect(markdown).toContain("title \"GPU 0 Weird 'GPU' | <b>x</b>:");
    await expectValidMermaid(markdown, { count: 1 });
  });
});

describe('formatting', () => {
  it.each([
    [120, '0.12s'],
    [4213, '4.2s'],
    [59_960, '1m 00s'],
    [125_000, '2m 05s'],
    [3_725_000, '1h 02m'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });

  it('writes MiB as the GB boards are sold by', () => {
    expect(formatGigabytes(24564)).toBe('24');
    expect(formatGigabytes(12_697)).toBe('12.4');
    expect(formatGigabytes(143_771)).toBe('140.4');
    expect(formatGigabytes(8192)).toBe('8');
  });

  it('gives every output, empty where unknown, never a made-up 0', () => {
    const mig = planGpuReportOutputs(report({ samples: replay('h200-mig', 2, 1000), processMemory: 'no process table reader for darwin' }), '/tmp/s.csv');
    expect(mig).toEqual({
      'summary-line': 'Ran in 6.2s (GPU: unknown, VRAM: 16.6/140.4GB)',
      'duration-seconds': '6.200',
      'gpu-count': '1',
      'gpu-name': 'NVIDIA H200',
      'utilization-max': '',
      'utilization-mean': '',
      'memory-used-max-mib': '16959',
      'memory-total-mib': '143771',
      'process-memory-max-mib': '',
      samples: '/tmp/s.csv',
      'exit-code': '0',
    });
    const none = planGpuReportOutputs(report({ sampler: { kind: 'no-gpu', reason: 'nvidia-smi was not found' }, mode: 'watch', exit: undefined }), '');
    expect(none).toMatchObject({ 'gpu-count': '0', 'gpu-name': '', 'memory-total-mib': '', 'exit-code': '' });
  });
});
