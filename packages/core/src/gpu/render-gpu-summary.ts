import { escapeMarkdown, inlineCode, renderTable } from '../summary/markdown.js';
import type { SeriesPoint } from './downsample.js';
import type { GpuReport } from './gpu-report.js';
import type { GpuSummary } from './gpu-stats.js';
import { pickBusiestGpu, rankGpus } from './gpu-stats.js';

/** How many GPUs get a chart, the busiest first; the others are in the table. */
export const CHARTED_GPUS = 4;

/** `0.25s`, `4.2s`, `2m 05s`, `1h 02m`: a duration as people read it in a log line. */
export function formatElapsed(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 0.995) return `${seconds.toFixed(2)}s`;
  if (seconds < 59.95) return `${seconds.toFixed(1)}s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * MiB as the GB people call a board's memory: nvidia-smi's MiB / 1024, one decimal, a whole
 * number when it rounds to one (an RTX A5000's 24564 MiB is its "24GB").
 */
export function formatGigabytes(mib: number): string {
  const gb = mib / 1024;
  const rounded = Math.round(gb);
  return Math.abs(gb - rounded) < 0.05 ? String(rounded) : gb.toFixed(1);
}

const percent = (value: number | undefined): string => (value === undefined ? 'unknown' : `${Math.round(value)}%`);

/**
 * The line for the log, the `summary-line` output and the summary's heading:
 * `Ran in 4.2s (GPU: 98%, VRAM: 12.4/24GB)`, for the busiest GPU (mean utilization; peak and
 * total memory). With several GPUs it says which: `(GPU 1 of 2: …)`.
 */
export function formatSummaryLine(report: GpuReport): string {
  const head = `${report.label} in ${formatElapsed(report.durationMs)}`;
  const busiest = pickBusiestGpu(report.gpus);
  if (busiest === undefined) {
    const why = report.sampler.kind === 'no-gpu' ? 'no GPU found' : 'GPU not sampled: nvidia-smi failed';
    return `${head} (${why})`;
  }
  const which = report.gpus.length > 1 ? `GPU ${busiest.index} of ${report.gpus.length}` : 'GPU';
  const used = busiest.memoryUsedMaxMiB === undefined ? '?' : formatGigabytes(busiest.memoryUsedMaxMiB);
  const total = busiest.memoryTotalMiB === undefined ? '?' : formatGigabytes(busiest.memoryTotalMiB);
  return `${head} (${which}: ${percent(busiest.utilizationMeanPct)}, VRAM: ${used}/${total}GB)`;
}

/** `python render.py`, or its first line and how many more there are. */
function describeScript(script: string): string {
  const lines = script.trim().split(/\r?\n/);
  const first = (lines[0] ?? '').trim();
  const shown = first.length > 80 ? `${first.slice(0, 79)}…` : first;
  return `${inlineCode(shown)}${lines.length > 1 ? ` (and ${lines.length - 1} more line${lines.length > 2 ? 's' : ''})` : ''}`;
}

function describeRun(report: GpuReport): string {
  const duration = formatElapsed(report.durationMs);
  if (report.mode === 'watch') return `Watched the job from this step to the end of its last step: ${duration}.`;
  const what = describeScript(report.script ?? '');
  const exit = report.exit;
  if (exit === undefined) return `${what} ran for ${duration}.`;
  if (exit.signal) return `${what} was killed by ${exit.signal} after ${duration} (exit code ${exit.exitCode}).`;
  return exit.exitCode === 0 ? `${what} succeeded in ${duration}.` : `${what} failed with exit code ${exit.exitCode} after ${duration}.`;
}

function describeSampling(report: GpuReport): string {
  const counts = [...new Set(report.gpus.map((gpu) => gpu.samples))];
  const per = counts.length === 1 ? `${counts[0]} sample${counts[0] === 1 ? '' : 's'} of ${report.gpus.length > 1 ? 'each GPU' : 'the GPU'}` : 'samples per GPU in the table';
  const short = report.mode === 'wrap' && report.durationMs < report.intervalMs ? ' (the command ran shorter than one interval)' : '';
  return `nvidia-smi sampled every ${report.intervalMs} ms: ${per}${short}.`;
}

function notes(report: GpuReport): string[] {
  const out: string[] = [];
  const sampler = report.sampler;
  const detail = 'detail' in sampler && sampler.detail ? ` It said: ${inlineCode(sampler.detail)}` : '';
  if (sampler.kind === 'no-gpu') out.push(`> [!NOTE]\n> No GPU found: ${escapeMarkdown(sampler.reason)}.${detail}`);
  if (sampler.kind === 'failed') out.push(`> [!WARNING]\n> The GPU could not be sampled: ${escapeMarkdown(sampler.reason)}.${detail}`);
  if (sampler.kind === 'stopped-early') {
    out.push(
      `> [!WARNING]\n> The GPU sampler stopped after ${formatElapsed(sampler.afterMs)}: ${escapeMarkdown(sampler.reason)}.${detail} ` +
        `The figures cover the samples before that; the command was not affected.`,
    );
  }
  const blind = report.gpus.filter((gpu) => gpu.samples > 0 && gpu.utilizationSamples === 0);
  if (blind.length > 0) {
    out.push(
      `> [!NOTE]\n> nvidia-smi reports no utilization for GPU ${blind.map((gpu) => gpu.index).join(', ')} ` +
        `(as on a MIG-enabled GPU): shown as unknown, not as 0.`,
    );
  }
  if (report.unparsedLines > 0) out.push(`> nvidia-smi printed ${report.unparsedLines} line(s) that were not samples; they were left out.`);
  return out;
}

const orUnknown = (value: number | undefined, format: (value: number) => string): string => (value === undefined ? 'unknown' : format(value));
const mib = (value: number): string => `${Math.round(value).toLocaleString('en-US')} MiB`;

function renderGpuTable(report: GpuReport): string {
  const busiest = pickBusiestGpu(report.gpus);
  const rows = report.gpus.map((gpu) => [
    `${gpu.index}${report.gpus.length > 1 && gpu === busiest ? ' (busiest)' : ''}`,
    escapeMarkdown(gpu.name),
    orUnknown(gpu.utilizationMaxPct, (v) => `${Math.round(v)}%`),
    orUnknown(gpu.utilizationMeanPct, (v) => `${Math.round(v)}%`),
    orUnknown(gpu.memoryUsedMaxMiB, mib),
    orUnknown(gpu.memoryTotalMiB, mib),
    orUnknown(gpu.powerMaxW, (v) => `${v.toFixed(1)} W`),
    orUnknown(gpu.temperatureMaxC, (v) => `${Math.round(v)} °C`),
    String(gpu.samples),
  ]);
  return renderTable(
    ['GPU', 'name', 'utilization peak', 'utilization mean', 'memory peak', 'memory total', 'power peak', 'temperature peak', 'samples'],
    rows,
  );
}

function renderProcessMemory(report: GpuReport): string | undefined {
  if (report.gpus.length === 0) return undefined;
  const memory = report.processMemory;
  const whose = report.mode === 'wrap' ? "the command's processes" : "the job's processes";
  if (typeof memory === 'string') return `Memory of ${whose}: not measured (${escapeMarkdown(memory)}).`;
  const others = memory.otherProcesses > 0 ? `; ${memory.otherProcesses} other process${memory.otherProcesses === 1 ? '' : 'es'} on the GPU${report.gpus.length > 1 ? 's' : ''}, not counted` : '';
  if (memory.ownProcesses === 0) return `Memory of ${whose}: none of them had GPU memory${others}.`;
  const peak = memory.maxMiB === undefined ? 'unknown (nvidia-smi reports no per-process memory here, as on Windows in WDDM mode)' : `peak ${mib(memory.maxMiB)}`;
  return `Memory of ${whose}: ${peak}, over ${memory.ownProcesses} process${memory.ownProcesses === 1 ? '' : 'es'}${others}.`;
}

/** Mermaid strings are double-quoted and cannot hold a double quote. */
const chartText = (text: string): string => text.replace(/["\\`]/g, "'").replace(/[\r\n]+/g, ' ');

/** A time axis label: seconds under a minute, m:ss under an hour, else h:mm:ss. */
function timeLabel(ms: number, unit: 's' | 'm:ss' | 'h:mm:ss'): string {
  const seconds = ms / 1000;
  if (unit === 's') return Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(1);
  const whole = Math.round(seconds);
  const mmss = `${Math.floor((whole % 3600) / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return unit === 'm:ss' ? `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}` : `${Math.floor(whole / 3600)}:${mmss.padStart(5, '0')}`;
}

const chartNumber = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * One GPU's chart: utilization as bars and memory used as a line, both in % (of the time, and of
 * the board's memory), over time since the sampler started. xychart-beta has no legend, so
 * bars and line tell the two apart, and the title says which is which. Undefined when there is
 * nothing to draw.
 */
export function renderGpuChart(gpu: GpuSummary): string | undefined {
  const points: readonly SeriesPoint[] = gpu.series;
  if (points.length === 0) return undefined;
  const utilization = points.every((point) => point.utilizationPct !== undefined) ? points.map((point) => point.utilizationPct ?? 0) : undefined;
  const total = gpu.memoryTotalMiB;
  const memory =
    total !== undefined && total > 0 && points.every((point) => point.memoryUsedMiB !== undefined)
      ? points.map((point) => Math.min(100, ((point.memoryUsedMiB ?? 0) / total) * 100))
      : undefined;
  if (utilization === undefined && memory === undefined) return undefined;
  const parts = [
    utilization ? 'utilization % (bars)' : undefined,
    memory && total !== undefined ? `memory used % of ${formatGigabytes(total)} GB (line)` : undefined,
  ].filter(Boolean);
  const width = points[0]?.widthMs ?? 0;
  const last = points.at(-1)?.startMs ?? 0;
  const unit = last < 60_000 ? 's' : last < 3_600_000 ? 'm:ss' : 'h:mm:ss';
  const per = points.some((point) => point.samples > 1) ? `; each point ${formatElapsed(width)}: mean utilization, peak memory` : '';
  const lines = [
    'xychart-beta',
    `  title "GPU ${gpu.index} ${chartText(gpu.name)}: ${parts.join(', ')}"`,
    `  x-axis "time since sampling started (${unit})${per}" [${points.map((point) => `"${timeLabel(point.startMs, unit)}"`).join(', ')}]`,
    '  y-axis "%" 0 --> 100',
  ];
  if (utilization) lines.push(`  bar [${utilization.map(chartNumber).join(', ')}]`);
  if (memory) lines.push(`  line [${memory.map(chartNumber).join(', ')}]`);
  return ['```mermaid', ...lines, '```'].join('\n');
}

/**
 * The job summary: the line, what ran, notes (no GPU, a sampler that stopped, unknown fields),
 * the per-GPU table, the command's own GPU memory, and a chart per GPU (the busiest first, at
 * most {@link CHARTED_GPUS}; a line says how many more are only in the table).
 */
export function renderGpuSummary(report: GpuReport): string {
  const sections = [`## gpu-report: ${escapeMarkdown(formatSummaryLine(report))}`, describeRun(report)];
  if (report.gpus.length > 0) sections.push(describeSampling(report));
  sections.push(...notes(report));
  if (report.gpus.length > 0) sections.push(renderGpuTable(report));
  const processMemory = renderProcessMemory(report);
  if (processMemory) sections.push(processMemory);
  const ordered = rankGpus(report.gpus);
  const charts = ordered.slice(0, CHARTED_GPUS).flatMap((gpu) => renderGpuChart(gpu) ?? []);
  sections.push(...charts);
  if (ordered.length > CHARTED_GPUS) sections.push(`${ordered.length - CHARTED_GPUS} more GPU(s) are in the table only.`);
  if (report.gpus.length > 0) sections.push('Every sample is in the CSV file named by the `samples` output.');
  return `${sections.join('\n\n')}\n`;
}
