import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseTagPrefix } from '../../src/git/ref-name.js';

/** git's own verdict on `refs/tags/<prefix>1.2.0`. */
function gitAccepts(prefix: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', `refs/tags/${prefix}1.2.0`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const accepts = (prefix: string): boolean => {
  try {
    parseTagPrefix('tag-prefix', prefix);
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
};

describe('parseTagPrefix', () => {
  // git check-ref-format(1) is the reference, case by case (inputs are trimmed first).
  it.each([
    'v', '', 'release/', 'pkg-v', 'v.', 'a.lock', 'rel./', '@', 'v@', 'ü', 'x/y/', 'v_', 'v+',
    '..', 'a..b', 'v@{', '@{', 'x.lock/', 'a/b.lock/', '.v', 'a/.v', '/v', 'a//', 'v w', 'v~', 'v^', 'v:', 'v?', 'v*', 'v[', 'v\\',
    'v\u0001', 'v\u007f', 'v\tw',
  ])('agrees with git check-ref-format on %j', (prefix) => {
    expect(accepts(prefix)).toBe(gitAccepts(prefix));
  });

  it('refuses a leading -, which git accepts in a ref but reads as an option on the command line', () => {
    expect(gitAccepts('-v')).toBe(true);
    expect(() => parseTagPrefix('tag-prefix', '-v')).toThrow("Input 'tag-prefix' has the value '-v', but a tag name cannot start with - (git would read it as an option).");
  });

  it('names the rule it breaks', () => {
    expect(() => parseTagPrefix('tag-prefix', 'rel..')).toThrow('a tag name cannot contain ..');
    expect(() => parseTagPrefix('tag-prefix', 'x.lock/')).toThrow('ends with .lock');
    expect(() => parseTagPrefix('tag-prefix', 'v\u0007')).toThrow('control characters (U+0007)');
  });
});
