import { MAX_TEXT_BYTES } from './archive-limits.js';

/**
 * Collects the bytes of one small text member (METADATA, RECORD, ...) up to a cap, so that a
 * hostile 2 GiB "METADATA" costs at most {@link MAX_TEXT_BYTES} of memory.
 */
export class CappedText {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;
  /** True once more bytes arrived than the cap allows: the text is then cut. */
  truncated = false;

  constructor(private readonly cap: number = MAX_TEXT_BYTES) {}

  push(chunk: Buffer): void {
    const room = this.cap - this.bytes;
    if (room <= 0) {
      this.truncated ||= chunk.length > 0;
      return;
    }
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    this.truncated ||= kept.length < chunk.length;
    this.chunks.push(Buffer.from(kept));
    this.bytes += kept.length;
  }

  /** The text as UTF-8 (core metadata is UTF-8: PEP 566 / core metadata spec). */
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}
