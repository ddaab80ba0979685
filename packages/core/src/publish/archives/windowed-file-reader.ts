import { close, read } from 'node:fs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { freeBuffer, unpooledSize } from './free-buffer.js';

const MiB = 1024 * 1024;

function readInto(fd: number, buffer: Buffer, length: number, position: number): Promise<void> {
  return new Promise((resolve, reject) => {
    read(fd, buffer, 0, length, position, (error, bytesRead) => {
      if (error) reject(error);
      else if (bytesRead < length) reject(new Error(`unexpected end of file at offset ${position + bytesRead}`));
      else resolve();
    });
  });
}

/** Bytes lent out of a window: call `release()` once they are no longer read. */
export interface Lease {
  readonly bytes: Buffer;
  release(): void;
}

interface Window {
  index: number;
  readonly buffer: Buffer;
  leases: number;
  lastUsed: number;
  settled: boolean;
  loading: Promise<void>;
}

/**
 * yauzl's RandomAccessReader over a file descriptor, reading through a small pool of large,
 * reused windows with read-ahead. yauzl's own fd reader issues two small reads per central
 * directory record and per local header and builds a chain of streams for each: on a
 * 20,000-member wheel that overhead, not inflating, dominated. Windows are reused rather than
 * reallocated because garbage buffers are freed only when V8 next collects: a fresh buffer
 * per window let about 200 MB of dead windows pile up.
 */
export class WindowedFileReader extends yauzl.RandomAccessReader {
  private readonly pool: Window[] = [];
  private readonly byIndex = new Map<number, Window>();
  private clock = 0;
  private closed = false;

  constructor(
    private readonly fd: number,
    private readonly size: number,
    private readonly windowSize = MiB,
    private readonly poolSize = 4,
  ) {
    super();
  }

  /**
   * Bytes [start, end): a view into a window when the range fits in one (valid until
   * `release()`), else a fresh read.
   */
  async slice(start: number, end: number): Promise<Lease> {
    if (start < 0 || end > this.size || end < start) throw new Error(`range ${start}-${end} is outside the ${this.size}-byte file`);
    const index = Math.floor(start / this.windowSize);
    if (end > (index + 1) * this.windowSize) {
      // A range across windows gets a buffer of its own, freed on release (free-buffer.ts).
      const owned = unpooledSize(end - start);
      const whole = Buffer.allocUnsafe(owned);
      await readInto(this.fd, whole, end - start, start);
      return { bytes: whole.subarray(0, end - start), release: () => freeBuffer(whole, owned) };
    }
    // The lease is taken before waiting, so that the window cannot be recycled meanwhile.
    const window = this.acquire(index);
    let released = false;
    const release = (): void => {
      if (!released) window.leases -= 1;
      released = true;
    };
    try {
      await window.loading;
    } catch (error) {
      release();
      throw error;
    }
    this.prefetch(index + 1);
    const offset = start - index * this.windowSize;
    return { bytes: window.buffer.subarray(offset, offset + (end - start)), release };
  }

  private acquire(index: number): Window {
    const window = this.byIndex.get(index) ?? this.load(index, this.recycle(true));
    window.leases += 1;
    window.lastUsed = ++this.clock;
    return window;
  }

  /** Members are mostly read in file order: start reading the next window if one is free. */
  private prefetch(index: number): void {
    if (index * this.windowSize >= this.size || this.byIndex.has(index)) return;
    const free = this.recycle(false);
    if (free) this.load(index, free).loading.catch(() => undefined);
  }

  /** A window to load into: an unused slot of the pool, or (when `grow`) a new one. */
  private recycle(grow: boolean): Window | undefined {
    if (this.pool.length < this.poolSize) return this.newWindow();
    let oldest: Window | undefined;
    for (const window of this.pool) {
      if (window.leases === 0 && window.settled && (oldest === undefined || window.lastUsed < oldest.lastUsed)) oldest = window;
    }
    if (oldest) {
      if (this.byIndex.get(oldest.index) === oldest) this.byIndex.delete(oldest.index);
      return oldest;
    }
    // Every window is lent out: grow the pool (bounded by the number of readers in flight).
    return grow ? this.newWindow() : undefined;
  }

  private newWindow(): Window {
    const window: Window = { index: -1, buffer: Buffer.allocUnsafe(this.windowSize), leases: 0, lastUsed: 0, settled: true, loading: Promise.resolve() };
    this.pool.push(window);
    return window;
  }

  private load(index: number, window: Window = this.newWindow()): Window {
    const start = index * this.windowSize;
    window.index = index;
    window.settled = false;
    window.lastUsed = ++this.clock;
    window.loading = readInto(this.fd, window.buffer, Math.min(this.windowSize, this.size - start), start).finally(() => {
      window.settled = true;
    });
    window.loading.catch(() => {
      if (this.byIndex.get(index) === window) this.byIndex.delete(index);
    });
    this.byIndex.set(index, window);
    return window;
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    this.slice(position, position + length).then(
      (lease) => {
        lease.bytes.copy(buffer, offset);
        lease.release();
        callback(null);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  }

  /**
   * A stream of bytes [start, end) for large members. Not fs.createReadStream({ fd }): when
   * yauzl destroys a failed stream, an fs stream closes the descriptor even with
   * `autoClose: false`, under every other reader of this file.
   */
  override _readStreamForRange(start: number, end: number): Readable {
    const fd = this.fd;
    let position = start;
    return new Readable({
      highWaterMark: MiB,
      read(this: Readable, size: number) {
        const length = Math.min(Math.max(size, 64 * 1024), end - position);
        if (length <= 0) {
          this.push(null);
          return;
        }
        const buffer = Buffer.allocUnsafe(length);
        read(fd, buffer, 0, length, position, (error, bytesRead) => {
          if (error) this.destroy(error);
          else if (bytesRead === 0) this.destroy(new Error(`unexpected end of file at offset ${position}`));
          else {
            position += bytesRead;
            this.push(bytesRead < length ? buffer.subarray(0, bytesRead) : buffer);
          }
        });
      },
    });
  }

  /**
   * Closes the descriptor once. yauzl closes its reader when the last stream lets go of it,
   * and may do so a second time after a stream fails part-way; a second close(fd) would hit
   * EBADF, or worse, a descriptor number reused meanwhile.
   */
  override close(callback: (err: Error | null) => void): void {
    this.byIndex.clear();
    this.pool.length = 0;
    if (this.closed) {
      queueMicrotask(() => callback(null));
      return;
    }
    this.closed = true;
    close(this.fd, callback);
  }
}
