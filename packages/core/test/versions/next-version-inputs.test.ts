import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parsePrereleaseInput, validateExplicitVersion } from '../../src/versions/next-version.js';
import { Pep440Version } from '../../src/versions/pep440-version.js';

describe('parsePrereleaseInput', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['a', 'a'],
    ['alpha', 'a'],
    ['b', 'b'],
    ['beta', 'b'],
    ['rc', 'rc'],
    ['c', 'rc'], // PEP 440 spells rc also as c, pre and preview
    ['pre', 'rc'],
    ['preview', 'rc'],
    ['dev', 'dev'],
    [' RC ', 'rc'], // PEP 440: letters are case-insensitive
    ['Alpha', 'a'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parsePrereleaseInput('prerelease', raw)).toBe(expected);
  });

  it.each(['gamma', 'post', 'rc1', 'true', 'a,b'])('refuses %j, naming the input and what is allowed', (raw) => {
    let caught: unknown;
    try {
      parsePrereleaseInput('prerelease', raw);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect(caught).toMatchObject({
      input: 'prerelease',
      value: raw,
      allowed: 'it must be empty (a final release) or one of: a (alpha), b (beta), rc (c, pre, preview), dev',
    });
    expect((caught as InputError).message).toBe(
      `Input 'prerelease' has the value '${raw}', but it must be empty (a final release) or one of: a (alpha), b (beta), rc (c, pre, preview), dev.`,
    );
  });
});

describe('validateExplicitVersion', () => {
  const previous = Pep440Version.parse('1.2.0');

  it.each([
    ['1.2.1', '1.2.1'],
    ['v1.3.0-rc.1', '1.3.0rc1'],
    ['1.2.0.post1', '1.2.0.post1'],
    ['2!0.1', '2!0.1'],
    [' 1.2.0.1 ', '1.2.0.1'],
  ])('accepts %j as %s', (raw, expected) => {
    expect(validateExplicitVersion('version', raw, previous).toString()).toBe(expected);
  });

  it('accepts any PEP 440 version when there is no previous one', () => {
    expect(validateExplicitVersion('version', '0.0.1.dev0', undefined).toString()).toBe('0.0.1.dev0');
  });

  it.each([
    ['latest', 'it must be a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1'],
    ['', 'it must be a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1'],
    ['1.3.0+local.1', 'it must not have a local label (+local.1): package indexes refuse local versions'],
    ['1.1.9', 'it must be greater than the previous version 1.2.0'],
    ['1.2.0rc1', 'it must be greater than the previous version 1.2.0'],
    ['1.2.0.dev5', 'it must be greater than the previous version 1.2.0'],
    ['1.2.0', 'it must be greater than the previous version 1.2.0, which it equals in PEP 440 order'],
    ['v1.2', 'it must be greater than the previous version 1.2.0, which it equals in PEP 440 order'],
  ])('refuses %j: %s', (raw, allowed) => {
    let caught: unknown;
    try {
      validateExplicitVersion('version', raw, previous);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect(caught).toMatchObject({ input: 'version', value: raw, allowed });
  });
});
