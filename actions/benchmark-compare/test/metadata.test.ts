import { BENCHMARK_COMPARE_DEFAULTS, parseBenchmarkCompareSettings } from '@ops-actions/core';
import { describeActionMetadata } from '@ops-actions/test-helpers';

describeActionMetadata('benchmark-compare', {
  // `current` is required: the metadata test reads the declared defaults, so it stands in a path for it.
  readInputs: (read) => parseBenchmarkCompareSettings((name) => read(name) || (name === 'current' ? 'bench.json' : '')),
  defaults: BENCHMARK_COMPARE_DEFAULTS,
  alsoRead: ['github-token'],
});
