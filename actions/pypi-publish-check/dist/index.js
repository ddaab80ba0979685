import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3637:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 2242:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3037:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 1729:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3037)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 218:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 5275:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(7308)
const { safeRe: re, t } = __nccwpck_require__(3191)
const cmp = __nccwpck_require__(8446)
const debug = __nccwpck_require__(5519)
const SemVer = __nccwpck_require__(1603)
const Range = __nccwpck_require__(9046)


/***/ }),

/***/ 9046:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1663)
const cache = new LRU()

const parseOptions = __nccwpck_require__(7308)
const Comparator = __nccwpck_require__(5275)
const debug = __nccwpck_require__(5519)
const SemVer = __nccwpck_require__(1603)
const trimComparatorWhitespace = __nccwpck_require__(1777)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(3191)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5733)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 1603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(5519)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5733)
const { safeRe: re, t } = __nccwpck_require__(3191)

const parseOptions = __nccwpck_require__(7308)
const { compareIdentifiers } = __nccwpck_require__(9916)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 9455:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1817)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8446:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(3714)
const neq = __nccwpck_require__(6518)
const gt = __nccwpck_require__(5743)
const gte = __nccwpck_require__(972)
const lt = __nccwpck_require__(3896)
const lte = __nccwpck_require__(7221)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 9889:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const parse = __nccwpck_require__(1817)
const { safeRe: re, t } = __nccwpck_require__(3191)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 9256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 2498:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6061)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 6061:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 7535:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1817)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 3714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6061)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 5743:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6061)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 972:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6061)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 4858:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3896:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6061)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 7221:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6061)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 4567:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 8467:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 6518:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6061)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 1817:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 3276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 4282:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1817)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 6149:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6061)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 4624:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(9256)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 883:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(9046)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 4888:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(9256)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 8314:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1817)
const constants = __nccwpck_require__(5733)
const SemVer = __nccwpck_require__(1603)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 1988:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1817)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2320:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(3191)
const constants = __nccwpck_require__(5733)
const SemVer = __nccwpck_require__(1603)
const identifiers = __nccwpck_require__(9916)
const parse = __nccwpck_require__(1817)
const valid = __nccwpck_require__(1988)
const clean = __nccwpck_require__(9455)
const inc = __nccwpck_require__(4858)
const diff = __nccwpck_require__(7535)
const major = __nccwpck_require__(4567)
const minor = __nccwpck_require__(8467)
const patch = __nccwpck_require__(3276)
const prerelease = __nccwpck_require__(4282)
const compare = __nccwpck_require__(6061)
const rcompare = __nccwpck_require__(6149)
const compareLoose = __nccwpck_require__(2498)
const compareBuild = __nccwpck_require__(9256)
const sort = __nccwpck_require__(4888)
const rsort = __nccwpck_require__(4624)
const gt = __nccwpck_require__(5743)
const lt = __nccwpck_require__(3896)
const eq = __nccwpck_require__(3714)
const neq = __nccwpck_require__(6518)
const gte = __nccwpck_require__(972)
const lte = __nccwpck_require__(7221)
const cmp = __nccwpck_require__(8446)
const coerce = __nccwpck_require__(9889)
const truncate = __nccwpck_require__(8314)
const Comparator = __nccwpck_require__(5275)
const Range = __nccwpck_require__(9046)
const satisfies = __nccwpck_require__(883)
const toComparators = __nccwpck_require__(9830)
const maxSatisfying = __nccwpck_require__(5377)
const minSatisfying = __nccwpck_require__(2235)
const minVersion = __nccwpck_require__(2210)
const validRange = __nccwpck_require__(7705)
const outside = __nccwpck_require__(5472)
const gtr = __nccwpck_require__(940)
const ltr = __nccwpck_require__(9605)
const intersects = __nccwpck_require__(6465)
const simplifyRange = __nccwpck_require__(7076)
const subset = __nccwpck_require__(6585)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5733:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 5519:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 9916:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1663:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 7308:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 3191:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5733)
const debug = __nccwpck_require__(5519)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 1777:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5733)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 940:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(5472)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 6465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(9046)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 9605:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(5472)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 5377:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const Range = __nccwpck_require__(9046)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 2235:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const Range = __nccwpck_require__(9046)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 2210:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const Range = __nccwpck_require__(9046)
const gt = __nccwpck_require__(5743)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 5472:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const Comparator = __nccwpck_require__(5275)
const { ANY } = Comparator
const Range = __nccwpck_require__(9046)
const satisfies = __nccwpck_require__(883)
const gt = __nccwpck_require__(5743)
const lt = __nccwpck_require__(3896)
const lte = __nccwpck_require__(7221)
const gte = __nccwpck_require__(972)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 7076:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(883)
const compare = __nccwpck_require__(6061)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 6585:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(9046)
const Comparator = __nccwpck_require__(5275)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(883)
const compare = __nccwpck_require__(6061)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 9830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(9046)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 7705:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(9046)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 5464:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(2242)
const FIFO = __nccwpck_require__(1729)
const TextDecoder = __nccwpck_require__(799)

const StreamError = __nccwpck_require__(2165)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 2165:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 4652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 3992:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(5464)
const FIFO = __nccwpck_require__(1729)
const b4a = __nccwpck_require__(3637)
const headers = __nccwpck_require__(4939)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 4939:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3637)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 3237:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(3992)
exports.pack = __nccwpck_require__(4436)


/***/ }),

/***/ 4436:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(5464)
const b4a = __nccwpck_require__(3637)

const constants = __nccwpck_require__(4652)
const headers = __nccwpck_require__(4939)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(5563)
const UTF8Decoder = __nccwpck_require__(8821)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 5563:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3637)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 8821:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3637)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 9489:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 7783:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(218);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 7198:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(7783);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(9489);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 7386:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9467);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/core.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return __awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return __awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/core/src/summary/fit-to-limit.ts


/**
 * GitHub's limit for one step output ("Outputs are Unicode strings, and can be a maximum of 1 MB"),
 * read as 10^6 bytes: the smaller reading, so a value within it passes either way.
 */
const STEP_OUTPUT_LIMIT = 1_000_000;
/**
 * Our bound on one line of user text (a commit subject, a version read from a file) in a log line,
 * an annotation or a summary: far above anything written on purpose, far below what a log viewer
 * or GitHub's annotation API (64 KiB per message) takes.
 */
const LINE_TEXT_LIMIT = 4096;
/**
 * Fits a report to a byte limit (GitHub's 1 MiB step summary by default) in stages, as the
 * summaries of version-bump, changelog, quality-gate, benchmark-compare and gpu-report must.
 *
 * `stages` render the same report at decreasing detail, e.g. `[every commit, 50 per type, counts
 * only]`; each stage says in its own text what it left out ("… and 812 more"). They are called
 * lazily, in order, and the first whose UTF-8 size is within the limit is returned, so a small
 * report costs one render. When even the last stage is too large (one 5 MB line of user text), it
 * is cut at the last whole line that fits, or inside that line at a character boundary, and
 * `options.note` closes it with how many lines and bytes were left out. The result is always
 * within the limit, in time linear in the stages' sizes.
 *
 * @example
 * const { text } = fitToLimit([() => render(Infinity), () => render(50), () => render(0)]);
 */
function fitToLimit(stages, options = {}) {
    const limit = options.limit ?? STEP_SUMMARY_LIMIT;
    let last = '';
    for (const [stage, render] of stages.entries()) {
        last = render();
        if (byteLength(last) <= limit)
            return { text: last, stage, cut: false };
    }
    return { text: cutToLimit(last, options), stage: Math.max(0, stages.length - 1), cut: true };
}
/**
 * Cuts a text to a byte limit at the last line break that fits (inside a line, at a character
 * boundary, when no line break does), and ends it with `options.note`. A text within the limit is
 * returned as is.
 */
function cutToLimit(text, options = {}) {
    const limit = options.limit ?? STEP_SUMMARY_LIMIT;
    if (byteLength(text) <= limit)
        return text;
    const note = options.note ?? summaryNote;
    const bytes = Buffer.from(text, 'utf8');
    // Room for the note: measured with the largest numbers it can show, and some slack, as a size
    // written with fewer digits can take more characters (10 MiB, 9.5 MiB).
    const room = byteLength(`\n\n${note({ lines: countLines(bytes, 0), bytes: bytes.length })}\n`) + 16;
    const budget = Math.max(0, limit - room);
    let end = bytes.lastIndexOf(0x0a, budget - 1) + 1;
    if (end <= 0) {
        // No line break fits: cut inside the line, never inside a UTF-8 sequence.
        end = budget;
        while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
            end--;
    }
    const kept = bytes.subarray(0, end).toString('utf8');
    const leftOut = { lines: countLines(bytes, end), bytes: bytes.length - end };
    return `${kept}${kept === '' || kept.endsWith('\n') ? '' : '\n'}\n${note(leftOut)}\n`;
}
/** The default closing line of a cut summary. */
function summaryNote(leftOut) {
    return `_… ${describeLeftOut(leftOut)} left out to keep the summary under GitHub's 1 MiB limit._`;
}
/** "1,234 more lines (2.1 MiB)": what a cut left out, for closing lines. */
function describeLeftOut(leftOut) {
    const lines = leftOut.lines === 1 ? '1 more line' : `${leftOut.lines.toLocaleString('en-US')} more lines`;
    return `${lines} (${formatBytes(leftOut.bytes)})`;
}
/**
 * One line of user text, at most `max` characters (default {@link LINE_TEXT_LIMIT}): a longer one is
 * cut and ends with "… (N more characters left out)". A surrogate pair is never split.
 */
function clipLine(text, max = LINE_TEXT_LIMIT) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}… (${(text.length - end).toLocaleString('en-US')} more characters left out)`;
}
/** Lines from byte `from` to the end: line breaks, plus one for a last line without one. */
function countLines(bytes, from) {
    let lines = 0;
    for (let at = bytes.indexOf(0x0a, from); at !== -1; at = bytes.indexOf(0x0a, at + 1))
        lines++;
    if (bytes.length > from && bytes[bytes.length - 1] !== 0x0a)
        lines++;
    return lines;
}

;// CONCATENATED MODULE: ./packages/core/src/errors.ts

/**
 * Typed errors for ops-actions. Every error an action can fail with carries structured fields,
 * so `main.ts` can format it once and tests can assert on the fields rather than on prose.
 */
/** Base class: every error thrown on purpose by ops-actions code. */
class OpsError extends Error {
    name = 'OpsError';
    constructor(message, options) {
        super(message, options);
    }
}
/** A workflow input whose value is not allowed. */
class InputError extends OpsError {
    input;
    value;
    allowed;
    name = 'InputError';
    constructor(input, value, allowed) {
        // The value is the user's own text, of any size: the message quotes a line of it at most.
        super(`Input '${input}' has the value '${clipLine(value, 1000)}', but ${allowed}.`);
        this.input = input;
        this.value = value;
        this.allowed = allowed;
    }
}
/** A file that is missing, or whose content cannot be understood. `line` is 1-based. */
class errors_FileError extends OpsError {
    path;
    problem;
    line;
    name = 'FileError';
    constructor(path, problem, line, options) {
        super(`${line === undefined ? path : `${path}:${line}`}: ${problem}`, options);
        this.path = path;
        this.problem = problem;
        this.line = line;
    }
}
/**
 * No version where the project's configuration says it lives, and no setting saying where: the
 * places looked at, and the `version-files` line that fixes it.
 */
class VersionNotFoundError extends OpsError {
    looked;
    fix;
    name = 'VersionNotFoundError';
    constructor(looked, fix) {
        super(`No version found: no file holds it where this project's configuration says, and no setting says where it lives. Looked in:\n` +
            `${looked.map((place) => `  - ${place}`).join('\n')}\n` +
            `Name the file that holds it in the step's inputs, e.g.:\n  with:\n    ${fix}`);
        this.looked = looked;
        this.fix = fix;
    }
}
/** A git command that failed; `stderr` is kept for the message, never the environment. */
class GitError extends OpsError {
    args;
    exitCode;
    stderr;
    name = 'GitError';
    constructor(args, exitCode, stderr, hint) {
        const detail = stderr.trim() || `exit code ${String(exitCode)}`;
        super(`git ${args.join(' ')} failed: ${detail}${hint ? `\n${hint}` : ''}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** A version that cannot be parsed, or a version change that the rules refuse. */
class errors_VersionError extends OpsError {
    name = 'VersionError';
}
/** A release that cannot go ahead as asked (a tag that exists, commits that are not conventional, ...). */
class ReleaseError extends (/* unused pure expression or super */ null && (OpsError)) {
    name = 'ReleaseError';
}
/**
 * Turns anything thrown into one message for `core.setFailed`. A thrown non-Error
 * (a string, an object) still fails the step with something readable; a message is cut at
 * 16 KiB characters (user text can be any size).
 */
function formatError(error) {
    return clipLine(describeError(error), MESSAGE_LIMIT);
}
// One failure message, as an annotation shows it: bounded whatever text went into it.
const MESSAGE_LIMIT = 16 * 1024;
function describeError(error) {
    if (error instanceof OpsError)
        return error.message;
    if (error instanceof Error)
        return `${error.name}: ${error.message}`;
    if (typeof error === 'string')
        return error;
    try {
        return `Unexpected failure: ${JSON.stringify(error)}`;
    }
    catch {
        return `Unexpected failure: ${String(error)}`;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/parse-input.ts

/** Builds an InputSource from a plain record (missing names read as ''), for tests and the CLI. */
function inputSourceFrom(values) {
    return (name) => values[name] ?? '';
}
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
/**
 * YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them; anything else
 * (`ture`, `yes`, `1`) is an error that names the input, not a silent false.
 */
function parseBooleanInput(name, raw) {
    const value = raw.trim();
    if (TRUE_VALUES.has(value))
        return true;
    if (FALSE_VALUES.has(value))
        return false;
    throw new InputError(name, raw, 'it must be true or false');
}
/** One of a fixed set of values (after trimming; case-sensitive, as YAML authors write them). */
function parseChoiceInput(name, raw, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new InputError(name, raw, `it must be one of: ${allowed.join(', ')}`);
}
/** A list written comma- or newline-separated, as in `a, b` or a YAML block scalar; blanks dropped. */
function parseListInput(raw) {
    return raw
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/core/src/inputs/repository-path.ts



/**
 * Paths given in inputs (`version-files`, `changelog`, `path`, `dist`, `pyproject`): one rule for
 * every action, checked twice. When inputs are read, `parseRepositoryPath` checks the text: relative
 * to the workspace, or absolute inside it (`${{ github.workspace }}/dist`), never through `..` and
 * never into `.git`. When the path is used, `resolveRepositoryPath` checks where it really leads:
 * symbolic links resolved (a dangling link's target and a file that does not exist yet included),
 * the real location must still be inside the workspace and outside `.git`, and a folder where a
 * file is wanted (or the other way round) is named as such.
 */
/** A path that is not relative to the workspace: `/x`, `\x`, `\\server\x`, `C:\x` or `C:x` (relative to a drive's folder). */
const ABSOLUTE = /^([\\/]|[A-Za-z]:)/;
/**
 * A path given in an input, relative to the workspace, checked as text when inputs are read.
 * Absolute paths (`/x`, `C:\x`, `\\server\x`) are accepted when they lie inside `context.workspace`
 * and returned relative to it; `..` segments and any path into `.git` are refused.
 * @throws InputError naming the input, the value and what is allowed.
 */
function parseRepositoryPath(name, raw, context = {}) {
    let path = raw.trim();
    if (path === '')
        throw new InputError(name, raw, 'it must be a path inside the repository');
    if (ABSOLUTE.test(path)) {
        const workspace = context.workspace === undefined ? undefined : (0,external_node_path_namespaceObject.resolve)(context.workspace);
        const inside = workspace === undefined ? undefined : (0,external_node_path_namespaceObject.relative)(workspace, (0,external_node_path_namespaceObject.resolve)(path));
        if (workspace === undefined || inside === undefined || isOutside(inside)) {
            throw new InputError(name, raw, `it must be a relative path, or an absolute path inside the workspace${workspace ? ` (${workspace})` : ''}`);
        }
        path = inside === '' ? '.' : inside;
    }
    const problem = relativePathProblem(path);
    if (problem !== undefined)
        throw new InputError(name, raw, problem);
    return path;
}
/**
 * True for a path that a configuration file may name for writing (a version file that
 * python-semantic-release or commitizen lists): relative, without `..`, not into `.git`. The same
 * text rule as {@link parseRepositoryPath}, for paths that come from files rather than inputs.
 */
function isRepositoryPath(path) {
    return path !== '' && !ABSOLUTE.test(path) && relativePathProblem(path) === undefined;
}
/** What is wrong with a path relative to the workspace, as text: a `..` segment, or a part that is `.git`. */
function relativePathProblem(path) {
    if (/(^|[\\/])\.\.([\\/]|$)/.test(path))
        return 'it must be a relative path inside the repository, without .. segments';
    if (segments(path).some(isGitDirName))
        return 'it is inside .git, which only git itself may write';
    return undefined;
}
// Linux's limit on links followed in one path (MAXSYMLINKS): a loop stops here.
const MAX_LINK_HOPS = 40;
/**
 * Resolves a path given in input `input` (already checked by `parseRepositoryPath`) against the
 * workspace, following symbolic links component by component as the operating system would. A
 * path that does not exist yet (or a dangling link) resolves through its existing parents, so a
 * file about to be created is checked where it would be created.
 * @throws InputError naming the input and the path when its real location is outside the
 * workspace or inside `.git`, or when `kind` is given and something else is there (a missing
 * path is not an error here: the caller decides).
 */
async function repository_path_resolveRepositoryPath(workspace, input, path, kind) {
    const root = await (0,promises_namespaceObject.realpath)(workspace);
    const { real, found } = await realLocation(root, (0,external_node_path_namespaceObject.resolve)(root, path), { input, path });
    const inside = (0,external_node_path_namespaceObject.relative)(root, real);
    if (isOutside(inside)) {
        throw new InputError(input, path, `it leads outside the repository, to ${real}; only files inside the repository are read or written`);
    }
    if (segments(inside).some(isGitDirName)) {
        throw new InputError(input, path, `it leads into .git (${inside}), which only git itself may write`);
    }
    const resolved = { input, path, real, relative: inside, found };
    if (kind !== undefined)
        expectKind(resolved, kind);
    return resolved;
}
/**
 * Checks that a resolved path names what the input wants: a folder where a file is expected (or a
 * file where a folder is) is named as such. A missing path passes.
 * @throws InputError naming the input and the path.
 */
function expectKind(resolved, kind) {
    if (resolved.found === kind || resolved.found === 'missing')
        return;
    const what = resolved.found === 'other' ? 'neither a file nor a folder' : `a ${resolved.found}`;
    throw new InputError(resolved.input, resolved.path, `${resolved.path} is ${what}; it must name a ${kind}`);
}
/** Walks `absolute` from its root, following each symbolic link it meets, as path resolution does. */
async function realLocation(root, absolute, named) {
    let current = (0,external_node_path_namespaceObject.parse)(absolute).root;
    const pending = segments(absolute.slice(current.length));
    let hops = 0;
    while (pending.length > 0) {
        const part = pending.shift();
        if (part === '.')
            continue;
        if (part === '..') {
            current = (0,external_node_path_namespaceObject.dirname)(current);
            continue;
        }
        const next = (0,external_node_path_namespaceObject.join)(current, part);
        let stats;
        try {
            stats = await (0,promises_namespaceObject.lstat)(next);
        }
        catch (error) {
            const code = error.code;
            // Nothing is there yet: the rest cannot hold a link, so it resolves as written.
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return { real: (0,external_node_path_namespaceObject.resolve)(next, ...pending), found: 'missing' };
            throw error;
        }
        if (stats.isSymbolicLink()) {
            hops++;
            if (hops > MAX_LINK_HOPS)
                throw new InputError(named.input, named.path, `it goes through more than ${MAX_LINK_HOPS} symbolic links (a loop?)`);
            const target = await (0,promises_namespaceObject.readlink)(next);
            if ((0,external_node_path_namespaceObject.isAbsolute)(target))
                current = (0,external_node_path_namespaceObject.parse)((0,external_node_path_namespaceObject.resolve)(target)).root;
            const parts = segments((0,external_node_path_namespaceObject.isAbsolute)(target) ? (0,external_node_path_namespaceObject.resolve)(target).slice(current.length) : target);
            for (let i = parts.length - 1; i >= 0; i--)
                pending.unshift(parts[i]);
            continue;
        }
        current = next;
        if (pending.length > 0 && !stats.isDirectory()) {
            throw new InputError(named.input, named.path, `${(0,external_node_path_namespaceObject.relative)(root, current) || current} is a file, so nothing can be inside it`);
        }
        if (pending.length === 0)
            return { real: current, found: stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other' };
    }
    return { real: current, found: 'folder' };
}
function segments(path) {
    return path.split(/[\\/]+/).filter((part) => part !== '');
}
/** True when a path relative to the workspace (as `path.relative` gives it) leads outside it. */
function isOutside(relativePath) {
    return relativePath === '..' || relativePath.startsWith(`..${external_node_path_namespaceObject.sep}`) || relativePath.startsWith('../') || (0,external_node_path_namespaceObject.isAbsolute)(relativePath);
}
/**
 * `.git` as any file system may spell it: in any case (macOS and Windows ignore case), with the
 * trailing dots and spaces Windows drops, or as its 8.3 short name `GIT~1` (git's own
 * core.protectNTFS refuses the same names).
 */
function isGitDirName(segment) {
    const name = segment.toLowerCase().replace(/[. ]+$/, '');
    return name === '.git' || name === 'git~1';
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/index.js
var pep440 = __nccwpck_require__(402);
// EXTERNAL MODULE: ./node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/lib/version.js
var version = __nccwpck_require__(6050);
// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __nccwpck_require__(2320);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/versions/pep440-version.ts





// SemVer spells the PEP 440 phases out; `alpha < beta < rc` holds in SemVer's ASCII order too.
const SEMVER_PHASE = { a: 'alpha', b: 'beta', rc: 'rc' };
const PHASE_RANK = { a: 0, b: 1, rc: 2 };
// The PEP 440 grammar as @renovatebot/pep440 writes it (a port of packaging's VERSION_PATTERN),
// anchored like its `clean`: the groups give each number's digits exactly, where the library's
// own parse reads them with Number() and rounds past 2^53.
const VERSION_REGEX = new RegExp(`^\\s*${version.VERSION_PATTERN}\\s*$`, 'i');
/**
 * A PEP 440 version (https://peps.python.org/pep-0440/) as an immutable value object.
 * The grammar and the normalization of phase names come from `@renovatebot/pep440`, a port of
 * Python's `packaging.version`, so this class never matches versions with a regex of its own.
 *
 * Every number is a bigint: PEP 440 sets no limit, and a release such as 9007199254740993.0.0
 * (past 2^53) is read, compared, bumped and written exactly. Ordering is packaging's `_cmpkey`,
 * computed here on bigints for the same reason.
 */
class Pep440Version {
    /** `N!` before the release; 0 when not written. */
    epoch;
    /** The release parts as written (`1.0` stays `[1n, 0n]`; see `baseRelease` for padding). */
    release;
    /** The a/b/rc segment, if any (`rc1`). */
    pre;
    /** The `.postN` number, if any. */
    post;
    /** The `.devN` number, if any. */
    dev;
    /** The normalized local label after `+`, if any (`ubuntu.1`). */
    local;
    constructor(parts) {
        this.epoch = parts.epoch;
        this.release = Object.freeze([...parts.release]);
        if (parts.pre !== undefined)
            this.pre = Object.freeze({ phase: parts.pre.phase, number: parts.pre.number });
        if (parts.post !== undefined)
            this.post = parts.post;
        if (parts.dev !== undefined)
            this.dev = parts.dev;
        if (parts.local !== undefined)
            this.local = parts.local;
        Object.freeze(this);
    }
    /**
     * Parses anything PEP 440 accepts and normalizes it: `v1.0`, `1.0-rc.1` (→ `1.0rc1`),
     * `1.0.0-alpha.1` (→ `1.0.0a1`), `1!2.0`, `1.0-1` (→ `1.0.post1`), `1.0.dev3`, `1.0+ubuntu-1`.
     * @throws VersionError naming the text when it is not a PEP 440 version.
     */
    static parse(text) {
        // PEP 440: "Leading and trailing whitespace must be silently ignored".
        const trimmed = text.trim();
        const explained = (0,pep440.explain)(trimmed);
        const groups = VERSION_REGEX.exec(trimmed)?.groups;
        if (explained === null || groups === undefined) {
            throw new errors_VersionError(`'${clipLine(text, 200)}' is not a PEP 440 version (expected something like 1.2.0, 1.2.0rc1 or 1.2.0.post1).`);
        }
        // The parser normalizes the phase (alpha → a, c/pre/preview → rc); the digits come from the groups.
        const phase = readPhase(explained.pre);
        const digits = (value) => BigInt(value ?? '0');
        const plusAt = trimmed.indexOf('+');
        return Pep440Version.build({
            epoch: digits(groups.epoch),
            release: (groups.release ?? '').split('.').map((part) => BigInt(part)),
            ...(phase === undefined ? {} : { pre: { phase, number: digits(groups.pre_n) } }),
            ...(groups.post === undefined ? {} : { post: digits(groups.post_n1 ?? groups.post_n2) }),
            ...(groups.dev === undefined ? {} : { dev: digits(groups.dev_n) }),
            ...(plusAt < 0 ? {} : { local: normalizeLocal(trimmed.slice(plusAt + 1)) }),
        }, text);
    }
    /** Like `parse`, but returns `undefined` for text that is not a PEP 440 version. */
    static tryParse(text) {
        try {
            return Pep440Version.parse(text);
        }
        catch (error) {
            if (error instanceof errors_VersionError)
                return undefined;
            throw error;
        }
    }
    /**
     * Builds a version from its parts (for planners that compute a next version).
     * @throws VersionError when a number is negative or not a whole number, the release is empty,
     * or the local label is not one PEP 440 allows.
     */
    static fromParts(parts) {
        const subject = 'The version parts';
        const whole = (n) => {
            if (typeof n === 'bigint' ? n < 0n : !(Number.isSafeInteger(n) && n >= 0)) {
                throw new errors_VersionError(`${subject}: ${String(n)} is not a whole number of 0 or more.`);
            }
            return BigInt(n);
        };
        return Pep440Version.build({
            epoch: whole(parts.epoch ?? 0),
            release: parts.release.map(whole),
            ...(parts.pre === undefined ? {} : { pre: { phase: parts.pre.phase, number: whole(parts.pre.number) } }),
            ...(parts.post === undefined ? {} : { post: whole(parts.post) }),
            ...(parts.dev === undefined ? {} : { dev: whole(parts.dev) }),
            ...(parts.local === undefined ? {} : { local: parts.local }),
        }, undefined);
    }
    static build(parts, text) {
        const subject = text === undefined ? 'The version parts' : `'${clipLine(text, 200)}'`;
        if (parts.release.length === 0)
            throw new errors_VersionError(`${subject}: a PEP 440 version needs a release segment.`);
        const version = new Pep440Version(parts);
        // Round-trip the normalized form through the PEP 440 grammar: this checks the local label
        // and the phase names without a second grammar here.
        const normalized = version.toString();
        if ((0,pep440.valid)(normalized) === null || (version.local !== undefined && normalizeLocal(version.local) !== version.local)) {
            throw new errors_VersionError(`${subject}: '${clipLine(normalized, 200)}' is not a normalized PEP 440 version.`);
        }
        return version;
    }
    /** Whether this is a pre-release in PEP 440's sense: it has an a/b/rc or a dev segment. */
    get isPrerelease() {
        return this.pre !== undefined || this.dev !== undefined;
    }
    /**
     * The release segment padded with zeros to at least `length` parts (1.2 → [1n, 2n, 0n]).
     * Longer releases are returned whole. PEP 440: trailing zeros do not change the version.
     */
    baseRelease(length = 3) {
        const padded = [...this.release];
        while (padded.length < length)
            padded.push(0n);
        return Object.freeze(padded);
    }
    /**
     * PEP 440 ordering: -1 when this sorts before `other`, 0 when equal, 1 when after. The keys are
     * packaging's `_cmpkey`: epoch; release without trailing zeros; the pre-release (a dev release
     * with neither pre nor post sorts before every pre-release, a final after them); post (none
     * first); dev (none last); local (none first; numeric segments after alphanumeric ones).
     */
    compare(other) {
        return (compareBig(this.epoch, other.epoch) ||
            compareRelease(this.release, other.release) ||
            compareKeys(preKey(this), preKey(other)) ||
            compareKeys(this.post === undefined ? BEFORE : [this.post], other.post === undefined ? BEFORE : [other.post]) ||
            compareKeys(this.dev === undefined ? AFTER : [this.dev], other.dev === undefined ? AFTER : [other.dev]) ||
            compareLocal(this.local, other.local));
    }
    /** PEP 440 equality, so `1.0` equals `1.0.0` (compare their `toString()` for the written form). */
    equals(other) {
        return this.compare(other) === 0;
    }
    /** The PEP 440 normalized form: `1.0rc1`, `1.0.post1`, `1.0.dev3`, `1!2.0`, `1.0+ubuntu.1`. */
    toString() {
        let text = this.epoch === 0n ? '' : `${this.epoch}!`;
        text += this.release.join('.');
        if (this.pre !== undefined)
            text += `${this.pre.phase}${this.pre.number}`;
        if (this.post !== undefined)
            text += `.post${this.post}`;
        if (this.dev !== undefined)
            text += `.dev${this.dev}`;
        if (this.local !== undefined)
            text += `+${this.local}`;
        return text;
    }
    /**
     * The same version as SemVer 2.0.0, with the release padded to three parts:
     * `1.4` → `1.4.0`, `1.4.0rc1` → `1.4.0-rc.1`, `1.4.0a1` → `1.4.0-alpha.1`,
     * `1.4.0b2` → `1.4.0-beta.2`, `1.4.0.dev2` → `1.4.0-dev.2`.
     *
     * Every result parses back (`Pep440Version.parse`) to an equal version, so SemVer tags can be
     * read as PEP 440. SemVer orders these as PEP 440 does, with one exception it cannot avoid while
     * staying readable back: it puts `dev` after `alpha` and `beta` (ASCII order), where PEP 440 puts
     * `1.4.0.dev2` before `1.4.0a1`. (`dev` before `rc` and before the final release agree.)
     *
     * @throws VersionError for what SemVer cannot say: an epoch, a post-release, a local label,
     * a non-zero fourth release part, and a dev release of a pre-release (`1.4.0rc1.dev2`):
     * `1.4.0-rc.1.dev.2` would sort after `1.4.0-rc.1` in SemVer, but PEP 440 puts it before.
     */
    toSemver() {
        const refuse = (why) => {
            throw new errors_VersionError(`${this.toString()} cannot be written as SemVer: ${why}.`);
        };
        if (this.epoch !== 0n)
            refuse('SemVer has no epoch');
        if (this.post !== undefined)
            refuse('SemVer has no post-releases');
        if (this.local !== undefined)
            refuse('SemVer build metadata does not order like a PEP 440 local label');
        if (this.release.slice(3).some((n) => n !== 0n))
            refuse('SemVer has only three release parts');
        if (this.pre !== undefined && this.dev !== undefined) {
            refuse('SemVer would sort a dev release of a pre-release after that pre-release, PEP 440 before it');
        }
        const [major = 0n, minor = 0n, patch = 0n] = this.baseRelease(3);
        let text = `${major}.${minor}.${patch}`;
        if (this.pre !== undefined)
            text += `-${SEMVER_PHASE[this.pre.phase]}.${this.pre.number}`;
        if (this.dev !== undefined)
            text += `-dev.${this.dev}`;
        // The semver package refuses numbers past 2^53, which SemVer 2.0.0 itself allows: check the
        // rest of the grammar with it only where it can read the numbers.
        const small = [major, minor, patch, this.pre?.number ?? 0n, this.dev ?? 0n].every((n) => n <= BigInt(Number.MAX_SAFE_INTEGER));
        if (small && semver_default().valid(text) === null)
            refuse(`'${text}' is not valid SemVer`);
        return text;
    }
}
/**
 * Writes a version in the given scheme: `pep440` for Python metadata, `semver` for tags and
 * package.json (see `Pep440Version.toSemver` for what SemVer refuses).
 */
function formatVersion(version, scheme) {
    switch (scheme) {
        case 'pep440':
            return version.toString();
        case 'semver':
            return version.toSemver();
    }
}
function readPhase(pre) {
    if (pre === null || pre === undefined)
        return undefined;
    // The typings say arrays; `explain` gives null for a missing segment. The parser has already
    // normalized alpha → a, beta → b, c/pre/preview → rc (PEP 440).
    const phase = Array.isArray(pre) ? pre[0] : undefined;
    if (phase === 'a' || phase === 'b' || phase === 'rc')
        return phase;
    throw new errors_VersionError(`Unexpected pre-release segment ${JSON.stringify(pre)} from the PEP 440 parser.`);
}
const BEFORE = 'before';
const AFTER = 'after';
function preKey(version) {
    if (version.pre === undefined)
        return version.post === undefined && version.dev !== undefined ? BEFORE : AFTER;
    return [BigInt(PHASE_RANK[version.pre.phase]), version.pre.number];
}
function compareKeys(a, b) {
    if (a === b)
        return 0;
    if (a === BEFORE || b === AFTER)
        return -1;
    if (a === AFTER || b === BEFORE)
        return 1;
    return compareRelease(a, b);
}
function compareBig(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Releases compare part by part, a missing part counting as 0 (PEP 440: 1.0 == 1.0.0). */
function compareRelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const order = compareBig(a[i] ?? 0n, b[i] ?? 0n);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** packaging: no label sorts first; segment by segment, alphanumeric before numeric; a longer label after its prefix. */
function compareLocal(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return -1;
    if (b === undefined)
        return 1;
    const left = a.split('.');
    const right = b.split('.');
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const x = left[i];
        const y = right[i];
        const xNumeric = /^\d+$/.test(x);
        const yNumeric = /^\d+$/.test(y);
        if (xNumeric !== yNumeric)
            return xNumeric ? 1 : -1;
        const order = xNumeric ? compareBig(BigInt(x), BigInt(y)) : x < y ? -1 : x > y ? 1 : 0;
        if (order !== 0)
            return order;
    }
    return compareBig(BigInt(left.length), BigInt(right.length));
}
/**
 * PEP 440 local labels: lower case, `-`/`_` separators become `.`, and all-digit segments are
 * integers (`01` → `1`). Done here because the parser reads any `Number()`-able segment as a
 * number, turning `1e5` into `100000`; Python's packaging only converts all-digit segments.
 */
function normalizeLocal(label) {
    return label
        .toLowerCase()
        .split(/[-_.]/)
        .map((segment) => (segment !== '' && [...segment].every((c) => c >= '0' && c <= '9') ? BigInt(segment).toString() : segment))
        .join('.');
}
/**
 * Whether two version strings name the same release by PEP 440 rules (`v0.3.4`, `0.3.4.0` and
 * `0.3.4` do); false when either is not a PEP 440 version.
 */
function sameRelease(a, b) {
    const left = Pep440Version.tryParse(a);
    const right = Pep440Version.tryParse(b);
    return left !== undefined && right !== undefined && left.equals(right);
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./packages/core/src/inputs/read-text.ts




/**
 * Every text file the actions read and may rewrite (pyproject.toml, setup.cfg, CHANGELOG.md, …)
 * goes through here: UTF-8 only, decoded strictly. A byte that is not UTF-8 (a latin-1 comment, a
 * UTF-16 file with its byte order mark, a binary file) or a NUL byte fails with the file's name and
 * the byte's offset, before anything is written, so its bytes are never replaced by U+FFFD and
 * written back. A UTF-8 byte order mark is kept in the text (as U+FEFF), and line endings are
 * untouched, so writers that preserve them keep doing so. Messages never quote the file's content.
 */
/**
 * A file's text, or undefined when it does not exist; any other failure is thrown.
 * @param shown The name for messages (the path as the input gave it); default `path`.
 * @throws FileError naming the file and the byte offset when it is not UTF-8 text.
 */
async function readTextIfExists(path, shown = path) {
    let bytes;
    try {
        bytes = await (0,promises_namespaceObject.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    return decodeUtf8Text(bytes, shown);
}
/**
 * Decodes a file's bytes as UTF-8 text, strictly.
 * @throws FileError naming the file and the offset of the first byte that is not UTF-8, or of a NUL byte.
 */
function decodeUtf8Text(bytes, shown) {
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        throw new errors_FileError(shown, describeInvalidByte(bytes, firstInvalidUtf8(bytes)));
    const nul = bytes.indexOf(0);
    if (nul !== -1)
        throw new errors_FileError(shown, `the byte at offset ${nul} is NUL: this is a binary file, not text; the file was left as it is.`);
    // Buffer#toString keeps a leading BOM as U+FEFF: writers put it back where it was.
    return bytes.toString('utf8');
}
function describeInvalidByte(bytes, offset) {
    const hex = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    if (offset === 0 && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        return `it starts with a UTF-16 byte order mark (${hex}), but it must be UTF-8; the file was left as it is (save it as UTF-8).`;
    }
    return `the byte at offset ${offset} (${hex}) is not UTF-8; the file was left as it is (save it as UTF-8).`;
}
/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF). Only called once `isUtf8` said no.
 */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        // The sequence length and the allowed range of its second byte (RFC 3629, section 4).
        let length;
        let low = 0x80;
        let high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            length = 2;
        else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b === 0xe0)
                low = 0xa0;
            if (b === 0xed)
                high = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b === 0xf0)
                low = 0x90;
            if (b === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        for (let k = 1; k < length; k++) {
            const next = bytes[i + k];
            if (next === undefined)
                return i;
            const min = k === 1 ? low : 0x80;
            const max = k === 1 ? high : 0xbf;
            if (next < min || next > max)
                return i;
        }
        i += length;
    }
    return bytes.length;
}
/**
 * Reads the file an input names (`version-files`, `changelog`, `path`), by the rules of
 * `resolveRepositoryPath` (inside the workspace, outside `.git`, a file and not a folder) and
 * strictly as UTF-8.
 * @throws InputError naming the input for a path that breaks those rules; FileError for text that is not UTF-8.
 */
async function readRepositoryFile(workspace, input, path) {
    const resolved = await resolveRepositoryPath(workspace, input, path, 'file');
    const content = resolved.found === 'missing' ? undefined : await readTextIfExists(resolved.real, path);
    return { path: resolved, content };
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/version-span.ts

/**
 * 1-based line of `offset`. A line ends at `\n`, `\r\n` or a lone `\r` (Python's universal
 * newlines), so CRLF files count the same as LF files.
 */
function version_span_lineAt(content, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < content.length; i++) {
        const c = content.charCodeAt(i);
        if (c === 0x0a)
            line++;
        else if (c === 0x0d && content.charCodeAt(i + 1) !== 0x0a)
            line++;
    }
    return line;
}
/** The span `content.slice(start, end)`, with its line. */
function version_span_spanAt(content, start, end) {
    return { value: content.slice(start, end), start, end, line: version_span_lineAt(content, start) };
}
/**
 * Characters a new version may use. PEP 440 (`1!2.0rc1.post1.dev2+local.7`) and SemVer
 * (`1.2.3-rc.1+build.5`) both fit; quotes, backslashes, whitespace and comment characters
 * do not, so the new bytes can never end a string, start a comment or break a line.
 */
const WRITABLE_VERSION = /^[0-9A-Za-z](?:[0-9A-Za-z.!+_-]*[0-9A-Za-z])?$/;
/** Throws `VersionError` unless `version` can be written into any supported file as is. */
function assertWritableVersion(version) {
    if (!WRITABLE_VERSION.test(version)) {
        throw new VersionError(`Cannot write the version '${version}': a version may only use letters, digits and . ! + _ - ` +
            '(and must start and end with a letter or digit).');
    }
}
/** Every span of a `found` result, in file order. */
function spansOf(read) {
    return read.spans ?? [read.span];
}
/** `content` with each span (in file order, none overlapping) replaced by `text`. */
function spliceSpans(content, spans, text) {
    let out = '';
    let at = 0;
    for (const span of spans) {
        out += content.slice(at, span.start) + text;
        at = span.end;
    }
    return out + content.slice(at);
}
/**
 * The shared `updateContent`: reads the spans with `updater.readVersion`, splices `newVersion` in
 * and reads the result back, so an updater can never write a file it would not read again.
 */
function replaceVersion(updater, content, newVersion, path) {
    assertWritableVersion(newVersion);
    const read = updater.readVersion(content, path);
    if (read.kind === 'dynamic') {
        throw new FileError(path, `the version is not written in this file: ${read.detail}`);
    }
    const spans = spansOf(read);
    const updated = spliceSpans(content, spans, newVersion);
    const check = updater.readVersion(updated, path);
    const after = check.kind === 'found' ? spansOf(check) : [];
    if (after.length !== spans.length || after.some((span) => span.value !== newVersion) || after[0]?.start !== spans[0]?.start) {
        throw new FileError(path, `writing ${newVersion} over ${read.span.value} did not read back as ${newVersion}`, read.span.line);
    }
    return updated;
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/ini-document.ts


/** Physical lines with their offsets; `\r\n`, `\n` and `\r` all end a line (configparser reads with universal newlines). */
function splitLines(content) {
    const lines = [];
    const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
    let number = 1;
    for (let match = pattern.exec(content); match !== null; match = pattern.exec(content)) {
        lines.push({ text: match[1] ?? '', offset: match.index, number: number++ });
        if ((match[2] ?? '') === '')
            break;
    }
    return lines;
}
/**
 * Reads an INI file the way Python's `configparser` does with its defaults
 * (https://docs.python.org/3/library/configparser.html#supported-ini-file-structure), as setuptools
 * reads `setup.cfg` and bumpversion reads `.bumpversion.cfg`: `key = value` or `key: value`, keys
 * case-insensitive, full-line `#` / `;` comments only (an inline `# ...` is part of the value),
 * lines indented deeper than their option continue its value. As configparser's `strict` mode, a
 * section or an option given twice is an error. Not handled: `[DEFAULT]` inheritance and `%(name)s`
 * interpolation (values are returned as written).
 */
function parseIni(content, path) {
    const sections = new Map();
    let section;
    let open;
    const close = () => {
        if (open === undefined || section === undefined)
            return;
        const lines = [...open.lines];
        while (lines.length > 1 && lines.at(-1) === '')
            lines.pop();
        section.options.set(open.key, {
            key: open.key,
            line: open.line,
            value: lines.join('\n'),
            span: open.span,
            continued: lines.length > 1,
        });
        open = undefined;
    };
    for (const line of splitLines(content)) {
        const text = line.number === 1 ? line.text.replace(/^\uFEFF/, '') : line.text;
        const offset = line.offset + line.text.length - text.length;
        const stripped = text.trim();
        const indent = text.length - text.trimStart().length;
        if (stripped.startsWith('#') || stripped.startsWith(';'))
            continue;
        if (stripped === '') {
            open?.lines.push('');
            continue;
        }
        if (open !== undefined && indent > open.indent) {
            open.lines.push(stripped);
            continue;
        }
        close();
        const header = /^\[(.+)\]/.exec(stripped);
        if (header !== null) {
            const name = header[1] ?? '';
            if (sections.has(name))
                throw new errors_FileError(path, `section [${name}] appears twice`, line.number);
            section = { name, line: line.number, options: new Map() };
            sections.set(name, section);
            continue;
        }
        if (section === undefined)
            throw new errors_FileError(path, 'text before the first [section] header', line.number);
        const delimiter = /[=:]/.exec(text);
        if (delimiter === null || text.slice(0, delimiter.index).trim() === '') {
            throw new errors_FileError(path, `not a 'key = value' line: ${stripped}`, line.number);
        }
        const key = text.slice(0, delimiter.index).trim().toLowerCase();
        const previous = section.options.get(key);
        if (previous !== undefined) {
            throw new errors_FileError(path, `${key} is set twice in [${section.name}] (lines ${previous.line} and ${line.number})`, line.number);
        }
        const afterDelimiter = delimiter.index + 1;
        const valueStart = afterDelimiter + (text.length - afterDelimiter - text.slice(afterDelimiter).trimStart().length);
        const valueEnd = Math.max(valueStart, text.trimEnd().length);
        const span = version_span_spanAt(content, offset + valueStart, offset + valueEnd);
        open = { key, line: line.number, indent, span, lines: [span.value] };
    }
    close();
    return { sections };
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./packages/core/src/updaters/toml-values.ts



/** `value` when it is a table, else undefined. */
function asTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/** The value at a key path, or undefined when any table on the way is missing. */
function at(root, ...keys) {
    let value = root;
    for (const key of keys)
        value = asTable(value)?.[key];
    return value;
}
/** Parses with smol-toml; a syntax error anywhere fails with smol-toml's line. */
function parseToml(content, path) {
    try {
        return parse(content);
    }
    catch (error) {
        if (error instanceof TomlError) {
            const reason = error.message.split('\n')[0] ?? error.message;
            throw new errors_FileError(path, `not valid TOML: ${reason}`, error.line, { cause: error });
        }
        throw error;
    }
}
/** The entry at exactly `keyPath`, outside arrays. */
function findEntry(entries, keyPath) {
    return entries.find((e) => !e.inArray && e.path.length === keyPath.length && e.path.every((p, i) => p === keyPath[i]));
}
/** How a key path reads in messages: `[tool.poetry].version`, or `version` at the top level. */
function tomlField(keyPath) {
    const table = keyPath.slice(0, -1).map((key) => (/^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key)));
    const last = keyPath.at(-1) ?? '';
    return table.length === 0 ? last : `[${table.join('.')}].${last}`;
}
/** Finds the bytes of a one-line string at `keyPath` and checks them against the parsed value. */
function locateTomlString(content, filePath, entries, keyPath, parsed, field) {
    const entry = findEntry(entries, keyPath);
    if (entry === undefined) {
        throw new FileError(filePath, `${field} was parsed but could not be located in the text`);
    }
    const { value } = entry;
    const line = lineAt(content, value.start);
    if (value.quote !== '"' && value.quote !== "'") {
        throw new FileError(filePath, `${field} must be written as a one-line string to be updated in place`, line);
    }
    const span = spanAt(content, value.bodyStart, value.bodyEnd);
    // Cross-check with the real parser: escapes (`"1.0\u002e1"`) would make the bytes differ from the value.
    if (span.value !== parsed) {
        throw new FileError(filePath, `${field} is written with escape sequences; write it plainly as "${parsed}"`, line);
    }
    if (span.value.trim() === '')
        throw new FileError(filePath, `${field} is empty`, line);
    return { kind: 'found', span, field };
}

;// CONCATENATED MODULE: ./packages/core/src/version-sources/project-config.ts





/**
 * The files where Python projects configure their build and release tools, at the repository root:
 * pyproject.toml and setup.cfg; setup.py; bump-my-version's / bumpversion's `.bumpversion.cfg` and
 * `.bumpversion.toml` (bumpversion/config/files.py `CONFIG_FILE_SEARCH_ORDER`, bump-my-version 1.3);
 * commitizen's own files (commitizen/defaults.py `CONFIG_FILES`, v4.17.0).
 */
const PROJECT_CONFIG_FILES = [
    'pyproject.toml',
    'setup.cfg',
    'setup.py',
    '.bumpversion.cfg',
    '.bumpversion.toml',
    '.cz.toml',
    'cz.toml',
    '.cz.json',
    'cz.json',
    '.cz.yaml',
    'cz.yaml',
];
/** Reads the files of `PROJECT_CONFIG_FILES` that exist (`readText` gives undefined for a missing one). */
async function readProjectConfigFiles(readText) {
    const files = new Map();
    const contents = await Promise.all(PROJECT_CONFIG_FILES.map((path) => readText(path)));
    PROJECT_CONFIG_FILES.forEach((path, i) => {
        const content = contents[i];
        if (content !== undefined)
            files.set(path, content);
    });
    return files;
}
/**
 * A file the actions read on their own rather than because an input names it (the project's
 * configuration: pyproject.toml, setup.cfg, .bumpversion.cfg, …), by the same rules: its real
 * location inside the repository and outside `.git`, a file, UTF-8. Undefined when it does not exist.
 * @throws FileError naming the file (never quoting it) when it breaks those rules.
 */
async function readProjectFile(workspace, path) {
    let resolved;
    try {
        resolved = await repository_path_resolveRepositoryPath(workspace, path, path);
    }
    catch (error) {
        if (error instanceof InputError)
            throw new errors_FileError(path, `${error.allowed}; the project's configuration was not read from it`, undefined, { cause: error });
        throw error;
    }
    if (resolved.found === 'missing')
        return undefined;
    if (resolved.found !== 'file') {
        throw new errors_FileError(path, `it is ${resolved.found === 'folder' ? 'a folder' : 'neither a file nor a folder'}, not a file; the project's configuration was not read.`);
    }
    return readTextIfExists(resolved.real, path);
}
/** A TOML file, parsed; undefined when there is none. Invalid TOML is a FileError with the line. */
function tomlOf(files, path) {
    const content = files.get(path);
    return content === undefined ? undefined : parseToml(content, path);
}
/** `pyproject.toml`, parsed; undefined when there is none. */
function pyprojectOf(files) {
    return tomlOf(files, 'pyproject.toml');
}
/** An INI file (`setup.cfg`, `.bumpversion.cfg`), parsed; undefined when there is none. */
function iniOf(files, path) {
    const content = files.get(path);
    return content === undefined ? undefined : parseIni(content, path);
}
/** A JSON config file, parsed; invalid JSON is a FileError naming it. */
function jsonOf(files, path) {
    const content = files.get(path);
    if (content === undefined)
        return undefined;
    try {
        const value = JSON.parse(content.replace(/^\uFEFF/, ''));
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
    }
    catch (error) {
        throw new errors_FileError(path, `not valid JSON: ${error.message}`, undefined, { cause: error });
    }
}
/** A string list as TOML writes it, or, as python-semantic-release 7 and INI files do, comma-separated text. */
function stringList(value) {
    if (Array.isArray(value))
        return value.filter((item) => typeof item === 'string').map((item) => item.trim()).filter(Boolean);
    if (typeof value === 'string')
        return value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
    return [];
}
/** configparser's `getboolean` words (https://docs.python.org/3/library/configparser.html#configparser.ConfigParser.getboolean). */
function iniBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value !== 'string')
        return undefined;
    const word = value.trim().toLowerCase();
    if (['1', 'yes', 'true', 'on'].includes(word))
        return true;
    if (['0', 'no', 'false', 'off'].includes(word))
        return false;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/git/ref-name.ts

/**
 * Checks a tag prefix (`v`, `release/`, `pkg-v`) as the start of a ref name, when inputs are read:
 * `refs/tags/<prefix><version>` must be a name git accepts (git-check-ref-format(1)), and the tag
 * must not start with `-`, which git would read as an option. A version starts with a digit, so
 * the rules for a name's end do not apply to the prefix's. Returns the prefix, trimmed.
 * @throws InputError naming the input, the value and the rule it breaks.
 */
function parseTagPrefix(input, raw) {
    const prefix = raw.trim();
    const problem = tagPrefixProblem(prefix);
    if (problem !== undefined)
        throw new InputError(input, raw, `a tag name cannot ${problem}`);
    return prefix;
}
/** The rule of {@link parseTagPrefix} a prefix breaks, as "a tag name cannot ..." ends, or undefined. */
function tagPrefixProblem(prefix) {
    if (prefix === '')
        return undefined;
    const control = [...prefix].find((char) => (char.codePointAt(0) ?? 0) < 0x20 || char === '\u007f');
    if (control !== undefined)
        return `contain control characters (U+${(control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
    const forbidden = /[ ~^:?*[\\]/.exec(prefix);
    if (forbidden !== null)
        return `contain spaces or any of ~ ^ : ? * [ \\ (it has '${forbidden[0]}')`;
    if (prefix.startsWith('-'))
        return 'start with - (git would read it as an option)';
    if (prefix.includes('..'))
        return 'contain ..';
    if (prefix.includes('@{'))
        return 'contain @{';
    if (prefix.startsWith('/') || prefix.includes('//'))
        return 'start with / or contain //';
    const components = prefix.split('/');
    if (components.some((component) => component.startsWith('.')))
        return 'have a part (between slashes) that starts with .';
    // The last part continues with the version, so only parts that a slash closes can end in .lock.
    if (components.slice(0, -1).some((component) => component.endsWith('.lock')))
        return 'have a part (between slashes) that ends with .lock';
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var yaml_dist = __nccwpck_require__(8009);
;// CONCATENATED MODULE: ./packages/core/src/version-sources/release-tools.ts




/**
 * `[tool.semantic_release]` in pyproject.toml (v7, v8, v9: docs/configuration.rst), and v7's
 * `[semantic_release]` in setup.cfg (semantic_release/settings.py `_config`, v7.34.6, where
 * pyproject.toml wins). v8+'s `--config releaserc.toml` is a command-line choice, not found here.
 */
function readSemanticReleaseConfig(files) {
    const table = asTable(at(pyprojectOf(files), 'tool', 'semantic_release'));
    const section = iniOf(files, 'setup.cfg')?.sections.get('semantic_release');
    if (table === undefined && section === undefined)
        return undefined;
    const where = table !== undefined ? '[tool.semantic_release] in pyproject.toml' : '[semantic_release] in setup.cfg';
    return { where, file: table !== undefined ? 'pyproject.toml' : 'setup.cfg', settings: { ...iniSettings(section), ...table } };
}
/**
 * commitizen reads the first of `.cz.toml`, `cz.toml`, `.cz.json`, `cz.json`, `.cz.yaml`, `cz.yaml`,
 * `pyproject.toml` that has its section: `[tool.commitizen]` in TOML files, `commitizen` in JSON and
 * YAML (commitizen/config/__init__.py and defaults.py `CONFIG_FILES`, v4.17.0).
 */
function readCommitizenConfig(files) {
    for (const file of ['.cz.toml', 'cz.toml', '.cz.json', 'cz.json', '.cz.yaml', 'cz.yaml', 'pyproject.toml']) {
        const content = files.get(file);
        if (content === undefined)
            continue;
        if (file.endsWith('.toml')) {
            const doc = file === 'pyproject.toml' ? pyprojectOf(files) : tomlOf(files, file);
            const table = asTable(at(doc, 'tool', 'commitizen'));
            if (table !== undefined)
                return { file, where: `[tool.commitizen] in ${file}`, format: 'toml', settings: table, versionKey: ['tool', 'commitizen', 'version'] };
        }
        else {
            const doc = file.endsWith('.json') ? jsonOf(files, file) : yamlOf(files, file);
            const table = asTable(doc?.commitizen);
            if (table !== undefined) {
                return { file, where: `commitizen in ${file}`, format: file.endsWith('.json') ? 'json' : 'yaml', settings: table, versionKey: ['commitizen', 'version'] };
            }
        }
    }
    return undefined;
}
// bump-my-version's defaults: bumpversion/config/__init__.py `DEFAULTS`, v1.3.
const DEFAULT_PARSE = String.raw `(?P<major>\d+)\.(?P<minor>\d+)\.(?P<patch>\d+)`;
const DEFAULT_SERIALIZE = '{major}.{minor}.{patch}';
/**
 * bump-my-version reads the first of `.bumpversion.cfg`, `.bumpversion.toml`, `setup.cfg`,
 * `pyproject.toml` whose text contains `bumpversion]` (bumpversion/config/files.py
 * `find_config_file`, v1.3): `[tool.bumpversion]` with `[[tool.bumpversion.files]]` in TOML, or
 * `[bumpversion]` with `[bumpversion:file:PATH]` / `[bumpversion:glob:PATTERN]` sections in INI
 * (files_legacy.py `read_ini_file`), the format the older bumpversion also wrote.
 */
function readBumpversionConfig(files) {
    for (const file of ['.bumpversion.cfg', '.bumpversion.toml', 'setup.cfg', 'pyproject.toml']) {
        const content = files.get(file);
        if (content === undefined || !content.includes('bumpversion]'))
            continue;
        if (file.endsWith('.cfg')) {
            const config = readIniBumpversion(files, file);
            if (config !== undefined)
                return config;
        }
        else {
            const doc = file === 'pyproject.toml' ? pyprojectOf(files) : tomlOf(files, file);
            const table = asTable(at(doc, 'tool', 'bumpversion'));
            if (table !== undefined)
                return readTomlBumpversion(file, table);
        }
    }
    return undefined;
}
function readIniBumpversion(files, file) {
    const doc = iniOf(files, file);
    const main = doc?.sections.get('bumpversion');
    if (doc === undefined)
        return undefined;
    const global = iniSettings(main);
    const entries = [];
    for (const [name, section] of doc.sections) {
        const parts = name.split(':');
        if (parts[0] !== 'bumpversion' || parts.length < 3)
            continue;
        const kind = parts[1] ?? '';
        if (!kind.startsWith('file') && !kind.startsWith('glob'))
            continue;
        const target = parts[2] ?? '';
        entries.push(bumpversionFile({ ...iniSettings(section), [kind.startsWith('file') ? 'filename' : 'glob']: target }, global, `[${name}] in ${file}`));
    }
    if (main === undefined && entries.length === 0)
        return undefined;
    return {
        file,
        format: 'ini',
        where: `[bumpversion] in ${file}`,
        currentVersion: typeof global.current_version === 'string' ? global.current_version : undefined,
        tagName: typeof global.tag_name === 'string' ? global.tag_name : undefined,
        customFormat: isCustomFormat(global),
        files: entries,
    };
}
function readTomlBumpversion(file, table) {
    const list = Array.isArray(table.files) ? table.files : [];
    const entries = list.map((entry, i) => bumpversionFile(asTable(entry) ?? {}, table, `[[tool.bumpversion.files]] #${i + 1} in ${file}`));
    return {
        file,
        format: 'toml',
        where: `[tool.bumpversion] in ${file}`,
        currentVersion: typeof table.current_version === 'string' ? table.current_version : undefined,
        tagName: typeof table.tag_name === 'string' ? table.tag_name : undefined,
        customFormat: isCustomFormat(table),
        files: entries,
    };
}
function bumpversionFile(entry, global, where) {
    const text = (key, fallback) => {
        const own = entry[key] ?? global[key];
        return typeof own === 'string' ? own : fallback;
    };
    const flag = (key) => iniBoolean(entry[key] ?? global[key]) ?? false;
    return {
        filename: typeof entry.filename === 'string' ? entry.filename : undefined,
        glob: typeof entry.glob === 'string' ? entry.glob : undefined,
        globExclude: stringList(entry.glob_exclude),
        search: text('search', '{current_version}'),
        replace: text('replace', '{new_version}'),
        regex: flag('regex'),
        ignoreMissingFile: flag('ignore_missing_file'),
        ignoreMissingVersion: flag('ignore_missing_version'),
        keyPath: typeof entry.key_path === 'string' ? entry.key_path : undefined,
        where,
    };
}
function isCustomFormat(settings) {
    const parse = settings.parse;
    const serialize = stringList(settings.serialize);
    return (typeof parse === 'string' && parse !== DEFAULT_PARSE) || (serialize.length > 0 && (serialize.length > 1 || serialize[0] !== DEFAULT_SERIALIZE));
}
/** An INI section's options as plain settings (configparser's strings). */
function iniSettings(section) {
    return section === undefined ? {} : Object.fromEntries([...section.options].map(([key, option]) => [key, option.value]));
}
function yamlOf(files, file) {
    const content = files.get(file);
    if (content === undefined)
        return undefined;
    try {
        const value = (0,yaml_dist/* parse */.qg)(content);
        return asTable(value) ?? {};
    }
    catch (error) {
        throw new errors_FileError(file, `not valid YAML: ${error.message.split('\n')[0] ?? ''}`, undefined, { cause: error });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/version-sources/project-settings.ts





/**
 * The release settings of the first release tool the project configures (python-semantic-release,
 * commitizen, bump-my-version: the same order `locateVersion` follows), each with the tool's own
 * default when the project did not set it, since that is what the tool did for every past release.
 */
function readProjectReleaseSettings(files) {
    const semanticRelease = readSemanticReleaseConfig(files);
    if (semanticRelease !== undefined)
        return semanticReleaseSettings(semanticRelease);
    const commitizen = readCommitizenConfig(files);
    if (commitizen !== undefined)
        return commitizenSettings(commitizen);
    const bumpversion = readBumpversionConfig(files);
    if (bumpversion !== undefined)
        return bumpversionSettings(bumpversion);
    return { notes: [] };
}
/** The value of the `tag-prefix` input that asks for tags without a prefix (`1.2.3`): `''` means "as the project says". */
const NO_TAG_PREFIX = 'none';
/** The documented default when neither the input nor the project's configuration says. */
const DEFAULT_TAG_PREFIX = 'v';
/**
 * The tag prefix for a `tag-prefix` input: as given; `none` for no prefix; empty for what the
 * project's release tool uses (python-semantic-release's `tag_format`, commitizen's `tag_format`,
 * bump-my-version's `tag_name`), else `v`. Shared by version-bump, changelog and
 * pypi-publish-check, so all three agree.
 */
function resolveTagPrefix(input, raw, project) {
    const given = raw.trim();
    if (given === NO_TAG_PREFIX)
        return { value: '', origin: undefined, defaulted: false };
    if (given !== '')
        return { value: parseTagPrefix(input, given), origin: undefined, defaulted: false };
    const fromProject = project?.tagPrefix;
    if (fromProject instanceof errors_FileError)
        throw fromProject;
    return fromProject === undefined ? { value: DEFAULT_TAG_PREFIX, origin: undefined, defaulted: true } : { ...fromProject, defaulted: false };
}
// python-semantic-release's parser defaults, the same in v7 (semantic_release/defaults.cfg,
// `parser_angular_*`), v8 (commit_parser/angular.py `AngularParserOptions`) and v9
// (`AngularParserOptions` / `ConventionalCommitParserOptions`).
const PSR_ALLOWED = ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'style', 'refactor', 'test'];
const PSR_MINOR = ['feat'];
const PSR_PATCH = ['fix', 'perf'];
const PSR_CONVENTIONAL_PARSERS = new Set(['angular', 'conventional', 'semantic_release.history.angular_parser']);
function semanticReleaseSettings(config) {
    const { settings, where } = config;
    const notes = [];
    const explicit = (key, value) => (value === undefined ? `python-semantic-release's default ${key} (${where})` : `${key} in ${where}`);
    const tagFormat = typeof settings.tag_format === 'string' ? settings.tag_format : 'v{version}';
    const majorOnZero = iniBoolean(settings.major_on_zero) ?? true;
    const parser = typeof settings.commit_parser === 'string' ? settings.commit_parser : undefined;
    const base = {
        tagPrefix: tagPrefixOf({ file: config.file, where, key: 'tag_format', format: tagFormat }, ['{version}'], explicit('tag_format', settings.tag_format)),
        majorOnZero: { value: majorOnZero, origin: explicit('major_on_zero', settings.major_on_zero) },
    };
    if (parser !== undefined && !PSR_CONVENTIONAL_PARSERS.has(parser)) {
        notes.push(`commit_parser = "${parser}" in ${where} does not parse Conventional Commits; minor-types and patch-types keep their documented defaults.`);
        return { ...base, notes };
    }
    // v8+: [tool.semantic_release.commit_parser_options]; v7: parser_angular_* keys.
    const options = asTable(settings.commit_parser_options);
    const optionsWhere = options === undefined ? where : `[tool.semantic_release.commit_parser_options] in pyproject.toml`;
    const pick = (v8, v7) => options?.[v8] !== undefined ? { value: options[v8], key: v8 } : settings[v7] !== undefined ? { value: settings[v7], key: v7 } : { value: undefined, key: v8 };
    const minor = pick('minor_tags', 'parser_angular_minor_types');
    const patch = pick('patch_tags', 'parser_angular_patch_types');
    const allowed = pick('allowed_tags', 'parser_angular_allowed_types');
    const level = pick('default_bump_level', 'parser_angular_default_level_bump');
    const allowedTypes = allowed.value === undefined ? PSR_ALLOWED : lower(stringList(allowed.value));
    const minorTags = minor.value === undefined ? PSR_MINOR : lower(stringList(minor.value));
    const patchTags = patch.value === undefined ? PSR_PATCH : lower(stringList(patch.value));
    const defaultLevel = bumpLevelName(level.value);
    if (defaultLevel === 'major' || defaultLevel === 'prerelease') {
        notes.push(`${level.key} = ${JSON.stringify(level.value)} in ${optionsWhere} has no equivalent here: other types do not release.`);
    }
    // PSR: a commit's type must be among allowed_tags to parse; then minor_tags, else patch_tags,
    // else default_bump_level decide (commit_parser/angular.py `tag_to_level`, v9.21.0).
    const minorTypes = allowedTypes.filter((t) => minorTags.includes(t) || (defaultLevel === 'minor' && !patchTags.includes(t)));
    const patchTypes = allowedTypes.filter((t) => !minorTypes.includes(t) && (patchTags.includes(t) || defaultLevel === 'patch'));
    const origin = (key, value) => (value === undefined ? `python-semantic-release's default ${key} (${where})` : `${key} in ${optionsWhere}`);
    const typesOrigin = (own) => [origin(own.key, own.value), ...(allowed.value === undefined ? [] : [`allowed_tags in ${optionsWhere}`]), ...(level.value === undefined ? [] : [`${level.key} in ${optionsWhere}`])].join('; ');
    return {
        ...base,
        minorTypes: { value: minorTypes, origin: typesOrigin(minor) },
        patchTypes: { value: patchTypes, origin: typesOrigin(patch) },
        notes,
    };
}
/** PSR's `default_bump_level`: v7 a name (`no-release`, `patch`, ...), v8+ `LevelBump` (0 no release, 1 prerelease, 2 patch, 3 minor, 4 major). */
function bumpLevelName(value) {
    if (typeof value === 'number')
        return ['none', 'prerelease', 'patch', 'minor', 'major'][value] ?? 'none';
    if (typeof value !== 'string')
        return 'none';
    const word = value.toLowerCase().replace('-', '_');
    if (word === 'patch' || word === 'minor' || word === 'major')
        return word;
    if (word === 'prerelease_revision')
        return 'prerelease';
    return 'none';
}
// commitizen/defaults.py `BUMP_MAP` (v4.17.0), for the default `cz_conventional_commits` rules.
const CZ_MINOR = ['feat'];
const CZ_PATCH = ['fix', 'refactor', 'perf'];
function commitizenSettings(config) {
    const { settings, where, file } = config;
    const notes = [];
    const explicit = (key) => (settings[key] === undefined ? `commitizen's default ${key} (${where})` : `${key} in ${where}`);
    // commitizen's default tag_format is "$version": tags without a prefix (defaults.py DEFAULT_SETTINGS).
    const tagFormat = typeof settings.tag_format === 'string' ? settings.tag_format : '$version';
    // major_version_zero = true keeps breaking changes on 0.x a minor bump (BUMP_MAP_MAJOR_VERSION_ZERO).
    const majorVersionZero = iniBoolean(settings.major_version_zero) ?? false;
    const base = {
        tagPrefix: tagPrefixOf({ file, where, key: 'tag_format', format: tagFormat }, ['$version', '${version}'], explicit('tag_format')),
        majorOnZero: { value: !majorVersionZero, origin: explicit('major_version_zero') },
    };
    const name = typeof settings.name === 'string' ? settings.name : 'cz_conventional_commits';
    if (name === 'cz_conventional_commits') {
        // commitizen matches its bump map as prefixes (`^feat` also takes `feature:`); here types match whole.
        const origin = `commitizen's cz_conventional_commits bump map (${where})`;
        return { ...base, minorTypes: { value: CZ_MINOR, origin }, patchTypes: { value: CZ_PATCH, origin }, notes };
    }
    const bumpMap = name === 'cz_customize' ? asTable(asTable(settings.customize)?.bump_map) : undefined;
    if (bumpMap !== undefined) {
        const minorTypes = [];
        const patchTypes = [];
        const left = [];
        for (const [pattern, increment] of Object.entries(bumpMap)) {
            const type = /^\^?([A-Za-z][\w-]*)$/.exec(pattern)?.[1]?.toLowerCase();
            if (type !== undefined && increment === 'MINOR')
                minorTypes.push(type);
            else if (type !== undefined && increment === 'PATCH')
                patchTypes.push(type);
            else
                left.push(`${pattern} = ${String(increment)}`);
        }
        if (left.length > 0)
            notes.push(`bump_map entries ${left.join(', ')} in ${where} have no equivalent here (only breaking changes bump major).`);
        const origin = `bump_map in [tool.commitizen.customize] (${where})`;
        return { ...base, minorTypes: { value: minorTypes, origin }, patchTypes: { value: patchTypes, origin }, notes };
    }
    notes.push(`name = "${name}" in ${where}: its commit rules are not known here; minor-types and patch-types keep their documented defaults.`);
    return { ...base, notes };
}
function bumpversionSettings(config) {
    // bump-my-version's default tag_name is "v{new_version}" (bumpversion/config/__init__.py DEFAULTS).
    const tagName = config.tagName ?? 'v{new_version}';
    const origin = config.tagName === undefined ? `bump-my-version's default tag_name (${config.where})` : `tag_name in ${config.where}`;
    return { tagPrefix: tagPrefixOf({ file: config.file, where: config.where, key: 'tag_name', format: tagName }, ['{new_version}'], origin), notes: [] };
}
/**
 * The prefix a release tool's tag format gives (`v{version}` gives `v`), held to the rule a
 * `tag-prefix` input is held to (`parseTagPrefix`), or a FileError naming the file, the key, the
 * format and why it cannot be followed.
 */
function tagPrefixOf(setting, placeholders, origin) {
    const { file, where, key, format } = setting;
    const stated = `${key} = ${JSON.stringify(format)} in ${where}`;
    const prefix = placeholders.map((placeholder) => prefixOf(format, placeholder)).find((found) => found !== undefined);
    if (prefix === undefined)
        return new errors_FileError(file, `${stated} is not a prefix followed by ${placeholders[0]}; version-bump can only follow such tags: set tag-prefix`);
    const problem = tagPrefixProblem(prefix);
    if (problem !== undefined)
        return new errors_FileError(file, `${stated} gives the tag prefix '${prefix}', but a tag name cannot ${problem}: set tag-prefix`);
    return { value: prefix, origin };
}
/** The literal text before `placeholder` when the format is exactly that text and the placeholder. */
function prefixOf(format, placeholder) {
    if (!format.endsWith(placeholder))
        return undefined;
    const prefix = format.slice(0, -placeholder.length);
    // python-semantic-release 8+ reads tag_format as a regular expression around {version}: only plain text can be a prefix.
    return /^[A-Za-z0-9._/-]*$/.test(prefix) ? prefix : undefined;
}
function lower(types) {
    return types.map((type) => type.toLowerCase());
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/secret-forms.ts
/**
 * The forms in which a secret could appear in a log: as is, URL-encoded, and inside the
 * base64 Basic credential (RFC 7617) sent with it: git's `x-access-token:<token>` unless
 * another user name is given (semantic-release's hide-sensitive masks these too).
 * Each is registered with `core.setSecret` so the runner masks it.
 */
function secretForms(secret, basicUsername = 'x-access-token') {
    if (secret.trim() === '')
        return [];
    const forms = new Set([
        secret,
        encodeURIComponent(secret),
        Buffer.from(`${basicUsername}:${secret}`, 'utf8').toString('base64'),
    ]);
    return [...forms];
}

;// CONCATENATED MODULE: ./packages/core/src/publish/index-client/repository-url.ts


/**
 * Checks the `repository-url` input and returns it as a URL without a trailing slash.
 * https is required; plain http only for loopback hosts (a fake index in tests, a local mirror),
 * because an index answer decides whether an upload goes ahead.
 */
function parseRepositoryUrl(raw) {
    const allowed = 'it must be an https:// URL such as https://pypi.org (http:// only for 127.0.0.0/8, ::1 or localhost)';
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new InputError('repository-url', redactUrl(raw), allowed);
    }
    if (describeInsecureUrl(url) !== undefined || url.search !== '' || url.hash !== '')
        throw new InputError('repository-url', redactUrl(raw), allowed);
    url.pathname = url.pathname.replace(/\/+$/, '');
    // pypa/gh-action-pypi-publish takes the upload URL (…/legacy/); this check asks the index.
    if (url.hostname === 'upload.pypi.org' || /\/legacy$/.test(url.pathname)) {
        throw new InputError('repository-url', redactUrl(raw), 'that is an upload URL; give the index it belongs to, e.g. https://pypi.org or https://test.pypi.org');
    }
    return url;
}
/**
 * Why a URL may not be asked, or undefined when it may: https, or plain http to a loopback host.
 * The rule for the repository URL, the ID-token endpoint and every redirect either one answers
 * with, because their answers decide whether an upload goes ahead (and carry credentials).
 */
function describeInsecureUrl(url) {
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:') {
        return isLoopbackHost(url.hostname) ? undefined : `it is plain http:// to ${url.host}, allowed only for 127.0.0.0/8, ::1 and localhost`;
    }
    return `its scheme is ${url.protocol.replace(/:$/, '')}, not https`;
}
/** 127.0.0.0/8, ::1 and localhost: the hosts whose traffic never leaves the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    if (host === 'localhost' || host === '[::1]' || host === '::1')
        return true;
    const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
    return octets !== null && octets.slice(1).every((octet) => Number(octet) <= 255);
}
/** The URL as it may appear in a message: a mirror's `user:password@` is removed. */
function redactUrl(raw) {
    try {
        const url = new URL(raw);
        if (url.username === '' && url.password === '')
            return url.href;
        url.username = '';
        url.password = '';
        return url.href;
    }
    catch {
        // Not a URL: drop anything that looks like userinfo before a host.
        return String(raw).replace(/\/\/[^/@]*@/, '//');
    }
}
/** `base` + `/segment/...`, each segment percent-encoded, keeping any path prefix of a mirror. */
function joinUrl(base, ...segments) {
    const url = new URL(base.href);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/${segments.map(encodeURIComponent).join('/')}`;
    return url;
}
/** The credentials written in a URL, decoded; undefined when it has none. */
function readUrlCredentials(url) {
    if (url.username === '' && url.password === '')
        return undefined;
    return { username: safeDecode(url.username), password: safeDecode(url.password) };
}
/** `Basic base64(user:password)` (RFC 7617), as pip and twine send a mirror's credentials. */
function basicAuthorization(credentials) {
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
}
/**
 * fetch refuses URLs with `user:password@` (a private mirror's Basic credentials), so they move
 * into an Authorization header; the returned URL has none and is safe to show.
 */
function splitCredentials(url) {
    const credentials = readUrlCredentials(url);
    if (credentials === undefined)
        return { url, headers: {} };
    const bare = new URL(url.href);
    bare.username = '';
    bare.password = '';
    return { url: bare, headers: { Authorization: basicAuthorization(credentials) } };
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch (error) {
        // A lone `%` is kept as written, as WHATWG URL parsing keeps it.
        if (error instanceof URIError)
            return text;
        throw error;
    }
}
/**
 * Every form in which the credentials of a `repository-url` could show, for `core.setSecret`:
 * the password as typed, as the URL parser writes it, decoded, URL-encoded, and inside the
 * Basic credential; the user name too when there is no password (`https://<token>@mirror`),
 * since the user name is then the secret. Works on text that is not a valid URL, so that even
 * a refused input is masked.
 */
function repositoryUrlSecretForms(raw) {
    const typed = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(raw.trim())?.[1];
    if (typed === undefined)
        return [];
    const colon = typed.indexOf(':');
    const typedUser = colon < 0 ? typed : typed.slice(0, colon);
    const typedPassword = colon < 0 ? '' : typed.slice(colon + 1);
    const parsed = URL.canParse(raw.trim()) ? new URL(raw.trim()) : undefined;
    if (typedPassword === '') {
        // `https://<token>@mirror`: sent as Basic `<token>:`.
        const token = safeDecode(typedUser);
        const forms = new Set([...secretForms(token), typedUser, parsed?.username ?? '', Buffer.from(`${token}:`, 'utf8').toString('base64')]);
        return [...forms].filter((form) => form.trim() !== '');
    }
    const password = safeDecode(typedPassword);
    const forms = new Set([...secretForms(password, safeDecode(typedUser)), typedPassword, parsed?.password ?? '']);
    return [...forms].filter((form) => form.trim() !== '');
}

;// CONCATENATED MODULE: ./packages/core/src/publish/publish-check-settings.ts







/** The defaults of every input, as action.yml declares them (a test keeps the two equal). */
const PUBLISH_CHECK_DEFAULTS = {
    dist: 'dist',
    pyproject: 'pyproject.toml',
    'expected-version': '',
    'tag-prefix': '',
    'release-branch-pattern': 'release/v{version}',
    'repository-url': 'https://pypi.org',
    'check-published': 'true',
    'skip-existing': 'false',
    require: 'sdist,wheel',
    'max-file-size': '100MiB',
    strict: 'false',
    'trusted-publishing': 'auto',
};
const TRUSTED_PUBLISHING_MODES = ['require', 'auto', 'off'];
/**
 * The project's config files, read only when they decide something: `tag-prefix` and
 * `expected-version` left empty on a tag ref (a publish job may not check out the repository; a branch run does not need them). A file
 * that cannot be read (a folder, a link out of the repository, not UTF-8) comes back as its
 * FileError, for the expected-version check to report while every other check still runs.
 */
async function readPublishProjectConfig(source, ref, read) {
    if (source('tag-prefix').trim() !== '' || source('expected-version').trim() !== '' || !ref?.startsWith('refs/tags/'))
        return undefined;
    try {
        return await readProjectConfigFiles(read);
    }
    catch (error) {
        if (error instanceof errors_FileError)
            return error;
        throw error;
    }
}
/**
 * Reads and checks every input; `ref` is GITHUB_REF, for the default expected version, and
 * `context.workspace` is where absolute `dist` and `pyproject` paths must lie.
 */
function parsePublishCheckSettings(source, ref, context = {}) {
    const read = (name) => {
        const value = source(name).trim();
        return value === '' && name !== 'tag-prefix' && name !== 'expected-version' ? (PUBLISH_CHECK_DEFAULTS[name] ?? '') : value;
    };
    const require = parseRequire(read('require'));
    const repository = parseRepositoryUrl(read('repository-url'));
    const pattern = read('release-branch-pattern');
    if (!pattern.includes('{version}')) {
        throw new InputError('release-branch-pattern', pattern, 'it must contain {version}, e.g. release/v{version}');
    }
    const rawExpected = read('expected-version');
    let expected;
    let expectedProblem;
    // tag-prefix as version-bump and changelog read it; the project's configuration only where it decides (a tag ref).
    const unset = read('tag-prefix') === '';
    const tagRef = ref?.startsWith('refs/tags/') ?? false;
    let tagPrefix = { value: DEFAULT_TAG_PREFIX, origin: undefined, defaulted: true };
    try {
        tagPrefix = resolveTagPrefix('tag-prefix', source('tag-prefix'), unset && tagRef && rawExpected === '' ? projectSettings(context.files) : undefined);
    }
    catch (error) {
        if (!(error instanceof errors_FileError))
            throw error;
        // The project's configuration says nothing usable: the check says so, and the others still run.
        expectedProblem = { message: `tag-prefix is empty, so it follows the project's release tool, but ${error.message}`, fix: `Set tag-prefix (${NO_TAG_PREFIX} for tags without a prefix), or fix the file.` };
    }
    if (rawExpected !== '') {
        const version = Pep440Version.tryParse(rawExpected.replace(/^v/i, ''));
        if (!version)
            throw new InputError('expected-version', rawExpected, 'it must be a PEP 440 version such as 0.3.4 or 1.0rc1');
        expected = { version, source: `expected-version ${rawExpected}` };
    }
    else if (expectedProblem === undefined) {
        expected = expectedVersionFromRef(ref, tagPrefix.value, pattern);
        if (expected === undefined && tagRef && tagPrefix.defaulted)
            expectedProblem = unprefixedTagProblem(ref ?? '');
    }
    return {
        dist: parseRepositoryPath('dist', read('dist'), context),
        pyproject: parseRepositoryPath('pyproject', read('pyproject'), context),
        expected,
        expectedProblem,
        repositoryUrl: redactUrl(repository).replace(/\/+$/, ''),
        repositoryCredentials: readUrlCredentials(repository),
        secrets: repositoryUrlSecretForms(read('repository-url')),
        checkPublished: parseBooleanInput('check-published', read('check-published')),
        skipExisting: parseBooleanInput('skip-existing', read('skip-existing')),
        require,
        maxFileSize: parseSize('max-file-size', read('max-file-size')),
        strict: parseBooleanInput('strict', read('strict')),
        trustedPublishing: parseChoiceInput('trusted-publishing', read('trusted-publishing'), TRUSTED_PUBLISHING_MODES),
    };
}
function projectSettings(files) {
    if (files instanceof errors_FileError)
        throw files;
    return files === undefined ? undefined : readProjectReleaseSettings(files);
}
/** A tag that is a bare version (`0.4.0`) while the prefix is the documented default: ask, rather than expect nothing. */
function unprefixedTagProblem(ref) {
    const tag = ref.slice('refs/tags/'.length);
    if (expectedVersionFromRef(ref, '', '{version}') === undefined || !/^\d/.test(tag))
        return undefined;
    return {
        message: `The ref is tag ${tag}, a version without the prefix '${DEFAULT_TAG_PREFIX}' that tag-prefix defaults to, so the files cannot be checked against it.`,
        fix: `Set tag-prefix: ${NO_TAG_PREFIX} to check the files against tags without a prefix, or tag-prefix: ${DEFAULT_TAG_PREFIX} if ${tag} is not a release tag.`,
    };
}
const DIST_KINDS = ['sdist', 'wheel'];
/**
 * `require`: sdist, wheel or both. A value that lists nothing (`,`, `, ,`) would require
 * nothing and let an empty dist folder pass, so it is refused like any other bad value.
 */
function parseRequire(raw) {
    const kinds = parseListInput(raw).map((kind) => parseChoiceInput('require', kind, DIST_KINDS));
    if (kinds.length === 0) {
        throw new InputError('require', raw, `it must list at least one of ${DIST_KINDS.join(', ')} (comma separated), e.g. sdist,wheel`);
    }
    return [...new Set(kinds)];
}
/**
 * The version a release ref names: a `{tag-prefix}X` tag or a branch matching the release-branch
 * pattern (`release/v{version}`). Undefined for any other ref, or when X is not PEP 440.
 */
function expectedVersionFromRef(ref, tagPrefix, branchPattern) {
    if (!ref)
        return undefined;
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (ref.startsWith('refs/tags/')) {
        const tag = ref.slice('refs/tags/'.length);
        if (!tag.startsWith(tagPrefix))
            return undefined;
        const version = Pep440Version.tryParse(tag.slice(tagPrefix.length));
        return version ? { version, source: `tag ${tag}` } : undefined;
    }
    if (ref.startsWith('refs/heads/')) {
        const branch = ref.slice('refs/heads/'.length);
        const [before = '', after = ''] = branchPattern.split('{version}');
        const match = new RegExp(`^${escape(before)}(.+)${escape(after)}$`).exec(branch);
        const version = match?.[1] ? Pep440Version.tryParse(match[1]) : undefined;
        return version ? { version, source: `branch ${branch}` } : undefined;
    }
    return undefined;
}
const UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
};
/** `100MiB`, `2 GB`, `1048576`: a size in bytes. */
function parseSize(input, raw) {
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw.trim());
    const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
    if (!match?.[1] || unit === undefined) {
        throw new InputError(input, raw, 'it must be a size such as 100MiB, 60MB or 1048576 (bytes); units B, KB, MB, GB, KiB, MiB, GiB');
    }
    return Math.floor(Number(match[1]) * unit);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/core/src/publish/archives/assert-readable-file.ts


/**
 * Throws a {@link FileError} when `path` cannot be opened for reading: a missing dist file is
 * the caller's mistake, not a finding about the archive, so it must not become a check.
 */
async function assertReadableFile(path) {
    try {
        await (0,promises_namespaceObject.access)(path, promises_namespaceObject.constants.R_OK);
    }
    catch (error) {
        const code = error.code ?? 'unknown error';
        throw new errors_FileError(path, `cannot read the distribution (${code})`, undefined, { cause: error });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/check-result.ts
/** A passing check. */
function pass(id, message, file) {
    return { id, level: 'pass', message, ...(file === undefined ? {} : { file }) };
}
/** A warning (a failure under `strict`). */
function check_result_warning(id, message, fix, file) {
    return { id, level: 'warning', message, fix, ...(file === undefined ? {} : { file }) };
}
/** A failure: PyPI would refuse the upload, or the release is not what the branch says. */
function failure(id, message, fix, file) {
    return { id, level: 'failure', message, fix, ...(file === undefined ? {} : { file }) };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/archive-limits.ts
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** Defaults: PyPI's own upload limit is far below these, so only hostile archives reach them. */
const DEFAULT_ARCHIVE_LIMITS = Object.freeze({
    maxMemberSize: 2 * GiB,
    maxTotalUncompressed: 4 * GiB,
    maxCompressionRatio: 1000,
    maxStreamCompressionRatio: 200,
    maxMembers: 100_000,
});
/** Members smaller than this are not ratio-checked: tiny files of one repeated byte are normal. */
const RATIO_CHECKED_FROM = MiB;
/** The most bytes kept of any one text (METADATA, WHEEL, RECORD, PKG-INFO, pyproject.toml). */
const MAX_TEXT_BYTES = 4 * MiB;
/** Why a member's declared sizes break the limits, or undefined when they do not. */
function describeMemberOverLimits(uncompressedSize, compressedSize, limits) {
    if (uncompressedSize > limits.maxMemberSize) {
        return `it is ${archive_limits_formatBytes(uncompressedSize)} uncompressed, over the ${archive_limits_formatBytes(limits.maxMemberSize)} limit for one member`;
    }
    if (uncompressedSize > RATIO_CHECKED_FROM && uncompressedSize > compressedSize * limits.maxCompressionRatio) {
        const ratio = compressedSize === 0 ? 'an unbounded' : `a ${Math.round(uncompressedSize / compressedSize)}:1`;
        return `it inflates ${archive_limits_formatBytes(compressedSize)} to ${archive_limits_formatBytes(uncompressedSize)}, ${ratio} ratio over the ${limits.maxCompressionRatio}:1 limit`;
    }
    return undefined;
}
/** `1.5 MiB`, `300 B`: sizes in check messages. */
function archive_limits_formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? 'TiB'}`;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/archive-read-error.ts

/**
 * The archive library could not read a distribution: not a zip or gzip at all, truncated,
 * corrupt data, or a member that inflates to another size than it declares. The inspectors
 * turn it into a failing check; any other error is a bug and propagates.
 */
class ArchiveReadError extends OpsError {
    path;
    problem;
    name = 'ArchiveReadError';
    constructor(path, problem, options) {
        super(`${path}: ${problem}`, options);
        this.path = path;
        this.problem = problem;
    }
}
/** Wraps whatever an archive library rejected with (its errors are plain `Error`s). */
function toArchiveReadError(path, error, doing) {
    if (error instanceof ArchiveReadError)
        return error;
    const detail = error instanceof Error ? error.message : String(error);
    return new ArchiveReadError(path, `${doing}: ${detail}`, { cause: error });
}
/** Reading stopped because the archive broke one of the archive limits; `problem` says which. */
class ArchiveLimitError extends OpsError {
    path;
    problem;
    name = 'ArchiveLimitError';
    constructor(path, problem) {
        super(`${path}: ${problem}`);
        this.path = path;
        this.problem = problem;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/member-path.ts
/**
 * Why a member name is unsafe to extract, or undefined when it is safe. An installer that
 * joins such a name to a target directory writes outside it ("zip slip"): pip and uv refuse
 * these names, and the zip spec (APPNOTE 4.4.17) forbids drive letters, a leading slash and
 * backslashes.
 */
function describeUnsafePath(name) {
    if (name.length === 0)
        return 'it is empty';
    if (name.includes('\0'))
        return 'it contains a NUL byte';
    if (name.includes('\\'))
        return 'it contains a backslash, which Windows installers read as a directory separator';
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return 'it is an absolute path';
    if (name.split('/').includes('..'))
        return "it contains a '..' segment";
    return undefined;
}
/** The name without its trailing slash, split into segments (empty segments dropped). */
function splitMemberPath(name) {
    return name.split('/').filter((segment) => segment !== '' && segment !== '.');
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/check-zip-entries.ts



const LIMITS_FIX = 'Do not upload this file: rebuild the distribution from a clean checkout. A member that compresses past 1000:1 is one byte repeated, not package content: generate such data at run time instead of shipping it.';
/** The failing limits check when the archive declares more members than allowed. */
function overMemberCount(count, limits, kind, file) {
    return failure(`${kind}-archive-limits`, `The archive has more than ${limits.maxMembers} members (${count} declared); reading stopped.`, LIMITS_FIX, file);
}
/** The failing limits check for a member or total that is too large; reading stops there. */
function overLimits(problem, kind, file) {
    return failure(`${kind}-archive-limits`, `${problem}; reading stopped before inflating it.`, LIMITS_FIX, file);
}
/**
 * Checks what the central directory declares, before any member is inflated: sizes against
 * the limits (a zip bomb is refused here, at no cost), and names against zip slip.
 */
function checkZipEntries(entries, limits, kind, file) {
    let total = 0;
    for (const { name, uncompressedSize, compressedSize } of entries) {
        const problem = describeMemberOverLimits(uncompressedSize, compressedSize, limits);
        if (problem !== undefined)
            return { checks: [overLimits(`Member ${name}: ${problem}`, kind, file)], overLimits: true };
        total += uncompressedSize;
        if (total > limits.maxTotalUncompressed) {
            const message = `The members add up to more than ${archive_limits_formatBytes(limits.maxTotalUncompressed)} uncompressed (limit reached at ${name})`;
            return { checks: [overLimits(message, kind, file)], overLimits: true };
        }
    }
    const checks = [
        pass(`${kind}-archive-limits`, `${entries.length} members, ${archive_limits_formatBytes(total)} uncompressed: within the limits.`, file),
    ];
    const unsafe = entries.flatMap(({ name }) => {
        const reason = describeUnsafePath(name);
        return reason === undefined ? [] : [`'${name}' (${reason})`];
    });
    checks.push(unsafe.length > 0
        ? failure(`${kind}-member-paths`, `${unsafe.length} member name(s) would be written outside the install directory: ${unsafe.slice(0, 5).join(', ')}${unsafe.length > 5 ? ', ...' : ''}.`, 'Do not upload this file: rebuild it with a PEP 517 build backend; member names must be relative, use "/", and have no ".." segment.', file)
        : pass(`${kind}-member-paths`, 'Every member name is a safe relative path.', file));
    return { checks, overLimits: false };
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ./node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.3/node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(3237);
;// CONCATENATED MODULE: ./packages/core/src/publish/archives/capped-text.ts

/**
 * Collects the bytes of one small text member (METADATA, RECORD, ...) up to a cap, so that a
 * hostile 2 GiB "METADATA" costs at most {@link MAX_TEXT_BYTES} of memory.
 */
class CappedText {
    cap;
    chunks = [];
    bytes = 0;
    /** True once more bytes arrived than the cap allows: the text is then cut. */
    truncated = false;
    constructor(cap = MAX_TEXT_BYTES) {
        this.cap = cap;
    }
    push(chunk) {
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
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/read-tar-members.ts








/** Counts the bytes that pass and calls `check` with the running total; an Error from it stops the pipeline. */
function countingStream(check) {
    let total = 0;
    return new external_node_stream_namespaceObject.Transform({
        transform(chunk, _encoding, callback) {
            total += chunk.length;
            try {
                check(total);
            }
            catch (error) {
                callback(error);
                return;
            }
            callback(null, chunk);
        },
    });
}
/**
 * Streams a .tar.gz through node:zlib's gunzip into tar-stream (mafintosh/tar-stream: a
 * pure parser that never touches the file system, handling ustar, pax and GNU long names),
 * calling `onMember` per member. Gzip has no central directory, so the limits are enforced on
 * the fly: on the running uncompressed total and ratio, and on each header's declared size.
 * `wantText(name)` chooses members whose (capped) text is kept.
 */
async function streamTarGz(path, limits, wantText, onMember) {
    let compressed = 0;
    const countCompressed = countingStream((total) => {
        compressed = total;
    });
    const countInflated = countingStream((total) => {
        if (total > limits.maxTotalUncompressed) {
            throw new ArchiveLimitError(path, `the tar stream inflates to more than ${archive_limits_formatBytes(limits.maxTotalUncompressed)}`);
        }
        if (total > RATIO_CHECKED_FROM && total > compressed * limits.maxStreamCompressionRatio) {
            throw new ArchiveLimitError(path, `${archive_limits_formatBytes(compressed)} of gzip inflated to ${archive_limits_formatBytes(total)}, over the ${limits.maxStreamCompressionRatio}:1 ratio limit`);
        }
    });
    const extract = tar_stream.extract();
    const piped = (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: 64 * 1024 }), countCompressed, (0,external_node_zlib_namespaceObject.createGunzip)(), countInflated, extract);
    // Both sides fail together on a bad stream; keep the pipeline's error, the more precise one.
    const pipedResult = piped.then(() => undefined, (error) => error);
    let count = 0;
    let inCallback = false;
    try {
        for await (const entry of extract) {
            const { header } = entry;
            const name = header.name;
            const type = header.type ?? 'unknown';
            const size = header.size ?? 0;
            count += 1;
            if (count > limits.maxMembers)
                throw new ArchiveLimitError(path, `the archive has more than ${limits.maxMembers} members`);
            const problem = describeMemberOverLimits(size, size, limits);
            if (problem !== undefined)
                throw new ArchiveLimitError(path, `member ${name}: ${problem}`);
            let text;
            if (type === 'file' && wantText(name)) {
                text = new CappedText();
                for await (const chunk of entry)
                    text.push(chunk);
            }
            else {
                entry.resume();
            }
            inCallback = true;
            onMember({
                name,
                type,
                size,
                ...(header.linkname ? { linkTarget: header.linkname } : {}),
            }, text?.text());
            inCallback = false;
        }
    }
    catch (error) {
        extract.destroy();
        const pipeError = await pipedResult;
        if (inCallback || error instanceof ArchiveLimitError)
            throw error;
        if (pipeError instanceof ArchiveLimitError)
            throw pipeError;
        throw toArchiveReadError(path, pipeError ?? error, 'not a readable .tar.gz');
    }
    const pipeError = await pipedResult;
    if (pipeError instanceof ArchiveLimitError)
        throw pipeError;
    if (pipeError !== undefined)
        throw toArchiveReadError(path, pipeError, 'not a readable .tar.gz');
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/tar-data-filter.ts


/**
 * The unpack directory, as the first segment of every absolute path in the model. A NUL byte
 * cannot appear in a member name, so no `..` walk can climb out and back into a directory of
 * the same name: a path that leaves it is outside, whatever the real directory is called.
 */
const DEST = '\0dest';
/** Linux's MAXSYMLINKS: a path lookup that follows more links fails with ELOOP. */
const MAX_LINKS = 40;
const REGULAR = new Set(['file', 'contiguous-file']);
const SPECIAL = new Set(['character-device', 'block-device', 'fifo', 'unknown']);
/**
 * Replays the unpacking of a tar stream member by member, as `tarfile.extractall(dest,
 * filter='data')` does it: each member is checked against what the members before it left on
 * disk (so a link chain such as `a -> .`, `a/b -> ..`, `a/b/c -> ..`, `a/b/c/file` is resolved
 * link by link, and refused at `a/b`), then recorded as unpacked. Nothing touches the disk.
 */
class TarUnpackModel {
    root;
    #nodes = new Map([
        ['', { kind: 'dir' }],
        [DEST, { kind: 'dir' }],
    ]);
    /** Members unpacked so far, by normalized name, for hard links whose target is gone. */
    #members = new Map();
    #refusals = [];
    /**
     * Member directories (as named in the archive) already resolved and created: most members
     * share a few directories, and what a directory resolves to can only change when a symlink
     * is added (files and directories land below it, never in its way), which empties this.
     */
    #resolvedDirs = new Map();
    /** `root`: the sdist's single top directory; links and names under it must stay under it. */
    constructor(root) {
        this.root = root;
    }
    /** Checks one member (the `index`th) as the data filter would, and unpacks it when it passes. */
    add(member, index) {
        // Absolute names and `..` segments are refused on their own (sdist-member-paths), and never unpacked here.
        if (describeUnsafePath(member.name) !== undefined)
            return;
        const segments = splitMemberPath(member.name);
        const name = segments.join('/');
        const scope = this.#scopeOf(segments);
        const isLink = member.type === 'symlink' || member.type === 'link';
        const refuse = (kind, detail, link = isLink) => {
            this.#refusals.push({ member: member.name, index, kind, detail, link });
        };
        // _get_filtered_attrs: the member's own path, resolved through what is already on disk
        // (its directory first, which os.makedirs then creates, then the last component).
        const last = segments.at(-1);
        if (last === undefined)
            return;
        const dirName = segments.slice(0, -1).join('/');
        const known = this.#resolvedDirs.get(dirName);
        const parent = known === undefined ? this.#realpath([DEST, ...segments.slice(0, -1)]) : { ok: true, path: known };
        if (!parent.ok)
            return refuse('unresolvable', parent.why, false);
        if (this.#nodes.get(parent.path)?.kind === 'file')
            return refuse('unresolvable', `${show(parent.path)} is a file, used as a directory`, false);
        const target = this.#realpath([last], parent.path);
        if (!target.ok)
            return refuse('unresolvable', target.why, false);
        if (!within(target.path, DEST))
            return refuse('outside-destination', `unpacks to ${show(target.path)} through a link`, false);
        if (!within(target.path, scope))
            return refuse('outside-root', `unpacks to ${show(target.path)} through a link, outside ${this.root ?? ''}/`, false);
        if (SPECIAL.has(member.type))
            return refuse('special-file', member.type === 'unknown' ? 'a member type tarfile does not know' : member.type, false);
        if (isLink) {
            const linkname = member.linkTarget ?? '';
            if (linkname.startsWith('/'))
                return refuse('absolute-link', `points at the absolute path ${linkname}`);
            const from = member.type === 'symlink' ? [DEST, ...external_node_path_namespaceObject.posix.dirname(name).split('/'), ...linkname.split('/')] : [DEST, ...linkname.split('/')];
            const resolved = this.#realpath(from);
            if (!resolved.ok)
                return refuse('unresolvable', resolved.why);
            if (!within(resolved.path, DEST))
                return refuse('link-outside', `resolves to ${show(resolved.path)}, outside the unpack directory`);
            if (!within(resolved.path, scope))
                return refuse('outside-root', `resolves to ${show(resolved.path)}, outside ${this.root ?? ''}/`);
        }
        this.#unpack(member, segments, dirName, parent.path, refuse);
    }
    /**
     * The refusals, ending with links that, once every member is unpacked, resolve out of
     * their scope or cannot be resolved (a later member can change what an earlier link means).
     */
    finish() {
        const refused = new Set(this.#refusals.map((r) => r.member));
        for (const [path, node] of this.#nodes) {
            if (node.kind !== 'symlink')
                continue;
            const segments = path.split('/');
            const resolved = this.#realpath(segments);
            const scope = this.#scopeOf(segments.slice(1));
            const member = segments.slice(1).join('/');
            if (refused.has(member))
                continue;
            if (!resolved.ok)
                this.#refusals.push({ member, index: undefined, kind: 'unresolvable', detail: `once unpacked: ${resolved.why}`, link: true });
            else if (!within(resolved.path, scope)) {
                this.#refusals.push({
                    member,
                    index: undefined,
                    kind: within(resolved.path, DEST) ? 'outside-root' : 'link-outside',
                    detail: `once every member is unpacked, resolves to ${show(resolved.path)}`,
                    link: true,
                });
            }
        }
        return [...this.#refusals];
    }
    #scopeOf(segments) {
        return this.root !== undefined && segments[0] === this.root ? child(DEST, this.root) : DEST;
    }
    /** TarFile._extract_member, for a member that passed the filter. */
    #unpack(member, segments, dirName, parentPath, refuse) {
        const parent = this.#makeDirs(parentPath);
        if (parent !== undefined)
            this.#resolvedDirs.set(dirName, parent);
        const last = segments.at(-1);
        if (parent !== undefined && last !== undefined)
            this.#place(member, child(parent, last), refuse, 0);
        this.#members.set(segments.join('/'), member);
    }
    /** Puts `member` at `at` (its parent resolved), as makefile, makedir, makelink_with_filter do. */
    #place(member, at, refuse, depth) {
        const existing = this.#nodes.get(at);
        if (member.type === 'directory') {
            if (existing === undefined)
                this.#nodes.set(at, { kind: 'dir' });
        }
        else if (REGULAR.has(member.type)) {
            // open(targetpath, 'wb') follows a symlink in the last place, even a dangling one.
            const found = existing?.kind === 'symlink' ? this.#lookup(at.split('/')) : { path: at, node: existing };
            if (found !== undefined && found.node?.kind !== 'dir')
                this.#nodes.set(found.path, { kind: 'file' });
        }
        else if (member.type === 'symlink') {
            // The filter stores the normalized link name (os.path.normpath) that os.symlink then writes;
            // os.unlink cannot remove a directory in the way, and the link is then not made.
            if (existing?.kind !== 'dir') {
                this.#nodes.set(at, { kind: 'symlink', target: external_node_path_namespaceObject.posix.normalize(member.linkTarget ?? '') });
                this.#resolvedDirs.clear();
            }
        }
        else if (member.type === 'link' && depth < 8) {
            this.#placeHardLink(member, at, existing, refuse, depth);
        }
    }
    /**
     * makelink_with_filter for a hard link: os.link to what `linkname` names on disk (following
     * symlinks). When nothing is there, the archive member of that name before the link is
     * unpacked in its place; when there is none, tarfile raises KeyError. When os.link fails
     * (a directory), the same fallback runs, but a missing member is then only an ExtractError,
     * which extractall logs and skips.
     */
    #placeHardLink(member, at, existing, refuse, depth) {
        const linkname = member.linkTarget ?? '';
        const source = this.#lookup([DEST, ...linkname.split('/')]);
        const onDisk = source?.node;
        if (onDisk !== undefined && onDisk.kind !== 'dir' && existing?.kind !== 'dir') {
            this.#nodes.set(at, { kind: 'file' });
            return;
        }
        const linkFailed = onDisk !== undefined;
        // TarFile._find_link_target compares os.path.normpath of both names.
        const earlier = this.#members.get(splitMemberPath(external_node_path_namespaceObject.posix.normalize(linkname)).join('/'));
        if (earlier === undefined) {
            if (!linkFailed)
                refuse('missing-link-target', `no member ${linkname} comes before it, so tarfile cannot unpack it`);
            return;
        }
        if (earlier.type === 'symlink') {
            // Unpacked here, the symlink's target is read from this directory: check it from here.
            const target = external_node_path_namespaceObject.posix.normalize(earlier.linkTarget ?? '');
            const resolved = target.startsWith('/') ? undefined : this.#realpath([...parentOf(at).split('/'), ...target.split('/')]);
            if (resolved === undefined || !resolved.ok || !within(resolved.path, this.#scopeOf(at.split('/').slice(1)))) {
                refuse('relocated-link', `links to the symlink ${earlier.name} -> ${earlier.linkTarget ?? ''}, which, unpacked here, resolves ${resolved?.ok === true ? `to ${show(resolved.path)}` : 'nowhere'}`);
                return;
            }
        }
        this.#place(earlier, at, refuse, depth + 1);
    }
    /**
     * Where the operating system finds `path`, following every symlink (the last one too):
     * unlike realpath, a missing directory cannot be walked through, not even by `..`. Undefined
     * when the walk fails before the last component (missing, not a directory, or 40 links deep).
     */
    #lookup(parts) {
        const rest = [...parts].reverse();
        const more = () => rest.some((part) => part !== '' && part !== '.');
        let path = '';
        let links = 0;
        while (rest.length > 0) {
            const name = rest.pop();
            if (name === '' || name === '.')
                continue;
            if (name === '..') {
                path = parentOf(path);
                continue;
            }
            const next = child(path, name);
            const node = this.#nodes.get(next);
            if (node === undefined)
                return more() ? undefined : { path: next, node: undefined };
            if (node.kind === 'symlink') {
                links += 1;
                if (links > MAX_LINKS)
                    return undefined;
                if (node.target.startsWith('/'))
                    path = '';
                rest.push(...node.target.split('/').reverse());
                continue;
            }
            if (node.kind === 'file' && more())
                return undefined;
            path = next;
        }
        return { path, node: this.#nodes.get(path) };
    }
    /** os.makedirs of a member's resolved parent: created where missing; undefined when a file is in the way. */
    #makeDirs(path) {
        if (this.#nodes.get(path)?.kind === 'dir')
            return path;
        for (let end = path.indexOf('/');; end = path.indexOf('/', end + 1)) {
            const prefix = end < 0 ? path : path.slice(0, end);
            const node = this.#nodes.get(prefix);
            if (node === undefined)
                this.#nodes.set(prefix, { kind: 'dir' });
            else if (node.kind !== 'dir')
                return undefined;
            if (end < 0)
                return path;
        }
    }
    /**
     * posixpath.realpath(path, strict=ALLOW_MISSING) over the model: symlinks are followed
     * (targets relative to the link's directory, absolute ones from the root), a missing
     * component is kept as written and `..` after it is lexical, and a loop or a file in a
     * directory's place is an error, as with strict=True. Past {@link MAX_LINKS} links it is an
     * error too (realpath has no such limit, but Linux's path lookup does, so nothing could be
     * unpacked through such a path), which also bounds the work a hostile chain can cause.
     * `start` is an already resolved directory to walk `parts` from.
     */
    #realpath(parts, start = '') {
        const MARK = Symbol('resolved');
        const rest = [...parts].reverse();
        let partCount = parts.length;
        let path = start;
        const seen = new Map();
        let links = 0;
        while (partCount > 0) {
            const name = rest.pop();
            if (name === MARK) {
                seen.set(rest.pop(), path);
                continue;
            }
            if (typeof name !== 'string')
                break;
            partCount -= 1;
            if (name === '' || name === '.')
                continue;
            if (name === '..') {
                path = parentOf(path);
                continue;
            }
            const next = child(path, name);
            const node = this.#nodes.get(next);
            if (node === undefined) {
                path = next;
                continue;
            }
            if (node.kind !== 'symlink') {
                if (partCount > 0 && node.kind !== 'dir')
                    return { ok: false, why: `${show(next)} is a file, used as a directory` };
                path = next;
                continue;
            }
            const cached = seen.get(next);
            if (cached !== undefined) {
                if (cached === null)
                    return { ok: false, why: `the links loop at ${show(next)}` };
                path = cached;
                continue;
            }
            links += 1;
            if (links > MAX_LINKS)
                return { ok: false, why: `resolving it takes more than ${MAX_LINKS} links, which the system refuses to follow (ELOOP)` };
            seen.set(next, null);
            if (node.target.startsWith('/'))
                path = '';
            const targetParts = node.target.split('/');
            rest.push(next, MARK, ...[...targetParts].reverse());
            partCount += targetParts.length;
        }
        return { ok: true, path };
    }
}
function child(path, name) {
    return path === '' ? name : `${path}/${name}`;
}
/** `..` from `path`: the root's parent is the root, as on POSIX. */
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
function within(path, scope) {
    return path === scope || path.startsWith(`${scope}/`);
}
/** A model path as the message shows it: relative to the unpack directory, `../x` when above it. */
function show(path) {
    if (path === DEST)
        return 'the directory it is unpacked into';
    if (path.startsWith(`${DEST}/`))
        return path.slice(DEST.length + 1);
    return path === '' ? '..' : `../${path}`;
}
/** Replays `members` in order and returns every refusal. */
function checkTarUnpack(members, root) {
    const model = new TarUnpackModel(root);
    members.forEach((member, index) => model.add(member, index));
    return model.finish();
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/sdist-checks.ts



const MAX_LISTED = 5;
function listSome(items) {
    const shown = items.slice(0, MAX_LISTED).join(', ');
    return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}
const REBUILD = 'Do not upload this file: rebuild the sdist with `python -m build --sdist` from a clean checkout.';
/**
 * Member paths, links and file types: an sdist must unpack inside its own root and nowhere
 * else. Links are resolved as CPython's `tarfile` data filter resolves them (PEP 706), member
 * by member against what the members before left on disk, so a chain of links that are each
 * harmless on their own is refused where it leaves the root (see tar-data-filter.ts).
 */
function checkSdistMembers(members, root, file) {
    const unsafe = members.flatMap((m) => {
        const reason = describeUnsafePath(m.name);
        return reason === undefined ? [] : [`'${m.name}' (${reason})`];
    });
    const refusals = checkTarUnpack(members, root);
    const byName = new Map(members.map((m) => [splitMemberPath(m.name).join('/'), m]));
    const linkOf = (name) => byName.get(splitMemberPath(name).join('/'))?.linkTarget ?? '';
    const throughLinks = refusals.filter((r) => !r.link && r.kind !== 'special-file').map((r) => `'${r.member}' (${r.detail})`);
    const backslashed = members
        .filter((m) => (m.type === 'symlink' || m.type === 'link') && (m.linkTarget ?? '').includes('\\'))
        .map((m) => `${m.name} -> ${m.linkTarget ?? ''} (a backslash, which Windows reads as a directory separator)`);
    const badLinks = [...refusals.filter((r) => r.link).map((r) => `${r.member} -> ${linkOf(r.member)} (${r.detail})`), ...backslashed];
    const special = refusals.filter((r) => r.kind === 'special-file').map((r) => `${r.member} (${r.detail})`);
    const badPaths = [...unsafe, ...throughLinks];
    return [
        badPaths.length > 0
            ? failure('sdist-member-paths', `${badPaths.length} member name(s) would unpack outside the build directory: ${listSome(badPaths)}.`, REBUILD, file)
            : pass('sdist-member-paths', 'Every member name is a safe relative path.', file),
        badLinks.length > 0
            ? failure('sdist-links', `${badLinks.length} link(s) point outside ${root}/ or cannot be unpacked: ${listSome(badLinks)}. Python's tarfile "data" filter (PEP 706) refuses such links, and an unpacker without it follows them.`, `${REBUILD} Exclude the link, or make it point inside the project.`, file)
            : pass('sdist-links', `Every link stays inside ${root}/, followed link by link as tarfile's data filter does.`, file),
        special.length > 0
            ? failure('sdist-special-files', `The sdist holds members that are not files, directories or links: ${listSome(special)}; tarfile's "data" filter refuses them.`, REBUILD, file)
            : pass('sdist-special-files', 'Only files, directories and links.', file),
    ];
}
/** PEP 625 / PEP 517: one `{name}-{version}/` root holding PKG-INFO and pyproject.toml. */
function checkSdistLayout(members, expectedRoot, file) {
    const roots = new Set();
    const atTop = [];
    for (const m of members) {
        const segments = splitMemberPath(m.name);
        const [first] = segments;
        if (first === undefined)
            continue;
        if (segments.length === 1 && m.type !== 'directory')
            atTop.push(m.name);
        else
            roots.add(first);
    }
    const found = [...roots];
    const root = roots.has(expectedRoot) ? expectedRoot : found.length === 1 ? found[0] : undefined;
    const checks = [];
    if (roots.size === 1 && roots.has(expectedRoot) && atTop.length === 0) {
        checks.push(pass('sdist-single-root', `Every member is under ${expectedRoot}/.`, file));
    }
    else {
        const seen = [...found.map((r) => `${r}/`), ...atTop];
        checks.push(failure('sdist-single-root', `An sdist must hold a single ${expectedRoot}/ directory (PEP 625), but it holds ${seen.length === 0 ? 'nothing' : listSome(seen)}.`, 'Build the sdist with `python -m build --sdist`; the file name and the root directory must both be {name}-{version}.', file));
    }
    const names = new Set(members.filter((m) => m.type === 'file').map((m) => m.name));
    const dir = root ?? expectedRoot;
    checks.push(names.has(`${dir}/PKG-INFO`)
        ? pass('sdist-pkg-info', `${dir}/PKG-INFO is present.`, file)
        : failure('sdist-pkg-info', `${dir}/PKG-INFO is missing: PyPI reads the release's metadata from it.`, 'Build the sdist with `python -m build --sdist` rather than a hand-made archive.', file), names.has(`${dir}/pyproject.toml`)
        ? pass('sdist-pyproject', `${dir}/pyproject.toml is present.`, file)
        : failure('sdist-pyproject', `${dir}/pyproject.toml is missing: PEP 517 frontends (pip, build, uv) need it to know how to build this sdist, and PEP 625 sdists are built from it.`, 'Add a pyproject.toml with a [build-system] table, and include it in the sdist (most backends do by default).', file));
    return root === undefined ? { checks } : { checks, root };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/inspect-sdist.ts









const KEPT = new Set(['PKG-INFO', 'pyproject.toml']);
/** `{root}/PKG-INFO` or `{root}/pyproject.toml` for any single-segment root. */
function isKeptText(name) {
    const segments = splitMemberPath(name);
    return segments.length === 2 && KEPT.has(segments[1] ?? '');
}
/**
 * Inspects a .tar.gz sdist in one streaming pass, never extracting it: gunzip and tar parsing
 * in memory, limits enforced as bytes arrive, only PKG-INFO and pyproject.toml kept (capped).
 * `expected.root` is `{name}-{version}` from the file name. An unreadable or hostile archive
 * yields failing checks; only a missing file or a bug throws.
 */
async function inspectSdist(path, expected, limits = DEFAULT_ARCHIVE_LIMITS) {
    const file = (0,external_node_path_namespaceObject.basename)(path);
    await assertReadableFile(path);
    const tarMembers = [];
    const texts = new Map();
    const members = () => [...tarMembers];
    try {
        await streamTarGz(path, limits, isKeptText, (member, text) => {
            if (text !== undefined && !texts.has(member.name))
                texts.set(member.name, text);
            tarMembers.push(member);
        });
    }
    catch (error) {
        if (error instanceof ArchiveLimitError) {
            return { members: members(), checks: [overLimits(`The sdist breaks the limits: ${error.problem}`, 'sdist', file)] };
        }
        if (error instanceof ArchiveReadError) {
            return {
                members: members(),
                checks: [
                    failure('sdist-readable', `The sdist is not a readable .tar.gz: ${error.problem}.`, 'Rebuild the sdist with `python -m build --sdist`; if it was downloaded as an artifact, download it again.', file),
                ],
            };
        }
        throw error;
    }
    const layout = checkSdistLayout(tarMembers, expected.root, file);
    const root = layout.root;
    const pkgInfoText = root === undefined ? undefined : texts.get(`${root}/PKG-INFO`);
    const pyprojectText = root === undefined ? undefined : texts.get(`${root}/pyproject.toml`);
    return {
        members: members(),
        checks: [
            pass('sdist-readable', `The sdist is a readable .tar.gz with ${tarMembers.length} members.`, file),
            pass('sdist-archive-limits', 'The sdist stays within the size, ratio and member-count limits.', file),
            ...checkSdistMembers(tarMembers, root ?? expected.root, file),
            ...layout.checks,
        ],
        ...(root === undefined ? {} : { root }),
        ...(pkgInfoText === undefined ? {} : { pkgInfoText }),
        ...(pyprojectText === undefined ? {} : { pyprojectText }),
    };
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./node_modules/.pnpm/yauzl@3.4.0/node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(7198);
;// CONCATENATED MODULE: ./packages/core/src/publish/archives/free-buffer.ts
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
/** True when this runtime can free a buffer before the GC does (Node 22 and later). */
const CAN_FREE_BUFFERS = typeof ArrayBuffer.prototype.transfer === 'function';
/** Larger shared pools than this are not worth avoiding: see {@link unpooledSize}. */
const MAX_AVOIDED_POOL = 256 * 1024;
/**
 * The smallest size at least `size` that `Buffer.allocUnsafe` gives its own ArrayBuffer, when
 * buffers can be freed: it serves sizes under half of `Buffer.poolSize` (8 KiB on Node 20,
 * 64 KiB on Node 24) from a shared slab, which lives as long as any slice of it and cannot
 * be freed alone. Otherwise `size` itself.
 */
function unpooledSize(size) {
    const unpooled = Buffer.poolSize >>> 1;
    return CAN_FREE_BUFFERS && size < unpooled && Buffer.poolSize <= MAX_AVOIDED_POOL ? unpooled : size;
}
/**
 * Frees `buffer`'s memory now if it is the whole of an ArrayBuffer of `ownedByteLength` bytes
 * that the caller allocated (so not a slice of the shared pool) and nothing else refers to it;
 * does nothing on a runtime that cannot. `buffer` must not be read afterwards.
 */
function freeBuffer(buffer, ownedByteLength) {
    const whole = buffer.buffer;
    if (CAN_FREE_BUFFERS && whole instanceof ArrayBuffer && buffer.byteOffset === 0 && whole.byteLength === ownedByteLength) {
        whole.transfer?.(0);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/windowed-file-reader.ts




const windowed_file_reader_MiB = 1024 * 1024;
function readInto(fd, buffer, length, position) {
    return new Promise((resolve, reject) => {
        (0,external_node_fs_namespaceObject.read)(fd, buffer, 0, length, position, (error, bytesRead) => {
            if (error)
                reject(error);
            else if (bytesRead < length)
                reject(new Error(`unexpected end of file at offset ${position + bytesRead}`));
            else
                resolve();
        });
    });
}
/**
 * yauzl's RandomAccessReader over a file descriptor, reading through a small pool of large,
 * reused windows with read-ahead. yauzl's own fd reader issues two small reads per central
 * directory record and per local header and builds a chain of streams for each: on a
 * 20,000-member wheel that overhead, not inflating, dominated. Windows are reused rather than
 * reallocated because garbage buffers are freed only when V8 next collects: a fresh buffer
 * per window let about 200 MB of dead windows pile up.
 */
class WindowedFileReader extends yauzl.RandomAccessReader {
    fd;
    size;
    windowSize;
    poolSize;
    pool = [];
    byIndex = new Map();
    clock = 0;
    closed = false;
    constructor(fd, size, windowSize = windowed_file_reader_MiB, poolSize = 4) {
        super();
        this.fd = fd;
        this.size = size;
        this.windowSize = windowSize;
        this.poolSize = poolSize;
    }
    /**
     * Bytes [start, end): a view into a window when the range fits in one (valid until
     * `release()`), else a fresh read.
     */
    async slice(start, end) {
        if (start < 0 || end > this.size || end < start)
            throw new Error(`range ${start}-${end} is outside the ${this.size}-byte file`);
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
        const release = () => {
            if (!released)
                window.leases -= 1;
            released = true;
        };
        try {
            await window.loading;
        }
        catch (error) {
            release();
            throw error;
        }
        this.prefetch(index + 1);
        const offset = start - index * this.windowSize;
        return { bytes: window.buffer.subarray(offset, offset + (end - start)), release };
    }
    acquire(index) {
        const window = this.byIndex.get(index) ?? this.load(index, this.recycle(true));
        window.leases += 1;
        window.lastUsed = ++this.clock;
        return window;
    }
    /** Members are mostly read in file order: start reading the next window if one is free. */
    prefetch(index) {
        if (index * this.windowSize >= this.size || this.byIndex.has(index))
            return;
        const free = this.recycle(false);
        if (free)
            this.load(index, free).loading.catch(() => undefined);
    }
    /** A window to load into: an unused slot of the pool, or (when `grow`) a new one. */
    recycle(grow) {
        if (this.pool.length < this.poolSize)
            return this.newWindow();
        let oldest;
        for (const window of this.pool) {
            if (window.leases === 0 && window.settled && (oldest === undefined || window.lastUsed < oldest.lastUsed))
                oldest = window;
        }
        if (oldest) {
            if (this.byIndex.get(oldest.index) === oldest)
                this.byIndex.delete(oldest.index);
            return oldest;
        }
        // Every window is lent out: grow the pool (bounded by the number of readers in flight).
        return grow ? this.newWindow() : undefined;
    }
    newWindow() {
        const window = { index: -1, buffer: Buffer.allocUnsafe(this.windowSize), leases: 0, lastUsed: 0, settled: true, loading: Promise.resolve() };
        this.pool.push(window);
        return window;
    }
    load(index, window = this.newWindow()) {
        const start = index * this.windowSize;
        window.index = index;
        window.settled = false;
        window.lastUsed = ++this.clock;
        window.loading = readInto(this.fd, window.buffer, Math.min(this.windowSize, this.size - start), start).finally(() => {
            window.settled = true;
        });
        window.loading.catch(() => {
            if (this.byIndex.get(index) === window)
                this.byIndex.delete(index);
        });
        this.byIndex.set(index, window);
        return window;
    }
    read(buffer, offset, length, position, callback) {
        this.slice(position, position + length).then((lease) => {
            lease.bytes.copy(buffer, offset);
            lease.release();
            callback(null);
        }, (error) => callback(error instanceof Error ? error : new Error(String(error))));
    }
    /**
     * A stream of bytes [start, end) for large members. Not fs.createReadStream({ fd }): when
     * yauzl destroys a failed stream, an fs stream closes the descriptor even with
     * `autoClose: false`, under every other reader of this file.
     */
    _readStreamForRange(start, end) {
        const fd = this.fd;
        let position = start;
        return new external_node_stream_namespaceObject.Readable({
            highWaterMark: windowed_file_reader_MiB,
            read(size) {
                const length = Math.min(Math.max(size, 64 * 1024), end - position);
                if (length <= 0) {
                    this.push(null);
                    return;
                }
                const buffer = Buffer.allocUnsafe(length);
                (0,external_node_fs_namespaceObject.read)(fd, buffer, 0, length, position, (error, bytesRead) => {
                    if (error)
                        this.destroy(error);
                    else if (bytesRead === 0)
                        this.destroy(new Error(`unexpected end of file at offset ${position}`));
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
    close(callback) {
        this.byIndex.clear();
        this.pool.length = 0;
        if (this.closed) {
            queueMicrotask(() => callback(null));
            return;
        }
        this.closed = true;
        (0,external_node_fs_namespaceObject.close)(this.fd, callback);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/read-zip-members.ts










const openFd = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.open);
const fstatFd = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.fstat);
const closeFd = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.close);
/**
 * Opens a zip by its central directory. yauzl (thejoshwolfe/yauzl) reads the central
 * directory rather than trusting local headers, never writes to disk, and fails a stream that
 * inflates to more or fewer bytes than the entry declares (`validateEntrySizes`), which lets
 * the caller trust `uncompressedSize` against zip bombs. Names are decoded here
 * (`decodeStrings: false`) so that a bad name becomes a finding, not an error that stops reading.
 */
async function openZip(path) {
    // A plain descriptor, not a FileHandle: yauzl closes it through the reader, and a FileHandle
    // closed behind its back would close a reused descriptor number when garbage-collected.
    const fd = await openFd(path, 'r');
    const { size } = await fstatFd(fd);
    const reader = new WindowedFileReader(fd, size);
    try {
        const zip = await yauzl.fromRandomAccessReaderPromise(reader, size, {
            lazyEntries: true,
            autoClose: false,
            decodeStrings: false,
            validateEntrySizes: true,
        });
        return { zip, reader };
    }
    catch (error) {
        await closeFd(fd);
        throw toArchiveReadError(path, error, 'not a readable zip archive');
    }
}
/** Reads every central directory record (no member data). */
async function listZipEntries(path, { zip }, maxMembers) {
    const entries = [];
    try {
        for await (const entry of zip.eachEntry()) {
            // strictFileNames: keep backslashes as they are, so that they can be reported.
            entries.push({
                name: yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true),
                rawName: entry.fileNameRaw.toString('latin1'),
                compressedSize: entry.compressedSize,
                uncompressedSize: entry.uncompressedSize,
                crc32: entry.crc32,
                compressionMethod: entry.compressionMethod,
                encrypted: entry.isEncrypted(),
                localHeaderOffset: entry.relativeOffsetOfLocalHeader,
            });
            if (entries.length > maxMembers)
                break;
        }
    }
    catch (error) {
        throw toArchiveReadError(path, error, 'the central directory is corrupt');
    }
    return entries;
}
/**
 * Inflates the requested members, `concurrency` at a time (zlib runs on libuv's thread pool,
 * so several members inflate in parallel while this thread hashes), and hands each result to
 * `onMember` as it completes. Throws {@link ArchiveReadError} on the first member that cannot
 * be read, after the members in flight have settled.
 */
async function streamZipMembers(path, zip, requests, onMember, concurrency = 8) {
    const inFlight = new Set();
    let firstError;
    for (const request of requests) {
        if (firstError !== undefined)
            break;
        const task = streamMember(path, zip, request)
            .then((member) => onMember(member, request))
            .catch((error) => {
            firstError ??= error instanceof Error ? error : new Error(String(error));
        })
            .finally(() => inFlight.delete(task));
        inFlight.add(task);
        if (inFlight.size >= concurrency)
            await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (firstError !== undefined)
        throw firstError;
}
/**
 * Members up to this size are read from the reader's window and inflated in one zlib call;
 * larger ones stream through yauzl, inflating on the thread pool. This bounds the memory of
 * one member in flight to about 2 × 2 MiB.
 */
const IN_MEMORY_MAX = 2 * 1024 * 1024;
/**
 * Inflates a small member in one synchronous zlib call. Node's asynchronous one-shot inflate
 * costs a stream object, a zlib context and a thread-pool round trip per call (about 100 µs
 * each, sequentially): on 20,000 small members that overhead exceeded the inflating itself.
 */
function inflateExactly(raw, size) {
    // maxOutputLength stops zlib as soon as the data inflates past what the entry declares.
    // A chunkSize over `size` gives the output in one buffer: with 16 KiB pieces node
    // concatenates them at the end, and with exactly `size` it allocates a second, unused
    // buffer. Not from Buffer's shared pool, so that `release()` can free it (free-buffer.ts).
    const chunkSize = unpooledSize(Math.max(64, size + 1));
    const bytes = (0,external_node_zlib_namespaceObject.inflateRawSync)(raw, { maxOutputLength: Math.max(1, size), chunkSize });
    const release = () => freeBuffer(bytes, chunkSize);
    if (bytes.length !== size) {
        release();
        throw new Error(`inflated to ${bytes.length} bytes, but the zip declares ${size}`);
    }
    return { bytes, release };
}
async function streamMember(path, { zip, reader }, request) {
    const entry = request.zipEntry;
    const { name } = entry;
    if (entry.encrypted)
        throw toArchiveReadError(path, new Error('the member is encrypted'), `cannot read ${name}`);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw toArchiveReadError(path, new Error(`compression method ${entry.compressionMethod} is neither stored (0) nor deflate (8)`), `cannot read ${name}`);
    }
    const algorithm = request.hashAlgorithm;
    const text = request.keepText ? new CappedText(request.maxTextBytes ?? MAX_TEXT_BYTES) : undefined;
    let crc = 0;
    let digest;
    let localHeaderAgrees;
    try {
        // One read gives both the data offset and the local header's own copy of the name:
        // readers that trust local headers (streaming unzippers) would see that name instead.
        // readLocalFileHeader reads only these two fields of the Entry it is given.
        const located = Object.assign(new yauzl.Entry(), { relativeOffsetOfLocalHeader: entry.localHeaderOffset, compressedSize: entry.compressedSize });
        const header = await zip.readLocalFileHeaderPromise(located, { minimal: false });
        localHeaderAgrees = header.fileName.toString('latin1') === entry.rawName && header.compressionMethod === entry.compressionMethod;
        if (entry.uncompressedSize <= IN_MEMORY_MAX && entry.compressedSize <= IN_MEMORY_MAX) {
            const raw = await reader.slice(header.fileDataStart, header.fileDataStart + entry.compressedSize);
            try {
                const data = entry.compressionMethod === 8 ? inflateExactly(raw.bytes, entry.uncompressedSize) : raw;
                try {
                    // One-shot hash: no Hash object (and its native context, freed only by a later GC) per member.
                    if (algorithm !== undefined)
                        digest = (0,external_node_crypto_namespaceObject.hash)(algorithm, data.bytes, 'base64url');
                    crc = (0,external_node_zlib_namespaceObject.crc32)(data.bytes);
                    // CappedText copies what it keeps: nothing refers to the inflated bytes after this.
                    text?.push(data.bytes);
                }
                finally {
                    if (data !== raw)
                        data.release();
                }
            }
            finally {
                raw.release();
            }
        }
        else {
            const hasher = algorithm === undefined ? undefined : (0,external_node_crypto_namespaceObject.createHash)(algorithm);
            const stream = await openDataStream(zip, header.fileDataStart, entry);
            for await (const chunk of stream) {
                hasher?.update(chunk);
                crc = (0,external_node_zlib_namespaceObject.crc32)(chunk, crc);
                text?.push(chunk);
            }
            digest = hasher?.digest('base64url');
        }
    }
    catch (error) {
        throw toArchiveReadError(path, error, `cannot read ${name}`);
    }
    return {
        name,
        crcMatches: crc >>> 0 === entry.crc32 >>> 0,
        localHeaderAgrees,
        ...(digest === undefined ? {} : { digest }),
        ...(text ? { text: text.text(), textTruncated: text.truncated } : {}),
    };
}
/**
 * `openReadStreamLowLevel` as a promise. Not yauzl's own `openReadStreamLowLevelPromise`:
 * in yauzl 3.4.0 it calls `openReadStream` with the low-level arguments and fails with
 * "entry.isEncrypted is not a function".
 */
function openDataStream(zip, fileDataStart, entry) {
    return new Promise((resolve, reject) => {
        zip.openReadStreamLowLevel(fileDataStart, entry.compressedSize, 0, entry.compressedSize, entry.compressionMethod === 8, entry.uncompressedSize, (error, stream) => (error ? reject(error) : resolve(stream)));
    });
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/wheel-file-checks.ts

/** Splits `Key: Value` lines (the email-header format of WHEEL and METADATA) into a map of first values. */
function parseHeaderFields(text) {
    const fields = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break; // the body starts after the first blank line
        const colon = line.indexOf(':');
        if (colon <= 0 || /^\s/.test(line))
            continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        if (!fields.has(key))
            fields.set(key, line.slice(colon + 1).trim());
    }
    return fields;
}
/**
 * WHEEL must declare `Wheel-Version`, and installers refuse a major version they do not know
 * (PEP 427: "a wheel installer should ... fail if Wheel-Version is greater than the version
 * it supports"); 1.x is the only one there is.
 */
function checkWheelFile(wheelText, wheelPath, file) {
    const id = 'wheel-wheel-file';
    if (wheelText === undefined) {
        return failure(id, `${wheelPath} is missing, so installers cannot tell the wheel format version.`, 'Rebuild the wheel with a PEP 517 build backend.', file);
    }
    const version = parseHeaderFields(wheelText).get('wheel-version');
    if (version === undefined) {
        return failure(id, `${wheelPath} has no Wheel-Version field.`, 'Rebuild the wheel with a PEP 517 build backend; WHEEL must start with "Wheel-Version: 1.0".', file);
    }
    const match = /^(\d+)\.(\d+)$/.exec(version);
    if (!match || match[1] !== '1') {
        return failure(id, `${wheelPath} declares Wheel-Version '${version}'; installers only accept 1.x.`, 'Rebuild the wheel with a current build backend, which writes Wheel-Version: 1.0.', file);
    }
    return pass(id, `${wheelPath} declares Wheel-Version ${version}.`, file);
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/wheel-layout-checks.ts


/**
 * check-wheel-contents' layout checks (jwodder/check-wheel-contents W001, W005–W009), as
 * warnings: none of them makes PyPI refuse the wheel, but each usually means the build
 * picked up the wrong files. Names that repeat are reported here too.
 */
/** check-wheel-contents' COMMON_NAMES: top-level names that clash between projects. */
const COMMON_TOP_LEVEL = new Set([
    '.eggs', '.nox', '.tox', '.venv', 'build', 'data', 'dist', 'doc', 'docs', 'example', 'examples',
    'src', 'test', 'tests', 'venv',
]);
const MODULE_SUFFIX = /\.(py|pyc|pyd|so)$|\.[^.]+\.(pyd|so)$/;
const wheel_layout_checks_MAX_LISTED = 5;
function wheel_layout_checks_listSome(names) {
    const shown = names.slice(0, wheel_layout_checks_MAX_LISTED).join(', ');
    return names.length > wheel_layout_checks_MAX_LISTED ? `${shown} and ${names.length - wheel_layout_checks_MAX_LISTED} more` : shown;
}
/**
 * The path a member installs to inside site-packages, or undefined when it is metadata or
 * installs elsewhere: `{dist}.dist-info/` is metadata, and of `{dist}.data/` only `purelib/`
 * and `platlib/` land in site-packages (binary distribution format spec).
 */
function libraryPath(name) {
    const segments = splitMemberPath(name);
    const [first, second] = segments;
    if (first === undefined)
        return undefined;
    if (first.endsWith('.dist-info'))
        return undefined;
    if (first.endsWith('.data'))
        return second === 'purelib' || second === 'platlib' ? segments.slice(2) : undefined;
    return segments;
}
/** Runs the layout checks over the member names (in archive order, directories included). */
function checkWheelLayout(names, file) {
    const files = names.filter((name) => !name.endsWith('/'));
    const results = [];
    const seen = new Set();
    const duplicates = new Set();
    for (const name of names) {
        if (seen.has(name))
            duplicates.add(name);
        seen.add(name);
    }
    results.push(duplicates.size > 0
        ? check_result_warning('wheel-duplicate-members', `The zip holds more than one member named ${wheel_layout_checks_listSome([...duplicates])}; installers disagree on which one wins.`, 'Rebuild the wheel from a clean build directory; never append to an existing wheel.', file)
        : pass('wheel-duplicate-members', 'Every member name is unique.', file));
    const bytecode = files.filter((name) => name.endsWith('.pyc') || name.endsWith('.pyo') || name.split('/').includes('__pycache__'));
    results.push(bytecode.length > 0
        ? check_result_warning('wheel-bytecode', `The wheel ships ${bytecode.length} compiled bytecode file(s) (${wheel_layout_checks_listSome(bytecode)}) (check-wheel-contents W001).`, 'Exclude *.pyc and __pycache__/ from the build; installers compile bytecode themselves.', file)
        : pass('wheel-bytecode', 'No compiled bytecode.', file));
    const library = files.map(libraryPath).filter((segments) => segments !== undefined && segments.length > 0);
    const topLevel = new Map();
    for (const segments of library) {
        const [head = ''] = segments;
        if (segments.length > 1)
            topLevel.set(head, 'package');
        else if (!topLevel.has(head))
            topLevel.set(head, MODULE_SUFFIX.test(head) ? 'module' : 'other');
    }
    const common = [...topLevel].filter(([head, kind]) => kind === 'package' && COMMON_TOP_LEVEL.has(head)).map(([head]) => `${head}/`);
    results.push(common.length > 0
        ? check_result_warning('wheel-common-top-level', `The wheel installs the top-level director${common.length === 1 ? 'y' : 'ies'} ${wheel_layout_checks_listSome(common)} into site-packages, where other projects' files of the same name collide (check-wheel-contents W005).`, 'Limit package discovery to your import package (e.g. [tool.setuptools.packages.find] include = ["yourpkg*"]).', file)
        : pass('wheel-common-top-level', 'No tests/, docs/, src/ or similar top-level directory.', file));
    const topInit = topLevel.get('__init__.py') === 'module';
    results.push(topInit
        ? check_result_warning('wheel-top-level-init', 'The wheel has __init__.py at the top level, which installs site-packages/__init__.py (check-wheel-contents W006).', 'Put __init__.py inside your package directory; check the build backend\'s package root (e.g. package-dir).', file)
        : pass('wheel-top-level-init', 'No __init__.py at the top level.', file));
    const importable = library.some((segments) => MODULE_SUFFIX.test(segments.at(-1) ?? ''));
    results.push(importable
        ? pass('wheel-importable-code', 'The wheel holds importable modules.', file)
        : check_result_warning('wheel-importable-code', 'The wheel holds no Python modules or extension modules outside its metadata (check-wheel-contents W007/W008).', 'Check the build backend\'s package discovery: the package was probably left out (e.g. a src/ layout not configured).', file));
    const roots = [...topLevel]
        .filter(([head, kind]) => kind !== 'other' && head !== '__init__.py')
        .map(([head, kind]) => (kind === 'package' ? `${head}/` : head));
    results.push(roots.length > 1
        ? check_result_warning('wheel-multiple-top-level', `The wheel installs ${roots.length} top-level packages or modules (${wheel_layout_checks_listSome(roots)}) (check-wheel-contents W009).`, 'Ship one import package per distribution, or confirm that each top-level name is intended.', file)
        : pass('wheel-multiple-top-level', 'At most one top-level package or module.', file));
    return results;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/wheel-dist-info.ts


/** PEP 503 normalization, with `_` as the wheel file name spec writes it. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '_');
}
const REQUIRED = ['METADATA', 'WHEEL', 'RECORD'];
/**
 * Finds `{name}-{version}.dist-info/` (binary distribution format spec: exactly one, named
 * after the distribution, holding METADATA, WHEEL and RECORD). Names compare normalized, as
 * older backends wrote `My.Pkg-1.0.dist-info`; versions compare exactly.
 */
function findDistInfo(names, expected, file) {
    const id = 'wheel-dist-info';
    const wantedDir = `${normalizeName(expected.name)}-${expected.version}.dist-info`;
    const dirs = new Set();
    for (const name of names) {
        const [first, second] = splitMemberPath(name);
        if (first?.endsWith('.dist-info') && (second !== undefined || name.endsWith('/')))
            dirs.add(first);
    }
    const fix = 'Rebuild the wheel with a PEP 517 build backend, and do not rename wheel files by hand.';
    const matching = [...dirs].filter((dir) => {
        const stem = dir.slice(0, -'.dist-info'.length);
        const dash = stem.lastIndexOf('-');
        return dash > 0 && normalizeName(stem.slice(0, dash)) === normalizeName(expected.name) && stem.slice(dash + 1) === expected.version;
    });
    const [dir] = matching;
    if (dir === undefined) {
        const found = dirs.size === 0 ? 'there is no .dist-info directory' : `found ${[...dirs].join(', ')}`;
        return { check: failure(id, `The wheel has no ${wantedDir}/ directory (${found}).`, fix, file) };
    }
    if (dirs.size > 1) {
        return { dir, check: failure(id, `The wheel has ${dirs.size} .dist-info directories (${[...dirs].join(', ')}); installers expect exactly one.`, fix, file) };
    }
    const present = new Set(names);
    const missing = REQUIRED.filter((part) => !present.has(`${dir}/${part}`));
    if (missing.length > 0) {
        return { dir, check: failure(id, `${dir}/ lacks ${missing.join(', ')}.`, fix, file) };
    }
    return { dir, check: pass(id, `${dir}/ holds METADATA, WHEEL and RECORD.`, file) };
}

;// CONCATENATED MODULE: ./packages/core/src/text/csv-rows.ts
/**
 * CSV rows, for the files Python's csv module writes: a wheel's RECORD, gpu-report's samples.
 */
/** Splits CSV text as Python's csv module writes it (comma, `"` quoting, `""` escapes). */
function parseCsvRows(text) {
    const rows = [];
    let fields = [];
    let field = '';
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    let rowHasContent = false;
    const endRow = () => {
        if (rowHasContent || fields.length > 0 || field !== '')
            rows.push({ fields: [...fields, field], line: rowLine });
        fields = [];
        field = '';
        rowHasContent = false;
    };
    for (let i = 0; i < text.length; i += 1) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                field += '"';
                i += 1;
            }
            else if (ch === '"') {
                quoted = false;
            }
            else {
                if (ch === '\n')
                    line += 1;
                field += ch;
            }
            continue;
        }
        if (ch === '"') {
            quoted = true;
            rowHasContent = true;
        }
        else if (ch === ',') {
            fields.push(field);
            field = '';
            rowHasContent = true;
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n')
                i += 1;
            endRow();
            line += 1;
            rowLine = line;
        }
        else {
            field += ch;
        }
    }
    endRow();
    return rows;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/wheel-record.ts

/**
 * Hash algorithms a RECORD may use. The spec allows any of hashlib.algorithms_guaranteed
 * except md5 and sha1; these are the ones node:crypto computes and tools write.
 */
const RECORD_HASH_ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
/**
 * RECORD's rows: lines without a quote (nearly all) split on commas directly; the text is
 * handed to the CSV parser only when some path is quoted. (Building every field a character
 * at a time cost 20,000-member wheels tens of megabytes of short-lived strings.)
 */
function recordRows(text) {
    if (text.includes('"'))
        return parseCsvRows(text);
    const rows = [];
    const lines = text.split(/\r?\n|\r/);
    for (let i = 0; i < lines.length; i += 1) {
        const line = lines[i] ?? '';
        if (line !== '')
            rows.push({ fields: line.split(','), line: i + 1 });
    }
    return rows;
}
/** Parses RECORD text into rows, collecting malformed lines instead of throwing. */
function parseRecord(text) {
    const rows = [];
    const problems = [];
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
        let hash;
        if (hashField !== '') {
            const eq = hashField.indexOf('=');
            if (eq <= 0) {
                problems.push(`line ${line} (${path}) has the hash '${hashField}', not algorithm=digest`);
                continue;
            }
            hash = { algorithm: hashField.slice(0, eq).toLowerCase(), digest: hashField.slice(eq + 1) };
        }
        let size;
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
function isRecordOrSignature(path, distInfoDir) {
    return path === `${distInfoDir}/RECORD` || path === `${distInfoDir}/RECORD.jws` || path === `${distInfoDir}/RECORD.p7s`;
}

;// CONCATENATED MODULE: ./packages/core/src/collections/append-all.ts
/**
 * Appends every item of `items` to `target`, in order. `target.push(...items)` passes each item as
 * an argument, and V8 overflows the call stack at about 120,000 of them: a 50,000-commit range or
 * a 50 MB changelog is data of that size. Use this wherever `items` is not bounded.
 */
function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/verify-record.ts



const verify_record_MAX_LISTED = 5;
function verify_record_listSome(items) {
    const shown = items.slice(0, verify_record_MAX_LISTED).join('; ');
    return items.length > verify_record_MAX_LISTED ? `${shown}; and ${items.length - verify_record_MAX_LISTED} more` : shown;
}
const verify_record_REBUILD = 'Rebuild the wheel with a PEP 517 build backend; never edit a built wheel in place (tools that do must rewrite RECORD, e.g. `wheel tags`, auditwheel, delocate).';
/**
 * Compares each member, as it streams, with its RECORD row: installers (pip, uv) refuse a
 * wheel whose file does not match its recorded hash or size, and uninstall only what RECORD
 * lists (binary distribution format spec, PEP 376/627). Keeps one row per path, never the data.
 */
class RecordVerifier {
    distInfoDir;
    file;
    rows = new Map();
    problems = [];
    hashProblems = [];
    unlisted = [];
    recordPresent;
    constructor(distInfoDir, recordText, file) {
        this.distInfoDir = distInfoDir;
        this.file = file;
        this.recordPresent = recordText !== undefined;
        const parsed = parseRecord(recordText ?? '');
        appendAll(this.problems, parsed.problems);
        for (const row of parsed.rows) {
            if (this.rows.has(row.path))
                this.problems.push(`line ${row.line} lists ${row.path} a second time`);
            else
                this.rows.set(row.path, row);
        }
    }
    /** The algorithm RECORD used for this member, or sha256 when it names none we compute. */
    algorithmFor(name) {
        const algorithm = this.rows.get(name)?.hash?.algorithm;
        return algorithm !== undefined && RECORD_HASH_ALGORITHMS.has(algorithm) ? algorithm : 'sha256';
    }
    /** One member's inflated digest (computed with {@link algorithmFor}, urlsafe base64) and size. */
    addMember(name, digest, size) {
        if (isRecordOrSignature(name, this.distInfoDir))
            return;
        const row = this.rows.get(name);
        if (row === undefined) {
            this.unlisted.push(name);
            return;
        }
        if (row.hash === undefined) {
            this.hashProblems.push(`${name} has no hash (line ${row.line})`);
        }
        else if (!RECORD_HASH_ALGORITHMS.has(row.hash.algorithm)) {
            this.hashProblems.push(`${name} is hashed with ${row.hash.algorithm}, not sha256 or stronger (line ${row.line})`);
        }
        else if (digest === undefined || digest !== row.hash.digest.replace(/=+$/, '')) {
            this.hashProblems.push(`${name} does not match its ${row.hash.algorithm} hash (line ${row.line})`);
        }
        if (row.size === undefined)
            this.hashProblems.push(`${name} has no size (line ${row.line})`);
        else if (row.size !== size)
            this.hashProblems.push(`${name} is ${size} bytes, RECORD says ${row.size} (line ${row.line})`);
    }
    /** The RECORD checks, once every member has streamed. `memberNames` are all names in the zip. */
    checks(memberNames) {
        const record = `${this.distInfoDir}/RECORD`;
        if (!this.recordPresent) {
            return [failure('wheel-record-hashes', `${record} is missing, so no file's hash can be checked.`, verify_record_REBUILD, this.file)];
        }
        const present = new Set(memberNames);
        const extra = [...this.rows.values()].filter((row) => !present.has(row.path)).map((row) => `${row.path} (line ${row.line})`);
        const bad = [...this.problems, ...this.hashProblems];
        return [
            bad.length > 0
                ? failure('wheel-record-hashes', `${record} does not match the wheel: ${verify_record_listSome(bad)}.`, verify_record_REBUILD, this.file)
                : pass('wheel-record-hashes', `Every file matches its hash and size in ${record}.`, this.file),
            this.unlisted.length > 0
                ? failure('wheel-record-complete', `${this.unlisted.length} file(s) are missing from ${record}: ${verify_record_listSome(this.unlisted)}.`, verify_record_REBUILD, this.file)
                : pass('wheel-record-complete', `${record} lists every file in the wheel.`, this.file),
            extra.length > 0
                ? failure('wheel-record-members-exist', `${record} lists ${extra.length} file(s) the wheel does not contain: ${verify_record_listSome(extra)}.`, verify_record_REBUILD, this.file)
                : pass('wheel-record-members-exist', `Every file ${record} lists is in the wheel.`, this.file),
        ];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/zip-integrity.ts

const zip_integrity_MAX_LISTED = 5;
function zip_integrity_listSome(names) {
    const shown = names.slice(0, zip_integrity_MAX_LISTED).join(', ');
    return names.length > zip_integrity_MAX_LISTED ? `${shown} and ${names.length - zip_integrity_MAX_LISTED} more` : shown;
}
/**
 * Tallies the zip-level findings while members stream: CRC-32 mismatches, local headers that
 * disagree with the central directory, and members that share data. The last two are parser
 * confusion: a reader that walks local headers (a streaming unzipper) sees other files than
 * one that reads the central directory (pip, PyPI), so what was reviewed is not what installs.
 */
class IntegrityTally {
    badCrc = [];
    headerMismatch = [];
    sharedData = [];
    /** Records central directory entries whose local header offsets coincide (overlapping members). */
    addStructure(entries) {
        const byOffset = new Map();
        for (const { name, localHeaderOffset } of entries) {
            const other = byOffset.get(localHeaderOffset);
            if (other !== undefined)
                this.sharedData.push(`${name} (same data as ${other})`);
            else
                byOffset.set(localHeaderOffset, name);
        }
    }
    addMember(name, crcMatches, localHeaderAgrees) {
        if (!crcMatches)
            this.badCrc.push(name);
        if (!localHeaderAgrees)
            this.headerMismatch.push(name);
    }
    checks(file) {
        const rebuild = 'Do not upload this file: rebuild it from a clean checkout with a PEP 517 build backend.';
        return [
            this.badCrc.length > 0
                ? failure('wheel-zip-readable', `${this.badCrc.length} member(s) inflate to data whose CRC-32 does not match the zip's: ${zip_integrity_listSome(this.badCrc)}.`, rebuild, file)
                : pass('wheel-zip-readable', 'Every member inflates, with the size and CRC-32 the zip declares.', file),
            this.headerMismatch.length + this.sharedData.length > 0
                ? failure('wheel-zip-headers-agree', `The local file headers disagree with the central directory (names or compression differ, or members share data): ${zip_integrity_listSome([...this.headerMismatch, ...this.sharedData])}.`, `${rebuild} Zip tools that read local headers would see different files than pip and PyPI.`, file)
                : pass('wheel-zip-headers-agree', 'Local file headers agree with the central directory.', file),
        ];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/archives/inspect-wheel.ts














/**
 * Members in flight at once: their local-header reads overlap, and members over 2 MiB inflate
 * on libuv's pool while this thread hashes others (small ones inflate synchronously).
 */
const CONCURRENCY = 8;
/** RECORD gets a larger cap than the other texts: 100,000 members of ~150 bytes per line fit. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/**
 * Inspects a built wheel without extracting it: reads the central directory, checks every
 * declared size against `limits` before inflating anything, then inflates every member once,
 * in memory, hashing it against RECORD and checking its CRC-32. Only METADATA, WHEEL and
 * RECORD are kept (capped). An unreadable or hostile archive yields failing checks; only
 * a missing file or a bug throws.
 *
 * `expected.name` is the distribution name from the file name (normalized), `expected.version`
 * its version: the `.dist-info` directory must match them.
 */
async function inspectWheel(path, expected, limits = DEFAULT_ARCHIVE_LIMITS) {
    const file = (0,external_node_path_namespaceObject.basename)(path);
    await assertReadableFile(path);
    let zip;
    try {
        zip = await openZip(path);
    }
    catch (error) {
        if (error instanceof ArchiveReadError)
            return { members: [], checks: [unreadable(error, file)] };
        throw error;
    }
    try {
        return await inspectOpenWheel(path, zip, expected, limits);
    }
    finally {
        zip.zip.close();
    }
}
async function inspectOpenWheel(path, zip, expected, limits) {
    const file = (0,external_node_path_namespaceObject.basename)(path);
    let entries = [];
    let members = [];
    const checks = [];
    try {
        if (zip.zip.entryCount > limits.maxMembers) {
            return { members, checks: [overMemberCount(zip.zip.entryCount, limits, 'wheel', file)] };
        }
        entries = await listZipEntries(path, zip, limits.maxMembers);
        members = entries.map(({ name, uncompressedSize, compressedSize }) => ({ name, size: uncompressedSize, compressedSize }));
        const declared = checkZipEntries(entries, limits, 'wheel', file);
        appendAll(checks, declared.checks);
        if (declared.overLimits)
            return { members, checks };
        appendAll(checks, checkWheelLayout(entries.map((e) => e.name), file));
        const distInfo = findDistInfo(entries.map((e) => e.name), expected, file);
        checks.push(distInfo.check);
        const dir = distInfo.dir;
        const recordName = dir === undefined ? undefined : `${dir}/RECORD`;
        const recordEntry = recordName === undefined ? undefined : entries.find((e) => e.name === recordName);
        let recordText;
        if (recordEntry) {
            await streamZipMembers(path, zip, [{ zipEntry: recordEntry, keepText: true, maxTextBytes: MAX_RECORD_BYTES }], (member) => {
                recordText = member.text;
                if (member.textTruncated)
                    throw new ArchiveReadError(path, `${recordName} is over ${archive_limits_formatBytes(MAX_RECORD_BYTES)}`);
            });
        }
        const verifier = dir === undefined ? undefined : new RecordVerifier(dir, recordText, file);
        const texts = new Map();
        const wanted = dir === undefined ? new Set() : new Set([`${dir}/METADATA`, `${dir}/WHEEL`]);
        const integrity = new IntegrityTally();
        integrity.addStructure(entries);
        if (recordEntry)
            integrity.addMember(recordEntry.name, true, true);
        const requests = function* () {
            for (const zipEntry of entries) {
                if (zipEntry === recordEntry || zipEntry.name.endsWith('/'))
                    continue;
                yield { zipEntry, hashAlgorithm: verifier?.algorithmFor(zipEntry.name) ?? 'sha256', keepText: wanted.has(zipEntry.name) };
            }
        };
        await streamZipMembers(path, zip, requests(), (member, request) => {
            integrity.addMember(member.name, member.crcMatches, member.localHeaderAgrees);
            if (member.text !== undefined && !texts.has(member.name))
                texts.set(member.name, member.text);
            verifier?.addMember(member.name, member.digest, request.zipEntry.uncompressedSize);
        }, CONCURRENCY);
        appendAll(checks, integrity.checks(file));
        const metadataText = dir === undefined ? undefined : texts.get(`${dir}/METADATA`);
        const wheelText = dir === undefined ? undefined : texts.get(`${dir}/WHEEL`);
        if (dir !== undefined && verifier) {
            checks.push(checkWheelFile(wheelText, `${dir}/WHEEL`, file));
            appendAll(checks, verifier.checks(entries.map((e) => e.name)));
        }
        return {
            members,
            checks,
            ...(dir === undefined ? {} : { distInfoDir: dir }),
            ...(metadataText === undefined ? {} : { metadataText }),
            ...(wheelText === undefined ? {} : { wheelText }),
            ...(recordText === undefined ? {} : { recordText }),
        };
    }
    catch (error) {
        if (error instanceof ArchiveReadError)
            return { members, checks: [...checks, unreadable(error, file)] };
        throw error;
    }
}
function unreadable(error, file) {
    return failure('wheel-zip-readable', `The wheel is not a readable zip archive: ${error.problem}.`, 'Rebuild the wheel; if it was downloaded as an artifact, download it again (the file is truncated or corrupt).', file);
}

;// CONCATENATED MODULE: ./packages/core/src/publish/index-client/index-unreachable-error.ts

/**
 * The package index could not answer whether a release exists. The check never passes silently
 * in that case: a publish that skips the check could collide with files already on the index.
 */
class IndexUnreachableError extends OpsError {
    url;
    kind;
    problem;
    attempts;
    status;
    name = 'IndexUnreachableError';
    constructor(
    /** The URL asked, with any credentials removed. */
    url, kind, 
    /** What happened on the last attempt, e.g. `HTTP 503 Service Unavailable`, `timed out after 10000 ms`. */
    problem, attempts, 
    /** The HTTP status of the last answer, when there was one. */
    status, options) {
        super(`Could not read ${url} (${attempts === 1 ? '1 attempt' : `${attempts} attempts`}): ${problem}. ` +
            'The package index check cannot pass without an answer from the index, so it fails instead of guessing.', options);
        this.url = url;
        this.kind = kind;
        this.problem = problem;
        this.attempts = attempts;
        this.status = status;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/http/http-get-error.ts

/**
 * A GET that gave no answer to use. `url` is the hop where it happened, which after a
 * redirect is not the URL first asked; `redirects` are the hops followed before it.
 */
class HttpGetError extends OpsError {
    kind;
    url;
    redirects;
    problem;
    name = 'HttpGetError';
    /** For a refused redirect: where it pointed (without credentials) and the rule it broke. */
    refused;
    constructor(kind, 
    /** The URL of the hop that failed, without credentials. */
    url, redirects, 
    /** What happened, in words, naming the hop's URL (or the refused Location). */
    problem, options) {
        super(problem, options);
        this.kind = kind;
        this.url = url;
        this.redirects = redirects;
        this.problem = problem;
        this.refused = options?.refused;
    }
}
/**
 * `after the redirect (HTTP 301) to https://b/x, ` for messages about what followed the
 * redirects; an empty string when none was followed.
 */
function describeRedirects(redirects) {
    if (redirects.length === 0)
        return '';
    const hops = redirects.map((hop) => `HTTP ${hop.status} to ${hop.to}`).join(', then ');
    return `after ${redirects.length === 1 ? 'the redirect' : `${redirects.length} redirects`} (${hops}), `;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/http/guarded-get.ts



const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_REDIRECTS = 10;
/** Headers that carry credentials: never sent on to another origin (the Fetch standard drops Authorization too). */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
/**
 * GETs `url`, following redirects by hand so that every hop obeys the same URL rules as the
 * first (https; plain http only to a loopback host), credential headers stay with the origin
 * they were meant for, and each hop is named when something fails. The body is read as a
 * stream and given up past `maxBodyBytes`: an index or token endpoint that answers without end
 * cannot exhaust memory. Throws HttpGetError; anything else thrown is a bug.
 */
async function guardedGet(url, options) {
    const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const redirects = [];
    let current = url;
    let headers = { ...options.headers };
    for (;;) {
        const where = redactUrl(current);
        let response;
        try {
            response = await options.fetch(current, { headers, redirect: 'manual', ...(options.signal ? { signal: options.signal } : {}) });
        }
        catch (error) {
            throw networkError(error, where, redirects);
        }
        const location = response.headers.get('location');
        if (!REDIRECT_STATUSES.has(response.status) || location === null) {
            const wanted = options.readBody?.(response.status) ?? true;
            const body = wanted ? await readCappedBody(response, options.maxBodyBytes, where, redirects) : await discardBody(response);
            return {
                status: response.status,
                statusText: response.statusText,
                url: where,
                headers: response.headers,
                contentType: response.headers.get('content-type') ?? '',
                body,
                redirects,
            };
        }
        await discardBody(response);
        const next = resolveLocation(location, current, response.status, redirects);
        redirects.push({ status: response.status, from: where, to: redactUrl(next) });
        if (redirects.length > maxRedirects) {
            throw new HttpGetError('too-many-redirects', where, redirects, `${url.host} redirected more than ${maxRedirects} times (the last to ${redactUrl(next)})`);
        }
        if (next.origin !== current.origin) {
            headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())));
        }
        current = next;
    }
}
/** The Location as a URL, after the rules every hop must follow. */
function resolveLocation(location, base, status, redirects) {
    const from = redactUrl(base);
    const refuse = (shown, reason) => new HttpGetError('redirect-refused', from, redirects, `${from} redirected (HTTP ${status}) to ${shown}, which was not followed: ${reason}`, {
        refused: { location: shown, reason },
    });
    let next;
    try {
        next = new URL(location, base);
    }
    catch {
        throw refuse(JSON.stringify(redactUrl(location)), 'it is not a URL');
    }
    const insecure = describeInsecureUrl(next);
    if (insecure !== undefined)
        throw refuse(redactUrl(next), insecure);
    if (next.username !== '' || next.password !== '')
        throw refuse(redactUrl(next), 'it carries credentials (user:password@)');
    return next;
}
/**
 * Reads the body, stopping at `limit` bytes: a Content-Length above it is refused before a
 * byte is read, and a body that keeps coming is cancelled, which closes the connection.
 * Bytes are counted after fetch has undone any Content-Encoding, so a gzip bomb is stopped too.
 */
async function readCappedBody(response, limit, where, redirects) {
    const tooLarge = (what) => new HttpGetError('body-too-large', where, redirects, `the answer from ${where} ${what}, more than the ${archive_limits_formatBytes(limit)} this check reads`);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limit) {
        await discardBody(response);
        throw tooLarge(`declares ${archive_limits_formatBytes(declared)} (Content-Length)`);
    }
    if (response.body === null)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            total += value.byteLength;
            if (total > limit) {
                await reader.cancel();
                throw tooLarge('goes on past that size');
            }
            chunks.push(value);
        }
    }
    catch (error) {
        if (error instanceof HttpGetError)
            throw error;
        throw networkError(error, where, redirects);
    }
    finally {
        reader.releaseLock();
    }
    return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
/** Cancels a body nobody will read, so the connection is not kept busy; a failure to cancel changes nothing. */
async function discardBody(response) {
    await response.body?.cancel().catch(() => undefined);
    return '';
}
function networkError(error, where, redirects) {
    // fetch rejects with a TypeError for network failures and with the signal's reason
    // (TimeoutError, AbortError) when aborted; anything else is a bug and goes on up.
    const isNetwork = error instanceof TypeError || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'));
    if (!isNetwork)
        throw error;
    return new HttpGetError('network', where, redirects, `${where} could not be read: ${error.message}`, { cause: error });
}

;// CONCATENATED MODULE: ./packages/core/src/publish/index-client/get-with-retries.ts




const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** A Retry-After longer than this is cut short: a CI job should not sit idle for an hour. */
const MAX_RETRY_AFTER_MS = 60_000;
/**
 * GETs `url` (through guardedGet: the URL rules on every redirect, the body capped at
 * `policy.maxBodyBytes`), retrying 5xx, 429, timeouts and network errors with exponential
 * backoff and jitter, or after the server's Retry-After (RFC 9110 §10.2.3). Throws
 * IndexUnreachableError when every attempt failed, or at once for a refused redirect or an
 * oversized body, which another attempt would only repeat.
 */
async function getWithRetries(url, headers, policy) {
    const attempts = 1 + Math.max(0, Math.floor(policy.retries));
    let problem;
    let attempt = 1;
    for (; attempt <= attempts; attempt++) {
        if (problem)
            await policy.sleep(retryDelay(attempt - 1, problem, policy.random ?? Math.random));
        try {
            const response = await guardedGet(url, {
                headers,
                fetch: policy.fetch,
                signal: AbortSignal.timeout(policy.timeoutMs),
                maxBodyBytes: policy.maxBodyBytes,
                // A 503 page is not worth reading, however large.
                readBody: (status) => !isRetryableStatus(status),
            });
            const answer = { ...response, attempt };
            if (!isRetryableStatus(response.status))
                return answer;
            problem = {
                kind: 'status',
                text: `${describeRedirects(response.redirects)}the index answered ${describeStatus(answer)}`,
                status: response.status,
                retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
            };
        }
        catch (error) {
            if (!(error instanceof HttpGetError))
                throw error;
            problem = describeGetError(error, policy.timeoutMs);
            if (problem.final)
                break;
        }
    }
    // The loop ran at least once and every pass either returned or set `problem`.
    const last = problem;
    throw new IndexUnreachableError(redactUrl(url), last.kind, last.text, Math.min(attempt, attempts), last.status, { cause: last.cause });
}
/** 5xx and 429 Too Many Requests are worth another try; other statuses are the index's answer. */
function isRetryableStatus(status) {
    return status === 429 || status >= 500;
}
/** `HTTP 503 Service Unavailable`. */
function describeStatus(answer) {
    return `HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
}
/**
 * Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Returns milliseconds,
 * capped at MAX_RETRY_AFTER_MS, or undefined when absent or unreadable.
 */
function parseRetryAfter(value, now) {
    if (value === null || value.trim() === '')
        return undefined;
    const text = value.trim();
    let ms;
    if (/^\d+$/.test(text))
        ms = Number(text) * 1_000;
    else {
        const date = Date.parse(text);
        if (Number.isNaN(date))
            return undefined;
        ms = date - now;
    }
    return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
/**
 * Delay before retry number `retry` (1-based): the server's Retry-After when it gave one, else
 * "equal jitter" backoff: half of 1 s × 2^(retry-1) fixed, half random, capped at 30 s.
 */
function retryDelay(retry, problem, random) {
    if (problem.retryAfterMs !== undefined)
        return problem.retryAfterMs;
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (retry - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/**
 * Names what went wrong, at the hop where it did: after a redirect to another host, a refused
 * connection is that host's. fetch rejects with a TypeError for network failures (the cause
 * carries the system or undici code) and with the signal's reason when it times out.
 */
function describeGetError(error, timeoutMs) {
    const after = describeRedirects(error.redirects);
    if (error.kind === 'redirect-refused' || error.kind === 'too-many-redirects') {
        return { kind: 'redirect', text: error.problem, cause: error, final: true };
    }
    if (error.kind === 'body-too-large') {
        return { kind: 'invalid-response', text: `${after}${error.problem}; PyPI's JSON for one release is far smaller`, cause: error, final: true };
    }
    const cause = error.cause;
    const host = new URL(error.url).host;
    if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
        return { kind: 'timeout', text: `${after}no complete answer within ${timeoutMs} ms (timed out)`, cause };
    }
    const code = errorCode(cause instanceof Error ? cause.cause : undefined);
    if (code !== undefined && DNS_CODES.has(code)) {
        return { kind: 'dns', text: `${after}DNS lookup of ${new URL(error.url).hostname} failed (${code})`, cause };
    }
    if (code !== undefined && TIMEOUT_CODES.has(code)) {
        return { kind: 'timeout', text: `${after}the connection to ${host} timed out (${code})`, cause };
    }
    if (code === 'ECONNREFUSED')
        return { kind: 'connection', text: `${after}connection refused by ${host} (ECONNREFUSED)`, cause };
    const inner = cause instanceof Error ? cause.cause : undefined;
    const detail = inner instanceof Error ? inner.message : cause instanceof Error ? cause.message : String(cause);
    return {
        kind: 'connection',
        text: `${after}the connection to ${host} failed before a complete answer: ${detail}${code === undefined ? '' : ` (${code})`}`,
        cause,
    };
}
/** The `code` of a system or undici error, looking inside an AggregateError (several addresses tried). */
function errorCode(cause) {
    if (typeof cause !== 'object' || cause === null)
        return undefined;
    const code = cause.code;
    if (typeof code === 'string')
        return code;
    if (cause instanceof AggregateError)
        return errorCode(cause.errors[0]);
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/index-client/pypi-json-api.ts





/** How long one attempt may take, redirects and body included. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** Attempts after the first: four in all, about 7 s of backoff at most without Retry-After. */
const DEFAULT_RETRIES = 3;
/**
 * The most of one answer that is read. PyPI's JSON for one release is the project's `info`
 * (its description included) and one entry per file: tens of KiB for most projects, about
 * 1 MiB for the few with a long README and hundreds of wheels. Past this the index is not
 * answering as PyPI does, and the check fails rather than buffer it.
 */
const MAX_RELEASE_JSON_BYTES = 8 * 1024 * 1024;
const sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Asks the index which files `name` `version` has: GET {repositoryUrl}/pypi/{name}/{version}/json
 * (https://docs.pypi.org/api/json/). Redirects are followed, since PyPI answers a name spelt
 * otherwise than the project's (`Foo_Bar` for `foo-bar`) with 301, but each must obey the same
 * URL rules as `repositoryUrl`, and credentials go to that origin only. 404 means the version is
 * not published; any answer other than 200 or 404, after retries, throws IndexUnreachableError.
 */
async function fetchPublishedRelease(name, version, options) {
    const base = parseRepositoryUrl(options.repositoryUrl);
    const split = splitCredentials(joinUrl(base, 'pypi', name, version, 'json'));
    const url = split.url;
    const headers = options.credentials ? { Authorization: basicAuthorization(options.credentials) } : split.headers;
    const answer = await getWithRetries(url, { ...headers, Accept: 'application/json', 'User-Agent': 'ops-actions pypi-publish-check' }, {
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retries: options.retries ?? DEFAULT_RETRIES,
        fetch: options.fetch ?? fetch,
        maxBodyBytes: MAX_RELEASE_JSON_BYTES,
        sleep: options.sleep ?? sleepFor,
    });
    const where = redactUrl(url);
    const fail = (kind, problem) => new IndexUnreachableError(where, kind, `${describeRedirects(answer.redirects)}${problem}`, answer.attempt, answer.status);
    // PyPI answers 404 with {"message": "Not Found"} both for an unknown project and an unknown version.
    // Any other 404 (an HTML page, a wrong path such as the upload URL) says nothing about the
    // release, and must not pass as "not published yet".
    if (answer.status === 404) {
        if (isJsonNotFound(answer.body))
            return { exists: false, files: [] };
        throw fail('invalid-response', `the index answered HTTP 404 with ${describeContentType(answer)}, not PyPI's JSON "Not Found": this URL does not look like a PyPI JSON API (use the index URL, e.g. https://pypi.org or https://test.pypi.org, not the upload URL)`);
    }
    if (answer.status !== 200)
        throw fail('status', `the index answered ${describeStatus(answer)}`);
    const files = parseReleaseFiles(answer.body);
    if (files === undefined) {
        throw fail('invalid-response', `the index answered HTTP 200 (${describeContentType(answer)}) with a body that is not PyPI's release JSON (no \`urls\` list of files)`);
    }
    return { exists: true, files };
}
function describeContentType(answer) {
    return answer.contentType || 'no content type';
}
/** Whether a 404 body is the JSON PyPI's API answers with (`{"message": "Not Found"}`). */
function isJsonNotFound(body) {
    try {
        const document = JSON.parse(body);
        return typeof document === 'object' && document !== null && 'message' in document;
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return false;
        throw error;
    }
}
/** The `urls` of a release JSON document, or undefined when the body is not one. */
function parseReleaseFiles(body) {
    let document;
    try {
        document = JSON.parse(body);
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return undefined;
        throw error;
    }
    if (typeof document !== 'object' || document === null)
        return undefined;
    const urls = document.urls;
    if (!Array.isArray(urls))
        return undefined;
    const files = [];
    for (const entry of urls) {
        if (typeof entry !== 'object' || entry === null)
            return undefined;
        const { filename, packagetype, size, yanked } = entry;
        if (typeof filename !== 'string' || typeof packagetype !== 'string')
            return undefined;
        files.push({
            filename,
            packagetype,
            ...(typeof size === 'number' ? { size } : {}),
            ...(typeof yanked === 'boolean' ? { yanked } : {}),
        });
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/index-client/check-against-index.ts

const FILENAME_REUSE = 'https://pypi.org/help/#file-name-reuse';
/**
 * What the index already has, against what is about to be uploaded. PyPI's rules (warehouse's
 * upload endpoint): a filename can never be used twice, not even after the file was deleted
 * or yanked; a release takes one sdist; new wheels may be added to an existing release.
 * `skipExisting` is twine's `--skip-existing`: files already on the index are left out, so
 * they become warnings, but a second sdist under another name is refused all the same.
 */
function checkAgainstIndex(release, localFiles, options) {
    if (!release.exists) {
        return [pass('index-version-new', 'This version is not on the index yet, so every file can be uploaded.')];
    }
    const results = [checkRelease(release, options.skipExisting)];
    const published = new Map(release.files.map((file) => [file.filename, file]));
    const publishedSdist = release.files.find((file) => file.packagetype === 'sdist');
    for (const local of localFiles) {
        const same = published.get(local.filename);
        if (same !== undefined)
            results.push(checkTakenFilename(same, options.skipExisting));
        else if (local.kind === 'sdist' && publishedSdist !== undefined) {
            results.push(failure('index-second-sdist', `${local.filename} cannot be added: the release already has the sdist ${publishedSdist.filename}, and PyPI takes one sdist per release.`, 'Publish a new version (a .post1 release for a packaging-only fix). skip-existing does not help: it skips only files of the same name.', local.filename));
        }
        else {
            results.push(pass('index-file-new', `${local.filename} is not on the index yet and can be added to the release.`, local.filename));
        }
    }
    return results;
}
function checkRelease(release, skipExisting) {
    if (release.files.length === 0) {
        return check_result_warning('index-version-empty', 'This version exists on the index but has no files left (they were deleted).', `New files can be uploaded, but PyPI refuses any filename used before, even deleted (${FILENAME_REUSE}); if the upload is refused, publish a new version.`);
    }
    const count = release.files.length === 1 ? '1 file' : `${release.files.length} files`;
    const yanked = release.files.every((file) => file.yanked === true)
        ? ' It is yanked, which frees neither the version nor its filenames.'
        : '';
    const message = `This version is already on the index with ${count}: ${release.files.map(describeFile).join(', ')}.${yanked}`;
    if (skipExisting) {
        return check_result_warning('index-version-published', `${message} With skip-existing, only the files the index does not have will be uploaded.`, 'Bump the version if this run was meant to publish a new release.');
    }
    return failure('index-version-published', message, 'Bump the version to publish a new release; to add only missing files (e.g. wheels for more platforms) to this one, set skip-existing: true.');
}
function checkTakenFilename(published, skipExisting) {
    const name = published.filename;
    const yanked = published.yanked === true ? ' (yanked)' : '';
    if (skipExisting) {
        return check_result_warning('index-filename-taken', `${name} is already on the index${yanked} and will be skipped; the index keeps the published file.`, `If this build differs from the published file, publish a new version: PyPI never takes a filename twice (${FILENAME_REUSE}).`, name);
    }
    return failure('index-filename-taken', `${name} is already on the index${yanked}, and PyPI never takes a filename twice, not even after deletion.`, 'Publish a new version (a .post1 release for a packaging-only fix), or set skip-existing: true to leave the published file in place.', name);
}
function describeFile(file) {
    const kind = file.packagetype === 'bdist_wheel' ? 'wheel' : file.packagetype;
    return `${file.filename} (${kind}${file.yanked === true ? ', yanked' : ''})`;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/rst-inline.ts
/**
 * The inline part of `checkRst`: docutils' inline markup recognition rules
 * (https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#inline-markup-recognition-rules)
 * applied to one text block, collecting the references and roles it uses.
 */
const START_NAMES = {
    literal: 'literal',
    strong: 'strong',
    emphasis: 'emphasis',
    interpreted: 'interpreted text or phrase reference',
    substitution: 'substitution_reference',
};
const START_PREFIX = /[\s\-:/'"<([{\p{Ps}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;
const END_SUFFIX = /[\s\-.,:;!?\\/'")\]}>\p{Pd}\p{Po}\p{Pe}\p{Pi}\p{Pf}]/u;
const CLOSERS = { "'": "'", '"': '"', '<': '>', '(': ')', '[': ']', '{': '}' };
const ROLE_PREFIX = /^:([A-Za-z0-9]+(?:[-._+:][A-Za-z0-9]+)*):`/;
const SIMPLE_REF = /(?<=^|[\s\-:/'"<([{])([\p{L}\p{N}]+(?:[-._+:][\p{L}\p{N}]+)*)(__?)(?=$|[\s\-.,:;!?\\/'")\]}>])/gu;
const FOOTNOTE_REF = /(?<=^|[\s\-:/'"<([{])\[([0-9]+|#[\p{L}\p{N}._-]+|[\p{L}\p{N}][\p{L}\p{N}._-]*)\]_(?=$|[\s\-.,:;!?\\/'")\]}>])/gu;
const rst_inline_URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|mailto:)[^\s<>`]+/gi;
const EMBEDDED = /(?:\s+|^)<(?!\s)([^<>]+?)(?<!\s)>$/;
/** docutils' `fully_normalize_name`: case-folded, whitespace collapsed. */
function normalizeRstName(name) {
    return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
/**
 * Scans one text block (paragraph, title or list item text; never literal text). Backslash
 * escapes and URLs are masked first, so nothing inside them starts markup: docutils would look
 * inside URLs, but skipping them can only miss a problem, never invent one.
 */
function scanInline(block) {
    const text = block.replace(/\\[\s\S]/g, '\\x').replace(rst_inline_URL, (url) => 'x'.repeat(url.length));
    const problems = [];
    const references = [];
    const targets = [];
    const masked = [...text];
    let p = 0;
    while (p < text.length) {
        const start = readStart(text, p);
        if (start === undefined) {
            p += 1;
            continue;
        }
        const end = findEnd(text, start.kind, start.contentAt);
        if (end === undefined) {
            problems.push({ offset: p, message: `Inline ${START_NAMES[start.kind]} start-string without end-string.` });
            p = start.contentAt;
            continue;
        }
        const content = block.slice(start.contentAt, end.at);
        if (start.role !== undefined)
            references.push({ offset: p, kind: 'role', name: start.role.toLowerCase() });
        if (end.role !== undefined)
            references.push({ offset: p, kind: 'role', name: end.role.toLowerCase() });
        if (start.kind === 'substitution')
            references.push({ offset: p, kind: 'substitution', name: normalizeRstName(content) });
        if (end.refSuffix === '__') {
            if (!(start.kind === 'interpreted' && EMBEDDED.test(content)))
                references.push({ offset: p, kind: 'anonymous', name: '' });
        }
        else if (end.refSuffix === '_') {
            recordNamedReference(content, start.kind, p, references, targets);
        }
        for (let i = p; i < end.after; i += 1)
            masked[i] = ' ';
        p = end.after;
    }
    const rest = masked.join('');
    for (const m of rest.matchAll(SIMPLE_REF)) {
        const [, name = '', suffix] = m;
        references.push(suffix === '__' ? { offset: m.index, kind: 'anonymous', name: '' } : { offset: m.index, kind: 'named', name: normalizeRstName(name) });
    }
    for (const m of rest.matchAll(FOOTNOTE_REF))
        references.push({ offset: m.index, kind: 'footnote', name: normalizeRstName(m[1] ?? '') });
    return { problems, references, targets };
}
function recordNamedReference(content, kind, offset, references, targets) {
    const embedded = kind === 'interpreted' ? EMBEDDED.exec(content) : null;
    if (embedded === null) {
        references.push({ offset, kind: 'named', name: normalizeRstName(content) });
        return;
    }
    const uri = (embedded[1] ?? '').replace(/\s+/g, '');
    const label = content.slice(0, embedded.index).trim();
    // `text <name_>`_ is an alias to another target, unless it is a URL that happens to end in _.
    if (uri.endsWith('_') && !uri.includes('://') && !uri.startsWith('mailto:')) {
        references.push({ offset, kind: 'named', name: normalizeRstName(uri.slice(0, -1)) });
    }
    targets.push({ offset, name: normalizeRstName(label === '' ? uri : label), uri });
}
function readStart(text, p) {
    const before = p === 0 ? undefined : text[p - 1];
    if (before !== undefined && !START_PREFIX.test(before))
        return undefined;
    const rest = text.slice(p, p + 80);
    const role = ROLE_PREFIX.exec(rest);
    let kind;
    let length = 0;
    if (role !== null)
        [kind, length] = ['interpreted', role[0].length];
    else if (rest.startsWith('``'))
        [kind, length] = ['literal', 2];
    else if (rest.startsWith('**'))
        [kind, length] = ['strong', 2];
    else if (rest.startsWith('*'))
        [kind, length] = ['emphasis', 1];
    else if (rest.startsWith('`'))
        [kind, length] = ['interpreted', 1];
    else if (rest.startsWith('|'))
        [kind, length] = ['substitution', 1];
    if (kind === undefined)
        return undefined;
    const after = text[p + length];
    if (after === undefined || /\s/.test(after))
        return undefined;
    // "(*)" and '"*"' are not markup: an opener right before must not meet its closer right after.
    if (before !== undefined && CLOSERS[before] === after)
        return undefined;
    return { kind, contentAt: p + length, ...(role === null ? {} : { role: role[1] ?? '' }) };
}
function findEnd(text, kind, from) {
    const token = kind === 'literal' ? '``' : kind === 'strong' ? '**' : kind === 'emphasis' ? '*' : kind === 'interpreted' ? '`' : '|';
    for (let at = text.indexOf(token, from + 1); at >= 0; at = text.indexOf(token, at + 1)) {
        const before = text[at - 1] ?? ' ';
        if (/\s/.test(before))
            continue;
        let after = at + token.length;
        let refSuffix;
        let role;
        if (kind === 'interpreted' || kind === 'substitution') {
            const suffix = /^(__?)|^:([A-Za-z0-9]+(?:[-._+:][A-Za-z0-9]+)*):/.exec(text.slice(after, after + 80));
            if (suffix?.[1] !== undefined)
                refSuffix = suffix[1] === '__' ? '__' : '_';
            if (suffix?.[2] !== undefined && kind === 'interpreted')
                role = suffix[2];
            if (suffix !== null && (refSuffix !== undefined || role !== undefined))
                after += suffix[0].length;
        }
        const next = text[after];
        if (next !== undefined && !END_SUFFIX.test(next))
            continue;
        return { at, after, ...(refSuffix === undefined ? {} : { refSuffix }), ...(role === undefined ? {} : { role }) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/rst-tables.ts
/**
 * The table part of `checkRst`: finds grid and simple tables and reports "Malformed table." for
 * the basic shape errors docutils stops on. Tables with non-ASCII text are not measured (docutils
 * counts East Asian wide characters as two columns), and simple tables with column spans are not
 * checked, so a table is only reported when docutils certainly refuses it.
 */
const GRID_BORDER = /^\+[-=+]+\+$/;
const SIMPLE_BORDER = /^=+( +=+)*$/;
const isBlank = (line) => line === undefined || line.trim() === '';
/** The table that starts at line `i`, if one does: a `+---+` grid border or a `===  ===` border at column 0. */
function findTable(lines, i) {
    const first = (lines[i] ?? '').trimEnd();
    const indent = first.length - first.trimStart().length;
    if (GRID_BORDER.test(first.trimStart())) {
        let end = i + 1;
        while (end < lines.length && /^[+|]/.test((lines[end] ?? '').slice(indent)) && (lines[end] ?? '').slice(0, indent).trim() === '')
            end += 1;
        return { kind: 'grid', start: i, end };
    }
    if (indent === 0 && SIMPLE_BORDER.test(first) && first.includes(' ')) {
        // The bottom border is the border line followed by a blank line or the end of the text.
        for (let j = i + 1; j < lines.length; j += 1) {
            if (SIMPLE_BORDER.test((lines[j] ?? '').trimEnd()) && isBlank(lines[j + 1]))
                return { kind: 'simple', start: i, end: j + 1 };
        }
        let end = i + 1;
        while (end < lines.length && !isBlank(lines[end]))
            end += 1;
        return { kind: 'simple', start: i, end };
    }
    return undefined;
}
/** "Malformed table." problems (1-based lines) for the given tables. */
function checkRstTables(lines, tables) {
    const problems = [];
    for (const table of tables) {
        const rows = lines.slice(table.start, table.end).map((l) => l.trimEnd());
        if (rows.some((r) => /[^\x20-\x7e]/.test(r)))
            continue;
        const bad = table.kind === 'grid' ? checkGrid(rows) : checkSimple(rows);
        if (bad !== undefined)
            problems.push({ line: table.start + bad + 1, message: 'Malformed table.' });
    }
    return problems;
}
/** Index of the first row that breaks the grid, or `undefined`. docutils reports the table's first line. */
function checkGrid(rows) {
    const width = rows[0]?.length ?? 0;
    const last = rows.at(-1)?.trimStart() ?? '';
    if (!GRID_BORDER.test(last))
        return 0;
    return rows.some((r) => r.length !== width || !/[+|]$/.test(r)) ? 0 : undefined;
}
/** Index of the first row with text in a column margin, or `undefined`. */
function checkSimple(rows) {
    if (rows.some((r) => /^-+( +-+)*$/.test(r.trim()) && r.trim().length > 0))
        return undefined;
    const border = rows[0] ?? '';
    const gaps = [];
    const lastColumnStart = border.search(/=+$/);
    for (let c = 0; c < lastColumnStart; c += 1)
        if (border[c] === ' ')
            gaps.push(c);
    for (let r = 1; r < rows.length; r += 1) {
        const row = rows[r] ?? '';
        if (SIMPLE_BORDER.test(row) || isBlank(row))
            continue;
        if (gaps.some((c) => row[c] !== undefined && row[c] !== ' '))
            return r;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/rst-vocabulary.ts
/**
 * The directive and role names docutils knows out of the box (its English language module and
 * registries, docutils 0.19–0.21). Sphinx adds many more, none of which PyPI's renderer knows.
 */
/** docutils' standard directives, with the `code-block`/`sourcecode` aliases of `code`. */
const DIRECTIVES = new Set([
    'admonition', 'attention', 'caution', 'class', 'code', 'code-block', 'compound', 'container', 'contents', 'csv-table',
    'danger', 'date', 'default-role', 'epigraph', 'error', 'figure', 'footer', 'header', 'highlights', 'hint', 'image',
    'important', 'line-block', 'list-table', 'math', 'meta', 'note', 'parsed-literal', 'pull-quote', 'replace', 'role',
    'rubric', 'section-numbering', 'sectnum', 'sidebar', 'sourcecode', 'table', 'target-notes', 'tip', 'title', 'topic',
    'unicode', 'warning', 'restructuredtext-test-directive',
]);
/** Disabled by readme_renderer (`raw_enabled=False`, `file_insertion_enabled=False`). */
// readme_renderer: raw_enabled=False, file_insertion_enabled=False.
const DISABLED_DIRECTIVES = new Set(['raw', 'include']);
/** docutils' standard interpreted text roles and their short aliases. */
const ROLES = new Set([
    'ab', 'abbreviation', 'ac', 'acronym', 'anonymous-reference', 'citation-reference', 'code', 'emphasis', 'footnote-reference',
    'i', 'index', 'literal', 'math', 'named-reference', 'pep', 'pep-reference', 'raw', 'rfc', 'rfc-reference', 'strong', 'sub',
    'subscript', 'substitution-reference', 'sup', 'superscript', 't', 'target', 'title', 'title-reference', 'uri', 'uri-reference', 'url',
]);

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/rst-check.ts




/**
 * Finds the reStructuredText problems that make PyPI refuse a description. PyPI renders with
 * readme_renderer, which runs docutils with `halt_level=WARNING`, `raw_enabled=False` and
 * `file_insertion_enabled=False`: any warning or error stops the render and the upload fails.
 * Messages are docutils' own wording (verified against docutils 0.19 with readme_renderer 37.3),
 * and every problem is listed, where docutils stops at the first. Inline problems carry the line
 * they are on; docutils reports the first line of their paragraph.
 *
 * Checked:
 * - section titles: "Title underline too short." / "Title overline too short." (for adornments
 *   of 4+ characters; shorter ones are plain text to docutils) and "Title level inconsistent:"
 *   (a title style used deeper than one level below the current section);
 * - at the top level (column 0): "Unexpected indentation." after a paragraph of two or more
 *   lines; "<Block quote|Literal block|Bullet list|Enumerated list|Definition list|Field list|
 *   Explicit markup> ends without a blank line; unexpected unindent." and "Line block ends
 *   without a blank line.";
 * - inline markup: emphasis, strong, literal, interpreted text / phrase reference and
 *   substitution start-strings without end-strings, by docutils' recognition rules;
 * - "Unknown target name:" for `name_`, `` `phrase`_ ``, `` `text <alias_>`_ ``, `|sub|_` and
 *   `[1]_` / `[#label]_` / `[CITATION]_` with no target, section title, `:name:` option,
 *   footnote or citation of that name; "Duplicate explicit target name:" for two explicit targets
 *   (`.. _x:` or `` `x <uri>`_ ``) of one name that do not share one URI; "Anonymous hyperlink
 *   mismatch" when anonymous references and targets do not pair up;
 * - "Undefined substitution referenced:" for `|name|` with no `.. |name| …` definition;
 * - "Unknown directive type" for directives other than docutils' standard ones (so every Sphinx
 *   directive), and the `raw` and `include` directives PyPI disables;
 * - "Unknown interpreted text role" for roles other than docutils' standard ones and those
 *   declared with `.. role::` (so `:class:`, `:func:`, `:ref:` … are caught);
 * - "Malformed table.": grid tables whose lines differ in width or do not end in `+`/`|`, and
 *   simple tables with text in a column margin (tables with column spans are not checked).
 *
 * Not checked (so such READMEs pass here and can still fail on PyPI): anything nested inside
 * list items, block quotes and directive content (admonition bodies are not scanned), inline
 * markup inside URLs, tables and substitution definitions, "Literal block expected; none found.",
 * unknown Pygments languages in `code` directives, directive option and argument errors, footnote
 * auto-numbering mismatches (`[#]_`, `[*]_`), hyperlink references inside titles, and
 * enumerated-list numbering. When in doubt the checker stays silent: it must not fail a README
 * that docutils renders.
 */
function checkRst(text) {
    const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, '        ').split('\n');
    const doc = scanBlocks(lines);
    const problems = [...doc.problems, ...checkRstTables(lines, doc.tables)];
    const references = [];
    const inlineTargets = [];
    for (const block of textBlocks(lines, doc.skip)) {
        const scan = scanInline(block.text);
        const lineOf = (offset) => block.start + countNewlines(block.text.slice(0, offset)) + 1;
        for (const p of scan.problems)
            problems.push({ line: lineOf(p.offset), message: p.message });
        for (const r of scan.references)
            references.push({ ...r, line: lineOf(r.offset) });
        for (const t of scan.targets)
            inlineTargets.push({ ...t, line: lineOf(t.offset) });
    }
    for (const t of inlineTargets)
        addTarget(doc, t.name, t.uri, t.line, problems);
    appendAll(problems, resolveReferences(doc, references));
    return problems.sort((a, b) => a.line - b.line);
}
const ADORNMENT = /^([!-/:-@[-`{-~])\1*\s*$/;
const BULLET = /^[-*+•‣⁃]( +|$)/;
const ENUMERATOR = /^(?:\d+|#|[a-zA-Z]|[ivxlcdmIVXLCDM]+)\.( +|$)|^\(?(?:\d+|#|[a-zA-Z]|[ivxlcdmIVXLCDM]+)\)( +|$)/;
const FIELD = /^:(?![: ])[^`]*?[^\s\\]:(?=\s|$)/;
const EXPLICIT = /^\.\.(\s|$)/;
const DIRECTIVE = /^\.\.\s+(?:\|[^|]+\|\s+)?([\w][\w.:+-]*?)::(\s|$)/;
const TARGET = /^\.\.\s+_(`[^`]+`|[^:`][^:]*|):(?:\s+(.*))?$/;
const indentOf = (line) => line.length - line.trimStart().length;
const rst_check_isBlank = (line) => line === undefined || line.trim() === '';
function scanBlocks(lines) {
    const doc = { problems: [], skip: new Set(), tableLines: new Set(), tables: [], names: new Map(), footnotes: new Set(), substitutions: new Set(), roles: new Set(), anonymousTargets: 0 };
    const styles = [];
    let level = 0;
    for (let i = 0; i < lines.length; i += 1) {
        const line = lines[i] ?? '';
        if (doc.skip.has(i) || rst_check_isBlank(line))
            continue;
        const indent = indentOf(line);
        const body = line.trimStart();
        if (EXPLICIT.test(body)) {
            const end = blockEnd(lines, i, indent);
            for (let j = i; j < end; j += 1)
                doc.skip.add(j);
            readExplicit(doc, lines.slice(i, end), i + 1);
            continue;
        }
        if (/^(?:__ |__$)/.test(body))
            doc.anonymousTargets += 1;
        const table = findTable(lines, i);
        if (table !== undefined) {
            doc.tables.push(table);
            for (let j = table.start; j < table.end; j += 1)
                [doc.skip, doc.tableLines].forEach((s) => s.add(j));
            continue;
        }
        if (body.startsWith('>>>') && (i === 0 || rst_check_isBlank(lines[i - 1]))) {
            for (let j = i; j < lines.length && !rst_check_isBlank(lines[j]); j += 1)
                doc.skip.add(j);
            continue;
        }
        if (/::\s*$/.test(line) && rst_check_isBlank(lines[i + 1])) {
            const end = blockEnd(lines, i, indent);
            for (let j = i + 1; j < end; j += 1)
                doc.skip.add(j);
        }
        const title = readTitle(lines, i);
        if (title !== undefined) {
            [i + 1, title.overline ? i - 1 : -1].forEach((j) => doc.skip.add(j));
            const name = normalizeRstName(line.replace(/[`*|]/g, ''));
            if (!doc.names.has(name))
                doc.names.set(name, '#implicit');
            if (title.tooShort !== undefined)
                doc.problems.push({ line: title.tooShort + 1, message: `Title ${title.tooShort < i ? 'overline' : 'underline'} too short.` });
            // docutils `check_subsection`: a known style may close sections or open one level deeper;
            // a new style is only allowed one level below the deepest style seen so far.
            const known = styles.indexOf(title.style);
            if (known < 0 && styles.length === level) {
                styles.push(title.style);
                level = styles.length;
            }
            else if (known >= 0 && known <= level) {
                level = known + 1;
            }
            else {
                doc.problems.push({ line: i + 1, message: 'Title level inconsistent:' });
            }
            continue;
        }
        if (ADORNMENT.test(line) && line.trim().length >= 4)
            doc.skip.add(i);
        if (indent === 0 && !doc.tableLines.has(i))
            checkTopLevel(lines, i, doc.problems);
    }
    return doc;
}
/** The line after an indented block that starts at `start` (its lines indented past `indent`). */
function blockEnd(lines, start, indent) {
    let end = start + 1;
    while (end < lines.length && (rst_check_isBlank(lines[end]) || indentOf(lines[end] ?? '') > indent))
        end += 1;
    while (end > start + 1 && rst_check_isBlank(lines[end - 1]))
        end -= 1;
    return end;
}
function readExplicit(doc, block, line) {
    const first = (block[0] ?? '').trim();
    const directive = DIRECTIVE.exec(first);
    const substitution = /^\.\.\s+\|([^|]+)\|/.exec(first);
    if (substitution !== null)
        doc.substitutions.add(normalizeRstName(substitution[1] ?? ''));
    if (directive !== null) {
        const name = (directive[1] ?? '').toLowerCase();
        if (DISABLED_DIRECTIVES.has(name))
            doc.problems.push({ line, message: `"${name}" directive disabled.` });
        else if (!DIRECTIVES.has(name))
            doc.problems.push({ line, message: `Unknown directive type "${directive[1] ?? ''}".` });
        if (name === 'role')
            doc.roles.add((/::\s*([\w.:+-]+)/.exec(first)?.[1] ?? '').toLowerCase());
        for (const option of block.slice(1)) {
            const named = /^\s+:name:\s*(.+)$/.exec(option);
            if (named !== null)
                doc.names.set(normalizeRstName(named[1] ?? ''), '#implicit');
        }
        return;
    }
    const footnote = /^\.\.\s+\[([^\]]+)\]/.exec(first);
    if (footnote !== null) {
        doc.footnotes.add(normalizeRstName(footnote[1] ?? ''));
        return;
    }
    const target = TARGET.exec(first);
    if (target === null)
        return;
    const rawName = (target[1] ?? '').replace(/^`|`$/g, '');
    const uri = [target[2] ?? '', ...block.slice(1)].join('').replace(/\s+/g, '');
    if (rawName === '_' || rawName === '')
        doc.anonymousTargets += rawName === '_' ? 1 : 0;
    else
        addTarget(doc, normalizeRstName(rawName), uri === '' ? `#internal-${line}` : uri, line, doc.problems);
}
function addTarget(doc, name, uri, line, problems) {
    const previous = doc.names.get(name);
    // docutils: two explicit targets of one name are fine only when both point to the same URI.
    if (previous !== undefined && previous !== '#implicit' && previous !== uri)
        problems.push({ line, message: `Duplicate explicit target name: "${name}".` });
    if (previous === undefined || previous === '#implicit')
        doc.names.set(name, uri);
}
function readTitle(lines, i) {
    const text = lines[i] ?? '';
    const under = lines[i + 1] ?? '';
    if (ADORNMENT.test(text) || !ADORNMENT.test(under))
        return undefined;
    const over = lines[i - 1] ?? '';
    const overline = ADORNMENT.test(over) && over.trim()[0] === under.trim()[0] && rst_check_isBlank(lines[i - 2]);
    // Without an overline the title starts at column 0 after a blank line (or the start).
    if (!overline && (indentOf(text) > 0 || !rst_check_isBlank(lines[i - 1])))
        return undefined;
    // A lower bound of docutils' column width (wide characters count 2 there): never over-reports.
    const width = [...text.trim().normalize('NFC')].filter((c) => !/\p{M}/u.test(c)).length;
    const underLength = under.trim().length;
    // docutils: an adornment under 4 characters that is shorter than the text is ordinary text.
    if (underLength < width && underLength < 4)
        return undefined;
    const tooShort = overline && over.trim().length < width ? i - 1 : underLength < width ? i + 1 : undefined;
    return { style: `${overline ? 'o' : 'u'}${under.trim()[0] ?? ''}`, overline, ...(tooShort === undefined ? {} : { tooShort }) };
}
function checkTopLevel(lines, i, problems) {
    const line = lines[i] ?? '';
    const previous = lines[i - 1];
    if (previous === undefined || rst_check_isBlank(previous))
        return;
    if (indentOf(previous) > 0) {
        const owner = ownerOf(lines, i);
        // A list item, field or explicit markup right after a block quote or literal block still ends it.
        const startsItem = BULLET.test(line) || ENUMERATOR.test(line) || FIELD.test(line);
        if (!isPlain(line) && !(startsItem && (owner === 'Block quote' || owner === 'Literal block')))
            return;
        if (!rst_check_isBlank(lines[i + 1]) && indentOf(lines[i + 1] ?? '') > 0)
            return; // a new definition list item
        problems.push({ line: i + 1, message: `${owner} ends without a blank line; unexpected unindent.` });
        return;
    }
    if (!isPlain(line))
        return;
    const kind = BULLET.test(previous) ? 'Bullet list' : EXPLICIT.test(previous) ? 'Explicit markup' : FIELD.test(previous) ? 'Field list' : undefined;
    if (kind !== undefined)
        problems.push({ line: i + 1, message: `${kind} ends without a blank line; unexpected unindent.` });
    else if (/^\|( |$)/.test(previous))
        problems.push({ line: i + 1, message: 'Line block ends without a blank line.' });
    else if (!rst_check_isBlank(lines[i + 1]) && indentOf(lines[i + 1] ?? '') > 0 && paragraphIsPlain(lines, i)) {
        // Two or more paragraph lines, then an indented one (a single line would be a definition term).
        problems.push({ line: i + 2, message: 'Unexpected indentation.' });
    }
}
function paragraphIsPlain(lines, i) {
    let j = i;
    while (j > 0 && !rst_check_isBlank(lines[j - 1]))
        j -= 1;
    return lines.slice(j, i + 1).every(isPlain);
}
/** A column-0 line that starts no construct of its own (so it continues or starts a paragraph). */
function isPlain(line) {
    return !(BULLET.test(line) || ENUMERATOR.test(line) || FIELD.test(line) || EXPLICIT.test(line) || ADORNMENT.test(line) ||
        /^(?:\||\+[-=]|>>>|__ |--?\w)/.test(line) || indentOf(line) > 0);
}
function ownerOf(lines, i) {
    let j = i - 1;
    let sawBlank = false;
    while (j >= 0 && (rst_check_isBlank(lines[j]) || indentOf(lines[j] ?? '') > 0))
        sawBlank ||= rst_check_isBlank(lines[j--]);
    const owner = lines[j] ?? '';
    if (EXPLICIT.test(owner))
        return 'Explicit markup';
    if (BULLET.test(owner))
        return 'Bullet list';
    if (ENUMERATOR.test(owner))
        return 'Enumerated list';
    if (FIELD.test(owner))
        return 'Field list';
    if (!sawBlank)
        return 'Definition list';
    return /::\s*$/.test(owner) ? 'Literal block' : 'Block quote';
}
function* textBlocks(lines, skip) {
    let start = -1;
    for (let i = 0; i <= lines.length; i += 1) {
        const inBlock = i < lines.length && !skip.has(i) && !rst_check_isBlank(lines[i]);
        if (inBlock && start < 0)
            start = i;
        if (!inBlock && start >= 0) {
            yield { start, text: lines.slice(start, i).join('\n') };
            start = -1;
        }
    }
}
function countNewlines(text) {
    return text.split('\n').length - 1;
}
function resolveReferences(doc, references) {
    const problems = [];
    let anonymous = 0;
    for (const r of references) {
        if (r.kind === 'anonymous')
            anonymous += 1;
        else if (r.kind === 'role' && !ROLES.has(r.name) && !doc.roles.has(r.name))
            problems.push({ line: r.line, message: `Unknown interpreted text role "${r.name}".` });
        else if (r.kind === 'substitution' && !doc.substitutions.has(r.name))
            problems.push({ line: r.line, message: `Undefined substitution referenced: "${r.name}".` });
        else if ((r.kind === 'named' && !doc.names.has(r.name) && !doc.footnotes.has(r.name)) || (r.kind === 'footnote' && !doc.footnotes.has(r.name))) {
            problems.push({ line: r.line, message: `Unknown target name: "${r.name.replace(/^#/, '')}".` });
        }
    }
    const first = references.find((r) => r.kind === 'anonymous');
    if (first !== undefined && anonymous !== doc.anonymousTargets) {
        problems.push({ line: first.line, message: `Anonymous hyperlink mismatch: ${anonymous} references but ${doc.anonymousTargets} targets.` });
    }
    return problems;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/description-checks.ts


const CONTENT_TYPES = new Set(['text/plain', 'text/x-rst', 'text/markdown']);
const MARKDOWN_VARIANTS = new Set(['GFM', 'CommonMark']);
/** How many RST problems a message lists before it says "and N more". */
const RST_PROBLEMS_SHOWN = 5;
/**
 * Checks `Description-Content-Type` as `packaging.metadata` does for PyPI: the type is one of
 * text/plain, text/x-rst, text/markdown (any case); `charset`, when given, is exactly `UTF-8`;
 * a markdown `variant`, when given, is exactly `GFM` or `CommonMark`. Absent → warning, as PyPI
 * then renders the description as reStructuredText. Id: `metadata-description-content-type`.
 */
function checkDescriptionContentType(value, file) {
    const id = 'metadata-description-content-type';
    if (value === undefined) {
        return check_result_warning(id, 'There is no Description-Content-Type, so PyPI renders the description as reStructuredText.', "Declare it: `readme = \"README.md\"` in [project] sets text/markdown; setuptools' long_description_content_type does too.", file);
    }
    const [type = '', ...params] = value.split(';').map((part) => part.trim());
    const fix = 'Use text/markdown, text/x-rst or text/plain, with at most `; charset=UTF-8` and, for markdown, `; variant=GFM` or `; variant=CommonMark`.';
    if (!CONTENT_TYPES.has(type.toLowerCase()))
        return failure(id, `Description-Content-Type '${value}' is not a type PyPI renders.`, fix, file);
    for (const param of params.filter((p) => p !== '')) {
        const eq = param.indexOf('=');
        const key = (eq < 0 ? param : param.slice(0, eq)).trim().toLowerCase();
        const raw = eq < 0 ? '' : param.slice(eq + 1).trim();
        const paramValue = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
        // packaging compares these exactly: `charset=utf-8` and `variant=gfm` are refused.
        if (key === 'charset' && paramValue !== 'UTF-8')
            return failure(id, `Description-Content-Type '${value}': the charset must be exactly UTF-8.`, fix, file);
        if (key === 'variant' && type.toLowerCase() === 'text/markdown' && !MARKDOWN_VARIANTS.has(paramValue)) {
            return failure(id, `Description-Content-Type '${value}': the markdown variant must be exactly GFM or CommonMark.`, fix, file);
        }
    }
    return pass(id, `Description-Content-Type '${value}' is one PyPI renders.`, file);
}
/**
 * Checks the description: it must not be given both as a header and as the body (packaging then
 * cannot tell which is meant), and reStructuredText (declared, or by default) must render under
 * PyPI's readme_renderer, approximated by `checkRst`. Id: `metadata-description`.
 */
function checkDescription(options) {
    const { description, contentType, inHeaderAndBody, file } = options;
    const id = 'metadata-description';
    if (inHeaderAndBody) {
        return failure(id, 'The description is given both as a Description field and as the message body.', 'Keep one: current build backends write it only as the body.', file);
    }
    if (description === undefined || description.trim() === '') {
        return check_result_warning(id, 'There is no description, so the PyPI project page will be empty.', 'Set `readme` in [project] (or long_description in setup.cfg).', file);
    }
    const type = (contentType ?? 'text/x-rst').split(';')[0]?.trim().toLowerCase();
    if (type !== 'text/x-rst')
        return pass(id, `The ${type ?? ''} description is not checked further; PyPI renders it as is.`, file);
    const problems = checkRst(description);
    if (problems.length === 0)
        return pass(id, 'The reStructuredText description has none of the problems that make PyPI refuse it.', file);
    const shown = problems.slice(0, RST_PROBLEMS_SHOWN).map((p) => `line ${p.line}: ${p.message.replace(/\.+$/, '')}`);
    const more = problems.length > RST_PROBLEMS_SHOWN ? ` (and ${problems.length - RST_PROBLEMS_SHOWN} more)` : '';
    return failure(id, `PyPI would refuse the reStructuredText description: ${shown.join('; ')}${more}.`, contentType === undefined
        ? 'Fix the README (line numbers count from its first line), or declare Description-Content-Type text/markdown if it is Markdown; `twine check` shows the same errors.'
        : 'Fix the README (line numbers count from its first line); `twine check dist/*` reports the same errors.', file);
}

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/metadata-fields.ts

/** The Metadata-Version values PyPI accepts (warehouse `SUPPORTED_METADATA_VERSIONS`). 2.0 never existed. */
const SUPPORTED_METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];
// Every core metadata field `packaging.metadata` knows, with the Metadata-Version that added it.
// PyPI refuses any other field ("unrecognized field") and any field newer than the file's version.
const FIELD_ADDED = new Map([
    ['metadata-version', '1.0'], ['name', '1.0'], ['version', '1.0'], ['platform', '1.0'], ['summary', '1.0'],
    ['description', '1.0'], ['keywords', '1.0'], ['home-page', '1.0'], ['author', '1.0'], ['author-email', '1.0'],
    ['license', '1.0'], ['supported-platform', '1.1'], ['download-url', '1.1'], ['classifier', '1.1'],
    ['requires', '1.1'], ['provides', '1.1'], ['obsoletes', '1.1'], ['maintainer', '1.2'], ['maintainer-email', '1.2'],
    ['requires-dist', '1.2'], ['requires-python', '1.2'], ['requires-external', '1.2'], ['project-url', '1.2'],
    ['provides-dist', '1.2'], ['obsoletes-dist', '1.2'], ['description-content-type', '2.1'], ['provides-extra', '2.1'],
    ['dynamic', '2.2'], ['license-expression', '2.4'], ['license-file', '2.4'], ['import-name', '2.5'], ['import-namespace', '2.5'],
]);
// packaging's `_STRING_FIELDS` plus Keywords: a second value makes the field "invalid data".
const SINGLE_USE = new Set([
    'metadata-version', 'name', 'version', 'summary', 'description', 'description-content-type', 'keywords', 'home-page',
    'download-url', 'author', 'author-email', 'maintainer', 'maintainer-email', 'license', 'license-expression', 'requires-python',
]);
/**
 * Checks which fields the file uses against its Metadata-Version, as `packaging.metadata`
 * (and so PyPI) does. Ids: `metadata-unknown-field`, `metadata-duplicate-field`,
 * `metadata-field-version`. `headers` is keyed by lower-cased field name.
 */
function checkFieldUse(headers, metadataVersion, file) {
    const names = [...headers.keys()];
    const results = [];
    const unknown = names.filter((n) => !FIELD_ADDED.has(n));
    results.push(unknown.length === 0
        ? pass('metadata-unknown-field', 'Every field is a core metadata field.', file)
        : failure('metadata-unknown-field', `PyPI refuses unrecognized fields: ${unknown.map((n) => `'${n}'`).join(', ')}.`, 'Remove the fields from the metadata (check the build backend configuration for typos or custom fields).', file));
    const repeated = names.filter((n) => SINGLE_USE.has(n) && (headers.get(n)?.length ?? 0) > 1);
    results.push(repeated.length === 0
        ? pass('metadata-duplicate-field', 'No single-use field is repeated.', file)
        : failure('metadata-duplicate-field', `These fields may appear once but are repeated: ${repeated.map((n) => `'${n}'`).join(', ')}.`, 'Give each of them one value; a multi-line value belongs in one field (Description in the body).', file));
    if (metadataVersion !== undefined && SUPPORTED_METADATA_VERSIONS.includes(metadataVersion)) {
        results.push(checkFieldVersions(names, metadataVersion, file));
    }
    return results;
}
/**
 * Who uploads a field the file's Metadata-Version does not have. PyPI validates the upload's
 * form fields, not the file (warehouse `forklift/legacy.py` parses `request.POST`, then
 * `packaging.metadata.Metadata.from_raw` refuses "license-file introduced in metadata version
 * 2.4, not 2.1"), so what counts is what the uploader sends. For License-File below 2.4, which
 * every setuptools before 77 writes under 2.1, the uploaders differ; each entry was read in
 * the uploader's source:
 * - twine (what pypa/gh-action-pypi-publish runs): `twine/package.py` drops `license_files`
 *   when the Metadata-Version is below 2.4 (since twine 6.1.0; before, its fixed list of form
 *   fields had no License-File at all).
 * - pdm publish: `src/pdm/cli/commands/publish/package.py` sends a fixed list without it.
 * - uv publish: `crates/uv-publish/src/lib.rs` sends every License-File as `license_file`
 *   (astral-sh/uv#9513: "license-file introduced in metadata version 2.4, not 2.1").
 * - hatch publish: `src/hatch/index/publish.py` sends every METADATA header.
 * - poetry publish 2.3+: `src/poetry/publishing/uploader.py` sends every field that
 *   `packaging.metadata.parse_email` reads from the file, License-File included.
 * Every other field newer than the Metadata-Version still fails: twine 6.1 and later validate
 * the file with `packaging` before uploading and refuse it, and PyPI refuses it from any
 * uploader that sends it. Read at: pypa/twine f536ac5 (the drop is in every tag from 6.1.0
 * to 7.0.0), astral-sh/uv 26a9dd4, pypa/hatch ed8e30b, python-poetry/poetry f467023,
 * pdm-project/pdm a7e9d00, pypi/warehouse 6b62157, pypa/packaging 053c884.
 */
const LICENSE_FILE_ACCEPTED_BY = 'twine (and so pypa/gh-action-pypi-publish) and pdm publish';
const LICENSE_FILE_REFUSED_BY = 'uv publish, hatch publish and poetry publish (2.3 and later)';
function checkFieldVersions(names, metadataVersion, file) {
    const age = SUPPORTED_METADATA_VERSIONS.indexOf(metadataVersion);
    const tooNew = names.filter((n) => SUPPORTED_METADATA_VERSIONS.indexOf(FIELD_ADDED.get(n) ?? '1.0') > age);
    const describe = (fields) => fields.map((n) => `'${n}' (added in ${FIELD_ADDED.get(n) ?? '?'})`).join(', ');
    const upgrade = 'Upgrade the build backend so it writes a Metadata-Version that has these fields (hatchling 1.27+, setuptools 77+, flit-core 3.12+ write 2.4).';
    if (tooNew.length === 0)
        return pass('metadata-field-version', `Every field exists in Metadata-Version ${metadataVersion}.`, file);
    const refused = tooNew.filter((n) => n !== 'license-file');
    if (refused.length > 0) {
        const note = tooNew.includes('license-file') ? ` (License-File, also too new, is left out of the upload by ${LICENSE_FILE_ACCEPTED_BY})` : '';
        return failure('metadata-field-version', `Metadata-Version ${metadataVersion} has no ${describe(refused)}; PyPI refuses an upload that carries it, and twine 6.1 and later (what pypa/gh-action-pypi-publish runs) refuse the file before uploading${note}.`, upgrade, file);
    }
    return check_result_warning('metadata-field-version', `Metadata-Version ${metadataVersion} has no ${describe(tooNew)}, which setuptools before 77 writes all the same. ${LICENSE_FILE_ACCEPTED_BY} leave License-File out of the upload below Metadata-Version 2.4, so PyPI accepts the file from them; ${LICENSE_FILE_REFUSED_BY} send it, and PyPI refuses the upload ("license-file introduced in metadata version 2.4, not ${metadataVersion}").`, 'Upload with pypa/gh-action-pypi-publish or twine; to upload with any tool, build with setuptools 77 or later, which writes Metadata-Version 2.4.', file);
}

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/pep508-requirement.ts

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
// packaging's marker variables, including the legacy dotted spellings it still accepts.
const MARKER_VARIABLE = /^(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras?|dependency_groups)\b/;
const MARKER_OP = /^(?:===|==|~=|!=|<=|>=|<|>)/;
/**
 * Parses a PEP 508 dependency specifier the way `packaging.requirements.Requirement` does:
 * `name [extras] (versionspec | @ url) ; marker`, accepting the parenthesized
 * `requests (<3,>=2.28)` form older setuptools writes. Version specifiers are validated with
 * `@renovatebot/pep440`'s port of `packaging.specifiers`.
 */
function parseRequirement(text) {
    let rest = text.trim();
    const name = NAME.exec(rest)?.[0];
    if (name === undefined)
        return { ok: false, reason: 'it does not start with a project name' };
    rest = rest.slice(name.length).trimStart();
    let extras = [];
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close < 0)
            return { ok: false, reason: "the extras are missing their closing ']'" };
        const inner = rest.slice(1, close).trim();
        extras = inner === '' ? [] : inner.split(',').map((e) => e.trim());
        if (extras.some((e) => NAME.exec(e)?.[0] !== e))
            return { ok: false, reason: `'[${inner}]' is not a list of extra names` };
        rest = rest.slice(close + 1).trimStart();
    }
    if (rest.startsWith('@')) {
        const afterAt = rest.slice(1).trimStart();
        const url = /^\S+/.exec(afterAt)?.[0];
        if (url === undefined)
            return { ok: false, reason: "nothing follows '@'" };
        const tail = afterAt.slice(url.length);
        if (tail.trim() === '')
            return { ok: true, requirement: { name, extras, specifier: '', url } };
        // PEP 508: whitespace must separate the URL from the `;` of a marker.
        if (!/^\s+;/.test(tail))
            return { ok: false, reason: `unexpected text after the URL: '${tail.trim()}'` };
        const marker = tail.trim().slice(1).trim();
        const markerError = checkMarker(marker);
        if (markerError !== undefined)
            return { ok: false, reason: markerError };
        return { ok: true, requirement: { name, extras, specifier: '', url, marker } };
    }
    const semicolon = rest.indexOf(';');
    let specifier = (semicolon < 0 ? rest : rest.slice(0, semicolon)).trim();
    if (specifier.startsWith('(')) {
        if (!specifier.endsWith(')'))
            return { ok: false, reason: "the version specifier is missing its closing ')'" };
        specifier = specifier.slice(1, -1).trim();
    }
    if (specifier !== '' && !(0,pep440.validRange)(specifier))
        return { ok: false, reason: `'${specifier}' is not a PEP 440 version specifier` };
    if (semicolon < 0)
        return { ok: true, requirement: { name, extras, specifier } };
    const marker = rest.slice(semicolon + 1).trim();
    const markerError = checkMarker(marker);
    if (markerError !== undefined)
        return { ok: false, reason: markerError };
    return { ok: true, requirement: { name, extras, specifier, marker } };
}
/** The PEP 508 marker grammar; returns why `marker` is not valid, or `undefined`. */
function checkMarker(marker) {
    if (marker === '')
        return "nothing follows ';'";
    const tokens = tokenizeMarker(marker);
    if (typeof tokens === 'string')
        return tokens;
    let at = 0;
    const peek = () => tokens[at];
    const parseOr = () => {
        if (!parseAnd())
            return false;
        while (peek()?.kind === 'or') {
            at += 1;
            if (!parseAnd())
                return false;
        }
        return true;
    };
    const parseAnd = () => {
        if (!parseAtom())
            return false;
        while (peek()?.kind === 'and') {
            at += 1;
            if (!parseAtom())
                return false;
        }
        return true;
    };
    const parseAtom = () => {
        if (peek()?.kind === '(') {
            at += 1;
            if (!parseOr() || peek()?.kind !== ')')
                return false;
            at += 1;
            return true;
        }
        if (peek()?.kind !== 'var')
            return false;
        at += 1;
        if (peek()?.kind !== 'op')
            return false;
        at += 1;
        if (peek()?.kind !== 'var')
            return false;
        at += 1;
        return true;
    };
    return parseOr() && at === tokens.length ? undefined : `'${marker}' is not a PEP 508 environment marker`;
}
function tokenizeMarker(marker) {
    const tokens = [];
    let rest = marker;
    while ((rest = rest.trimStart()) !== '') {
        const quote = rest[0];
        let match;
        let kind;
        if (quote === "'" || quote === '"') {
            const end = rest.indexOf(quote, 1);
            if (end < 0)
                return `the marker '${marker}' has an unterminated string`;
            [match, kind] = [rest.slice(0, end + 1), 'var'];
        }
        else if (rest[0] === '(' || rest[0] === ')') {
            [match, kind] = [rest[0], rest[0]];
        }
        else if ((match = MARKER_OP.exec(rest)?.[0]) !== undefined) {
            kind = 'op';
        }
        else if ((match = /^not\s+in\b/.exec(rest)?.[0] ?? /^in\b/.exec(rest)?.[0]) !== undefined) {
            kind = 'op';
        }
        else if ((match = /^(?:and|or)\b/.exec(rest)?.[0]) !== undefined) {
            kind = match === 'and' ? 'and' : 'or';
        }
        else if ((match = MARKER_VARIABLE.exec(rest)?.[0]) !== undefined) {
            kind = 'var';
        }
        else {
            return `the marker '${marker}' has an unknown name at '${rest.split(/\s/)[0] ?? rest}'`;
        }
        tokens.push({ kind, text: match });
        rest = rest.slice(match.length);
    }
    return tokens;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/spdx-exceptions@2.5.0/node_modules/spdx-exceptions/index.json
const spdx_exceptions_namespaceObject = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');
;// CONCATENATED MODULE: ./node_modules/.pnpm/spdx-exceptions@2.5.0/node_modules/spdx-exceptions/deprecated.json
const deprecated_namespaceObject = /*#__PURE__*/JSON.parse('["Nokia-Qt-exception-1.1"]');
;// CONCATENATED MODULE: ./node_modules/.pnpm/spdx-license-ids@3.0.24/node_modules/spdx-license-ids/index.json
const spdx_license_ids_namespaceObject = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');
;// CONCATENATED MODULE: ./node_modules/.pnpm/spdx-license-ids@3.0.24/node_modules/spdx-license-ids/deprecated.json
const spdx_license_ids_deprecated_namespaceObject = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');
;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/spdx-expression.ts




// `packaging.licenses` (which PyPI uses for PEP 639) matches identifiers and operators without
// regard to case and still accepts deprecated identifiers such as `GPL-2.0`.
const LICENSES = new Set([...spdx_license_ids_namespaceObject, ...spdx_license_ids_deprecated_namespaceObject].map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set([...spdx_exceptions_namespaceObject, ...deprecated_namespaceObject].map((id) => id.toLowerCase()));
const LICENSE_REF = /^licenseref-[a-z0-9.-]+$/;
/**
 * Checks a PEP 639 `License-Expression` as `packaging.licenses.canonicalize_license_expression`
 * does: the SPDX grammar (`OR`, `AND`, `WITH`, parentheses, a `+` suffix, `LicenseRef-…`) and
 * that every identifier is on the SPDX license or exception list. `DocumentRef-` is refused, as
 * packaging refuses it. Returns why the expression is invalid, or `undefined` when it is valid.
 */
function checkLicenseExpression(expression) {
    const tokens = expression.replace(/([()])/g, ' $1 ').trim().split(/\s+/).filter((t) => t !== '');
    if (tokens.length === 0)
        return 'the expression is empty';
    let at = 0;
    let problem;
    const peek = () => (tokens[at] ?? '').toLowerCase();
    const fail = (why) => {
        problem ??= why;
        return false;
    };
    const parseOr = () => {
        if (!parseAnd())
            return false;
        while (peek() === 'or') {
            at += 1;
            if (!parseAnd())
                return false;
        }
        return true;
    };
    const parseAnd = () => {
        if (!parseFactor())
            return false;
        while (peek() === 'and') {
            at += 1;
            if (!parseFactor())
                return false;
        }
        return true;
    };
    const parseFactor = () => {
        const token = tokens[at];
        if (token === undefined)
            return fail('it ends where a license identifier should follow');
        if (token === '(') {
            at += 1;
            if (!parseOr())
                return false;
            if (peek() !== ')')
                return fail("a '(' is not closed");
            at += 1;
            return true;
        }
        const lower = token.toLowerCase();
        if (lower === 'and' || lower === 'or' || lower === 'with' || token === ')')
            return fail(`'${token}' stands where a license identifier should`);
        const id = lower.endsWith('+') ? lower.slice(0, -1) : lower;
        if (!LICENSES.has(id) && !LICENSE_REF.test(lower))
            return fail(`'${token}' is not an SPDX license identifier`);
        at += 1;
        if (peek() === 'with') {
            at += 1;
            const exception = tokens[at];
            if (exception === undefined || !EXCEPTIONS.has(exception.toLowerCase())) {
                return fail(`'${exception ?? ''}' after WITH is not an SPDX license exception`);
            }
            at += 1;
        }
        return true;
    };
    if (!parseOr())
        return problem;
    return at === tokens.length ? undefined : `unexpected '${tokens[at] ?? ''}'`;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/core-metadata.ts







// PKG-INFO writers escape multi-line values with 7 spaces and `|` per continuation line (the core
// metadata spec); distutils used 8 spaces. Both prefixes are removed from these fields.
const ESCAPED_FIELDS = new Set(['description', 'license']);
/**
 * Parses RFC 822 style core metadata: `Name: value` headers, continuation lines that start with
 * whitespace, then a blank line and the body, which is the description (Metadata 2.1+; read for
 * any version, as `packaging` does). Continuation lines are kept as separate lines, so a folded
 * Summary stays multi-line (PyPI refuses it). CRLF line ends are accepted.
 */
function parseCoreMetadata(text) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const fields = [];
    let at = 0;
    for (; at < lines.length; at += 1) {
        const line = lines[at] ?? '';
        if (line === '') {
            at += 1;
            break;
        }
        const last = fields.at(-1);
        if (/^[ \t]/.test(line) && last !== undefined) {
            last[1].push(line);
            continue;
        }
        const colon = line.indexOf(':');
        // Python's email parser: a line that is no header ends the headers and starts the body.
        if (colon <= 0 || /\s/.test(line.slice(0, colon)))
            break;
        fields.push([line.slice(0, colon), [line.slice(colon + 1).trimStart()]]);
    }
    const headers = new Map();
    for (const [name, [first = '', ...continuation]] of fields) {
        const key = name.toLowerCase();
        const unfold = ESCAPED_FIELDS.has(key) ? (l) => l.replace(/^ {7}\||^ {8}|^[ \t]+/, '') : (l) => l.trim();
        const value = [first.trimEnd(), ...continuation.map(unfold)].join('\n');
        headers.set(key, [...(headers.get(key) ?? []), value]);
    }
    const body = lines.slice(at).join('\n');
    const first = (key) => headers.get(key)?.[0];
    const descriptionHeader = first('description');
    const hasBody = body.trim() !== '';
    const md = {
        requiresDist: headers.get('requires-dist') ?? [],
        classifiers: headers.get('classifier') ?? [],
        projectUrls: headers.get('project-url') ?? [],
        headers,
        descriptionInHeaderAndBody: hasBody && descriptionHeader !== undefined,
    };
    const single = [
        ['metadataVersion', 'metadata-version'], ['name', 'name'], ['version', 'version'], ['summary', 'summary'],
        ['descriptionContentType', 'description-content-type'], ['requiresPython', 'requires-python'], ['license', 'license'],
        ['licenseExpression', 'license-expression'], ['homePage', 'home-page'],
    ];
    for (const [property, key] of single) {
        const value = first(key);
        if (value !== undefined)
            Object.assign(md, { [property]: value });
    }
    const description = hasBody ? body : descriptionHeader;
    if (description !== undefined)
        md.description = description;
    return md;
}
// warehouse `_project_name_re` (the PEP 508 name grammar).
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
const SUMMARY_MAX = 512;
const PROJECT_URL_LABEL_MAX = 32;
/**
 * Checks core metadata for what PyPI's upload endpoint refuses (warehouse `forklift/metadata.py`
 * on top of `packaging.metadata`), plus warnings for what makes a poor project page. Ids:
 * `metadata-version`, `metadata-unknown-field`, `metadata-duplicate-field`,
 * `metadata-field-version`, `metadata-name`, `metadata-project-version`, `metadata-summary`,
 * `metadata-description-content-type`, `metadata-description`, `metadata-requires-python`,
 * `metadata-requires-dist`, `metadata-license`, `metadata-license-expression`,
 * `metadata-classifiers`, `metadata-project-urls`.
 */
function checkCoreMetadata(md, file) {
    return [
        checkMetadataVersion(md.metadataVersion, file),
        ...checkFieldUse(md.headers, md.metadataVersion, file),
        checkName(md.name, file),
        checkVersion(md.version, file),
        checkSummary(md.summary, file),
        checkDescriptionContentType(md.descriptionContentType, file),
        checkDescription({ description: md.description, contentType: md.descriptionContentType, inHeaderAndBody: md.descriptionInHeaderAndBody, file }),
        checkRequiresPython(md.requiresPython, file),
        ...checkRequiresDist(md.requiresDist, file),
        ...checkLicense(md, file),
        checkClassifiers(md.classifiers, file),
        checkProjectUrls(md, file),
    ];
}
function checkMetadataVersion(value, file) {
    const fix = 'Rebuild with a current build backend (it writes Metadata-Version 2.1 or later).';
    if (value === undefined)
        return failure('metadata-version', 'There is no Metadata-Version field.', fix, file);
    if (value === '2.0') {
        return failure('metadata-version', 'Metadata-Version 2.0 was never a released version (old bdist_wheel wrote it); PyPI refuses it.', fix, file);
    }
    if (!SUPPORTED_METADATA_VERSIONS.includes(value)) {
        return failure('metadata-version', `Metadata-Version '${value}' is not one PyPI accepts (${SUPPORTED_METADATA_VERSIONS.join(', ')}).`, fix, file);
    }
    return pass('metadata-version', `Metadata-Version ${value} is accepted.`, file);
}
function checkName(value, file) {
    if (value === undefined || value === '')
        return failure('metadata-name', 'There is no Name field.', 'Set `name` in [project].', file);
    if (!PROJECT_NAME.test(value)) {
        return failure('metadata-name', `Name '${value}' is not a valid project name.`, "Use ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit.", file);
    }
    return pass('metadata-name', `Name '${value}' is a valid project name.`, file);
}
function checkVersion(value, file) {
    if (value === undefined || value === '')
        return failure('metadata-project-version', 'There is no Version field.', 'Set `version` in [project] (or configure the dynamic version source).', file);
    const version = Pep440Version.tryParse(value);
    if (version === undefined) {
        return failure('metadata-project-version', `Version '${value}' is not a PEP 440 version.`, 'Use a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1.', file);
    }
    if (version.local !== undefined) {
        return failure('metadata-project-version', `Version '${value}' has a local label (+${version.local}); PyPI refuses local versions.`, 'Release from a tagged commit, or set local_scheme = "no-local-version" for setuptools-scm / hatch-vcs.', file);
    }
    return pass('metadata-project-version', `Version ${value} is a PEP 440 version without a local label.`, file);
}
function checkSummary(value, file) {
    if (value === undefined)
        return pass('metadata-summary', 'There is no Summary (optional).', file);
    if (value.includes('\n')) {
        return failure('metadata-summary', 'The Summary has more than one line; PyPI refuses it.', 'Make `description` in [project] a single line.', file);
    }
    // PyPI counts characters (code points), not UTF-16 units: an emoji is one character.
    const characters = [...value].length;
    if (characters > SUMMARY_MAX) {
        return failure('metadata-summary', `The Summary has ${characters} characters; PyPI allows at most ${SUMMARY_MAX}.`, `Shorten \`description\` in [project] to ${SUMMARY_MAX} characters or fewer.`, file);
    }
    return pass('metadata-summary', 'The Summary is one line within 512 characters.', file);
}
function checkRequiresPython(value, file) {
    if (value === undefined) {
        return check_result_warning('metadata-requires-python', 'There is no Requires-Python, so installers will offer this release to every Python version.', 'Set `requires-python` in [project], e.g. ">=3.9".', file);
    }
    if (value.trim() === '' || !(0,pep440.validRange)(value.trim())) {
        return failure('metadata-requires-python', `Requires-Python '${value}' is not a PEP 440 version specifier.`, 'Use a specifier such as ">=3.9" or ">=3.9,<4".', file);
    }
    return pass('metadata-requires-python', `Requires-Python '${value}' is a valid specifier.`, file);
}
function checkRequiresDist(values, file) {
    const results = [];
    for (const value of values) {
        const parsed = parseRequirement(value);
        if (!parsed.ok) {
            results.push(failure('metadata-requires-dist', `Requires-Dist '${value}' is not a PEP 508 requirement: ${parsed.reason}.`, 'Fix the dependency in [project] dependencies.', file));
        }
        else if (parsed.requirement.url !== undefined) {
            results.push(failure('metadata-requires-dist', `Requires-Dist '${value}' is a direct URL reference; PyPI refuses releases that depend on URLs.`, `Depend on a released version of '${parsed.requirement.name}' from PyPI, or vendor it.`, file));
        }
    }
    return results.length > 0 ? results : [pass('metadata-requires-dist', `All ${values.length} Requires-Dist entries are PEP 508 requirements without URLs.`, file)];
}
function checkLicense(md, file) {
    const results = [];
    if (md.license !== undefined && md.licenseExpression !== undefined) {
        // warehouse refuses both together (PEP 639 deprecates License in favour of License-Expression).
        results.push(failure('metadata-license', 'Both License and License-Expression are set; PyPI refuses that.', 'Keep only `license = "<SPDX expression>"` in [project] and drop the License text field.', file));
    }
    else {
        results.push(pass('metadata-license', 'At most one of License and License-Expression is set.', file));
    }
    if (md.licenseExpression !== undefined) {
        const problem = checkLicenseExpression(md.licenseExpression);
        results.push(problem === undefined
            ? pass('metadata-license-expression', `License-Expression '${md.licenseExpression}' is a valid SPDX expression.`, file)
            : failure('metadata-license-expression', `License-Expression '${md.licenseExpression}' is not a valid SPDX expression: ${problem}.`, 'Use SPDX identifiers (https://spdx.org/licenses/) joined with AND/OR/WITH, e.g. "MIT" or "Apache-2.0 OR MIT".', file));
    }
    return results;
}
function checkClassifiers(values, file) {
    const privateOnes = values.filter((c) => /^private\s*::/i.test(c));
    if (privateOnes.length > 0) {
        return failure('metadata-classifiers', `The classifier '${privateOnes[0] ?? ''}' marks the project as not for PyPI; PyPI refuses every 'Private ::' classifier.`, 'Remove the classifier if this project is meant for PyPI; otherwise do not publish it there.', file);
    }
    return pass('metadata-classifiers', 'No classifier forbids the upload.', file);
}
function checkProjectUrls(md, file) {
    const labels = new Set();
    for (const entry of md.projectUrls) {
        const comma = entry.indexOf(',');
        const label = (comma < 0 ? entry : entry.slice(0, comma)).trim();
        const url = comma < 0 ? '' : entry.slice(comma + 1).trim();
        const problem = label === '' ? 'has no label'
            : label.length > PROJECT_URL_LABEL_MAX ? `has a label longer than ${PROJECT_URL_LABEL_MAX} characters`
                : url === '' ? 'has no URL'
                    : !/^[a-z][a-z0-9+.-]*:\S+$/i.test(url) ? 'has no valid URL'
                        : labels.has(label) ? 'repeats a label'
                            : undefined;
        if (problem !== undefined) {
            return failure('metadata-project-urls', `Project-URL '${entry}' ${problem}; PyPI refuses it.`, 'Write [project.urls] as `Label = "https://…"`, with unique labels of at most 32 characters.', file);
        }
        labels.add(label);
    }
    if (md.projectUrls.length === 0 && md.homePage === undefined) {
        return check_result_warning('metadata-project-urls', 'There are no project URLs, so the PyPI page links nowhere.', 'Add [project.urls], e.g. Homepage, Source and Changelog.', file);
    }
    return pass('metadata-project-urls', 'The project URLs are well-formed.', file);
}

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/platform-tags.ts
/**
 * Which wheel platform tags PyPI's upload endpoint accepts: a port of `_valid_platform_tag` in
 * warehouse's `warehouse/forklift/legacy.py` (2025: iOS, Android, riscv64, macOS 26).
 *
 * Warehouse's comment says why the list is closed: a platform tag needs an ABI spec that says
 * how to build a compatible binary (manylinux PEP 600, musllinux PEP 656), so a plain
 * `linux_x86_64` wheel, which only promises "the Linux it was built on", is refused.
 */
// warehouse `_allowed_platforms`. linux_armv6l/armv7l stay for piwheels' Raspberry Pi wheels.
const STATIC_PLATFORMS = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
// warehouse `_macosx_arches`. Its current list spells `fat3`; older ones said `fat32`, which is
// the real tag name, so both are accepted here (a false pass costs less than a false failure).
const MACOS_ARCHES = new Set([
    'ppc', 'ppc64', 'i386', 'x86_64', 'arm64', 'intel', 'fat', 'fat3', 'fat32', 'fat64', 'universal', 'universal2',
]);
// macOS 11+ tags are `macosx_{major}_0`; 10.x tags carry the minor (packaging.python.org#1933).
// Apple went from 15 to 26, so 16–25 never existed.
const MACOS_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
const MACOS_RE = /^macosx_(\d+)_(\d+)_(.+)$/;
const LINUX_RE = /^(many|musl)linux_(\d+)_(\d+)_(.+)$/;
const IOS_RE = /^ios_\d+_\d+_(.+)_(?:iphoneos|iphonesimulator)$/;
const ANDROID_RE = /^android_\d+_(.+)$/;
// PEP 783 (Emscripten): warehouse can display these, but its upload check does not list them yet.
const PYEMSCRIPTEN_RE = /^pyemscripten_\d+_\d+_wasm32$/;
/**
 * Classifies one platform tag as PyPI's upload check would. Tags are compared lower-cased, as
 * `packaging.tags.Tag` lower-cases them before warehouse looks.
 */
function classifyPlatformTag(tag) {
    const platform = tag.toLowerCase();
    if (STATIC_PLATFORMS.has(platform))
        return { kind: 'accepted' };
    if (/^linux_/.test(platform))
        return { kind: 'bare-linux' };
    const macos = MACOS_RE.exec(platform);
    if (macos !== null) {
        const [, major = '', minor = '', arch = ''] = macos;
        if (!MACOS_ARCHES.has(arch))
            return { kind: 'refused', reason: `'${arch}' is not a macOS architecture PyPI knows` };
        if (major === '10' || (MACOS_MAJORS.has(major) && minor === '0'))
            return { kind: 'accepted' };
        return { kind: 'refused', reason: `macOS ${major}.${minor} is not a version PyPI accepts (10_x, or {11–15,26}_0)` };
    }
    const linux = LINUX_RE.exec(platform);
    if (linux !== null) {
        const [, libc = '', , , arch = ''] = linux;
        const arches = libc === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES;
        return arches.has(arch) ? { kind: 'accepted' } : { kind: 'refused', reason: `'${arch}' is not a ${libc}linux architecture PyPI accepts` };
    }
    const ios = IOS_RE.exec(platform);
    if (ios !== null) {
        return IOS_ARCHES.has(ios[1] ?? '') ? { kind: 'accepted' } : { kind: 'refused', reason: 'iOS wheels must be arm64 or x86_64' };
    }
    const android = ANDROID_RE.exec(platform);
    if (android !== null) {
        return ANDROID_ARCHES.has(android[1] ?? '')
            ? { kind: 'accepted' }
            : { kind: 'refused', reason: 'Android wheels must be armeabi_v7a, arm64_v8a, x86 or x86_64' };
    }
    if (PYEMSCRIPTEN_RE.test(platform)) {
        return { kind: 'unverified', reason: "PyPI's upload check did not list Emscripten (PEP 783) platforms when this was written" };
    }
    return { kind: 'refused', reason: 'it is not a platform PyPI accepts' };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/metadata/dist-filenames.ts



/**
 * PEP 503 normalization, as PyPI compares project names: lower case, every run of `-`, `_`
 * and `.` becomes one `-` (`Demo.Pkg_Tools` → `demo-pkg-tools`).
 */
function normalizeProjectName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/**
 * The project name as it must start a wheel or sdist file name (binary distribution format,
 * "Escaping and Unicode"; PEP 625): the PEP 503 form with `_` for the runs
 * (`Demo.Pkg_Tools` → `demo_pkg_tools`). PyPI refuses uploads whose names are not in this form.
 */
function escapeProjectName(name) {
    return name.replace(/[-_.]+/g, '_').toLowerCase();
}
/**
 * Splits a wheel file name (a path is reduced to its base name) into its parts, or returns
 * `undefined` when it does not have the shape: a `.whl` name with five or six non-empty
 * `-`-separated parts. The parts are not validated here; `checkWheelFileName` does that.
 */
function parseWheelFileName(file) {
    const base = baseName(file);
    if (!base.endsWith('.whl'))
        return undefined;
    const parts = base.slice(0, -'.whl'.length).split('-');
    if ((parts.length !== 5 && parts.length !== 6) || parts.some((p) => p === ''))
        return undefined;
    const [name = '', version = ''] = parts;
    const [python = '', abi = '', platform = ''] = parts.slice(-3);
    const build = parts.length === 6 ? parts[2] : undefined;
    return {
        name,
        version,
        ...(build === undefined ? {} : { build }),
        pythonTags: python.split('.'),
        abiTags: abi.split('.'),
        platformTags: platform.split('.'),
    };
}
// packaging.utils.parse_wheel_filename: `\w`, digits, `.` and `_`, and never `__`.
const WHEEL_NAME_PART = /^[\p{L}\p{N}_.]+$/u;
// PEP 425 tags: letters, digits and `_` (`cp312`, `abi3`, `manylinux_2_17_x86_64`).
const TAG = /^[A-Za-z0-9_]+$/;
/**
 * Checks a wheel's file name as PyPI's upload endpoint would (warehouse `legacy.py` with
 * `packaging.utils.parse_wheel_filename`). Ids: `wheel-filename` (the grammar),
 * `wheel-filename-name`, `wheel-filename-version`, `wheel-filename-tags`,
 * `wheel-filename-platform`.
 */
function checkWheelFileName(file) {
    const base = baseName(file);
    const wheel = parseWheelFileName(base);
    if (wheel === undefined) {
        return [
            failure('wheel-filename', `'${base}' is not a wheel file name of the form {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl.`, 'Build the wheel with a PEP 517 frontend (`python -m build`) instead of renaming files by hand.', base),
        ];
    }
    const results = [pass('wheel-filename', `'${base}' has the wheel file name grammar.`, base)];
    results.push(checkWheelName(wheel, base), checkWheelVersion(wheel, base), checkWheelTags(wheel, base));
    results.push(...checkWheelPlatforms(wheel, base));
    return results;
}
function checkWheelName(wheel, base) {
    const expected = escapeProjectName(wheel.name);
    if (wheel.name.includes('__') || !WHEEL_NAME_PART.test(wheel.name)) {
        return failure('wheel-filename-name', `The name part '${wheel.name}' of '${base}' has characters a wheel name cannot have (only letters, digits, '.' and single '_').`, `Name the wheel '${[expected, ...base.split('-').slice(1)].join('-')}'; current build backends escape the name this way.`, base);
    }
    if (wheel.name !== expected) {
        return failure('wheel-filename-name', `The name part '${wheel.name}' of '${base}' is not normalized; PyPI refuses it and wants '${expected}'.`, `Rebuild with a current build backend (it writes '${[expected, ...base.split('-').slice(1)].join('-')}'), or upgrade setuptools and wheel.`, base);
    }
    return pass('wheel-filename-name', `The wheel name part '${wheel.name}' is normalized.`, base);
}
function checkWheelVersion(wheel, base) {
    const version = Pep440Version.tryParse(wheel.version);
    if (version === undefined) {
        return failure('wheel-filename-version', `The version part '${wheel.version}' of '${base}' is not a PEP 440 version.`, 'Give the project a PEP 440 version (1.2.0, 1.2.0rc1, 1.2.0.post1) and rebuild.', base);
    }
    if (version.local !== undefined) {
        return failure('wheel-filename-version', `'${base}' has the local version '${wheel.version}'; PyPI refuses local versions.`, `Drop the '+${version.local}' label (setuptools-scm: set local_scheme = "no-local-version") and rebuild.`, base);
    }
    if (wheel.build !== undefined && !/^\d/.test(wheel.build)) {
        return failure('wheel-filename-version', `The build tag '${wheel.build}' of '${base}' does not start with a digit (PEP 427).`, 'Use a build tag such as 1 or 2_ubuntu, or none at all.', base);
    }
    if (version.toString() !== wheel.version) {
        return check_result_warning('wheel-filename-version', `The version part '${wheel.version}' of '${base}' is not in normalized PEP 440 form ('${version.toString()}').`, `Rebuild with a current build backend, which writes '${version.toString()}'.`, base);
    }
    return pass('wheel-filename-version', `The wheel version '${wheel.version}' is a normalized PEP 440 version.`, base);
}
function checkWheelTags(wheel, base) {
    const bad = [...wheel.pythonTags, ...wheel.abiTags, ...wheel.platformTags].filter((t) => !TAG.test(t));
    if (bad.length > 0) {
        return failure('wheel-filename-tags', `'${base}' has tags that are not PEP 425 tags: ${bad.map((t) => `'${t}'`).join(', ')}.`, 'Let the build backend write the tags (letters, digits and _; compressed sets joined with .).', base);
    }
    return pass('wheel-filename-tags', `The tags of '${base}' are PEP 425 tags.`, base);
}
function checkWheelPlatforms(wheel, base) {
    const results = [];
    for (const tag of wheel.platformTags) {
        const verdict = classifyPlatformTag(tag);
        switch (verdict.kind) {
            case 'accepted':
                break;
            case 'bare-linux':
                results.push(failure('wheel-filename-platform', `'${base}' has the platform tag '${tag}', which PyPI refuses: it promises only the Linux it was built on.`, 'Repair the wheel with auditwheel (`auditwheel repair dist/*.whl`) to get a manylinux/musllinux tag, or build it with cibuildwheel.', base));
                break;
            case 'unverified':
                results.push(check_result_warning('wheel-filename-platform', `'${base}' has the platform tag '${tag}': ${verdict.reason}.`, 'Check that PyPI accepts this platform before relying on the upload.', base));
                break;
            case 'refused':
                results.push(failure('wheel-filename-platform', `'${base}' has the platform tag '${tag}', which PyPI refuses: ${verdict.reason}.`, 'Build for a platform PyPI accepts (manylinux/musllinux via cibuildwheel, macosx_10_x or macosx_{11+}_0, win_*, ios, android).', base));
                break;
        }
    }
    if (results.length === 0) {
        results.push(pass('wheel-filename-platform', `PyPI accepts the platform tags ${wheel.platformTags.join('.')} of '${base}'.`, base));
    }
    return results;
}
/**
 * Checks an sdist's file name as PyPI does since PEP 625 is enforced: it must be exactly
 * `{escaped name}-{normalized version}.tar.gz` for the metadata's `name` and `version`.
 * `.zip` sdists are refused (PEP 625 allows only `.tar.gz`). Id: `sdist-filename`.
 */
function checkSdistFileName(file, name, version) {
    const base = baseName(file);
    const parsed = Pep440Version.tryParse(version);
    if (parsed === undefined) {
        return [
            failure('sdist-filename', `Cannot tell the sdist name for '${base}': '${version}' is not a PEP 440 version.`, 'Give the project a PEP 440 version and rebuild.', base),
        ];
    }
    const expected = `${escapeProjectName(name)}-${parsed.toString()}.tar.gz`;
    if (base === expected)
        return [pass('sdist-filename', `'${base}' is the PEP 625 sdist name for ${name} ${parsed.toString()}.`, base)];
    if (base.toLowerCase().endsWith('.zip')) {
        return [
            failure('sdist-filename', `'${base}' is a .zip sdist; PyPI accepts only .tar.gz sdists named '${expected}' (PEP 625).`, `Build the sdist with \`python -m build --sdist\`, which writes '${expected}'.`, base),
        ];
    }
    if (!base.endsWith('.tar.gz')) {
        return [
            failure('sdist-filename', `'${base}' is not a .tar.gz file; PyPI wants the sdist named '${expected}' (PEP 625).`, `Build the sdist with \`python -m build --sdist\`, which writes '${expected}'.`, base),
        ];
    }
    return [
        failure('sdist-filename', `'${base}' is not the PEP 625 name PyPI requires; it should be '${expected}'.`, `Rebuild with a current build backend (setuptools 69.3 or later, hatchling, flit-core), which writes '${expected}'.`, base),
    ];
}
function baseName(file) {
    return file.split(/[\\/]/).pop() ?? file;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/trusted-publishing/id-token-error.ts

/**
 * The job has the ID-token variables but no OIDC token came of them. The message never holds
 * the request token or a JWT: only where the request went and what came back.
 */
class IdTokenError extends OpsError {
    problem;
    fix;
    status;
    name = 'IdTokenError';
    constructor(problem, fix, status, options) {
        super(problem, options);
        this.problem = problem;
        this.fix = fix;
        this.status = status;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/trusted-publishing/id-token.ts






const TOKEN_TIMEOUT_MS = 10_000;
/** The token answer is `{"count": 1, "value": "<JWT>"}`: a JWT of a few KiB. Past this the endpoint is not GitHub's. */
const MAX_TOKEN_ANSWER_BYTES = 1024 * 1024;
const RUNNER_VARIABLES = 'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are set by the runner; do not override them';
const RERUN = 'Re-run the job; if it persists, check githubstatus.com.';
/**
 * Asks the Actions ID-token endpoint for a JWT, as actions/toolkit's getIDToken and the `id`
 * package do: GET `${ACTIONS_ID_TOKEN_REQUEST_URL}&audience=<aud>` with `Authorization: bearer
 * <request token>`, answer `{"value": "<jwt>"}`. Redirects must stay https (http only to a
 * loopback host), the bearer token never follows one to another origin, and the answer is read
 * up to {@link MAX_TOKEN_ANSWER_BYTES}. The JWT is a secret: callers decode it and drop it.
 */
async function requestIdToken(requestUrl, requestToken, audience, fetchFn) {
    let url;
    try {
        url = new URL(requestUrl);
    }
    catch {
        throw new IdTokenError('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL.', RUNNER_VARIABLES);
    }
    // The bearer token must not cross the network in clear text.
    if (describeInsecureUrl(url) !== undefined) {
        throw new IdTokenError(`ACTIONS_ID_TOKEN_REQUEST_URL points at ${url.protocol}//${url.host}, which is not https.`, RUNNER_VARIABLES);
    }
    url.searchParams.set('audience', audience);
    const endpoint = `the Actions ID-token endpoint (${url.host})`;
    let response;
    try {
        response = await guardedGet(url, {
            headers: { Authorization: `bearer ${requestToken}`, Accept: 'application/json; api-version=2.0' },
            fetch: fetchFn,
            signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
            maxBodyBytes: MAX_TOKEN_ANSWER_BYTES,
        });
    }
    catch (error) {
        if (!(error instanceof HttpGetError))
            throw error;
        throw describeTokenRequestError(error, endpoint);
    }
    if (response.status === 401 || response.status === 403) {
        throw new IdTokenError(`${endpoint} refused the request token (${describeStatus(response)}${redirectedTo(response)}): ACTIONS_ID_TOKEN_REQUEST_TOKEN is not this job's.`, `${RUNNER_VARIABLES}, and run this check in the job that publishes, which needs permissions: id-token: write.`, response.status);
    }
    if (response.status < 200 || response.status > 299) {
        throw new IdTokenError(`Requesting an OIDC token for audience "${audience}" failed: ${endpoint} answered ${describeStatus(response)}${redirectedTo(response)}.`, RERUN, response.status);
    }
    const token = readTokenValue(response.body);
    if (token === undefined) {
        throw new IdTokenError(`${endpoint} answered without a JWT in "value"${redirectedTo(response)}.`, RUNNER_VARIABLES, response.status);
    }
    return token;
}
/** ` after a redirect to https://host`: only the origin, as the rest of a runner URL says nothing. */
function redirectedTo(response) {
    const last = response.redirects.at(-1);
    return last === undefined ? '' : ` after a redirect to ${new URL(last.to).origin}`;
}
function describeTokenRequestError(error, endpoint) {
    if (error.kind === 'network') {
        const timedOut = error.cause instanceof Error && error.cause.name === 'TimeoutError';
        const what = timedOut ? `did not answer within ${TOKEN_TIMEOUT_MS} ms` : 'could not be reached';
        const where = error.redirects.length > 0 ? ` (after a redirect, ${new URL(error.url).origin} ${what})` : ` ${what}`;
        return new IdTokenError(`Requesting an OIDC token failed: ${endpoint}${where}.`, RERUN, undefined, { cause: error });
    }
    if (error.kind === 'body-too-large') {
        return new IdTokenError(`Requesting an OIDC token failed: ${endpoint} answered with more than ${archive_limits_formatBytes(MAX_TOKEN_ANSWER_BYTES)}, where a token answer is a few KiB; the answer was not read further.`, RUNNER_VARIABLES, undefined, { cause: error });
    }
    // A redirect that broke the rules, or too many: the bearer token was not sent on.
    const target = error.refused?.location ?? error.redirects.at(-1)?.to ?? 'another address';
    const why = error.refused?.reason ?? 'too many redirects';
    return new IdTokenError(`Requesting an OIDC token failed: ${endpoint} redirected to ${target}, which was not followed (${why}); the request token was not sent there.`, RUNNER_VARIABLES, undefined, { cause: error });
}
/**
 * The payload of a JWT, base64url-decoded and not verified: PyPI verifies the signature, this
 * only shows what the token says. Undefined when the token is not a JWT with a JSON object payload.
 */
function decodeJwtPayload(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[1] === undefined || !/^[A-Za-z0-9_-]+$/.test(parts[1]))
        return undefined;
    try {
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload : undefined;
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return undefined;
        throw error;
    }
}
function readTokenValue(body) {
    try {
        const document = JSON.parse(body);
        const value = typeof document === 'object' && document !== null ? document.value : undefined;
        return typeof value === 'string' && value !== '' ? value : undefined;
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/trusted-publishing/oidc-audience.ts



const AUDIENCE_TIMEOUT_MS = 10_000;
/** `{"audience": "pypi"}` is a few bytes; a larger answer is not the index's audience. */
const MAX_AUDIENCE_ANSWER_BYTES = 64 * 1024;
/**
 * Reads `{index}/_/oidc/audience` as pypa/gh-action-pypi-publish's oidc-exchange.py does
 * (`{"audience": "pypi"}` on PyPI). When the index does not answer, falls back to the audience
 * PyPI (`pypi`) or TestPyPI (`testpypi`) use, and says why.
 */
async function readOidcAudience(index, fetchFn) {
    const url = new URL('/_/oidc/audience', index.origin).href;
    let reason;
    try {
        const response = await guardedGet(new URL(url), {
            headers: { Accept: 'application/json' },
            fetch: fetchFn,
            signal: AbortSignal.timeout(AUDIENCE_TIMEOUT_MS),
            maxBodyBytes: MAX_AUDIENCE_ANSWER_BYTES,
        });
        if (response.status >= 200 && response.status <= 299) {
            const audience = parseAudience(response.body);
            if (audience !== undefined)
                return { audience, url };
            reason = `it answered ${describeStatus(response)} without an "audience" string`;
        }
        else {
            reason = `it answered ${describeStatus(response)}`;
        }
    }
    catch (error) {
        if (!(error instanceof HttpGetError))
            throw error;
        if (error.kind !== 'network')
            reason = error.problem;
        else if (error.cause instanceof Error && error.cause.name === 'TimeoutError')
            reason = `it did not answer within ${AUDIENCE_TIMEOUT_MS} ms`;
        else
            reason = 'it could not be reached';
    }
    return { audience: fallbackAudience(index), fallbackReason: reason, url };
}
/** TestPyPI's audience is `testpypi`; PyPI's, and the best guess for anything else, `pypi`. */
function fallbackAudience(index) {
    return index.hostname.toLowerCase() === 'test.pypi.org' ? 'testpypi' : 'pypi';
}
function parseAudience(body) {
    try {
        const document = JSON.parse(body);
        const audience = typeof document === 'object' && document !== null ? document.audience : undefined;
        return typeof audience === 'string' && audience.trim() !== '' ? audience : undefined;
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/trusted-publishing/publisher-settings.ts
/** The claims worth showing; the rest (jti, run ids, ...) say nothing about the publisher. */
const DISPLAYED_CLAIMS = [
    'sub',
    'repository',
    'repository_owner',
    'repository_owner_id',
    'workflow_ref',
    'job_workflow_ref',
    'environment',
    'event_name',
    'ref',
    'sha',
];
/** The displayed claims that the token has. */
function pickDisplayedClaims(payload) {
    return Object.fromEntries(DISPLAYED_CLAIMS.filter((name) => payload[name] !== undefined).map((name) => [name, payload[name]]));
}
/**
 * The workflow file of a `workflow_ref` or `job_workflow_ref`
 * (`acme/widgets/.github/workflows/release.yml@refs/heads/main` → `release.yml`). Same rule as
 * warehouse's `_extract_workflow_filename`: the last `*.yml`/`*.yaml` path segment before an `@`,
 * since file names and refs may both hold `@`.
 */
function workflowFileOf(workflowRef) {
    return /[^/]+\.ya?ml(?=@)/.exec(workflowRef)?.[0];
}
/** `owner/repo/.github/workflows/file.yml` of a workflow ref, without the `@ref`. */
function workflowPathOf(workflowRef) {
    const file = workflowFileOf(workflowRef);
    if (file === undefined)
        return workflowRef;
    return workflowRef.slice(0, workflowRef.indexOf(file) + file.length);
}
/**
 * The publisher that matches this token once the publishing job runs in the calling workflow:
 * owner and repository from `repository`, the file from `workflow_ref`, the environment if any.
 * Undefined when the claims are not those of a GitHub Actions job.
 */
function readPublisherSettings(claims) {
    const { repository, repository_owner: repositoryOwner, workflow_ref: workflowRef, environment } = claims;
    if (typeof repository !== 'string' || typeof workflowRef !== 'string')
        return undefined;
    const slash = repository.indexOf('/');
    const workflowFile = workflowFileOf(workflowRef);
    if (slash <= 0 || slash === repository.length - 1 || workflowFile === undefined)
        return undefined;
    return {
        owner: typeof repositoryOwner === 'string' && repositoryOwner !== '' ? repositoryOwner : repository.slice(0, slash),
        repository: repository.slice(slash + 1),
        workflowFile,
        ...(typeof environment === 'string' && environment !== '' ? { environment } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/trusted-publishing/trusted-publisher.ts






const DOCS = 'https://docs.pypi.org/trusted-publishers/';
/**
 * Mints an OIDC token the way pypa/gh-action-pypi-publish does (audience from the index's
 * `/_/oidc/audience`, token from the Actions ID-token endpoint), reads its claims and says what
 * to enter on the index. The token is dropped once decoded: it is never returned or put in a message.
 */
async function inspectTrustedPublishing(env, mode, options) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL?.trim() ?? '';
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN?.trim() ?? '';
    const hasVariables = requestUrl !== '' && requestToken !== '';
    if (mode === 'off')
        return { canMintToken: hasVariables, checks: [] };
    if (!hasVariables)
        return { canMintToken: false, checks: [missingPermission(mode)] };
    const index = parseRepositoryUrl(options.repositoryUrl);
    const fetchFn = options.fetch ?? fetch;
    const indexName = nameOfIndex(index);
    const checks = [];
    const audience = await readOidcAudience(index, fetchFn);
    if (audience.fallbackReason !== undefined) {
        checks.push(check_result_warning('trusted-publishing-audience', `Could not read the Trusted Publishing audience from ${audience.url} (${audience.fallbackReason}), so the token was requested for "${audience.audience}", ${indexName}'s usual audience.`, `pypa/gh-action-pypi-publish stops when it cannot read the audience: check that ${index.origin} supports Trusted Publishing, or re-run if it was down.`));
    }
    let payload;
    try {
        payload = decodeJwtPayload(await requestIdToken(requestUrl, requestToken, audience.audience, fetchFn));
    }
    catch (error) {
        if (!(error instanceof IdTokenError))
            throw error;
        checks.push(forMode(mode)('trusted-publishing-token', error.problem, error.fix));
        return { canMintToken: false, checks };
    }
    if (payload === undefined) {
        checks.push(forMode(mode)('trusted-publishing-token', 'The Actions ID-token endpoint answered with something that is not a JWT.', 'Re-run the job; if it persists, check githubstatus.com.'));
        return { canMintToken: false, checks };
    }
    const claims = pickDisplayedClaims(payload);
    const settings = readPublisherSettings(claims);
    if (settings === undefined) {
        checks.push(forMode(mode)('trusted-publishing-claims', 'The OIDC token has no usable repository or workflow_ref claim, so it does not identify a GitHub Actions workflow.', 'Run this check on a GitHub Actions runner, in the job that publishes.'));
        return { canMintToken: true, claims, checks };
    }
    checks.push(...checkReusableWorkflow(claims, indexName), ...checkEvent(claims));
    checks.unshift(publisherToRegister(settings, indexName, checks.some((check) => check.id === 'trusted-publishing-reusable-workflow')));
    return { canMintToken: true, settings, claims, checks };
}
function missingPermission(mode) {
    const message = 'This job cannot request an OIDC token: it lacks `permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set), and PyPI Trusted Publishing needs it.';
    const fix = 'Add `permissions: id-token: write` to the job that publishes (job level, not workflow level, keeps it to that job).';
    if (mode === 'require')
        return failure('trusted-publishing-permission', message, fix);
    return pass('trusted-publishing-permission', 'Trusted Publishing is not available to this job (no `permissions: id-token: write`), so the upload needs an API token; add the permission to publish without one.');
}
function publisherToRegister(settings, indexName, reusable) {
    const environment = settings.environment === undefined ? '(any)' : `\`${settings.environment}\``;
    const advice = settings.environment === undefined
        ? ' A dedicated environment is recommended: give the publishing job `environment: pypi` (with required reviewers) and enter `pypi` there.'
        : '';
    const caveat = reusable ? ` once the publishing job runs in \`${settings.workflowFile}\` itself` : '';
    return pass('trusted-publishing-publisher', `This job can mint an OIDC token; on ${indexName}, add a GitHub Trusted Publisher (${DOCS}) with owner \`${settings.owner}\`, repository \`${settings.repository}\`, workflow name \`${settings.workflowFile}\` and environment ${environment}${caveat}.${advice}`);
}
/**
 * A reusable workflow shows as job_workflow_ref ≠ workflow_ref (pypa/gh-action-pypi-publish
 * warns on the same test). Warehouse matches the publisher against job_workflow_ref, which
 * must lie in the same repository, and does not support reusable workflows (pypi/warehouse#11096).
 */
function checkReusableWorkflow(claims, indexName) {
    const { workflow_ref: caller, job_workflow_ref: called } = claims;
    if (typeof caller !== 'string' || typeof called !== 'string' || caller === called)
        return [];
    const callerFile = workflowFileOf(caller) ?? caller;
    return [
        check_result_warning('trusted-publishing-reusable-workflow', `The publishing job runs in the reusable workflow \`${workflowPathOf(called)}\`, called from \`${workflowPathOf(caller)}\`: ${indexName} matches a publisher against the job's own workflow file, and publishing from a reusable workflow is not supported by PyPI (pypi/warehouse#11096).`, `Publish from the calling workflow: move the job that uploads into \`${callerFile}\` (it can download the files the reusable workflow built as an artifact), then register \`${callerFile}\`.`),
    ];
}
/** pull_request_target runs with the base repository's rights on events from forks. */
function checkEvent(claims) {
    if (claims.event_name !== 'pull_request_target')
        return [];
    return [
        check_result_warning('trusted-publishing-event', `This run was triggered by pull_request_target, which PyPI's security model calls fundamentally dangerous; PyPI is moving to refuse Trusted Publishing from it (pypi/warehouse#18904).`, 'Publish from a tag push, a release or workflow_dispatch, never from pull_request_target.'),
    ];
}
function forMode(mode) {
    return mode === 'require' ? failure : check_result_warning;
}
function nameOfIndex(index) {
    const host = index.hostname.toLowerCase();
    if (host === 'pypi.org')
        return 'PyPI';
    if (host === 'test.pypi.org')
        return 'TestPyPI';
    return index.host;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/run-publish-check.ts



















/**
 * Inspects every file in the dist folder, compares names and versions everywhere they are
 * written, asks the index, and reads the Trusted Publishing claims. Never throws for a problem
 * in the files: each becomes a failing check, so the report lists all of them at once.
 */
async function runPublishCheck(settings, context) {
    const checks = [];
    const distDir = await resolveInputPath(context.cwd, 'dist', settings.dist, 'folder', 'dist-folder', checks);
    const names = distDir === undefined ? [] : await listDist(distDir, settings.dist, checks);
    const inspected = [];
    for (const filename of names) {
        const result = await inspectFile((0,external_node_path_namespaceObject.join)(distDir ?? '', filename), filename, settings, checks);
        if (result)
            inspected.push(result);
    }
    checkKinds(inspected, settings, checks);
    const { name, version } = checkConsistency(inspected, checks);
    const pyproject = await resolveInputPath(context.cwd, 'pyproject', settings.pyproject, 'file', 'pyproject', checks);
    if (pyproject !== undefined)
        await checkPyproject(pyproject, settings.pyproject, name, version, checks);
    if (settings.expectedProblem) {
        checks.push(failure('expected-version', settings.expectedProblem.message, settings.expectedProblem.fix));
    }
    else if (settings.expected && version) {
        const matches = Pep440Version.tryParse(version)?.equals(settings.expected.version) ?? false;
        checks.push(matches
            ? pass('expected-version', `The files are version ${version}, as ${settings.expected.source} says.`)
            : failure('expected-version', `The files are version ${version}, but ${settings.expected.source} says ${settings.expected.version.toString()}.`, 'Build from the release commit, or fix the version in pyproject.toml to match the tag or branch.'));
    }
    else if (!settings.expected) {
        checks.push(pass('expected-version', 'No expected version: the ref is not a release tag or branch and expected-version is empty.'));
    }
    let alreadyPublished = false;
    if (settings.checkPublished && name && version) {
        try {
            const release = await fetchPublishedRelease(name, version, {
                repositoryUrl: settings.repositoryUrl,
                ...(settings.repositoryCredentials ? { credentials: settings.repositoryCredentials } : {}),
                ...(context.fetch ? { fetch: context.fetch } : {}),
            });
            alreadyPublished = release.exists && release.files.length > 0;
            appendAll(checks, checkAgainstIndex(release, inspected.map((file) => ({ filename: file.report.filename, kind: file.report.kind })), { skipExisting: settings.skipExisting }));
        }
        catch (error) {
            if (!(error instanceof IndexUnreachableError))
                throw error;
            checks.push(failure('index-reachable', error.message, `Check that ${settings.repositoryUrl} is right and reachable from the runner; the check never passes without an answer.`));
        }
    }
    const trusted = await inspectTrustedPublishing(context.env, settings.trustedPublishing, {
        repositoryUrl: settings.repositoryUrl,
        ...(context.fetch ? { fetch: context.fetch } : {}),
    });
    appendAll(checks, trusted.checks);
    const failed = checks.some((check) => check.level === 'failure' || (settings.strict && check.level === 'warning'));
    return {
        name,
        version,
        files: inspected.map((file) => file.report),
        checks,
        alreadyPublished,
        passed: !failed,
        strict: settings.strict,
        publisher: trusted.settings,
        trustedPublishing: settings.trustedPublishing,
    };
}
/**
 * Where an input's path really is, by the rules for paths in inputs (inside the workspace, not
 * into .git, a folder or a file as wanted); a path that breaks them is a failing check, so the
 * report and the summary still say everything else.
 */
async function resolveInputPath(workspace, input, path, kind, id, checks) {
    try {
        return (await repository_path_resolveRepositoryPath(workspace, input, path, kind)).real;
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        const fix = kind === 'folder' ? 'Set the dist input to the folder python -m build wrote (dist by default).' : 'Set the pyproject input to the project\'s pyproject.toml.';
        checks.push(failure(id, error.message, fix));
        return undefined;
    }
}
async function listDist(dir, input, checks) {
    let entries;
    try {
        entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        checks.push(failure('dist-folder', `The dist folder '${input}' does not exist.`, 'Build first (python -m build), or set the dist input to the folder the build wrote.'));
        return [];
    }
    const files = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        // Hidden files (hatch writes dist/.gitignore) are not uploaded by twine or gh-action-pypi-publish.
        if (entry.name.startsWith('.'))
            continue;
        if (!entry.isFile()) {
            checks.push(failure('dist-contents', `'${entry.name}' in ${input} is not a regular file.`, 'Keep only the built sdist and wheels in the dist folder.', entry.name));
            continue;
        }
        files.push(entry.name);
    }
    return files;
}
async function inspectFile(path, filename, settings, checks) {
    const kind = filename.endsWith('.whl') ? 'wheel' : filename.endsWith('.tar.gz') ? 'sdist' : undefined;
    if (!kind) {
        const why = filename.endsWith('.zip') ? 'PyPI no longer accepts .zip sdists (PEP 625: sdists are .tar.gz)' : 'PyPI accepts only wheels (.whl) and sdists (.tar.gz)';
        checks.push(failure('dist-contents', `${filename}: ${why}; the upload would be refused.`, 'Remove it from the dist folder (twine and gh-action-pypi-publish upload everything in it).', filename));
        return undefined;
    }
    const { size } = await (0,promises_namespaceObject.stat)(path);
    checks.push(size <= settings.maxFileSize
        ? pass('file-size', `${archive_limits_formatBytes(size)}, within ${archive_limits_formatBytes(settings.maxFileSize)}.`, filename)
        : failure('file-size', `${archive_limits_formatBytes(size)} is over the index's limit of ${archive_limits_formatBytes(settings.maxFileSize)}.`, 'Make the file smaller (leave data and tests out of it), or ask PyPI for a larger limit and raise max-file-size.', filename));
    const sha256 = await hashFile(path);
    if (kind === 'wheel') {
        appendAll(checks, checkWheelFileName(filename));
        const parsed = parseWheelFileName(filename);
        const wheel = await inspectWheel(path, { name: parsed?.name ?? '', version: parsed?.version ?? '' });
        appendAll(checks, wheel.checks);
        const metadata = wheel.metadataText === undefined ? undefined : parseCoreMetadata(wheel.metadataText);
        if (metadata)
            appendAll(checks, checkCoreMetadata(metadata, filename));
        if (metadata?.name && metadata.version && parsed)
            checks.push(checkWheelNameAgainstMetadata(filename, parsed, metadata));
        const tags = parsed ? `${parsed.pythonTags.join('.')}-${parsed.abiTags.join('.')}-${parsed.platformTags.join('.')}` : undefined;
        return { report: { filename, kind, size, sha256, tags }, metadata };
    }
    const sdist = await inspectSdist(path, { root: filename.slice(0, -'.tar.gz'.length) });
    appendAll(checks, sdist.checks);
    const metadata = sdist.pkgInfoText === undefined ? undefined : parseCoreMetadata(sdist.pkgInfoText);
    if (metadata) {
        appendAll(checks, checkCoreMetadata(metadata, filename));
        if (metadata.name && metadata.version)
            appendAll(checks, checkSdistFileName(filename, metadata.name, metadata.version));
    }
    return { report: { filename, kind, size, sha256, tags: undefined }, metadata };
}
/** PyPI refuses a wheel whose file name names another project or version than its METADATA. */
function checkWheelNameAgainstMetadata(filename, parsed, metadata) {
    const sameName = normalizeProjectName(parsed.name) === normalizeProjectName(metadata.name ?? '');
    const sameVersion = sameRelease(parsed.version, metadata.version ?? '');
    if (sameName && sameVersion)
        return pass('wheel-filename-metadata', `The file name and METADATA both say ${metadata.name ?? ''} ${metadata.version ?? ''}.`, filename);
    const problems = [
        ...(sameName ? [] : [`the file name says project '${parsed.name}' but METADATA says '${metadata.name ?? ''}'`]),
        ...(sameVersion ? [] : [`the file name says version ${parsed.version} but METADATA says ${metadata.version ?? ''}`]),
    ];
    return failure('wheel-filename-metadata', `${problems.join('; ')}: PyPI refuses a wheel whose name or version in the file name differs from its metadata.`, 'Do not rename wheels: rebuild them with python -m build so that the file name comes from the metadata.', filename);
}
function checkKinds(files, settings, checks) {
    const sdists = files.filter((file) => file.report.kind === 'sdist').length;
    const wheels = files.filter((file) => file.report.kind === 'wheel').length;
    if (sdists > 1)
        checks.push(failure('dist-contents', `${sdists} sdists: a release has exactly one.`, 'Remove the stale sdists (clean the dist folder before building).'));
    if (settings.require.includes('sdist') && sdists === 0)
        checks.push(failure('dist-contents', 'No sdist, and require asks for one.', 'Build it with python -m build (or python -m build --sdist).'));
    if (settings.require.includes('wheel') && wheels === 0)
        checks.push(failure('dist-contents', 'No wheel, and require asks for at least one.', 'Build it with python -m build (or python -m build --wheel).'));
    if (sdists <= 1 && (sdists > 0 || !settings.require.includes('sdist')) && (wheels > 0 || !settings.require.includes('wheel'))) {
        checks.push(pass('dist-contents', `${sdists} sdist and ${wheels} ${wheels === 1 ? 'wheel' : 'wheels'}.`));
    }
}
function checkConsistency(files, checks) {
    const withMetadata = files.filter((file) => file.metadata?.name && file.metadata.version);
    const first = withMetadata[0]?.metadata;
    if (!first?.name || !first.version)
        return { name: undefined, version: undefined };
    const name = first.name;
    const version = Pep440Version.tryParse(first.version)?.toString() ?? first.version;
    const mismatched = withMetadata.filter((file) => normalizeProjectName(file.metadata?.name ?? '') !== normalizeProjectName(name) ||
        !sameRelease(file.metadata?.version ?? '', version));
    checks.push(mismatched.length === 0
        ? pass('same-name-and-version', `Every file is ${name} ${version}.`)
        : failure('same-name-and-version', `The files disagree: ${withMetadata.map((file) => `${file.report.filename} is ${file.metadata?.name ?? '?'} ${file.metadata?.version ?? '?'}`).join('; ')}.`, 'Clean the dist folder and build the sdist and wheels once, from the same commit.'));
    return { name, version };
}
async function checkPyproject(path, input, name, version, checks) {
    let text;
    try {
        text = await readTextIfExists(path, input);
    }
    catch (error) {
        // TOML is UTF-8 (toml.io): a file that is not is a failing check like any other.
        if (!(error instanceof errors_FileError))
            throw error;
        checks.push(failure('pyproject', error.message, 'Save pyproject.toml as UTF-8.'));
        return;
    }
    if (text === undefined) {
        checks.push(pass('pyproject', `${input} not found: nothing to compare.`));
        return;
    }
    let project;
    try {
        // The TOML reading the version sources use: the same message, with the line.
        project = parseToml(text, input).project;
    }
    catch (error) {
        if (!(error instanceof errors_FileError))
            throw error;
        checks.push(failure('pyproject', error.message, 'Fix the TOML syntax.'));
        return;
    }
    const problems = [];
    if (typeof project?.name === 'string' && name && normalizeProjectName(project.name) !== normalizeProjectName(name)) {
        problems.push(`[project].name is ${project.name}, the files are ${name}`);
    }
    const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version');
    if (typeof project?.version === 'string' && version && !sameRelease(project.version, version)) {
        problems.push(`[project].version is ${project.version}, the files are ${version}`);
    }
    if (problems.length > 0) {
        checks.push(failure('pyproject', `${input} disagrees with the built files: ${problems.join('; ')}.`, 'Rebuild after the version bump, from the release commit.'));
    }
    else {
        const what = dynamic ? 'its version is dynamic (set by the build backend)' : 'the static name and version match';
        checks.push(pass('pyproject', `${input}: ${what}.`));
    }
}
function hashFile(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        (0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: 1 << 20 })
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}

;// CONCATENATED MODULE: ./packages/core/src/summary/plan-annotations.ts
/** GitHub shows at most 10 annotations of each kind for one step. */
const ANNOTATIONS_PER_KIND = 10;
/**
 * Keeps each level within GitHub's 10 annotations a step, in the order given (put the most
 * important first). When a level has more, its last slot says how many were left out and where
 * they all are (`where`: "in the job summary and the report"). `reserved` keeps slots of a level
 * for annotations the step writes besides these (the `core.setFailed` error, its own warnings).
 */
function capAnnotations(annotations, tool, where, reserved = {}) {
    const capped = [];
    for (const level of ['error', 'warning', 'notice']) {
        const matching = annotations.filter((annotation) => annotation.level === level);
        const slots = Math.max(1, ANNOTATIONS_PER_KIND - (reserved[level] ?? 0));
        const room = matching.length > slots ? slots - 1 : slots;
        capped.push(...matching.slice(0, room));
        if (matching.length > room) {
            const more = matching.length - room;
            const noun = { error: 'errors', warning: 'warnings', notice: 'notices' }[level];
            capped.push({ level, title: `${tool}: ${more} more`, message: `${more} more ${noun}: every one is ${where}.` });
        }
    }
    return capped;
}
/**
 * The annotations for a list of checks: failures as errors and warnings as warnings, each kind
 * cut to GitHub's limit, the last slot saying how many more there are (they are all in the summary).
 */
function planAnnotations(checks, tool) {
    const planned = [];
    for (const [kind, level] of [['failure', 'error'], ['warning', 'warning']]) {
        for (const check of checks.filter((c) => c.level === kind)) {
            planned.push({
                level,
                title: `${tool}: ${check.id}`,
                message: `${check.file ? `${check.file}: ` : ''}${check.message}${check.fix ? ` Fix: ${check.fix}` : ''}`,
            });
        }
    }
    return capAnnotations(planned, tool, 'in the job summary and the report');
}

;// CONCATENATED MODULE: ./packages/core/src/summary/markdown.ts
/**
 * Markdown helpers for step summaries. User text (commit subjects, file names) is escaped
 * before it reaches the summary, so a subject like `fix: *all* <script>` renders as written.
 */
/**
 * GitHub's limit for one step's summary: 1 MiB. actions/runner refuses a larger
 * `$GITHUB_STEP_SUMMARY` whole ("upload aborted, supports content up to a size of 1024k").
 */
const markdown_STEP_SUMMARY_LIMIT = (/* unused pure expression or super */ null && (1024 * 1024));
/**
 * Escapes user text (a commit subject) for inline Markdown: characters that would start emphasis,
 * links, HTML or table cells are backslashed; newlines become spaces. Balanced `code spans` are
 * kept, since authors write them on purpose; an odd backtick is escaped so it cannot swallow the
 * links after it. `_` inside a word (`read_csv`) and `#123` are left alone: GitHub renders them as
 * written, and links issue references.
 */
function escapeMarkdown(text) {
    const clean = text.replace(/[\r\n]+/g, ' ');
    const ticks = clean.split('`').length - 1;
    const parts = ticks > 0 && ticks % 2 === 0 ? clean.split(/(`[^`]+`)/) : [clean];
    return parts.map((part, index) => (index % 2 === 1 ? part : escapeProse(part))).join('');
}
function escapeProse(text) {
    return text
        .replace(/&(?=#?\w+;)/g, '&amp;')
        .replace(/[\\`*[\]<>|~]/g, (char) => `\\${char}`)
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}
/** Inline code that survives backticks inside the value. */
function inlineCode(text) {
    const clean = text.replace(/[\r\n]+/g, ' ');
    const fence = clean.includes('`') ? '``' : '`';
    return `${fence}${fence.length > 1 ? ' ' : ''}${clean}${fence.length > 1 ? ' ' : ''}${fence}`;
}
/** A Markdown table; cells are used as given (escape them first). */
function renderTable(header, rows) {
    const line = (cells) => `| ${cells.map((c) => c.replace(/(?<!\\)\|/g, '\\|')).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
/** `[abc1234](…/commit/<hash>)`, or the short hash alone when there is no repository. */
function commitLink(hash, links) {
    const short = hash.slice(0, 7);
    if (!links.repository)
        return inlineCode(short);
    return `[${inlineCode(short)}](${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/commit/${hash})`;
}
/** `[#12](…/pull/12)`, or `#12` when there is no repository. */
function pullRequestLink(pr, links) {
    if (!links.repository)
        return `#${pr}`;
    return `[#${pr}](${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/pull/${pr})`;
}
/** UTF-8 size of a string, as GitHub counts the summary limit. */
function markdown_byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./packages/core/src/summary/render-publish-check-summary.ts


const ICONS = { pass: '✅', warning: '⚠️', failure: '❌' };
/**
 * The job summary: the verdict, the files (type, size, tags), every check (failures and
 * warnings first, each with how to fix it), and what to enter on PyPI for Trusted Publishing.
 */
function renderPublishCheckSummary(result) {
    const failures = result.checks.filter((c) => c.level === 'failure').length;
    const warnings = result.checks.filter((c) => c.level === 'warning').length;
    const what = result.name && result.version ? `${escapeMarkdown(result.name)} ${escapeMarkdown(result.version)}` : 'the dist folder';
    const verdict = result.passed
        ? `✅ ${what} is ready to publish`
        : `❌ ${what} is not ready to publish: ${failures} ${failures === 1 ? 'failure' : 'failures'}${result.strict && warnings > 0 ? ` and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (strict)` : ''}`;
    const out = [`## pypi-publish-check: ${verdict}`, ''];
    out.push(`${result.checks.length} checks: ${result.checks.length - failures - warnings} passed, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${failures} ${failures === 1 ? 'failure' : 'failures'}.${result.alreadyPublished ? ' The index already has files for this version.' : ''}`);
    if (result.files.length > 0) {
        out.push('', '### Files', '');
        out.push(renderTable(['File', 'Type', 'Size', 'Tags'], result.files.map((f) => [inlineCode(f.filename), f.kind, archive_limits_formatBytes(f.size), f.tags ? inlineCode(f.tags) : ''])));
    }
    const problems = [...result.checks.filter((c) => c.level === 'failure'), ...result.checks.filter((c) => c.level === 'warning')];
    const passed = result.checks.filter((c) => c.level === 'pass');
    const rows = (checks) => checks.map((check) => [
        ICONS[check.level],
        inlineCode(check.id),
        check.file ? inlineCode(check.file) : '',
        `${escapeMarkdown(check.message)}${check.fix && check.level !== 'pass' ? ` **Fix:** ${escapeMarkdown(check.fix)}` : ''}`,
    ]);
    if (problems.length > 0) {
        out.push('', '### Problems', '', renderTable(['', 'Check', 'File', 'Result'], rows(problems)));
    }
    if (passed.length > 0) {
        // Passing checks are many and rarely read: folded, so the problems stay in view.
        out.push('', `<details><summary>${passed.length} checks passed</summary>`, '', renderTable(['', 'Check', 'File', 'Result'], rows(passed)), '', '</details>');
    }
    if (result.trustedPublishing === 'off')
        return `${out.join('\n')}\n`;
    out.push('', '### Trusted Publishing', '');
    if (result.publisher) {
        const p = result.publisher;
        out.push('On PyPI, under the project’s *Publishing* settings, add a GitHub publisher with exactly:', '');
        out.push(renderTable(['Field', 'Value'], [
            ['Owner', inlineCode(p.owner)],
            ['Repository name', inlineCode(p.repository)],
            ['Workflow name', inlineCode(p.workflowFile)],
            ['Environment name', p.environment ? inlineCode(p.environment) : '(any) — a `pypi` environment with required reviewers is safer'],
        ]));
    }
    else {
        out.push('This job cannot mint a Trusted Publishing token (it needs `permissions: id-token: write`), so the publisher settings are unknown here.');
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./actions/pypi-publish-check/src/gc-pacer.ts


/**
 * Runs a young-generation collection every `intervalMs` until stopped. Inspecting a wheel
 * makes short-lived objects for every member (20,000 in the bench's 200 MB wheel), and V8,
 * left to itself, lets the young generation and what it promotes grow: under Node 24 the
 * action peaked about 35 MB higher without this (bench/pypi-publish-check.bench.mjs: about
 * 185 MB without, 150 MB with, in the same time). A minor GC of a small young generation takes
 * well under a millisecond. Here, not in the library: core never changes V8 flags, and `gc` is
 * exposed to a throwaway context only.
 */
function startGcPacer(intervalMs) {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
    const gc = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
    if (typeof gc !== 'function')
        return () => undefined;
    const timer = setInterval(() => gc({ type: 'minor', execution: 'sync' }), intervalMs);
    timer.unref();
    return () => clearInterval(timer);
}

;// CONCATENATED MODULE: ./actions/pypi-publish-check/src/main.ts






/** Reads the inputs, runs every check, writes the report, and fails the step when a check failed. */
async function run() {
    try {
        const env = process.env;
        const cwd = process.cwd();
        const input = (name) => getInput(name);
        // The project's release-tool configuration, when the job checked it out: an empty tag-prefix follows it, as in version-bump.
        const files = await readPublishProjectConfig(input, env.GITHUB_REF, (path) => readProjectFile(cwd, path));
        const settings = parsePublishCheckSettings(input, env.GITHUB_REF, { workspace: cwd, files });
        // A private mirror's `user:password@`: the runner masks it; no message quotes it anyway.
        for (const secret of settings.secrets)
            setSecret(secret);
        const stopGcPacer = startGcPacer(20);
        const result = await runPublishCheck(settings, { cwd, env }).finally(stopGcPacer);
        const reportDir = (0,external_node_path_namespaceObject.join)(env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)(), 'ops-actions-pypi-publish-check');
        await (0,promises_namespaceObject.mkdir)(reportDir, { recursive: true });
        const reportPath = (0,external_node_path_namespaceObject.join)(reportDir, 'report.json');
        await (0,promises_namespaceObject.writeFile)(reportPath, `${JSON.stringify(result, null, 2)}\n`);
        const count = (level) => result.checks.filter((check) => check.level === level).length;
        info(`${result.name ?? settings.dist} ${result.version ?? ''}: ${result.checks.length} checks, ${count('failure')} failed, ${count('warning')} warned; ${result.passed ? 'ready to publish' : 'do not publish'}.`);
        for (const annotation of planAnnotations(result.checks, 'pypi-publish-check')) {
            if (annotation.level === 'error')
                error(annotation.message, { title: annotation.title });
            else
                warning(annotation.message, { title: annotation.title });
        }
        setOutput('name', result.name ?? '');
        setOutput('version', result.version ?? '');
        setOutput('files', JSON.stringify(result.files));
        setOutput('already-published', String(result.alreadyPublished));
        setOutput('passed', String(result.passed));
        setOutput('report', reportPath);
        if (env.GITHUB_STEP_SUMMARY)
            await summary.addRaw(renderPublishCheckSummary(result)).write();
        if (!result.passed) {
            const failures = count('failure');
            setFailed(failures > 0
                ? `${failures} check(s) failed: do not publish. See the annotations and the job summary.`
                : 'strict: warnings fail the check. See the annotations and the job summary.');
        }
    }
    catch (error) {
        setFailed(formatError(error));
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 402:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { valid, clean, explain, parse } = __nccwpck_require__(6050);

const { lt, le, eq, ne, ge, gt, compare, rcompare } = __nccwpck_require__(6204);

const {
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,
} = __nccwpck_require__(7926);

const { major, minor, patch, inc } = __nccwpck_require__(6972);

module.exports = {
  // version
  valid,
  clean,
  explain,
  parse,

  // operator
  lt,
  le,
  lte: le,
  eq,
  ne,
  neq: ne,
  ge,
  gte: ge,
  gt,
  compare,
  rcompare,

  // range
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,

  // semantic
  major,
  minor,
  patch,
  inc,
};


/***/ }),

/***/ 6204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { parse } = __nccwpck_require__(6050);

module.exports = {
  compare,
  rcompare,
  lt,
  le,
  eq,
  ne,
  ge,
  gt,
  '<': lt,
  '<=': le,
  '==': eq,
  '!=': ne,
  '>=': ge,
  '>': gt,
  '===': arbitrary,
};

function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}


/***/ }),

/***/ 6972:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { explain, parse, stringify } = __nccwpck_require__(6050);

// those notation are borrowed from semver
module.exports = {
  major,
  minor,
  patch,
  inc,
};

function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}


/***/ }),

/***/ 7926:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.

const { VERSION_PATTERN, explain: explainVersion } = __nccwpck_require__(6050);

const Operator = __nccwpck_require__(6204);

const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');

module.exports = {
  RANGE_PATTERN,
  parse,
  satisfies,
  filter,
  validRange,
  maxSatisfying,
  minSatisfying,
};

const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained)
    if (explained.local && spec.version) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(parse(specifier));
}


/***/ }),

/***/ 6050:
/***/ ((module) => {

const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');

module.exports = {
  VERSION_PATTERN,
  valid,
  clean,
  explain,
  parse,
  stringify,
};

const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ }),

/***/ 1191:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var resolveBlockMap = __nccwpck_require__(7969);
var resolveBlockSeq = __nccwpck_require__(5612);
var resolveFlowCollection = __nccwpck_require__(8384);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 7277:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(7031);
var composeNode = __nccwpck_require__(5015);
var resolveEnd = __nccwpck_require__(698);
var resolveProps = __nccwpck_require__(9781);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5015:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5067);
var identity = __nccwpck_require__(2485);
var composeCollection = __nccwpck_require__(1191);
var composeScalar = __nccwpck_require__(7367);
var resolveEnd = __nccwpck_require__(698);
var utilEmptyScalarPosition = __nccwpck_require__(1201);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 7367:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var resolveBlockScalar = __nccwpck_require__(2267);
var resolveFlowScalar = __nccwpck_require__(8588);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 8498:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(2300);
var Document = __nccwpck_require__(7031);
var errors = __nccwpck_require__(8078);
var identity = __nccwpck_require__(2485);
var composeDoc = __nccwpck_require__(7277);
var resolveEnd = __nccwpck_require__(698);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7969:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(1923);
var YAMLMap = __nccwpck_require__(372);
var resolveProps = __nccwpck_require__(9781);
var utilContainsNewline = __nccwpck_require__(5709);
var utilFlowIndentCheck = __nccwpck_require__(3849);
var utilMapIncludes = __nccwpck_require__(8929);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 2267:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 5612:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(7241);
var resolveProps = __nccwpck_require__(9781);
var utilFlowIndentCheck = __nccwpck_require__(3849);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 698:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 8384:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var resolveEnd = __nccwpck_require__(698);
var resolveProps = __nccwpck_require__(9781);
var utilContainsNewline = __nccwpck_require__(5709);
var utilMapIncludes = __nccwpck_require__(8929);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 8588:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var resolveEnd = __nccwpck_require__(698);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 9781:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 5709:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 1201:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 3849:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(5709);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 8929:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 7031:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5067);
var Collection = __nccwpck_require__(1763);
var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var toJS = __nccwpck_require__(8161);
var Schema = __nccwpck_require__(2018);
var stringifyDocument = __nccwpck_require__(3611);
var anchors = __nccwpck_require__(5026);
var applyReviver = __nccwpck_require__(3131);
var createNode = __nccwpck_require__(2962);
var directives = __nccwpck_require__(2300);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 5026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var visit = __nccwpck_require__(4882);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3131:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5067);
var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 2300:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var visit = __nccwpck_require__(4882);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8009:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(8498);
var Document = __nccwpck_require__(7031);
var Schema = __nccwpck_require__(2018);
var errors = __nccwpck_require__(8078);
var Alias = __nccwpck_require__(5067);
var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var Scalar = __nccwpck_require__(1091);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var cst = __nccwpck_require__(5599);
var lexer = __nccwpck_require__(1479);
var lineCounter = __nccwpck_require__(7486);
var parser = __nccwpck_require__(978);
var publicApi = __nccwpck_require__(2929);
var visit = __nccwpck_require__(4882);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 2767:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 5067:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5026);
var visit = __nccwpck_require__(4882);
var identity = __nccwpck_require__(2485);
var Node = __nccwpck_require__(2427);
var toJS = __nccwpck_require__(8161);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 1763:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2962);
var identity = __nccwpck_require__(2485);
var Node = __nccwpck_require__(2427);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 2427:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3131);
var identity = __nccwpck_require__(2485);
var toJS = __nccwpck_require__(8161);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 1923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2962);
var stringifyPair = __nccwpck_require__(6930);
var addPairToJSMap = __nccwpck_require__(8274);
var identity = __nccwpck_require__(2485);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Node = __nccwpck_require__(2427);
var toJS = __nccwpck_require__(8161);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(6090);
var addPairToJSMap = __nccwpck_require__(8274);
var Collection = __nccwpck_require__(1763);
var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var Scalar = __nccwpck_require__(1091);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 7241:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2962);
var stringifyCollection = __nccwpck_require__(6090);
var Collection = __nccwpck_require__(1763);
var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var toJS = __nccwpck_require__(8161);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 8274:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(2767);
var merge = __nccwpck_require__(8438);
var stringify = __nccwpck_require__(2862);
var identity = __nccwpck_require__(2485);
var toJS = __nccwpck_require__(8161);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 2485:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 8161:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 4056:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(2267);
var resolveFlowScalar = __nccwpck_require__(8588);
var errors = __nccwpck_require__(8078);
var stringifyString = __nccwpck_require__(7751);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 5715:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 245:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 5599:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(4056);
var cstStringify = __nccwpck_require__(5715);
var cstVisit = __nccwpck_require__(245);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 1479:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(5599);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 7486:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 978:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(5599);
var lexer = __nccwpck_require__(1479);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 2929:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(8498);
var Document = __nccwpck_require__(7031);
var errors = __nccwpck_require__(8078);
var log = __nccwpck_require__(2767);
var identity = __nccwpck_require__(2485);
var lineCounter = __nccwpck_require__(7486);
var parser = __nccwpck_require__(978);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var map = __nccwpck_require__(8681);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var tags = __nccwpck_require__(4772);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 8681:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var YAMLMap = __nccwpck_require__(372);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 2918:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 7220:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var YAMLSeq = __nccwpck_require__(7241);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 8130:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(7751);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 9193:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 6223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var stringifyNumber = __nccwpck_require__(9927);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 6304:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(9927);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 5494:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8681);
var _null = __nccwpck_require__(2918);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var bool = __nccwpck_require__(9193);
var float = __nccwpck_require__(6223);
var int = __nccwpck_require__(6304);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 7409:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var map = __nccwpck_require__(8681);
var seq = __nccwpck_require__(7220);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8681);
var _null = __nccwpck_require__(2918);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var bool = __nccwpck_require__(9193);
var float = __nccwpck_require__(6223);
var int = __nccwpck_require__(6304);
var schema = __nccwpck_require__(5494);
var schema$1 = __nccwpck_require__(7409);
var binary = __nccwpck_require__(5557);
var merge = __nccwpck_require__(8438);
var omap = __nccwpck_require__(889);
var pairs = __nccwpck_require__(8539);
var schema$2 = __nccwpck_require__(7719);
var set = __nccwpck_require__(4038);
var timestamp = __nccwpck_require__(9382);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 5557:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(1091);
var stringifyString = __nccwpck_require__(7751);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 832:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 1232:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var stringifyNumber = __nccwpck_require__(9927);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 5631:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(9927);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 8438:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 889:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var toJS = __nccwpck_require__(8161);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var pairs = __nccwpck_require__(8539);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var Scalar = __nccwpck_require__(1091);
var YAMLSeq = __nccwpck_require__(7241);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 7719:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8681);
var _null = __nccwpck_require__(2918);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var binary = __nccwpck_require__(5557);
var bool = __nccwpck_require__(832);
var float = __nccwpck_require__(1232);
var int = __nccwpck_require__(5631);
var merge = __nccwpck_require__(8438);
var omap = __nccwpck_require__(889);
var pairs = __nccwpck_require__(8539);
var set = __nccwpck_require__(4038);
var timestamp = __nccwpck_require__(9382);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 4038:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var YAMLMap = __nccwpck_require__(372);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 9382:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(9927);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 6309:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2862:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5026);
var identity = __nccwpck_require__(2485);
var stringifyComment = __nccwpck_require__(5977);
var stringifyString = __nccwpck_require__(7751);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 6090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var stringify = __nccwpck_require__(2862);
var stringifyComment = __nccwpck_require__(5977);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 5977:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 3611:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var stringify = __nccwpck_require__(2862);
var stringifyComment = __nccwpck_require__(5977);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 9927:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 6930:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var stringify = __nccwpck_require__(2862);
var stringifyComment = __nccwpck_require__(5977);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 7751:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var foldFlowLines = __nccwpck_require__(6309);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 4882:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7386);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
