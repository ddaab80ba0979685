import type { ActionManifest } from './action-manifest.js';
import { expandDefaultExpressions } from './default-expressions.js';
import type { ExpressionValues } from './default-expressions.js';

/** The INPUT_ variables for a step, and the warnings the runner would print about them. */
export interface InputPlan {
  readonly env: Record<string, string>;
  readonly warnings: string[];
}

/**
 * The variable an input is passed in: spaces become underscores and the name is upper-cased;
 * hyphens are kept (`release-type` → `INPUT_RELEASE-TYPE`), which is what `core.getInput` reads.
 */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Plans the INPUT_ variables as the runner does: every declared input gets the given value or its
 * default (expressions evaluated), and given inputs the action does not declare are still passed
 * on. Names match case-insensitively. Like the runner, problems with inputs are only warnings:
 * an undeclared input, a required input with no value, a deprecated input that was given.
 */
export function planInputEnv(
  manifest: ActionManifest,
  given: Readonly<Record<string, string>>,
  values: ExpressionValues,
): InputPlan {
  const env: Record<string, string> = {};
  const warnings: string[] = [];
  const declared = new Map([...manifest.inputs.keys()].map((name) => [name.toLowerCase(), name]));
  const givenByName = new Map(Object.entries(given).map(([name, value]) => [name.toLowerCase(), value]));

  const unexpected = Object.keys(given).filter((name) => !declared.has(name.toLowerCase()));
  if (unexpected.length > 0) {
    const valid = [...manifest.inputs.keys()].map((name) => `'${name}'`).join(', ');
    warnings.push(`Unexpected input(s) ${unexpected.map((name) => `'${name}'`).join(', ')}, valid inputs are [${valid}]`);
  }
  for (const name of unexpected) env[inputEnvName(name)] = given[name] ?? '';

  for (const [name, input] of manifest.inputs) {
    const value = givenByName.get(name.toLowerCase());
    if (value !== undefined && input.deprecationMessage !== undefined) {
      warnings.push(`Input '${name}' has been deprecated with message: ${input.deprecationMessage}`);
    }
    if (value === undefined && input.default === undefined && input.required) {
      warnings.push(`Input required and not supplied: ${name}`);
    }
    const resolved = value ?? (input.default === undefined ? undefined : expandDefaultExpressions(name, input.default, values));
    // The runner leaves an input with neither value nor default unset; core.getInput reads ''.
    if (resolved !== undefined) env[inputEnvName(name)] = resolved;
  }
  return { env, warnings };
}
