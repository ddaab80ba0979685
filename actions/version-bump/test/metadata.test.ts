import { VERSION_BUMP_DEFAULTS, parseVersionBumpSettings } from '@ops-actions/core';
import { describeActionMetadata } from '@ops-actions/test-helpers';

describeActionMetadata('version-bump', {
  readInputs: (read) => parseVersionBumpSettings(read),
  defaults: { ...VERSION_BUMP_DEFAULTS, 'github-token': '${{ github.token }}' },
});
