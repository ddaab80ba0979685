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
 * Module-level assignments to `name`: the name at column 0 starting a logical line, then an
 * optional annotation (`__version__: str = ...`, `__version__: Final = ...`) and `=`. Chained
 * targets as setuptools-scm writes them (`__version__ = version = '1.0'`) are followed to the value.
 */
function findAssignments(tokens: readonly PyToken[], name: string): Assignment[] {
  const found: Assignment[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const target = tokens[i];
    if (target?.kind !== 'name' || target.text !== name || !target.lineStart || target.column !== 0) continue;
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
 * Reads a Python module's `name = "1.2.3"`: `__version__` by PEP 396's convention, as `__init__.py`
 * and `_version.py` files write it, or the attribute setuptools' `attr: pkg.VERSION` names.
 * Assignments inside functions, `if`/`try` blocks (indented) and inside strings are ignored. A
 * computed value (`importlib.metadata.version("pkg")`) is `dynamic`.
 */
export function pythonAttributeUpdater(name: string): VersionFileUpdater {
  const readVersion = (content: string, path: string): VersionReadResult => {
    const assignments = findAssignments(tokenizePython(content, path), name);
    const [first, second] = assignments;
    if (first === undefined) {
      throw new FileError(path, `no version found: expected a module-level ${name} = "..." assignment`);
    }
    const firstLine = lineAt(content, first.target.start);
    if (second !== undefined) {
      const secondLine = lineAt(content, second.target.start);
      throw new FileError(
        path,
        `${name} is assigned more than once at module level (lines ${firstLine} and ${secondLine}); keep one`,
        secondLine,
      );
    }
    if (first.value.length === 0) throw new FileError(path, `${name} = has no value`, firstLine);
    const literal = plainStringLiteral(first.value);
    if (literal !== undefined) {
      return { kind: 'found', span: literalVersionSpan(content, path, literal), field: name };
    }
    return {
      kind: 'dynamic',
      detail: `${name} = ${describeExpression(content, first.value)} at line ${firstLine}: the version comes from code, not a literal`,
    };
  };
  return {
    format: name,
    readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
  };
}

/** Any `.py` module other than `setup.py`: its module-level `__version__` string. */
export const pythonVersionAttributeUpdater: VersionFileUpdater = pythonAttributeUpdater('__version__');
