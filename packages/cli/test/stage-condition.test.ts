import { describe, expect, it } from 'vitest';
import { ConditionError, evaluateStageCondition } from '../src/stage-condition.js';

const values = { 'runner.os': 'Linux', 'github.ref': 'refs/heads/main' };

describe('evaluateStageCondition', () => {
  it.each([
    ['always()', 'failure', true],
    ['success()', 'success', true],
    ['success()', 'failure', false],
    ['failure()', 'failure', true],
    ['${{ failure() }}', 'success', false],
    ['!cancelled()', 'failure', true],
    ["always() && runner.os == 'linux'", 'failure', true],
    ["runner.os != 'Linux' || failure()", 'failure', true],
    // No status function: GitHub adds success() &&.
    ["github.ref == 'refs/heads/main'", 'failure', false],
    ["(github.ref == 'refs/heads/main')", 'success', true],
  ] as const)('%s with %s → %s', (condition, status, expected) => {
    expect(evaluateStageCondition(condition, status, values)).toBe(expected);
  });

  it('refuses what it cannot evaluate, naming the condition', () => {
    expect(() => evaluateStageCondition('hashFiles(x)', 'success', values)).toThrow(ConditionError);
    expect(() => evaluateStageCondition('contains()', 'success', values)).toThrow(/contains\(\) is not supported/);
    expect(() => evaluateStageCondition('secrets.X', 'success', values)).toThrow(/'secrets.X' is not available locally/);
    expect(() => evaluateStageCondition('(always()', 'success', values)).toThrow(/not closed|ends too early/);
  });
});
