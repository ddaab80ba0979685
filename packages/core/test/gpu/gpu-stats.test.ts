import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimedGpuSample } from '../../src/index.js';
import { pickBusiestGpu, summarizeSamples } from '../../src/index.js';
import { replay } from './recordings.js';

describe('summarizeSamples', () => {
  it('gives peak and mean utilization and peak memory of every sample (H200: idle, then load)', () => {
    const [gpu] = summarizeSamples(replay('h200', 4, 1000), 1000);
    expect(gpu).toMatchObject({
      index: 0,
      name: 'NVIDIA H200',
      samples: 4,
      utilizationSamples: 4,
      utilizationMaxPct: 100,
      utilizationMeanPct: 50,
      memoryUsedMaxMiB: 32362,
      memoryTotalMiB: 143771,
      powerMaxW: 627.4,
      temperatureMaxC: 52,
    });
  });

  it('leaves utilization unknown on a MIG-enabled GPU instead of reporting 0', () => {
    const [gpu] = summarizeSamples(replay('h200-mig', 5, 500), 500);
    expect(gpu?.utilizationSamples).toBe(0);
    expect(gpu?.utilizationMaxPct).toBeUndefined();
    expect(gpu?.utilizationMeanPct).toBeUndefined();
    expect(gpu?.memoryUsedMaxMiB).toBe(16959);
  });

  it('leaves power unknown on a board without power readings', () => {
    const [gpu] = summarizeSamples(replay('quadro-p620-no-power', 3, 1000), 1000);
    expect(gpu?.powerMaxW).toBeUndefined();
    expect(gpu?.temperatureMaxC).toBe(44);
  });

  it('never lets an unknown reading drag the mean down', () => {
    const base = replay('h200', 1, 1000)[0] as TimedGpuSample;
    const samples = [50, undefined, 100, undefined].map((utilizationPct, i) => ({ ...base, utilizationPct, elapsedMs: i * 1000 }));
    expect(summarizeSamples(samples, 1000)[0]).toMatchObject({ samples: 4, utilizationSamples: 2, utilizationMeanPct: 75, utilizationMaxPct: 100 });
  });

  it('keeps every GPU apart, by UUID, and picks the busiest', () => {
    const gpus = summarizeSamples(replay('dual-a5000', 3, 1000), 1000);
    expect(gpus.map((gpu) => [gpu.index, gpu.samples, gpu.memoryUsedMaxMiB])).toEqual([
      [0, 3, 22437],
      [1, 3, 17253],
    ]);
    // Both idle: the one holding more memory is the busier.
    expect(pickBusiestGpu(gpus)?.index).toBe(0);
  });

  it('computes the figures from every sample of a long run, while the chart keeps few points', () => {
    const base = replay('h200', 1, 1000)[0] as TimedGpuSample;
    // Two hours at 1 s: utilization i % 101, memory peaking once, at sample 4321.
    const samples = Array.from({ length: 7200 }, (_, i) => ({ ...base, utilizationPct: i % 101, memoryUsedMiB: i === 4321 ? 99_999 : 1000, elapsedMs: i * 1000 }));
    const [gpu] = summarizeSamples(samples, 1000, 60);
    const mean = samples.reduce((sum, sample) => sum + sample.utilizationPct, 0) / samples.length;
    expect(gpu?.samples).toBe(7200);
    expect(gpu?.utilizationMeanPct).toBeCloseTo(mean, 10);
    expect(gpu?.memoryUsedMaxMiB).toBe(99_999);
    expect(gpu?.series.length).toBeLessThanOrEqual(60);
    expect(Math.max(...(gpu?.series ?? []).map((point) => point.memoryUsedMiB ?? 0))).toBe(99_999);
  });

  it('agrees with a direct computation for any series (mean of the known values only)', () => {
    const base = replay('h200', 1, 1000)[0] as TimedGpuSample;
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), { minLength: 1, maxLength: 300 }), (values) => {
        const samples = values.map((utilizationPct, i) => ({ ...base, utilizationPct, elapsedMs: i * 100 }));
        const [gpu] = summarizeSamples(samples, 100, 10);
        const known = values.filter((value): value is number => value !== undefined);
        expect(gpu?.utilizationSamples).toBe(known.length);
        if (known.length === 0) expect(gpu?.utilizationMeanPct).toBeUndefined();
        else expect(gpu?.utilizationMeanPct).toBeCloseTo(known.reduce((a, b) => a + b, 0) / known.length, 9);
        expect(gpu?.utilizationMaxPct).toBe(known.length === 0 ? undefined : Math.max(...known));
      }),
    );
  });
});

describe('pickBusiestGpu', () => {
  it('prefers the highest mean utilization, then memory, then the lowest index', () => {
    const [a] = summarizeSamples(replay('h200', 2, 1000), 1000);
    if (a === undefined) throw new Error('no GPU');
    const gpu = (index: number, mean: number | undefined, memory: number | undefined) => ({ ...a, index, utilizationMeanPct: mean, memoryUsedMaxMiB: memory });
    expect(pickBusiestGpu([gpu(0, 10, 500), gpu(1, 90, 100)])?.index).toBe(1);
    expect(pickBusiestGpu([gpu(0, undefined, 500), gpu(1, undefined, 900)])?.index).toBe(1);
    expect(pickBusiestGpu([gpu(2, 50, 100), gpu(1, 50, 100)])?.index).toBe(1);
    expect(pickBusiestGpu([])).toBeUndefined();
  });
});
