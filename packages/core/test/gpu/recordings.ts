import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComputeApp, TimedGpuSample } from '../../src/index.js';
import { parseComputeAppsCsv, parseNvidiaSmiCsv } from '../../src/index.js';

/** The recordings of real nvidia-smi output the stand-in replays (their README cites each source). */
export const RECORDINGS = join(import.meta.dirname, '..', '..', '..', 'cli', 'src', 'demo-fixtures', 'nvidia-smi', 'recordings');

/** The recorded moments of a recording: the samples of each moment (one per GPU). */
export function recordedFrames(name: string): TimedGpuSample[][] {
  const text = readFileSync(join(RECORDINGS, name, 'query-gpu.csv'), 'utf8');
  return text
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => parseNvidiaSmiCsv(block).samples.map((sample) => ({ ...sample, elapsedMs: 0 })));
}

/** `count` moments replayed as the stand-in does (cycling through the recording), `intervalMs` apart. */
export function replay(name: string, count: number, intervalMs: number): TimedGpuSample[] {
  const frames = recordedFrames(name);
  const samples: TimedGpuSample[] = [];
  for (let i = 0; i < count; i++) {
    for (const sample of frames[i % frames.length] ?? []) samples.push({ ...sample, elapsedMs: i * intervalMs });
  }
  return samples;
}

export function recordedComputeApps(name: string): ComputeApp[] {
  return parseComputeAppsCsv(readFileSync(join(RECORDINGS, name, 'query-compute-apps.csv'), 'utf8'));
}
