import { describe, expect, it } from 'vitest';
import { parseRequirement } from '../../../src/publish/metadata/pep508-requirement.js';
import { checkLicenseExpression } from '../../../src/publish/metadata/spdx-expression.js';

describe('parseRequirement (PEP 508, as packaging reads it)', () => {
  it.each([
    ['requests', { name: 'requests', extras: [], specifier: '' }],
    ['requests (<3,>=2.28)', { name: 'requests', extras: [], specifier: '<3,>=2.28' }],
    ["rich[jupyter]~=13.7; extra != 'minimal'", { name: 'rich', extras: ['jupyter'], specifier: '~=13.7', marker: "extra != 'minimal'" }],
    ['attrs ; python_version < "3.11" and (os_name == "nt" or sys.platform not in "linux")', { name: 'attrs', specifier: '' }],
    ['pkg @ https://example.org/pkg.whl ; python_version >= "3.9"', { name: 'pkg', url: 'https://example.org/pkg.whl' }],
    ['zope.interface[testing,docs]>=5', { name: 'zope.interface', extras: ['testing', 'docs'], specifier: '>=5' }],
  ])('reads %s', (text, expected) => {
    const parsed = parseRequirement(text);
    expect(parsed.ok && parsed.requirement).toMatchObject(expected);
  });

  it.each(['-requests', 'requests >=> 2', 'requests>=3.8.*', 'a[b', 'a; python_version', 'a; os_nam == "nt"', 'a (>=1'])(
    'refuses %s',
    (text) => {
      expect(parseRequirement(text).ok).toBe(false);
    },
  );
});

describe('checkLicenseExpression (PEP 639, as packaging.licenses checks it)', () => {
  it.each(['MIT', 'mit or apache-2.0', 'GPL-2.0+', 'GPL-2.0', 'LicenseRef-Proprietary', '(MIT OR BSD-3-Clause) AND Apache-2.0', 'GPL-2.0-or-later WITH Classpath-exception-2.0'])(
    'accepts %s',
    (expression) => {
      expect(checkLicenseExpression(expression)).toBeUndefined();
    },
  );

  it.each([
    ['', 'the expression is empty'],
    ['MIT AND', 'it ends where a license identifier should follow'],
    ['(MIT', "a '(' is not closed"],
    ['Apache2', "'Apache2' is not an SPDX license identifier"],
    ['MIT WITH foo', "'foo' after WITH is not an SPDX license exception"],
    ['MIT Apache-2.0', "unexpected 'Apache-2.0'"],
    ['DocumentRef-x:LicenseRef-y', "'DocumentRef-x:LicenseRef-y' is not an SPDX license identifier"],
  ])('refuses %j: %s', (expression, reason) => {
    expect(checkLicenseExpression(expression)).toBe(reason);
  });
});
