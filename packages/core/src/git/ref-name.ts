import { InputError } from '../errors.js';

/**
 * Checks a tag prefix (`v`, `release/`, `pkg-v`) as the start of a ref name, when inputs are read:
 * `refs/tags/<prefix><version>` must be a name git accepts (git-check-ref-format(1)), and the tag
 * must not start with `-`, which git would read as an option. A version starts with a digit, so
 * the rules for a name's end do not apply to the prefix's. Returns the prefix, trimmed.
 * @throws InputError naming the input, the value and the rule it breaks.
 */
export function parseTagPrefix(input: string, raw: string): string {
  const prefix = raw.trim();
  const problem = tagPrefixProblem(prefix);
  if (problem !== undefined) throw new InputError(input, raw, `a tag name cannot ${problem}`);
  return prefix;
}

/** The rule of {@link parseTagPrefix} a prefix breaks, as "a tag name cannot ..." ends, or undefined. */
export function tagPrefixProblem(prefix: string): string | undefined {
  if (prefix === '') return undefined;
  const control = [...prefix].find((char) => (char.codePointAt(0) ?? 0) < 0x20 || char === '\u007f');
  if (control !== undefined) return `contain control characters (U+${(control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
  const forbidden = /[ ~^:?*[\\]/.exec(prefix);
  if (forbidden !== null) return `contain spaces or any of ~ ^ : ? * [ \\ (it has '${forbidden[0]}')`;
  if (prefix.startsWith('-')) return 'start with - (git would read it as an option)';
  if (prefix.includes('..')) return 'contain ..';
  if (prefix.includes('@{')) return 'contain @{';
  if (prefix.startsWith('/') || prefix.includes('//')) return 'start with / or contain //';
  const components = prefix.split('/');
  if (components.some((component) => component.startsWith('.'))) return 'have a part (between slashes) that starts with .';
  // The last part continues with the version, so only parts that a slash closes can end in .lock.
  if (components.slice(0, -1).some((component) => component.endsWith('.lock'))) return 'have a part (between slashes) that ends with .lock';
  return undefined;
}
