import { OpsError } from '@ops-actions/core';
import type { ExpressionValues } from './default-expressions.js';

/** A `pre-if` / `post-if` the local runner cannot evaluate. */
export class ConditionError extends OpsError {
  override name = 'ConditionError';
  constructor(
    readonly condition: string,
    readonly problem: string,
  ) {
    super(`Cannot evaluate the condition '${condition}': ${problem}`);
  }
}

/** Whether the stages so far succeeded; `cancelled()` is always false locally. */
export type JobStatus = 'success' | 'failure';

type Value = string | boolean;
const STATUS_FUNCTIONS = new Set(['always', 'success', 'failure', 'cancelled']);
const TOKEN = /\s*(\|\||&&|==|!=|!|\(|\)|'(?:[^']|'')*'|[A-Za-z_][\w.-]*(?:\(\))?)/y;

/**
 * Evaluates a `pre-if` / `post-if` condition: the status functions `always()`, `success()`,
 * `failure()`, `cancelled()`, `!`, `&&`, `||`, parentheses, `==` / `!=` (case-insensitive,
 * as GitHub compares strings), `'string'` literals, `true` / `false`, and the context values
 * in `values` (`runner.os == 'Linux'`). As on GitHub, a condition without a status function
 * is implicitly `success() && (…)`.
 */
export function evaluateStageCondition(condition: string, status: JobStatus, values: ExpressionValues): boolean {
  const text = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const tokens = tokenize(text, condition);
  let position = 0;
  let usesStatus = false;
  const fail = (problem: string): never => {
    throw new ConditionError(condition, problem);
  };
  const peek = (): string | undefined => tokens[position];
  const next = (): string => tokens[position++] ?? fail('it ends too early');

  const primary = (): Value => {
    const token = next();
    if (token === '(') {
      const value = or();
      if (next() !== ')') fail("a '(' is not closed");
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (token === 'true' || token === 'false') return token === 'true';
    if (token.endsWith('()')) {
      const name = token.slice(0, -2);
      if (!STATUS_FUNCTIONS.has(name)) fail(`the function ${token} is not supported locally`);
      usesStatus = true;
      return name === 'always' || (name === 'success' && status === 'success') || (name === 'failure' && status === 'failure');
    }
    const value = Object.hasOwn(values, token) ? values[token] : undefined;
    return value ?? fail(`'${token}' is not available locally (use ${Object.keys(values).join(', ')})`);
  };
  const comparison = (): Value => {
    const left = primary();
    const operator = peek();
    if (operator !== '==' && operator !== '!=') return left;
    position++;
    const equal = String(left).toLowerCase() === String(primary()).toLowerCase();
    return operator === '==' ? equal : !equal;
  };
  const unary = (): Value => {
    if (peek() !== '!') return comparison();
    position++;
    return !truthy(unary());
  };
  const and = (): Value => {
    let value = unary();
    while (peek() === '&&') {
      position++;
      const right = unary();
      value = truthy(value) ? right : value;
    }
    return value;
  };
  const or = (): Value => {
    let value = and();
    while (peek() === '||') {
      position++;
      const right = and();
      value = truthy(value) ? value : right;
    }
    return value;
  };

  const result = truthy(or());
  if (position < tokens.length) fail(`unexpected '${tokens[position] ?? ''}'`);
  return usesStatus ? result : status === 'success' && result;
}

function truthy(value: Value): boolean {
  return typeof value === 'boolean' ? value : value !== '';
}

function tokenize(text: string, condition: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (text.slice(TOKEN.lastIndex).trim() === '') break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match?.[1] === undefined) throw new ConditionError(condition, `cannot read '${text.slice(start).trim()}'`);
    tokens.push(match[1]);
  }
  if (tokens.length === 0) throw new ConditionError(condition, 'it is empty');
  return tokens;
}
