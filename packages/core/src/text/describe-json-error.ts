/**
 * Where JSON.parse stopped, as a line and column, without quoting the file: V8's own message quotes the text around
 * the error ('Unexpected token …, "SECRET=abc"… is not valid JSON'), and the file may be anything a path led to.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) {
    const before = text.slice(0, Number(position));
    const line = before.split('\n').length;
    return ` (at line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
  }
  if (/Unexpected end of JSON input/.test(message)) return ' (it ends too early)';
  const first = text.trimStart().charAt(0);
  return first === '{' || first === '[' ? '' : ' (it does not start with { or [)';
}
