import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SeriesSample } from '../../src/index.js';
import { SeriesBuckets, downsample } from '../../src/index.js';

const series = (values: readonly (number | undefined)[], intervalMs: number): SeriesSample[] =>
  values.map((value, i) => ({ elapsedMs: i * intervalMs, utilizationPct: value, memoryUsedMiB: value === undefined ? undefined : value * 10 }));

describe('downsample', () => {
  it('keeps one point per sample for a short run', () => {
    const points = downsample(series([0, 100, 50], 1000), 60, 1000);
    expect(points.map((point) => [point.startMs, point.samples, point.utilizationPct, point.memoryUsedMiB])).toEqual([
      [0, 1, 0, 0],
      [1000, 1, 100, 1000],
      [2000, 1, 50, 500],
    ]);
  });

  it('gives each point the mean utilization and the peak memory of its stretch', () => {
    const points = downsample(series([0, 100, 20, 40, 80, 60, 10, 30], 1000), 2, 1000);
    expect(points.map((point) => [point.startMs, point.widthMs, point.samples, point.utilizationPct, point.memoryUsedMiB])).toEqual([
      [0, 4000, 4, 40, 1000],
      [4000, 4000, 4, 45, 800],
    ]);
  });

  it('never uses an unknown reading in a mean, and says unknown when a stretch had none', () => {
    const points = downsample(series([undefined, 40, undefined, undefined], 1000), 2, 1000);
    expect(points.map((point) => point.utilizationPct)).toEqual([40, undefined]);
  });

  it('refuses nonsense sizes', () => {
    expect(() => new SeriesBuckets(1, 1000)).toThrow(RangeError);
    expect(() => new SeriesBuckets(10, 0)).toThrow(RangeError);
  });

  it('for any series: at most maxPoints points, each the mean and peak of exactly the samples in its stretch', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), { minLength: 1, maxLength: 2000 }),
        fc.integer({ min: 2, max: 80 }),
        fc.integer({ min: 100, max: 2000 }),
        (values, maxPoints, intervalMs) => {
          const samples = series(values, intervalMs);
          const points = downsample(samples, maxPoints, intervalMs);
          expect(points.length).toBeLessThanOrEqual(maxPoints);
          expect(points.reduce((sum, point) => sum + point.samples, 0)).toBe(samples.length);
          for (const point of points) {
            const inside = samples.filter((s) => s.elapsedMs >= point.startMs && s.elapsedMs < point.startMs + point.widthMs);
            const known = inside.flatMap((s) => (s.utilizationPct === undefined ? [] : [s.utilizationPct]));
            expect(inside.length).toBe(point.samples);
            if (known.length === 0) expect(point.utilizationPct).toBeUndefined();
            else expect(point.utilizationPct).toBeCloseTo(known.reduce((a, b) => a + b, 0) / known.length, 9);
            const memory = inside.flatMap((s) => (s.memoryUsedMiB === undefined ? [] : [s.memoryUsedMiB]));
            expect(point.memoryUsedMiB).toBe(memory.length === 0 ? undefined : Math.max(...memory));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
