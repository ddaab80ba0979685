import { parseCsvRows } from '../../text/csv-rows.js';

/**
 * RECORD, the wheel's manifest (PEP 376, as amended by PEP 627 and the binary distribution
 * format spec): one CSV row `path,hash,size` per installed file, hash written as
 * `algorithm=urlsafe-base64-without-padding(digest)`.
 */

/** One RECORD row. `hash` and `size` are undefined when the field is empty. */
export interface RecordRow {
  readonly path: string;
  readonly line: number;
  readonly hash?: { readonly algorithm: string; readonly digest: string };
  readonly size?: number;
}

export interface ParsedRecord {
  readonly rows: readonly RecordRow[];
  /** Lines that are not `path,hash,size`, with why. */
  readonly problems: readonly string[];
}

/**
 * Hash algorithms a RECORD may use. The spec allows any of hashlib.algorithms_guaranteed
 * except md5 and sha1; these are the ones node:crypto computes and tools write.
 */
export const RECORD_HASH_ALGORITHMS: ReadonlySet<string> = new Set(['sha256', 'sha384', 'sha512']);

/**
 * RECORD's rows: lines without a quote (nearly all) split on commas directly; the text is
 * handed to the CSV parser only when some path is quoted. (Building every field a character
 * at a time cost 20,000-member wheels tens of megabytes of short-lived strings.)
 */
function recordRows(text: string): { fields: string[]; line: number }[] {
  if (text.includes('"')) return parseCsvRows(text);
  const rows: { fields: string[]; line: number }[] = [];
  const lines = text.split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line !== '') rows.push({ fields: line.split(','), line: i + 1 });
  }
  return rows;
}

/** Parses RECORD text into rows, collecting malformed lines instead of throwing. */
export function parseRecord(text: string): ParsedRecord {
  const rows: RecordRow[] = [];
  const problems: string[] = [];
  for (const { fields, line } of recordRows(text)) {
    if (fields.length !== 3) {
      problems.push(`line ${line} has ${fields.length} fields, not path,hash,size`);
      continue;
    }
    const [path = '', hashField = '', sizeField = ''] = fields;
    if (path === '') {
      problems.push(`line ${line} has an empty path`);
      continue;
    }
    let hash: RecordRow['hash'];
    if (hashField !== '') {
      const eq = hashField.indexOf('=');
      if (eq <= 0) {
        problems.push(`line ${line} (${path}) has the hash '${hashField}', not algorithm=digest`);
        continue;
      }
      hash = { algorithm: hashField.slice(0, eq).toLowerCase(), digest: hashField.slice(eq + 1) };
    }
    let size: number | undefined;
    if (sizeField !== '') {
      if (!/^\d+$/.test(sizeField)) {
        problems.push(`line ${line} (${path}) has the size '${sizeField}', not a number of bytes`);
        continue;
      }
      size = Number(sizeField);
    }
    rows.push({ path, line, ...(hash ? { hash } : {}), ...(size === undefined ? {} : { size }) });
  }
  return { rows, problems };
}

/**
 * True for the files RECORD may leave out or list without a hash: RECORD itself, and its
 * signatures `RECORD.jws` / `RECORD.p7s` (PEP 427 "Signed wheel files"), which cannot
 * contain their own hashes.
 */
export function isRecordOrSignature(path: string, distInfoDir: string): boolean {
  return path === `${distInfoDir}/RECORD` || path === `${distInfoDir}/RECORD.jws` || path === `${distInfoDir}/RECORD.p7s`;
}
