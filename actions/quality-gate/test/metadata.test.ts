import { QUALITY_GATE_DEFAULTS, parseQualityGateSettings } from '@ops-actions/core';
import { describeActionMetadata } from '@ops-actions/test-helpers';

describeActionMetadata('quality-gate', {
  readInputs: (read) => parseQualityGateSettings(read),
  defaults: QUALITY_GATE_DEFAULTS,
  alsoRead: ['github-token'],
});
