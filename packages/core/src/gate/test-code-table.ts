import { randomInt } from 'node:crypto';

/**
 * Test ids → outcome codes (0–255), in the order the ids were first set: what a JUnit report
 * holds by the hundred thousand, with a Map's reading interface. Setting 200,000 fresh ids of
 * ~100 characters in a V8 Map took ~0.18 s here, against ~0.07 s to keep the same ids in an array
 * (Node 24, bench/quality-gate.bench.mjs's report), ~0.06 s of it the Map hashing each new
 * string. Here the ids are an
 * array, their codes and hashes typed arrays, and an open-addressing table of indices (linear
 * probing, at most half full) finds them: reading that report takes ~15% less. Codes are never
 * removed.
 */
export class TestCodeTable implements ReadonlyMap<string, number> {
  #ids: string[] = [];
  #codes: Uint8Array;
  #hashes: Int32Array;
  /** Per slot: the index of an id plus one, 0 when empty; at most half full. */
  #slots: Int32Array;

  /** `expected`: about how many ids it will hold (room for them is made at once, not by growing). */
  constructor(expected = 0) {
    let capacity = INITIAL_CAPACITY;
    while (capacity < expected && capacity < MAX_INITIAL_CAPACITY) capacity *= 2;
    this.#codes = new Uint8Array(capacity);
    this.#hashes = new Int32Array(capacity);
    this.#slots = new Int32Array(capacity * 2);
  }

  /** A table of the given entries, in their order (a later duplicate id sets the code again). */
  static from(entries: Iterable<readonly [string, number]>): TestCodeTable {
    const table = new TestCodeTable();
    for (const [id, code] of entries) table.set(id, code);
    return table;
  }

  get size(): number {
    return this.#ids.length;
  }

  get(id: string): number | undefined {
    const index = this.#find(id, hashOf(id));
    return index < 0 ? undefined : this.#codes[index];
  }

  has(id: string): boolean {
    return this.#find(id, hashOf(id)) >= 0;
  }

  /** The string this table keeps for `id` (the one first set), or undefined when it has none. */
  idOf(id: string): string | undefined {
    const index = this.#find(id, hashOf(id));
    return index < 0 ? undefined : this.#ids[index];
  }

  /** Sets the code of `id` (an integer 0–255), adding it at the end when it is new. */
  set(id: string, code: number): this {
    const hash = hashOf(id);
    const index = this.#find(id, hash);
    if (index >= 0) this.#codes[index] = code;
    else this.#add(id, code, hash, ~index);
    return this;
  }

  /** Adds `id` with `code` unless it is there: then returns its code, unchanged (one lookup for both). */
  addIfAbsent(id: string, code: number): number | undefined {
    const hash = hashOf(id);
    const index = this.#find(id, hash);
    if (index >= 0) return this.#codes[index];
    this.#add(id, code, hash, ~index);
    return undefined;
  }

  /**
   * Merges `other` in, in its order: an id new here is added with its code, and a known one whose
   * code differs gets `merge(code here, its code)`. From another TestCodeTable, its ids' hashes are
   * reused (a matrix leg's ids are not hashed again).
   */
  mergeFrom(other: ReadonlyMap<string, number>, merge: (mine: number, theirs: number) => number): void {
    if (!(other instanceof TestCodeTable)) {
      for (const [id, code] of other) {
        const mine = this.get(id);
        if (mine === undefined || mine !== code) this.set(id, mine === undefined ? code : merge(mine, code));
      }
      return;
    }
    const ids = other.#ids;
    for (let index = 0; index < ids.length; index++) {
      const id = ids[index] as string;
      const code = other.#codes[index] as number;
      const hash = other.#hashes[index] as number;
      const found = this.#find(id, hash);
      if (found < 0) this.#add(id, code, hash, ~found);
      else if (this.#codes[found] !== code) this.#codes[found] = merge(this.#codes[found] as number, code);
    }
  }

  forEach(callback: (code: number, id: string, table: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    const ids = this.#ids;
    for (let index = 0; index < ids.length; index++) callback.call(thisArg, this.#codes[index] as number, ids[index] as string, this);
  }

  *entries(): MapIterator<[string, number]> {
    const ids = this.#ids;
    for (let index = 0; index < ids.length; index++) yield [ids[index] as string, this.#codes[index] as number];
  }

  keys(): MapIterator<string> {
    return this.#ids.values();
  }

  values(): MapIterator<number> {
    return this.#codes.subarray(0, this.#ids.length).values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'TestCodeTable';
  }

  /** The index of `id`, or the bitwise complement of the empty slot where it would go. */
  #find(id: string, hash: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === 0) return ~slot;
      if (this.#hashes[entry - 1] === hash && this.#ids[entry - 1] === id) return entry - 1;
    }
  }

  #add(id: string, code: number, hash: number, slot: number): void {
    const index = this.#ids.length;
    if (index === this.#codes.length) {
      const codes = new Uint8Array(index * 2);
      codes.set(this.#codes);
      this.#codes = codes;
      const hashes = new Int32Array(index * 2);
      hashes.set(this.#hashes);
      this.#hashes = hashes;
    }
    this.#ids.push(id);
    this.#codes[index] = code;
    this.#hashes[index] = hash;
    this.#slots[slot] = index + 1;
    if ((index + 1) * 2 > this.#slots.length) this.#grow();
  }

  /** Doubles the slots and places every id again (its hash is kept: no id is read). */
  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    const hashes = this.#hashes;
    for (let index = 0; index < this.#ids.length; index++) {
      let slot = spread(hashes[index] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.#slots = slots;
  }
}

const INITIAL_CAPACITY = 1024;
// Room made at once is at most 3.3 MB (codes, hashes, slots): a big report of few tests (a
// captured log) costs no more than that, and a bigger table grows as ids come.
const MAX_INITIAL_CAPACITY = 1 << 18;

// The id hashed last, and its hash: an id is often looked up in two tables in a row (a matrix
// leg's id in the ids of the legs before, then in its own report), or got and then set.
// The offset basis is FNV's xor a random number drawn once a process: ids written to collide
// (a report is a pull request's to shape) would turn linear probing quadratic; ids that collide
// under FNV's published basis miss under another. V8 seeds its own string hashes for the same
// reason. (A mitigation, not a keyed hash: FNV is no SipHash.)
const BASIS = (0x811c9dc5 ^ randomInt(0x7fffffff)) | 0;
let lastId = '';
let lastHash = BASIS;

/** FNV-1a over the UTF-16 code units (an id's characters are nearly always ASCII), from a random basis. */
function hashOf(id: string): number {
  if (id === lastId) return lastHash;
  let hash = BASIS;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  lastId = id;
  lastHash = hash;
  return hash;
}

/** murmur3's finalizer: FNV's low bits, which pick the slot, depend on every bit of the hash. */
function spread(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
