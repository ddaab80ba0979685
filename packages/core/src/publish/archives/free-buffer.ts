/**
 * Freeing a buffer's memory at once, where the runtime allows it.
 *
 * A Buffer's bytes live outside V8's heap and are freed only when a collection finds the small
 * object holding them dead. Inspecting a wheel inflates every member once and drops it as soon
 * as it is hashed: on a 20,000-member wheel (300 MB inflated), Node 24 let 50 to 110 MB of such
 * dead bytes pile up between collections, and the action's peak RSS went past 200 MB.
 * Detaching the ArrayBuffer (`ArrayBuffer.prototype.transfer(0)`, ES2024) releases its backing
 * store immediately, and the allocator hands the same memory to the next member.
 */

/** The project's lib is ES2023: `transfer` is typed here. Node 20 (V8 11.3) does not have it. */
type Transferable = ArrayBuffer & { transfer?: (newLength: number) => ArrayBuffer };

/** True when this runtime can free a buffer before the GC does (Node 22 and later). */
export const CAN_FREE_BUFFERS = typeof (ArrayBuffer.prototype as Transferable).transfer === 'function';

/** Larger shared pools than this are not worth avoiding: see {@link unpooledSize}. */
const MAX_AVOIDED_POOL = 256 * 1024;

/**
 * The smallest size at least `size` that `Buffer.allocUnsafe` gives its own ArrayBuffer, when
 * buffers can be freed: it serves sizes under half of `Buffer.poolSize` (8 KiB on Node 20,
 * 64 KiB on Node 24) from a shared slab, which lives as long as any slice of it and cannot
 * be freed alone. Otherwise `size` itself.
 */
export function unpooledSize(size: number): number {
  const unpooled = Buffer.poolSize >>> 1;
  return CAN_FREE_BUFFERS && size < unpooled && Buffer.poolSize <= MAX_AVOIDED_POOL ? unpooled : size;
}

/**
 * Frees `buffer`'s memory now if it is the whole of an ArrayBuffer of `ownedByteLength` bytes
 * that the caller allocated (so not a slice of the shared pool) and nothing else refers to it;
 * does nothing on a runtime that cannot. `buffer` must not be read afterwards.
 */
export function freeBuffer(buffer: Buffer, ownedByteLength: number): void {
  const whole = buffer.buffer as Transferable;
  if (CAN_FREE_BUFFERS && whole instanceof ArrayBuffer && buffer.byteOffset === 0 && whole.byteLength === ownedByteLength) {
    whole.transfer?.(0);
  }
}
