import exceptionIds from 'spdx-exceptions/index.json' with { type: 'json' };
import deprecatedExceptionIds from 'spdx-exceptions/deprecated.json' with { type: 'json' };
import licenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecatedLicenseIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };

// `packaging.licenses` (which PyPI uses for PEP 639) matches identifiers and operators without
// regard to case and still accepts deprecated identifiers such as `GPL-2.0`.
const LICENSES: ReadonlySet<string> = new Set([...licenseIds, ...deprecatedLicenseIds].map((id) => id.toLowerCase()));
const EXCEPTIONS: ReadonlySet<string> = new Set([...exceptionIds, ...deprecatedExceptionIds].map((id) => id.toLowerCase()));
const LICENSE_REF = /^licenseref-[a-z0-9.-]+$/;

/**
 * Checks a PEP 639 `License-Expression` as `packaging.licenses.canonicalize_license_expression`
 * does: the SPDX grammar (`OR`, `AND`, `WITH`, parentheses, a `+` suffix, `LicenseRef-…`) and
 * that every identifier is on the SPDX license or exception list. `DocumentRef-` is refused, as
 * packaging refuses it. Returns why the expression is invalid, or `undefined` when it is valid.
 */
export function checkLicenseExpression(expression: string): string | undefined {
  const tokens = expression.replace(/([()])/g, ' $1 ').trim().split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) return 'the expression is empty';
  let at = 0;
  let problem: string | undefined;
  const peek = (): string => (tokens[at] ?? '').toLowerCase();
  const fail = (why: string): false => {
    problem ??= why;
    return false;
  };

  const parseOr = (): boolean => {
    if (!parseAnd()) return false;
    while (peek() === 'or') {
      at += 1;
      if (!parseAnd()) return false;
    }
    return true;
  };
  const parseAnd = (): boolean => {
    if (!parseFactor()) return false;
    while (peek() === 'and') {
      at += 1;
      if (!parseFactor()) return false;
    }
    return true;
  };
  const parseFactor = (): boolean => {
    const token = tokens[at];
    if (token === undefined) return fail('it ends where a license identifier should follow');
    if (token === '(') {
      at += 1;
      if (!parseOr()) return false;
      if (peek() !== ')') return fail("a '(' is not closed");
      at += 1;
      return true;
    }
    const lower = token.toLowerCase();
    if (lower === 'and' || lower === 'or' || lower === 'with' || token === ')') return fail(`'${token}' stands where a license identifier should`);
    const id = lower.endsWith('+') ? lower.slice(0, -1) : lower;
    if (!LICENSES.has(id) && !LICENSE_REF.test(lower)) return fail(`'${token}' is not an SPDX license identifier`);
    at += 1;
    if (peek() === 'with') {
      at += 1;
      const exception = tokens[at];
      if (exception === undefined || !EXCEPTIONS.has(exception.toLowerCase())) {
        return fail(`'${exception ?? ''}' after WITH is not an SPDX license exception`);
      }
      at += 1;
    }
    return true;
  };

  if (!parseOr()) return problem;
  return at === tokens.length ? undefined : `unexpected '${tokens[at] ?? ''}'`;
}
