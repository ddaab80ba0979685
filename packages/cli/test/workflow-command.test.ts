import { describe, expect, it } from 'vitest';
import { parseWorkflowCommand, unescapeCommandData, unescapeCommandProperty } from '../src/workflow-command.js';
import { SecretMasker } from '../src/secret-masker.js';

const KNOWN = new Set(['error', 'add-mask', 'endgroup']);

describe('parseWorkflowCommand', () => {
  it('reads properties and data with their escapes undone', () => {
    expect(parseWorkflowCommand('  ::error file=a%2Cb.py,line=3,title=x%3Ay::one%0Atwo %25', KNOWN)).toEqual({
      name: 'error',
      properties: { file: 'a,b.py', line: '3', title: 'x:y' },
      data: 'one\ntwo %',
    });
    expect(parseWorkflowCommand('::endgroup::', KNOWN)).toEqual({ name: 'endgroup', properties: {}, data: '' });
  });

  it('leaves plain output and unknown commands alone', () => {
    expect(parseWorkflowCommand('text ::error::x', KNOWN)).toBeUndefined();
    expect(parseWorkflowCommand('::set-env name=A::1', KNOWN)).toBeUndefined();
    expect(parseWorkflowCommand('::error', KNOWN)).toBeUndefined();
  });

  it('undoes escapes in one pass, so %250A stays the text %0A', () => {
    expect(unescapeCommandData('%250A%0D%0A')).toBe('%0A\r\n');
    expect(unescapeCommandProperty('%252C%2C')).toBe('%2C,');
  });
});

describe('SecretMasker', () => {
  it('masks values, their URL and JSON forms and each line, longest first', () => {
    const masker = new SecretMasker();
    masker.add('p@ss word');
    masker.add('line1\nline2');
    masker.add('  ');
    expect(masker.mask('p@ss word / p%40ss%20word / line1 / x')).toBe('*** / *** / *** / x');
    expect(masker.mask(JSON.stringify({ v: 'line1\nline2' }))).toBe('{"v":"***"}');
  });
});
