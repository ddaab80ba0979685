import type { CheckResult } from '../check-result.js';
import { failure, pass } from '../check-result.js';
import type { RecordRow } from './wheel-record.js';
import { RECORD_HASH_ALGORITHMS, isRecordOrSignature, parseRecord } from './wheel-record.js';
import { appendAll } from '../../collections/append-all.js';

const MAX_LISTED = 5;

function listSome(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join('; ');
  return items.length > MAX_LISTED ? `${shown}; and ${items.length - MAX_LISTED} more` : shown;
}

const REBUILD = 'Rebuild the wheel with a PEP 517 build backend; never edit a built wheel in place (tools that do must rewrite RECORD, e.g. `wheel tags`, auditwheel, delocate).';

/**
 * Compares each member, as it streams, with its RECORD row: installers (pip, uv) refuse a
 * wheel whose file does not match its recorded hash or size, and uninstall only what RECORD
 * lists (binary distribution format spec, PEP 376/627). Keeps one row per path, never the data.
 */
export class RecordVerifier {
  private readonly rows = new Map<string, RecordRow>();
  private readonly problems: string[] = [];
  private readonly hashProblems: string[] = [];
  private readonly unlisted: string[] = [];
  private readonly recordPresent: boolean;

  constructor(
    private readonly distInfoDir: string,
    recordText: string | undefined,
    private readonly file: string,
  ) {
    this.recordPresent = recordText !== undefined;
    const parsed = parseRecord(recordText ?? '');
    appendAll(this.problems, parsed.problems);
    for (const row of parsed.rows) {
      if (this.rows.has(row.path)) this.problems.push(`line ${row.line} lists ${row.path} a second time`);
      else this.rows.set(row.path, row);
    }
  }

  /** The algorithm RECORD used for this member, or sha256 when it names none we compute. */
  algorithmFor(name: string): string {
    const algorithm = this.rows.get(name)?.hash?.algorithm;
    return algorithm !== undefined && RECORD_HASH_ALGORITHMS.has(algorithm) ? algorithm : 'sha256';
  }

  /** One member's inflated digest (computed with {@link algorithmFor}, urlsafe base64) and size. */
  addMember(name: string, digest: string | undefined, size: number): void {
    if (isRecordOrSignature(name, this.distInfoDir)) return;
    const row = this.rows.get(name);
    if (row === undefined) {
      this.unlisted.push(name);
      return;
    }
    if (row.hash === undefined) {
      this.hashProblems.push(`${name} has no hash (line ${row.line})`);
    } else if (!RECORD_HASH_ALGORITHMS.has(row.hash.algorithm)) {
      this.hashProblems.push(`${name} is hashed with ${row.hash.algorithm}, not sha256 or stronger (line ${row.line})`);
    } else if (digest === undefined || digest !== row.hash.digest.replace(/=+$/, '')) {
      this.hashProblems.push(`${name} does not match its ${row.hash.algorithm} hash (line ${row.line})`);
    }
    if (row.size === undefined) this.hashProblems.push(`${name} has no size (line ${row.line})`);
    else if (row.size !== size) this.hashProblems.push(`${name} is ${size} bytes, RECORD says ${row.size} (line ${row.line})`);
  }

  /** The RECORD checks, once every member has streamed. `memberNames` are all names in the zip. */
  checks(memberNames: readonly string[]): CheckResult[] {
    const record = `${this.distInfoDir}/RECORD`;
    if (!this.recordPresent) {
      return [failure('wheel-record-hashes', `${record} is missing, so no file's hash can be checked.`, REBUILD, this.file)];
    }
    const present = new Set(memberNames);
    const extra = [...this.rows.values()].filter((row) => !present.has(row.path)).map((row) => `${row.path} (line ${row.line})`);
    const bad = [...this.problems, ...this.hashProblems];
    return [
      bad.length > 0
        ? failure('wheel-record-hashes', `${record} does not match the wheel: ${listSome(bad)}.`, REBUILD, this.file)
        : pass('wheel-record-hashes', `Every file matches its hash and size in ${record}.`, this.file),
      this.unlisted.length > 0
        ? failure('wheel-record-complete', `${this.unlisted.length} file(s) are missing from ${record}: ${listSome(this.unlisted)}.`, REBUILD, this.file)
        : pass('wheel-record-complete', `${record} lists every file in the wheel.`, this.file),
      extra.length > 0
        ? failure('wheel-record-members-exist', `${record} lists ${extra.length} file(s) the wheel does not contain: ${listSome(extra)}.`, REBUILD, this.file)
        : pass('wheel-record-members-exist', `Every file ${record} lists is in the wheel.`, this.file),
    ];
  }
}
