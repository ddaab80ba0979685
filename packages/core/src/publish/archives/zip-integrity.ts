import type { CheckResult } from '../check-result.js';
import { failure, pass } from '../check-result.js';
import type { ZipEntry } from './read-zip-members.js';

const MAX_LISTED = 5;

function listSome(names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(', ');
  return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}

/**
 * Tallies the zip-level findings while members stream: CRC-32 mismatches, local headers that
 * disagree with the central directory, and members that share data. The last two are parser
 * confusion: a reader that walks local headers (a streaming unzipper) sees other files than
 * one that reads the central directory (pip, PyPI), so what was reviewed is not what installs.
 */
export class IntegrityTally {
  private readonly badCrc: string[] = [];
  private readonly headerMismatch: string[] = [];
  private readonly sharedData: string[] = [];

  /** Records central directory entries whose local header offsets coincide (overlapping members). */
  addStructure(entries: readonly ZipEntry[]): void {
    const byOffset = new Map<number, string>();
    for (const { name, localHeaderOffset } of entries) {
      const other = byOffset.get(localHeaderOffset);
      if (other !== undefined) this.sharedData.push(`${name} (same data as ${other})`);
      else byOffset.set(localHeaderOffset, name);
    }
  }

  addMember(name: string, crcMatches: boolean, localHeaderAgrees: boolean): void {
    if (!crcMatches) this.badCrc.push(name);
    if (!localHeaderAgrees) this.headerMismatch.push(name);
  }

  checks(file: string): CheckResult[] {
    const rebuild = 'Do not upload this file: rebuild it from a clean checkout with a PEP 517 build backend.';
    return [
      this.badCrc.length > 0
        ? failure('wheel-zip-readable', `${this.badCrc.length} member(s) inflate to data whose CRC-32 does not match the zip's: ${listSome(this.badCrc)}.`, rebuild, file)
        : pass('wheel-zip-readable', 'Every member inflates, with the size and CRC-32 the zip declares.', file),
      this.headerMismatch.length + this.sharedData.length > 0
        ? failure(
            'wheel-zip-headers-agree',
            `The local file headers disagree with the central directory (names or compression differ, or members share data): ${listSome([...this.headerMismatch, ...this.sharedData])}.`,
            `${rebuild} Zip tools that read local headers would see different files than pip and PyPI.`,
            file,
          )
        : pass('wheel-zip-headers-agree', 'Local file headers agree with the central directory.', file),
    ];
  }
}
