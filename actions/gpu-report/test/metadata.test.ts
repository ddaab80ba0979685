import { GPU_REPORT_DEFAULTS, parseGpuReportSettings } from '@ops-actions/core';
import { describeActionMetadata } from '@ops-actions/test-helpers';

describeActionMetadata('gpu-report', {
  readInputs: (read) => parseGpuReportSettings(read, 'linux'),
  defaults: GPU_REPORT_DEFAULTS,
});
