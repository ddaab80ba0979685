import { FileError } from '../errors.js';
import { describeExpression, literalVersionSpan, plainStringLiteral, tokenizePython } from './python-tokens.js';
import type { PyToken } from './python-tokens.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { lineAt, replaceVersion } from './version-span.js';

interface Assignment {
  readonly target: PyToken;
  readonly value: readonly PyToken[];
}

/**
 * Module-level `__version__` assignments: the name at column 0 starting a logical line, then an
 * optional annotation (`__version__: str = ...`, `__version__: Final = ...`) and `=`. Chained
 * targets as setuptools-scm writes them (`__version__ = version = '1.0'`) are followed to the value.
 */
function findAssignments(tokens: readonly PyToken[]): Assignment[] {
  const found: Assignment[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const target = tokens[i];
    if (target?.kind !== 'name' || target.text !== '__version__' || !target.lineStart || target.column !== 0) continue;
    let k = i + 1;
    const statementGoesOn = (t: PyToken | undefined): t is PyToken =>
      t !== undefined && !t.lineStart && !(t.depth === 0 && t.text === ';');
    if (tokens[k]?.text === ':') {
      while (statementGoesOn(tokens[k]) && !(tokens[k]?.depth === 0 && tokens[k]?.text === '=')) k++;
    }
    if (tokens[k]?.text !== '=' || tokens[k]?.kind !== 'op') continue;
    k++;
    while (tokens[k]?.kind === 'name' && tokens[k + 1]?.text === '=' && statementGoesOn(tokens[k + 1])) k += 2;
    const value: PyToken[] = [];
    while (statementGoesOn(tokens[k])) value.push(tokens[k++] as PyToken);
    found.push({ target, value });
  }
  return found;
}

/**
 * Reads a Python module's `__version__ = "1.2.3"` (PEP 396's convention, as `__init__.py` and
 * `_version.py` files write it). Assignments inside functions, `if`/`try` blocks (indented) and
 * inside strings are ignored. A computed value (`importlib.metadata.version("pkg")`) is `dynamic`.
 */
function readVersion(content: string, path: string): VersionReadResult {
  const assignments = findAssignments(tokenizePython(content, path));
  const [first, second] = assignments;
  if (first === undefined) {
    throw new FileError(path, 'no version found: expected a module-level __version__ = "..." assignment');
  }
  const firstLine = lineAt(content, first.target.start);
  if (second !== undefined) {
    const secondLine = lineAt(content, second.target.start);
    throw new FileError(
      path,
      `__version__ is assigned more than once at module level (lines ${firstLine} and ${secondLine}); keep one`,
      secondLine,
    );
  }
  if (first.value.length === 0) throw new FileError(path, '__version__ = has no value', firstLine);
  const literal = plainStringLiteral(first.value);
  if (literal !== undefined) {
    return { kind: 'found', span: literalVersionSpan(content, path, literal), field: '__version__' };
  }
  return {
    kind: 'dynamic',
    detail: `__version__ = ${describeExpression(content, first.value)} at line ${firstLine}: the version comes from code, not a literal`,
  };
}

/** Any `.py` module other than `setup.py`: its module-level `__version__` string. */
export const pythonVersionAttributeUpdater: VersionFileUpdater = {
  format: '__version__',
  readVersion,
  updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
};
