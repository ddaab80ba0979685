import { describe, expect, it } from 'vitest';
import { failure, pass, warning } from '../../src/publish/check-result.js';
import { capAnnotations, planAnnotations, writeAnnotations } from '../../src/summary/plan-annotations.js';

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
    expect(errors.at(-1)).toEqual({ level: 'error', title: 'tool: 5 more', message: '5 more errors: every one is in the job summary and the report.' });
    expect(planned.filter((a) => a.level === 'warning')).toHaveLength(10);
  });
});

describe('capAnnotations', () => {
  it('keeps placed annotations as given and caps each level on its own', () => {
    const errors = Array.from({ length: 12 }, (_, i) => ({ level: 'error' as const, title: `t${i}`, message: 'm', file: 'tests/test_a.py', line: i + 1 }));
    const capped = capAnnotations([{ level: 'notice', title: 'n', message: 'x' }, ...errors], 'quality-gate', 'in the job summary');
    expect(capped.slice(0, 9)).toEqual(errors.slice(0, 9));
    expect(capped[9]).toEqual({ level: 'error', title: 'quality-gate: 3 more', message: '3 more errors: every one is in the job summary.' });
    expect(capped.slice(10)).toEqual([{ level: 'notice', title: 'n', message: 'x' }]);
  });
});

describe('writeAnnotations', () => {
  it('writes each annotation through its level, placed at its file and line when it has them', () => {
    const written: string[] = [];
    const writer = (level: string) => (message: string, place: object) => written.push(`${level} ${message} ${JSON.stringify(place)}`);
    writeAnnotations(
      [
        { level: 'error', title: 'gate: test', message: 'failed', file: 'tests/test_a.py', line: 3 },
        { level: 'warning', title: 'gate: flaky', message: 'flaky', file: 'tests/test_b.py' },
        { level: 'notice', title: 'gate: note', message: 'noted' },
      ],
      { error: writer('error'), warning: writer('warning'), notice: writer('notice') },
    );
    expect(written).toEqual([
      'error failed {"title":"gate: test","file":"tests/test_a.py","startLine":3}',
      'warning flaky {"title":"gate: flaky","file":"tests/test_b.py"}',
      'notice noted {"title":"gate: note"}',
    ]);
  });
});
