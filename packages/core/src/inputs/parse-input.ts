import { InputError } from '../errors.js';

/**
 * Where raw input strings come from. `main.ts` passes `(name) => core.getInput(name)`; tests pass a map.
 * Keeping this a plain function keeps `@actions/core` out of the core package.
 */
export type InputSource = (name: string) => string;

/** Builds an InputSource from a plain record (missing names read as ''), for tests and the CLI. */
export function inputSourceFrom(values: Readonly<Record<string, string>>): InputSource {
  return (name) => values[name] ?? '';
}

const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);

/**
 * YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them; anything else
 * (`ture`, `yes`, `1`) is an error that names the input, not a silent false.
 */
export function parseBooleanInput(name: string, raw: string): boolean {
  const value = raw.trim();
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  throw new InputError(name, raw, 'it must be true or false');
}

/** One of a fixed set of values (after trimming; case-sensitive, as YAML authors write them). */
export function parseChoiceInput<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const value = raw.trim();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, raw, `it must be one of: ${allowed.join(', ')}`);
}

/** A list written comma- or newline-separated, as in `a, b` or a YAML block scalar; blanks dropped. */
export function parseListInput(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
