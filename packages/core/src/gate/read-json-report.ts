import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { JSONParser, TokenizerError, TokenParserError } from '@streamparser/json';
import { describeJsonError } from '../text/describe-json-error.js';
import { FileError } from '../errors.js';
import { decodeUtf8Text } from '../inputs/read-text.js';
import type { ReportKind } from './report-kind.js';
import { detectKindFromHead, detectReportKind, SNIFF_BYTES, wrongKindError } from './report-kind.js';

/**
 * JSON reports read whole (JSON.parse: bandit, pip-audit, SARIF, ruff, pyright) are refused past
 * this size with a clear error rather than read; coverage.py's JSON, which can be big (its
 * `--show-contexts` lists every test per line), is streamed instead ({@link streamJsonReport}).
 */
export const JSON_REPORT_LIMIT = 256 * 1024 * 1024;

/** Reads and parses a JSON report after checking its kind; its text must be UTF-8; parse errors name the line and column, never the text. */
export async function readJsonReport(path: string, kind: ReportKind, expected: string, input: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FileError(path, 'is a directory, not a report');
    if (info.size > JSON_REPORT_LIMIT) throw new FileError(path, `is ${Math.round(info.size / 1048576)} MiB; JSON reports over ${JSON_REPORT_LIMIT / 1048576} MiB are not read`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileError(path, 'does not exist', undefined, { cause: error });
    throw error;
  }
  const text = decodeUtf8Text(bytes, path);
  const actual = detectKindFromHead(text.slice(0, SNIFF_BYTES));
  if (actual !== kind) throw wrongKindError(path, actual, expected, input);
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    // Not V8's message: it quotes the text around the error, and a report may hold anything.
    throw new FileError(path, `is not valid JSON${describeJsonError(json, error) || locateSyntaxError(json)}`, undefined, { cause: error });
  }
}

/**
 * Where a text JSON.parse refused goes wrong, when V8 does not say (`Unexpected token 'g', "…" is
 * not valid JSON` has no position): the text parsed again by @streamparser/json, which names the
 * offset of the character or token it refuses. ` (at line 3, column 7)`, or nothing.
 */
function locateSyntaxError(json: string): string {
  const bytes = Buffer.from(json, 'utf8');
  const parser = new JSONParser({ paths: ['$.\u0000'], keepStack: false });
  let tokenOffset: number | undefined;
  parser.onToken = ({ offset }) => {
    tokenOffset = offset;
  };
  parser.onValue = () => undefined;
  let offset: number | undefined;
  try {
    parser.write(bytes);
    if (!parser.isEnded) parser.end();
    return '';
  } catch (error) {
    const position = /absolute position "(\d+)"/.exec((error as Error).message)?.[1];
    offset = position !== undefined ? Number(position) : error instanceof TokenParserError ? tokenOffset : undefined;
  }
  if (offset === undefined) return '';
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line++;
  return ` (at line ${line}, column ${bytes.subarray(lineStart, offset).toString('utf8').length + 1})`;
}

/** One value a streamed JSON report holds at a selected path, with its key there (`"src/a.py"` under `$.files.*`). */
export interface StreamedJsonValue {
  readonly value: unknown;
  readonly key: string | number | undefined;
  /** The key of the container it is in (`"files"`; undefined for the root). */
  readonly parentKey: string | number | undefined;
  /** True when that container is an array. */
  readonly inArray: boolean;
}

/**
 * Streams a JSON report after checking its kind: `onValue` gets each value at `paths` (JSONPath
 * as @streamparser/json selects them: `$.meta`, `$.files.*`) as soon as it is complete, and the
 * rest is never kept, so memory grows with the largest selected value, not with the file. The
 * text must be UTF-8 (a byte order mark is dropped); a syntax error, a truncated file or data after
 * the document names the file and the line.
 */
export async function streamJsonReport(path: string, kind: ReportKind, expected: string, input: string, paths: readonly string[], onValue: (value: StreamedJsonValue) => void): Promise<void> {
  const actual = await detectReportKind(path);
  if (actual !== kind) throw wrongKindError(path, actual, expected, input);
  const parser = new JSONParser({ paths: [...paths], keepStack: false });
  parser.onValue = ({ value, key, parent, stack }) => onValue({ value, key, parentKey: stack.at(-1)?.key, inArray: Array.isArray(parent) });
  // Where the last token started: a token the parser refuses is named by its line.
  let tokenOffset: number | undefined;
  parser.onToken = ({ offset }) => {
    tokenOffset = offset;
  };
  let hadBom = false;
  // One buffer, read into again and again: the parser copies what it keeps (it decodes strings as
  // they come), and a fresh buffer per chunk would pile up outside the heap until a GC.
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(256 * 1024);
    for (let first = true; ; first = false) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hadBom ||= first && bytesRead >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
      parser.write(buffer.subarray(first && hadBom ? 3 : 0, bytesRead));
    }
    // The parser ends itself when the document closes; a file that stops before that did not.
    if (!parser.isEnded) endTruncated(parser, path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      throw new FileError(path, 'is not UTF-8 text (save it as UTF-8)', undefined, { cause: error });
    }
    if (!(error instanceof TokenizerError || error instanceof TokenParserError)) throw error;
    const position = /absolute position "(\d+)"/.exec(error.message)?.[1];
    const offset = position !== undefined ? Number(position) : error instanceof TokenParserError && !parser.isEnded ? tokenOffset : undefined;
    throw new FileError(path, `is not valid JSON: ${withoutTokenValue(error.message)}`, offset === undefined ? undefined : await lineAt(path, offset + (hadBom ? 3 : 0)), { cause: error });
  } finally {
    await handle.close();
  }
}

/**
 * @streamparser/json's message without the token's value: `Unexpected STRING ("ghp_…") in state COLON`
 * quotes the report, which may hold anything; the token's kind and the line are enough.
 */
function withoutTokenValue(message: string): string {
  return message.replace(/^(Unexpected [A-Z_]+) \(.*\)( in state \w+)$/s, '$1$2');
}

/** Ends a parser whose file stopped before its document did: only the parser's own complaint can come of it. */
function endTruncated(parser: JSONParser, path: string): void {
  try {
    parser.end();
  } catch (error) {
    // TokenizerError ("ended in the middle of a token") or the token parser's plain Error ("ended in mid-parsing").
    throw new FileError(path, `is not valid JSON: it ends before the document does (a truncated file?): ${(error as Error).message}`, undefined, { cause: error });
  }
}

/** The 1-based line of a byte offset, by counting line breaks before it (the file is read again, in chunks). */
async function lineAt(path: string, offset: number): Promise<number> {
  let line = 1;
  if (offset === 0) return line;
  for await (const chunk of createReadStream(path, { end: offset - 1 }) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) line++;
  }
  return line;
}
