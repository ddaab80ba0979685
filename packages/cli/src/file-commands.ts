import { FileError } from '@ops-actions/core';

/**
 * Parses a GITHUB_OUTPUT, GITHUB_STATE or GITHUB_ENV file the way the runner's
 * `SetOutputFileCommand` does: `name=value` lines, and the heredoc form
 * `name<<DELIM` … `DELIM` that `@actions/core` writes for every value. Whichever of `=`
 * and `<<` comes first on a line decides the form. CRLF line endings are accepted; blank
 * lines between entries are skipped. A later entry for the same name wins.
 */
export function parseKeyValueFileCommand(content: string, path: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (name === '') throw new FileError(path, 'an entry has no name before =', index + 1);
      result[name] = line.slice(equals + 1);
      continue;
    }
    if (heredoc < 0) throw new FileError(path, `'${line}' is neither name=value nor name<<DELIMITER`, index + 1);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    if (name === '') throw new FileError(path, 'an entry has no name before <<', index + 1);
    if (delimiter === '') throw new FileError(path, `'${name}' has no delimiter after <<`, index + 1);
    const start = index + 1;
    const end = lines.indexOf(delimiter, start);
    if (end < 0) throw new FileError(path, `no line '${delimiter}' closes the value of '${name}'`, index + 1);
    result[name] = lines.slice(start, end).join('\n');
    index = end;
  }
  return result;
}

/** Parses a GITHUB_PATH file: one directory per line, blank lines skipped, in the order written. */
export function parsePathFileCommand(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
