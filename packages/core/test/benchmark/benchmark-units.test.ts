import { describe, expect, it } from 'vitest';
import { formatBenchmarkValue, formatDuration, formatPercent, formatRate, formatThreshold, parseUnit } from '../../src/index.js';

describe('parseUnit', () => {
  it.each([
    ['ns', 'time', 's', 1e-9],
    ['µs', 'time', 's', 1e-6],
    ['μs', 'time', 's', 1e-6],
    ['us', 'time', 's', 1e-6],
    ['ms', 'time', 's', 1e-3],
    ['s', 'time', 's', 1],
    ['ns/iter', 'time', 's', 1e-9],
    ['ops/s', 'throughput', 'ops/s', 1],
    ['iter/sec', 'throughput', 'ops/s', 1],
    ['ops/ms', 'throughput', 'ops/s', 1000],
    ['req/s', 'throughput', 'req/s', 1],
    ['MB/s', 'throughput', 'MB/s', 1],
    ['Megabytes', 'other', 'Megabytes', 1],
    ['Percent', 'other', 'Percent', 1],
  ] as const)('%s is a %s in %s (× %f)', (unit, quantity, canonical, factor) => {
    const parsed = parseUnit(unit);
    expect(parsed.quantity).toBe(quantity);
    expect(parsed.canonical).toBe(canonical);
    expect(parsed.factor).toBeCloseTo(factor, 15);
  });
});

describe('readable values', () => {
  it('shows times in the unit that reads best', () => {
    expect(formatDuration(6.11e-7)).toBe('611 ns');
    expect(formatDuration(8.4e-5)).toBe('84.0 µs');
    expect(formatDuration(0.0159)).toBe('15.9 ms');
    expect(formatDuration(2.1)).toBe('2.10 s');
    expect(formatDuration(5e-10)).toBe('0.50 ns');
  });

  it('shows rates with an SI prefix, as pytest-benchmark’s OPS column', () => {
    expect(formatRate(1_523_000)).toBe('1.52 Mops/s');
    expect(formatRate(12_300)).toBe('12.3 Kops/s');
    expect(formatRate(70, 'req')).toBe('70.0 req/s');
    expect(formatBenchmarkValue(150, 'other', 'Megabytes')).toBe('150 Megabytes');
  });
});

describe('formatPercent and formatThreshold', () => {
  it('writes a change with its sign (a true minus), one decimal under 100%, and a threshold as the input wrote it', () => {
    expect(formatPercent(0.253, true)).toBe('+25.3%');
    expect(formatPercent(-0.12, true)).toBe('−12.0%');
    expect(formatPercent(1.504, false)).toBe('150%');
    expect(formatThreshold(0.2)).toBe('20%');
    expect(formatThreshold(0.075)).toBe('7.5%');
  });
});
