import { describe, expect, it } from 'vitest';
import { failure, pass, warning } from '../../src/publish/check-result.js';
import { planAnnotations } from '../../src/summary/plan-annotations.js';

describe('planAnnotations', () => {
  it('writes failures as errors and warnings as warnings, with file and fix', () => {
    expect(planAnnotations([pass('a', 'ok'), failure('b', 'bad.', 'Do x.', 'f.whl'), warning('c', 'meh.', 'Do y.')], 'tool')).toEqual([
      { level: 'error', title: 'tool: b', message: 'f.whl: bad. Fix: Do x.' },
      { level: 'warning', title: 'tool: c', message: 'meh. Fix: Do y.' },
    ]);
  });

  it('keeps each kind within GitHub’s 10 and says how many more there are', () => {
    const checks = Array.from({ length: 14 }, (_, i) => failure(`f${i}`, 'bad.', 'fix.'));
    const planned = planAnnotations([...checks, ...Array.from({ length: 10 }, (_, i) => warning(`w${i}`, 'meh.', 'fix.'))], 'tool');
    const errors = planned.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toEqual({ level: 'error', title: 'tool: 5 more', message: '5 more failures: every check is in the job summary and the report.' });
    expect(planned.filter((a) => a.level === 'warning')).toHaveLength(10);
  });
});
