import { describe, expect, it } from 'vitest';
import { SAMPLES_CSV_HEADER, formatSampleRow, parseSampleRow } from '../../src/index.js';
import { replay } from './recordings.js';

describe('the samples CSV', () => {
  it('writes every field, unknown values empty, and reads them back unchanged', () => {
    for (const name of ['h200', 'h200-mig', 'dual-a5000', 'quadro-p620-no-power']) {
      for (const sample of replay(name, 2, 1234)) expect(parseSampleRow(formatSampleRow(sample))).toEqual(sample);
    }
    const [mig] = replay('h200-mig', 1, 1000);
    if (mig === undefined) throw new Error('no sample');
    expect(formatSampleRow(mig)).toBe('0.000,2026/07/03 22:22:01.444,0,GPU-00000000-0000-0000-0000-000000000000,NVIDIA H200,,55,143771,78.28,28');
  });

  it('quotes names with commas or quotes (RFC 4180) and skips the header', () => {
    const [sample] = replay('h200', 1, 1000);
    if (sample === undefined) throw new Error('no sample');
    const odd = { ...sample, name: 'A, "B"' };
    expect(formatSampleRow(odd)).toContain(',"A, ""B""",');
    expect(parseSampleRow(formatSampleRow(odd))).toEqual(odd);
    expect(parseSampleRow(SAMPLES_CSV_HEADER)).toBeUndefined();
  });
});
