import { InputError } from '@ops-actions/core';

/**
 * The context values an input default may use locally, keyed by expression
 * (`github.token` → the token). Built from the environment the action will see.
 */
export type ExpressionValues = Readonly<Record<string, string>>;

/** The expressions {@link expandDefaultExpressions} understands. */
export const SUPPORTED_DEFAULT_EXPRESSIONS = [
  'github.token',
  'github.workspace',
  'github.repository',
  'github.server_url',
  'github.ref',
  'github.sha',
  'runner.temp',
  'runner.os',
] as const;

/** Builds {@link ExpressionValues} from the step's environment; the token is '' when GITHUB_TOKEN is unset. */
export function expressionValuesFromEnv(env: Readonly<Record<string, string | undefined>>): ExpressionValues {
  return {
    'github.token': env.GITHUB_TOKEN ?? '',
    'github.workspace': env.GITHUB_WORKSPACE ?? '',
    'github.repository': env.GITHUB_REPOSITORY ?? '',
    'github.server_url': env.GITHUB_SERVER_URL ?? '',
    'github.ref': env.GITHUB_REF ?? '',
    'github.sha': env.GITHUB_SHA ?? '',
    'runner.temp': env.RUNNER_TEMP ?? '',
    'runner.os': env.RUNNER_OS ?? '',
  };
}

/**
 * Replaces each `${{ expr }}` in an input's default with its value. Only plain context
 * references from {@link SUPPORTED_DEFAULT_EXPRESSIONS} are evaluated; anything else
 * (`secrets.X`, functions, operators) fails with the input's name and the expression,
 * rather than quietly passing the literal text to the action.
 */
export function expandDefaultExpressions(input: string, text: string, values: ExpressionValues): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (whole, inner: string) => {
    const expression = inner.trim();
    const value = Object.hasOwn(values, expression) ? values[expression] : undefined;
    if (value !== undefined) return value;
    throw new InputError(
      input,
      whole,
      `the local runner evaluates only these expressions in defaults: ${SUPPORTED_DEFAULT_EXPRESSIONS.join(', ')}`,
    );
  });
}
