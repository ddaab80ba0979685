import { PUBLISH_CHECK_DEFAULTS, parsePublishCheckSettings } from '@ops-actions/core';
import { describeActionMetadata } from '@ops-actions/test-helpers';

describeActionMetadata('pypi-publish-check', {
  readInputs: (read) => parsePublishCheckSettings(read, undefined),
  defaults: PUBLISH_CHECK_DEFAULTS,
});
