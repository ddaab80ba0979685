import { FileError } from '../errors.js';
import { describeExpression, literalVersionSpan, plainStringLiteral, tokenizePython } from './python-tokens.js';
import type { PyToken } from './python-tokens.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { lineAt, replaceVersion } from './version-span.js';

function isSetupCall(tokens: readonly PyToken[], i: number): boolean {
  const name = tokens[i];
  const paren = tokens[i + 1];
  const before = tokens[i - 1];
  return (
    name?.kind === 'name' &&
    name.text === 'setup' &&
    paren?.kind === 'op' &&
    paren.text === '(' &&
    !(before?.kind === 'name' && before.text === 'def')
  );
}

/**
 * Reads `setup.py`: the `version=` keyword argument of the first `setup(...)` / `setuptools.setup(...)`
 * call that has one. A plain string literal (either quote style, any line of a multi-line call) is
 * `found`; anything else (`version=__version__`, `version=get_version()`, an f-string) is `dynamic`,
 * because the version then comes from code this updater does not run. Keywords inside nested calls
 * (`extras=dict(version=...)`) and names that merely contain "version" (`python_requires`) are ignored.
 */
function readVersion(content: string, path: string): VersionReadResult {
  const tokens = tokenizePython(content, path);
  let firstSetup: PyToken | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!isSetupCall(tokens, i)) continue;
    const open = tokens[i + 1];
    if (open === undefined) break;
    firstSetup ??= open;
    const inner = open.depth + 1;
    for (let j = i + 2; j < tokens.length; j++) {
      const arg = tokens[j];
      if (arg === undefined || arg.depth < inner) break;
      const before = tokens[j - 1];
      const isKeyword =
        arg.depth === inner &&
        arg.kind === 'name' &&
        arg.text === 'version' &&
        (before === open || (before?.text === ',' && before.depth === inner)) &&
        tokens[j + 1]?.text === '=';
      if (!isKeyword) continue;
      const value: PyToken[] = [];
      for (let k = j + 2; k < tokens.length; k++) {
        const t = tokens[k];
        if (t === undefined || t.depth < inner || (t.depth === inner && t.text === ',')) break;
        value.push(t);
      }
      if (value.length === 0) throw new FileError(path, 'setup(version=) has no value', lineAt(content, arg.start));
      const literal = plainStringLiteral(value);
      if (literal !== undefined) {
        return { kind: 'found', span: literalVersionSpan(content, path, literal), field: 'setup(version=...)' };
      }
      return {
        kind: 'dynamic',
        detail:
          `setup(version=${describeExpression(content, value)}) at line ${lineAt(content, arg.start)}: ` +
          'the version comes from code, not a literal',
      };
    }
  }
  if (firstSetup === undefined) throw new FileError(path, 'no version found: no setup(...) call');
  throw new FileError(path, 'no version found: setup(...) has no version= argument', lineAt(content, firstSetup.start));
}

/** `setup.py`: the `version="..."` argument of `setup(...)`. */
export const setupPyUpdater: VersionFileUpdater = {
  format: 'setup.py',
  readVersion,
  updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
};
