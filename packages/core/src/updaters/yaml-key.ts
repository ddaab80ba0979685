import { isScalar, parseDocument } from 'yaml';
import { FileError } from '../errors.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { lineAt, replaceVersion, spanAt } from './version-span.js';

/**
 * The scalar at one key path of a YAML file (commitizen's `.cz.yaml`: `commitizen: version: 1.2.3`),
 * located with the `yaml` library's source ranges, so only its bytes change. Plain and quoted
 * one-line scalars only; block scalars and escapes are refused.
 */
export function yamlKeyUpdater(keyPath: readonly string[]): VersionFileUpdater {
  const field = keyPath.join('.');
  const readVersion = (content: string, path: string): VersionReadResult => {
    const doc = parseDocument(content, { keepSourceTokens: false });
    const [error] = doc.errors;
    if (error !== undefined) throw new FileError(path, `not valid YAML: ${error.message.split('\n')[0] ?? ''}`, error.linePos?.[0].line);
    const node: unknown = doc.getIn(keyPath, true);
    if (node === undefined) throw new FileError(path, `no version found: ${field} is not set`);
    if (!isScalar(node) || node.range === undefined || node.range === null) throw new FileError(path, `${field} must be a plain value`);
    const [start, end] = node.range;
    const line = lineAt(content, start);
    let span;
    if (node.type === 'PLAIN') span = spanAt(content, start, end);
    else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') span = spanAt(content, start + 1, end - 1);
    else throw new FileError(path, `${field} must be a one-line value to be updated in place`, line);
    if (node.type !== 'PLAIN' && span.value !== node.value) throw new FileError(path, `${field} is written with escape sequences; write it plainly`, line);
    if (span.value === '' || /\s/.test(span.value)) throw new FileError(path, `${field} is empty or not one word`, line);
    return { kind: 'found', span, field };
  };
  return {
    format: `YAML ${field}`,
    readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
  };
}
