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

  it('keeps an absolute results path outside the workspace, and makes one inside it relative', () => {
    const context = { workspace: '/home/runner/work/acme/acme' };
    const settings = parseBenchmarkCompareSettings(
      inputSourceFrom({ current: '/home/runner/work/_temp/head.json', baseline: '/home/runner/work/acme/acme/benchmarks/', 'save-baseline': '/home/runner/work/acme/acme/.benchmark-baselines/benchmarks/' }),
      context,
    );
    expect(settings).toMatchObject({ current: '/home/runner/work/_temp/head.json', baseline: 'benchmarks', saveBaseline: '.benchmark-baselines/benchmarks' });
    const bad = (inputs: Record<string, string>): string => {
      try {
        parseBenchmarkCompareSettings(inputSourceFrom({ current: 'b.json', ...inputs }), context);
      } catch (error) {
        return String(error);
      }
      return 'accepted';
    };
    expect(bad({ current: '../b.json' })).toMatch(/^InputError: Input 'current' has the value '\.\.\/b\.json', but it must be a relative path inside the repository, without \.\. segments/);
    expect(bad({ baseline: '.git/benchmarks' })).toMatch(/^InputError: Input 'baseline' has the value '\.git\/benchmarks', but it is inside \.git/);
    expect(bad({ 'save-baseline': '/home/runner/work/_temp/' })).toMatch(/^InputError: Input 'save-baseline' has the value '\/home\/runner\/work\/_temp\/', but it must be a relative path, or an absolute path inside the workspace/);
  });

  it('reads thresholds written as percentages', () => {
    expect(parseThreshold('20%')).toBeCloseTo(0.2, 15);
    expect(parseThreshold(' 12.5 % ')).toBeCloseTo(0.125, 15);
    expect(parseThreshold('20')).toBeCloseTo(0.2, 15);
  });
});
