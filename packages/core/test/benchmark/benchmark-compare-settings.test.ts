import { describe, expect, it } from 'vitest';
import { InputError, inputSourceFrom, parseBenchmarkCompareSettings, parseThreshold } from '../../src/index.js';

describe('parseBenchmarkCompareSettings', () => {
  it('applies the defaults', () => {
    expect(parseBenchmarkCompareSettings(inputSourceFrom({ current: 'out/bench.json' }))).toEqual({
      current: 'out/bench.json',
      baseline: 'benchmarks/',
      baselineRef: undefined,
      threshold: 0.2,
      stat: 'median',
      failOnRegression: false,
      saveBaseline: undefined,
      commentOnPr: false,
    });
  });

  it('reads every input', () => {
    const settings = parseBenchmarkCompareSettings(
      inputSourceFrom({ current: '/tmp/b.json', baseline: '.benchmarks', 'baseline-ref': 'origin/main', threshold: '7.5%', stat: 'ops', 'fail-on-regression': 'true', 'save-baseline': 'benchmarks/', 'comment-on-pr': 'true' }),
    );
    expect(settings).toMatchObject({ current: '/tmp/b.json', baseline: '.benchmarks', baselineRef: 'origin/main', threshold: 0.075, stat: 'ops', failOnRegression: true, saveBaseline: 'benchmarks/', commentOnPr: true });
  });

  it('refuses bad values, naming the input, the value and what is allowed', () => {
    const bad = (inputs: Record<string, string>): string => {
      try {
        parseBenchmarkCompareSettings(inputSourceFrom({ current: 'b.json', ...inputs }));
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(bad({ current: '' })).toMatch(/^Input 'current' has the value '', but it is required/);
    expect(bad({ stat: 'average' })).toBe("Input 'stat' has the value 'average', but it must be one of: median, mean, min, ops.");
    expect(bad({ threshold: 'big' })).toMatch(/^Input 'threshold' has the value 'big', but it must be a percentage above 0/);
    expect(bad({ threshold: '0%' })).toMatch(/Input 'threshold'/);
    expect(bad({ 'fail-on-regression': 'yes' })).toMatch(/^Input 'fail-on-regression' has the value 'yes', but it must be true or false/);
    expect(bad({ 'save-baseline': '../elsewhere' })).toMatch(/^Input 'save-baseline' has the value '\.\.\/elsewhere', but it must be a relative path inside the repository/);
    expect(bad({ 'baseline-ref': '--output=x' })).toMatch(/^Input 'baseline-ref' has the value '--output=x', but it must be a branch, tag or commit/);
    expect(bad({ 'baseline-ref': 'main', baseline: '/abs' })).toMatch(/^Input 'baseline' has the value '\/abs'/);
  });

  it('reads thresholds written as percentages', () => {
    expect(parseThreshold('20%')).toBeCloseTo(0.2, 15);
    expect(parseThreshold(' 12.5 % ')).toBeCloseTo(0.125, 15);
    expect(parseThreshold('20')).toBeCloseTo(0.2, 15);
  });
});
