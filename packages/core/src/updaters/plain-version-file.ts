import { FileError } from '../errors.js';
import type { VersionFileUpdater, VersionReadResult } from './types.js';
import { replaceVersion, spanAt } from './version-span.js';

/**
 * Reads a `VERSION` / `VERSION.txt` file: the whole content, less surrounding whitespace (and a
 * leading BOM), is the version. What surrounds it (a trailing newline, CRLF) is kept as is.
 */
function readVersion(content: string, path: string): VersionReadResult {
  const start = content.length - content.replace(/^\uFEFF?\s*/, '').length;
  const end = content.replace(/\s*$/, '').length;
  if (end <= start) throw new FileError(path, 'no version found: the file is empty');
  const span = spanAt(content, start, end);
  const gap = /\s+/.exec(span.value);
  if (gap !== null) {
    const extra = start + gap.index + gap[0].length;
    const line = spanAt(content, extra, extra).line;
    throw new FileError(path, `expected only a version, found more text: ${JSON.stringify(span.value)}`, line);
  }
  return { kind: 'found', span, field: 'the whole file' };
}

/** `VERSION` / `VERSION.txt`: a file holding only the version. */
export const plainVersionFileUpdater: VersionFileUpdater = {
  format: 'VERSION',
  readVersion,
  updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
};
