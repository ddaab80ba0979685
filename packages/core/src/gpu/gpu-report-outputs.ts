import type { GpuReport } from './gpu-report.js';
import { pickBusiestGpu } from './gpu-stats.js';
import { formatSummaryLine } from './render-gpu-summary.js';

const number = (value: number | undefined, digits: number): string =>
  value === undefined ? '' : String(Math.round(value * 10 ** digits) / 10 ** digits);

/**
 * The step's outputs (every name action.yml declares): figures of the busiest GPU, empty where
 * unknown, never a made-up 0. `samples` is the path of the CSV.
 */
export function planGpuReportOutputs(report: GpuReport, samplesPath: string): Record<string, string> {
  const busiest = pickBusiestGpu(report.gpus);
  const memory = report.processMemory;
  return {
    'summary-line': formatSummaryLine(report),
    'duration-seconds': (report.durationMs / 1000).toFixed(3),
    'gpu-count': String(report.gpus.length),
    'gpu-name': busiest?.name ?? '',
    'utilization-max': number(busiest?.utilizationMaxPct, 1),
    'utilization-mean': number(busiest?.utilizationMeanPct, 1),
    'memory-used-max-mib': number(busiest?.memoryUsedMaxMiB, 0),
    'memory-total-mib': number(busiest?.memoryTotalMiB, 0),
    // Measured and none of the command's processes used the GPU: 0; not measured or unknown: empty.
    'process-memory-max-mib': typeof memory === 'string' ? '' : memory.ownProcesses === 0 ? '0' : number(memory.maxMiB, 0),
    samples: samplesPath,
    'exit-code': report.exit === undefined ? '' : String(report.exit.exitCode),
  };
}
