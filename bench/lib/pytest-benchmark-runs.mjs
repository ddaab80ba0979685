// Generated pytest-benchmark result files for the benchmark-compare bench: each run a JSON document in
// pytest-benchmark's own format (the shape of a real `--benchmark-json` file from pytest-benchmark 3.2.2, the
// fixture packages/core/test/benchmark/fixtures/pytest-benchmark/runs/current-unchanged.json), its statistics
// computed from the round times as pytest-benchmark computes them (core's computePytestBenchmarkStats, which the
// core tests check against pytest-benchmark's own Stats).

/** Standard normal draws from a uniform PRNG (Box-Muller). */
export function gaussian(random) {
  return () => {
    let u = 0;
    while (u === 0) u = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
}

/**
 * The benchmarks of one generated project: `fast` ones (thousands of rounds, per-round spread 2–8%) and `slow`
 * ones (5–9 rounds, spread 15–25%). "Spread" is read as `spread: 'iqr'` says: IQR / median (the column
 * pytest-benchmark shows beside the median), or, with `'stddev'`, StdDev / Mean (the coefficient of variation,
 * about a third more noise for the same figure). The round times are log-normal with that spread.
 */
export function makeProject({ random, index, fast, slow, spread: reading = 'iqr' }) {
  const uniform = (low, high) => low + (high - low) * random();
  const benchmarks = [];
  for (let i = 0; i < fast + slow; i++) {
    const isFast = i < fast;
    const spread = isFast ? uniform(0.02, 0.08) : uniform(0.15, 0.25);
    benchmarks.push({
      name: `test_${isFast ? 'fast' : 'slow'}_${i}`,
      fullname: `tests/test_project_${index}.py::test_${isFast ? 'fast' : 'slow'}_${i}`,
      kind: isFast ? 'fast' : 'slow',
      time: Math.exp(isFast ? uniform(Math.log(5e-7), Math.log(2e-4)) : uniform(Math.log(5e-3), Math.log(0.5))),
      // Log-normal sigma whose IQR / median is `spread` (IQR / median = 2 sinh(0.6745 sigma)), or whose
      // StdDev / Mean is (sqrt(exp(sigma^2) - 1)).
      sigma: reading === 'stddev' ? Math.sqrt(Math.log(1 + spread * spread)) : Math.asinh(spread / 2) / 0.6744897501960817,
      spread,
      rounds: isFast ? () => 1000 + Math.floor(random() * 2001) : () => 5 + Math.floor(random() * 5),
      outlierRate: isFast ? 0.005 : 0.03,
      // pytest-benchmark's defaults, as the real run's file records them.
      options: { disable_gc: false, timer: 'perf_counter', min_rounds: 5, max_time: 1.0, min_time: 5e-6, warmup: false },
    });
  }
  return benchmarks;
}

/**
 * One run of a project: every round time log-normal around the benchmark's time × the run's machine factor × a
 * per-benchmark jitter × its slowdown, with occasional outlier rounds 3–10× slower. Returns the JSON text in
 * pytest-benchmark's format (with `data`, as `--benchmark-json` writes it) and the same without `data` (as
 * `--benchmark-autosave` writes it without `--benchmark-save-data`).
 */
export function generateRun({ project, random, normal, machine, jitter, slowdowns, computeStats, datetime, commit, template }) {
  const benchmarks = project.map((bench, index) => {
    const factor = machine * Math.exp(jitter * normal()) * (slowdowns.get(index) ?? 1);
    const rounds = bench.rounds();
    const data = new Array(rounds);
    const centre = bench.time * factor;
    for (let k = 0; k < rounds; k++) {
      let value = centre * Math.exp(bench.sigma * normal());
      if (random() < bench.outlierRate) value *= 3 + 7 * random();
      data[k] = value;
    }
    return { bench, data, stats: computeStats(data) };
  });
  const document = (withData) => ({
    machine_info: template.machine_info,
    commit_info: { ...template.commit_info, id: commit, time: datetime, author_time: datetime },
    benchmarks: benchmarks.map(({ bench, data, stats }) => ({
      group: null,
      name: bench.name,
      fullname: bench.fullname,
      params: null,
      param: null,
      extra_info: {},
      options: bench.options,
      stats: { ...stats, ...(withData ? { data } : {}), iterations: 1 },
    })),
    datetime,
    version: '3.2.2',
  });
  return { withData: JSON.stringify(document(true)), statsOnly: JSON.stringify(document(false)) };
}
