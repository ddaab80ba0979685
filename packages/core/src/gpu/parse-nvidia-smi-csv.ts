import { COMPUTE_APPS_QUERY_FIELDS, GPU_QUERY_FIELDS } from './nvidia-smi-query.js';

/**
 * One GPU at one moment, from a `--query-gpu` line. A field nvidia-smi cannot report (`[N/A]`,
 * `N/A`, `[Not Supported]`, …) is undefined: unknown, never 0.
 */
export interface GpuSample {
  /** nvidia-smi's own timestamp, as printed: `2026/07/03 22:11:09.763` (local time). */
  readonly timestamp: string;
  readonly index: number;
  readonly uuid: string;
  readonly name: string;
  readonly utilizationPct: number | undefined;
  readonly memoryUsedMiB: number | undefined;
  readonly memoryTotalMiB: number | undefined;
  readonly powerW: number | undefined;
  readonly temperatureC: number | undefined;
}

/** One process with a compute context on a GPU, from a `--query-compute-apps` line. */
export interface ComputeApp {
  readonly timestamp: string;
  readonly gpuUuid: string;
  readonly pid: number;
  /** Undefined when unknown: Windows in WDDM mode reports `[N/A]` for every process. */
  readonly usedMemoryMiB: number | undefined;
}

// nvidia-smi writes a bracketed reason for a value it cannot give: [N/A], [Not Supported],
// [Unknown Error], [Insufficient Permissions], [GPU is lost], [Requested functionality has been
// deprecated]; older drivers and the -q view write a bare N/A.
const UNKNOWN = /^(\[[^\]]*\]|N\/A)$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A numeric cell: a finite number, or undefined when nvidia-smi says it does not know. */
export function parseMetric(cell: string): number | undefined {
  const text = cell.trim();
  if (text === '' || UNKNOWN.test(text)) return undefined;
  // `nounits` is asked for, but a unit suffix (`35 %`, `81559 MiB`, `69.47 W`) is tolerated.
  const value = text.replace(/\s*(%|MiB|W|C)$/i, '');
  if (!NUMBER.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** The five measured fields, in gpu-report's order (utilization, memory used, memory total, power, temperature). */
export function parseGpuMetrics(cells: readonly string[]): Pick<GpuSample, 'utilizationPct' | 'memoryUsedMiB' | 'memoryTotalMiB' | 'powerW' | 'temperatureC'> {
  const [utilization = '', used = '', total = '', power = '', temperature = ''] = cells;
  return {
    utilizationPct: parseMetric(utilization),
    memoryUsedMiB: parseMetric(used),
    memoryTotalMiB: parseMetric(total),
    powerW: parseMetric(power),
    temperatureC: parseMetric(temperature),
  };
}

/**
 * Parses one line of `--query-gpu=timestamp,index,uuid,name,utilization.gpu,memory.used,
 * memory.total,power.draw,temperature.gpu --format=csv,noheader,nounits`; undefined for any other
 * line (a warning nvidia-smi printed, a blank line). nvidia-smi does not quote its CSV, so a name
 * with a comma is rebuilt from the cells between the uuid and the five numeric ones.
 */
export function parseGpuSampleLine(line: string): GpuSample | undefined {
  const cells = line.replace(/\r$/, '').split(',').map((cell) => cell.trim());
  if (cells.length < GPU_QUERY_FIELDS.length) return undefined;
  const [timestamp = '', index = '', uuid = ''] = cells;
  const numeric = cells.slice(-5);
  const name = cells.slice(3, -5).join(', ');
  if (!/^\d+$/.test(index) || !/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/.test(timestamp)) return undefined;
  return { timestamp, index: Number(index), uuid, name, ...parseGpuMetrics(numeric) };
}

/** Every sample in a block of `--query-gpu` output; `unparsed` holds the lines that were not samples. */
export function parseNvidiaSmiCsv(text: string): { samples: GpuSample[]; unparsed: string[] } {
  const samples: GpuSample[] = [];
  const unparsed: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const sample = parseGpuSampleLine(line);
    if (sample) samples.push(sample);
    else unparsed.push(line.replace(/\r$/, ''));
  }
  return { samples, unparsed };
}

/** Parses one line of `--query-compute-apps=timestamp,gpu_uuid,pid,used_memory --format=csv,noheader,nounits`. */
export function parseComputeAppLine(line: string): ComputeApp | undefined {
  const cells = line.replace(/\r$/, '').split(',').map((cell) => cell.trim());
  if (cells.length !== COMPUTE_APPS_QUERY_FIELDS.length) return undefined;
  const [timestamp = '', gpuUuid = '', pid = '', used = ''] = cells;
  if (!/^\d+$/.test(pid) || !/^\d{4}\/\d{2}\/\d{2} /.test(timestamp)) return undefined;
  return { timestamp, gpuUuid, pid: Number(pid), usedMemoryMiB: parseMetric(used) };
}

/** Every row of a block of `--query-compute-apps` output. */
export function parseComputeAppsCsv(text: string): ComputeApp[] {
  return text.split('\n').flatMap((line) => parseComputeAppLine(line) ?? []);
}
