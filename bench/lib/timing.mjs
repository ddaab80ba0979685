// Timing: warm-up runs, then N measured repetitions, reporting median and min. Cases are
// interleaved round by round (A B C, A B C, ...) so that a noisy machine's slow phases hit
// every case alike and ratios measured in the same run stay comparable.

/** Positive integer from an environment variable, else the fallback. */
export function envCount(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got '${raw}'`);
  return value;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(samples) {
  return {
    runs: samples.length,
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples,
  };
}

/**
 * Runs each case's warm-ups, then rounds of measured runs. A case is
 * { key, label, runs, warmup, run: async ({ warmup, index }) => seconds }: `run` performs
 * one complete execution, verifies it (throwing on a wrong result) and returns its wall
 * time in seconds. Resolves with { [key]: summary }.
 */
export async function measureCases(cases, { log = () => {} } = {}) {
  for (const c of cases) {
    for (let i = 0; i < c.warmup; i += 1) {
      const seconds = await c.run({ warmup: true, index: i });
      log(`  warm-up ${c.label}: ${seconds.toFixed(3)} s`);
    }
  }
  const samples = Object.fromEntries(cases.map((c) => [c.key, []]));
  const rounds = Math.max(...cases.map((c) => c.runs));
  for (let round = 0; round < rounds; round += 1) {
    for (const c of cases) {
      if (round >= c.runs) continue;
      const seconds = await c.run({ warmup: false, index: round });
      samples[c.key].push(seconds);
      log(`  run ${round + 1}/${c.runs} ${c.label}: ${seconds.toFixed(3)} s`);
    }
  }
  return Object.fromEntries(cases.map((c) => [c.key, summarize(samples[c.key])]));
}
