/**
 * Downsampling for the chart only: the figures (peaks, means) are always computed from every
 * sample. A run of any length becomes at most `maxPoints` points of equal time width; each point
 * holds the mean utilization of its samples (what share of that stretch the GPU was busy) and the
 * peak memory (what it came closest to running out of). Buckets double in width as the run grows,
 * so memory stays bounded by the number of points, not the number of samples.
 */

/** One sample for the chart: time since the sampler started, and what is known of it. */
export interface SeriesSample {
  readonly elapsedMs: number;
  readonly utilizationPct: number | undefined;
  readonly memoryUsedMiB: number | undefined;
}

/** One chart point: a stretch of time [startMs, startMs + widthMs) and what its samples showed. */
export interface SeriesPoint {
  readonly startMs: number;
  readonly widthMs: number;
  readonly samples: number;
  /** Mean of the known utilizations in the stretch; undefined when none was known. */
  readonly utilizationPct: number | undefined;
  /** Peak of the known memory readings in the stretch. */
  readonly memoryUsedMiB: number | undefined;
}

interface Bucket {
  samples: number;
  utilizationSum: number;
  utilizationCount: number;
  memoryMax: number | undefined;
}

/** Streaming downsampler: add samples in time order, then read at most `maxPoints` points. */
export class SeriesBuckets {
  private widthMs: number;
  private readonly buckets = new Map<number, Bucket>();

  /** `initialWidthMs`: the sampling interval, so a short run keeps one point per sample. */
  constructor(
    private readonly maxPoints: number,
    initialWidthMs: number,
  ) {
    if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new RangeError(`maxPoints must be an integer of at least 2, got ${maxPoints}`);
    if (!(initialWidthMs > 0)) throw new RangeError(`initialWidthMs must be positive, got ${initialWidthMs}`);
    this.widthMs = initialWidthMs;
  }

  add(sample: SeriesSample): void {
    const elapsed = Math.max(0, sample.elapsedMs);
    // Keep at most twice the points asked for while sampling; widen (merge pairs) beyond that.
    while (Math.floor(elapsed / this.widthMs) >= 2 * this.maxPoints) this.widen();
    const key = Math.floor(elapsed / this.widthMs);
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = { samples: 0, utilizationSum: 0, utilizationCount: 0, memoryMax: undefined };
      this.buckets.set(key, bucket);
    }
    bucket.samples++;
    if (sample.utilizationPct !== undefined) {
      bucket.utilizationSum += sample.utilizationPct;
      bucket.utilizationCount++;
    }
    if (sample.memoryUsedMiB !== undefined) bucket.memoryMax = Math.max(bucket.memoryMax ?? -Infinity, sample.memoryUsedMiB);
  }

  /** The points, oldest first: at most `maxPoints`, empty stretches (no sample) left out. */
  points(): SeriesPoint[] {
    let width = this.widthMs;
    let buckets = [...this.buckets.entries()].sort(([a], [b]) => a - b);
    const span = () => (buckets.length === 0 ? 0 : (buckets.at(-1)?.[0] ?? 0) + 1);
    while (span() > this.maxPoints) {
      buckets = mergePairs(buckets);
      width *= 2;
    }
    return buckets.map(([key, bucket]) => ({
      startMs: key * width,
      widthMs: width,
      samples: bucket.samples,
      utilizationPct: bucket.utilizationCount === 0 ? undefined : bucket.utilizationSum / bucket.utilizationCount,
      memoryUsedMiB: bucket.memoryMax,
    }));
  }

  private widen(): void {
    const merged = mergePairs([...this.buckets.entries()]);
    this.buckets.clear();
    for (const [key, bucket] of merged) this.buckets.set(key, bucket);
    this.widthMs *= 2;
  }
}

function mergePairs(entries: [number, Bucket][]): [number, Bucket][] {
  const merged = new Map<number, Bucket>();
  for (const [key, bucket] of entries) {
    const target = Math.floor(key / 2);
    const into = merged.get(target);
    if (into === undefined) {
      merged.set(target, { ...bucket });
      continue;
    }
    into.samples += bucket.samples;
    into.utilizationSum += bucket.utilizationSum;
    into.utilizationCount += bucket.utilizationCount;
    if (bucket.memoryMax !== undefined) into.memoryMax = Math.max(into.memoryMax ?? -Infinity, bucket.memoryMax);
  }
  return [...merged.entries()].sort(([a], [b]) => a - b);
}

/** Downsamples a whole series at once (see {@link SeriesBuckets}). */
export function downsample(samples: readonly SeriesSample[], maxPoints: number, initialWidthMs: number): SeriesPoint[] {
  const buckets = new SeriesBuckets(maxPoints, initialWidthMs);
  for (const sample of samples) buckets.add(sample);
  return buckets.points();
}
