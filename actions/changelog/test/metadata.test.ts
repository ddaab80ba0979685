import { CHANGELOG_DEFAULTS, parseChangelogSettings } from '@ops-actions/core';
import { describeActionMetadata } from '@ops-actions/test-helpers';

describeActionMetadata('changelog', {
  readInputs: (read) => parseChangelogSettings(read, { today: new Date('2026-01-02T00:00:00Z'), serverUrl: 'https://github.com', repository: 'o/r' }),
  defaults: CHANGELOG_DEFAULTS,
});
