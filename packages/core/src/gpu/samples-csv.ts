import type { TimedGpuSample } from './gpu-stats.js';
import { parseCsvRows } from '../text/csv-rows.js';
import { parseGpuMetrics } from './parse-nvidia-smi-csv.js';

/** The header of the `samples` CSV: one row per GPU per sample, unknown values left empty. */
export const SAMPLES_CSV_HEADER =
  'elapsed_s,timestamp,index,uuid,name,utilization_gpu_pct,memory_used_mib,memory_total_mib,power_draw_w,temperature_gpu_c';

/** RFC 4180 quoting, for names and timestamps. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const numberCell = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** One row of the `samples` CSV (no line ending). */
export function formatSampleRow(sample: TimedGpuSample): string {
  return [
    (sample.elapsedMs / 1000).toFixed(3),
    csvCell(sample.timestamp),
    String(sample.index),
    csvCell(sample.uuid),
    csvCell(sample.name),
    numberCell(sample.utilizationPct),
    numberCell(sample.memoryUsedMiB),
    numberCell(sample.memoryTotalMiB),
    numberCell(sample.powerW),
    numberCell(sample.temperatureC),
  ].join(',');
}

/** Reads one row of the `samples` CSV back (the post stage reads what the detached sampler wrote). */
export function parseSampleRow(line: string): TimedGpuSample | undefined {
  const cells = parseCsvRows(line)[0]?.fields ?? [];
  if (cells.length !== 10 || cells[0] === 'elapsed_s') return undefined;
  const [elapsed = '', timestamp = '', index = '', uuid = '', name = '', ...metrics] = cells;
  if (!/^\d+(\.\d+)?$/.test(elapsed) || !/^\d+$/.test(index)) return undefined;
  return { elapsedMs: Number(elapsed) * 1000, timestamp, index: Number(index), uuid, name, ...parseGpuMetrics(metrics) };
}
