import { describe, expect, it } from 'vitest';
import { detectDrift } from '../../src/index.js';

describe('detectDrift', () => {
  it('finds the common factor when most benchmarks moved together, whatever a few did', () => {
    const drift = detectDrift([1.24, 1.26, 1.25, 1.22, 1.3, 1.9, 0.95], 0.2);
    expect(drift?.factor).toBeCloseTo(1.25, 2);
    expect(drift).toMatchObject({ benchmarks: 6, compared: 7 });
  });

  it('finds a faster runner too', () => {
    expect(detectDrift([0.8, 0.82, 0.78, 0.8, 0.81], 0.2)?.factor).toBeCloseTo(0.8, 2);
  });

  it('is not drift when the common move is small, when only some moved, or with too few benchmarks', () => {
    expect(detectDrift([1.05, 1.04, 1.06, 1.05, 1.03], 0.2)).toBeUndefined();
    expect(detectDrift([1.3, 1.3, 1.3, 1.0, 1.0, 1.0, 1.3], 0.2)).toBeUndefined();
    expect(detectDrift([1.3, 1.3, 1.3], 0.2)).toBeUndefined();
  });
});
