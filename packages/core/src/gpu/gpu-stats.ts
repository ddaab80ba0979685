import type { SeriesPoint } from './downsample.js';
import { SeriesBuckets } from './downsample.js';
import type { GpuSample } from './parse-nvidia-smi-csv.js';

/** A sample and when it arrived, in ms since the sampler started (from a monotonic clock). */
export interface TimedGpuSample extends GpuSample {
  readonly elapsedMs: number;
}

/** What one GPU did over the run: every figure from every sample, unknown values left out. */
export interface GpuSummary {
  readonly index: number;
  readonly uuid: string;
  readonly name: string;
  readonly samples: number;
  /** Samples whose utilization was known; a MIG-enabled GPU reports none. */
  readonly utilizationSamples: number;
  readonly utilizationMaxPct: number | undefined;
  /** The mean of the known utilizations only: an unknown reading never counts as 0. */
  readonly utilizationMeanPct: number | undefined;
  readonly memoryUsedMaxMiB: number | undefined;
  readonly memoryTotalMiB: number | undefined;
  readonly powerMaxW: number | undefined;
  readonly temperatureMaxC: number | undefined;
  /** Downsampled for the chart (at most the points asked for); the figures above are not. */
  readonly series: readonly SeriesPoint[];
}

/** How many points each GPU's chart series keeps at most. */
export const CHART_POINTS = 60;

interface Running {
  index: number;
  uuid: string;
  name: string;
  samples: number;
  utilizationCount: number;
  utilizationSum: number;
  utilizationMax: number | undefined;
  memoryUsedMax: number | undefined;
  memoryTotal: number | undefined;
  powerMax: number | undefined;
  temperatureMax: number | undefined;
  series: SeriesBuckets;
}

const max = (current: number | undefined, value: number | undefined): number | undefined =>
  value === undefined ? current : current === undefined ? value : Math.max(current, value);

/**
 * Running figures per GPU, fed one sample at a time so a long run needs no more memory than a
 * short one. GPUs are told apart by UUID (the index "can change at each boot", nvidia-smi says,
 * though not during a run).
 */
export class GpuStatsAccumulator {
  private readonly gpus = new Map<string, Running>();
  private total = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly chartPoints = CHART_POINTS,
  ) {}

  add(sample: TimedGpuSample): void {
    this.total++;
    const key = sample.uuid === '' || /^\[/.test(sample.uuid) ? `index:${sample.index}` : sample.uuid;
    let gpu = this.gpus.get(key);
    if (gpu === undefined) {
      gpu = {
        index: sample.index,
        uuid: sample.uuid,
        name: sample.name,
        samples: 0,
        utilizationCount: 0,
        utilizationSum: 0,
        utilizationMax: undefined,
        memoryUsedMax: undefined,
        memoryTotal: undefined,
        powerMax: undefined,
        temperatureMax: undefined,
        series: new SeriesBuckets(this.chartPoints, this.intervalMs),
      };
      this.gpus.set(key, gpu);
    }
    gpu.samples++;
    if (sample.utilizationPct !== undefined) {
      gpu.utilizationCount++;
      gpu.utilizationSum += sample.utilizationPct;
      gpu.utilizationMax = max(gpu.utilizationMax, sample.utilizationPct);
    }
    gpu.memoryUsedMax = max(gpu.memoryUsedMax, sample.memoryUsedMiB);
    gpu.memoryTotal = max(gpu.memoryTotal, sample.memoryTotalMiB);
    gpu.powerMax = max(gpu.powerMax, sample.powerW);
    gpu.temperatureMax = max(gpu.temperatureMax, sample.temperatureC);
    gpu.series.add(sample);
  }

  /** Samples added so far, all GPUs together. */
  get sampleCount(): number {
    return this.total;
  }

  /** Every GPU seen, by index. */
  summaries(): GpuSummary[] {
    return [...this.gpus.values()]
      .sort((a, b) => a.index - b.index)
      .map((gpu) => ({
        index: gpu.index,
        uuid: gpu.uuid,
        name: gpu.name,
        samples: gpu.samples,
        utilizationSamples: gpu.utilizationCount,
        utilizationMaxPct: gpu.utilizationMax,
        utilizationMeanPct: gpu.utilizationCount === 0 ? undefined : gpu.utilizationSum / gpu.utilizationCount,
        memoryUsedMaxMiB: gpu.memoryUsedMax,
        memoryTotalMiB: gpu.memoryTotal,
        powerMaxW: gpu.powerMax,
        temperatureMaxC: gpu.temperatureMax,
        series: gpu.series.points(),
      }));
  }
}

/** Summarizes a whole list of samples at once (see {@link GpuStatsAccumulator}). */
export function summarizeSamples(samples: readonly TimedGpuSample[], intervalMs: number, chartPoints = CHART_POINTS): GpuSummary[] {
  const accumulator = new GpuStatsAccumulator(intervalMs, chartPoints);
  for (const sample of samples) accumulator.add(sample);
  return accumulator.summaries();
}

/**
 * The GPUs, busiest first: the highest mean utilization; where utilization is unknown (MIG) or
 * tied, the most memory used; then the lowest index.
 */
export function rankGpus(gpus: readonly GpuSummary[]): GpuSummary[] {
  const score = (value: number | undefined): number => value ?? -1;
  return [...gpus].sort(
    (a, b) =>
      score(b.utilizationMeanPct) - score(a.utilizationMeanPct) ||
      score(b.memoryUsedMaxMiB) - score(a.memoryUsedMaxMiB) ||
      a.index - b.index,
  );
}

/** The GPU the summary line speaks for: the first of {@link rankGpus}. */
export function pickBusiestGpu(gpus: readonly GpuSummary[]): GpuSummary | undefined {
  return rankGpus(gpus)[0];
}
