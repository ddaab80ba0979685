import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Runs a young-generation collection every `intervalMs` until stopped. Inspecting a wheel
 * makes short-lived objects for every member (20,000 in the bench's 200 MB wheel), and V8,
 * left to itself, lets the young generation and what it promotes grow: under Node 24 the
 * action peaked about 35 MB higher without this (bench/pypi-publish-check.bench.mjs: about
 * 185 MB without, 150 MB with, in the same time). A minor GC of a small young generation takes
 * well under a millisecond. Here, not in the library: core never changes V8 flags, and `gc` is
 * exposed to a throwaway context only.
 */
export function startGcPacer(intervalMs: number): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as ((options: { type: 'minor'; execution: 'sync' }) => void) | undefined;
  if (typeof gc !== 'function') return () => undefined;
  const timer = setInterval(() => gc({ type: 'minor', execution: 'sync' }), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
