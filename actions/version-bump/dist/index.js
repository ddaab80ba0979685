import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 6898:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7146);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7146:
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
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
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
function core_warning(message, properties = {}) {
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


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
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
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
const summary_summary = _summary;
//# sourceMappingURL=summary.js.map
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
const RATIO_CHECKED_FROM = (/* unused pure expression or super */ null && (MiB));
/** The most bytes kept of any one text (METADATA, WHEEL, RECORD, PKG-INFO, pyproject.toml). */
const MAX_TEXT_BYTES = 4 * MiB;
/** Why a member's declared sizes break the limits, or undefined when they do not. */
function describeMemberOverLimits(uncompressedSize, compressedSize, limits) {
    if (uncompressedSize > limits.maxMemberSize) {
        return `it is ${formatBytes(uncompressedSize)} uncompressed, over the ${formatBytes(limits.maxMemberSize)} limit for one member`;
    }
    if (uncompressedSize > RATIO_CHECKED_FROM && uncompressedSize > compressedSize * limits.maxCompressionRatio) {
        const ratio = compressedSize === 0 ? 'an unbounded' : `a ${Math.round(uncompressedSize / compressedSize)}:1`;
        return `it inflates ${formatBytes(compressedSize)} to ${formatBytes(uncompressedSize)}, ${ratio} ratio over the ${limits.maxCompressionRatio}:1 limit`;
    }
    return undefined;
}
/** `1.5 MiB`, `300 B`: sizes in check messages. */
function formatBytes(bytes) {
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

;// CONCATENATED MODULE: ./packages/core/src/summary/markdown.ts
/**
 * Markdown helpers for step summaries. User text (commit subjects, file names) is escaped
 * before it reaches the summary, so a subject like `fix: *all* <script>` renders as written.
 */
/**
 * GitHub's limit for one step's summary: 1 MiB. actions/runner refuses a larger
 * `$GITHUB_STEP_SUMMARY` whole ("upload aborted, supports content up to a size of 1024k").
 */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
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
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

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
class errors_InputError extends OpsError {
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
class FileError extends OpsError {
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
class errors_GitError extends OpsError {
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
class VersionError extends OpsError {
    name = 'VersionError';
}
/** A release that cannot go ahead as asked (a tag that exists, commits that are not conventional, ...). */
class errors_ReleaseError extends OpsError {
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/src/git/git-client.ts


/**
 * The one seam between ops-actions and git: the real git binary, run without a shell.
 * The environment is passed in (core never reads `process.env`), and every call gets
 * `GIT_TERMINAL_PROMPT=0` so a missing credential fails instead of hanging the job.
 */
class GitClient {
    cwd;
    baseEnv;
    constructor(cwd, baseEnv) {
        this.cwd = cwd;
        this.baseEnv = baseEnv;
    }
    /** Runs `git <args>` and collects its output; throws GitError on a non-zero exit unless allowed. */
    async run(args, options = {}) {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
            cwd: this.cwd,
            env: this.environment(options.env),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        const exitCode = await waitForExit(child, args);
        const result = {
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
            exitCode,
        };
        if (exitCode !== 0 && !options.allowFailure) {
            throw new errors_GitError(args, exitCode, result.stderr, options.hint);
        }
        return result;
    }
    /**
     * Runs `git <args>` and hands each record (text between `separator`s) to `onRecord`
     * as it streams in, so a 100,000-commit log is never held as one string.
     */
    async stream(args, separator, onRecord, options = {}) {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
            cwd: this.cwd,
            // git log flushes stdout after every commit when it is a pipe (write-or-die.c): 100,000
            // writes, and as many wake-ups of this process. GIT_FLUSH=0 asks for fully buffered
            // output (git(1), ENVIRONMENT); the records are the same, in 4 KiB writes.
            env: this.environment({ GIT_FLUSH: '0', ...options.env }),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const stderr = [];
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.stdout.setEncoding('utf8');
        const splitter = splitRecords(separator, onRecord);
        child.stdout.on('data', splitter.push);
        const exitCode = await waitForExit(child, args);
        if (exitCode !== 0) {
            throw new errors_GitError(args, exitCode, Buffer.concat(stderr).toString('utf8'), options.hint);
        }
        splitter.end();
    }
    environment(extra) {
        return { ...this.baseEnv, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extra };
    }
}
function waitForExit(child, args) {
    return new Promise((resolve, reject) => {
        child.once('error', (error) => {
            const why = error.code === 'ENOENT' ? 'git is not installed or not on PATH' : error.message;
            reject(new errors_GitError(args, null, why));
        });
        child.once('close', (code) => resolve(code ?? 1));
    });
}
/**
 * Cuts a stream of text into records at `separator`. A record is a slice of the chunk it ends
 * in, and only a record that spans chunks is joined: no chunk is copied to be searched, and a
 * record of many chunks is joined once (linear, however long it is).
 */
function splitRecords(separator, onRecord) {
    if (separator === '')
        throw new TypeError('splitRecords: the separator must not be empty');
    const overlap = separator.length - 1;
    let pending = '';
    // The last `overlap` characters of `pending`, where a separator that ends in the next chunk begins.
    let tail = '';
    return {
        push(chunk) {
            let start = 0;
            if (pending !== '') {
                const edge = overlap > 0 ? (tail + chunk.slice(0, overlap)).indexOf(separator) : -1;
                let end;
                if (edge !== -1 && edge < tail.length) {
                    onRecord(pending.slice(0, pending.length - tail.length + edge));
                    end = edge - tail.length + separator.length;
                }
                else {
                    const at = chunk.indexOf(separator);
                    if (at === -1) {
                        pending += chunk;
                        if (overlap > 0)
                            tail = (chunk.length >= overlap ? chunk : tail + chunk).slice(-overlap);
                        return;
                    }
                    onRecord(pending + chunk.slice(0, at));
                    end = at + separator.length;
                }
                pending = '';
                start = end;
            }
            let at = chunk.indexOf(separator, start);
            while (at !== -1) {
                onRecord(chunk.slice(start, at));
                start = at + separator.length;
                at = chunk.indexOf(separator, start);
            }
            pending = chunk.slice(start);
            tail = overlap > 0 ? pending.slice(-overlap) : '';
        },
        end() {
            if (pending.trim() !== '')
                onRecord(pending);
            pending = '';
            tail = '';
        },
    };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
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
        throw new errors_InputError(name, raw, 'it must be a path inside the repository');
    if (ABSOLUTE.test(path)) {
        const workspace = context.workspace === undefined ? undefined : (0,external_node_path_namespaceObject.resolve)(context.workspace);
        const inside = workspace === undefined ? undefined : (0,external_node_path_namespaceObject.relative)(workspace, (0,external_node_path_namespaceObject.resolve)(path));
        if (workspace === undefined || inside === undefined || isOutside(inside)) {
            throw new errors_InputError(name, raw, `it must be a relative path, or an absolute path inside the workspace${workspace ? ` (${workspace})` : ''}`);
        }
        path = inside === '' ? '.' : inside;
    }
    const problem = relativePathProblem(path);
    if (problem !== undefined)
        throw new errors_InputError(name, raw, problem);
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
async function resolveRepositoryPath(workspace, input, path, kind) {
    const root = await (0,promises_namespaceObject.realpath)(workspace);
    const { real, found } = await realLocation(root, (0,external_node_path_namespaceObject.resolve)(root, path), { input, path });
    const inside = (0,external_node_path_namespaceObject.relative)(root, real);
    if (isOutside(inside)) {
        throw new errors_InputError(input, path, `it leads outside the repository, to ${real}; only files inside the repository are read or written`);
    }
    if (segments(inside).some(isGitDirName)) {
        throw new errors_InputError(input, path, `it leads into .git (${inside}), which only git itself may write`);
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
    throw new errors_InputError(resolved.input, resolved.path, `${resolved.path} is ${what}; it must name a ${kind}`);
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
                throw new errors_InputError(named.input, named.path, `it goes through more than ${MAX_LINK_HOPS} symbolic links (a loop?)`);
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
            throw new errors_InputError(named.input, named.path, `${(0,external_node_path_namespaceObject.relative)(root, current) || current} is a file, so nothing can be inside it`);
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
        throw new FileError(shown, describeInvalidByte(bytes, firstInvalidUtf8(bytes)));
    const nul = bytes.indexOf(0);
    if (nul !== -1)
        throw new FileError(shown, `the byte at offset ${nul} is NUL: this is a binary file, not text; the file was left as it is.`);
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
function lineAt(content, offset) {
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
function spanAt(content, start, end) {
    return { value: content.slice(start, end), start, end, line: lineAt(content, start) };
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
                throw new FileError(path, `section [${name}] appears twice`, line.number);
            section = { name, line: line.number, options: new Map() };
            sections.set(name, section);
            continue;
        }
        if (section === undefined)
            throw new FileError(path, 'text before the first [section] header', line.number);
        const delimiter = /[=:]/.exec(text);
        if (delimiter === null || text.slice(0, delimiter.index).trim() === '') {
            throw new FileError(path, `not a 'key = value' line: ${stripped}`, line.number);
        }
        const key = text.slice(0, delimiter.index).trim().toLowerCase();
        const previous = section.options.get(key);
        if (previous !== undefined) {
            throw new FileError(path, `${key} is set twice in [${section.name}] (lines ${previous.line} and ${line.number})`, line.number);
        }
        const afterDelimiter = delimiter.index + 1;
        const valueStart = afterDelimiter + (text.length - afterDelimiter - text.slice(afterDelimiter).trimStart().length);
        const valueEnd = Math.max(valueStart, text.trimEnd().length);
        const span = spanAt(content, offset + valueStart, offset + valueEnd);
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
            throw new FileError(path, `not valid TOML: ${reason}`, error.line, { cause: error });
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
        resolved = await resolveRepositoryPath(workspace, path, path);
    }
    catch (error) {
        if (error instanceof errors_InputError)
            throw new FileError(path, `${error.allowed}; the project's configuration was not read from it`, undefined, { cause: error });
        throw error;
    }
    if (resolved.found === 'missing')
        return undefined;
    if (resolved.found !== 'file') {
        throw new FileError(path, `it is ${resolved.found === 'folder' ? 'a folder' : 'neither a file nor a folder'}, not a file; the project's configuration was not read.`);
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
        throw new FileError(path, `not valid JSON: ${error.message}`, undefined, { cause: error });
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
    throw new errors_InputError(name, raw, 'it must be true or false');
}
/** One of a fixed set of values (after trimming; case-sensitive, as YAML authors write them). */
function parseChoiceInput(name, raw, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new errors_InputError(name, raw, `it must be one of: ${allowed.join(', ')}`);
}
/** A list written comma- or newline-separated, as in `a, b` or a YAML block scalar; blanks dropped. */
function parse_input_parseListInput(raw) {
    return raw
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
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
            throw new VersionError(`'${clipLine(text, 200)}' is not a PEP 440 version (expected something like 1.2.0, 1.2.0rc1 or 1.2.0.post1).`);
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
            if (error instanceof VersionError)
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
                throw new VersionError(`${subject}: ${String(n)} is not a whole number of 0 or more.`);
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
            throw new VersionError(`${subject}: a PEP 440 version needs a release segment.`);
        const version = new Pep440Version(parts);
        // Round-trip the normalized form through the PEP 440 grammar: this checks the local label
        // and the phase names without a second grammar here.
        const normalized = version.toString();
        if ((0,pep440.valid)(normalized) === null || (version.local !== undefined && normalizeLocal(version.local) !== version.local)) {
            throw new VersionError(`${subject}: '${clipLine(normalized, 200)}' is not a normalized PEP 440 version.`);
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
            throw new VersionError(`${this.toString()} cannot be written as SemVer: ${why}.`);
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
    throw new VersionError(`Unexpected pre-release segment ${JSON.stringify(pre)} from the PEP 440 parser.`);
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

;// CONCATENATED MODULE: ./packages/core/src/versions/next-version.ts


// PEP 440 spellings of each phase; "All ascii letters should be interpreted case insensitively".
const PHASE_SPELLINGS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    rc: 'rc',
    c: 'rc',
    pre: 'rc',
    preview: 'rc',
    dev: 'dev',
};
const PHASE_ORDER = { dev: 0, a: 1, b: 2, rc: 3 };
const LEVEL_ORDER = { patch: 1, minor: 2, major: 3 };
/**
 * Reads the `prerelease` input: '' → undefined (a final release); `a`/`alpha`, `b`/`beta`,
 * `rc` (and `c`, `pre`, `preview`, which PEP 440 normalizes to rc), `dev`; any case.
 * @throws InputError naming the input, the value and what is allowed.
 */
function parsePrereleaseInput(name, raw) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return undefined;
    const phase = PHASE_SPELLINGS[value];
    if (phase !== undefined)
        return phase;
    throw new errors_InputError(name, raw, 'it must be empty (a final release) or one of: a (alpha), b (beta), rc (c, pre, preview), dev');
}
/**
 * Plans the version after `previous`. Returns `undefined` when `bump` is `none`.
 *
 * Bumps apply to the release padded to three parts (1.2 → 1.2.0; parts past the third are
 * dropped); the epoch is kept, post, dev and local segments are dropped.
 *
 * A previous pre-release (a/b/rc, or a dev release without a post segment) has a target,
 * its release: a bump no bigger than the target's own level (1.0.0 major, 0.4.0 minor,
 * 0.4.1 patch) stays on the target — next number in the same phase, `1` in a later phase,
 * the final target without `prerelease` — and an earlier phase is refused. A bigger bump
 * moves the target and starts the phase again at 1.
 *
 * Mixed forms: `1.0rc1.dev2` is a dev release leading up to `1.0rc1`, so it counts as phase
 * rc of 1.0.0 whose rc1 is not out yet: `rc` gives `1.0rc1`, not rc2, and `dev` is refused as
 * an earlier phase. A post-release of a pre-release (`1.0rc1.post1`) counts as that
 * pre-release. A dev release of a post-release (`1.0.post1.dev1`) comes after the final 1.0,
 * so it is planned like a final release.
 *
 * @throws VersionError when `prerelease` is an earlier phase than the previous pre-release's.
 */
function planNextVersion(request) {
    const { previous, prerelease } = request;
    if (request.bump === 'none')
        return undefined;
    const base = previous.baseRelease(3).slice(0, 3);
    const demoted = request.bump === 'major' && !request.majorOnZero && base[0] === 0n;
    const bump = demoted ? 'minor' : request.bump;
    const note = demoted ? ' (a breaking change on 0.x bumps the minor part while major-on-zero is off)' : '';
    const current = readPrePhase(previous);
    let planned;
    if (current === undefined) {
        const target = bumpRelease(base, bump);
        const version = makeVersion(previous.epoch, target, prerelease, 1n);
        const first = prerelease === undefined ? '' : `, first ${prerelease} pre-release of ${releaseText(previous.epoch, target)}`;
        planned = { version, why: `${bump} bump of the final ${releaseText(previous.epoch, base)}${first}` };
    }
    else {
        planned = planFromPrerelease(previous, previous.baseRelease(3), current, bump, prerelease);
    }
    // The one promise of this function: never go backwards or stand still (PEP 440 order).
    if (planned.version.compare(previous) <= 0) {
        throw new VersionError(`Planned ${planned.version.toString()} is not greater than the previous ${previous.toString()}; this is a bug in the version planner.`);
    }
    return {
        version: planned.version,
        bump,
        reason: `${previous.toString()} → ${planned.version.toString()}: ${planned.why}${note}`,
    };
}
/**
 * Checks the explicit `version` input: a PEP 440 version without a local label (PEP 440:
 * local versions "SHOULD NOT be used when publishing upstream projects to a public index server"),
 * strictly greater than `previous` when there is one.
 * @throws InputError naming the input, the value and what is allowed.
 */
function validateExplicitVersion(input, raw, previous) {
    const version = Pep440Version.tryParse(raw);
    if (version === undefined) {
        throw new errors_InputError(input, raw, 'it must be a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1');
    }
    if (version.local !== undefined) {
        throw new errors_InputError(input, raw, `it must not have a local label (+${version.local}): package indexes refuse local versions`);
    }
    if (previous !== undefined && version.compare(previous) <= 0) {
        const same = version.equals(previous) ? ', which it equals in PEP 440 order' : '';
        throw new errors_InputError(input, raw, `it must be greater than the previous version ${previous.toString()}${same}`);
    }
    return version;
}
function readPrePhase(version) {
    if (version.pre !== undefined) {
        const leadsUp = version.dev !== undefined && version.post === undefined;
        return { phase: version.pre.phase, number: version.pre.number, leadsUp };
    }
    // PEP 440: 1.0.post1.dev1 is a dev release of 1.0.post1, after the final 1.0.
    if (version.dev !== undefined && version.post === undefined)
        return { phase: 'dev', number: version.dev, leadsUp: false };
    return undefined;
}
function planFromPrerelease(previous, target, current, bump, prerelease) {
    const targetLevel = levelOf(target);
    const targetText = releaseText(previous.epoch, target);
    if (LEVEL_ORDER[bump] > LEVEL_ORDER[targetLevel]) {
        const moved = bumpRelease(target.slice(0, 3), bump);
        const version = makeVersion(previous.epoch, moved, prerelease, 1n);
        return { version, why: `${bump} goes past the ${targetText} ${targetLevel} target, so the target moves to ${releaseText(previous.epoch, moved)}` };
    }
    const within = `${bump} stays within the ${targetText} ${targetLevel} target`;
    if (prerelease === undefined) {
        return { version: makeVersion(previous.epoch, target, undefined, 0n), why: `${within}, released as final` };
    }
    if (prerelease === current.phase) {
        const number = current.leadsUp ? current.number : current.number + 1n;
        return { version: makeVersion(previous.epoch, target, prerelease, number), why: within };
    }
    if (PHASE_ORDER[prerelease] > PHASE_ORDER[current.phase]) {
        return {
            version: makeVersion(previous.epoch, target, prerelease, 1n),
            why: `${within}, moving from ${current.phase} to ${prerelease}`,
        };
    }
    throw new VersionError(`Cannot go back to the ${prerelease} phase after ${previous.toString()}: ${prerelease} comes before ${current.phase} in PEP 440 order (dev < a < b < rc), ` +
        `so ${makeVersion(previous.epoch, target, prerelease, 1n).toString()} would be lower. Use ${laterPhases(current.phase)}, or release ${targetText} as final.`);
}
function laterPhases(phase) {
    const allowed = Object.keys(PHASE_ORDER).filter((p) => PHASE_ORDER[p] >= PHASE_ORDER[phase]);
    return allowed.join(' or ');
}
/** The level a target release stands for: x.y.z with z > 0 is a patch, x.y.0 a minor, x.0.0 a major. */
function levelOf(release) {
    if (release.slice(2).some((n) => n > 0n))
        return 'patch';
    if ((release[1] ?? 0n) > 0n)
        return 'minor';
    return 'major';
}
function bumpRelease(release, bump) {
    const [major = 0n, minor = 0n, patch = 0n] = release;
    switch (bump) {
        case 'major':
            return [major + 1n, 0n, 0n];
        case 'minor':
            return [major, minor + 1n, 0n];
        case 'patch':
            return [major, minor, patch + 1n];
    }
}
function makeVersion(epoch, release, phase, number) {
    if (phase === undefined)
        return Pep440Version.fromParts({ epoch, release });
    if (phase === 'dev')
        return Pep440Version.fromParts({ epoch, release, dev: number });
    return Pep440Version.fromParts({ epoch, release, pre: { phase, number } });
}
function releaseText(epoch, release) {
    return Pep440Version.fromParts({ epoch, release }).toString();
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
        throw new errors_InputError(input, raw, `a tag name cannot ${problem}`);
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
        throw new FileError(file, `not valid YAML: ${error.message.split('\n')[0] ?? ''}`, undefined, { cause: error });
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
    if (fromProject instanceof FileError)
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
        return new FileError(file, `${stated} is not a prefix followed by ${placeholders[0]}; version-bump can only follow such tags: set tag-prefix`);
    const problem = tagPrefixProblem(prefix);
    if (problem !== undefined)
        return new FileError(file, `${stated} gives the tag prefix '${prefix}', but a tag name cannot ${problem}: set tag-prefix`);
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

;// CONCATENATED MODULE: ./packages/core/src/release/version-bump-settings.ts





const RELEASE_TYPES = ['auto', 'major', 'minor', 'patch'];
const VERSION_SCHEMES = ['pep440', 'semver'];
/** The documented defaults of the inputs that, left empty, follow the project's release-tool configuration. */
const DOCUMENTED_DEFAULTS = {
    'major-on-zero': true,
    'minor-types': ['feat'],
    'patch-types': ['fix', 'perf', 'revert', 'docs', 'style', 'refactor', 'test', 'chore'],
};
const PLACEHOLDERS = ['{version}', '{previous-version}', '{tag}'];
/**
 * The defaults of every input, as action.yml declares them (a test keeps the two equal).
 * An input given as '' falls back to its default, as with most actions. `tag-prefix`,
 * `major-on-zero`, `minor-types`, `patch-types` and `version-files` default to '': the project's
 * own release-tool configuration decides, else `DOCUMENTED_DEFAULTS`.
 */
const VERSION_BUMP_DEFAULTS = {
    'release-type': 'auto',
    version: '',
    prerelease: '',
    'version-scheme': 'pep440',
    'tag-prefix': '',
    'major-on-zero': '',
    'minor-types': '',
    'patch-types': '',
    strict: 'false',
    paths: '',
    'version-files': '',
    'dry-run': 'false',
    'release-branch': '',
    commit: 'false',
    'commit-message': 'chore(release): {version}',
    tag: 'false',
    push: 'false',
    'github-token': '',
    changelog: '',
};
/**
 * Reads and checks every input; the first bad one throws an InputError naming it. `files` are the
 * project's config files: an empty `tag-prefix`, `major-on-zero`, `minor-types` or `patch-types`
 * takes what the project's release tool is configured with (without them, the documented defaults).
 * `context.workspace` is where absolute paths in `version-files` and `changelog` must lie.
 */
function parseVersionBumpSettings(source, files, context = {}) {
    const read = (name) => {
        const value = source(name);
        return value.trim() === '' ? (VERSION_BUMP_DEFAULTS[name] ?? '') : value;
    };
    const versionFiles = parse_input_parseListInput(read('version-files')).map((path) => parseRepositoryPath('version-files', path, context));
    const releaseBranch = read('release-branch').trim();
    const commitMessage = read('commit-message').trim();
    const unset = ['tag-prefix', 'major-on-zero', 'minor-types', 'patch-types'].filter((name) => source(name).trim() === '');
    const project = unset.length > 0 && files !== undefined ? readProjectReleaseSettings(files) : undefined;
    const fromProject = [];
    const tagPrefix = resolveTagPrefix('tag-prefix', source('tag-prefix'), project);
    if (tagPrefix.origin !== undefined)
        fromProject.push({ input: 'tag-prefix', value: tagPrefix.value, origin: tagPrefix.origin });
    const majorOnZero = read('major-on-zero').trim() === '' ? project?.majorOnZero : undefined;
    if (majorOnZero !== undefined)
        fromProject.push({ input: 'major-on-zero', value: String(majorOnZero.value), origin: majorOnZero.origin });
    const types = (input, own) => {
        if (read(input).trim() !== '')
            return parseTypes(input, read(input));
        if (own === undefined)
            return [...DOCUMENTED_DEFAULTS[input]];
        fromProject.push({ input, value: own.value.join(', '), origin: own.origin });
        return [...own.value];
    };
    if (releaseBranch !== '' && !releaseBranch.includes('{version}')) {
        throw new errors_InputError('release-branch', releaseBranch, 'it must contain {version}, e.g. release/v{version}');
    }
    const settings = {
        releaseType: parseChoiceInput('release-type', read('release-type'), RELEASE_TYPES),
        explicitVersion: read('version').trim() || undefined,
        prerelease: parsePrereleaseInput('prerelease', read('prerelease')),
        scheme: parseChoiceInput('version-scheme', read('version-scheme'), VERSION_SCHEMES),
        tagPrefix: tagPrefix.value,
        tagPrefixDefaulted: tagPrefix.defaulted,
        majorOnZero: read('major-on-zero').trim() === ''
            ? (majorOnZero?.value ?? DOCUMENTED_DEFAULTS['major-on-zero'])
            : parseBooleanInput('major-on-zero', read('major-on-zero')),
        rules: {
            minorTypes: types('minor-types', project?.minorTypes),
            patchTypes: types('patch-types', project?.patchTypes),
        },
        strict: parseBooleanInput('strict', read('strict')),
        paths: parse_input_parseListInput(read('paths')),
        versionFiles,
        fromProject,
        projectNotes: project?.notes ?? [],
        dryRun: parseBooleanInput('dry-run', read('dry-run')),
        releaseBranch: releaseBranch || undefined,
        commit: parseBooleanInput('commit', read('commit')),
        commitMessage,
        tag: parseBooleanInput('tag', read('tag')),
        push: parseBooleanInput('push', read('push')),
        token: read('github-token'),
        changelog: read('changelog').trim() ? parseRepositoryPath('changelog', read('changelog'), context) : undefined,
    };
    for (const template of [commitMessage, releaseBranch]) {
        const unknown = /\{[^}]*\}/g.exec(template.replace(new RegExp(PLACEHOLDERS.map(version_bump_settings_escape).join('|'), 'g'), ''));
        if (unknown) {
            const input = template === commitMessage ? 'commit-message' : 'release-branch';
            throw new errors_InputError(input, template, `the placeholder ${unknown[0]} is unknown; use ${PLACEHOLDERS.join(', ')}`);
        }
    }
    if (settings.explicitVersion && settings.releaseType !== 'auto') {
        throw new errors_InputError('version', settings.explicitVersion, `it cannot be combined with release-type '${settings.releaseType}'; leave one of them at its default`);
    }
    return settings;
}
/** Fills `{version}`, `{previous-version}` and `{tag}` in a template. */
function fillTemplate(template, values) {
    return template
        .replaceAll('{version}', values.version)
        .replaceAll('{previous-version}', values.previousVersion)
        .replaceAll('{tag}', values.tag);
}
function parseTypes(input, raw) {
    const types = parse_input_parseListInput(raw).map((type) => type.toLowerCase());
    for (const type of types) {
        if (!/^[a-z][\w-]*$/.test(type))
            throw new errors_InputError(input, raw, `'${type}' is not a commit type (letters, digits, - and _)`);
    }
    return types;
}
function version_bump_settings_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/conventional-commits-parser@6.4.0/node_modules/conventional-commits-parser/dist/regex.js
const nomatchRegex = /(?!.*)/;
function regex_escape(string) {
    return string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function joinOr(parts) {
    return parts
        .map(val => (typeof val === 'string' ? regex_escape(val.trim()) : val.source))
        .filter(Boolean)
        .join('|');
}
function getNotesRegex(noteKeywords, notesPattern) {
    if (!noteKeywords) {
        return nomatchRegex;
    }
    const noteKeywordsSelection = joinOr(noteKeywords);
    if (!notesPattern) {
        return new RegExp(`^[\\s|*]*(${noteKeywordsSelection})[:\\s]+(.*)`, 'i');
    }
    return notesPattern(noteKeywordsSelection);
}
function getReferencePartsRegex(issuePrefixes, issuePrefixesCaseSensitive) {
    if (!issuePrefixes) {
        return nomatchRegex;
    }
    const flags = issuePrefixesCaseSensitive ? 'g' : 'gi';
    return new RegExp(`(?:.*?)??\\s*([\\w-\\.\\/]*?)??(${joinOr(issuePrefixes)})([\\w-]+)(?=\\s|$|[,;)\\]])`, flags);
}
function getReferencesRegex(referenceActions) {
    if (!referenceActions) {
        // matches everything
        return /()(.+)/gi;
    }
    const joinedKeywords = joinOr(referenceActions);
    return new RegExp(`(${joinedKeywords})(?:\\s+(.*?))(?=(?:${joinedKeywords})|$)`, 'gi');
}
/**
 * Make the regexes used to parse a commit.
 * @param options
 * @returns Regexes.
 */
function getParserRegexes(options = {}) {
    const notes = getNotesRegex(options.noteKeywords, options.notesPattern);
    const referenceParts = getReferencePartsRegex(options.issuePrefixes, options.issuePrefixesCaseSensitive);
    const references = getReferencesRegex(options.referenceActions);
    return {
        notes,
        referenceParts,
        references,
        mentions: /@([\w-]+)/g,
        url: /\b(?:https?):\/\/(?:www\.)?([-a-zA-Z0-9@:%_+.~#?&//=])+\b/
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVnZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvcmVnZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBS0EsTUFBTSxZQUFZLEdBQUcsUUFBUSxDQUFBO0FBRTdCLFNBQVMsTUFBTSxDQUFDLE1BQWM7SUFDNUIsT0FBTyxNQUFNLENBQUMsT0FBTyxDQUFDLHFCQUFxQixFQUFFLE1BQU0sQ0FBQyxDQUFBO0FBQ3RELENBQUM7QUFFRCxTQUFTLE1BQU0sQ0FBQyxLQUEwQjtJQUN4QyxPQUFPLEtBQUs7U0FDVCxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDLE9BQU8sR0FBRyxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUM7U0FDdkUsTUFBTSxDQUFDLE9BQU8sQ0FBQztTQUNmLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQTtBQUNkLENBQUM7QUFFRCxTQUFTLGFBQWEsQ0FDcEIsWUFBNkMsRUFDN0MsWUFBb0Q7SUFFcEQsSUFBSSxDQUFDLFlBQVksRUFBRSxDQUFDO1FBQ2xCLE9BQU8sWUFBWSxDQUFBO0lBQ3JCLENBQUM7SUFFRCxNQUFNLHFCQUFxQixHQUFHLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQTtJQUVsRCxJQUFJLENBQUMsWUFBWSxFQUFFLENBQUM7UUFDbEIsT0FBTyxJQUFJLE1BQU0sQ0FBQyxhQUFhLHFCQUFxQixjQUFjLEVBQUUsR0FBRyxDQUFDLENBQUE7SUFDMUUsQ0FBQztJQUVELE9BQU8sWUFBWSxDQUFDLHFCQUFxQixDQUFDLENBQUE7QUFDNUMsQ0FBQztBQUVELFNBQVMsc0JBQXNCLENBQzdCLGFBQThDLEVBQzlDLDBCQUErQztJQUUvQyxJQUFJLENBQUMsYUFBYSxFQUFFLENBQUM7UUFDbkIsT0FBTyxZQUFZLENBQUE7SUFDckIsQ0FBQztJQUVELE1BQU0sS0FBSyxHQUFHLDBCQUEwQixDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQTtJQUVyRCxPQUFPLElBQUksTUFBTSxDQUFDLG1DQUFtQyxNQUFNLENBQUMsYUFBYSxDQUFDLDhCQUE4QixFQUFFLEtBQUssQ0FBQyxDQUFBO0FBQ2xILENBQUM7QUFFRCxTQUFTLGtCQUFrQixDQUN6QixnQkFBaUQ7SUFFakQsSUFBSSxDQUFDLGdCQUFnQixFQUFFLENBQUM7UUFDdEIscUJBQXFCO1FBQ3JCLE9BQU8sVUFBVSxDQUFBO0lBQ25CLENBQUM7SUFFRCxNQUFNLGNBQWMsR0FBRyxNQUFNLENBQUMsZ0JBQWdCLENBQUMsQ0FBQTtJQUUvQyxPQUFPLElBQUksTUFBTSxDQUFDLElBQUksY0FBYyx1QkFBdUIsY0FBYyxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUE7QUFDeEYsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsZ0JBQWdCLENBQzlCLFVBQXNJLEVBQUU7SUFFeEksTUFBTSxLQUFLLEdBQUcsYUFBYSxDQUFDLE9BQU8sQ0FBQyxZQUFZLEVBQUUsT0FBTyxDQUFDLFlBQVksQ0FBQyxDQUFBO0lBQ3ZFLE1BQU0sY0FBYyxHQUFHLHNCQUFzQixDQUFDLE9BQU8sQ0FBQyxhQUFhLEVBQUUsT0FBTyxDQUFDLDBCQUEwQixDQUFDLENBQUE7SUFDeEcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLENBQUMsT0FBTyxDQUFDLGdCQUFnQixDQUFDLENBQUE7SUFFL0QsT0FBTztRQUNMLEtBQUs7UUFDTCxjQUFjO1FBQ2QsVUFBVTtRQUNWLFFBQVEsRUFBRSxZQUFZO1FBQ3RCLEdBQUcsRUFBRSwyREFBMkQ7S0FDakUsQ0FBQTtBQUNILENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/.pnpm/conventional-commits-parser@6.4.0/node_modules/conventional-commits-parser/dist/utils.js
const SCISSOR = '------------------------ >8 ------------------------';
/**
 * Remove leading and trailing newlines.
 * @param input
 * @returns String without leading and trailing newlines.
 */
function trimNewLines(input) {
    // To escape ReDos we should escape String#replace with regex.
    const matches = input.match(/[^\r\n]/);
    if (typeof matches?.index !== 'number') {
        return '';
    }
    const firstIndex = matches.index;
    let lastIndex = input.length - 1;
    while (input[lastIndex] === '\r' || input[lastIndex] === '\n') {
        lastIndex--;
    }
    return input.substring(firstIndex, lastIndex + 1);
}
/**
 * Append a newline to a string.
 * @param src
 * @param line
 * @returns String with appended newline.
 */
function appendLine(src, line) {
    return src ? `${src}\n${line || ''}` : line || '';
}
/**
 * Creates a function that filters out comments lines.
 * @param char
 * @returns Comment filter function.
 */
function getCommentFilter(char) {
    return char
        ? (line) => !line.startsWith(char)
        : () => true;
}
/**
 * Select lines before the scissor.
 * @param lines
 * @param commentChar
 * @returns Lines before the scissor.
 */
function truncateToScissor(lines, commentChar) {
    const scissorIndex = lines.indexOf(`${commentChar} ${SCISSOR}`);
    if (scissorIndex === -1) {
        return lines;
    }
    return lines.slice(0, scissorIndex);
}
/**
 * Filter out GPG sign lines.
 * @param line
 * @returns True if the line is not a GPG sign line.
 */
function gpgFilter(line) {
    return !line.match(/^\s*gpg:/);
}
/**
 * Assign matched correspondence to the target object.
 * @param target - The target object to assign values to.
 * @param matches - The RegExp match array containing the matched groups.
 * @param correspondence - An array of keys that correspond to the matched groups.
 * @returns The target object with assigned values.
 */
function assignMatchedCorrespondence(target, matches, correspondence) {
    const { groups } = matches;
    for (let i = 0, len = correspondence.length, key; i < len; i++) {
        key = correspondence[i];
        target[key] = (groups ? groups[key] : matches[i + 1]) || null;
    }
    return target;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidXRpbHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvdXRpbHMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEsTUFBTSxPQUFPLEdBQUcsc0RBQXNELENBQUE7QUFFdEU7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxZQUFZLENBQUMsS0FBYTtJQUN4Qyw4REFBOEQ7SUFFOUQsTUFBTSxPQUFPLEdBQUcsS0FBSyxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsQ0FBQTtJQUV0QyxJQUFJLE9BQU8sT0FBTyxFQUFFLEtBQUssS0FBSyxRQUFRLEVBQUUsQ0FBQztRQUN2QyxPQUFPLEVBQUUsQ0FBQTtJQUNYLENBQUM7SUFFRCxNQUFNLFVBQVUsR0FBRyxPQUFPLENBQUMsS0FBSyxDQUFBO0lBQ2hDLElBQUksU0FBUyxHQUFHLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFBO0lBRWhDLE9BQU8sS0FBSyxDQUFDLFNBQVMsQ0FBQyxLQUFLLElBQUksSUFBSSxLQUFLLENBQUMsU0FBUyxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUM7UUFDOUQsU0FBUyxFQUFFLENBQUE7SUFDYixDQUFDO0lBRUQsT0FBTyxLQUFLLENBQUMsU0FBUyxDQUFDLFVBQVUsRUFBRSxTQUFTLEdBQUcsQ0FBQyxDQUFDLENBQUE7QUFDbkQsQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsTUFBTSxVQUFVLFVBQVUsQ0FBQyxHQUFrQixFQUFFLElBQXdCO0lBQ3JFLE9BQU8sR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsS0FBSyxJQUFJLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLENBQUE7QUFDbkQsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsZ0JBQWdCLENBQUMsSUFBd0I7SUFDdkQsT0FBTyxJQUFJO1FBQ1QsQ0FBQyxDQUFDLENBQUMsSUFBWSxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDO1FBQzFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUE7QUFDaEIsQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsTUFBTSxVQUFVLGlCQUFpQixDQUMvQixLQUFlLEVBQ2YsV0FBbUI7SUFFbkIsTUFBTSxZQUFZLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxHQUFHLFdBQVcsSUFBSSxPQUFPLEVBQUUsQ0FBQyxDQUFBO0lBRS9ELElBQUksWUFBWSxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDeEIsT0FBTyxLQUFLLENBQUE7SUFDZCxDQUFDO0lBRUQsT0FBTyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxZQUFZLENBQUMsQ0FBQTtBQUNyQyxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxTQUFTLENBQUMsSUFBWTtJQUNwQyxPQUFPLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsQ0FBQTtBQUNoQyxDQUFDO0FBRUQ7Ozs7OztHQU1HO0FBQ0gsTUFBTSxVQUFVLDJCQUEyQixDQUN6QyxNQUFxQyxFQUNyQyxPQUF5QixFQUN6QixjQUF3QjtJQUV4QixNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsT0FBTyxDQUFBO0lBRTFCLEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLEdBQUcsR0FBRyxjQUFjLENBQUMsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUFDLEdBQUcsR0FBRyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDL0QsR0FBRyxHQUFHLGNBQWMsQ0FBQyxDQUFDLENBQUMsQ0FBQTtRQUN2QixNQUFNLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQTtJQUMvRCxDQUFDO0lBRUQsT0FBTyxNQUFNLENBQUE7QUFDZixDQUFDIn0=
;// CONCATENATED MODULE: ./node_modules/.pnpm/conventional-commits-parser@6.4.0/node_modules/conventional-commits-parser/dist/options.js
const defaultOptions = {
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    issuePrefixes: ['#'],
    referenceActions: [
        'close',
        'closes',
        'closed',
        'fix',
        'fixes',
        'fixed',
        'resolve',
        'resolves',
        'resolved'
    ],
    headerPattern: /^(\w*)(?:\(([\w$@.\-*/ ]*)\))?: (.*)$/,
    headerCorrespondence: [
        'type',
        'scope',
        'subject'
    ],
    revertPattern: /^Revert\s"([\s\S]*)"\s*This reverts commit (\w*)\.?/,
    revertCorrespondence: ['header', 'hash'],
    fieldPattern: /^-(.*?)-$/
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoib3B0aW9ucy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uL3NyYy9vcHRpb25zLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUVBLE1BQU0sQ0FBQyxNQUFNLGNBQWMsR0FBa0I7SUFDM0MsWUFBWSxFQUFFLENBQUMsaUJBQWlCLEVBQUUsaUJBQWlCLENBQUM7SUFDcEQsYUFBYSxFQUFFLENBQUMsR0FBRyxDQUFDO0lBQ3BCLGdCQUFnQixFQUFFO1FBQ2hCLE9BQU87UUFDUCxRQUFRO1FBQ1IsUUFBUTtRQUNSLEtBQUs7UUFDTCxPQUFPO1FBQ1AsT0FBTztRQUNQLFNBQVM7UUFDVCxVQUFVO1FBQ1YsVUFBVTtLQUNYO0lBQ0QsYUFBYSxFQUFFLHVDQUF1QztJQUN0RCxvQkFBb0IsRUFBRTtRQUNwQixNQUFNO1FBQ04sT0FBTztRQUNQLFNBQVM7S0FDVjtJQUNELGFBQWEsRUFBRSxxREFBcUQ7SUFDcEUsb0JBQW9CLEVBQUUsQ0FBQyxRQUFRLEVBQUUsTUFBTSxDQUFDO0lBQ3hDLFlBQVksRUFBRSxXQUFXO0NBQzFCLENBQUEifQ==
;// CONCATENATED MODULE: ./node_modules/.pnpm/conventional-commits-parser@6.4.0/node_modules/conventional-commits-parser/dist/CommitParser.js



/**
 * Helper to create commit object.
 * @param initialData - Initial commit data.
 * @returns Commit object with empty data.
 */
function createCommitObject(initialData = {}) {
    // @ts-expect-error: You can read properties from `Commit` without problems, but you can't assign object to this type. So here is helper for that.
    return {
        merge: null,
        revert: null,
        header: null,
        body: null,
        footer: null,
        notes: [],
        mentions: [],
        references: [],
        ...initialData
    };
}
/**
 * Commit message parser.
 */
class CommitParser_CommitParser {
    options;
    regexes;
    lines = [];
    lineIndex = 0;
    commit = createCommitObject();
    constructor(options = {}) {
        this.options = {
            ...defaultOptions,
            ...options
        };
        this.regexes = getParserRegexes(this.options);
    }
    currentLine() {
        return this.lines[this.lineIndex];
    }
    nextLine() {
        return this.lines[this.lineIndex++];
    }
    isLineAvailable() {
        return this.lineIndex < this.lines.length;
    }
    parseReference(input, action) {
        const { regexes } = this;
        if (regexes.url.test(input)) {
            return null;
        }
        const matches = regexes.referenceParts.exec(input);
        if (!matches) {
            return null;
        }
        let [raw, repository = null, prefix, issue] = matches;
        let owner = null;
        if (repository) {
            const slashIndex = repository.indexOf('/');
            if (slashIndex !== -1) {
                owner = repository.slice(0, slashIndex);
                repository = repository.slice(slashIndex + 1);
            }
        }
        return {
            raw,
            action,
            owner,
            repository,
            prefix,
            issue
        };
    }
    parseReferences(input) {
        const { regexes } = this;
        const regex = input.match(regexes.references)
            ? regexes.references
            : /()(.+)/gi;
        const references = [];
        let matches;
        let action;
        let sentence;
        let reference;
        while (true) {
            matches = regex.exec(input);
            if (!matches) {
                break;
            }
            action = matches[1] || null;
            sentence = matches[2] || '';
            while (true) {
                reference = this.parseReference(sentence, action);
                if (!reference) {
                    break;
                }
                references.push(reference);
            }
        }
        return references;
    }
    skipEmptyLines() {
        let line = this.currentLine();
        while (line !== undefined && !line.trim()) {
            this.nextLine();
            line = this.currentLine();
        }
    }
    parseMerge() {
        const { commit, options } = this;
        const correspondence = options.mergeCorrespondence || [];
        const merge = this.currentLine();
        const matches = merge && options.mergePattern
            ? merge.match(options.mergePattern)
            : null;
        if (matches) {
            this.nextLine();
            commit.merge = matches[0] || null;
            assignMatchedCorrespondence(commit, matches, correspondence);
            return true;
        }
        return false;
    }
    parseHeader(isMergeCommit) {
        if (isMergeCommit) {
            this.skipEmptyLines();
        }
        const { commit, options } = this;
        const correspondence = options.headerCorrespondence || [];
        const header = commit.header ?? this.nextLine();
        let matches = null;
        if (header) {
            if (options.breakingHeaderPattern) {
                matches = header.match(options.breakingHeaderPattern);
            }
            if (!matches && options.headerPattern) {
                matches = header.match(options.headerPattern);
            }
        }
        if (header) {
            commit.header = header;
        }
        if (matches) {
            assignMatchedCorrespondence(commit, matches, correspondence);
        }
    }
    parseMeta() {
        const { options, commit } = this;
        if (!options.fieldPattern || !this.isLineAvailable()) {
            return false;
        }
        let matches;
        let field = null;
        let parsed = false;
        while (this.isLineAvailable()) {
            matches = this.currentLine().match(options.fieldPattern);
            if (matches) {
                field = matches[1] || null;
                this.nextLine();
                continue;
            }
            if (field) {
                parsed = true;
                commit[field] = appendLine(commit[field], this.currentLine());
                this.nextLine();
            }
            else {
                break;
            }
        }
        return parsed;
    }
    parseNotes() {
        const { regexes, commit } = this;
        if (!this.isLineAvailable()) {
            return false;
        }
        const matches = this.currentLine().match(regexes.notes);
        let references = [];
        if (matches) {
            const note = {
                title: matches[1],
                text: matches[2]
            };
            commit.notes.push(note);
            commit.footer = appendLine(commit.footer, this.currentLine());
            this.nextLine();
            while (this.isLineAvailable()) {
                if (this.parseMeta()) {
                    return true;
                }
                if (this.parseNotes()) {
                    return true;
                }
                references = this.parseReferences(this.currentLine());
                if (references.length) {
                    commit.references.push(...references);
                }
                else {
                    note.text = appendLine(note.text, this.currentLine());
                }
                commit.footer = appendLine(commit.footer, this.currentLine());
                this.nextLine();
                if (references.length) {
                    break;
                }
            }
            return true;
        }
        return false;
    }
    parseBodyAndFooter(isBody) {
        const { commit } = this;
        if (!this.isLineAvailable()) {
            return isBody;
        }
        const references = this.parseReferences(this.currentLine());
        const isStillBody = !references.length && isBody;
        if (isStillBody) {
            commit.body = appendLine(commit.body, this.currentLine());
        }
        else {
            commit.references.push(...references);
            commit.footer = appendLine(commit.footer, this.currentLine());
        }
        this.nextLine();
        return isStillBody;
    }
    parseBreakingHeader() {
        const { commit, options } = this;
        if (!options.breakingHeaderPattern || commit.notes.length || !commit.header) {
            return;
        }
        const matches = commit.header.match(options.breakingHeaderPattern);
        if (matches) {
            commit.notes.push({
                title: 'BREAKING CHANGE',
                text: matches[3]
            });
        }
    }
    parseMentions(input) {
        const { commit, regexes } = this;
        let matches;
        for (;;) {
            matches = regexes.mentions.exec(input);
            if (!matches) {
                break;
            }
            commit.mentions.push(matches[1]);
        }
    }
    parseRevert(input) {
        const { commit, options } = this;
        const correspondence = options.revertCorrespondence || [];
        const matches = options.revertPattern
            ? input.match(options.revertPattern)
            : null;
        if (matches) {
            commit.revert = assignMatchedCorrespondence({}, matches, correspondence);
        }
    }
    cleanupCommit() {
        const { commit } = this;
        if (commit.body) {
            commit.body = trimNewLines(commit.body);
        }
        if (commit.footer) {
            commit.footer = trimNewLines(commit.footer);
        }
        commit.notes.forEach((note) => {
            note.text = trimNewLines(note.text);
        });
        const referencesSet = new Set();
        commit.references = commit.references.filter((reference) => {
            const uid = `${reference.action} ${reference.raw}`.toLocaleLowerCase();
            const ok = !referencesSet.has(uid);
            if (ok) {
                referencesSet.add(uid);
            }
            return ok;
        });
    }
    /**
     * Parse commit message string into an object.
     * @param input - Commit message string.
     * @returns Commit object.
     */
    parse(input) {
        if (!input.trim()) {
            throw new TypeError('Expected a raw commit');
        }
        const { commentChar } = this.options;
        const commentFilter = getCommentFilter(commentChar);
        const rawLines = trimNewLines(input).split(/\r?\n/);
        const lines = commentChar
            ? truncateToScissor(rawLines, commentChar).filter(line => commentFilter(line) && gpgFilter(line))
            : rawLines.filter(line => gpgFilter(line));
        const commit = createCommitObject();
        this.lines = lines;
        this.lineIndex = 0;
        this.commit = commit;
        const isMergeCommit = this.parseMerge();
        this.parseHeader(isMergeCommit);
        if (commit.header) {
            commit.references = this.parseReferences(commit.header);
        }
        let isBody = true;
        while (this.isLineAvailable()) {
            this.parseMeta();
            if (this.parseNotes()) {
                isBody = false;
            }
            if (!this.parseBodyAndFooter(isBody)) {
                isBody = false;
            }
        }
        this.parseBreakingHeader();
        this.parseMentions(input);
        this.parseRevert(input);
        this.cleanupCommit();
        return commit;
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiQ29tbWl0UGFyc2VyLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL0NvbW1pdFBhcnNlci50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFPQSxPQUFPLEVBQUUsZ0JBQWdCLEVBQUUsTUFBTSxZQUFZLENBQUE7QUFDN0MsT0FBTyxFQUNMLFlBQVksRUFDWixVQUFVLEVBQ1YsZ0JBQWdCLEVBQ2hCLFNBQVMsRUFDVCxpQkFBaUIsRUFDakIsMkJBQTJCLEVBQzVCLE1BQU0sWUFBWSxDQUFBO0FBQ25CLE9BQU8sRUFBRSxjQUFjLEVBQUUsTUFBTSxjQUFjLENBQUE7QUFFN0M7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxrQkFBa0IsQ0FBQyxjQUErQixFQUFFO0lBQ2xFLGtKQUFrSjtJQUNsSixPQUFPO1FBQ0wsS0FBSyxFQUFFLElBQUk7UUFDWCxNQUFNLEVBQUUsSUFBSTtRQUNaLE1BQU0sRUFBRSxJQUFJO1FBQ1osSUFBSSxFQUFFLElBQUk7UUFDVixNQUFNLEVBQUUsSUFBSTtRQUNaLEtBQUssRUFBRSxFQUFFO1FBQ1QsUUFBUSxFQUFFLEVBQUU7UUFDWixVQUFVLEVBQUUsRUFBRTtRQUNkLEdBQUcsV0FBVztLQUNmLENBQUE7QUFDSCxDQUFDO0FBRUQ7O0dBRUc7QUFDSCxNQUFNLE9BQU8sWUFBWTtJQUNOLE9BQU8sQ0FBZTtJQUN0QixPQUFPLENBQWU7SUFDL0IsS0FBSyxHQUFhLEVBQUUsQ0FBQTtJQUNwQixTQUFTLEdBQUcsQ0FBQyxDQUFBO0lBQ2IsTUFBTSxHQUFHLGtCQUFrQixFQUFFLENBQUE7SUFFckMsWUFBWSxVQUF5QixFQUFFO1FBQ3JDLElBQUksQ0FBQyxPQUFPLEdBQUc7WUFDYixHQUFHLGNBQWM7WUFDakIsR0FBRyxPQUFPO1NBQ1gsQ0FBQTtRQUNELElBQUksQ0FBQyxPQUFPLEdBQUcsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFBO0lBQy9DLENBQUM7SUFFTyxXQUFXO1FBQ2pCLE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUE7SUFDbkMsQ0FBQztJQUVPLFFBQVE7UUFDZCxPQUFPLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUE7SUFDckMsQ0FBQztJQUVPLGVBQWU7UUFDckIsT0FBTyxJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFBO0lBQzNDLENBQUM7SUFFTyxjQUFjLENBQ3BCLEtBQWEsRUFDYixNQUFxQjtRQUVyQixNQUFNLEVBQUUsT0FBTyxFQUFFLEdBQUcsSUFBSSxDQUFBO1FBRXhCLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztZQUM1QixPQUFPLElBQUksQ0FBQTtRQUNiLENBQUM7UUFFRCxNQUFNLE9BQU8sR0FBRyxPQUFPLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQTtRQUVsRCxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7WUFDYixPQUFPLElBQUksQ0FBQTtRQUNiLENBQUM7UUFFRCxJQUFJLENBQ0YsR0FBRyxFQUNILFVBQVUsR0FBRyxJQUFJLEVBQ2pCLE1BQU0sRUFDTixLQUFLLENBQ04sR0FBRyxPQUFPLENBQUE7UUFDWCxJQUFJLEtBQUssR0FBa0IsSUFBSSxDQUFBO1FBRS9CLElBQUksVUFBVSxFQUFFLENBQUM7WUFDZixNQUFNLFVBQVUsR0FBRyxVQUFVLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFBO1lBRTFDLElBQUksVUFBVSxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ3RCLEtBQUssR0FBRyxVQUFVLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxVQUFVLENBQUMsQ0FBQTtnQkFDdkMsVUFBVSxHQUFHLFVBQVUsQ0FBQyxLQUFLLENBQUMsVUFBVSxHQUFHLENBQUMsQ0FBQyxDQUFBO1lBQy9DLENBQUM7UUFDSCxDQUFDO1FBRUQsT0FBTztZQUNMLEdBQUc7WUFDSCxNQUFNO1lBQ04sS0FBSztZQUNMLFVBQVU7WUFDVixNQUFNO1lBQ04sS0FBSztTQUNOLENBQUE7SUFDSCxDQUFDO0lBRU8sZUFBZSxDQUNyQixLQUFhO1FBRWIsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQTtRQUN4QixNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxVQUFVLENBQUM7WUFDM0MsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxVQUFVO1lBQ3BCLENBQUMsQ0FBQyxVQUFVLENBQUE7UUFDZCxNQUFNLFVBQVUsR0FBc0IsRUFBRSxDQUFBO1FBQ3hDLElBQUksT0FBK0IsQ0FBQTtRQUNuQyxJQUFJLE1BQXFCLENBQUE7UUFDekIsSUFBSSxRQUFnQixDQUFBO1FBQ3BCLElBQUksU0FBaUMsQ0FBQTtRQUVyQyxPQUFPLElBQUksRUFBRSxDQUFDO1lBQ1osT0FBTyxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUE7WUFFM0IsSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDO2dCQUNiLE1BQUs7WUFDUCxDQUFDO1lBRUQsTUFBTSxHQUFHLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUE7WUFDM0IsUUFBUSxHQUFHLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUE7WUFFM0IsT0FBTyxJQUFJLEVBQUUsQ0FBQztnQkFDWixTQUFTLEdBQUcsSUFBSSxDQUFDLGNBQWMsQ0FBQyxRQUFRLEVBQUUsTUFBTSxDQUFDLENBQUE7Z0JBRWpELElBQUksQ0FBQyxTQUFTLEVBQUUsQ0FBQztvQkFDZixNQUFLO2dCQUNQLENBQUM7Z0JBRUQsVUFBVSxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQTtZQUM1QixDQUFDO1FBQ0gsQ0FBQztRQUVELE9BQU8sVUFBVSxDQUFBO0lBQ25CLENBQUM7SUFFTyxjQUFjO1FBQ3BCLElBQUksSUFBSSxHQUFHLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQTtRQUU3QixPQUFPLElBQUksS0FBSyxTQUFTLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztZQUMxQyxJQUFJLENBQUMsUUFBUSxFQUFFLENBQUE7WUFDZixJQUFJLEdBQUcsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFBO1FBQzNCLENBQUM7SUFDSCxDQUFDO0lBRU8sVUFBVTtRQUNoQixNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQTtRQUNoQyxNQUFNLGNBQWMsR0FBRyxPQUFPLENBQUMsbUJBQW1CLElBQUksRUFBRSxDQUFBO1FBQ3hELE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQTtRQUNoQyxNQUFNLE9BQU8sR0FBRyxLQUFLLElBQUksT0FBTyxDQUFDLFlBQVk7WUFDM0MsQ0FBQyxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLFlBQVksQ0FBQztZQUNuQyxDQUFDLENBQUMsSUFBSSxDQUFBO1FBRVIsSUFBSSxPQUFPLEVBQUUsQ0FBQztZQUNaLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtZQUVmLE1BQU0sQ0FBQyxLQUFLLEdBQUcsT0FBTyxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQTtZQUVqQywyQkFBMkIsQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLGNBQWMsQ0FBQyxDQUFBO1lBRTVELE9BQU8sSUFBSSxDQUFBO1FBQ2IsQ0FBQztRQUVELE9BQU8sS0FBSyxDQUFBO0lBQ2QsQ0FBQztJQUVPLFdBQVcsQ0FBQyxhQUFzQjtRQUN4QyxJQUFJLGFBQWEsRUFBRSxDQUFDO1lBQ2xCLElBQUksQ0FBQyxjQUFjLEVBQUUsQ0FBQTtRQUN2QixDQUFDO1FBRUQsTUFBTSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUE7UUFDaEMsTUFBTSxjQUFjLEdBQUcsT0FBTyxDQUFDLG9CQUFvQixJQUFJLEVBQUUsQ0FBQTtRQUN6RCxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsTUFBTSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtRQUMvQyxJQUFJLE9BQU8sR0FBNEIsSUFBSSxDQUFBO1FBRTNDLElBQUksTUFBTSxFQUFFLENBQUM7WUFDWCxJQUFJLE9BQU8sQ0FBQyxxQkFBcUIsRUFBRSxDQUFDO2dCQUNsQyxPQUFPLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMscUJBQXFCLENBQUMsQ0FBQTtZQUN2RCxDQUFDO1lBRUQsSUFBSSxDQUFDLE9BQU8sSUFBSSxPQUFPLENBQUMsYUFBYSxFQUFFLENBQUM7Z0JBQ3RDLE9BQU8sR0FBRyxNQUFNLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxhQUFhLENBQUMsQ0FBQTtZQUMvQyxDQUFDO1FBQ0gsQ0FBQztRQUVELElBQUksTUFBTSxFQUFFLENBQUM7WUFDWCxNQUFNLENBQUMsTUFBTSxHQUFHLE1BQU0sQ0FBQTtRQUN4QixDQUFDO1FBRUQsSUFBSSxPQUFPLEVBQUUsQ0FBQztZQUNaLDJCQUEyQixDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsY0FBYyxDQUFDLENBQUE7UUFDOUQsQ0FBQztJQUNILENBQUM7SUFFTyxTQUFTO1FBQ2YsTUFBTSxFQUNKLE9BQU8sRUFDUCxNQUFNLEVBQ1AsR0FBRyxJQUFJLENBQUE7UUFFUixJQUFJLENBQUMsT0FBTyxDQUFDLFlBQVksSUFBSSxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDO1lBQ3JELE9BQU8sS0FBSyxDQUFBO1FBQ2QsQ0FBQztRQUVELElBQUksT0FBZ0MsQ0FBQTtRQUNwQyxJQUFJLEtBQUssR0FBa0IsSUFBSSxDQUFBO1FBQy9CLElBQUksTUFBTSxHQUFHLEtBQUssQ0FBQTtRQUVsQixPQUFPLElBQUksQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDO1lBQzlCLE9BQU8sR0FBRyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxZQUFZLENBQUMsQ0FBQTtZQUV4RCxJQUFJLE9BQU8sRUFBRSxDQUFDO2dCQUNaLEtBQUssR0FBRyxPQUFPLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxDQUFBO2dCQUMxQixJQUFJLENBQUMsUUFBUSxFQUFFLENBQUE7Z0JBQ2YsU0FBUTtZQUNWLENBQUM7WUFFRCxJQUFJLEtBQUssRUFBRSxDQUFDO2dCQUNWLE1BQU0sR0FBRyxJQUFJLENBQUE7Z0JBQ2IsTUFBTSxDQUFDLEtBQUssQ0FBQyxHQUFHLFVBQVUsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLEVBQUUsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUE7Z0JBQzdELElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtZQUNqQixDQUFDO2lCQUFNLENBQUM7Z0JBQ04sTUFBSztZQUNQLENBQUM7UUFDSCxDQUFDO1FBRUQsT0FBTyxNQUFNLENBQUE7SUFDZixDQUFDO0lBRU8sVUFBVTtRQUNoQixNQUFNLEVBQ0osT0FBTyxFQUNQLE1BQU0sRUFDUCxHQUFHLElBQUksQ0FBQTtRQUVSLElBQUksQ0FBQyxJQUFJLENBQUMsZUFBZSxFQUFFLEVBQUUsQ0FBQztZQUM1QixPQUFPLEtBQUssQ0FBQTtRQUNkLENBQUM7UUFFRCxNQUFNLE9BQU8sR0FBRyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQTtRQUN2RCxJQUFJLFVBQVUsR0FBc0IsRUFBRSxDQUFBO1FBRXRDLElBQUksT0FBTyxFQUFFLENBQUM7WUFDWixNQUFNLElBQUksR0FBZTtnQkFDdkIsS0FBSyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUM7Z0JBQ2pCLElBQUksRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO2FBQ2pCLENBQUE7WUFFRCxNQUFNLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQTtZQUN2QixNQUFNLENBQUMsTUFBTSxHQUFHLFVBQVUsQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFBO1lBQzdELElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtZQUVmLE9BQU8sSUFBSSxDQUFDLGVBQWUsRUFBRSxFQUFFLENBQUM7Z0JBQzlCLElBQUksSUFBSSxDQUFDLFNBQVMsRUFBRSxFQUFFLENBQUM7b0JBQ3JCLE9BQU8sSUFBSSxDQUFBO2dCQUNiLENBQUM7Z0JBRUQsSUFBSSxJQUFJLENBQUMsVUFBVSxFQUFFLEVBQUUsQ0FBQztvQkFDdEIsT0FBTyxJQUFJLENBQUE7Z0JBQ2IsQ0FBQztnQkFFRCxVQUFVLEdBQUcsSUFBSSxDQUFDLGVBQWUsQ0FBQyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtnQkFFckQsSUFBSSxVQUFVLENBQUMsTUFBTSxFQUFFLENBQUM7b0JBQ3RCLE1BQU0sQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLEdBQUcsVUFBVSxDQUFDLENBQUE7Z0JBQ3ZDLENBQUM7cUJBQU0sQ0FBQztvQkFDTixJQUFJLENBQUMsSUFBSSxHQUFHLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFBO2dCQUN2RCxDQUFDO2dCQUVELE1BQU0sQ0FBQyxNQUFNLEdBQUcsVUFBVSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUE7Z0JBQzdELElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtnQkFFZixJQUFJLFVBQVUsQ0FBQyxNQUFNLEVBQUUsQ0FBQztvQkFDdEIsTUFBSztnQkFDUCxDQUFDO1lBQ0gsQ0FBQztZQUVELE9BQU8sSUFBSSxDQUFBO1FBQ2IsQ0FBQztRQUVELE9BQU8sS0FBSyxDQUFBO0lBQ2QsQ0FBQztJQUVPLGtCQUFrQixDQUFDLE1BQWU7UUFDeEMsTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQTtRQUV2QixJQUFJLENBQUMsSUFBSSxDQUFDLGVBQWUsRUFBRSxFQUFFLENBQUM7WUFDNUIsT0FBTyxNQUFNLENBQUE7UUFDZixDQUFDO1FBRUQsTUFBTSxVQUFVLEdBQUcsSUFBSSxDQUFDLGVBQWUsQ0FBQyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtRQUMzRCxNQUFNLFdBQVcsR0FBRyxDQUFDLFVBQVUsQ0FBQyxNQUFNLElBQUksTUFBTSxDQUFBO1FBRWhELElBQUksV0FBVyxFQUFFLENBQUM7WUFDaEIsTUFBTSxDQUFDLElBQUksR0FBRyxVQUFVLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtRQUMzRCxDQUFDO2FBQU0sQ0FBQztZQUNOLE1BQU0sQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLEdBQUcsVUFBVSxDQUFDLENBQUE7WUFDckMsTUFBTSxDQUFDLE1BQU0sR0FBRyxVQUFVLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtRQUMvRCxDQUFDO1FBRUQsSUFBSSxDQUFDLFFBQVEsRUFBRSxDQUFBO1FBRWYsT0FBTyxXQUFXLENBQUE7SUFDcEIsQ0FBQztJQUVPLG1CQUFtQjtRQUN6QixNQUFNLEVBQ0osTUFBTSxFQUNOLE9BQU8sRUFDUixHQUFHLElBQUksQ0FBQTtRQUVSLElBQUksQ0FBQyxPQUFPLENBQUMscUJBQXFCLElBQUksTUFBTSxDQUFDLEtBQUssQ0FBQyxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDNUUsT0FBTTtRQUNSLENBQUM7UUFFRCxNQUFNLE9BQU8sR0FBRyxNQUFNLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMscUJBQXFCLENBQUMsQ0FBQTtRQUVsRSxJQUFJLE9BQU8sRUFBRSxDQUFDO1lBQ1osTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUM7Z0JBQ2hCLEtBQUssRUFBRSxpQkFBaUI7Z0JBQ3hCLElBQUksRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO2FBQ2pCLENBQUMsQ0FBQTtRQUNKLENBQUM7SUFDSCxDQUFDO0lBRU8sYUFBYSxDQUFDLEtBQWE7UUFDakMsTUFBTSxFQUNKLE1BQU0sRUFDTixPQUFPLEVBQ1IsR0FBRyxJQUFJLENBQUE7UUFDUixJQUFJLE9BQStCLENBQUE7UUFFbkMsU0FBUyxDQUFDO1lBQ1IsT0FBTyxHQUFHLE9BQU8sQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFBO1lBRXRDLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQztnQkFDYixNQUFLO1lBQ1AsQ0FBQztZQUVELE1BQU0sQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFBO1FBQ2xDLENBQUM7SUFDSCxDQUFDO0lBRU8sV0FBVyxDQUFDLEtBQWE7UUFDL0IsTUFBTSxFQUNKLE1BQU0sRUFDTixPQUFPLEVBQ1IsR0FBRyxJQUFJLENBQUE7UUFDUixNQUFNLGNBQWMsR0FBRyxPQUFPLENBQUMsb0JBQW9CLElBQUksRUFBRSxDQUFBO1FBQ3pELE1BQU0sT0FBTyxHQUFHLE9BQU8sQ0FBQyxhQUFhO1lBQ25DLENBQUMsQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxhQUFhLENBQUM7WUFDcEMsQ0FBQyxDQUFDLElBQUksQ0FBQTtRQUVSLElBQUksT0FBTyxFQUFFLENBQUM7WUFDWixNQUFNLENBQUMsTUFBTSxHQUFHLDJCQUEyQixDQUFDLEVBQUUsRUFBRSxPQUFPLEVBQUUsY0FBYyxDQUFDLENBQUE7UUFDMUUsQ0FBQztJQUNILENBQUM7SUFFTyxhQUFhO1FBQ25CLE1BQU0sRUFBRSxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUE7UUFFdkIsSUFBSSxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDaEIsTUFBTSxDQUFDLElBQUksR0FBRyxZQUFZLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFBO1FBQ3pDLENBQUM7UUFFRCxJQUFJLE1BQU0sQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNsQixNQUFNLENBQUMsTUFBTSxHQUFHLFlBQVksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUE7UUFDN0MsQ0FBQztRQUVELE1BQU0sQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUU7WUFDNUIsSUFBSSxDQUFDLElBQUksR0FBRyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFBO1FBQ3JDLENBQUMsQ0FBQyxDQUFBO1FBRUYsTUFBTSxhQUFhLEdBQUcsSUFBSSxHQUFHLEVBQVUsQ0FBQTtRQUV2QyxNQUFNLENBQUMsVUFBVSxHQUFHLE1BQU0sQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLENBQUMsU0FBUyxFQUFFLEVBQUU7WUFDekQsTUFBTSxHQUFHLEdBQUcsR0FBRyxTQUFTLENBQUMsTUFBTSxJQUFJLFNBQVMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxpQkFBaUIsRUFBRSxDQUFBO1lBQ3RFLE1BQU0sRUFBRSxHQUFHLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQTtZQUVsQyxJQUFJLEVBQUUsRUFBRSxDQUFDO2dCQUNQLGFBQWEsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUE7WUFDeEIsQ0FBQztZQUVELE9BQU8sRUFBRSxDQUFBO1FBQ1gsQ0FBQyxDQUFDLENBQUE7SUFDSixDQUFDO0lBRUQ7Ozs7T0FJRztJQUNILEtBQUssQ0FBQyxLQUFhO1FBQ2pCLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztZQUNsQixNQUFNLElBQUksU0FBUyxDQUFDLHVCQUF1QixDQUFDLENBQUE7UUFDOUMsQ0FBQztRQUVELE1BQU0sRUFBRSxXQUFXLEVBQUUsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFBO1FBQ3BDLE1BQU0sYUFBYSxHQUFHLGdCQUFnQixDQUFDLFdBQVcsQ0FBQyxDQUFBO1FBQ25ELE1BQU0sUUFBUSxHQUFHLFlBQVksQ0FBQyxLQUFLLENBQUMsQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUE7UUFDbkQsTUFBTSxLQUFLLEdBQUcsV0FBVztZQUN2QixDQUFDLENBQUMsaUJBQWlCLENBQUMsUUFBUSxFQUFFLFdBQVcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsSUFBSSxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDakcsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQTtRQUM1QyxNQUFNLE1BQU0sR0FBRyxrQkFBa0IsRUFBRSxDQUFBO1FBRW5DLElBQUksQ0FBQyxLQUFLLEdBQUcsS0FBSyxDQUFBO1FBQ2xCLElBQUksQ0FBQyxTQUFTLEdBQUcsQ0FBQyxDQUFBO1FBQ2xCLElBQUksQ0FBQyxNQUFNLEdBQUcsTUFBTSxDQUFBO1FBRXBCLE1BQU0sYUFBYSxHQUFHLElBQUksQ0FBQyxVQUFVLEVBQUUsQ0FBQTtRQUV2QyxJQUFJLENBQUMsV0FBVyxDQUFDLGFBQWEsQ0FBQyxDQUFBO1FBRS9CLElBQUksTUFBTSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ2xCLE1BQU0sQ0FBQyxVQUFVLEdBQUcsSUFBSSxDQUFDLGVBQWUsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUE7UUFDekQsQ0FBQztRQUVELElBQUksTUFBTSxHQUFHLElBQUksQ0FBQTtRQUVqQixPQUFPLElBQUksQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDO1lBQzlCLElBQUksQ0FBQyxTQUFTLEVBQUUsQ0FBQTtZQUVoQixJQUFJLElBQUksQ0FBQyxVQUFVLEVBQUUsRUFBRSxDQUFDO2dCQUN0QixNQUFNLEdBQUcsS0FBSyxDQUFBO1lBQ2hCLENBQUM7WUFFRCxJQUFJLENBQUMsSUFBSSxDQUFDLGtCQUFrQixDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7Z0JBQ3JDLE1BQU0sR0FBRyxLQUFLLENBQUE7WUFDaEIsQ0FBQztRQUNILENBQUM7UUFFRCxJQUFJLENBQUMsbUJBQW1CLEVBQUUsQ0FBQTtRQUMxQixJQUFJLENBQUMsYUFBYSxDQUFDLEtBQUssQ0FBQyxDQUFBO1FBQ3pCLElBQUksQ0FBQyxXQUFXLENBQUMsS0FBSyxDQUFDLENBQUE7UUFDdkIsSUFBSSxDQUFDLGFBQWEsRUFBRSxDQUFBO1FBRXBCLE9BQU8sTUFBTSxDQUFBO0lBQ2YsQ0FBQztDQUNGIn0=
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
;// CONCATENATED MODULE: ./node_modules/.pnpm/conventional-commits-parser@6.4.0/node_modules/conventional-commits-parser/dist/stream.js


/**
 * Create async generator function to parse async iterable of raw commits.
 * @param options - CommitParser options.
 * @returns Async generator function to parse async iterable of raw commits.
 */
function parseCommits(options = {}) {
    const warnOption = options.warn;
    const warn = warnOption === true
        ? (err) => {
            throw err;
        }
        : warnOption
            ? (err) => warnOption(err.toString())
            : () => { };
    return async function* parse(rawCommits) {
        const parser = new CommitParser(options);
        let rawCommit;
        for await (rawCommit of rawCommits) {
            try {
                yield parser.parse(rawCommit.toString());
            }
            catch (err) {
                warn(err);
            }
        }
    };
}
/**
 * Create stream to parse commits.
 * @param options - CommitParser options.
 * @returns Stream of parsed commits.
 */
function parseCommitsStream(options = {}) {
    return Transform.from(parseCommits(options));
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3RyZWFtLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL3N0cmVhbS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxPQUFPLEVBQUUsU0FBUyxFQUFFLE1BQU0sUUFBUSxDQUFBO0FBRWxDLE9BQU8sRUFBRSxZQUFZLEVBQUUsTUFBTSxtQkFBbUIsQ0FBQTtBQUVoRDs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLFlBQVksQ0FDMUIsVUFBK0IsRUFBRTtJQUVqQyxNQUFNLFVBQVUsR0FBRyxPQUFPLENBQUMsSUFBSSxDQUFBO0lBQy9CLE1BQU0sSUFBSSxHQUFHLFVBQVUsS0FBSyxJQUFJO1FBQzlCLENBQUMsQ0FBQyxDQUFDLEdBQVUsRUFBRSxFQUFFO1lBQ2YsTUFBTSxHQUFHLENBQUE7UUFDWCxDQUFDO1FBQ0QsQ0FBQyxDQUFDLFVBQVU7WUFDVixDQUFDLENBQUMsQ0FBQyxHQUFVLEVBQUUsRUFBRSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsUUFBUSxFQUFFLENBQUM7WUFDNUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxHQUFjLENBQUMsQ0FBQTtJQUUxQixPQUFPLEtBQUssU0FBUyxDQUFDLENBQUMsS0FBSyxDQUMxQixVQUFzRTtRQUV0RSxNQUFNLE1BQU0sR0FBRyxJQUFJLFlBQVksQ0FBQyxPQUFPLENBQUMsQ0FBQTtRQUN4QyxJQUFJLFNBQTBCLENBQUE7UUFFOUIsSUFBSSxLQUFLLEVBQUUsU0FBUyxJQUFJLFVBQVUsRUFBRSxDQUFDO1lBQ25DLElBQUksQ0FBQztnQkFDSCxNQUFNLE1BQU0sQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUE7WUFDMUMsQ0FBQztZQUFDLE9BQU8sR0FBRyxFQUFFLENBQUM7Z0JBQ2IsSUFBSSxDQUFDLEdBQVksQ0FBQyxDQUFBO1lBQ3BCLENBQUM7UUFDSCxDQUFDO0lBQ0gsQ0FBQyxDQUFBO0FBQ0gsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsa0JBQWtCLENBQUMsVUFBK0IsRUFBRTtJQUNsRSxPQUFPLFNBQVMsQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUE7QUFDOUMsQ0FBQyJ9
;// CONCATENATED MODULE: ./node_modules/.pnpm/conventional-commits-parser@6.4.0/node_modules/conventional-commits-parser/dist/index.js



//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvaW5kZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEsY0FBYyxZQUFZLENBQUE7QUFDMUIsY0FBYyxtQkFBbUIsQ0FBQTtBQUNqQyxjQUFjLGFBQWEsQ0FBQSJ9
;// CONCATENATED MODULE: ./packages/core/src/commits/parse-commit.ts

// Conventional Commits 1.0.0 §1-§5: type, optional (scope), optional "!", then ": " and a description.
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?!?: +(\S.*)$/;
// The same with a required "!" (§8): the parser records the description as the breaking note.
const BREAKING_HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?!: +(\S.*)$/;
// git's own `git revert` message and the conventional `revert:` form both name the reverted hash.
const REVERT = /^(?:Revert|revert(?:\([^)]*\))?:)\s"?([\s\S]+?)"?\s*This reverts commit ([0-9a-f]{7,64})\b/i;
const PULL_REQUEST = /\s\(#(\d+)\)$/;
// HEADER with the "!" captured: one match tells what HEADER and BREAKING_HEADER would.
const HEADER_AND_BANG = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!?): +(\S.*)$/;
// Most commits have no breaking note and no deprecation: they share this (read-only) list.
const NONE = Object.freeze([]);
// Types and scopes repeat from commit to commit: one string for each instead of one per
// commit, a sixth fewer objects for the garbage collector to copy on a long history.
const interned = new Map();
const INTERNED_LIMIT = 4096;
function intern(text) {
    const known = interned.get(text);
    if (known !== undefined)
        return known;
    if (interned.size < INTERNED_LIMIT)
        interned.set(text, text);
    return text;
}
/**
 * One parser for the whole run. References are switched off (`issuePrefixes: undefined` makes the
 * parser's reference pattern match nothing; an empty list would match any word): the bump needs
 * none, and they cost most of the parser's time.
 */
function createParser() {
    const parser = new CommitParser_CommitParser({
        headerPattern: HEADER,
        headerCorrespondence: ['type', 'scope', 'subject'],
        breakingHeaderPattern: BREAKING_HEADER,
        noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
        revertPattern: REVERT,
        revertCorrespondence: ['header', 'hash'],
        referenceActions: undefined,
        issuePrefixes: undefined,
        fieldPattern: undefined,
    });
    // With references off, conventional-commits-parser 6 still runs its "matches nothing" pattern
    // `(?!.*)` over every line: unanchored, it reads to the end of the line from each position, so a
    // line of n characters costs n²/2 steps (100,000 characters: about 7 s; 5 MB: hours). Anchored, it
    // fails at the first position, with the same result: no reference.
    const regexes = parser.regexes;
    if (regexes?.referenceParts instanceof RegExp && regexes.referenceParts.source === '(?!.*)')
        regexes.referenceParts = MATCHES_NOTHING;
    return parser;
}
const MATCHES_NOTHING = /^(?!)/;
// Only messages that mention one of these need the full parser (footers, revert bodies); for
// the rest, the header grammar above says everything and the body is the text after it.
const NEEDS_FULL_PARSE = /BREAKING|reverts commit/i;
let sharedParser;
// A `Deprecated:` footer (Keep a Changelog's Deprecated section); found on its own line.
const DEPRECATED = /^Deprecated: *(\S.*)$/gm;
function splitMessage(text) {
    // Searching for a CR first is cheaper than a global replace over every message that has none.
    const message = (text.includes('\r') ? text.replace(/\r\n/g, '\n') : text).trim();
    const newline = message.indexOf('\n');
    return { message, newline, header: (newline === -1 ? message : message.slice(0, newline)).trim() };
}
function bodyOf(split) {
    if (split.newline === -1)
        return '';
    // As the parser does: only blank lines are trimmed around the body, not spaces. One slice
    // of the message, not a copy of the body.
    const message = split.message;
    let start = split.newline + 1;
    let end = message.length;
    while (start < end && message.charCodeAt(start) === 10)
        start++;
    while (end > start && message.charCodeAt(end - 1) === 10)
        end--;
    return message.slice(start, end);
}
function nonConventional(hash, split) {
    return { kind: 'non-conventional', hash, header: split.header, body: bodyOf(split) };
}
/** Classifies and parses one commit. Pure: the same commit always gives the same result. */
function parseCommit(raw) {
    const split = splitMessage(raw.message);
    if (raw.parents.length > 1)
        return { kind: 'merge', hash: raw.hash, header: split.header };
    if (split.message === '')
        return nonConventional(raw.hash, split);
    if (!NEEDS_FULL_PARSE.test(split.message))
        return parseHeaderOnly(raw.hash, split);
    return parseWithParser(raw.hash, split);
}
/**
 * The same as {@link parseCommit}, always through conventional-commits-parser: the reference
 * that the fast path is tested against.
 */
function parseCommitFully(raw) {
    const split = splitMessage(raw.message);
    if (raw.parents.length > 1)
        return { kind: 'merge', hash: raw.hash, header: split.header };
    if (split.message === '')
        return nonConventional(raw.hash, split);
    return parseWithParser(raw.hash, split);
}
function parseWithParser(hash, split) {
    sharedParser ??= createParser();
    const parsed = sharedParser.parse(split.message);
    const revert = parsed.revert;
    const reverts = revert?.hash ? { hash: revert.hash, header: revert.header ?? '' } : undefined;
    const type = typeof parsed.type === 'string' ? parsed.type.toLowerCase() : undefined;
    if (type === undefined) {
        // git's `Revert "feat: x"` header is not conventional, but it is a revert all the same.
        if (reverts)
            return conventional({ hash, split, type: 'revert', scope: undefined, subject: split.header, body: bodyOf(split), reverts, notes: [] });
        return nonConventional(hash, split);
    }
    // Conventional Commits §8-§9: a footer's value runs until the next footer token, which the
    // parser would otherwise append to the note (`Deprecated: …` after `BREAKING CHANGE: …`).
    const notes = parsed.notes
        .filter((note) => /^BREAKING[ -]CHANGE$/i.test(note.title))
        .map((note) => (note.text.split(/\n(?=[A-Za-z][\w-]*: |[A-Za-z][\w-]* #)/)[0] ?? '').trim());
    const subject = typeof parsed.subject === 'string' ? parsed.subject.trim() : '';
    const scope = typeof parsed.scope === 'string' && parsed.scope.trim() !== '' ? parsed.scope.trim() : undefined;
    // The body as written, footers included (the parser's own stops at the first note): a squash
    // merge's list of commits may go on past a `BREAKING CHANGE:` footer of one of them.
    return conventional({ hash, split, type, scope, subject, body: bodyOf(split), reverts, notes });
}
/** The fast path: 100,000 commits in about 30 ms instead of about 900 ms through the parser. */
function parseHeaderOnly(hash, split) {
    const match = HEADER_AND_BANG.exec(split.header);
    if (!match?.[1] || match[4] === undefined)
        return nonConventional(hash, split);
    const subject = match[4].trim();
    return conventional({
        hash,
        split,
        type: intern(match[1].toLowerCase()),
        scope: match[2]?.trim() ? intern(match[2].trim()) : undefined,
        subject,
        body: bodyOf(split),
        reverts: undefined,
        notes: match[3] === '!' ? [subject] : NONE,
    });
}
function conventional(parts) {
    const pr = parts.subject.endsWith(')') ? PULL_REQUEST.exec(parts.subject) : null;
    const { message, newline } = parts.split;
    const deprecated = newline !== -1 && message.indexOf('Deprecated:', newline + 1) !== -1;
    return {
        kind: 'conventional',
        hash: parts.hash,
        type: parts.type,
        scope: parts.scope,
        subject: parts.subject,
        header: parts.split.header,
        breaking: parts.notes.length > 0,
        breakingNotes: parts.notes,
        body: parts.body,
        reverts: parts.reverts,
        pullRequest: pr?.[1] ? Number(pr[1]) : undefined,
        deprecations: deprecated ? [...message.slice(newline + 1).matchAll(DEPRECATED)].map((m) => (m[1] ?? '').trim()) : NONE,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/git/read-history.ts

const FIELD = '\x1f';
const RECORD = '\x1e';
/** Fails with a clear message when `git.cwd` is not inside a git work tree; else says if it is shallow. */
async function assertRepository(git) {
    const result = await git.run(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'], { allowFailure: true });
    const [inside, shallow] = result.stdout.split('\n');
    if (result.exitCode !== 0 || inside !== 'true') {
        throw new FileError(git.cwd, 'not a git repository (run actions/checkout before this step)');
    }
    return { shallow: shallow === 'true' };
}
/** The commit HEAD points at, or undefined in a repository with no commits yet. */
async function readHead(git) {
    const result = await git.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
/** The current branch name, or undefined on a detached HEAD. */
async function readCurrentBranch(git) {
    const result = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
/**
 * actions/checkout fetches one commit and no tags by default. The version decision needs every
 * release tag and the history since the last one, so a shallow clone is deepened from `origin`;
 * when that is not possible the error says how to fix the workflow.
 */
async function ensureFullHistory(git, facts) {
    const shallow = facts?.shallow ?? (await git.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    if (!shallow)
        return 'complete';
    const hint = 'This is a shallow clone and its history could not be fetched. ' +
        'Set `fetch-depth: 0` on actions/checkout so that the tags and history are available.';
    try {
        await git.run(['fetch', '--quiet', '--unshallow', '--tags', 'origin'], { hint });
    }
    catch (error) {
        if (error instanceof errors_GitError)
            throw new errors_ReleaseError(`${hint}\n${error.message}`);
        throw error;
    }
    return 'fetched';
}
/** Tag names (matching `pattern`, a git glob) that are ancestors of `revision` (HEAD by default). */
async function listMergedTags(git, pattern, revision = 'HEAD') {
    // `--` and --end-of-options: a pattern or revision that starts with `-` is never read as an option.
    const result = await git.run(['tag', '--merged', revision, '--list', '--', pattern]);
    return result.stdout.split('\n').filter((line) => line !== '');
}
/** Whether a ref (tag or branch, full name) exists in the local repository. */
async function refExists(git, fullRef) {
    const result = await git.run(['show-ref', '--verify', '--quiet', fullRef], { allowFailure: true });
    return result.exitCode === 0;
}
/** Whether commit `ancestor` is `descendant` or one of its ancestors (`git merge-base --is-ancestor`). */
async function isAncestor(git, ancestor, descendant) {
    const result = await git.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], { allowFailure: true });
    if (result.exitCode === 0)
        return true;
    if (result.exitCode === 1)
        return false;
    throw new GitError(['merge-base', '--is-ancestor', ancestor, descendant], result.exitCode, result.stderr);
}
/** Resolves a revision to a commit hash, or throws naming the revision. */
async function resolveCommit(git, revision, what) {
    const result = await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { allowFailure: true });
    if (result.exitCode !== 0) {
        throw new ReleaseError(`${what} '${revision}' does not name a commit in this repository.`);
    }
    return result.stdout.trim();
}
/**
 * What git says is wrong with pathspecs (`:(bad)src`, `:(attr:)`), or undefined when it takes
 * them. Cheap enough for an error path: it lists the matching files of the index.
 */
async function pathspecProblem(git, paths) {
    const args = ['ls-files', '--cached', '--'];
    for (const path of paths)
        args.push(topPathspec(path));
    const result = await git.run(args, { allowFailure: true });
    return result.exitCode === 0 ? undefined : result.stderr.trim().replace(/^fatal: /, '') || `exit code ${result.exitCode}`;
}
// :(top) makes pathspecs relative to the repository root, whatever the working directory.
function topPathspec(path) {
    return path.startsWith(':') ? path : `:(top)${path}`;
}
/**
 * Reads the commits in a range, newest first, handing each to `map` as it streams in from
 * `git log`: git and the parsing run side by side, and only what `map` returns is kept.
 */
async function readCommits(git, range, map) {
    const revision = range.since ? `${range.since}..${range.until}` : range.until;
    const args = [
        '-c',
        'log.showSignature=false',
        'log',
        '--no-color',
        '--no-decorate',
        `--format=%H${FIELD}%P${FIELD}%B${RECORD}`,
        '--end-of-options',
        revision,
    ];
    if (range.paths && range.paths.length > 0) {
        args.push('--');
        for (const path of range.paths)
            args.push(topPathspec(path));
    }
    const commits = [];
    await git.stream(args, RECORD, (record) => {
        const text = record.startsWith('\n') ? record.slice(1) : record;
        const first = text.indexOf(FIELD);
        const second = text.indexOf(FIELD, first + 1);
        if (first === -1 || second === -1)
            return;
        const parents = text.slice(first + 1, second);
        commits.push(map({
            hash: text.slice(0, first),
            parents: parents === '' ? [] : parents.split(' '),
            message: text.slice(second + 1),
        }));
    });
    return commits;
}

;// CONCATENATED MODULE: ./packages/core/src/git/version-tags.ts




/**
 * Release tags that are ancestors of `revision`, lowest version first. Tags that don't parse,
 * carry a local part (`+build`), or float (`v1`, see {@link dropFloatingTags}) are not releases
 * and are left out.
 */
async function listVersionTags(git, prefix, revision = 'HEAD') {
    return dropFloatingTags(git, prefix, versionTagsFrom(await listMergedTags(git, `${prefix}*`, revision), prefix));
}
/**
 * Leaves out floating tags: `v1` or `v9.17` name a release line and are moved to its newest
 * release (as GitHub Actions are released, this project's own `v1` included), so they are not
 * releases and must not take the commits of the release they point at. A tag of one or two
 * release numbers floats when a final release of its line with more numbers (`v1.4.2`,
 * `v9.17.0`) is at its commit or before it; a real `23.0` released before `23.0.1` stays.
 */
async function dropFloatingTags(git, prefix, tags) {
    const candidates = tags.filter((tag) => namesLine(tag) && tags.some((other) => extendsLine(other, tag)));
    if (candidates.length === 0)
        return [...tags];
    // One walk per candidate (a few: one per major or minor line), only when there are any.
    const reachable = await Promise.all(candidates.map((tag) => listMergedTags(git, `${prefix}*`, `refs/tags/${tag.name}`)));
    const floating = new Set();
    candidates.forEach((tag, index) => {
        const before = versionTagsFrom(reachable[index] ?? [], prefix);
        if (before.some((other) => extendsLine(other, tag)))
            floating.add(tag.name);
    });
    return tags.filter((tag) => !floating.has(tag.name));
}
/** `v1`, `v9.17`: one or two release numbers and nothing else. */
function namesLine(tag) {
    const v = tag.version;
    return v.release.length <= 2 && v.pre === undefined && v.post === undefined && v.dev === undefined && v.local === undefined;
}
/** Whether `other` is a final release of `line`'s line with more release numbers: `v1.4.2` for `v1`. */
function extendsLine(other, line) {
    const a = other.version;
    const b = line.version;
    if (a.release.length <= b.release.length || a.epoch !== b.epoch || a.pre !== undefined || a.dev !== undefined)
        return false;
    return b.release.every((part, index) => a.release[index] === part);
}
/** The release tags among tag names, lowest version first. */
function versionTagsFrom(names, prefix) {
    const tags = [];
    for (const name of names) {
        const version = Pep440Version.tryParse(name.slice(prefix.length));
        // With an empty prefix, `v1.0` parses too; it belongs to a `v` prefix, not to ''.
        if (!version || version.local !== undefined || (prefix === '' && !/^\d/.test(name)))
            continue;
        tags.push({ name, version });
    }
    return tags.sort((a, b) => a.version.compare(b.version) || a.name.localeCompare(b.name));
}
/**
 * Release tags that are not ancestors of `revision` (floating ones left out), lowest version first: tags of other
 * branches, or of a release whose commit never reached this branch (a squash-merged or rebased release branch).
 */
async function listUnreachableVersionTags(git, prefix, revision = 'HEAD') {
    const result = await git.run(['tag', '--no-merged', revision, '--list', `${prefix}*`]);
    const names = result.stdout.split('\n').filter((line) => line !== '');
    return names.length === 0 ? [] : dropFloatingTags(git, prefix, versionTagsFrom(names, prefix));
}
/** The highest release tag reachable from `revision`, below `below` when given. */
async function findLatestVersionTag(git, prefix, options = {}) {
    const tags = await listVersionTags(git, prefix, options.revision);
    const below = options.below;
    const eligible = below ? tags.filter((tag) => tag.version.compare(below) < 0) : tags;
    return eligible.at(-1);
}
/**
 * Called with the documented default prefix (`v`, because neither the input nor the project's
 * release tool said otherwise) when no `v` tag is reachable from `revision`: tags that are bare versions
 * (`1.4.2`, as commitizen writes by default, or as `tag-prefix: ''` meant before it followed the
 * project) mean the project's releases would be missed: stop and say so rather than start again.
 * version-bump and changelog both ask this, so neither guesses differently from the other.
 * @throws ReleaseError naming the latest bare-version tag and the two settings that decide.
 */
async function refuseUnprefixedTags(git, revision = 'HEAD') {
    const bare = await findLatestVersionTag(git, '', { revision });
    if (bare === undefined)
        return;
    throw new errors_ReleaseError(`No release tag starts with '${DEFAULT_TAG_PREFIX}', but ${bare.name} and maybe others are versions without a prefix. ` +
        `Set tag-prefix: ${NO_TAG_PREFIX} to continue from them, or tag-prefix: ${DEFAULT_TAG_PREFIX} to start a new series of tags.`);
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/python-tokens.ts


const STRING_PREFIX = /^(?:[rRuUfFbBtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
const NUMBER = /(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)/y;
const OPERATORS = [
    ['**=', '//=', '>>=', '<<=', '...'],
    ['==', '!=', '<=', '>=', ':=', '**', '//', '->', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='],
];
function isNameStart(code) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code >= 0x80;
}
function isNamePart(code) {
    return isNameStart(code) || (code >= 48 && code <= 57);
}
/**
 * Splits Python source into the tokens the updaters need (following the lexical rules of
 * https://docs.python.org/3/reference/lexical_analysis.html): names, string literals with their
 * prefixes and triple quotes, numbers, operators and brackets. Text inside strings and comments
 * never becomes a token, so `version=` in a docstring is not a keyword argument.
 * Not handled: PEP 701 f-strings that reuse their own quote inside `{...}` (Python 3.12+).
 * Throws `FileError` with the line for an unterminated string.
 */
function tokenizePython(source, path) {
    const tokens = [];
    const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
    let pos = bom;
    let depth = 0;
    let logicalStart = true;
    const base = (start, end) => {
        const lineBegin = Math.max(bom, source.lastIndexOf('\n', start - 1) + 1, source.lastIndexOf('\r', start - 1) + 1);
        const token = { text: source.slice(start, end), start, end, depth, column: start - lineBegin, lineStart: logicalStart };
        logicalStart = false;
        return token;
    };
    const newlineLength = (at) => {
        if (source[at] === '\r')
            return source[at + 1] === '\n' ? 2 : 1;
        return source[at] === '\n' ? 1 : 0;
    };
    while (pos < source.length) {
        const ch = source[pos] ?? '';
        const code = source.charCodeAt(pos);
        const nl = newlineLength(pos);
        if (nl > 0) {
            pos += nl;
            if (depth === 0)
                logicalStart = true;
        }
        else if (ch === ' ' || ch === '\t' || ch === '\f') {
            pos++;
        }
        else if (ch === '\\' && newlineLength(pos + 1) > 0) {
            pos += 1 + newlineLength(pos + 1);
        }
        else if (ch === '#') {
            while (pos < source.length && newlineLength(pos) === 0)
                pos++;
        }
        else if (isNameStart(code)) {
            const start = pos;
            while (pos < source.length && isNamePart(source.charCodeAt(pos)))
                pos++;
            const word = source.slice(start, pos);
            if ((source[pos] === '"' || source[pos] === "'") && STRING_PREFIX.test(word)) {
                pos = readString(source, path, start, pos, base, tokens);
            }
            else {
                tokens.push({ kind: 'name', ...base(start, pos) });
            }
        }
        else if (ch === '"' || ch === "'") {
            pos = readString(source, path, pos, pos, base, tokens);
        }
        else if ((code >= 48 && code <= 57) || (ch === '.' && /\d/.test(source[pos + 1] ?? ''))) {
            NUMBER.lastIndex = pos;
            const match = NUMBER.exec(source);
            const start = pos;
            pos += match?.[0].length || 1;
            tokens.push({ kind: 'number', ...base(start, pos) });
        }
        else {
            const op = OPERATORS.flat().find((o) => source.startsWith(o, pos)) ?? ch;
            if (op === ')' || op === ']' || op === '}')
                depth = Math.max(0, depth - 1);
            tokens.push({ kind: 'op', ...base(pos, pos + op.length) });
            if (op === '(' || op === '[' || op === '{')
                depth++;
            pos += op.length;
        }
    }
    return tokens;
}
function readString(source, path, start, quoteAt, base, tokens) {
    const quote = source[quoteAt] ?? '"';
    const triple = source.startsWith(quote.repeat(3), quoteAt);
    const delimiter = triple ? quote.repeat(3) : quote;
    const bodyStart = quoteAt + delimiter.length;
    let pos = bodyStart;
    while (pos < source.length) {
        const ch = source[pos];
        // A backslash keeps the next character from closing the string, in raw strings too.
        if (ch === '\\')
            pos += source.startsWith('\r\n', pos + 1) ? 3 : 2;
        else if (source.startsWith(delimiter, pos)) {
            const end = pos + delimiter.length;
            tokens.push({
                kind: 'string',
                ...base(start, end),
                prefix: source.slice(start, quoteAt).toLowerCase(),
                triple,
                bodyStart,
                bodyEnd: pos,
            });
            return end;
        }
        else if (!triple && (ch === '\n' || ch === '\r'))
            break;
        else
            pos++;
    }
    throw new FileError(path, 'unterminated string literal', lineAt(source, start));
}
/** Prefixes whose literal is exactly the text between the quotes (no f-string, no bytes). */
const PLAIN_PREFIXES = new Set(['', 'u', 'r']);
/**
 * The one-line, plain string literal that makes up a whole expression, or `undefined` when the
 * expression is anything else (a name, a call, an f-string, two literals glued together).
 */
function plainStringLiteral(expression) {
    const [only] = expression;
    if (expression.length !== 1 || only?.kind !== 'string' || only.triple || !PLAIN_PREFIXES.has(only.prefix)) {
        return undefined;
    }
    return only;
}
/** The literal's body as a version span; `FileError` when it is empty or uses backslash escapes. */
function literalVersionSpan(source, path, literal) {
    const span = spanAt(source, literal.bodyStart, literal.bodyEnd);
    if (span.value.includes('\\')) {
        throw new FileError(path, `the version ${literal.text} uses backslash escapes; write it plainly`, span.line);
    }
    if (span.value.trim() === '')
        throw new FileError(path, 'the version is an empty string', span.line);
    return span;
}
/** The source text of an expression on one line, shortened for a notice. */
function describeExpression(source, expression) {
    const first = expression[0];
    const last = expression.at(-1);
    if (first === undefined || last === undefined)
        return '';
    const oneLine = source.slice(first.start, last.end).replace(/\s+/g, ' ');
    return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/setup-py.ts



function isSetupCall(tokens, i) {
    const name = tokens[i];
    const paren = tokens[i + 1];
    const before = tokens[i - 1];
    return (name?.kind === 'name' &&
        name.text === 'setup' &&
        paren?.kind === 'op' &&
        paren.text === '(' &&
        !(before?.kind === 'name' && before.text === 'def'));
}
/**
 * Reads `setup.py`: the `version=` keyword argument of the first `setup(...)` / `setuptools.setup(...)`
 * call that has one. A plain string literal (either quote style, any line of a multi-line call) is
 * `found`; anything else (`version=__version__`, `version=get_version()`, an f-string) is `dynamic`,
 * because the version then comes from code this updater does not run. Keywords inside nested calls
 * (`extras=dict(version=...)`) and names that merely contain "version" (`python_requires`) are ignored.
 */
function readVersion(content, path) {
    const tokens = tokenizePython(content, path);
    let firstSetup;
    for (let i = 0; i < tokens.length; i++) {
        if (!isSetupCall(tokens, i))
            continue;
        const open = tokens[i + 1];
        if (open === undefined)
            break;
        firstSetup ??= open;
        const inner = open.depth + 1;
        for (let j = i + 2; j < tokens.length; j++) {
            const arg = tokens[j];
            if (arg === undefined || arg.depth < inner)
                break;
            const before = tokens[j - 1];
            const isKeyword = arg.depth === inner &&
                arg.kind === 'name' &&
                arg.text === 'version' &&
                (before === open || (before?.text === ',' && before.depth === inner)) &&
                tokens[j + 1]?.text === '=';
            if (!isKeyword)
                continue;
            const value = [];
            for (let k = j + 2; k < tokens.length; k++) {
                const t = tokens[k];
                if (t === undefined || t.depth < inner || (t.depth === inner && t.text === ','))
                    break;
                value.push(t);
            }
            if (value.length === 0)
                throw new FileError(path, 'setup(version=) has no value', lineAt(content, arg.start));
            const literal = plainStringLiteral(value);
            if (literal !== undefined) {
                return { kind: 'found', span: literalVersionSpan(content, path, literal), field: 'setup(version=...)' };
            }
            return {
                kind: 'dynamic',
                detail: `setup(version=${describeExpression(content, value)}) at line ${lineAt(content, arg.start)}: ` +
                    'the version comes from code, not a literal',
            };
        }
    }
    if (firstSetup === undefined)
        throw new FileError(path, 'no version found: no setup(...) call');
    throw new FileError(path, 'no version found: setup(...) has no version= argument', lineAt(content, firstSetup.start));
}
/** `setup.py`: the `version="..."` argument of `setup(...)`. */
const setupPyUpdater = {
    format: 'setup.py',
    readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
};

;// CONCATENATED MODULE: ./packages/core/src/updaters/python-regex.ts
/**
 * Regular expressions written for Python's `re` (https://docs.python.org/3/library/re.html), as
 * release tools take them from their configuration (hatch's `pattern`, commitizen's
 * `version_files` `path:regex`, bump-my-version's `search` with `regex = true`), run with
 * JavaScript's RegExp. The two dialects agree on what such patterns use; the differences are
 * rewritten, and what has no equivalent is refused rather than run with another meaning.
 */
/** Thrown with what the pattern uses that cannot be run; the caller names where it was configured. */
class PythonRegexError extends Error {
    name = 'PythonRegexError';
}
const INLINE_FLAGS = { i: 'i', m: 'm', s: 's', a: '', u: '', L: '' };
/**
 * Compiles a Python pattern: leading inline flags `(?im)` become RegExp flags, `(?P<name>…)`
 * named groups `(?<name>…)`, `(?P=name)` backreferences `\k<name>`, `\A` and `\Z` the start and
 * end of the text. Verbose mode `(?x)`, conditionals `(?(1)…)` and scoped flags `(?i:…)` are
 * refused. `flags` are added to the pattern's own (`d` is always set, for group offsets).
 */
function compilePythonRegex(pattern, flags = '') {
    let source = pattern;
    const own = new Set(flags.split('').filter(Boolean));
    const leading = /^\(\?([a-zA-Z]+)\)/.exec(source);
    if (leading !== null) {
        for (const flag of leading[1] ?? '') {
            const mapped = INLINE_FLAGS[flag];
            if (mapped === undefined)
                throw new PythonRegexError(`the inline flag (?${flag}) has no JavaScript equivalent`);
            if (mapped !== '')
                own.add(mapped);
        }
        source = source.slice(leading[0].length);
    }
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const ch = source[i] ?? '';
        if (ch === '\\') {
            const next = source[i + 1] ?? '';
            i++;
            if (!inClass && next === 'A')
                out += '(?<![\\s\\S])';
            else if (!inClass && next === 'Z')
                out += '(?![\\s\\S])';
            else
                out += `\\${next}`;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            out += ch;
            continue;
        }
        if (ch === '[') {
            inClass = true;
            out += ch;
            // `[]…]` and `[^]…]`: a `]` first in a class is literal in Python.
            if (source[i + 1] === '^')
                out += source[++i] ?? '';
            if (source[i + 1] === ']') {
                out += '\\]';
                i++;
            }
            continue;
        }
        if (ch === '(' && source[i + 1] === '?') {
            const rest = source.slice(i + 2);
            if (rest.startsWith('P<')) {
                out += '(?<';
                i += 3;
                continue;
            }
            const backreference = /^P=(\w+)\)/.exec(rest);
            if (backreference !== null) {
                out += `\\k<${backreference[1] ?? ''}>`;
                i += 1 + backreference[0].length;
                continue;
            }
            if (/^[aiLmsux-]+[:)]/.test(rest) || rest.startsWith('(')) {
                throw new PythonRegexError(`the construct (?${rest.slice(0, 3)}… has no JavaScript equivalent`);
            }
        }
        out += ch;
    }
    own.add('d');
    try {
        return new RegExp(out, [...own].sort().join(''));
    }
    catch (error) {
        throw new PythonRegexError(`it is not a valid regular expression (${error.message})`);
    }
}
/** `re.escape`: the text, matched literally. */
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\\-/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/version-pattern.ts



/**
 * A version found by a regular expression, in any text file: hatch's `[tool.hatch.version] path`
 * and `pattern`, python-semantic-release's `version_variables` and (v7) `version_pattern`. Only the
 * group's bytes are replaced, wherever the pattern matched.
 */
function versionPatternUpdater(pattern) {
    const readVersion = (content, path) => {
        const spans = findSpans(content, pattern);
        const [first] = spans;
        if (first === undefined)
            throw new FileError(path, `no version found: nothing matches ${pattern.field}`);
        const empty = spans.find((span) => span.value === '');
        if (empty !== undefined)
            throw new FileError(path, `${pattern.field} matches an empty version`, empty.line);
        return { kind: 'found', span: first, ...(spans.length > 1 ? { spans } : {}), field: pattern.field };
    };
    return {
        format: pattern.field,
        readVersion,
        updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
    };
}
function findSpans(content, pattern) {
    const regex = new RegExp(pattern.regex.source, pattern.regex.flags.replace('g', '') + (pattern.all ? 'g' : ''));
    const matches = pattern.all ? [...content.matchAll(regex)] : [regex.exec(content)].filter((m) => m !== null);
    const spans = [];
    for (const match of matches) {
        const indices = typeof pattern.group === 'number' ? match.indices?.[pattern.group] : match.indices?.groups?.[pattern.group];
        if (indices !== undefined)
            spans.push(spanAt(content, indices[0], indices[1]));
    }
    return spans;
}
/**
 * Compiles a pattern written for Python's `re`, naming `where` it was configured when it cannot be
 * run, or has no group to take the version from.
 */
function compileVersionPattern(source, options) {
    let regex;
    try {
        regex = compilePythonRegex(source, options.flags);
    }
    catch (error) {
        if (error instanceof PythonRegexError)
            throw new FileError(options.where, `the pattern ${JSON.stringify(source)}: ${error.message}`);
        throw error;
    }
    const probe = new RegExp(`${regex.source}|`, regex.flags).exec('');
    const hasGroup = typeof options.group === 'number' ? (probe?.length ?? 0) > options.group : options.group in (probe?.groups ?? {});
    if (!hasGroup) {
        throw new FileError(options.where, `the pattern ${JSON.stringify(source)} has no group ${typeof options.group === 'number' ? options.group : `named ${options.group}`} for the version`);
    }
    return { regex, group: options.group, all: options.all, field: options.field };
}
/**
 * A version as release tools write it: digits first, then PEP 440 or SemVer parts (`1!2.0rc1.post3`,
 * `1.2.3-rc.1+build.5`); a trailing `.` or `-` is not taken.
 */
const VERSION_TEXT = String.raw `\d+(?:[.!]\d+)*(?:[-_.+]?[0-9A-Za-z]+)*`;
/**
 * python-semantic-release's `version_variables` entry `path:variable`: the variable's name
 * (optionally quoted, not preceded by a word character, `.` or `-`), then `=`, `:`, `:=` or `@`,
 * then the version, optionally quoted, wherever it appears in the file, each match rewritten.
 * This is v9's rule (src/semantic_release/version/declarations/pattern.py, documented in
 * docs/configuration.rst "version_variables", v9.21.0), which matches everything v7's
 * (`NAME *[:=] *["']VERSION["']`, semantic_release/history/__init__.py v7.34.6) and v8's
 * (quotes required) did. `prefix` is the tag prefix for v9.20's `:tf` entries (`newTag: v1.2.3`).
 */
function versionVariablePattern(variable, prefix = '') {
    const name = escapeRegex(variable);
    // With a prefix the group takes it too, as PSR's does: the place holds the whole tag.
    const source = String.raw `(['"])?(?<![\w.-])${name}\1?\s*(?::=|[:=@])\s*(['"])?(?<version>${escapeRegex(prefix)}${VERSION_TEXT})\2?`;
    return { regex: new RegExp(source, 'dgm'), group: 'version', all: true, field: `${variable} (python-semantic-release's pattern)` };
}
/** The version text a pattern such as PSR 7's `version_pattern` `{version}` placeholder stands for. */
const VERSION_TEXT_PATTERN = VERSION_TEXT;

;// CONCATENATED MODULE: ./packages/core/src/version-sources/locate-version.ts






/** Sources for files named in the `version-files` input: each found by its name. */
function explicitVersionLocation(paths) {
    return {
        kind: 'files',
        tool: 'version-files',
        where: 'the version-files input',
        sources: paths.map((path) => ({ paths: [path], locator: { kind: 'by-name' }, origin: 'version-files' })),
        notes: [],
    };
}
/**
 * Finds where the version lives, the way the project already told its tools, from the config files
 * alone (pure). The release tools first, in the order python-semantic-release, commitizen,
 * bump-my-version (a project configures one; the others, if any, are named in a note); then the
 * build backend: hatch's `[tool.hatch.version]`, pdm's `[tool.pdm.version]`, setuptools' `attr:` /
 * `file:`, a version from git tags (setuptools-scm, hatch-vcs, versioningit,
 * poetry-dynamic-versioning, setuptools-git-versioning), `[tool.poetry].version`,
 * `[project].version`, flit's module `__version__`, setup.cfg's `[metadata] version`, setup.py's
 * `setup(version=...)`.
 */
function locateVersion(files) {
    const tools = [
        fromSemanticRelease(readSemanticReleaseConfig(files)),
        fromCommitizen(files, readCommitizenConfig(files)),
        fromBumpversion(files, readBumpversionConfig(files)),
    ].filter((found) => found !== undefined);
    const chosen = tools.find((tool) => tool.location !== undefined);
    const others = tools.filter((tool) => tool !== chosen);
    const notes = [
        ...tools.flatMap((tool) => tool.notes),
        ...(chosen === undefined ? [] : others.map((tool) => `${tool.name} is configured too (${tool.where}); ${chosen.name}'s settings are followed.`)),
    ];
    const location = chosen?.location ?? fromBuildBackend(files);
    // A static [project].version the release tool never touched stays as it was: say so, it is easy to miss.
    const staticVersion = asTable(pyprojectOf(files)?.project)?.version;
    if (chosen !== undefined && location.kind === 'files' && typeof staticVersion === 'string' && !location.sources.some((s) => s.paths.includes('pyproject.toml'))) {
        notes.push(`pyproject.toml's [project].version (${staticVersion}) is not among the places ${location.tool} updates (${location.where}); it is left as it is.`);
    }
    return { ...location, notes: [...notes, ...location.notes] };
}
/** `path:rest` as python-semantic-release splits it (on the first colon; v9.20's third part is the stamp). */
function splitDefinition(entry, file, setting) {
    const [path = '', name = '', stamp, ...extra] = entry.split(':');
    if (path === '' || name === '' || extra.length > 0 || (stamp !== undefined && stamp !== 'nf' && stamp !== 'tf')) {
        throw new FileError(file, `${setting} entry ${JSON.stringify(entry)} is not path:name (or path:name:nf / path:name:tf)`);
    }
    return { path, name, stampsTag: stamp === 'tf' };
}
/**
 * python-semantic-release: `version_toml` (v7: a string, v8+: a list, `path:dotted.key`),
 * `version_variables` (v8+: a list of `path:variable`), v7's `version_variable` (a string, comma
 * separated, or a list) and `version_pattern` (`path:regex`), docs/configuration.rst at v7.34.6,
 * v8.7.2 and v9.21.0. v7's `version_source = "tag_only"` writes no file.
 */
function fromSemanticRelease(config) {
    if (config === undefined)
        return undefined;
    const name = 'python-semantic-release';
    const { settings, where, file } = config;
    const keys = new Set();
    if (settings.version_source === 'tag_only') {
        return { name, where, notes: [], location: { kind: 'vcs', tool: name, where: `version_source = "tag_only" in ${where}`, notes: [] } };
    }
    const sources = [];
    for (const entry of stringList(settings.version_toml)) {
        const { path, name: key, stampsTag } = splitDefinition(entry, file, 'version_toml');
        keys.add('version_toml');
        sources.push({ paths: [path], locator: { kind: 'toml-key', key: key.split('.') }, origin: `version_toml in ${where}`, stampsTag });
    }
    for (const setting of ['version_variables', 'version_variable']) {
        for (const entry of stringList(settings[setting])) {
            const { path, name: variable, stampsTag } = splitDefinition(entry, file, setting);
            keys.add(setting);
            sources.push({ paths: [path], locator: { kind: 'variable', name: variable }, origin: `${setting} in ${where}`, stampsTag });
        }
    }
    for (const entry of stringList(settings.version_pattern)) {
        // v7: "README.rst:VERSION {version}"; `{version}` stands for the version, else the first group is it.
        const colon = entry.indexOf(':');
        if (colon < 1)
            throw new FileError(file, `version_pattern entry ${JSON.stringify(entry)} is not path:regex`);
        const path = entry.slice(0, colon);
        const pattern = entry.slice(colon + 1);
        const named = pattern.includes('{version}');
        keys.add('version_pattern');
        sources.push({
            paths: [path],
            locator: {
                kind: 'pattern',
                pattern: named ? pattern.replaceAll('{version}', `(?P<version>${VERSION_TEXT_PATTERN})`) : pattern,
                flags: 'm',
                group: named ? 'version' : 1,
                all: true,
                field: `version_pattern ${JSON.stringify(pattern)}`,
            },
            origin: `version_pattern in ${where}`,
        });
    }
    if (sources.length === 0)
        return { name, where, notes: [], location: undefined };
    return { name, where, notes: [], location: { kind: 'files', tool: name, where: `${[...keys].join(', ')} in ${where}`, sources: dedupe(sources), notes: [] } };
}
/**
 * commitizen: the `version_provider` (docs/config/version_provider.md, v4.17.0) holds the current
 * version, and `version_files` (`path` or `path:regex`, globs allowed: docs/config/bump.md) are
 * updated with it. `commitizen` (the default) keeps it in the config file's `version`; `pep621` in
 * `[project].version`; `poetry` in `[tool.poetry].version`; `uv` in `[project].version` and
 * `uv.lock`; `npm` in package.json (and its lock files); `scm` in git tags only.
 */
function fromCommitizen(files, config) {
    if (config === undefined)
        return undefined;
    const name = 'commitizen';
    const { settings, where, file } = config;
    const provider = typeof settings.version_provider === 'string' ? settings.version_provider : 'commitizen';
    const origin = `version_provider = "${provider}" in ${where}`;
    const primary = [];
    let vcs = false;
    const notes = [];
    switch (provider) {
        case 'commitizen': {
            const locator = config.format === 'toml' ? { kind: 'toml-key', key: config.versionKey } : { kind: config.format === 'json' ? 'json-key' : 'yaml-key', key: config.versionKey };
            if (typeof settings.version === 'string' || typeof settings.version === 'number') {
                primary.push({ paths: [file], locator, origin: `version in ${where}` });
            }
            else {
                notes.push(`commitizen's version provider is "commitizen" but ${where} has no version; it is looked for elsewhere.`);
            }
            break;
        }
        case 'pep621':
            primary.push({ paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] }, origin });
            break;
        case 'poetry':
            primary.push({ paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['tool', 'poetry', 'version'] }, origin });
            break;
        case 'uv': {
            const project = locate_version_text(at(pyprojectOf(files), 'project', 'name')) ?? '';
            if (project === '')
                throw new FileError('pyproject.toml', `${origin} needs [project].name to find the package in uv.lock`);
            primary.push({ paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] }, origin });
            primary.push({ paths: ['uv.lock'], locator: { kind: 'uv-lock', name: project }, origin, skipIfMissing: true });
            break;
        }
        case 'npm':
            primary.push({ paths: ['package.json'], locator: { kind: 'json-key', key: ['version'] }, origin });
            for (const lock of ['package-lock.json', 'npm-shrinkwrap.json']) {
                primary.push({ paths: [lock], locator: { kind: 'json-key', key: ['version'] }, origin, skipIfMissing: true });
                primary.push({ paths: [lock], locator: { kind: 'json-key', key: ['packages', '', 'version'] }, origin, skipIfMissing: true, skipIfNoVersion: true });
            }
            break;
        case 'scm':
            vcs = true;
            break;
        default:
            throw new FileError(file, `${origin}: version-bump does not know where that provider keeps the version; name the files in version-files`);
    }
    const versionFiles = stringList(settings.version_files).map((entry) => {
        const colon = entry.indexOf(':');
        const path = colon === -1 ? entry : entry.slice(0, colon);
        const line = colon === -1 ? undefined : entry.slice(colon + 1);
        return { paths: [path], ...(isGlob(path) ? { glob: { exclude: [] } } : {}), locator: { kind: 'lines', line }, origin: `version_files in ${where}` };
    });
    const sources = [...primary, ...versionFiles];
    if (vcs && versionFiles.length === 0)
        return { name, where, notes, location: { kind: 'vcs', tool: name, where: origin, notes: [] } };
    if (sources.length === 0)
        return { name, where, notes, location: undefined };
    return { name, where, notes, location: { kind: 'files', tool: name, where: primary[0]?.origin ?? (vcs ? origin : `version_files in ${where}`), sources, notes: [] } };
}
/**
 * bump-my-version / bumpversion: `current_version` in its config file (rewritten there), the
 * `[project].version` of pyproject.toml when the config lives there and the version is static
 * (bumpversion/config/files.py `update_config_file`, v1.3), and each file entry with its
 * `search` / `replace` (or `key_path` for data files).
 */
function fromBumpversion(files, config) {
    if (config === undefined)
        return undefined;
    // The INI format is the older bumpversion's (bump-my-version still reads it); TOML is bump-my-version's own.
    const name = config.format === 'ini' ? 'bumpversion' : 'bump-my-version';
    const { where } = config;
    const sources = [];
    if (config.currentVersion !== undefined) {
        sources.push({
            paths: [config.file],
            locator: config.format === 'ini' ? { kind: 'ini-option', section: 'bumpversion', option: 'current_version' } : { kind: 'toml-key', key: ['tool', 'bumpversion', 'current_version'] },
            origin: `current_version in ${where}`,
        });
    }
    const project = asTable(pyprojectOf(files)?.project);
    if (config.file === 'pyproject.toml' && typeof project?.version === 'string') {
        sources.push({ paths: ['pyproject.toml'], locator: { kind: 'toml-key', key: ['project', 'version'] }, origin: `[project].version, which bump-my-version keeps equal to current_version` });
    }
    for (const entry of config.files) {
        const path = entry.filename ?? entry.glob;
        if (path === undefined)
            throw new FileError(config.file, `${entry.where} names neither a filename nor a glob`);
        const locator = entry.keyPath === undefined ? { kind: 'search', search: entry.search, replace: entry.replace, regex: entry.regex } : dataFileLocator(path, entry.keyPath, entry.where, config.file);
        sources.push({
            paths: [path],
            ...(entry.filename === undefined ? { glob: { exclude: entry.globExclude } } : {}),
            locator,
            origin: entry.where,
            ...(entry.ignoreMissingFile ? { skipIfMissing: true } : {}),
            ...(entry.ignoreMissingVersion ? { skipIfNoVersion: true } : {}),
        });
    }
    const notes = config.customFormat ? [`${name}'s parse / serialize (${where}) are not followed: the version is written as version-scheme says.`] : [];
    if (sources.length === 0)
        return { name, where, notes, location: undefined };
    return { name, where, notes, location: { kind: 'files', tool: name, where: sources[0]?.origin ?? where, sources, notes: [] } };
}
function dataFileLocator(path, keyPath, where, configFile) {
    const key = keyPath.split('.');
    if (/\.toml$/i.test(path))
        return { kind: 'toml-key', key };
    if (/\.json$/i.test(path))
        return { kind: 'json-key', key };
    if (/\.ya?ml$/i.test(path))
        return { kind: 'yaml-key', key };
    throw new FileError(configFile, `${where}: key_path works on TOML, JSON and YAML files, not ${path}`);
}
/** hatch's default `pattern` for `[tool.hatch.version] path` (hatchling/version/core.py `DEFAULT_PATTERN`). */
const HATCH_DEFAULT_PATTERN = String.raw `(?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2`;
function fromBuildBackend(files) {
    const doc = pyprojectOf(files);
    const project = asTable(doc?.project);
    const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version');
    const staticVersion = project?.version !== undefined;
    const found = (tool, where, sources) => ({ kind: 'files', tool, where, sources, notes: [] });
    const vcs = (tool, where) => ({ kind: 'vcs', tool, where, notes: [] });
    if (!staticVersion) {
        const hatch = fromHatch(doc);
        if (hatch !== undefined)
            return hatch;
        const pdm = asTable(at(doc, 'tool', 'pdm', 'version'));
        if (pdm?.source === 'scm')
            return vcs('pdm-backend', 'source = "scm" in [tool.pdm.version] in pyproject.toml');
        if (pdm?.source === 'file' && typeof pdm.path === 'string') {
            // pdm-backend docs/metadata.md: the file "MUST contain a line like" `__version__ = "0.1.0"`.
            const where = 'path in [tool.pdm.version] in pyproject.toml';
            return found('pdm-backend', where, [{ paths: [pdm.path], locator: { kind: 'python-attribute', name: '__version__' }, origin: where }]);
        }
        const setuptools = fromSetuptools(files, doc, dynamic || project === undefined);
        if (setuptools !== undefined)
            return setuptools;
        const fromTags = vcsTool(doc, dynamic);
        if (fromTags !== undefined)
            return vcs(fromTags.tool, fromTags.where);
    }
    const poetryVersion = at(doc, 'tool', 'poetry', 'version');
    if (!staticVersion && typeof poetryVersion === 'string') {
        return found('poetry', '[tool.poetry].version in pyproject.toml', [{ paths: ['pyproject.toml'], locator: { kind: 'by-name' }, origin: '[tool.poetry].version in pyproject.toml' }]);
    }
    if (staticVersion) {
        return found('PEP 621', '[project].version in pyproject.toml', [{ paths: ['pyproject.toml'], locator: { kind: 'by-name' }, origin: '[project].version in pyproject.toml' }]);
    }
    const backend = at(doc, 'build-system', 'build-backend');
    if (dynamic && typeof backend === 'string' && backend.startsWith('flit_core')) {
        const module = (locate_version_text(at(doc, 'tool', 'flit', 'module', 'name')) ?? locate_version_text(project?.name) ?? '').replaceAll('-', '_');
        if (module !== '') {
            // flit_core/common.py `Module`: the package or module at the root or under src/.
            const base = module.replaceAll('.', '/');
            const where = `dynamic version with build-backend ${backend} in pyproject.toml`;
            return found('flit', where, [
                { paths: [`${base}/__init__.py`, `${base}.py`, `src/${base}/__init__.py`, `src/${base}.py`], locator: { kind: 'python-attribute', name: '__version__' }, origin: where },
            ]);
        }
    }
    const metadata = iniOf(files, 'setup.cfg')?.sections.get('metadata')?.options.get('version');
    if (!dynamic && metadata !== undefined) {
        return found('setuptools', '[metadata] version in setup.cfg', [{ paths: ['setup.cfg'], locator: { kind: 'by-name' }, origin: '[metadata] version in setup.cfg' }]);
    }
    const setupPy = files.get('setup.py');
    const setupPyRead = setupPy === undefined || dynamic ? undefined : tryRead(() => setupPyUpdater.readVersion(setupPy, 'setup.py'));
    if (setupPyRead?.kind === 'found') {
        return found('setuptools', 'setup(version=...) in setup.py', [{ paths: ['setup.py'], locator: { kind: 'by-name' }, origin: 'setup(version=...) in setup.py' }]);
    }
    return notFound(files, doc, dynamic, setupPyRead?.kind === 'dynamic' ? setupPyRead.detail : undefined);
}
function fromHatch(doc) {
    const hatch = asTable(at(doc, 'tool', 'hatch', 'version'));
    if (hatch === undefined)
        return undefined;
    const table = '[tool.hatch.version] in pyproject.toml';
    const source = typeof hatch.source === 'string' ? hatch.source : 'regex';
    if (source === 'vcs')
        return { kind: 'vcs', tool: 'hatch-vcs', where: `source = "vcs" in ${table}`, notes: [] };
    if (source === 'regex' && typeof hatch.path === 'string') {
        // hatchling/version/source/regex.py reads the first match of `pattern` (default DEFAULT_PATTERN), multiline.
        const pattern = typeof hatch.pattern === 'string' ? hatch.pattern : HATCH_DEFAULT_PATTERN;
        const where = `path in ${table}`;
        return {
            kind: 'files',
            tool: 'hatch',
            where,
            sources: [{ paths: [hatch.path], locator: { kind: 'pattern', pattern, flags: 'm', group: 'version', all: false, field: typeof hatch.pattern === 'string' ? `hatch's pattern` : `__version__ (hatch's default pattern)` }, origin: where }],
            notes: [],
        };
    }
    if (source !== 'regex') {
        throw new FileError('pyproject.toml', `source = "${source}" in ${table}: hatch computes the version in a way version-bump cannot write back; name the file in version-files`);
    }
    return undefined;
}
/**
 * setuptools' `attr:` / `file:` (https://setuptools.pypa.io/en/latest/userguide/declarative_config.html
 * and pyproject_config.html `[tool.setuptools.dynamic]`). `attr: pkg.mod.NAME` is `NAME` in
 * `pkg/mod.py` or `pkg/mod/__init__.py`, under the `package-dir` / `package_dir` root, else at the
 * root or in `src/` (what setuptools' auto-discovery finds).
 */
function fromSetuptools(files, doc, applies) {
    if (!applies)
        return undefined;
    const dynamicVersion = asTable(at(doc, 'tool', 'setuptools', 'dynamic', 'version'));
    const cfg = iniOf(files, 'setup.cfg');
    const cfgVersion = cfg?.sections.get('metadata')?.options.get('version')?.value;
    let attr;
    let file;
    let where;
    let configFile;
    if (dynamicVersion !== undefined) {
        attr = typeof dynamicVersion.attr === 'string' ? dynamicVersion.attr : undefined;
        file = dynamicVersion.file;
        configFile = 'pyproject.toml';
        where = '[tool.setuptools.dynamic] version in pyproject.toml';
    }
    else if (cfgVersion !== undefined && /^(attr|file):/.test(cfgVersion)) {
        const [kind, target = ''] = cfgVersion.split(/:\s*/, 2);
        if (kind === 'attr')
            attr = target.trim();
        else
            file = target;
        configFile = 'setup.cfg';
        where = '[metadata] version in setup.cfg';
    }
    else {
        return undefined;
    }
    if (attr !== undefined) {
        const parts = attr.split('.').map((part) => part.trim());
        const name = parts.pop() ?? '';
        if (parts.length === 0 || name === '')
            throw new FileError(configFile, `attr: ${attr} must name a module and an attribute, e.g. attr: pkg.__version__`);
        const paths = modulePaths(doc, cfg?.sections.get('options')?.options.get('package_dir')?.value, parts);
        return { kind: 'files', tool: 'setuptools', where: `attr: ${attr} (${where})`, sources: [{ paths, locator: { kind: 'python-attribute', name }, origin: `attr: ${attr} (${where})` }], notes: [] };
    }
    const targets = stringList(file);
    if (targets.length !== 1)
        throw new FileError(configFile, `version = file: must name one file to be rewritten, not ${targets.length}`);
    const target = targets[0] ?? '';
    return { kind: 'files', tool: 'setuptools', where: `file: ${target} (${where})`, sources: [{ paths: [target], locator: { kind: 'whole-file' }, origin: `file: ${target} (${where})` }], notes: [] };
}
/**
 * The files a module may be, by setuptools' package-dir rules: its top-level package's own
 * `package-dir` entry (`pkg = "lib/pkg"`), else the `""` root (`"" = "src"`, setup.cfg's
 * `package_dir = =src`), else the root and `src/` (what auto-discovery finds).
 */
function modulePaths(doc, cfgPackageDir, parts) {
    const mapping = new Map();
    for (const [key, value] of Object.entries(asTable(at(doc, 'tool', 'setuptools', 'package-dir')) ?? {})) {
        if (typeof value === 'string')
            mapping.set(key, value);
    }
    for (const line of (cfgPackageDir ?? '').split('\n')) {
        const eq = line.indexOf('=');
        if (eq !== -1)
            mapping.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    const dir = (path) => (path === '' ? '' : `${path.replace(/\/+$/, '')}/`);
    const [top = '', ...rest] = parts;
    const own = mapping.get(top);
    const bases = own !== undefined ? [dir(own) + rest.join('/')] : (mapping.has('') ? [dir(mapping.get('') ?? '')] : ['', 'src/']).map((root) => root + parts.join('/'));
    return bases.flatMap((base) => [`${base.replace(/\/$/, '')}.py`, `${base.replace(/\/$/, '')}/__init__.py`]);
}
/** A version that comes from git tags at build time: the tool, and the setting that says so. */
function vcsTool(doc, dynamic) {
    const requires = stringList(at(doc, 'build-system', 'requires')).map((r) => r.toLowerCase());
    const requiresAny = (...names) => requires.some((r) => names.some((name) => new RegExp(`^${name}(?![\\w.-])`).test(r)));
    if (at(doc, 'tool', 'poetry-dynamic-versioning', 'enable') === true) {
        return { tool: 'poetry-dynamic-versioning', where: 'enable = true in [tool.poetry-dynamic-versioning] in pyproject.toml' };
    }
    if (!dynamic)
        return undefined;
    if (at(doc, 'tool', 'setuptools_scm') !== undefined)
        return { tool: 'setuptools-scm', where: '[tool.setuptools_scm] in pyproject.toml' };
    if (requiresAny('setuptools[-_]scm'))
        return { tool: 'setuptools-scm', where: 'setuptools-scm in [build-system] requires in pyproject.toml' };
    if (at(doc, 'tool', 'versioningit') !== undefined)
        return { tool: 'versioningit', where: '[tool.versioningit] in pyproject.toml' };
    if (requiresAny('versioningit'))
        return { tool: 'versioningit', where: 'versioningit in [build-system] requires in pyproject.toml' };
    if (at(doc, 'tool', 'setuptools-git-versioning', 'enabled') === true) {
        return { tool: 'setuptools-git-versioning', where: 'enabled = true in [tool.setuptools-git-versioning] in pyproject.toml' };
    }
    return undefined;
}
function notFound(files, doc, dynamic, setupPyDetail) {
    const has = (path) => files.has(path);
    const project = has('pyproject.toml') || has('setup.cfg') || has('setup.py');
    const looked = [
        `pyproject.toml${has('pyproject.toml') ? '' : ' (absent)'}: [tool.semantic_release] version_toml / version_variables, [tool.commitizen], [tool.bumpversion], [tool.hatch.version], [tool.pdm.version], [tool.setuptools.dynamic], [tool.poetry].version, [project].version${dynamic ? ' (listed in dynamic, but nothing above says where it comes from)' : ''}`,
        `setup.cfg${has('setup.cfg') ? '' : ' (absent)'}: [semantic_release], [bumpversion], [metadata] version`,
        `setup.py${has('setup.py') ? '' : ' (absent)'}: setup(version=...)${setupPyDetail === undefined ? '' : ` (${setupPyDetail})`}`,
        `.bumpversion.cfg, .bumpversion.toml, .cz.toml, cz.toml, .cz.json, cz.json, .cz.yaml, cz.yaml${['.bumpversion.cfg', '.bumpversion.toml', '.cz.toml', 'cz.toml', '.cz.json', 'cz.json', '.cz.yaml', 'cz.yaml'].some(has) ? '' : ' (absent)'}`,
    ];
    const name = locate_version_text(asTable(doc?.project)?.name) ?? iniOf(files, 'setup.cfg')?.sections.get('metadata')?.options.get('name')?.value ?? 'your_package';
    const module = name.replace(/[-.]+/g, '_').toLowerCase();
    return { kind: 'none', project, looked, fix: `version-files: src/${module}/__init__.py`, notes: [] };
}
function locate_version_text(value) {
    return typeof value === 'string' ? value : undefined;
}
function tryRead(read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof FileError)
            return undefined;
        throw error;
    }
}
function isGlob(path) {
    return /[*?[]/.test(path);
}
/** The same file and locator named twice (v7 and v8 keys side by side) is one source. */
function dedupe(sources) {
    const seen = new Set();
    return sources.filter((source) => {
        const key = JSON.stringify([source.paths, source.locator, source.stampsTag ?? false]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/package-json.ts


const package_json_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})/y;
function fail(c, what) {
    throw new FileError(c.path, `not valid JSON: ${what}`, lineAt(c.src, c.pos));
}
function skipWhitespace(c) {
    // RFC 8259 section 2: ws = space, horizontal tab, line feed, carriage return.
    while (' \t\n\r'.includes(c.src[c.pos] ?? 'x'))
        c.pos++;
}
function expect(c, char) {
    if (c.src[c.pos] !== char)
        fail(c, `expected '${char}'`);
    c.pos++;
}
function package_json_readString(c) {
    expect(c, '"');
    for (;;) {
        const ch = c.src[c.pos];
        if (ch === undefined)
            fail(c, 'unterminated string');
        if (ch === '"')
            break;
        if (ch === '\\') {
            ESCAPE.lastIndex = c.pos;
            const escape = ESCAPE.exec(c.src);
            if (escape === null)
                fail(c, 'bad escape sequence');
            c.pos += escape[0].length;
        }
        else if (ch.charCodeAt(0) < 0x20) {
            fail(c, 'control character in a string');
        }
        else
            c.pos++;
    }
    c.pos++;
}
/** Reads one value; object members are recorded under `at` (undefined inside arrays: never a version's place). */
function readValue(c, at) {
    skipWhitespace(c);
    const ch = c.src[c.pos];
    if (ch === '"')
        return package_json_readString(c);
    if (ch === '{')
        return readContainer(c, '}', () => readMember(c, at));
    if (ch === '[')
        return readContainer(c, ']', () => readValue(c, undefined));
    for (const literal of ['true', 'false', 'null']) {
        if (c.src.startsWith(literal, c.pos)) {
            c.pos += literal.length;
            return;
        }
    }
    package_json_NUMBER.lastIndex = c.pos;
    const number = package_json_NUMBER.exec(c.src);
    if (number === null)
        fail(c, ch === undefined ? 'unexpected end of file' : `unexpected '${ch}'`);
    c.pos += number[0].length;
}
function readMember(c, at) {
    const keyStart = c.pos;
    package_json_readString(c);
    const key = JSON.parse(c.src.slice(keyStart, c.pos));
    skipWhitespace(c);
    expect(c, ':');
    skipWhitespace(c);
    const valueStart = c.pos;
    const isString = c.src[c.pos] === '"';
    const path = at === undefined ? undefined : [...at, key];
    readValue(c, path);
    if (path !== undefined)
        c.members.push({ path, key, keyStart, valueStart, valueEnd: c.pos, isString });
}
/** `{...}` or `[...]`: items separated by commas, no trailing comma (JSON is not JSON5). */
function readContainer(c, close, readItem) {
    c.pos++;
    skipWhitespace(c);
    if (c.src[c.pos] === close) {
        c.pos++;
        return;
    }
    for (;;) {
        skipWhitespace(c);
        readItem();
        skipWhitespace(c);
        if (c.src[c.pos] === close)
            break;
        expect(c, ',');
    }
    c.pos++;
}
/**
 * Walks the whole document (RFC 8259 grammar) and returns every object member outside arrays, with
 * its key path: offsets come from the structure, so a `"version"` nested in `dependencies` or
 * written inside another string can never be taken for the package's own.
 */
function scanMembers(content, path) {
    const c = { src: content, path, pos: content.charCodeAt(0) === 0xfeff ? 1 : 0, members: [] };
    skipWhitespace(c);
    if (c.src[c.pos] !== '{')
        fail(c, 'the file must hold a JSON object');
    readValue(c, []);
    skipWhitespace(c);
    if (c.pos < c.src.length)
        fail(c, 'text after the top-level object');
    return c.members;
}
/**
 * The string at one key path of a JSON file (`["version"]` in package.json, `["commitizen", "version"]`
 * in commitizen's `.cz.json`), checked against `JSON.parse`.
 */
function readJsonString(content, path, keyPath) {
    const field = keyPath.map((key) => JSON.stringify(key)).join('.');
    const versions = scanMembers(content, path).filter((m) => m.path.length === keyPath.length && m.path.every((key, i) => key === keyPath[i]));
    const [member, duplicate] = versions;
    if (member === undefined)
        throw new FileError(path, `no version found: expected ${keyPath.length === 1 ? 'a top-level ' : ''}${field}`);
    const line = lineAt(content, member.keyStart);
    if (duplicate !== undefined) {
        throw new FileError(path, `${field} appears twice${keyPath.length === 1 ? ' at the top level' : ''} (lines ${line} and ${lineAt(content, duplicate.keyStart)})`, line);
    }
    if (!member.isString)
        throw new FileError(path, `${field} must be a string`, line);
    const span = spanAt(content, member.valueStart + 1, member.valueEnd - 1);
    // Cross-check with the real parser: the raw bytes must be the value (no escapes).
    let parsed = JSON.parse(content.replace(/^\uFEFF/, ''));
    for (const key of keyPath)
        parsed = parsed?.[key];
    if (parsed !== span.value)
        throw new FileError(path, `${field} is written with escape sequences; write it plainly`, line);
    if (span.value === '')
        throw new FileError(path, `${field} is empty`, line);
    return { kind: 'found', span, field: keyPath.join('.') };
}
function package_json_readVersion(content, path) {
    return readJsonString(content, path, ['version']);
}
/** The string at one key path of any JSON file, only its bytes replaced. */
function jsonKeyUpdater(keyPath) {
    const read = (content, path) => readJsonString(content, path, keyPath);
    return {
        format: `JSON ${keyPath.join('.')}`,
        readVersion: read,
        updateContent: (content, newVersion, path) => replaceVersion({ readVersion: read }, content, newVersion, path),
    };
}
/** `package.json`: the top-level `"version"`. */
const packageJsonUpdater = {
    format: 'package.json',
    readVersion: package_json_readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion: package_json_readVersion }, content, newVersion, path),
};

;// CONCATENATED MODULE: ./packages/core/src/updaters/plain-version-file.ts


/**
 * Reads a `VERSION` / `VERSION.txt` file: the whole content, less surrounding whitespace (and a
 * leading BOM), is the version. What surrounds it (a trailing newline, CRLF) is kept as is.
 */
function plain_version_file_readVersion(content, path) {
    const start = content.length - content.replace(/^\uFEFF?\s*/, '').length;
    const end = content.replace(/\s*$/, '').length;
    if (end <= start)
        throw new FileError(path, 'no version found: the file is empty');
    const span = spanAt(content, start, end);
    const gap = /\s+/.exec(span.value);
    if (gap !== null) {
        const extra = start + gap.index + gap[0].length;
        const line = spanAt(content, extra, extra).line;
        throw new FileError(path, `expected only a version, found more text: ${JSON.stringify(span.value)}`, line);
    }
    return { kind: 'found', span, field: 'the whole file' };
}
/** `VERSION` / `VERSION.txt`: a file holding only the version. */
const plainVersionFileUpdater = {
    format: 'VERSION',
    readVersion: plain_version_file_readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion: plain_version_file_readVersion }, content, newVersion, path),
};

;// CONCATENATED MODULE: ./packages/core/src/updaters/toml-entries.ts


/**
 * Lists every key/value in a TOML document with offsets. The document must already have been
 * validated (smol-toml's `parse`): this scanner follows TOML 1.0's grammar (https://toml.io/en/v1.0.0)
 * far enough to skip strings (all four kinds), arrays, inline tables and comments correctly, so a
 * `version = ...` inside a multi-line string or another table is never mistaken for the real one.
 */
function scanTomlEntries(content, path) {
    const c = { src: content, path, pos: content.charCodeAt(0) === 0xfeff ? 1 : 0, table: 0, entries: [] };
    let table = [];
    let tableInArray = false;
    const arrayTables = [];
    for (;;) {
        skipTrivia(c, true);
        if (c.pos >= c.src.length)
            return c.entries;
        if (c.src[c.pos] === '[') {
            const isArray = c.src[c.pos + 1] === '[';
            c.table++;
            c.pos += isArray ? 2 : 1;
            table = readKey(c);
            skipTrivia(c, false);
            toml_entries_expect(c, isArray ? ']]' : ']');
            if (isArray)
                arrayTables.push(table);
            tableInArray = arrayTables.some((prefix) => startsWithPath(table, prefix));
        }
        else {
            readKeyValue(c, table, tableInArray);
        }
        // The rest of the line holds only whitespace and a comment; skipTrivia takes it.
    }
}
function startsWithPath(path, prefix) {
    return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
function toml_entries_fail(c, what) {
    throw new FileError(c.path, `cannot scan the TOML here: ${what}`, lineAt(c.src, c.pos));
}
function toml_entries_expect(c, text) {
    if (!c.src.startsWith(text, c.pos))
        toml_entries_fail(c, `expected '${text}'`);
    c.pos += text.length;
}
/** Skips spaces, tabs and comments, and line breaks too when `newlines` is set. */
function skipTrivia(c, newlines) {
    while (c.pos < c.src.length) {
        const ch = c.src[c.pos];
        if (ch === ' ' || ch === '\t')
            c.pos++;
        else if (newlines && (ch === '\n' || ch === '\r'))
            c.pos++;
        else if (ch === '#') {
            while (c.pos < c.src.length && c.src[c.pos] !== '\n' && c.src[c.pos] !== '\r')
                c.pos++;
        }
        else
            return;
    }
}
function readKeyValue(c, prefix, inArray) {
    const key = readKey(c);
    skipTrivia(c, false);
    toml_entries_expect(c, '=');
    skipTrivia(c, false);
    const path = [...prefix, ...key];
    const value = toml_entries_readValue(c, path, inArray);
    c.entries.push({ path, inArray, table: c.table, value });
}
/** A dotted key: `a`, `"quoted key"`, `'literal'`, `tool . poetry` (whitespace around dots is allowed). */
function readKey(c) {
    const parts = [];
    for (;;) {
        skipTrivia(c, false);
        const ch = c.src[c.pos];
        if (ch === '"') {
            const s = readSingleLineString(c, '"');
            parts.push(decodeBasicString(c.src.slice(s.bodyStart, s.bodyEnd)));
        }
        else if (ch === "'") {
            const s = readSingleLineString(c, "'");
            parts.push(c.src.slice(s.bodyStart, s.bodyEnd));
        }
        else {
            const start = c.pos;
            while (c.pos < c.src.length && /[A-Za-z0-9_-]/.test(c.src[c.pos] ?? ''))
                c.pos++;
            if (c.pos === start)
                toml_entries_fail(c, 'expected a key');
            parts.push(c.src.slice(start, c.pos));
        }
        skipTrivia(c, false);
        if (c.src[c.pos] !== '.')
            return parts;
        c.pos++;
    }
}
function toml_entries_readValue(c, path, inArray) {
    const start = c.pos;
    const ch = c.src[c.pos];
    if (ch === '"' || ch === "'") {
        const triple = ch.repeat(3);
        if (c.src.startsWith(triple, c.pos))
            return readMultiLineString(c, triple);
        return readSingleLineString(c, ch);
    }
    if (ch === '[') {
        c.pos++;
        for (;;) {
            skipTrivia(c, true);
            const next = c.src[c.pos];
            if (next === undefined)
                toml_entries_fail(c, 'unclosed array');
            if (next === ']')
                break;
            if (next === ',')
                c.pos++;
            else
                toml_entries_readValue(c, path, true);
        }
        c.pos++;
    }
    else if (ch === '{') {
        c.pos++;
        for (;;) {
            // TOML 1.0 inline tables sit on one line; TOML 1.1 allows newlines, so accept both.
            skipTrivia(c, true);
            const next = c.src[c.pos];
            if (next === undefined)
                toml_entries_fail(c, 'unclosed inline table');
            if (next === '}')
                break;
            if (next === ',')
                c.pos++;
            else
                readKeyValue(c, path, inArray);
        }
        c.pos++;
    }
    else {
        // Numbers, booleans, dates (`1979-05-27 07:32:00` has a space), inf, nan: up to a delimiter.
        while (c.pos < c.src.length && !',]}#\r\n'.includes(c.src[c.pos] ?? ''))
            c.pos++;
        let end = c.pos;
        while (end > start && (c.src[end - 1] === ' ' || c.src[end - 1] === '\t'))
            end--;
        if (end === start)
            toml_entries_fail(c, 'expected a value');
        return { quote: null, start, end, bodyStart: start, bodyEnd: end };
    }
    return { quote: null, start, end: c.pos, bodyStart: start, bodyEnd: c.pos };
}
function readSingleLineString(c, quote) {
    const start = c.pos;
    c.pos++;
    while (c.pos < c.src.length) {
        const ch = c.src[c.pos];
        if (ch === '\n' || ch === '\r')
            break;
        // Literal strings have no escapes; in basic strings a backslash always takes the next character.
        if (ch === '\\' && quote === '"')
            c.pos += 2;
        else if (ch === quote) {
            c.pos++;
            return { quote, start, end: c.pos, bodyStart: start + 1, bodyEnd: c.pos - 1 };
        }
        else
            c.pos++;
    }
    return toml_entries_fail(c, 'unterminated string');
}
function readMultiLineString(c, quote) {
    const start = c.pos;
    const q = quote[0] ?? '"';
    c.pos += 3;
    while (c.pos < c.src.length) {
        if (c.src[c.pos] === '\\' && quote === '"""')
            c.pos += 2;
        else if (c.src.startsWith(quote, c.pos)) {
            // TOML: up to two quotes may stand right before the closing delimiter (`"""a"""""`).
            let run = 3;
            while (run < 5 && c.src[c.pos + run] === q)
                run++;
            c.pos += run;
            return { quote, start, end: c.pos, bodyStart: start + 3, bodyEnd: c.pos - 3 };
        }
        else
            c.pos++;
    }
    return toml_entries_fail(c, 'unterminated multi-line string');
}
const SIMPLE_ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    e: '\x1b',
    '"': '"',
    '\\': '\\',
};
/** Decodes a basic string's escapes (TOML 1.0 plus 1.1's `\e` and `\xHH`), for quoted keys. */
function decodeBasicString(body) {
    return body.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|.)/g, (whole, esc) => {
        if (esc.length > 1)
            return String.fromCodePoint(parseInt(esc.slice(1), 16));
        return SIMPLE_ESCAPES[esc] ?? whole;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/pyproject-toml.ts




/**
 * Names what fills in a dynamic version, from the build backend's own settings, so the notice
 * tells the user where the version really lives.
 */
function describeDynamicSource(doc) {
    const hatch = asTable(at(doc, 'tool', 'hatch', 'version'));
    const setuptoolsDynamic = asTable(at(doc, 'tool', 'setuptools', 'dynamic', 'version'));
    const pdm = asTable(at(doc, 'tool', 'pdm', 'version'));
    const requires = at(doc, 'build-system', 'requires');
    const requirements = Array.isArray(requires) ? requires.filter((r) => typeof r === 'string') : [];
    const backend = at(doc, 'build-system', 'build-backend');
    if (at(doc, 'tool', 'poetry-dynamic-versioning', 'enable') === true) {
        return 'poetry-dynamic-versioning sets it from the git tag';
    }
    if (hatch?.source === 'vcs')
        return 'hatch-vcs derives it from the git tag';
    if (typeof hatch?.path === 'string')
        return `hatch reads it from ${hatch.path}`;
    if (typeof setuptoolsDynamic?.attr === 'string')
        return `setuptools reads it from attr: ${setuptoolsDynamic.attr}`;
    const file = setuptoolsDynamic?.file;
    if (typeof file === 'string' || Array.isArray(file)) {
        return `setuptools reads it from file: ${[file].flat().map(String).join(', ')}`;
    }
    if (at(doc, 'tool', 'setuptools_scm') !== undefined || requirements.some((r) => /^setuptools[-_]scm\b/i.test(r))) {
        return 'setuptools-scm derives it from the git tag';
    }
    if (pdm?.source === 'scm')
        return 'pdm-backend derives it from the git tag';
    if (typeof pdm?.path === 'string')
        return `pdm-backend reads it from ${pdm.path}`;
    if (typeof backend === 'string' && backend.startsWith('flit_core'))
        return "flit reads the module's __version__";
    return 'the build backend computes it (setuptools-scm, hatch-vcs, ...)';
}
/**
 * Reads `pyproject.toml`.
 *
 * - `[project].version` (PEP 621); when `[project]` lists `"version"` in `dynamic`, the result is
 *   `dynamic` (PEP 621: the backend fills it in), except for Poetry 2 projects that keep the
 *   version in `[tool.poetry].version` (Poetry's documented way to use `[project]` with a
 *   dynamic version).
 * - else `[tool.poetry].version` (Poetry 1), unless poetry-dynamic-versioning is enabled.
 *
 * Keys are found wherever TOML allows them: `[project]` / `[ project ]` headers, quoted keys,
 * dotted keys (`project.version = "1.0"` at top level, `poetry.version` under `[tool]`) and inline
 * tables (`project = { version = "1.0" }`). Not handled: versions written as multi-line strings or
 * with escape sequences (a `FileError` says so rather than guessing).
 */
function pyproject_toml_readVersion(content, path) {
    const doc = parseToml(content, path);
    const entries = scanTomlEntries(content, path);
    const project = asTable(doc.project);
    const poetryVersion = at(doc, 'tool', 'poetry', 'version');
    const dynamic = project?.dynamic;
    const isDynamic = Array.isArray(dynamic) && dynamic.includes('version');
    const projectVersion = project?.version;
    if (projectVersion !== undefined) {
        const entry = findEntry(entries, ['project', 'version']);
        const line = entry === undefined ? undefined : lineAt(content, entry.value.start);
        if (isDynamic) {
            // PEP 621: "Build back-ends MUST raise an error if the metadata specifies a field statically as
            // well as being listed in dynamic."
            throw new FileError(path, '[project] sets version and also lists it in dynamic; PEP 621 forbids both', line);
        }
        if (typeof projectVersion !== 'string')
            throw new FileError(path, '[project].version must be a string', line);
        return locateTomlString(content, path, entries, ['project', 'version'], projectVersion, '[project].version');
    }
    const pdv = at(doc, 'tool', 'poetry-dynamic-versioning', 'enable') === true;
    if (poetryVersion !== undefined && typeof poetryVersion !== 'string') {
        const entry = findEntry(entries, ['tool', 'poetry', 'version']);
        throw new FileError(path, '[tool.poetry].version must be a string', entry && lineAt(content, entry.value.start));
    }
    if (typeof poetryVersion === 'string' && !pdv) {
        return locateTomlString(content, path, entries, ['tool', 'poetry', 'version'], poetryVersion, '[tool.poetry].version');
    }
    if (isDynamic || pdv) {
        const where = isDynamic ? 'dynamic = ["version"] in [project]' : '[tool.poetry-dynamic-versioning] enable = true';
        return { kind: 'dynamic', detail: `${where}: ${describeDynamicSource(doc)}` };
    }
    throw new FileError(path, 'no version found: expected [project].version or [tool.poetry].version');
}
/** `pyproject.toml`: `[project].version`, else `[tool.poetry].version`. */
const pyprojectTomlUpdater = {
    format: 'pyproject.toml',
    readVersion: pyproject_toml_readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion: pyproject_toml_readVersion }, content, newVersion, path),
};

;// CONCATENATED MODULE: ./packages/core/src/updaters/python-version-attribute.ts



/**
 * Module-level assignments to `name`: the name at column 0 starting a logical line, then an
 * optional annotation (`__version__: str = ...`, `__version__: Final = ...`) and `=`. Chained
 * targets as setuptools-scm writes them (`__version__ = version = '1.0'`) are followed to the value.
 */
function findAssignments(tokens, name) {
    const found = [];
    for (let i = 0; i < tokens.length; i++) {
        const target = tokens[i];
        if (target?.kind !== 'name' || target.text !== name || !target.lineStart || target.column !== 0)
            continue;
        let k = i + 1;
        const statementGoesOn = (t) => t !== undefined && !t.lineStart && !(t.depth === 0 && t.text === ';');
        if (tokens[k]?.text === ':') {
            while (statementGoesOn(tokens[k]) && !(tokens[k]?.depth === 0 && tokens[k]?.text === '='))
                k++;
        }
        if (tokens[k]?.text !== '=' || tokens[k]?.kind !== 'op')
            continue;
        k++;
        while (tokens[k]?.kind === 'name' && tokens[k + 1]?.text === '=' && statementGoesOn(tokens[k + 1]))
            k += 2;
        const value = [];
        while (statementGoesOn(tokens[k]))
            value.push(tokens[k++]);
        found.push({ target, value });
    }
    return found;
}
/**
 * Reads a Python module's `name = "1.2.3"`: `__version__` by PEP 396's convention, as `__init__.py`
 * and `_version.py` files write it, or the attribute setuptools' `attr: pkg.VERSION` names.
 * Assignments inside functions, `if`/`try` blocks (indented) and inside strings are ignored. A
 * computed value (`importlib.metadata.version("pkg")`) is `dynamic`.
 */
function pythonAttributeUpdater(name) {
    const readVersion = (content, path) => {
        const assignments = findAssignments(tokenizePython(content, path), name);
        const [first, second] = assignments;
        if (first === undefined) {
            throw new FileError(path, `no version found: expected a module-level ${name} = "..." assignment`);
        }
        const firstLine = lineAt(content, first.target.start);
        if (second !== undefined) {
            const secondLine = lineAt(content, second.target.start);
            throw new FileError(path, `${name} is assigned more than once at module level (lines ${firstLine} and ${secondLine}); keep one`, secondLine);
        }
        if (first.value.length === 0)
            throw new FileError(path, `${name} = has no value`, firstLine);
        const literal = plainStringLiteral(first.value);
        if (literal !== undefined) {
            return { kind: 'found', span: literalVersionSpan(content, path, literal), field: name };
        }
        return {
            kind: 'dynamic',
            detail: `${name} = ${describeExpression(content, first.value)} at line ${firstLine}: the version comes from code, not a literal`,
        };
    };
    return {
        format: name,
        readVersion,
        updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
    };
}
/** Any `.py` module other than `setup.py`: its module-level `__version__` string. */
const pythonVersionAttributeUpdater = pythonAttributeUpdater('__version__');

;// CONCATENATED MODULE: ./packages/core/src/updaters/setup-cfg.ts



/**
 * Reads `setup.cfg` the way setuptools does, with Python's `configparser` defaults (see `parseIni`).
 *
 * The version is `version` in `[metadata]`. setuptools' `attr:` and `file:` directives
 * (https://setuptools.pypa.io/en/latest/userguide/declarative_config.html) are `dynamic`: the version
 * lives in the module attribute or file they name.
 */
function setup_cfg_readVersion(content, path) {
    const option = parseIni(content, path).sections.get('metadata')?.options.get('version');
    if (option === undefined)
        throw new FileError(path, 'no version found: expected version = ... in [metadata]');
    return interpret(path, option, '[metadata] version');
}
/** A one-line, unquoted value: what an INI option that holds a version must be. */
function interpretIniVersion(path, option, field) {
    const { span } = option;
    const line = option.line;
    if (option.continued)
        throw new FileError(path, `${field} continues on the next line; keep it on one line`, line);
    if (span.value === '')
        throw new FileError(path, `${field} is empty`, line);
    if (/^["']/.test(span.value)) {
        throw new FileError(path, `${option.key} = ${span.value}: INI values take no quotes (they would be part of the version)`, line);
    }
    if (/\s/.test(span.value)) {
        throw new FileError(path, `${option.key} = ${span.value}: configparser keeps inline comments as part of the value; put the comment on its own line`, line);
    }
    return { kind: 'found', span, field };
}
function interpret(path, option, field) {
    const directive = /^(attr|file):\s*(.*)$/.exec(option.span.value);
    if (directive !== null) {
        const [, kind, target] = directive;
        const where = kind === 'attr' ? `the attribute ${target}` : `the file ${target}`;
        return { kind: 'dynamic', detail: `version = ${option.span.value} in [metadata] (line ${option.line}): setuptools reads it from ${where}` };
    }
    return interpretIniVersion(path, option, field);
}
/** `setup.cfg`: `version` in `[metadata]`. */
const setupCfgUpdater = {
    format: 'setup.cfg',
    readVersion: setup_cfg_readVersion,
    updateContent: (content, newVersion, path) => replaceVersion({ readVersion: setup_cfg_readVersion }, content, newVersion, path),
};

;// CONCATENATED MODULE: ./packages/core/src/updaters/index.ts









const BY_FILE_NAME = {
    'pyproject.toml': pyprojectTomlUpdater,
    'setup.cfg': setupCfgUpdater,
    'setup.py': setupPyUpdater,
    'package.json': packageJsonUpdater,
    VERSION: plainVersionFileUpdater,
    'VERSION.txt': plainVersionFileUpdater,
};
/** What `updaterFor` accepts, for messages and docs. */
const SUPPORTED_VERSION_FILES = 'pyproject.toml, setup.cfg, setup.py, package.json, VERSION, VERSION.txt, or a .py module with __version__';
/**
 * The updater for a file, chosen by its name (directories do not matter; `/` and `\` both separate):
 * `pyproject.toml`, `setup.cfg`, `setup.py`, `package.json`, `VERSION` / `VERSION.txt`, and any other
 * `*.py` (its `__version__`). Names are matched exactly, as Python tooling does. Anything else is a
 * `FileError` that lists what is supported.
 */
function updaterFor(path) {
    const name = path.split(/[\\/]/).at(-1) ?? path;
    const updater = Object.hasOwn(BY_FILE_NAME, name) ? BY_FILE_NAME[name] : undefined;
    if (updater !== undefined)
        return updater;
    if (name.endsWith('.py') && name.length > '.py'.length)
        return pythonVersionAttributeUpdater;
    throw new FileError(path, `cannot update a version in this kind of file; supported: ${SUPPORTED_VERSION_FILES}`);
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/ini-option.ts




/**
 * The value of one option of an INI file, as bumpversion keeps `current_version` in
 * `[bumpversion]` of `.bumpversion.cfg` or `setup.cfg`. Only its bytes change.
 */
function iniOptionUpdater(section, option) {
    const field = `[${section}] ${option}`;
    const readVersion = (content, path) => {
        const found = parseIni(content, path).sections.get(section)?.options.get(option);
        if (found === undefined)
            throw new FileError(path, `no version found: expected ${option} = ... in [${section}]`);
        return interpretIniVersion(path, found, field);
    };
    return {
        format: `INI ${field}`,
        readVersion,
        updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/toml-key.ts




/**
 * The string at one key path of any TOML file, as python-semantic-release's `version_toml`
 * (`pyproject.toml:tool.poetry.version`), commitizen's `[tool.commitizen] version` and
 * bump-my-version's `[tool.bumpversion] current_version` name it. Only its bytes change.
 */
function tomlKeyUpdater(keyPath) {
    const field = tomlField(keyPath);
    const readVersion = (content, path) => {
        const doc = parseToml(content, path);
        const value = at(doc, ...keyPath);
        if (value === undefined)
            throw new FileError(path, `no version found: ${field} is not set`);
        const entries = scanTomlEntries(content, path);
        if (typeof value !== 'string') {
            const entry = findEntry(entries, keyPath);
            throw new FileError(path, `${field} must be a string`, entry && lineAt(content, entry.value.start));
        }
        return locateTomlString(content, path, entries, keyPath, value, field);
    };
    return {
        format: `TOML ${field}`,
        readVersion,
        updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/uv-lock.ts




/** PEP 503 normalized name: `Foo_Bar.baz` and `foo-bar-baz` are the same project. */
function normalizeProjectName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/**
 * `uv.lock`: the `version` of the `[[package]]` entry named after the project, which uv keeps
 * equal to `[project].version` (commitizen's `uv` version provider updates both:
 * commitizen/providers/uv_provider.py, v4.17.0).
 */
function uvLockUpdater(projectName) {
    const wanted = normalizeProjectName(projectName);
    const field = `[[package]] version of ${projectName}`;
    const readVersion = (content, path) => {
        parseToml(content, path);
        const entries = scanTomlEntries(content, path);
        const isKey = (key) => (e) => e.path.length === 2 && e.path[0] === 'package' && e.path[1] === key;
        const name = entries.find((e) => isKey('name')(e) && e.value.quote === '"' && normalizeProjectName(content.slice(e.value.bodyStart, e.value.bodyEnd)) === wanted);
        if (name === undefined)
            throw new FileError(path, `no version found: no [[package]] named ${projectName}`);
        const version = entries.find((e) => isKey('version')(e) && e.table === name.table);
        if (version === undefined)
            throw new FileError(path, `no version found: the [[package]] named ${projectName} has no version`, lineAt(content, name.value.start));
        const line = lineAt(content, version.value.start);
        if (version.value.quote !== '"' && version.value.quote !== "'")
            throw new FileError(path, `${field} must be a one-line string`, line);
        const span = spanAt(content, version.value.bodyStart, version.value.bodyEnd);
        if (span.value === '' || span.value.includes('\\'))
            throw new FileError(path, `${field} must be written plainly`, line);
        return { kind: 'found', span, field };
    };
    return {
        format: 'uv.lock',
        readVersion,
        updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/version-search.ts



/**
 * An updater that looks for `current` (the version the project's release tool last wrote, from
 * its own configuration) as the tool does. Reading reports where the current version's bytes sit;
 * updating rewrites what the tool would rewrite, and nothing else.
 */
function versionSearchUpdater(search, current) {
    const readVersion = (content, path) => {
        const spans = findMatches(content, search, current, path).map((match) => match.version);
        const [first] = spans;
        if (first === undefined)
            throw new FileError(path, `the current version ${current} is not found (${search.field})`);
        return { kind: 'found', span: first, ...(spans.length > 1 ? { spans } : {}), field: search.field };
    };
    return {
        format: search.field,
        readVersion,
        updateContent(content, newVersion, path) {
            assertWritableVersion(newVersion);
            const matches = findMatches(content, search, current, path);
            if (matches.length === 0)
                throw new FileError(path, `the current version ${current} is not found (${search.field})`);
            if (search.kind === 'lines')
                return spliceSpans(content, matches.map((match) => match.version), newVersion);
            const replacement = version_search_fillTemplate(search.replace, { new_version: newVersion, current_version: current }, path, 'replace');
            let out = '';
            let at = 0;
            for (const match of matches) {
                out += content.slice(at, match.start) + replacement;
                at = match.end;
            }
            return out + content.slice(at);
        },
    };
}
function findMatches(content, search, current, path) {
    if (current === '')
        return [];
    if (search.kind === 'lines') {
        const matches = [];
        const selects = search.line === undefined ? undefined : new RegExp(search.line.source, search.line.flags.replace('g', ''));
        // Lines as Python's text mode reads them: `\n`, `\r\n` and a lone `\r` end one.
        const linePattern = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
        for (let m = linePattern.exec(content); m !== null && m[0] !== ''; m = linePattern.exec(content)) {
            const line = m[0];
            const selected = selects === undefined ? line.includes(current) : selects.test(line);
            if (!selected)
                continue;
            for (let i = line.indexOf(current); i !== -1; i = line.indexOf(current, i + current.length)) {
                const start = m.index + i;
                matches.push({ start, end: start + current.length, version: spanAt(content, start, start + current.length) });
            }
        }
        return matches;
    }
    const matches = [];
    if (search.regex) {
        // bump-my-version escapes the version before it goes into a regex search (`{current_version}` is literal text).
        const source = version_search_fillTemplate(search.search, { current_version: escapeRegex(current) }, path, 'search');
        let regex;
        try {
            regex = compilePythonRegex(source, 'gm');
        }
        catch (error) {
            if (error instanceof PythonRegexError)
                throw new FileError(path, `the search pattern ${JSON.stringify(search.search)}: ${error.message}`);
            throw error;
        }
        for (const m of content.matchAll(regex)) {
            if (m[0] === '')
                continue;
            matches.push(matchAt(content, m.index, m[0], current));
        }
        return matches;
    }
    const needle = version_search_fillTemplate(search.search, { current_version: current }, path, 'search');
    for (let i = content.indexOf(needle); needle !== '' && i !== -1; i = content.indexOf(needle, i + needle.length)) {
        matches.push(matchAt(content, i, needle, current));
    }
    return matches;
}
function matchAt(content, start, text, current) {
    const inside = text.indexOf(current);
    const versionStart = inside === -1 ? start : start + inside;
    const versionEnd = inside === -1 ? start + text.length : versionStart + current.length;
    return { start, end: start + text.length, version: spanAt(content, versionStart, versionEnd) };
}
/**
 * Python's `str.format` for bump-my-version's templates: `{current_version}` / `{new_version}`
 * filled, `{{` and `}}` for braces. Other keys (`{now:%Y}`, `{major}`) are refused, naming them.
 */
function version_search_fillTemplate(template, values, path, what) {
    return template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (whole, key) => {
        if (whole === '{{')
            return '{';
        if (whole === '}}')
            return '}';
        const value = key === undefined ? undefined : values[key];
        if (value === undefined) {
            throw new FileError(path, `the ${what} template ${JSON.stringify(template)} uses ${whole}, which version-bump does not fill; set version-files instead`);
        }
        return value;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/yaml-key.ts



/**
 * The scalar at one key path of a YAML file (commitizen's `.cz.yaml`: `commitizen: version: 1.2.3`),
 * located with the `yaml` library's source ranges, so only its bytes change. Plain and quoted
 * one-line scalars only; block scalars and escapes are refused.
 */
function yamlKeyUpdater(keyPath) {
    const field = keyPath.join('.');
    const readVersion = (content, path) => {
        const doc = (0,yaml_dist/* parseDocument */.Tp)(content, { keepSourceTokens: false });
        const [error] = doc.errors;
        if (error !== undefined)
            throw new FileError(path, `not valid YAML: ${error.message.split('\n')[0] ?? ''}`, error.linePos?.[0].line);
        const node = doc.getIn(keyPath, true);
        if (node === undefined)
            throw new FileError(path, `no version found: ${field} is not set`);
        if (!(0,yaml_dist/* isScalar */.jn)(node) || node.range === undefined || node.range === null)
            throw new FileError(path, `${field} must be a plain value`);
        const [start, end] = node.range;
        const line = lineAt(content, start);
        let span;
        if (node.type === 'PLAIN')
            span = spanAt(content, start, end);
        else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
            span = spanAt(content, start + 1, end - 1);
        else
            throw new FileError(path, `${field} must be a one-line value to be updated in place`, line);
        if (node.type !== 'PLAIN' && span.value !== node.value)
            throw new FileError(path, `${field} is written with escape sequences; write it plainly`, line);
        if (span.value === '' || /\s/.test(span.value))
            throw new FileError(path, `${field} is empty or not one word`, line);
        return { kind: 'found', span, field };
    };
    return {
        format: `YAML ${field}`,
        readVersion,
        updateContent: (content, newVersion, path) => replaceVersion({ readVersion }, content, newVersion, path),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/updaters/source-updater.ts











/** True for the locators that search for the current version's text rather than read a place. */
function searchesForCurrent(locator) {
    return locator.kind === 'lines' || locator.kind === 'search';
}
/** The updater for one located file. */
function updaterForLocator(path, locator, context, stampsTag = false) {
    switch (locator.kind) {
        case 'by-name':
            return updaterFor(path);
        case 'toml-key':
            return tomlKeyUpdater(locator.key);
        case 'json-key':
            return jsonKeyUpdater(locator.key);
        case 'yaml-key':
            return yamlKeyUpdater(locator.key);
        case 'ini-option':
            return iniOptionUpdater(locator.section, locator.option);
        case 'python-attribute':
            return pythonAttributeUpdater(locator.name);
        case 'whole-file':
            return plainVersionFileUpdater;
        case 'variable':
            return versionPatternUpdater(versionVariablePattern(locator.name, stampsTag ? context.tagPrefix : ''));
        case 'pattern':
            return versionPatternUpdater(compileVersionPattern(locator.pattern, { flags: locator.flags, group: locator.group, all: locator.all, field: locator.field, where: context.where }));
        case 'lines':
        case 'search': {
            if (context.current === undefined) {
                throw new FileError(path, `no current version to look for (${context.where}): no version file holds one and there is no release tag yet`);
            }
            const field = locator.kind === 'lines' ? (locator.line === undefined ? 'lines with the version' : `lines matching ${locator.line}`) : `search ${JSON.stringify(locator.search)}`;
            if (locator.kind === 'search') {
                return versionSearchUpdater({ kind: 'search', search: locator.search, replace: locator.replace, regex: locator.regex, field }, context.current);
            }
            const line = locator.line === undefined ? undefined : compileVersionPattern(`(${locator.line})`, { group: 1, all: false, field, where: context.where }).regex;
            return versionSearchUpdater({ kind: 'lines', line, field }, context.current);
        }
        case 'uv-lock':
            return uvLockUpdater(locator.name);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/version-sources/read-version-sources.ts



/**
 * Reads every file of a located version: globs expanded, the first existing of a source's
 * alternatives taken, each file read by its source's updater. Sources that search for the current
 * version look for the one the first source holds (the tool's own record, e.g. commitizen's
 * provider or bump-my-version's `current_version`), else the latest tag's. A file a source needs
 * that does not exist fails with its name and what named it, before anything is written.
 */
async function readVersionSources(location, io, context) {
    if (location.kind !== 'files')
        return [];
    const states = [];
    const cache = new Map();
    const read = (path, origin) => {
        let pending = cache.get(path);
        if (pending === undefined) {
            pending = io.readText(path, origin);
            cache.set(path, pending);
        }
        return pending;
    };
    let current;
    for (const source of location.sources) {
        for (const path of source.paths)
            assertInsideRepository(path, source.origin);
        const paths = source.glob === undefined ? [await firstExisting(source, read)] : await io.listFiles(source.paths[0] ?? '', source.glob.exclude);
        if (paths.length === 0) {
            if (source.skipIfMissing)
                continue;
            throw new FileError(source.paths[0] ?? '', `no file matches this pattern, named by ${source.origin}`);
        }
        for (const path of paths) {
            const content = path === undefined ? undefined : await read(path, source.origin);
            const shown = path ?? source.paths[0] ?? '';
            if (content === undefined) {
                if (source.skipIfMissing) {
                    states.push({ path: shown, content: undefined, read: undefined, source, skipped: `${shown} does not exist (${source.origin} allows it)` });
                    continue;
                }
                const named = source.origin === 'version-files' ? "the file named in 'version-files' does not exist" : `${source.origin} names it, but it does not exist`;
                throw new FileError(source.paths.length > 1 ? source.paths.join(' or ') : shown, named);
            }
            const searchFor = searchesForCurrent(source.locator) ? (current ?? context.taggedVersion) : undefined;
            const updater = read_version_sources_updaterFor(shown, source, context, searchFor);
            let result;
            try {
                result = updater.readVersion(content, shown);
            }
            catch (error) {
                if (error instanceof FileError && source.skipIfNoVersion) {
                    states.push({ path: shown, content, read: undefined, source, skipped: `${error.problem} (${source.origin} allows it)` });
                    continue;
                }
                throw error;
            }
            if (result.kind === 'found' && current === undefined && !searchesForCurrent(source.locator)) {
                current = source.stampsTag && result.span.value.startsWith(context.tagPrefix) ? result.span.value.slice(context.tagPrefix.length) : result.span.value;
            }
            states.push({ path: shown, content, read: result, source, ...(searchFor === undefined ? {} : { current: searchFor }) });
        }
    }
    return states;
}
/** The updater a read file state was read with, for the plan to write with the same one. */
function updaterForState(state, tagPrefix) {
    const source = state.source ?? { paths: [state.path], locator: { kind: 'by-name' }, origin: 'version-files' };
    return read_version_sources_updaterFor(state.path, source, { tagPrefix, taggedVersion: undefined }, state.current);
}
function read_version_sources_updaterFor(path, source, context, current) {
    return updaterForLocator(path, source.locator, { current, tagPrefix: context.tagPrefix, where: source.origin }, source.stampsTag ?? false);
}
/**
 * A path a config file names is written to as a version file: like a path given in an input, it
 * must be relative and stay inside the repository (the config may come from a pull request).
 */
function assertInsideRepository(path, origin) {
    if (!isRepositoryPath(path)) {
        throw new FileError(path, `${origin} names a path outside the repository or inside .git; only files inside the repository, outside .git, are written`);
    }
}
async function firstExisting(source, read) {
    for (const path of source.paths)
        if ((await read(path, source.origin)) !== undefined)
            return path;
    return source.paths.length === 1 ? source.paths[0] : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/release/read-release-state.ts







/**
 * Reads the repository and the version files. Fails, before anything is written, on a
 * missing git repository, an empty one, a named version file that is missing or unreadable, a
 * path that leads outside the repository or into .git, a file that is not UTF-8, and a project
 * whose version is nowhere its configuration (`files`, see `readProjectConfigFiles`) says.
 */
async function readReleaseState(git, settings, files = new Map()) {
    const facts = await assertRepository(git);
    const head = await readHead(git);
    if (!head)
        throw new FileError(git.cwd, 'the repository has no commits yet');
    const history = await ensureFullHistory(git, facts);
    // Two independent git calls: side by side, one process start less before the log.
    const [branch, latestTag] = await Promise.all([readCurrentBranch(git), findLatestVersionTag(git, settings.tagPrefix)]);
    if (latestTag === undefined && settings.tagPrefixDefaulted)
        await refuseUnprefixedTags(git);
    const unreachableTags = (await listUnreachableVersionTags(git, settings.tagPrefix)).filter((tag) => latestTag === undefined || tag.version.compare(latestTag.version) > 0);
    const commits = await readCommits(git, {
        ...(latestTag ? { since: `refs/tags/${latestTag.name}` } : {}),
        until: 'HEAD',
        paths: settings.paths,
    }, parseCommit).catch(async (error) => {
        const problem = error instanceof errors_GitError && settings.paths.length > 0 ? await pathspecProblem(git, settings.paths) : undefined;
        if (problem !== undefined)
            throw new errors_InputError('paths', settings.paths.join(', '), `git refuses it: ${problem}`);
        throw error;
    });
    const location = settings.versionFiles.length > 0 ? explicitVersionLocation(settings.versionFiles) : locateVersion(files);
    if (location.kind === 'none' && location.project)
        throw new VersionNotFoundError(location.looked, location.fix);
    // Every version file is read where it really is (links resolved, never outside the repository or
    // in .git), and that real location is what is written and committed.
    const locations = new Map();
    const readText = async (path, origin) => {
        try {
            const file = await readRepositoryFile(git.cwd, 'version-files', path);
            locations.set(path, file.path);
            return file.content;
        }
        catch (error) {
            // A path named by the project's configuration, not by an input: say what named it.
            if (error instanceof errors_InputError && origin !== 'version-files')
                throw new FileError(path, `${origin} names it, but ${error.allowed}`, undefined, { cause: error });
            throw error;
        }
    };
    const sources = await readVersionSources(location, { readText, listFiles: (pattern, exclude) => listRepositoryFiles(git, pattern, exclude) }, { tagPrefix: settings.tagPrefix, taggedVersion: latestTag?.name.slice(settings.tagPrefix.length) });
    const versionFiles = sources.map((state) => {
        const resolved = locations.get(state.path);
        if (resolved === undefined)
            throw new Error(`internal: ${state.path} was not resolved before it was read`);
        return { ...state, location: resolved };
    });
    const changelog = settings.changelog ? await readRepositoryFile(git.cwd, 'changelog', settings.changelog) : undefined;
    return {
        head,
        branch,
        history,
        latestTag,
        unreachableTags,
        commits,
        location,
        files: versionFiles,
        changelog: changelog && { path: changelog.path.path, location: changelog.path, content: changelog.content },
    };
}
/**
 * The tracked files matching a glob as Python's `glob` matches them (`*` stays within a folder),
 * for commitizen's `version_files` and bump-my-version's `glob` entries.
 */
async function listRepositoryFiles(git, pattern, exclude) {
    const magic = (glob) => `:(glob)${glob}`;
    const result = await git.run(['ls-files', '-z', '--', magic(pattern), ...exclude.map((glob) => `:(glob,exclude)${glob}`)]);
    return result.stdout.split('\0').filter(Boolean).sort();
}

;// CONCATENATED MODULE: ./packages/core/src/commits/expand-squashed.ts

// GitHub's squash and merge ("pull request title and commit details") lists the branch's commits
// oldest first, each as `* <its subject>` followed by its body, unindented; a line of nine dashes
// and the `Co-authored-by:` trailers end the list.
const GITHUB_BULLET = /^\* +(\S.*)$/;
const GITHUB_END = /^-{9,}[ \t]*$/;
// `git merge --squash` writes `Squashed commit of the following:`, then each commit as `git log`
// shows it, newest first: `commit <hash>`, `Author:` and `Date:` (and `Merge:`) lines, a blank
// line, and the message indented by four spaces.
const GIT_COMMIT = /^commit [0-9a-f]{40,64}(?: .*)?$/;
const GIT_FORM = /^commit [0-9a-f]{40,64}(?: .*)?\n(?:Merge|Author): /m;
const GIT_FIELD = /^(Merge|Author|Date|AuthorDate|Commit|CommitDate):/;
// A line of a listed commit's body, indented under its bullet (an older squash form): one indent level goes.
const INDENT = /^(?: {2,4}|\t)/;
/**
 * The commits a squash merge's body lists (GitHub's `* type: subject` lines, or git's
 * `Squashed commit of the following:` blocks), newest first, each with the squash's hash and pull
 * request number. Lines that are not Conventional Commits (`wip`, `fix typo`) are not listed.
 */
function listSquashedCommits(commit) {
    const body = commit.body;
    const git = body.includes('commit ') && GIT_FORM.test(body);
    if (!git && !body.includes('* '))
        return [];
    const pullRequest = commit.kind === 'conventional' ? commit.pullRequest : pullRequestOf(commit.header);
    const messages = git ? gitSquashMessages(body) : githubSquashMessages(body);
    const listed = [];
    for (const message of messages) {
        const parsed = parseCommit({ hash: commit.hash, parents: [], message });
        if (parsed.kind === 'conventional')
            listed.push({ ...parsed, pullRequest: parsed.pullRequest ?? pullRequest });
    }
    // git lists newest first already; GitHub lists oldest first, and the range is newest first.
    return git ? listed : listed.reverse();
}
/**
 * Squash merges resolved: one whose subject is a Conventional Commit stays that one commit (its
 * subject is the change), carrying the commits its body lists in `squashed` (they may raise the
 * bump) and their breaking-change and deprecation notes; one whose subject is not (git's
 * `Squashed commit of the following:`) stands for the commits its body lists. Other commits pass
 * through unchanged. Newest first in, newest first out.
 */
function expandSquashedCommits(commits) {
    const out = [];
    for (const commit of commits) {
        const listed = commit.kind === 'merge' ? [] : listSquashedCommits(commit);
        if (listed.length === 0)
            out.push(commit);
        else if (commit.kind === 'conventional')
            out.push(withSquashed(commit, listed));
        else
            for (const one of listed)
                out.push(one);
    }
    return out;
}
/** The subject's commit, with the notes of what it squashed: a breaking change among them is the subject's. */
function withSquashed(commit, listed) {
    // The parser read the whole body as the subject's footers; what is the subject's own is what comes
    // before the first listed commit (GitHub's form puts nothing there; an edited message may).
    const own = ownPart(commit);
    const notes = unique([...own.breakingNotes, ...listed.flatMap((c) => c.breakingNotes)]);
    const deprecations = unique([...own.deprecations, ...listed.flatMap((c) => c.deprecations)]);
    return { ...commit, breaking: notes.length > 0, breakingNotes: notes, deprecations, squashed: listed };
}
function ownPart(commit) {
    const lines = commit.body.split('\n');
    const first = lines.findIndex((line, index) => isGitBlock(lines, index) || isListedBullet(line));
    const preamble = lines.slice(0, first === -1 ? lines.length : first).join('\n');
    const parsed = parseCommit({ hash: commit.hash, parents: [], message: `${commit.header}\n\n${preamble}` });
    // The `!` of the subject's own header stays whatever its body says.
    return parsed.kind === 'conventional' ? parsed : commit;
}
function isListedBullet(line) {
    const bullet = GITHUB_BULLET.exec(line);
    return bullet?.[1] !== undefined && parseCommit({ hash: '', parents: [], message: bullet[1] }).kind === 'conventional';
}
/** GitHub's form: a bullet that is a Conventional Commit starts a commit; the lines up to the next one are its body. */
function githubSquashMessages(body) {
    const messages = [];
    let current;
    for (const line of body.split('\n')) {
        if (GITHUB_END.test(line))
            break;
        if (isListedBullet(line)) {
            current = [(GITHUB_BULLET.exec(line)?.[1] ?? '').trim(), ''];
            messages.push(current);
        }
        else if (current) {
            current.push(line.replace(INDENT, ''));
        }
    }
    return messages.map((lines) => lines.join('\n'));
}
/** git's form: each `commit <hash>` block's message, its four-space indent removed; merges are left out. */
function gitSquashMessages(body) {
    const messages = [];
    const lines = body.split('\n');
    for (let index = 0; index < lines.length; index++) {
        if (!isGitBlock(lines, index))
            continue;
        let merge = false;
        let next = index + 1;
        for (; next < lines.length && GIT_FIELD.test(lines[next] ?? ''); next++)
            if ((lines[next] ?? '').startsWith('Merge:'))
                merge = true;
        const message = [];
        for (; next < lines.length && !isGitBlock(lines, next); next++)
            message.push((lines[next] ?? '').replace(/^ {4}/, ''));
        if (!merge)
            messages.push(message.join('\n'));
        index = next - 1;
    }
    return messages;
}
function isGitBlock(lines, index) {
    return GIT_COMMIT.test(lines[index] ?? '') && GIT_FIELD.test(lines[index + 1] ?? '');
}
function pullRequestOf(header) {
    const match = /\s\(#(\d+)\)$/.exec(header);
    return match?.[1] ? Number(match[1]) : undefined;
}
function unique(texts) {
    return [...new Set(texts.map((text) => text.trim()).filter((text) => text !== ''))];
}

;// CONCATENATED MODULE: ./packages/core/src/commits/compute-bump.ts

const ORDER = { none: 0, patch: 1, minor: 2, major: 3 };
/**
 * The level one commit asks for under the rules. A squash merge asks for the higher of its
 * subject's level and those of the commits its body lists: they may raise it, never lower it.
 */
function levelOfCommit(commit, rules) {
    let level = ownLevel(commit, rules);
    for (const listed of commit.squashed ?? [])
        level = maxLevel(level, ownLevel(listed, rules));
    return level;
}
function ownLevel(commit, rules) {
    if (commit.breaking)
        return 'major';
    if (rules.minorTypes.includes(commit.type))
        return 'minor';
    if (rules.patchTypes.includes(commit.type))
        return 'patch';
    return 'none';
}
/** The higher of two levels. */
function maxLevel(a, b) {
    return ORDER[a] >= ORDER[b] ? a : b;
}
/**
 * Decides the bump for a range of parsed commits (newest first, as git log gives them).
 * A squash merge counts as its subject, raised by the commits its body lists; one whose subject
 * is not a Conventional Commit (git's `Squashed commit of the following:`) counts as each of them.
 * The highest level wins. A revert of a commit that is in the same range cancels both,
 * since nothing of either reaches the release; a revert of an older, released commit stays.
 */
function computeBump(rangeCommits, rules) {
    const commits = expandSquashedCommits(rangeCommits);
    const cancelledHashes = new Set();
    const cancelled = cancelRevertedPairs(commits, cancelledHashes);
    const releasing = [];
    const notReleasing = [];
    const nonConventional = [];
    let merges = 0;
    let level = 'none';
    let highest;
    for (const commit of commits) {
        if (cancelledHashes.has(commit.hash))
            continue;
        if (commit.kind === 'merge') {
            merges++;
            continue;
        }
        if (commit.kind === 'non-conventional') {
            nonConventional.push(commit);
            continue;
        }
        const commitLevel = levelOfCommit(commit, rules);
        if (commitLevel === 'none') {
            notReleasing.push(commit);
            continue;
        }
        releasing.push(commit);
        if (ORDER[commitLevel] > ORDER[level]) {
            level = commitLevel;
            highest = commit;
        }
    }
    const raisedBy = highest && ORDER[ownLevel(highest, rules)] < ORDER[level] ? highest.squashed?.find((c) => ownLevel(c, rules) === level) : undefined;
    return { level, releasing, notReleasing, cancelled, nonConventional, merges, highest, raisedBy };
}
/**
 * Pairs each revert with the commit it reverts when both are in the range, oldest first.
 * Reverting a revert puts the original back: the two reverts cancel each other instead.
 */
function cancelRevertedPairs(commits, cancelledHashes) {
    const findTarget = indexRevertTargets(commits);
    const pairs = new Map();
    for (let index = commits.length - 1; index >= 0; index--) {
        const revert = commits[index];
        if (revert?.kind !== 'conventional' || !revert.reverts)
            continue;
        const target = findTarget(revert.reverts.hash);
        if (!target || target.hash === revert.hash)
            continue;
        if (!cancelledHashes.has(target.hash)) {
            cancelledHashes.add(target.hash).add(revert.hash);
            pairs.set(target.hash, { commit: target, revert });
            continue;
        }
        // The target is a revert that had cancelled an earlier commit: undo that pairing.
        for (const [hash, pair] of pairs) {
            if (pair.revert.hash !== target.hash)
                continue;
            pairs.delete(hash);
            cancelledHashes.delete(hash);
            cancelledHashes.add(revert.hash);
            pairs.set(target.hash, { commit: target, revert });
            break;
        }
    }
    return [...pairs.values()];
}
/**
 * Finds a revert's target by the hash (or abbreviated hash) its message names: an exact hash
 * first, else the newest commit whose hash starts with the name in lower case; of the entries
 * that share a hash (a squash merge's listed commits), the last. Only the hashes that reverts
 * name are indexed, in one pass over the range: no map of every commit, and no scan of the
 * range for each revert whose target is outside it.
 */
function indexRevertTargets(commits) {
    const names = new Set();
    const prefixes = new Set();
    for (const commit of commits) {
        if (commit.kind !== 'conventional' || !commit.reverts)
            continue;
        names.add(commit.reverts.hash);
        prefixes.add(commit.reverts.hash.toLowerCase());
    }
    if (names.size === 0)
        return () => undefined;
    const lengths = [...new Set([...prefixes].map((prefix) => prefix.length))];
    // Most hashes start with no name: one look-up of their first `shortest` characters rules them out.
    const shortest = Math.min(...lengths);
    const starts = new Set([...names, ...prefixes].map((name) => name.slice(0, shortest)));
    const newestByPrefix = new Map();
    const wanted = new Set();
    const lastByHash = new Map();
    for (const commit of commits) {
        const hash = commit.hash;
        if (!starts.has(hash.slice(0, shortest)))
            continue;
        if (names.has(hash))
            wanted.add(hash);
        for (const length of lengths) {
            if (hash.length < length)
                continue;
            const prefix = hash.length === length ? hash : hash.slice(0, length);
            if (prefixes.has(prefix) && !newestByPrefix.has(prefix)) {
                newestByPrefix.set(prefix, hash);
                wanted.add(hash);
            }
        }
        // A hash is wanted from its first entry on, so this keeps the last entry of each.
        if (wanted.has(hash))
            lastByHash.set(hash, commit);
    }
    return (name) => {
        const exact = lastByHash.get(name);
        if (exact)
            return exact;
        const hash = newestByPrefix.get(name.toLowerCase());
        return hash === undefined ? undefined : lastByHash.get(hash);
    };
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/changelog-entries.ts






/** Keep a Changelog's sections, in its order; others follow in the order they are mapped. */
const KEEP_A_CHANGELOG_SECTIONS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];
/** Commit type → section. `docs`, `style`, `test`, `chore`, `ci` and `build` are left out unless mapped. */
const DEFAULT_SECTION_MAP = {
    feat: 'Added',
    fix: 'Fixed',
    perf: 'Changed',
    refactor: 'Changed',
    revert: 'Changed',
    deprecate: 'Deprecated',
    security: 'Security',
};
/**
 * Reads the `sections` input: `type=Section` pairs (comma or newline separated) that override
 * the default map; `type=` with no section leaves that type out. The map lists the given pairs
 * first, in their order: sections that are not Keep a Changelog's are written in that order
 * (`breaking=BREAKING CHANGE, feat=Feat, fix=Fix` keeps commitizen's).
 */
function parseSectionsInput(raw) {
    const given = new Map();
    for (const pair of parseListInput(raw)) {
        const match = /^([A-Za-z][\w-]*)\s*=\s*(.*)$/.exec(pair);
        if (!match?.[1])
            throw new InputError('sections', raw, `'${pair}' is not a type=Section pair (e.g. docs=Documentation)`);
        const section = (match[2] ?? '').trim();
        if (/[\r\n#[\]]/.test(section))
            throw new InputError('sections', raw, `the section name '${section}' cannot contain #, [ or ]`);
        const type = match[1].toLowerCase();
        given.delete(type);
        given.set(type, section);
    }
    const map = {};
    for (const [type, section] of given)
        if (section !== '')
            map[type] = section;
    for (const [type, section] of Object.entries(DEFAULT_SECTION_MAP))
        if (!given.has(type))
            map[type] = section;
    return map;
}
/**
 * Turns the commits of one release (newest first, as git log gives them) into entries:
 * a squash merge is its subject's entry (with the breaking notes of the commits its body lists),
 * or, when its subject is not a Conventional Commit, one entry per listed commit; a commit and its revert in the same range both
 * vanish; a revert of a released feature is Removed; a `security` type or scope is Security;
 * `Deprecated:` footers are Deprecated; breaking changes lead Changed, marked **BREAKING**.
 */
function planChangelogEntries(rangeCommits, options) {
    const commits = expandSquashedCommits(rangeCommits);
    const cancelled = new Set();
    cancelRevertedPairs(commits, cancelled);
    const entries = [];
    // Oldest first: a changelog reads in the order things happened.
    for (let index = commits.length - 1; index >= 0; index--) {
        const commit = commits[index];
        if (!commit || cancelled.has(commit.hash) || commit.kind === 'merge')
            continue;
        if (commit.kind === 'non-conventional') {
            if (options.includeOther)
                entries.push({ section: 'Other', scope: undefined, text: commit.header, hash: commit.hash, pullRequest: changelog_entries_pullRequestOf(commit.header), breaking: false });
            continue;
        }
        entries.push(...entriesOf(commit, options));
    }
    return entries;
}
function entriesOf(commit, options) {
    const base = { scope: commit.scope, hash: commit.hash, pullRequest: commit.pullRequest };
    const text = stripPullRequest(commit.subject);
    const out = [];
    if (commit.breaking) {
        // Every note but the one `!` makes of the subject itself (a squash merge may carry several).
        const notes = commit.breakingNotes.filter((note) => note !== commit.subject).map((note) => note.replace(/\s*\n\s*/g, ' '));
        const detail = notes.length > 0 ? `: ${notes.join('; ')}` : '';
        out.push({ ...base, section: options.sections.breaking ?? 'Changed', text: `${text}${detail}`, breaking: true });
    }
    else {
        const section = sectionOf(commit, options.sections);
        if (section === 'Removed')
            out.push({ ...base, ...removedFeature(commit), section, breaking: false });
        else if (section)
            out.push({ ...base, section, text, breaking: false });
    }
    for (const deprecation of commit.deprecations) {
        out.push({ ...base, section: options.sections.deprecate ?? 'Deprecated', text: deprecation, breaking: false });
    }
    return out;
}
function sectionOf(commit, map) {
    if (commit.type === 'security' || commit.scope?.toLowerCase() === 'security')
        return map.security ?? 'Security';
    if (commit.reverts && map.revert !== undefined) {
        // A revert of a feature released earlier takes the feature away.
        const reverted = parseCommit({ hash: commit.reverts.hash, parents: [], message: commit.reverts.header });
        if (reverted.kind === 'conventional' && reverted.type === 'feat')
            return 'Removed';
    }
    return map[commit.type];
}
/** What a revert of a released feature removes: that feature's scope and description. */
function removedFeature(commit) {
    const reverted = parseCommit({ hash: commit.hash, parents: [], message: commit.reverts?.header ?? commit.subject });
    if (reverted.kind !== 'conventional')
        return { scope: commit.scope, text: commit.subject };
    return { scope: reverted.scope, text: stripPullRequest(reverted.subject) };
}
function stripPullRequest(subject) {
    return subject.replace(/\s\(#\d+\)$/, '');
}
function changelog_entries_pullRequestOf(header) {
    const match = /\s\(#(\d+)\)$/.exec(header);
    return match?.[1] ? Number(match[1]) : undefined;
}
/**
 * The body of a release section: `### Section` headings in Keep a Changelog order, then other
 * sections in the order of `sections` (the type → section map), breaking changes first in
 * theirs, each entry as a person would write it:
 * `- **api:** support nested groups ([#123](…/pull/123)) ([abc1234](…/commit/abc1234…))`.
 */
function renderChangelogBody(entries, links, sections = DEFAULT_SECTION_MAP) {
    const bySection = new Map();
    for (const entry of entries) {
        const list = bySection.get(entry.section);
        if (list)
            list.push(entry);
        else
            bySection.set(entry.section, [entry]);
    }
    const order = [...KEEP_A_CHANGELOG_SECTIONS];
    for (const section of [...Object.values(sections), ...bySection.keys()])
        if (!order.includes(section) && section !== 'Other')
            order.push(section);
    order.push('Other');
    const blocks = [];
    for (const section of order) {
        const list = bySection.get(section);
        if (!list || list.length === 0)
            continue;
        const sorted = [...list.filter((e) => e.breaking), ...list.filter((e) => !e.breaking)];
        blocks.push(`### ${section}\n\n${sorted.map((entry) => renderEntry(entry, links)).join('\n')}\n`);
    }
    return blocks.join('\n');
}
function renderEntry(entry, links) {
    const base = links.repositoryUrl.replace(/\/+$/, '');
    const breaking = entry.breaking ? '**BREAKING** ' : '';
    const scope = entry.scope ? `**${escapeMarkdown(entry.scope)}:** ` : '';
    const pr = entry.pullRequest === undefined ? '' : base ? ` ([#${entry.pullRequest}](${base}/pull/${entry.pullRequest}))` : ` (#${entry.pullRequest})`;
    const short = entry.hash.slice(0, 7);
    const commit = base ? ` ([${short}](${base}/commit/${entry.hash}))` : ` (${short})`;
    return `- ${breaking}${scope}${escapeMarkdown(entry.text)}${pr}${commit}`;
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/changelog-headings.ts


/** `## [1.2.0] - 2025-01-01`, as https://keepachangelog.com/en/1.1.0/ writes it. */
const KEEP_A_CHANGELOG_STYLE = Object.freeze({
    level: 2,
    brackets: true,
    link: false,
    vPrefix: false,
    date: 'dash',
});
const ATX = /^ {0,3}(#{1,3})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
// The version part: `[token]` with an optional inline `(url)`, or a bare token.
const VERSION_PART = /^(?:\[([^\]]*)\](?:\(([^()\s]*)\))?|([^\s[\]()]+))(.*)$/;
// What may follow the version: a date after a dash or in parentheses, then Keep a Changelog's
// `[YANKED]` marker. En and em dashes are accepted on reading; `-` is written.
const AFTER_VERSION = /^(?:[ \t]+[-–—][ \t]+([^\s[\]()]+)|[ \t]*\(([^()]+)\))?(?:[ \t]+\[YANKED\])?[ \t]*$/i;
const LOOKS_LIKE_VERSION = /^v?\d/i;
/**
 * Whether `version` (without `v`) is a version a changelog heading may carry: PEP 440
 * (`1.2.0rc1`, `1.2.0.post1`) or SemVer (`1.2.0-rc.1`, as JavaScript tools write).
 */
function isHeadingVersion(version) {
    return Pep440Version.tryParse(version) !== undefined || semver_default().valid(version) !== null;
}
/**
 * The key two heading versions are compared by: lower case, without a leading `v`
 * (`V1.2.0RC1` and `1.2.0rc1` are one release). Callers pass normalized PEP 440 versions.
 */
function versionKey(version) {
    return version.trim().toLowerCase().replace(/^v/, '');
}
/**
 * Reads one line as a release heading. Returns `undefined` for anything that is not one
 * (`# Changelog`, `## Contributing`, `### Added`), and `invalid` for a line that looks like a
 * release heading but cannot be read (`## [1.2.x] - 2025-01-01`, `## [1.2.0] whatever`).
 */
function readReleaseHeading(line) {
    const atx = ATX.exec(line);
    if (atx === null)
        return undefined;
    const hashes = atx[1] ?? '';
    const text = atx[2] ?? '';
    const parts = VERSION_PART.exec(text);
    if (parts === null)
        return undefined;
    const bracketed = parts[1];
    const url = parts[2];
    const token = (bracketed ?? parts[3] ?? '').trim();
    const rest = parts[4] ?? '';
    const level = hashes.length;
    const unreleased = token.toLowerCase() === 'unreleased';
    if (level === 3) {
        // `### …` is a subsection (`### Added`) unless it is standard-version's patch heading,
        // `### [1.2.1](url) (date)`: nothing else at this level is taken for a release.
        if (url === undefined || unreleased || !isHeadingVersion(token.replace(/^v/i, '')))
            return undefined;
    }
    if (!unreleased && !LOOKS_LIKE_VERSION.test(token))
        return undefined;
    // A bare token is a release only if nothing or a date follows it: `## 2025 roadmap` is not one.
    if (bracketed === undefined && !/^(?:[ \t]*$|[ \t]+[-–—][ \t]|[ \t]*\()/.test(rest))
        return undefined;
    const after = AFTER_VERSION.exec(rest);
    const vPrefix = /^v/i.test(token) && !unreleased;
    const version = vPrefix ? token.slice(1) : token;
    if (!unreleased && !isHeadingVersion(version)) {
        return { kind: 'invalid', problem: `the release heading '${line.trim()}' has a version that cannot be read ('${token}')` };
    }
    if (after === null || (unreleased && after[0].trim() !== '')) {
        return {
            kind: 'invalid',
            problem: `the release heading '${line.trim()}' cannot be read: expected '${hashes} [${token}] - YYYY-MM-DD' or '${hashes} ${token} (YYYY-MM-DD)'`,
        };
    }
    const date = after[1] ?? after[2]?.trim();
    const style = {
        level: level === 3 ? 2 : level,
        brackets: bracketed !== undefined,
        link: url !== undefined,
        vPrefix,
        date: after[1] !== undefined ? 'dash' : after[2] !== undefined ? 'paren' : 'none',
    };
    const heading = {
        version,
        ...(date === undefined ? {} : { date }),
        ...(url === undefined ? {} : { url }),
        style,
        unreleased,
        yanked: /\[YANKED\][ \t]*$/i.test(rest),
        level,
    };
    return { kind: 'release', heading };
}
/**
 * Parses a release heading: `## [Unreleased]`, `## Unreleased`, `## [1.2.0] - 2025-01-01`,
 * `## 1.2.0 (2025-01-01)`, `## [1.2.0](url) (2025-01-01)`, `# [1.2.0](url) (2025-01-01)`,
 * `## v1.2.0`, `## 1.2.0rc1 - 2025-01-01`, `## [1.2.0] - 2025-01-01 [YANKED]`.
 * Returns `undefined` for any other line, including one that looks like a release heading but
 * cannot be read (see `readReleaseHeading` for telling those apart).
 */
function parseReleaseHeading(line) {
    const reading = readReleaseHeading(line);
    return reading?.kind === 'release' ? reading.heading : undefined;
}
/**
 * Writes a release heading in `style`. The inline-link style writes `[version](compareUrl)`, or
 * the bare version when there is no URL (as conventional-changelog does); a `date` of
 * `undefined`, or a style without a date, writes none.
 */
function changelog_headings_renderReleaseHeading(style, version, date, compareUrl, options = {}) {
    const shown = style.vPrefix && !/^v/i.test(version) ? `v${version}` : version;
    let text;
    if (style.link)
        text = compareUrl === undefined ? shown : `[${shown}](${compareUrl})`;
    else
        text = style.brackets ? `[${shown}]` : shown;
    if (date !== undefined) {
        if (style.date === 'dash')
            text += ` - ${date}`;
        else if (style.date === 'paren')
            text += ` (${date})`;
    }
    if (options.yanked === true)
        text += ' [YANKED]';
    return `${'#'.repeat(style.level)} ${text}`;
}
/**
 * The Unreleased heading in `style`: `## [Unreleased]` where headings are bracketed for link
 * references (Keep a Changelog), `## Unreleased` otherwise (there is no compare link to show inline).
 */
function changelog_headings_renderUnreleasedHeading(style) {
    return `${'#'.repeat(style.level)} ${changelog_headings_usesLinkReferences(style) ? '[Unreleased]' : 'Unreleased'}`;
}
/** Whether headings in `style` take their links from link reference lines at the bottom (Keep a Changelog). */
function changelog_headings_usesLinkReferences(style) {
    return style.brackets && !style.link;
}

;// CONCATENATED MODULE: ./packages/core/src/collections/append-all.ts
/**
 * Appends every item of `items` to `target`, in order. `target.push(...items)` passes each item as
 * an argument, and V8 overflows the call stack at about 120,000 of them: a 50,000-commit range or
 * a 50 MB changelog is data of that size. Use this wherever `items` is not bounded.
 */
function append_all_appendAll(target, items) {
    for (const item of items)
        target.push(item);
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/changelog-links.ts

// CommonMark: up to three spaces, `[label]:`, the destination; a title may follow.
const DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*(\S+)/;
/** The key a link label is matched by: `unreleased`, or the version's key (`v0.4.0` → `0.4.0`). */
function linkKey(label) {
    const trimmed = label.trim();
    return trimmed.toLowerCase() === 'unreleased' ? 'unreleased' : versionKey(trimmed);
}
/** Reads `line` as a link reference definition, or `undefined`. */
function parseLinkReference(line, index) {
    const match = DEFINITION.exec(line);
    if (match === null)
        return undefined;
    const label = match[1] ?? '';
    return { index, label, url: match[2] ?? '', key: linkKey(label) };
}
/** `[label]: url`. */
function renderLinkReference(label, url) {
    return `[${label}]: ${url}`;
}
/**
 * Plans the edits that give the document the `wanted` definitions: an existing line with another
 * URL is rewritten in place (keeping its label), a missing one is inserted beside the definition
 * of its nearest neighbour in `order` (the keys in document order: `unreleased`, then the
 * releases newest first), so the block stays in Keep a Changelog's order. With no neighbour,
 * the new lines start a block at `append`. Definitions not wanted are never touched.
 */
function planLinkReferences(existing, wanted, order, append) {
    const byKey = new Map();
    for (const ref of existing)
        if (!byKey.has(ref.key))
            byKey.set(ref.key, ref);
    const ranks = new Map();
    order.forEach((key, index) => {
        if (!ranks.has(key))
            ranks.set(key, index);
    });
    const edits = [];
    const inserts = new Map();
    const appended = [];
    for (const link of wanted) {
        const found = byKey.get(link.key);
        if (found !== undefined) {
            if (found.url !== link.url) {
                edits.push({ start: found.index, end: found.index + 1, lines: [renderLinkReference(found.label, link.url)] });
            }
            continue;
        }
        const rank = ranks.get(link.key) ?? -1;
        const line = renderLinkReference(link.label, link.url);
        const at = anchorFor(rank, order, byKey);
        if (at === undefined)
            appended.push({ rank, line });
        else {
            const group = inserts.get(at);
            if (group === undefined)
                inserts.set(at, [{ rank, line }]);
            else
                group.push({ rank, line });
        }
    }
    const byRank = (a, b) => a.rank - b.rank;
    for (const [at, lines] of inserts)
        edits.push({ start: at, end: at, lines: lines.sort(byRank).map((l) => l.line) });
    if (appended.length > 0) {
        const lines = appended.sort(byRank).map((l) => l.line);
        if (append.blankBefore)
            lines.unshift('');
        edits.push({ start: append.index, end: append.index, lines });
    }
    return edits;
}
/** The line a new definition goes before: the next one in `order` that exists, else after the previous one. */
function anchorFor(rank, order, byKey) {
    if (rank < 0)
        return undefined;
    for (let i = rank + 1; i < order.length; i++) {
        const ref = byKey.get(order[i] ?? '');
        if (ref !== undefined)
            return ref.index;
    }
    for (let i = rank - 1; i >= 0; i--) {
        const ref = byKey.get(order[i] ?? '');
        if (ref !== undefined)
            return ref.index + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/commit-traces.ts
// `type(scope)!: ` at the start of a text: commitizen and python-semantic-release 9 write the
// description without it, python-semantic-release 8 writes the whole message with it.
const TYPE_PREFIX = /^[a-z][\w-]*(?:\([^()]*\))?!?: +/;
const HASH = /\b[0-9a-f]{7,64}\b/gi;
// A trailing group of references: `(#12)`, `(abc1234)`, `(#12, abc1234)`, `(PR#12, abc1234)`,
// `(closes #3)` as the tools append them (links already reduced to their labels).
const TRAILING_REFERENCES = /\s*\((?:\s*(?:pr|closes|fixes|resolves)?\s*#\d+|\s*[0-9a-f]{7,64}|\s*,)+\s*\)\s*$/i;
/** The traces of a release's commits (newest first or in any order). */
function traceCommits(commits) {
    const hashes = new Map();
    const texts = new Set();
    const add = (text) => {
        const normalized = normalizeEntryText(text);
        if (normalized === '')
            return;
        texts.add(normalized);
        const untyped = normalized.replace(TYPE_PREFIX, '');
        if (untyped !== '')
            texts.add(untyped);
    };
    for (const commit of commits) {
        const hash = commit.hash.toLowerCase();
        const list = hashes.get(hash.slice(0, 7));
        if (list)
            list.push(hash);
        else
            hashes.set(hash.slice(0, 7), [hash]);
        add(commit.header);
        if (commit.kind === 'merge')
            continue;
        if (commit.kind === 'conventional') {
            add(commit.subject);
            for (const note of [...commit.breakingNotes, ...commit.deprecations])
                addParagraphs(note, add);
        }
        addParagraphs(commit.body, add);
    }
    return { hashes, texts };
}
/** Each paragraph of a text, and each of its lines. */
function addParagraphs(text, add) {
    for (const paragraph of text.split(/\n[ \t]*\n/)) {
        add(paragraph.replace(/\s*\n\s*/g, ' '));
        if (paragraph.includes('\n'))
            for (const line of paragraph.split('\n'))
                add(line);
    }
}
/**
 * Whether a block of a changelog section (a bullet with its continuation lines, or a paragraph)
 * stands for one of the traced commits: it names one's hash, or its text is one's text, whole
 * or line by line (python-semantic-release 8 writes each commit message as it is).
 */
function standsForCommit(lines, traces) {
    for (const match of lines.join('\n').matchAll(HASH)) {
        const token = match[0].toLowerCase();
        if (traces.hashes.get(token.slice(0, 7))?.some((hash) => hash.startsWith(token)))
            return true;
    }
    const whole = normalizeEntryText(lines.join(' '));
    if (whole !== '' && traces.texts.has(whole))
        return true;
    const filled = lines.filter((line) => line.trim() !== '');
    return filled.length > 1 && filled.every((line) => traces.texts.has(normalizeEntryText(line)));
}
/**
 * An entry's text reduced to what every tool keeps of it: links to their labels, no backticks,
 * no bullet, no `**BREAKING**` marker or bold `**scope:**`, no trailing references, lower case,
 * single spaces, no final punctuation. `- **api:** Support X ([#12](…)) ([abc1234](…))` and
 * `feat(api): support X (#12)`'s subject both give `support x`.
 */
function normalizeEntryText(text) {
    let out = text.replace(/!?\[([^\]]*)\]\([^()\s]*\)/g, '$1').replace(/`/g, '');
    out = out.replace(/^\s*(?:[-*+][ \t]+)?/, '').replace(/^\*\*BREAKING\*\*\s+/i, '').replace(/^\*\*[^*\n]+?\*\*:?\s+/, '');
    for (let previous = ''; previous !== out;) {
        previous = out;
        out = out.replace(TRAILING_REFERENCES, '').replace(/[.:;,!]+$/, '').trimEnd();
    }
    return out.replace(/\s+/g, ' ').trim().toLowerCase();
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/changelog-document.ts





const BOM = '\uFEFF';
/** A new changelog: Keep a Changelog's header and an empty `## [Unreleased]` section. */
function createChangelog() {
    return [
        '# Changelog',
        '',
        'All notable changes to this project will be documented in this file.',
        '',
        'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
        'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
        '',
        '## [Unreleased]',
        '',
    ].join('\n');
}
/**
 * Writes one release: a new section right below `## [Unreleased]` (which stays, emptied), taking
 * along the hand-written notes that were under it; or, when the version already has a section,
 * that section rebuilt in place (generated bullets replaced, hand-written ones kept). In a file
 * without `## [Unreleased]` the section goes above the newest release. Link reference lines are
 * added or updated when the file uses them. Every other byte is kept.
 * @throws FileError (with the line) when the changelog's structure cannot be understood.
 */
function applyRelease(content, path, update) {
    checkUpdate(update);
    const doc = readStructure(content, path);
    const existing = findRelease(doc, update.version);
    const generated = parseBody(splitText(update.body));
    let edit;
    let merged;
    let style;
    if (existing !== undefined) {
        merged = mergeBodies(generated, parseBody(sectionBody(doc, existing)), update.commits);
        style = existing.heading.style;
        edit = replaceSection(doc, existing, renderExistingHeading(existing.heading, update), renderBody(merged));
    }
    else {
        style = newestStyle(doc);
        const heading = changelog_headings_renderReleaseHeading(style, update.version, update.date, style.link ? update.links?.compare : undefined);
        const unreleased = doc.unreleased;
        merged = mergeBodies(generated, unreleased === undefined ? EMPTY_BODY : parseBody(sectionBody(doc, unreleased)), update.commits);
        const sectionLines = [heading, ...withBlank(renderBody(merged))];
        if (unreleased !== undefined) {
            // The Unreleased section keeps its heading and loses its notes to the new section.
            edit = replaceSection(doc, unreleased, undefined, sectionLines);
        }
        else {
            const lead = changelog_headings_usesLinkReferences(style) ? [changelog_headings_renderUnreleasedHeading(style), ''] : [];
            edit = insertAt(doc, topIndex(doc), [...lead, ...sectionLines]);
        }
    }
    let next = applyEdits(doc.lines, [edit]);
    if (changelog_headings_usesLinkReferences(style) && update.links !== undefined)
        next = updateLinks(next, path, [update], update.links.unreleased);
    return result(content, next, merged, doc);
}
/**
 * Refreshes the generated entries of the `[Unreleased]` section (a run without a version):
 * `update.body` replaces the generated bullets, hand-written notes are kept beside them. A file
 * without an Unreleased section gets one above the newest release, unless there is nothing to write.
 * @throws FileError (with the line) when the changelog's structure cannot be understood.
 */
function applyUnreleased(content, path, update) {
    const doc = readStructure(content, path);
    const generated = parseBody(splitText(update.body));
    const style = newestStyle(doc);
    const unreleased = doc.unreleased;
    let next = content;
    let merged;
    if (unreleased !== undefined) {
        merged = mergeBodies(generated, parseBody(sectionBody(doc, unreleased)), update.commits);
        next = applyEdits(doc.lines, [replaceSection(doc, unreleased, undefined, renderBody(merged))]);
    }
    else {
        merged = mergeBodies(generated, EMPTY_BODY);
        const lines = renderBody(merged);
        if (lines.length === 0)
            return result(content, content, merged, doc);
        next = applyEdits(doc.lines, [insertAt(doc, topIndex(doc), [renderUnreleasedHeading(style), '', ...lines])]);
    }
    if (usesLinkReferences(style) && update.link !== undefined)
        next = updateLinks(next, path, [], update.link);
    return result(content, next, merged, doc);
}
/**
 * Regenerates released sections from `releases` (newest first): a version with a section has it
 * rebuilt in place (hand-written bullets kept); a version without one gets a new section below
 * the nearest newer release of the list (or at the top of the releases). The header,
 * `[Unreleased]` and every other section are kept. `sectionText` is the first release's notes.
 * @throws FileError (with the line) when the changelog's structure cannot be understood.
 */
function replaceReleasedSections(content, path, releases) {
    for (const update of releases)
        checkUpdate(update);
    // One reading of the file, all edits against it: 40 releases cost one parse, not forty.
    const doc = readStructure(content, path);
    const style = newestStyle(doc);
    const edits = [];
    let first = EMPTY_BODY;
    const linked = [];
    // New sections that follow one another are written as one block, after the section before them.
    let pending = [];
    let pendingAt;
    let after;
    const flush = () => {
        if (pending.length > 0 && pendingAt !== undefined)
            edits.push(insertAt(doc, pendingAt, pending));
        pending = [];
        pendingAt = undefined;
    };
    for (const [i, update] of releases.entries()) {
        const generated = parseBody(splitText(update.body));
        const existing = findRelease(doc, update.version);
        let merged;
        let sectionStyle;
        if (existing !== undefined) {
            flush();
            merged = mergeBodies(generated, parseBody(sectionBody(doc, existing)), update.commits);
            sectionStyle = existing.heading.style;
            edits.push(replaceSection(doc, existing, renderExistingHeading(existing.heading, update), renderBody(merged)));
            after = existing.end;
        }
        else {
            merged = mergeBodies(generated, EMPTY_BODY);
            sectionStyle = style;
            const heading = renderReleaseHeading(style, update.version, update.date, style.link ? update.links?.compare : undefined);
            pendingAt ??= after ?? doc.releases[0]?.index ?? doc.unreleased?.end ?? topIndex(doc);
            if (pending.length > 0)
                pending.push('');
            pending.push(heading);
            appendAll(pending, withBlank(renderBody(merged)));
        }
        if (i === 0)
            first = merged;
        if (usesLinkReferences(sectionStyle) && update.links !== undefined)
            linked.push(update);
    }
    flush();
    let next = edits.length > 0 ? applyEdits(doc.lines, edits) : content;
    const unreleasedUrl = releases.find((r) => r.links?.unreleased !== undefined)?.links?.unreleased;
    if (linked.length > 0 || (unreleasedUrl !== undefined && releases.length > 0)) {
        if (usesLinkReferences(newestStyle(readStructure(next, path))))
            next = updateLinks(next, path, linked, unreleasedUrl);
    }
    return result(content, next, first, doc);
}
function changelog_document_splitLines(content) {
    const bom = content.startsWith(BOM) ? BOM : '';
    const text = content.slice(bom.length);
    // Typed arrays sized by a first count of the line breaks: 5 bytes a line.
    let most = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        most++;
    for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1))
        most++;
    const starts = new Int32Array(most + 1);
    const eols = new Uint8Array(most);
    // indexOf for both line feeds and lone carriage returns: no match object per line.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    let from = 0;
    let count = 0;
    for (;;) {
        if (lf !== -1 && lf < from)
            lf = text.indexOf('\n', from);
        if (cr !== -1 && cr < from)
            cr = text.indexOf('\r', from);
        let at;
        let length;
        if (cr !== -1 && (lf === -1 || cr < lf)) {
            at = cr;
            length = cr + 1 === lf ? 2 : 1;
        }
        else if (lf !== -1) {
            at = lf;
            length = 1;
        }
        else
            break;
        starts[count] = from;
        eols[count] = length;
        count++;
        from = at + length;
    }
    starts[count] = from;
    eols[count] = 0;
    count++;
    starts[count] = text.length;
    const end = from === text.length ? count - 1 : count;
    const first = count > 1 ? (eols[0] ?? 0) : 0;
    const nl = first === 0 ? '\n' : text.slice((starts[1] ?? 0) - first, starts[1]);
    return { bom, text, starts: starts.subarray(0, count + 1), eols: eols.subarray(0, count), count, nl, end };
}
/** Entry `i` without its line ending ('' past the end). */
function changelog_document_lineAt(lines, i) {
    if (i < 0 || i >= lines.count)
        return '';
    return lines.text.slice(lines.starts[i], (lines.starts[i + 1] ?? 0) - (lines.eols[i] ?? 0));
}
/** Entries `[from, to)`, without their line endings. */
function linesBetween(lines, from, to) {
    const out = [];
    for (let i = from; i < to; i++)
        out.push(changelog_document_lineAt(lines, i));
    return out;
}
/**
 * Applies non-overlapping edits; new lines take the file's line ending, the last line keeps having
 * none or one. Untouched runs of lines are copied as single slices of the text: time and memory
 * are linear in the file and the edits.
 */
function applyEdits(lines, edits) {
    // In document order; at one index an insertion (end === start) lands before a replacement there.
    const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const parts = [lines.bom];
    // Whether the output so far ends with a line ending (or is empty): only the file's last entry has none.
    let ended = true;
    let next = 0;
    const keep = (until) => {
        if (until <= next)
            return;
        if (!ended)
            parts.push(lines.nl);
        parts.push(lines.text.slice(lines.starts[next], lines.starts[until]));
        ended = (lines.eols[until - 1] ?? 0) !== 0;
        next = until;
    };
    for (const edit of ordered) {
        keep(edit.start);
        for (const line of edit.lines) {
            if (!ended)
                parts.push(lines.nl);
            parts.push(line);
            ended = false;
        }
        next = Math.max(next, edit.end);
    }
    keep(lines.count);
    return parts.join('');
}
function splitText(text) {
    const lines = text.split(/\r\n|\n|\r/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
const isBlank = (line) => line.trim() === '';
const OTHER_HEADING = /^ {0,3}#{1,2}(?:[ \t]|$)/;
function readStructure(content, path) {
    const lines = changelog_document_splitLines(content);
    const inCode = codeMasker();
    const headings = [];
    const boundaries = [];
    const links = [];
    let firstOtherHeading;
    for (let i = 0; i < lines.end; i++) {
        const text = changelog_document_lineAt(lines, i);
        if (inCode(text))
            continue;
        const reading = readReleaseHeading(text);
        if (reading?.kind === 'invalid')
            throw new FileError(path, reading.problem, i + 1);
        if (reading?.kind === 'release') {
            headings.push({ index: i, heading: reading.heading });
            boundaries.push(i);
        }
        else if (OTHER_HEADING.test(text)) {
            boundaries.push(i);
            if (firstOtherHeading === undefined && /^ {0,3}##(?:[ \t]|$)/.test(text))
                firstOtherHeading = i;
        }
        else {
            const ref = parseLinkReference(text, i);
            if (ref !== undefined)
                links.push(ref);
        }
    }
    const linkBlockStart = trailingLinkBlock(lines, links);
    boundaries.push(linkBlockStart);
    // Boundaries are in line order, and so are the headings: one pointer finds each section's end.
    let boundary = 0;
    const sectionEnd = (index) => {
        while (boundary < boundaries.length && (boundaries[boundary] ?? 0) <= index)
            boundary++;
        return Math.min(lines.end, boundaries[boundary] ?? lines.end);
    };
    let unreleased;
    const releases = [];
    const byVersion = new Map();
    const strayUnreleased = [];
    for (const { index, heading } of headings) {
        const section = { heading, index, end: sectionEnd(index) };
        if (heading.unreleased) {
            const above = releases.at(-1);
            if (above !== undefined) {
                strayUnreleased.push({ index, below: above });
                continue;
            }
            if (unreleased !== undefined) {
                throw new FileError(path, `a second Unreleased section (the first is on line ${unreleased.index + 1})`, index + 1);
            }
            unreleased = section;
            continue;
        }
        const key = versionKey(heading.version);
        const first = byVersion.get(key);
        if (first !== undefined) {
            throw new FileError(path, `a second section for version ${heading.version} (the first is on line ${first.index + 1})`, index + 1);
        }
        byVersion.set(key, section);
        releases.push(section);
    }
    return { path, lines, unreleased, releases, byVersion, links, firstOtherHeading, linkBlockStart, strayUnreleased };
}
/**
 * Tells, line by line in document order, which lines are inside fenced code blocks (CommonMark:
 * ``` or ~~~, closed by a fence of the same character at least as long) or multi-line HTML
 * comments: a `## 1.0.0` there is no heading.
 */
function codeMasker() {
    let fence;
    let comment = false;
    return (text) => {
        if (fence !== undefined) {
            if (closesFence(text, fence))
                fence = undefined;
            return true;
        }
        if (comment) {
            if (text.includes('-->'))
                comment = false;
            return true;
        }
        const opened = openFence(text);
        if (opened !== undefined) {
            fence = opened;
            return true;
        }
        const open = text.lastIndexOf('<!--');
        if (/^ {0,3}<!--/.test(text) && !text.slice(open).includes('-->')) {
            comment = true;
            return true;
        }
        return false;
    };
}
function openFence(text) {
    const match = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(text);
    if (match === null)
        return undefined;
    const marks = match[1] ?? '';
    // CommonMark: a backtick fence's info string cannot contain a backtick (that is inline code).
    if (marks.startsWith('`') && (match[2] ?? '').includes('`'))
        return undefined;
    return { char: marks.charAt(0), length: marks.length };
}
function closesFence(text, fence) {
    const match = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(text);
    return match !== null && (match[1] ?? '').startsWith(fence.char) && (match[1] ?? '').length >= fence.length;
}
/** The first line of the run of link definitions (and blank lines) that ends the file. */
function trailingLinkBlock(lines, links) {
    const defined = new Set(links.map((l) => l.index));
    let start = lines.end;
    for (let i = lines.end - 1; i >= 0; i--) {
        if (defined.has(i))
            start = i;
        else if (!isBlank(changelog_document_lineAt(lines, i)))
            break;
    }
    return start;
}
function findRelease(doc, version) {
    return doc.byVersion.get(versionKey(version));
}
/** The style for a new section: the newest release heading's, else Keep a Changelog's. */
function newestStyle(doc) {
    const newest = doc.releases[0];
    if (newest !== undefined)
        return newest.heading.style;
    const unreleased = doc.unreleased?.heading.style;
    return unreleased === undefined ? KEEP_A_CHANGELOG_STYLE : { ...KEEP_A_CHANGELOG_STYLE, level: unreleased.level, brackets: unreleased.brackets };
}
/** Where a first section goes: above the newest release, else before the first other `##` heading or the link block. */
function topIndex(doc) {
    return doc.releases[0]?.index ?? doc.firstOtherHeading ?? doc.linkBlockStart;
}
function sectionBody(doc, section) {
    return linesBetween(doc.lines, section.index + 1, section.end);
}
// ---------------------------------------------------------------------------------------------
// Edits.
/**
 * Replaces a section's heading (unless `heading` is undefined) and its content up to its last
 * non-blank line with `content`; the blank lines after it stay, or one is added before a heading.
 */
function replaceSection(doc, section, heading, content) {
    let last = section.index;
    for (let i = section.index + 1; i < section.end; i++)
        if (!isBlank(changelog_document_lineAt(doc.lines, i)))
            last = i;
    const lines = content.length > 0 ? ['', ...content] : [];
    if (lines.length > 0 && last + 1 === section.end && section.end < doc.lines.end)
        lines.push('');
    return heading === undefined
        ? { start: section.index + 1, end: last + 1, lines }
        : { start: section.index, end: last + 1, lines: [heading, ...lines] };
}
/** Inserts lines before line `at`, with a blank line on each side where there is none. */
function insertAt(doc, at, content) {
    const before = at > 0 && !isBlank(changelog_document_lineAt(doc.lines, at - 1)) ? [''] : [];
    const after = at < doc.lines.end ? [''] : [];
    return { start: at, end: at, lines: [...before, ...content, ...after] };
}
function withBlank(body) {
    return body.length > 0 ? ['', ...body] : [];
}
/** An existing release heading written again in its own style, with the new date and link. */
function renderExistingHeading(heading, update) {
    const url = update.links?.compare ?? heading.url;
    const text = changelog_headings_renderReleaseHeading(heading.style, update.version, update.date, url, { yanked: heading.yanked });
    return heading.level === 3 ? `#${text}` : text;
}
/** Adds or updates `[Unreleased]` and the releases' link reference lines. */
function updateLinks(content, path, releases, unreleasedUrl) {
    const doc = readStructure(content, path);
    const wanted = [];
    if (unreleasedUrl !== undefined && doc.unreleased !== undefined) {
        wanted.push({ key: 'unreleased', label: 'Unreleased', url: unreleasedUrl });
    }
    for (const update of releases) {
        const section = findRelease(doc, update.version);
        const url = update.links?.compare;
        if (section === undefined || url === undefined || !changelog_headings_usesLinkReferences(section.heading.style))
            continue;
        const label = `${section.heading.style.vPrefix ? 'v' : ''}${section.heading.version}`;
        wanted.push({ key: versionKey(section.heading.version), label, url });
    }
    const order = [...(doc.unreleased === undefined ? [] : ['unreleased']), ...doc.releases.map((s) => versionKey(s.heading.version))];
    const { lines } = doc;
    const append = { index: lines.end, blankBefore: lines.end > 0 && !isBlank(changelog_document_lineAt(lines, lines.end - 1)) };
    const edits = planLinkReferences(doc.links, wanted, order, append);
    return edits.length === 0 ? content : applyEdits(lines, edits);
}
function checkUpdate(update) {
    if (!isHeadingVersion(versionKey(update.version))) {
        throw new errors_InputError('version', update.version, 'a changelog heading needs a PEP 440 or SemVer version');
    }
    if (!/^[^\s()[\]]+$/.test(update.date))
        throw new errors_InputError('date', update.date, 'the date must be one word, such as 2025-01-01');
    for (const url of [update.links?.compare, update.links?.unreleased]) {
        if (url !== undefined && !/^[^\s()]+$/.test(url))
            throw new errors_InputError('link', url, 'a link must be a URL without spaces or parentheses');
    }
}
function result(before, content, body, doc) {
    const lines = renderBody(body);
    const warnings = doc.strayUnreleased.map((stray) => `${doc.path}:${stray.index + 1}: the Unreleased heading below the release ${stray.below.heading.version} (line ${stray.below.index + 1}) ` +
        'is not the Unreleased section (a tool that rebuilt the file may have left it); it stays where it is, and new sections go above the newest release.');
    return { content, changed: content !== before, sectionText: lines.length === 0 ? '' : `${lines.join('\n')}\n`, warnings };
}
const EMPTY_BODY = { intro: [], subsections: [] };
const SUBSECTION = /^ {0,3}###[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^ ?[-*+](?:[ \t]|$)/;
// Generated bullets end with the commit link: `([abc1234](https://…/commit/abc1234…))`.
const COMMIT_LINK = /\/commit\/[0-9a-f]{7,40}\)\)[ \t]*$/i;
// Keep a Changelog's order of change types (https://keepachangelog.com/en/1.1.0/#how).
const KEEP_A_CHANGELOG_ORDER = ['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'];
function parseBody(lines) {
    const intro = [];
    const subsections = [];
    let target = intro;
    let i = 0;
    while (i < lines.length) {
        const line = lines[i] ?? '';
        if (isBlank(line)) {
            i++;
            continue;
        }
        const sub = SUBSECTION.exec(line);
        if (sub !== null) {
            const subsection = { heading: line.trim(), key: (sub[1] ?? '').trim().toLowerCase(), blocks: [] };
            subsections.push(subsection);
            target = subsection.blocks;
            i++;
            continue;
        }
        const { block, next } = readBlock(lines, i);
        target.push(block);
        i = next;
    }
    return { intro, subsections };
}
function readBlock(lines, start) {
    const bullet = BULLET.test(lines[start] ?? '');
    const out = [];
    let fence;
    let i = start;
    while (i < lines.length) {
        const line = lines[i] ?? '';
        if (fence !== undefined) {
            out.push(line);
            if (closesFence(line, fence))
                fence = undefined;
            i++;
            continue;
        }
        if (i > start) {
            if (SUBSECTION.test(line) || BULLET.test(line))
                break;
            if (isBlank(line)) {
                // A bullet goes on past blank lines when an indented line continues it.
                let j = i;
                while (j < lines.length && isBlank(lines[j] ?? ''))
                    j++;
                if (!bullet || j >= lines.length || !/^(?: {2,}|\t)/.test(lines[j] ?? ''))
                    break;
                for (let k = i; k < j; k++)
                    out.push(lines[k] ?? '');
                i = j;
                continue;
            }
        }
        fence = openFence(line);
        out.push(line);
        i++;
    }
    while (out.length > 0 && isBlank(out[out.length - 1] ?? ''))
        out.pop();
    return { block: { bullet, lines: out }, next: i };
}
const isGenerated = (block) => block.bullet && block.lines.some((line) => COMMIT_LINK.test(line));
const blockKey = (block) => block.lines.map((l) => l.trimEnd()).join('\n');
/**
 * `written`'s hand-written blocks that `generated` does not already hold: not a generated bullet
 * (one ending with a commit link, as this action and python-semantic-release write them), and,
 * when the release's commits are known, standing for none of them (another tool's entry, the
 * commit body it wrote under it, its breaking-change note).
 */
function handWritten(written, generated, commits) {
    const known = new Set(generated.map(blockKey));
    return written.filter((b) => !isGenerated(b) && !known.has(blockKey(b)) && !(commits !== undefined && standsForCommit(b.lines, commits)));
}
function groupSubsections(subsections) {
    const groups = [];
    for (const s of subsections) {
        const group = groups.find((g) => g.key === s.key);
        if (group === undefined)
            groups.push({ ...s, blocks: [...s.blocks] });
        else
            append_all_appendAll(group.blocks, s.blocks);
    }
    return groups;
}
/**
 * The generated body with the hand-written notes of `written` merged in: a subsection both have
 * gets the hand-written blocks after the generated ones; one only `written` has is added in
 * Keep a Changelog's order (Added, Changed, Deprecated, Removed, Fixed, Security), others after.
 * Generated bullets in `written` (those ending with a commit link, or standing for one of `commits`)
 * are dropped: `generated` replaces them, and a subsection left with nothing goes with them.
 */
function mergeBodies(generated, written, commits) {
    const intro = [...generated.intro, ...handWritten(written.intro, generated.intro, commits)];
    const subsections = groupSubsections(generated.subsections);
    const extra = [];
    for (const w of groupSubsections(written.subsections)) {
        const match = subsections.find((s) => s.key === w.key);
        const blocks = handWritten(w.blocks, match?.blocks ?? [], commits);
        if (match !== undefined)
            append_all_appendAll(match.blocks, blocks);
        else if (blocks.length > 0)
            extra.push({ ...w, blocks });
    }
    const rank = (s) => KEEP_A_CHANGELOG_ORDER.indexOf(s.key);
    const known = extra.filter((s) => rank(s) >= 0).sort((a, b) => rank(a) - rank(b));
    for (const s of known) {
        const later = subsections.findIndex((t) => rank(t) > rank(s));
        let at = later;
        if (later < 0) {
            const lastKnown = subsections.findLastIndex((t) => rank(t) >= 0);
            at = lastKnown < 0 ? subsections.length : lastKnown + 1;
        }
        subsections.splice(at, 0, s);
    }
    append_all_appendAll(subsections, extra.filter((s) => rank(s) < 0));
    return { intro, subsections };
}
function renderBody(body) {
    const out = [];
    const pushBlocks = (blocks) => {
        let previous;
        for (const block of blocks) {
            // Bullets stay one tight list; anything else is a paragraph of its own.
            if (previous !== undefined && !(previous.bullet && block.bullet))
                out.push('');
            append_all_appendAll(out, block.lines);
            previous = block;
        }
    };
    pushBlocks(body.intro);
    for (const s of body.subsections) {
        if (out.length > 0)
            out.push('');
        out.push(s.heading);
        if (s.blocks.length > 0) {
            out.push('');
            pushBlocks(s.blocks);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/release/plan-version-bump.ts











const NO_CONTEXT = { today: '1970-01-01', repositoryUrl: '' };
/**
 * Decides the next version from what was read. Pure: it reads no file and runs no git,
 * so a dry run is simply this without `applyVersionBump`.
 */
function planVersionBump(state, settings, context = NO_CONTEXT) {
    const commits = state.commits;
    const decision = computeBump(commits, settings.rules);
    if (settings.strict && decision.nonConventional.length > 0) {
        const list = decision.nonConventional.map((c) => `  ${c.hash.slice(0, 7)} ${c.header}`).join('\n');
        throw new errors_ReleaseError(`strict: ${decision.nonConventional.length} commit(s) in the range are not Conventional Commits:\n${list}`);
    }
    const notices = [];
    const warnings = [];
    const { version: previousVersion, source: previousSource } = choosePrevious(state, settings, notices);
    notices.push(...locationNotices(state.location), ...state.location.notes, ...settings.projectNotes);
    for (const file of state.files) {
        if (file.skipped !== undefined) {
            notices.push(`${file.skipped}; it is left as it is.`);
        }
        else if (file.read === undefined) {
            notices.push(`${file.path} does not exist: the tag alone carries the version.`);
        }
        else if (file.read.kind === 'dynamic') {
            notices.push(`${file.path}: ${file.read.detail}; it is left as it is.`);
        }
        else if (state.latestTag) {
            for (const span of spansOf(file.read)) {
                const inFile = Pep440Version.tryParse(bareVersion(file, span.value, settings));
                if (!inFile || !inFile.equals(state.latestTag.version)) {
                    warnings.push(`${file.path}:${span.line} says ${span.value}, but the latest tag ${state.latestTag.name} says ${state.latestTag.version.toString()}.`);
                }
            }
        }
    }
    const chosen = chooseNext(previousVersion, decision, settings);
    const base = {
        previousVersion,
        previousSource,
        previousTag: state.latestTag?.name,
        commits,
        decision,
        location: state.location,
        fromProject: settings.fromProject,
        notices,
        warnings,
    };
    if (!chosen) {
        return {
            ...base,
            skipped: true,
            bump: 'none',
            bumpSource: 'commits',
            nextVersion: undefined,
            version: '',
            tag: '',
            releaseBranch: undefined,
            templateValues: { version: '', previousVersion: previousVersion.toString(), tag: '' },
            edits: [],
            reason: `No releasable commits since ${state.latestTag?.name ?? 'the start of history'}: nothing to release.`,
        };
    }
    const version = formatVersion(chosen.version, settings.scheme);
    const tag = `${settings.tagPrefix}${version}`;
    checkUnreachableTags(state, chosen.version, tag, warnings);
    // A previous version SemVer cannot say (a post-release, an epoch) is written as PEP 440.
    const previousText = settings.scheme === 'semver' ? (trySemver(previousVersion) ?? previousVersion.toString()) : previousVersion.toString();
    const values = { version, previousVersion: previousText, tag };
    const edits = planVersionFileEdits(state.files, settings, { version, semver: () => chosen.version.toSemver(), tag });
    if (state.changelog) {
        const changelog = planChangelogEdit(state, context, { version, tag });
        edits.push(changelog.edit);
        warnings.push(...changelog.warnings);
    }
    return {
        ...base,
        skipped: false,
        bump: chosen.bump,
        bumpSource: chosen.source,
        nextVersion: chosen.version,
        version,
        tag,
        releaseBranch: settings.releaseBranch ? fillTemplate(settings.releaseBranch, values) : undefined,
        templateValues: values,
        edits,
        reason: chosen.reason,
    };
}
/**
 * A release tag above the latest one HEAD contains, but outside HEAD's history, is what a squash-merged (or rebased)
 * release branch leaves: the tagged commit never reached this branch. Proposing that version again would release it
 * twice, so that fails with the fix; a higher tag that is not the proposed version (a maintenance branch below a newer
 * line) is only a warning.
 */
function checkUnreachableTags(state, next, tag, warnings) {
    const where = state.branch ?? 'HEAD';
    for (const unreachable of state.unreachableTags ?? []) {
        if (unreachable.name === tag || unreachable.version.equals(next)) {
            throw new errors_ReleaseError(`The next version would be ${next.toString()}, but ${unreachable.name} already exists and is not in the history of ${where}: ` +
                `most likely its release branch was squash-merged or rebased, so the tagged commit never reached ${where}, and version-bump ` +
                `counts its commits again. Merge the tag into ${where} with a merge commit (git fetch --tags origin && git merge --no-ff ` +
                `${unreachable.name}; with git merge -s ours ${unreachable.name} if its changes are there already) and push, then run again; ` +
                `or release another version with the version input.`);
        }
    }
    const highest = state.unreachableTags?.at(-1);
    if (highest && highest.version.compare(next) > 0) {
        warnings.push(`${highest.name} is higher than ${tag} and not in the history of ${where}: right for a maintenance branch; on the default branch, merge ${highest.name} into it.`);
    }
}
function choosePrevious(state, settings, notices) {
    if (state.latestTag)
        return { version: state.latestTag.version, source: 'tag' };
    for (const file of state.files) {
        if (file.read?.kind !== 'found')
            continue;
        const version = Pep440Version.parse(bareVersion(file, file.read.span.value, settings));
        notices.push(`No release tag yet: the previous version is ${version.toString()} from ${file.path}, and all history counts.`);
        return { version, source: 'file' };
    }
    notices.push('No release tag and no version in the version files: starting from 0.0.0, and all history counts.');
    return { version: Pep440Version.parse('0.0.0'), source: 'none' };
}
/** The version in a file that holds the tag (`v1.2.3`, python-semantic-release's `:tf`) without the prefix. */
function bareVersion(file, value, settings) {
    return file.source?.stampsTag && value.startsWith(settings.tagPrefix) ? value.slice(settings.tagPrefix.length) : value;
}
/** What the location itself tells the user: a version from tags, or no Python project at all. */
function locationNotices(location) {
    if (location.kind === 'vcs') {
        return [`The version comes from git tags when the package is built (${location.tool}: ${location.where}): there is no file to write, and the tag is the release.`];
    }
    if (location.kind === 'none')
        return ['No pyproject.toml, setup.cfg or setup.py: the tag alone carries the version.'];
    return [];
}
/** npm and its lock files take SemVer whatever the scheme (commitizen's npm provider writes them too). */
const NPM_FILES = /(^|[\\/])(package|package-lock|npm-shrinkwrap)\.json$/;
/**
 * One edit per file, each source's updater applied in turn to the same content: those that search
 * for the current version's text first (commitizen rewrites its `version_files`, bump-my-version its
 * files, before their own record), then those that read a place, which then find it already written.
 */
function planVersionFileEdits(files, settings, next) {
    const byPath = new Map();
    for (const file of files) {
        if (file.content === undefined || file.read?.kind !== 'found')
            continue;
        const group = byPath.get(file.path);
        if (group)
            group.push(file);
        else
            byPath.set(file.path, [file]);
    }
    const edits = [];
    for (const [path, group] of byPath) {
        const before = group[0]?.content ?? '';
        const ordered = [...group.filter((f) => f.source && searchesForCurrent(f.source.locator)), ...group.filter((f) => !(f.source && searchesForCurrent(f.source.locator)))];
        const written = (file) => (file.source?.stampsTag ? next.tag : NPM_FILES.test(path) ? next.semver() : next.version);
        let after = before;
        for (const file of ordered) {
            try {
                after = updaterForState(file, settings.tagPrefix).updateContent(after, written(file), path);
            }
            catch (error) {
                // A search that an earlier source of the same file already rewrote finds nothing left: that is done, not missing.
                if (error instanceof FileError && after !== before && file.source && searchesForCurrent(file.source.locator))
                    continue;
                throw error;
            }
        }
        const first = group[0];
        edits.push({
            path,
            location: first.location,
            field: [...new Set(group.map((file) => (file.read?.kind === 'found' ? file.read.field : '')))].join(', '),
            from: first.read.span.value,
            to: written(first),
            before,
            after,
        });
    }
    return edits;
}
function chooseNext(previous, decision, settings) {
    if (settings.explicitVersion !== undefined) {
        const version = validateExplicitVersion('version', settings.explicitVersion, previous);
        return { version, bump: levelBetween(previous, version), source: 'version', reason: `The version input asks for ${version.toString()}.` };
    }
    const requested = settings.releaseType === 'auto' ? decision.level : settings.releaseType;
    const planned = planNextVersion({
        previous,
        bump: requested,
        ...(settings.prerelease ? { prerelease: settings.prerelease } : {}),
        majorOnZero: settings.majorOnZero,
    });
    if (!planned)
        return undefined;
    return {
        version: planned.version,
        bump: planned.bump,
        source: settings.releaseType === 'auto' ? 'commits' : 'release-type',
        reason: planned.reason,
    };
}
/** The level of change between two versions, for the `bump` output of an explicit version. */
function levelBetween(from, to) {
    const a = from.baseRelease();
    const b = to.baseRelease();
    if (b[0] !== a[0])
        return 'major';
    if (b[1] !== a[1])
        return 'minor';
    return 'patch';
}
function trySemver(version) {
    try {
        return version.toSemver();
    }
    catch (error) {
        if (error instanceof VersionError)
            return undefined;
        throw error;
    }
}
/** The release's section in the changelog, from the same commits, as the changelog action writes it. */
function planChangelogEdit(state, context, next) {
    const changelog = state.changelog;
    const entries = planChangelogEntries(state.commits, { sections: DEFAULT_SECTION_MAP, includeOther: false });
    const url = context.repositoryUrl.replace(/\/+$/, '');
    const previousTag = state.latestTag?.name;
    const edit = applyRelease(changelog.content ?? createChangelog(), changelog.path, {
        version: next.version,
        date: context.today,
        body: renderChangelogBody(entries, { repositoryUrl: url }),
        links: url
            ? {
                compare: previousTag ? `${url}/compare/${previousTag}...${next.tag}` : `${url}/releases/tag/${next.tag}`,
                unreleased: `${url}/compare/${next.tag}...HEAD`,
            }
            : undefined,
        commits: traceCommits(state.commits),
    });
    const fileEdit = {
        path: changelog.path,
        location: changelog.location,
        created: changelog.content === undefined,
        field: `section [${next.version}]`,
        from: changelog.content === undefined ? 'new file' : '—',
        to: `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`,
        before: changelog.content ?? '',
        after: edit.content,
    };
    return { edit: fileEdit, warnings: edit.warnings };
}

;// CONCATENATED MODULE: ./packages/core/src/summary/render-version-bump-summary.ts


const TYPE_TITLES = {
    feat: 'Features',
    fix: 'Bug fixes',
    perf: 'Performance',
    revert: 'Reverts',
    docs: 'Documentation',
    style: 'Style',
    refactor: 'Refactoring',
    test: 'Tests',
    chore: 'Chores',
    build: 'Build',
    ci: 'CI',
};
const TYPE_NOUNS = {
    feat: ['feature', 'features'],
    fix: ['fix', 'fixes'],
    perf: ['performance improvement', 'performance improvements'],
    revert: ['revert', 'reverts'],
    docs: ['documentation change', 'documentation changes'],
    refactor: ['refactor', 'refactors'],
};
/**
 * One sentence that explains the decision: "minor: 3 features, 5 fixes; highest: abc1234 feat(api): …".
 * Plain text, for the log and the summary alike.
 */
function explainBump(plan) {
    if (plan.skipped)
        return plan.reason;
    if (plan.bumpSource === 'version')
        return `${plan.bump}: ${plan.reason}`;
    const counts = new Map();
    let breaking = 0;
    for (const commit of plan.decision.releasing) {
        if (commit.breaking) {
            breaking++;
            continue;
        }
        counts.set(commit.type, (counts.get(commit.type) ?? 0) + 1);
    }
    const parts = breaking > 0 ? [`${breaking} breaking ${breaking === 1 ? 'change' : 'changes'}`] : [];
    const order = Object.keys(TYPE_TITLES);
    for (const [type, count] of [...counts].sort((a, b) => rank(order, a[0]) - rank(order, b[0]) || a[0].localeCompare(b[0]))) {
        const [one, many] = TYPE_NOUNS[type] ?? [`${type} commit`, `${type} commits`];
        parts.push(`${count} ${count === 1 ? one : many}`);
    }
    const because = plan.bumpSource === 'release-type' ? 'release-type asks for it' : parts.join(', ');
    const highest = plan.decision.highest;
    // A squash merge raised by a commit it lists says which: its subject alone would ask for less.
    const raised = plan.decision.raisedBy ? `, which squashes ${clipLine(plan.decision.raisedBy.header, 500)}` : '';
    const tail = highest && plan.bumpSource === 'commits' ? `; highest: ${highest.hash.slice(0, 7)} ${clipLine(highest.header, 500)}${raised}` : '';
    return `${plan.bump}: ${because || 'no releasable commits'}${tail}`;
}
/**
 * The job summary: the decision and why, the files, what was created, and the commits by
 * type. Over GitHub's 1 MiB limit it shrinks in stages (50 commits and 50 types per list, then
 * counts only, then a cut), each saying what was left out; user text is clipped to 4,096 characters
 * a line (`clipLine`).
 */
function renderVersionBumpSummary(plan, context) {
    const decision = plan.decision;
    const listed = decision.releasing.length + decision.notReleasing.length + decision.nonConventional.length + decision.cancelled.length;
    // A commit line takes 150-300 bytes: past a few thousand the full list cannot fit, so don't render it.
    const caps = [
        ...(listed > 3000 ? [] : [{ items: Infinity, groups: Infinity }]),
        { items: 50, groups: 50 },
        { items: 0, groups: 50 },
    ];
    return fitToLimit(caps.map((cap) => () => renderWithCap(plan, context, cap))).text;
}
const LEFT_OUT = "left out to keep the summary under GitHub's 1 MiB limit";
/** User text for one line of the summary: clipped, then escaped. */
const userText = (text) => escapeMarkdown(clipLine(text));
function renderWithCap(plan, context, cap) {
    const out = [];
    const previous = plan.previousVersion.toString();
    out.push(plan.skipped
        ? `## version-bump: no release (${previous})`
        : `## version-bump: ${previous} → ${plan.version} (${plan.bump})`);
    out.push('', `**${escapeMarkdown(explainBump(plan))}**`);
    if (context.dryRun)
        out.push('', '_Dry run: nothing was written._');
    out.push('', renderTable(['', ''], factRows(plan, context)));
    if (plan.fromProject.length > 0) {
        out.push('', "### From the project's release configuration", '');
        out.push('These inputs were left empty, so they follow what the project already told its release tool.', '');
        out.push(renderTable(['Input', 'Value', 'Where it says so'], plan.fromProject.map((s) => [inlineCode(clipLine(s.input)), inlineCode(clipLine(s.value)), userText(s.origin)])));
    }
    for (const warning of plan.warnings)
        out.push('', `> [!WARNING]\n> ${userText(warning)}`);
    for (const notice of plan.notices)
        out.push('', `> [!NOTE]\n> ${userText(notice)}`);
    if (plan.edits.length > 0) {
        out.push('', '### Version files', '');
        const written = new Set(context.applied?.filesWritten ?? []);
        out.push(renderTable(['File', 'Field', 'From', 'To', ''], plan.edits.map((edit) => [
            inlineCode(clipLine(edit.path)),
            inlineCode(clipLine(edit.field)),
            inlineCode(clipLine(edit.from)),
            inlineCode(clipLine(edit.to)),
            written.has(edit.path) ? 'written' : 'not written',
        ])));
    }
    renderCommitLists(out, plan, context.links, cap);
    return `${out.join('\n')}\n`;
}
function factRows(plan, context) {
    const applied = context.applied;
    const previousFrom = plan.previousSource === 'tag' ? `tag ${inlineCode(clipLine(plan.previousTag ?? ''))}` : plan.previousSource === 'file' ? 'version file' : 'no release yet';
    const rows = [
        ['Previous version', `${inlineCode(plan.previousVersion.toString())} (${previousFrom})`],
        ['Version lives in', describeLocation(plan)],
    ];
    if (!plan.skipped) {
        rows.push(['Next version', inlineCode(plan.version)]);
        rows.push(['Tag', `${inlineCode(clipLine(plan.tag))}${applied?.tagCreated ? ' (created)' : ' (not created)'}`]);
        if (plan.releaseBranch) {
            rows.push(['Release branch', `${inlineCode(clipLine(plan.releaseBranch))}${applied?.branchCreated ? ' (created)' : ' (not created)'}`]);
        }
        if (applied?.commit)
            rows.push(['Release commit', inlineCode(applied.commit.slice(0, 7))]);
        if (applied && applied.pushed.length > 0)
            rows.push(['Pushed', applied.pushed.map(inlineCode).join(', ')]);
    }
    const decision = plan.decision;
    const merges = decision.merges > 0 ? `, ${decision.merges} merge ${decision.merges === 1 ? 'commit' : 'commits'} skipped` : '';
    rows.push(['Commits', `${plan.commits.length} since ${plan.previousTag ? inlineCode(clipLine(plan.previousTag)) : 'the first commit'}${merges}`]);
    if (decision.nonConventional.length > 0)
        rows.push(['Not conventional', String(decision.nonConventional.length)]);
    return rows;
}
/** Where the version was found, and what said so. */
function describeLocation(plan) {
    const location = plan.location;
    if (location.kind === 'vcs')
        return `git tags, read at build time by ${userText(location.tool)} (${userText(location.where)}): no file is written`;
    if (location.kind === 'none')
        return 'the tag alone (no pyproject.toml, setup.cfg or setup.py)';
    if (location.tool === 'version-files')
        return 'the files named in `version-files`';
    return `${userText(location.where)} (${userText(location.tool)})`;
}
function renderCommitLists(out, plan, links, cap) {
    const decision = plan.decision;
    if (decision.releasing.length + decision.notReleasing.length > 0)
        out.push('', '### Commits by type');
    const byType = new Map();
    for (const list of [decision.releasing, decision.notReleasing]) {
        for (const commit of list) {
            const key = commit.breaking ? '!breaking' : commit.type;
            const group = byType.get(key);
            if (group)
                group.push(commit);
            else
                byType.set(key, [commit]);
        }
    }
    const releasing = new Set(decision.releasing);
    const order = ['!breaking', ...Object.keys(TYPE_TITLES)];
    const keys = [...byType.keys()].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
    for (const key of keys.slice(0, cap.groups)) {
        const commits = byType.get(key) ?? [];
        const title = key === '!breaking' ? 'Breaking changes' : (TYPE_TITLES[key] ?? userText(key));
        const releases = key === '!breaking' || releasing.has(commits[0]);
        out.push('', `#### ${title} (${commits.length})${releases ? '' : ' · does not release'}`, '');
        pushCapped(out, commits, (commit) => renderCommitLine(commit, links), cap.items);
    }
    if (keys.length > cap.groups) {
        const rest = keys.slice(cap.groups);
        const commits = rest.reduce((sum, key) => sum + (byType.get(key)?.length ?? 0), 0);
        out.push('', `_… and ${rest.length} more commit types (${commits} commits), ${LEFT_OUT}._`);
    }
    if (decision.cancelled.length > 0) {
        out.push('', `#### Reverted within the range (${decision.cancelled.length})`, '');
        pushCapped(out, decision.cancelled, ({ commit, revert }) => `- ${commitLink(commit.hash, links)} ${userText(commit.header)}, reverted by ${commitLink(revert.hash, links)}`, cap.items);
    }
    if (decision.nonConventional.length > 0) {
        out.push('', `### Not Conventional Commits (${decision.nonConventional.length})`, '');
        out.push('These do not follow `type(scope): description` and do not count toward the bump.', '');
        pushCapped(out, decision.nonConventional, (c) => `- ${commitLink(c.hash, links)} ${userText(c.header)}`, cap.items);
    }
}
function renderCommitLine(commit, links) {
    const scope = commit.scope ? `**${userText(commit.scope)}:** ` : '';
    const subject = commit.pullRequest !== undefined ? commit.subject.replace(/\s\(#\d+\)$/, '') : commit.subject;
    const pr = commit.pullRequest !== undefined ? ` (${pullRequestLink(commit.pullRequest, links)})` : '';
    const breaking = commit.breaking ? ` — ${userText(commit.breakingNotes[0] ?? '')}` : '';
    return `- ${scope}${userText(subject)}${pr} (${commitLink(commit.hash, links)})${breaking}`;
}
/** Adds at most `cap` rendered items to `out`, and a line saying how many were left out. */
function pushCapped(out, items, render, cap) {
    const shown = Math.min(items.length, cap);
    for (let i = 0; i < shown; i++)
        out.push(render(items[i]));
    if (items.length > shown)
        out.push(`- _… and ${items.length - shown} more, ${LEFT_OUT}_`);
}
function rank(order, key) {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
}

;// CONCATENATED MODULE: ./packages/core/src/git/auth-environment.ts
/**
 * Git configuration, passed through the environment (GIT_CONFIG_COUNT, git 2.31+), that sends
 * the token as an HTTP Authorization header to `serverUrl` only. Nothing reaches `.git/config`,
 * the remote URL or the command line, so the token cannot be left behind or printed by git.
 * The empty first value resets any header actions/checkout persisted, so only one is sent.
 */
function authEnvironment(token, serverUrl) {
    if (token === '')
        return {};
    const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    return {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/release/rollback.ts

/**
 * What a run has done so far, to undo in reverse when a later step fails. Every step is tried,
 * even after one has failed, and each failure is kept with what it leaves behind: a rollback
 * never swallows its own errors.
 */
class UndoLog {
    steps = [];
    /** Records a done step: `undo` reverts it; `left` says what remains if that fails. */
    add(left, undo) {
        this.steps.push({ left, undo });
    }
    /** Undoes every step, newest first, and returns those that failed (none: everything was undone). */
    async rollback() {
        const failures = [];
        for (let i = this.steps.length - 1; i >= 0; i--) {
            const step = this.steps[i];
            try {
                await step.undo();
            }
            catch (error) {
                failures.push({ left: step.left, error });
            }
        }
        this.steps.length = 0;
        return failures;
    }
}
/**
 * The sentence that follows a failure's message: that everything was rolled back (and to what),
 * or exactly what is left and why it could not be undone.
 */
function describeRollback(failures, restored) {
    if (failures.length === 0)
        return `Rolled back: nothing is left behind; ${restored}.`;
    const lines = failures.map((failure) => `- ${failure.left} (undoing it failed: ${formatError(failure.error)})`);
    return `Rolled back, except for ${failures.length === 1 ? 'this, which is' : 'these, which are'} left to clean up by hand:\n${lines.join('\n')}`;
}

;// CONCATENATED MODULE: ./packages/core/src/release/apply-version-bump.ts







// The identity GitHub's own bot commits as, for runners where git has none configured.
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/**
 * Carries out a plan: branch, files, commit, tag, push, in that order. Every check that can
 * fail runs first; if a later step still fails, what was done is undone in reverse, so the
 * working tree, branches and tags are left as they were, and the error says so, or says exactly
 * what could not be undone.
 */
async function applyVersionBump(git, state, plan, settings, context) {
    if (plan.skipped)
        return { filesWritten: [], commit: undefined, branchCreated: undefined, tagCreated: undefined, pushed: [] };
    const auth = settings.push ? authEnvironment(settings.token, context.serverUrl) : {};
    await checkNothingIsOverwritten(git, state, plan, settings, context, auth);
    const undo = new UndoLog();
    const result = {
        filesWritten: [],
        commit: undefined,
        branchCreated: undefined,
        tagCreated: undefined,
        pushed: [],
    };
    try {
        if (plan.releaseBranch) {
            const branch = plan.releaseBranch;
            await git.run(['switch', '--quiet', '--create', branch]);
            // Undone in reverse: back to the starting point first, then the branch deleted. HEAD is moved
            // without checking anything out: by then the files and the index are as they were, and a
            // checkout would need the index lock that may be what stopped the run (a stale index.lock).
            undo.add(`the branch ${branch} still exists`, () => git.run(['branch', '--quiet', '-D', '--', branch]));
            undo.add(`HEAD is still on the branch ${branch}, not ${state.branch ? `on ${state.branch}` : `at ${state.head.slice(0, 7)}`}`, () => (state.branch ? git.run(['symbolic-ref', 'HEAD', `refs/heads/${state.branch}`]) : git.run(['update-ref', '--no-deref', 'HEAD', state.head])));
            result.branchCreated = branch;
        }
        for (const edit of plan.edits) {
            const full = edit.location.real;
            undo.add(edit.created ? `${edit.path} was created and is still there` : `${edit.path} still has the new version`, () => (edit.created ? (0,promises_namespaceObject.rm)(full, { force: true }) : (0,promises_namespaceObject.writeFile)(full, edit.before)));
            if (edit.created)
                await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(full), { recursive: true });
            await (0,promises_namespaceObject.writeFile)(full, edit.after);
            result.filesWritten.push(edit.path);
        }
        const identity = await commitIdentity(git);
        if (settings.commit && plan.edits.length > 0) {
            const message = fillTemplate(settings.commitMessage, plan.templateValues);
            const paths = plan.edits.map((edit) => edit.location.relative);
            await git.run(['add', '--', ...paths]);
            undo.add('the version files are still staged', () => git.run(['reset', '--quiet', state.head, '--', ...paths]));
            await git.run([...identity, 'commit', '--quiet', '--no-verify', '-m', message, '--', ...paths]);
            undo.add('the release commit is still on the branch', () => git.run(['reset', '--quiet', '--soft', state.head]));
            result.commit = (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
        }
        if (settings.tag) {
            await git.run([...identity, 'tag', '--annotate', '--no-sign', '-m', `Release ${plan.version}`, '--', plan.tag]);
            undo.add(`the tag ${plan.tag} still exists`, () => git.run(['tag', '--delete', '--', plan.tag]));
            result.tagCreated = plan.tag;
        }
        if (settings.push) {
            const refspecs = [];
            if (result.branchCreated)
                refspecs.push(`refs/heads/${result.branchCreated}:refs/heads/${result.branchCreated}`);
            else if (result.commit && state.branch)
                refspecs.push(`HEAD:refs/heads/${state.branch}`);
            if (result.tagCreated)
                refspecs.push(`refs/tags/${result.tagCreated}:refs/tags/${result.tagCreated}`);
            if (refspecs.length > 0) {
                // --atomic: the branch and the tag land together or not at all.
                await git.run(['push', '--quiet', '--atomic', '--porcelain', context.remote, ...refspecs], { env: auth });
                result.pushed = refspecs.map((spec) => spec.slice(spec.indexOf(':') + 1));
            }
        }
    }
    catch (error) {
        const failures = await undo.rollback();
        const start = state.branch ? `HEAD is on ${state.branch}` : `HEAD is at ${state.head.slice(0, 7)}`;
        throw new errors_ReleaseError(`${formatError(error)}\n${describeRollback(failures, `${start} as before, and the files are as they were`)}`, { cause: error });
    }
    return result;
}
async function checkNothingIsOverwritten(git, state, plan, settings, context, auth) {
    if (settings.tag && (await refExists(git, `refs/tags/${plan.tag}`))) {
        throw new errors_ReleaseError(`The tag ${plan.tag} already exists in this repository; it is never moved or overwritten.`);
    }
    if (plan.releaseBranch) {
        const check = await git.run(['check-ref-format', '--branch', plan.releaseBranch], { allowFailure: true });
        if (check.exitCode !== 0)
            throw new errors_ReleaseError(`release-branch gives '${plan.releaseBranch}', which is not a valid branch name.`);
        if (await refExists(git, `refs/heads/${plan.releaseBranch}`)) {
            throw new errors_ReleaseError(`The branch ${plan.releaseBranch} already exists in this repository; it is never overwritten.`);
        }
    }
    if (settings.push) {
        if (settings.commit && !plan.releaseBranch && !state.branch) {
            throw new errors_ReleaseError('push: HEAD is detached, so there is no branch to push the release commit to; set release-branch.');
        }
        const refs = [
            ...(settings.tag ? [`refs/tags/${plan.tag}`] : []),
            ...(plan.releaseBranch ? [`refs/heads/${plan.releaseBranch}`] : []),
        ];
        if (refs.length === 0)
            return;
        let remote;
        try {
            remote = await git.run(['ls-remote', context.remote, ...refs], { env: auth });
        }
        catch (error) {
            if (error instanceof errors_GitError)
                throw new errors_ReleaseError(`Could not reach the remote '${context.remote}' to check before pushing: ${error.stderr.trim()}`);
            throw error;
        }
        const existing = remote.stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[1]);
        if (existing.length > 0) {
            throw new errors_ReleaseError(`Already on the remote '${context.remote}', never overwritten: ${existing.join(', ')}.`);
        }
    }
}
/** `-c user.name/-c user.email` for the bot when git has no identity (a fresh GitHub runner). */
async function commitIdentity(git) {
    const name = await git.run(['config', 'user.name'], { allowFailure: true });
    const email = await git.run(['config', 'user.email'], { allowFailure: true });
    if (name.stdout.trim() !== '' && email.stdout.trim() !== '')
        return [];
    return ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`];
}

;// CONCATENATED MODULE: ./actions/version-bump/src/main.ts


/** Reads the inputs, decides, applies unless dry-run, and reports. The one place that fails the step. */
async function run() {
    let outcome;
    try {
        outcome = await release();
    }
    catch (error) {
        setFailed(formatError(error));
        return;
    }
    // Once a release is applied (and perhaps pushed), a report that cannot be written is a warning:
    // failing the step would tell the workflow the release did not happen.
    const released = outcome.applied !== undefined && !outcome.plan.skipped;
    for (const [what, write] of [
        ['outputs', () => writeOutputs(outcome)],
        ['job summary', () => writeSummary(outcome)],
    ]) {
        try {
            await write();
        }
        catch (error) {
            if (released)
                core_warning(`The release was applied, but its ${what} could not be written: ${formatError(error)}`);
            else
                setFailed(formatError(error));
        }
    }
}
async function release() {
    for (const form of secretForms(getInput('github-token')))
        setSecret(form);
    const cwd = process.cwd();
    const git = new GitClient(cwd, process.env);
    // The project's own config files: where its version lives, and what its release tool is set to.
    const files = await readProjectConfigFiles((path) => readProjectFile(cwd, path));
    const settings = parseVersionBumpSettings((name) => getInput(name), files, { workspace: cwd });
    const state = await readReleaseState(git, settings, files);
    const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = process.env.GITHUB_REPOSITORY;
    const plan = planVersionBump(state, settings, {
        today: new Date().toISOString().slice(0, 10),
        repositoryUrl: repository ? `${serverUrl.replace(/\/+$/, '')}/${repository}` : '',
    });
    for (const warning of plan.warnings)
        core_warning(clipLine(warning));
    for (const notice of plan.notices)
        info(clipLine(notice));
    info(explainBump(plan));
    const links = { serverUrl, repository };
    const summary = (applied) => renderVersionBumpSummary(plan, { links, dryRun: settings.dryRun, applied });
    // Rendered before anything is written: a fault in the report then fails the step before the release, never after it.
    const preview = summary(undefined);
    const applied = settings.dryRun ? undefined : await applyVersionBump(git, state, plan, settings, { serverUrl, remote: 'origin' });
    return { plan, settings, applied, preview, summary };
}
function writeOutputs({ plan }) {
    setOutput('previous-version', plan.previousVersion.toString());
    setOutput('version', plan.version);
    setOutput('bump', plan.bump);
    setOutput('tag', plan.tag);
    setOutput('release-branch', plan.releaseBranch ?? '');
    setOutput('skipped', String(plan.skipped));
    setOutput('commit-count', String(plan.commits.length));
    setOutput('non-conventional-count', String(plan.decision.nonConventional.length));
}
async function writeSummary({ applied, preview, summary }) {
    if (process.env.GITHUB_STEP_SUMMARY)
        await summary_summary.addRaw(applied ? summary(applied) : preview).write();
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
exports.jn = identity.isScalar;
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
exports.Tp = publicApi.parseDocument;
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
/******/ var __webpack_exports__ = __nccwpck_require__(6898);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
