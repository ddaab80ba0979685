import { InputError, QUALITY_GATE_DEFAULTS, parseQualityGateSettings } from '@ops-actions/core';
import { describeActionMetadata } from '@ops-actions/test-helpers';

describeActionMetadata('quality-gate', {
  readInputs: (read) => {
    // With every input at its default the gate has nothing to judge, which it says once every input is read.
    try {
      parseQualityGateSettings(read);
    } catch (error) {
      if (!(error instanceof InputError) || error.input !== 'preset') throw error;
    }
  },
  defaults: QUALITY_GATE_DEFAULTS,
  alsoRead: ['github-token'],
});
