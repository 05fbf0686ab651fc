import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
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

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
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

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

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

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

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

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

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

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

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

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

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

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

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

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
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

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
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

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

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

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
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

/***/ 5101:
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

/***/ 1159:
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

/***/ 3348:
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

/***/ 1383:
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

/***/ 356:
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

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
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

/***/ 9737:
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
} = __nccwpck_require__(5101)

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

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

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

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
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

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

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

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

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

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
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

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

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

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
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

/***/ 3331:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_action_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8374);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7207);
/** build-image as the runner runs it: the work is in run.ts, the inputs in context.ts. */


await (0,_shared_src_action_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(_run_js__WEBPACK_IMPORTED_MODULE_1__/* .action */ .XI);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XI: () => (/* binding */ action)
});

// UNUSED EXPORTS: buildImage, containerMetadata, outputsOf, run, secretsOf

// EXTERNAL MODULE: ./shared/src/github/event.ts
var github_event = __nccwpck_require__(131);
;// CONCATENATED MODULE: ./shared/src/report/summary/failure.ts
/** The job summary of a step that failed (pure): which action, a headline, and the message in a fence it cannot close. */
function failureSummary(action, headline, message) {
    return `## ${action}\n\n:x: **${headline}**\n\n\`\`\`\n${message.replace(/```/g, "'''")}\n\`\`\`\n`;
}

// EXTERNAL MODULE: ./shared/src/bytes.ts
var bytes = __nccwpck_require__(1220);
;// CONCATENATED MODULE: ./shared/src/report/summary/build.ts
/**
 * The job summary of a build, as Markdown: what was built, by which builder,
 * digest, size, layers, platforms and tags. Pure, so it is tested as text;
 * the action hands it to io.summary.
 */


const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function buildSummary(r) {
    const rows = [
        ['Dockerfile', code(r.dockerfile)],
        ['Builder', `${r.builder} (${cell(r.builderReason)})`],
        ['Digest', code(r.digest)],
        ['Image ID', code(r.imageid)],
        ['Size', (0,bytes/* formatBytes */.z)(r.size)],
        ['Layers', String(r.layers)],
        ['Platforms', r.platforms.join(', ')],
        ['Tags', r.tags.map(code).join(' ') || '(none)'],
        ['Layout', code(r.layout)],
        [
            'Timestamps',
            r.epoch.seconds === undefined ? 'current time (not reproducible: no git commit, no SOURCE_DATE_EPOCH)' : `${r.created} (from ${r.epoch.source})`,
        ],
    ];
    if (r.base !== undefined)
        rows.push(['Base image', `${code(r.base.name)}${r.base.digest !== undefined ? ` ${code(r.base.digest)}` : ''}`]);
    const lines = ['## build-image', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
    if (r.manifests.length > 1) {
        lines.push('', '| Platform | Manifest | Layers | Size |', '|---|---|---|---|');
        for (const m of r.manifests)
            lines.push(`| ${m.platform} | ${code(m.digest)} | ${m.layers} | ${(0,bytes/* formatBytes */.z)(m.size)} |`);
    }
    return `${lines.join('\n')}\n`;
}
function build_failureSummary(message) {
    return failureSummary('build-image', 'Build failed', message);
}

// EXTERNAL MODULE: ./shared/src/builders/metadata.ts + 13 modules
var metadata = __nccwpck_require__(7705);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/action/inputs.ts
var action_inputs = __nccwpck_require__(7013);
;// CONCATENATED MODULE: ./shared/src/action/machine-inputs.ts
/**
 * Input readers for machine images that more than one action uses: which AMIs
 * (`amis` JSON or `ami-id` + `ami-region`, test-image) and durations
 * (`90d`, `12h`, distribute-image's retention and waits). Pure over `env`.
 */


const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
/**
 * `90d`, `12h`, `30m`, `45s`, `2w`; with `allowDate`, also a date or time
 * (`2027-01-31`, `2027-01-31T12:00:00Z`) meaning "until then".
 */
function parseDuration(text, input, opts = {}) {
    const m = /^(\d+)\s*([smhdw])$/.exec(text.trim());
    if (m !== null)
        return Number(m[1]) * UNITS[m[2]];
    if (opts.allowDate === true && /^\d{4}-\d{2}-\d{2}/.test(text.trim()) && !Number.isNaN(Date.parse(text.trim()))) {
        return Date.parse(text.trim()) - (opts.now ?? new Date()).getTime();
    }
    throw new errors/* PipelineError */.zC('INPUT', `input '${input}' is '${text}', not a duration`, {
        input,
        hint: `Write a number and a unit: s, m, h, d or w (e.g. 90d)${opts.allowDate === true ? ', or a date like 2027-01-31' : ''}.`,
    });
}
/**
 * The images test-image checks: `amis` (the JSON output of build-image or
 * distribute-image: every regional copy), or `ami-id` with `ami-region`.
 */
function getMachineImageTargets(env) {
    const amis = getInput(env, 'amis');
    if (amis !== '') {
        let parsed;
        try {
            parsed = JSON.parse(amis);
        }
        catch (e) {
            throw new PipelineError('INPUT', `input 'amis' is not JSON: ${e.message}`, {
                input: 'amis',
                cause: e,
                hint: 'Pass the amis output of build-image or distribute-image: {"us-east-1":"ami-..."}.',
            });
        }
        if (typeof parsed !== 'object' ||
            parsed === null ||
            Array.isArray(parsed) ||
            !Object.values(parsed).every((v) => typeof v === 'string' && /^ami-[0-9a-f]{8,17}$/.test(v))) {
            throw new PipelineError('INPUT', "input 'amis' must map regions to AMI ids", { input: 'amis', hint: 'Example: {"us-east-1":"ami-0123456789abcdef0"}.' });
        }
        return Object.entries(parsed).map(([region, imageId]) => ({ region, imageId }));
    }
    const imageId = getInput(env, 'ami-id', { required: true });
    if (!/^ami-[0-9a-f]{8,17}$/.test(imageId))
        throw new PipelineError('INPUT', `'${imageId}' is not an AMI id`, { input: 'ami-id' });
    const region = getInput(env, 'ami-region') || (env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? '');
    if (region === '')
        throw new PipelineError('INPUT', "input 'ami-region' is required with 'ami-id'", {
            input: 'ami-region',
            hint: 'Set ami-region, or AWS_REGION in the job.',
        });
    return [{ region, imageId }];
}

// EXTERNAL MODULE: ./shared/src/builders/builder.ts
var builders_builder = __nccwpck_require__(9595);
// EXTERNAL MODULE: ./shared/src/builders/cache-spec.ts
var cache_spec = __nccwpck_require__(9936);
// EXTERNAL MODULE: ./shared/src/builders/secrets.ts
var builders_secrets = __nccwpck_require__(7537);
// EXTERNAL MODULE: ./shared/src/builders/build-options.ts
var build_options = __nccwpck_require__(619);
// EXTERNAL MODULE: ./shared/src/action/input-list.ts
var input_list = __nccwpck_require__(4699);
// EXTERNAL MODULE: ./shared/src/builders/annotations.ts
var builders_annotations = __nccwpck_require__(1722);
// EXTERNAL MODULE: ./shared/src/builders/packer/packer-template.ts
var packer_template = __nccwpck_require__(596);
// EXTERNAL MODULE: ./shared/src/github/metadata/spec.ts
var spec = __nccwpck_require__(1590);
// EXTERNAL MODULE: ./shared/src/registry/client/connect-inputs.ts
var connect_inputs = __nccwpck_require__(5127);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __nccwpck_require__(5698);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __nccwpck_require__(5175);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __nccwpck_require__(4659);
;// CONCATENATED MODULE: ./build-image/src/publish-inputs.ts
/**
 * What build-image does with the image after a successful build, from
 * docker/metadata-action's `images` and docker/build-push-action's `push`,
 * `load` and `outputs` inputs, so their `with:` blocks work here unchanged:
 *
 * - `images`: metadata-action's lines (`name/app`, `ghcr.io/name/app`, or
 *   `name=<image>,enable=<true|false>`; one line may list several names with
 *   commas, its old form). Each enabled name gets every computed tag.
 * - `push: true`, `outputs: type=registry` or `type=image,push=true`: push the
 *   built layout to every full reference (publish.ts, through distribute's push).
 * - `load: true`, `outputs: type=docker` (no dest) or `type=image` (no push):
 *   there is no Docker daemon; the image goes into the machine's
 *   containers-storage, where `podman run` and `buildah from` find it.
 * - `outputs: type=oci,dest=<file.tar>` (an OCI layout tarball),
 *   `type=oci,dest=<dir>,tar=false` (a layout folder) or
 *   `type=docker,dest=<file.tar>` (a docker-archive, one platform). The
 *   file-system exporters (type=local / type=tar) are refused with what works.
 *
 * Pure over the environment; each bad value is a PipelineError naming the
 * input and its line.
 */





/** Non-blank, non-comment lines with their 1-based line numbers (a `#` starts a comment at the start of a line or after a space). */
function numberedLines(text) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const m = /(^|\s)#/.exec(raw);
        const t = (m === null ? raw : raw.slice(0, m.index)).trim();
        if (t !== '')
            out.push({ text: t, line: i + 1 });
    });
    return out;
}
const fail = (input, line, what, hint) => new errors/* PipelineError */.zC('INPUT', `input '${input}' line ${line}: ${what}`, { input, line, hint });
/**
 * A dest the file system can take (Linux: PATH_MAX 4096 bytes with its NUL, NAME_MAX
 * 255 per name), with no control characters: said at input time with its line, since
 * the file system's own error comes after the build and repeats the whole path.
 */
function checkDest(dest, line) {
    const hint = 'Write dest as a path relative to the workspace (or absolute) of ordinary characters, each name up to 255 bytes.';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(dest))
        throw fail('outputs', line, 'dest holds a control character', hint);
    const bytes = Buffer.byteLength(dest);
    if (bytes > 4095)
        throw fail('outputs', line, `dest is ${bytes} bytes long, more than the 4095 a path may have`, hint);
    const longest = Math.max(...dest.split('/').map((n) => Buffer.byteLength(n)));
    if (longest > 255)
        throw fail('outputs', line, `a name in dest is ${longest} bytes long, more than the 255 a file name may have`, hint);
}
/** One CSV record (quotes as RFC 4180: `"name=a,b"`); csv-parse's own message may echo the line, so it is not shown. */
function csvFields(text, input, line) {
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, { trim: true, relax_column_count: true });
    }
    catch {
        throw fail(input, line, 'it is not a valid CSV record', 'Quote a whole field ("name=a,b"), not part of it, and close every quote.');
    }
    return (records[0] ?? []).filter((f) => f !== '');
}
const IMAGES_HINT = 'Write one image per line: ghcr.io/owner/app, or name=ghcr.io/owner/app,enable=true (no tag: the tags come from `tags`).';
/** An image name: a reference with no tag or digest; metadata-action lower-cases it. */
function imageName(name, line) {
    const lower = name.toLowerCase();
    const r = (0,reference/* parseReference */.F2)(lower);
    // parseReference's reason quotes the name itself, redacted and without a user:password@ pasted in front.
    if (!r.ok)
        throw fail('images', line, `the item is not an image name: ${r.error.reason}`, IMAGES_HINT);
    if (r.value.tag !== undefined || r.value.digest !== undefined) {
        throw fail('images', line, `'${(0,reference/* previewReference */.ak)(name)}' has a tag or digest`, `${IMAGES_HINT} Put tags in the tags input.`);
    }
    return lower;
}
/** metadata-action's `images` input, its old one-line comma form included. */
function parseImages(text) {
    const lines = numberedLines(text);
    const first = lines[0];
    if (lines.length === 1 && first !== undefined) {
        const fields = csvFields(first.text, 'images', first.line);
        if (fields.every((f) => !f.includes('=')))
            return fields.map((f) => imageName(f, first.line));
    }
    const out = [];
    for (const { text: t, line } of lines) {
        let name = '';
        let enable = true;
        for (const field of csvFields(t, 'images', line)) {
            const eq = field.indexOf('=');
            if (eq < 0) {
                name = field;
                continue;
            }
            const key = field.slice(0, eq).trim().toLowerCase();
            const value = field.slice(eq + 1).trim();
            if (key === 'name')
                name = value;
            else if (key === 'enable') {
                if (value !== 'true' && value !== 'false')
                    throw fail('images', line, `enable is '${(0,preview/* preview */.VH)(value)}', expected true or false`, IMAGES_HINT);
                enable = value === 'true';
            }
            else
                throw fail('images', line, `'${(0,preview/* preview */.VH)(key)}' is not an attribute of an image (name, enable)`, IMAGES_HINT);
        }
        if (name === '')
            throw fail('images', line, 'the image name is empty', IMAGES_HINT);
        const checked = imageName(name, line);
        if (enable)
            out.push(checked);
    }
    return [...new Set(out)];
}
/** What `outputs` types mean here, for the error on the ones we do not write. */
const OUTPUTS_HINT = 'build-image writes: type=registry (or type=image,push=true) to push, type=docker or type=image without dest to load into containers-storage, type=oci,dest=<file.tar> (an OCI layout tarball), type=oci,dest=<dir>,tar=false, type=docker,dest=<file.tar> (a docker-archive, one platform); the OCI layout itself is at `output`.';
const KEYS = {
    registry: ['push', 'oci-mediatypes'],
    image: ['push', 'oci-mediatypes'],
    docker: ['dest'],
    oci: ['dest', 'tar', 'oci-mediatypes'],
};
function parseOutput(text, line) {
    const fields = csvFields(text, 'outputs', line);
    const attrs = {};
    for (const [i, field] of fields.entries()) {
        const eq = field.indexOf('=');
        // buildx's shorthand: a bare path is type=local,dest=<path>.
        if (eq < 0 && i === 0) {
            attrs.type = 'local';
            attrs.dest = field;
            continue;
        }
        if (eq <= 0)
            throw fail('outputs', line, `'${(0,preview/* preview */.VH)(field)}' is not key=value`, OUTPUTS_HINT);
        attrs[field.slice(0, eq).trim().toLowerCase()] = field.slice(eq + 1).trim();
    }
    const type = attrs.type;
    if (type === undefined)
        throw fail('outputs', line, 'there is no type=', OUTPUTS_HINT);
    if (type === 'local' || type === 'tar') {
        throw fail('outputs', line, `type=${type} exports the image's file system, which build-image does not write`, `${OUTPUTS_HINT} To unpack the file system, run umoci unpack on the layout.`);
    }
    const known = KEYS[type];
    if (known === undefined)
        throw fail('outputs', line, `type '${(0,preview/* preview */.VH)(type)}' is not one of registry, image, docker, oci, local, tar`, OUTPUTS_HINT);
    for (const [key, value] of Object.entries(attrs)) {
        if (key === 'type')
            continue;
        if (key === 'name') {
            throw fail('outputs', line, 'name= is not read here', 'Name the references in tags (ghcr.io/owner/app:1.0) or in images; build-image pushes to those.');
        }
        if (!known.includes(key)) {
            throw fail('outputs', line, `'${(0,preview/* preview */.VH)(key)}' is not a key build-image reads for type=${type}${known.length > 0 ? ` (${known.join(', ')})` : ''}`, OUTPUTS_HINT);
        }
        if (['push', 'tar', 'oci-mediatypes'].includes(key) && value !== 'true' && value !== 'false') {
            throw fail('outputs', line, `${key} is '${(0,preview/* preview */.VH)(value)}', expected true or false`, OUTPUTS_HINT);
        }
    }
    // The layout is OCI already: oci-mediatypes=false (Docker media types) would be a different image.
    if (attrs['oci-mediatypes'] === 'false')
        throw fail('outputs', line, 'oci-mediatypes=false is not available: build-image writes OCI media types', OUTPUTS_HINT);
    if (type === 'registry') {
        if (attrs.push === 'false')
            throw fail('outputs', line, 'type=registry always pushes; push=false contradicts it', OUTPUTS_HINT);
        return { kind: 'push', line, text };
    }
    if (type === 'image')
        return { kind: attrs.push === 'true' ? 'push' : 'load', line, text };
    if (type === 'docker') {
        if (attrs.dest === undefined)
            return { kind: 'load', line, text };
        if (attrs.dest === '')
            throw fail('outputs', line, 'dest is empty', OUTPUTS_HINT);
        checkDest(attrs.dest, line);
        return { type: 'docker', dest: attrs.dest, tar: true, line };
    }
    const dest = attrs.dest ?? '';
    if (dest === '')
        throw fail('outputs', line, 'type=oci needs dest=<file.tar> (or dest=<dir>,tar=false)', OUTPUTS_HINT);
    checkDest(dest, line);
    return { type: 'oci', dest, tar: attrs.tar !== 'false', line };
}
/** `images`, `push`, `load` and `outputs`, checked; no value given gives nothing to do. */
function getPublishInputs(env) {
    const images = parseImages((0,action_inputs/* getInput */.V4)(env, 'images', { trim: false }));
    const out = { images, push: false, load: false, exports: [] };
    if ((0,action_inputs/* getBoolean */.pW)(env, 'push', false)) {
        out.push = true;
        out.pushFrom = "input 'push'";
    }
    if ((0,action_inputs/* getBoolean */.pW)(env, 'load', false)) {
        out.load = true;
        out.loadFrom = "input 'load'";
    }
    // build-push-action reads `outputs` one per line, commas inside a line belong to it.
    for (const { text, line } of numberedLines((0,action_inputs/* getInput */.V4)(env, 'outputs', { trim: false }))) {
        const o = parseOutput(text, line);
        if ('type' in o) {
            if (out.exports.some((e) => e.dest === o.dest))
                throw fail('outputs', line, `dest '${(0,preview/* preview */.VH)(o.dest, { redact: false })}' is named twice`, 'Give each export its own dest.');
            out.exports.push(o);
        }
        else if (o.kind === 'push') {
            out.push = true;
            out.pushFrom ??= `input 'outputs' line ${line} (${(0,preview/* preview */.VH)(o.text, { max: 60, redact: false })})`;
        }
        else {
            out.load = true;
            out.loadFrom ??= `input 'outputs' line ${line} (${(0,preview/* preview */.VH)(o.text, { max: 60, redact: false })})`;
        }
    }
    return out;
}
/** Whether the step has anything to do after the build. */
const publishes = (p) => p.push || p.load || p.exports.length > 0;
/**
 * Push and load need full references: a repository from `images` or from a
 * reference in `tags`. Checked before the build, from the inputs alone.
 */
function checkPublish(p, hasReference, platforms = 1) {
    const archive = p.exports.find((e) => e.type === 'docker');
    if (archive !== undefined && platforms > 1) {
        throw new errors/* PipelineError */.zC('INPUT', `input 'outputs' line ${archive.line}: type=docker,dest writes a docker-archive, which holds one platform, and ${platforms} are built`, {
            input: 'outputs',
            line: archive.line,
            hint: 'Use type=oci,dest=<file.tar> for several platforms (an OCI layout tarball holds the index), or build one platform.',
        });
    }
    if (hasReference || p.images.length > 0)
        return;
    const asked = p.push ? p.pushFrom : p.load ? p.loadFrom : undefined;
    if (asked === undefined)
        return;
    const what = p.push ? 'push' : 'load';
    throw new errors/* PipelineError */.zC('INPUT', `${asked} asks to ${what} the image, but no tag names a repository to ${what} it ${p.push ? 'to' : 'as'}`, {
        input: asked.includes("'outputs'") ? 'outputs' : what,
        hint: 'Write tags as full references (ghcr.io/owner/app:1.0, one per line), or set images: ghcr.io/owner/app to give every computed tag that repository.',
    });
}
/** For context.ts: `{ publish }` when any of images, push, load, outputs is set, else nothing (the inputs stay as they were). */
function publishInputsOf(env) {
    const p = getPublishInputs(env);
    return p.images.length > 0 || publishes(p) ? { publish: p } : {};
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./build-image/src/context.ts
/**
 * build-image's inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml, into one typed
 * value: a container build (Dockerfile, builders) or a machine build
 * (Packer). Pure: every malformed value is a PipelineError naming the input
 * (and line), raised before anything runs.
 */

















const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Which kind of image this step builds: `kind`, else machine when `template`
 * is set or `file` names a Packer template.
 */
function kindOf(env) {
    const kind = (0,action_inputs/* getEnum */.GV)(env, 'kind', ['auto', 'container', 'machine'], 'auto');
    if (kind !== 'auto')
        return kind;
    const file = (0,action_inputs/* getInput */.V4)(env, 'file');
    return (0,action_inputs/* getInput */.V4)(env, 'template') !== '' || (0,packer_template/* isPackerTemplatePath */.iV)(file) ? 'machine' : 'container';
}
/** build-push-action's provenance attributes (buildx `--attest type=provenance,...`): `mode=min|max`, `builder-id=...`, ... */
const PROVENANCE_ATTR = /^(?:mode|builder-id|inline-only|version|reproducible|filename)=/;
const isProvenanceAttrs = (value) => value.split(',').every((f) => PROVENANCE_ATTR.test(f.trim()));
/**
 * `provenance`: a path (relative to the workspace), `false` to write none,
 * default `$RUNNER_TEMP/build-image/provenance.json`. build-push-action's
 * values mean "write provenance" too: `true`, and attribute lists such as
 * `mode=max` or `mode=min,builder-id=...`, which get our default path
 * (provenanceNotices says the attributes are not used).
 */
function provenancePath(env) {
    const value = (0,action_inputs/* getInput */.V4)(env, 'provenance');
    if (value.toLowerCase() === 'false')
        return undefined;
    if (value.toLowerCase() === 'true' || value === '' || isProvenanceAttrs(value))
        return external_node_path_.join(runnerTempOf(env), 'build-image', 'provenance.json');
    return value;
}
/** A notice when `provenance` holds buildx attributes: ours is one SLSA v1 statement, whatever the mode. */
function provenanceNotices(env) {
    const value = (0,action_inputs/* getInput */.V4)(env, 'provenance');
    return value !== '' && isProvenanceAttrs(value)
        ? [
            `provenance '${value.slice(0, 80)}': build-image writes its own SLSA v1 statement (complete build-args by name, the public ones with values; builder id from the workflow run) to the provenance output; buildx's attributes are not used`,
        ]
        : [];
}
/** `public-build-args`: names, one per line or comma-separated, whose values are not secret. */
function publicBuildArgs(env) {
    const names = (0,action_inputs/* getList */.vS)(env, 'public-build-args');
    for (const n of names) {
        if (!/^[A-Za-z_][\w-]*$/.test(n)) {
            throw new errors/* PipelineError */.zC('INPUT', `input 'public-build-args' has '${n}', expected a build-arg or Packer variable name (letters, digits, _)`, {
                input: 'public-build-args',
                hint: 'List names only, e.g. VERSION,COMMIT; their values come from build-args (or packer-vars).',
            });
        }
    }
    return names;
}
/**
 * `context`: a folder. build-push-action's Git context (`{{defaultContext}}`,
 * optionally `:subdir`) is the repository at the workflow's commit, which is
 * the checked-out workspace here: it maps to `.` or the subfolder, with a
 * notice. A remote context (a git or https URL) is refused: build-image builds
 * files it can see, so the source must be checked out first.
 */
function contextOf(env) {
    const value = (0,action_inputs/* getInput */.V4)(env, 'context') || '.';
    const git = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(value);
    if (git !== null) {
        const sub = (git[1] ?? '').trim();
        const context = sub === '' ? '.' : sub;
        return {
            context,
            notices: [
                `context '${value}': build-push-action's Git context; build-image builds the checked-out workspace${sub === '' ? '' : ` folder ${sub}`} (check the repository out with actions/checkout first)`,
            ],
        };
    }
    if (/^(?:https?|git|ssh):\/\//.test(value) || value.startsWith('git@') || value.startsWith('github.com/')) {
        throw new errors/* PipelineError */.zC('INPUT', `input 'context' is '${value.slice(0, 80)}', a remote context: build-image builds a folder`, {
            input: 'context',
            hint: 'Check the source out in an earlier step (actions/checkout, with repository: and ref: for another one) and set context to its folder.',
        });
    }
    return { context: value, notices: [] };
}
/**
 * `stall-timeout` (default 10m; 0 turns it off) and `build-timeout` (default
 * 0: none, the job's timeout-minutes applies): durations like 30m or 2h.
 */
function builderLimitsOf(env) {
    const read = (name) => {
        const v = (0,action_inputs/* getInput */.V4)(env, name);
        if (v === '')
            return undefined;
        return v === '0' ? 0 : parseDuration(v, name);
    };
    const stallMs = read('stall-timeout');
    const timeoutMs = read('build-timeout');
    return { ...(stallMs !== undefined ? { stallMs } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
}
const limitsOf = (env) => {
    const limits = builderLimitsOf(env);
    return Object.keys(limits).length > 0 ? { limits } : {};
};
const runnerTempOf = (env) => (env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' ? env.RUNNER_TEMP : external_node_os_.tmpdir());
function getInputs(env) {
    return kindOf(env) === 'machine' ? machineInputs(env) : containerInputs(env);
}
function containerInputs(env) {
    const { context, notices: contextNotices } = contextOf(env);
    const file = (0,action_inputs/* getInput */.V4)(env, 'file');
    const target = (0,action_inputs/* getInput */.V4)(env, 'target');
    // List inputs as build-push-action reads them (input-list.ts: CSV lines, quoted items may hold commas and newlines).
    const buildArgs = (0,input_list/* getKeyValues */.cp)(env, 'build-args', { keyPattern: BUILD_ARG_KEY });
    const secrets = (0,builders_secrets/* parseSecrets */.dC)((0,action_inputs/* getInput */.V4)(env, 'secrets', { trim: false }));
    const secretFiles = (0,builders_secrets/* parseSecretRefs */.q1)((0,action_inputs/* getInput */.V4)(env, 'secret-files', { trim: false }), 'secret-files', new Set(secrets.keys()));
    const secretEnvs = (0,builders_secrets/* parseSecretRefs */.q1)((0,action_inputs/* getInput */.V4)(env, 'secret-envs', { trim: false }), 'secret-envs', new Set([...secrets.keys(), ...secretFiles.map((r) => r.id)]));
    (0,builders_secrets/* checkSecretEnvs */.Lw)(secretEnvs, env);
    const labels = (0,input_list/* getKeyValues */.cp)(env, 'labels');
    const annotationItems = (0,input_list/* getListItems */.L1)(env, 'annotations', { ignoreComma: true });
    const annotations = (0,input_list/* keyValuesOf */.re)(annotationItems, 'annotations');
    // build-push-action's levels (index:, manifest[linux/arm64]:...) checked now, naming the line; build.ts places them.
    (0,builders_annotations/* parseAnnotations */.KX)(annotations, 'annotations', (0,builders_annotations/* lineOfItems */.ws)(annotationItems));
    // metadata-action spec lines (type=..., {{...}}) stay whole; other lines are plain tags or references, comma lists allowed.
    const tags = (0,action_inputs/* getList */.vS)(env, 'tags', { commas: false }).flatMap((line) => ((0,metadata/* isSpecLine */.o1)(line) ? [line] : (0,action_inputs/* parseList */.E1)(line)));
    for (const t of tags) {
        if ((0,metadata/* isSpecLine */.o1)(t))
            (0,spec/* parseTagLine */.o2)(t);
        else if ((0,reference/* tagFromInput */.tw)(t) === undefined) {
            throw new errors/* PipelineError */.zC('INPUT', `input 'tags' has '${t}', which is not a valid tag`, {
                input: 'tags',
                hint: 'A tag is 1-128 of A-Z a-z 0-9 _ . -, not starting with . or -; or write a metadata-action line such as type=ref,event=branch.',
            });
        }
    }
    const flavor = (0,action_inputs/* getList */.vS)(env, 'flavor', { commas: false });
    (0,spec/* parseFlavor */.wp)(flavor);
    const platforms = (0,input_list/* getInputList */.$D)(env, 'platforms', { trailingComments: true });
    for (const p of platforms) {
        if (!PLATFORM.test(p))
            throw new errors/* PipelineError */.zC('INPUT', `input 'platforms' has '${p}', which is not os/arch[/variant]`, {
                input: 'platforms',
                hint: 'Write e.g. linux/amd64,linux/arm64.',
            });
    }
    if (new Set(platforms).size !== platforms.length)
        throw new errors/* PipelineError */.zC('INPUT', `input 'platforms' lists a platform twice`, { input: 'platforms' });
    // Ours, or build-push-action's buildx instance name (taken as builder docker with --builder, when unambiguous).
    const chosen = (0,build_options/* builderOf */.zp)(env, ['auto', ...builders_builder/* BUILDER_NAMES */.ZJ]);
    const builder = chosen.builder;
    const parsed = (0,build_options/* parseBuildOptions */.az)(env);
    const options = chosen.instance === undefined ? parsed.options : { ...parsed.options, buildxInstance: chosen.instance };
    const notices = [...contextNotices, ...provenanceNotices(env), ...parsed.notices];
    const output = (0,action_inputs/* getInput */.V4)(env, 'output') || external_node_path_.join(runnerTempOf(env), 'image-pipeline', 'layout');
    const provenance = provenancePath(env);
    const cacheFrom = (0,cache_spec/* parseCacheSpecs */.SP)((0,action_inputs/* getInput */.V4)(env, 'cache-from', { trim: false }), 'cache-from');
    const cacheTo = (0,cache_spec/* parseCacheSpecs */.SP)((0,action_inputs/* getInput */.V4)(env, 'cache-to', { trim: false }), 'cache-to');
    const noCache = (0,action_inputs/* getBoolean */.pW)(env, 'no-cache', false);
    // A builder named outright is checked now, before anything runs; for auto, build.ts checks the one it picks.
    if (builder !== 'auto') {
        const refused = (0,cache_spec/* checkCacheForBuilder */.pg)({ from: cacheFrom, to: cacheTo, noCache }, builder);
        if (refused !== undefined)
            throw refused;
    }
    const inputs = {
        kind: 'container',
        context,
        'build-args': buildArgs,
        secrets,
        labels,
        annotations,
        tags,
        ...(flavor.length > 0 ? { flavor } : {}),
        platforms,
        builder,
        output,
        ...(provenance === undefined ? {} : { provenance }),
        publicBuildArgs: publicBuildArgs(env),
        env,
        cacheFrom,
        cacheTo,
        noCache,
        connect: (0,connect_inputs/* getConnectInputs */._z)(env),
        ...publishInputsOf(env),
        ...(options !== undefined ? { options } : {}),
        ...(secretFiles.length > 0 ? { secretFiles } : {}),
        ...(secretEnvs.length > 0 ? { secretEnvs } : {}),
        ...(notices.length > 0 ? { notices } : {}),
        ...limitsOf(env),
    };
    if (file !== '')
        inputs.file = file;
    if (target !== '')
        inputs.target = target;
    return inputs;
}
function machineInputs(env) {
    const sha = (0,action_inputs/* getInput */.V4)(env, 'packer-sha256');
    const pgpKey = (0,action_inputs/* getInput */.V4)(env, 'packer-pgp-key');
    const releases = (0,action_inputs/* getInput */.V4)(env, 'packer-releases-url');
    const manifest = (0,action_inputs/* getInput */.V4)(env, 'packer-manifest');
    const amiRegion = (0,action_inputs/* getInput */.V4)(env, 'ami-region');
    const provenance = provenancePath(env);
    return {
        kind: 'machine',
        ...(provenance === undefined ? {} : { provenance }),
        publicBuildArgs: publicBuildArgs(env),
        env,
        // `file` (the Dockerfile input) is accepted too, so `file: base.pkr.hcl` alone selects a machine build.
        template: (0,action_inputs/* getInput */.V4)(env, 'template') || (0,action_inputs/* getInput */.V4)(env, 'file') || (0,action_inputs/* getInput */.V4)(env, 'template', { required: true }),
        packerVersion: (0,action_inputs/* getInput */.V4)(env, 'packer-version') || 'system',
        ...(sha !== '' ? { packerSha256: sha } : {}),
        ...(pgpKey !== '' ? { packerPgpKey: pgpKey } : {}),
        ...(releases !== '' ? { releasesUrl: releases } : {}),
        variables: Object.fromEntries((0,action_inputs/* parseKeyValues */.Hl)((0,action_inputs/* getInput */.V4)(env, 'packer-vars', { trim: false }), 'packer-vars', { keyPattern: /^[A-Za-z_][\w-]*$/ })),
        varFiles: (0,action_inputs/* getList */.vS)(env, 'packer-var-files', { commas: false }),
        only: (0,action_inputs/* getList */.vS)(env, 'packer-only'),
        ...(manifest !== '' ? { manifest } : {}),
        ...(amiRegion !== '' ? { amiRegion } : {}),
    };
}

;// CONCATENATED MODULE: ./build-image/src/outputs.ts
function outputsOf(o) {
    if (o.kind === 'machine') {
        const r = o.result;
        return {
            amis: JSON.stringify(r.amis),
            'ami-id': r.amiId ?? '',
            metadata: JSON.stringify({ kind: 'machine', amis: r.amis, amiId: r.amiId, packer: r.packer.version, template: r.template, artifacts: r.artifacts }),
            provenance: o.provenance ?? '',
        };
    }
    const r = o.report;
    const labels = Object.entries(r.labels ?? {}).map(([k, v]) => `${k}=${v}`);
    // With a repository named (images, or references in tags), `tags` are full references, as metadata-action's are.
    const tags = r.refs !== undefined && r.refs.length > 0 ? r.refs : r.tags;
    return {
        digest: r.digest,
        imageid: r.imageid,
        layout: r.layout,
        tags: tags.join('\n'),
        // metadata-action's outputs: version (the first computed tag), labels and annotations (level:key=value) one per line, json with tags (full references), tag-names, labels and annotations.
        version: r.version ?? '',
        labels: labels.join('\n'),
        annotations: (r.annotations ?? []).join('\n'),
        json: JSON.stringify({ tags, 'tag-names': r.tags, labels: r.labels ?? {}, annotations: r.annotations ?? [] }),
        metadata: JSON.stringify(containerMetadata(o)),
        provenance: o.provenance ?? '',
    };
}
/**
 * The `metadata` output: the build report (every key it always had) with
 * build-push-action's keys, as buildx's metadata file names them:
 * `containerimage.digest` (the image: manifest, or index for several
 * platforms), `containerimage.config.digest` (single-platform builds only, as
 * buildx), `containerimage.descriptor` (the root's media type, digest and
 * size) and `image.name` (the full references, comma-joined; absent without one).
 */
function containerMetadata(o) {
    const r = o.report;
    return {
        ...r,
        'containerimage.digest': r.digest,
        ...(r.manifests?.length === 1 ? { 'containerimage.config.digest': r.imageid } : {}),
        ...(o.descriptor !== undefined ? { 'containerimage.descriptor': o.descriptor } : {}),
        ...(r.refs !== undefined && r.refs.length > 0 ? { 'image.name': r.refs.join(',') } : {}),
    };
}

;// CONCATENATED MODULE: ./build-image/src/secrets.ts
/**
 * build-image's secrets, masked before anything can print them. Apart from run.ts so the all-in-one action
 * masks every stage's secrets before its first stage without loading the stages' run code (issue 17 item 3).
 */


/** Build secrets, registry credentials, cache credentials (gha token, s3 keys) and Packer variables. */
const secretsOf = (i) => i.kind === 'container'
    ? [...i.secrets.values(), ...(0,connect_inputs/* connectSecrets */.OP)(i.connect), ...(0,cache_spec/* cacheSecrets */.oU)([...i.cacheFrom, ...i.cacheTo])]
    : Object.values(i.variables ?? {});

;// CONCATENATED MODULE: ./build-image/src/run.ts







/*
 * What a run needs is loaded when the run needs it (bench/build.ts, issue 14 item 4): node parses every
 * statically imported module before the first line runs, so a run that only refuses a bad input, or
 * builds a container, would otherwise pay for the Packer path, provenance and the builders it never uses.
 * The bundler (ncc) turns each import() below into a separate chunk file.
 */
/** Lazy: the container build (builders, registry access, caches, layout assembly) is not needed to check inputs. */
const loadContainerBuild = () => Promise.all(/* import() */[__nccwpck_require__.e(223), __nccwpck_require__.e(421)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8421));
/** Lazy: the Packer path (tool-cache and its downloads, semver, the AWS SDK) and its summary, only for `kind: machine`. */
async function loadMachineBuild() {
    const [build, summary] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(354), __nccwpck_require__.e(156)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9156)),
        __nccwpck_require__.e(/* import() */ 705).then(__nccwpck_require__.bind(__nccwpck_require__, 9705)),
    ]);
    return { ...build, ...summary };
}
/** Lazy: after a successful build, the root descriptor for `metadata`, and push/load/outputs (publish.ts) when asked. */
const loadPublish = () => Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(223), __nccwpck_require__.e(656), __nccwpck_require__.e(211)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2211));
/** Lazy: SLSA provenance (shared/src/attest) only once a build has succeeded and `provenance` is not false. */
const loadProvenance = () => __nccwpck_require__.e(/* import() */ 836).then(__nccwpck_require__.bind(__nccwpck_require__, 5836));
async function run(inputs, io) {
    return inputs.kind === 'machine' ? runMachine(inputs, io) : runContainer(inputs, io);
}
async function runContainer(inputs, io) {
    const { kind: _kind, 'build-args': buildArgs, env, provenance: _provenance, publicBuildArgs: _publicBuildArgs, publish: publishInputs, ...rest } = inputs;
    // push/load name the image by its full references: none at all is a mistake to report before building.
    if (publishInputs !== undefined)
        checkPublish(publishInputs, inputs.tags.some((t) => (0,metadata/* referenceItem */.DX)(t) !== undefined), inputs.platforms.length);
    const startedOn = new Date();
    const { buildImage: buildContainerImage } = await loadContainerBuild();
    const report = await buildContainerImage({
        ...rest,
        buildArgs,
        env,
        event: await (0,github_event/* readEvent */.j_)(env),
        ...(publishInputs !== undefined && publishInputs.images.length > 0 ? { images: publishInputs.images } : {}),
    }, 
    // mask: secrets the registry credential resolver finds during the build (ECR tokens, config.json entries).
    { log: { info: (m) => io.info(m), debug: (m) => io.debug(m), warning: (m) => io.warning(m) }, mask: (s) => io.mask(s) });
    const finishedOn = new Date();
    io.info(`Built ${report.digest} (${report.platforms.join(', ')}) into ${report.layout}, tags: ${report.tags.join(', ')}`);
    await io.summary(buildSummary(report));
    const written = await writeContainerProvenance(inputs, report, { startedOn, finishedOn }, io);
    const { rootDescriptor, publish } = await loadPublish();
    const out = {
        kind: 'container',
        report,
        descriptor: await rootDescriptor(report.layout),
        ...(written !== undefined ? { provenance: written } : {}),
    };
    if (publishInputs === undefined || !publishes(publishInputs))
        return out;
    return { ...out, publish: await publish(report, publishInputs, inputs.connect, env, io) };
}
async function writeContainerProvenance(inputs, report, { startedOn, finishedOn }, io) {
    const { provenance, 'build-args': buildArgs, publicBuildArgs, env } = inputs;
    if (provenance === undefined)
        return undefined;
    const { containerProvenance, writeProvenance } = await loadProvenance();
    const statement = containerProvenance({ report, context: inputs.context, ...(inputs.target === undefined ? {} : { target: inputs.target }), buildArgs, publicBuildArgs, env }, { startedOn, finishedOn });
    const written = await writeProvenance(provenance, statement, env);
    io.info(`Provenance (SLSA v1, ${statement.subject.length} subjects) written to ${written}`);
    return written;
}
async function runMachine(inputs, io) {
    const { kind: _kind, provenance, publicBuildArgs, env, ...options } = inputs;
    const startedOn = new Date();
    const { buildMachineImage, machineBuildSummaryMarkdown } = await loadMachineBuild();
    const result = await buildMachineImage({
        ...options,
        log: (l) => io.info(l),
        onProgress: (p) => {
            if (p.text !== '')
                io.info(p.target !== '' ? `${p.target}: ${p.text}` : p.text);
        },
    });
    await io.summary(machineBuildSummaryMarkdown(result.summary));
    const amis = Object.entries(result.amis);
    io.info(amis.length > 0
        ? `Built ${amis.map(([r, id]) => `${id} in ${r}`).join(', ')}`
        : 'Packer build finished (no AMI artifact: a builder that makes none, e.g. null)');
    if (provenance === undefined)
        return { kind: 'machine', result };
    const { machineProvenance, writeProvenance } = await loadProvenance();
    const statement = machineProvenance({ result, template: inputs.template, variables: inputs.variables ?? {}, publicBuildArgs, env }, { startedOn, finishedOn: new Date() });
    if (statement === undefined) {
        io.info('No provenance written: the build made no AMI to be its subject');
        return { kind: 'machine', result };
    }
    const written = await writeProvenance(provenance, statement, env);
    io.info(`Provenance (SLSA v1, AMIs ${statement.subject.map((s) => s.name).join(', ')}) written to ${written}`);
    return { kind: 'machine', result, provenance: written };
}
const buildImage = {
    name: 'build-image',
    getInputs: getInputs,
    secretsOf: secretsOf,
    run,
    outputsOf: outputsOf,
    // After the digest, layout and metadata: a push, load or export that failed still leaves the build's outputs.
    verdict: (o) => (o.kind === 'container' ? o.publish?.error : undefined),
    failureSummary: build_failureSummary,
};
const action = buildImage;




/***/ }),

/***/ 4699:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ getInputList),
/* harmony export */   L1: () => (/* binding */ getListItems),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   cp: () => (/* binding */ getKeyValues),
/* harmony export */   re: () => (/* binding */ keyValuesOf)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5175);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4659);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7013);
/**
 * List inputs read the way docker/actions-toolkit's getInputList reads them,
 * so a docker/build-push-action `with:` block means the same here: the text
 * is CSV (csv-parse: relaxed quotes, relaxed column count, blank lines
 * skipped), one record per line, so an item may be quoted to hold commas
 * (`"FOO=a,b"`), newlines (`"KEY=line one\nline two"`) or doubled quotes.
 * With `ignoreComma` a record's fields are joined back with commas (one item
 * per line: build-args, labels, secrets, ...); without it every field, and
 * every comma-separated part of a lone field, is an item (platforms, ssh, ...).
 *
 * Two differences, both keeping what our inputs accepted before: a line whose
 * first non-blank character is `#` is a comment (actions-toolkit passes no
 * comment character for these inputs, so buildx would be handed the line),
 * and each item carries the line it starts on, for errors. `#` elsewhere is
 * data (`COLOR=#fff`). Pure.
 */




/** A record's own text: csv-parse's raw text also holds the blank and comment lines before it, and the newline after it. */
const bodyOf = (p) => p.raw.replace(/^(?:(?:#[^\n]*)?\r?\n)+/, '').replace(/\r?\n$/, '');
/** The line a record starts on: where it ends, less the newlines inside it. */
const startLine = (p, body) => p.info.lines - (body.match(/\n/g)?.length ?? 0);
function readList(text, input, opts = {}) {
    if (text.trim() === '')
        return [];
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, {
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            comment: '#',
            comment_no_infix: true,
            info: true,
            raw: true,
            ...(opts.quote === false ? { quote: false } : {}),
        });
    }
    catch (e) {
        // csv-parse's message may quote the text (a secret): only its line number is shown.
        const at = typeof e.lines === 'number' ? ` (near line ${e.lines})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' is not a valid list${at}: a quote is opened and never closed, or closed in the middle of an item`, {
            input,
            hint: 'Quote a whole item ("KEY=a,b"), not part of it; write a quote inside a quoted item as two ("").',
        });
    }
    const out = [];
    for (const p of records) {
        const body = bodyOf(p);
        const lead = body.trimStart();
        // An indented `# comment` (csv-parse takes `#` as a comment only in the first column).
        if (lead.startsWith('#'))
            continue;
        const quoted = opts.quote !== false && lead.startsWith('"');
        const line = startLine(p, body);
        const fields = opts.trailingComments === true && !quoted ? [body.replace(/(^|\s)#.*$/s, '')] : p.record;
        const values = opts.ignoreComma === true ? [fields.join(',')] : fields.length === 1 ? (fields[0] ?? '').split(',') : fields;
        for (const v of values) {
            if (v === '')
                continue;
            const value = opts.trim === 'unquoted' && quoted ? v : v.trim();
            if (value !== '')
                out.push({ value, line, quoted });
        }
    }
    return out;
}
/** An input's items (see readList). */
const getListItems = (env, name, opts = {}) => readList((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4)(env, name, { trim: false }), name, opts);
/** An input's items as strings: actions-toolkit's getInputList. */
const getInputList = (env, name, opts = {}) => getListItems(env, name, opts).map((i) => i.value);
/**
 * `KEY=value` items (build-args, labels, annotations), one per line or quoted:
 * split at the first `=`. An item without `=`, or with a malformed key, is an
 * error naming its line with a redacted preview.
 */
function keyValuesOf(items, input, opts = {}) {
    const keyPattern = opts.keyPattern ?? /^[^\s=]+$/;
    const out = new Map();
    for (const item of items) {
        const eq = item.value.indexOf('=');
        const key = eq < 0 ? item.value : item.value.slice(0, eq).trim();
        if (eq <= 0 || !keyPattern.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${item.line} ('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(item.value, { max: 60 })}') is not KEY=value`, {
                input,
                line: item.line,
                hint: `Write one KEY=value per line (quote it to hold a comma or a newline: "KEY=a,b")${eq <= 0 ? '; this line has no key or no =' : `; '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(key)}' is not a valid key`}.`,
            });
        }
        out.set(key, item.value.slice(eq + 1));
    }
    return out;
}
/** keyValuesOf over an input read with ignoreComma (one item per line). */
const getKeyValues = (env, name, opts = {}) => keyValuesOf(getListItems(env, name, { ignoreComma: true }), name, opts);


/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   GV: () => (/* binding */ getEnum),
/* harmony export */   Hl: () => (/* binding */ parseKeyValues),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList)
/* harmony export */ });
/* unused harmony exports inputVar, getInteger */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4659);
/**
 * Reading action inputs the same way in every action: names exactly as in
 * action.yml, lists one item per line (commas accepted, `#` comments and
 * blank lines ignored), booleans and enums checked with an error that names
 * the input and the values it accepts. Pure over an `env` map so tests need
 * no process state; the runner passes inputs as `INPUT_<NAME>` variables.
 */


/** The environment variable the runner uses for an input (see @actions/core getInput). */
const inputVar = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
function getInput(env, name, opts = {}) {
    const raw = env[inputVar(name)] ?? '';
    const value = opts.trim === false ? raw : raw.trim();
    if (opts.required === true && value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `input '${name}' is required`, { input: name, hint: `Set '${name}' under 'with:' of this step.` });
    }
    return value;
}
/** One item per line or comma; `#` starts a comment; blanks dropped. */
function parseList(text, opts = {}) {
    const out = [];
    for (const rawLine of text.split(/\r?\n/)) {
        const line = stripComment(rawLine).trim();
        if (line === '')
            continue;
        const parts = opts.commas === false ? [line] : line.split(',');
        for (const p of parts) {
            const item = p.trim();
            if (item !== '')
                out.push(item);
        }
    }
    return out;
}
/** A `#` starts a comment when it begins the line or follows whitespace (so `a#b` survives). */
function stripComment(line) {
    const m = /(^|\s)#/.exec(line);
    return m === null ? line : line.slice(0, m.index);
}
function getList(env, name, opts = {}) {
    return parseList(getInput(env, name, { trim: false }), opts);
}
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', '0']);
function getBoolean(env, name, fallback) {
    const v = getInput(env, name);
    if (v === '')
        return fallback;
    if (TRUE.has(v))
        return true;
    if (FALSE.has(v))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `input '${name}' is '${v}', not a boolean`, { input: name, hint: "Use 'true' or 'false'." });
}
function getEnum(env, name, values, fallback) {
    const v = getInput(env, name);
    if (v === '')
        return fallback;
    if (values.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `input '${name}' is '${v}', which is not one of ${values.join(', ')}`, {
        input: name,
        hint: `Set '${name}' to one of: ${values.join(', ')}.`,
    });
}
function getInteger(env, name, fallback, range = {}) {
    const v = getInput(env, name);
    if (v === '')
        return fallback;
    const n = Number(v);
    const min = range.min ?? Number.MIN_SAFE_INTEGER;
    const max = range.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
        throw new PipelineError('INPUT', `input '${name}' is '${v}', not a whole number from ${min} to ${max}`, { input: name });
    }
    return n;
}
/**
 * `KEY=value` lines (build-args, labels, annotations). Values may contain
 * `=` and commas, so only newlines separate items. A line without `=`, or
 * with an empty or malformed key, is an error naming its line.
 */
function parseKeyValues(text, input, opts = {}) {
    const out = new Map();
    const keyPattern = opts.keyPattern ?? /^[^\s=]+$/;
    text.split(/\r?\n/).forEach((rawLine, i) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? line : line.slice(0, eq).trim();
        if (eq <= 0 || !keyPattern.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${i + 1} ('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(rawLine, { max: 60 })}') is not KEY=value`, {
                input,
                line: i + 1,
                hint: `Write one KEY=value per line${eq <= 0 ? '; this line has no key or no =' : `; '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(key)}' is not a valid key`}.`,
            });
        }
        out.set(key, line.slice(eq + 1));
    });
    return out;
}


/***/ }),

/***/ 8374:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: runAction, runChecked, runStage

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./shared/src/action/workflow-commands.ts
/**
 * The runner's side of the protocol: workflow commands on stdout (`::warning file=a,line=3::text`) and
 * file commands (GITHUB_OUTPUT's `name<<delimiter` blocks). Only the pieces runnerIO uses, written here
 * instead of loaded from @actions/core, whose entry point also loads its OIDC client (@actions/http-client
 * and undici) and @actions/exec for getIDToken and platform, which no action calls (keyless signing asks
 * the runner for its token itself, attest/oidc.ts): about 0.8 MB of code, ~100 ms and ~13 MB before an
 * action has read one input (issue 17 item 3).
 *
 * The format is @actions/core 3.0.1's, kept exactly (lib/command.js, lib/file-command.js, lib/core.js),
 * since the runner parses it: a command's message escapes `%`, CR and LF; a property value also `:` and
 * `,`; properties with an empty value are left out. A file command's value sits between two lines of a
 * random delimiter, and a name or value holding the delimiter is refused rather than written (it would
 * end the value early and let the rest be read as further outputs). test/unit/action/workflow-commands.test.ts
 * pins each rule.
 */



/** A message: `%` first, so the escapes it writes are not escaped again. */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: also `:` and `,`, which end a property. */
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::command key=value,key=value::message`; a property whose value is empty (or 0, as @actions/core) is left out. */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${command === '' ? 'missing.command' : command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
/** Write one workflow command to stdout, where the runner reads it. */
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_.EOL);
}
/**
 * A `name<<delimiter` block for GITHUB_OUTPUT, GITHUB_ENV or GITHUB_STATE. `delimiter` is for tests only; a
 * run takes a fresh random one for each value.
 */
function keyValueMessage(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    // Never expected (the delimiter is random), but a value that held it would end early and inject the rest.
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
/** Append a message to the runner's file (GITHUB_OUTPUT, ...); the runner creates it, so a missing one is an error. */
function appendFileCommand(file, message) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/**
 * An output: into the GITHUB_OUTPUT file when the runner names one, else the deprecated `::set-output::`
 * command after a newline (so it starts a line), as @actions/core's setOutput does.
 */
function setOutput(outputFile, name, value) {
    if (outputFile !== undefined && outputFile !== '') {
        appendFileCommand(outputFile, keyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, value);
}

;// CONCATENATED MODULE: ./shared/src/action/io.ts
/**
 * Everything an action says to the runner goes through one `ActionIO`:
 * outputs, the job summary, log lines, annotations, groups and masks. Actions'
 * `run()` functions take it as an argument, so the same code runs under the
 * runner (`runnerIO`), inside the all-in-one action (the stages share the
 * root's io, see src/run.ts) and in unit tests (`memoryIO`).
 */



/** An annotation's properties by the runner's names (@actions/core's toCommandProperties: line, col). */
const props = (a) => (a === undefined ? {} : { title: a.title, file: a.file, line: a.line, col: a.column });
/**
 * The letters or digits a line of a multi-line secret needs to be registered on its own: the lines
 * of a JSON key (`{`, `}`, `],`, `"a"`) or of a YAML file would otherwise be masked everywhere in
 * the log, turning every brace of the job's output into `***` while hiding nothing secret. Counted
 * in letters and digits, not characters, so a short line that can carry a secret (`pass123`) is
 * still masked while punctuation is not (a cut by length alone left such a password line unmasked:
 * review finding). actions/runner's open proposal for the same problem is pull 2578.
 */
const MIN_MASKED_ALNUM = 4;
const alnumCount = (line) => line.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
const LINE_BREAK = /\r\n|\n|\r/;
/**
 * The strings to register for one secret: the value, and when it spans lines each non-blank
 * line trimmed with at least MIN_MASKED_ALNUM letters or digits. The runner matches registered strings
 * within one log line, so a multi-line value registered only whole is never hidden when a tool
 * prints one of its lines (a PEM key, a JSON file). A multi-line value none of whose lines is that
 * rich (`ab\ncd`) registers every line: each is then all there is of the secret.
 */
function maskStrings(secret) {
    if (secret.trim() === '')
        return [];
    const lines = secret
        .split(LINE_BREAK)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    if (lines.length === 1)
        return lines[0] === secret ? [secret] : [secret, lines[0]];
    const long = lines.filter((l) => alnumCount(l) >= MIN_MASKED_ALNUM);
    return [secret, ...new Set(long.length > 0 ? long : lines)];
}
/**
 * What runnerIO sends as `::add-mask::` for one secret: maskStrings, each on one line. The runner
 * splits a value holding line breaks into its lines and registers every one of them, however short
 * (actions/runner, Runner.Worker/ActionCommandManager.cs, AddMaskCommandExtension; @actions/core's
 * setSecret sends the value as given), so sending a multi-line value whole would register `{` again.
 * It is sent instead as the one line it takes in a log: JSON-escaped (`\n`), the form the runner
 * itself derives from a registered value (its JsonStringEscape encoder), which keeps the whole value
 * masked wherever a tool prints it on one line (a JSON dump of a config holding it).
 */
function addMaskValues(secret) {
    return maskStrings(secret).map((s) => (LINE_BREAK.test(s) ? JSON.stringify(s).slice(1, -1) : s));
}
/**
 * The GitHub runner's io: workflow commands on stdout and the GITHUB_* files named by `env`
 * (workflow-commands.ts, the format of @actions/core without loading it).
 */
function runnerIO(env = process.env) {
    const info = (m) => {
        process.stdout.write(m + external_node_os_.EOL);
    };
    const debug = (m) => issueCommand('debug', {}, m);
    const warning = (m, a) => issueCommand('warning', props(a), m);
    const error = (m, a) => issueCommand('error', props(a), m);
    return {
        setOutput: (name, value) => setOutput(env.GITHUB_OUTPUT, name, value),
        summary: async (markdown) => {
            // The file named by the env this io was made with.
            const file = env.GITHUB_STEP_SUMMARY;
            if (file === undefined || file === '') {
                debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
                return;
            }
            try {
                await promises_.appendFile(file, markdown);
            }
            catch (e) {
                warning(`Could not write the job summary: ${e.message}`);
            }
        },
        info,
        debug,
        notice: (m, a) => issueCommand('notice', props(a), m),
        warning,
        error,
        group: async (name, fn) => {
            issueCommand('group', {}, name);
            try {
                return await fn();
            }
            finally {
                issueCommand('endgroup', {}, '');
            }
        },
        mask: (s) => {
            for (const m of addMaskValues(s))
                issueCommand('add-mask', {}, m);
        },
        fail: (m) => {
            // As @actions/core's setFailed: the exit code, then the message as an error.
            process.exitCode = 1;
            error(m);
        },
    };
}
/** An io that keeps everything in memory, for tests and for callers that read a stage's results. */
function memoryIO() {
    const recorded = { outputs: {}, summary: '', log: [], masked: [] };
    const at = (level) => (message, anchor) => {
        recorded.log.push(anchor === undefined ? { level, message } : { level, message, anchor });
    };
    return {
        recorded,
        setOutput: (name, value) => {
            recorded.outputs[name] = value;
        },
        summary: async (markdown) => {
            recorded.summary += markdown;
        },
        info: at('info'),
        debug: at('debug'),
        notice: at('notice'),
        warning: at('warning'),
        error: at('error'),
        group: (_name, fn) => fn(),
        // The values hidden (a multi-line secret whole, as given), not their one-line form on the wire (addMaskValues).
        mask: (s) => {
            recorded.masked.push(...maskStrings(s));
        },
        fail: (m) => {
            recorded.failed = m;
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./shared/src/action/load-failure.ts
/**
 * An action loads the code a run does not always need (AWS, sigstore, the
 * layer scan, Packer) lazily, from chunk files ncc writes beside
 * dist/index.js. A checkout that holds index.js but not those files (a fork
 * that committed only index.js, a copy of one file) would otherwise end the
 * step with Node's bare "Cannot find module", naming neither the action nor
 * the fix. This turns that one failure into an error that does.
 */


const NOT_FOUND = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND']);
// The quoted module in Node's message: "Cannot find module '/x/dist/606.index.js' imported from ...".
const QUOTED = /Cannot find (?:module|package) '([^']{1,500})'/;
const released = (action) => (action === 'image-pipeline' ? 'image-pipeline/image-pipeline@v1' : `image-pipeline/image-pipeline/${action}@v1`);
/** The error to report for `e`: a PipelineError naming the action and the fix when a part of it could not be loaded, else `e`. */
function loadFailure(action, e) {
    // Duck-typed: an error from another realm (a vm context, a worker) is not `instanceof Error` here.
    if (typeof e !== 'object' || e === null)
        return e;
    const { code, message } = e;
    if (typeof code !== 'string' || !NOT_FOUND.has(code) || typeof message !== 'string')
        return e;
    const quoted = QUOTED.exec(message)?.[1];
    // Only the file's name: the path is the runner's, and the rest of Node's message adds nothing the user can act on.
    const part = quoted === undefined ? 'a module' : `'${external_node_path_.basename(quoted).slice(0, 80)}'`;
    return new errors/* PipelineError */.zC('INTERNAL', `${action} could not load ${part}, a part of the action it loads only when a run needs it`, {
        hint: `The action's files are incomplete: use a released tag (${released(action)}), or in a fork commit every file that \`npm run build\` writes to the action's dist/ folder, not only index.js.`,
        cause: e,
    });
}

;// CONCATENATED MODULE: ./shared/src/action/run-action.ts
/**
 * The one shape of an action and the single place where its run ends.
 *
 * An action is four pure-or-typed parts (DESIGN.md "Thin main.ts, pure
 * context.ts"): `getInputs` turns the runner's `INPUT_*` variables into a
 * typed value (pure, table-tested), `secretsOf` names what must be masked
 * before anything can print it, `run` does the work through an `ActionIO`
 * and returns typed outputs, and `outputsOf` names them as action.yml does.
 * `verdict` fails the step only after the outputs (and reports) exist, so a
 * failing image still leaves its SARIF and JUnit behind.
 *
 * A failure becomes one `fail` with the full described message, plus an
 * error annotation at the file and line when the error carries one.
 */



/** Run `body`, turning a thrown error into the step's failure (annotated where it points into a file). */
async function runAction(name, io, body) {
    try {
        await body();
    }
    catch (thrown) {
        const e = loadFailure(name, thrown);
        if ((0,errors/* isPipelineError */.h$)(e) && e.file !== undefined) {
            io.error(e.describe(), {
                title: `${name}: ${e.code.toLowerCase().replace(/_/g, ' ')}`,
                file: e.file,
                ...(e.line !== undefined ? { line: e.line } : {}),
                ...(e.column !== undefined ? { column: e.column } : {}),
            });
        }
        if (!(0,errors/* isPipelineError */.h$)(e) && e instanceof Error && e.stack !== undefined)
            io.debug(e.stack);
        else if (e !== thrown && thrown instanceof Error && thrown.stack !== undefined)
            io.debug(thrown.stack);
        io.fail((0,errors/* messageOf */.bD)(e));
    }
}
/** What every action's main.ts does: inputs, then runChecked; a failure (bad inputs included) ends the step. */
async function main(action, env = process.env, io = runnerIO(env)) {
    await runAction(action.name, io, async () => {
        let inputs;
        try {
            inputs = action.getInputs(env);
        }
        catch (e) {
            await summarizeFailure(action, e, io);
            throw e;
        }
        const result = await runChecked(action, inputs, io);
        if (result.failure !== undefined)
            throw result.failure;
    });
}
/** Masks, run and outputs for inputs already parsed (throws what run throws). */
async function runStage(action, inputs, io) {
    for (const s of action.secretsOf?.(inputs) ?? [])
        io.mask(s);
    const outputs = await action.run(inputs, io);
    for (const [k, v] of Object.entries(action.outputsOf(outputs)))
        io.setOutput(k, v);
    return outputs;
}
/**
 * runStage, then the verdict, as a value: the outputs when run finished, and
 * the failure (run's error, with the failure summary written, or the
 * verdict's). main() throws the failure; the all-in-one action names the
 * stage in it and stops the pipeline.
 */
async function runChecked(action, inputs, io) {
    let outputs;
    try {
        outputs = await runStage(action, inputs, io);
    }
    catch (thrown) {
        const e = loadFailure(action.name, thrown);
        await summarizeFailure(action, e, io);
        return { failure: e instanceof Error ? e : new Error((0,errors/* messageOf */.bD)(e)) };
    }
    const failure = action.verdict?.(outputs);
    return failure === undefined ? { outputs } : { outputs, failure };
}
async function summarizeFailure(action, e, io) {
    if (action.failureSummary !== undefined)
        await io.summary(action.failureSummary((0,errors/* messageOf */.bD)(e)));
}


/***/ }),

/***/ 1722:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ parseAnnotations),
/* harmony export */   MI: () => (/* binding */ checkPlacement),
/* harmony export */   RF: () => (/* binding */ mergeAnnotations),
/* harmony export */   YL: () => (/* binding */ computedAnnotations),
/* harmony export */   _R: () => (/* binding */ LEVELS_ENV),
/* harmony export */   tG: () => (/* binding */ computedLevels),
/* harmony export */   tn: () => (/* binding */ formatAnnotation),
/* harmony export */   ws: () => (/* binding */ lineOfItems),
/* harmony export */   wv: () => (/* binding */ annotationsAt)
/* harmony export */ });
/* unused harmony exports ANNOTATION_LEVELS, normalizePlatform, parseAnnotation */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4659);
/**
 * OCI annotations and where they go, as build-push-action (buildx) writes
 * them: `[level[,level...]:]key=value`, a level being `manifest` (the
 * default), `index`, `manifest-descriptor` or `index-descriptor`, the manifest
 * levels optionally narrowed to one platform with `[os/arch[/variant]]`.
 * docker/metadata-action's set is placed the same way, at the levels named by
 * its DOCKER_METADATA_ANNOTATIONS_LEVELS (default `manifest`), and printed as
 * its `annotations` output (`level:key=value` lines). Pure: parsing, checking
 * against the platforms built, merging (later entries win), selecting.
 */


const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
/** metadata-action's variable naming the levels its computed annotations go to. */
const LEVELS_ENV = 'DOCKER_METADATA_ANNOTATIONS_LEVELS';
const LEVEL_SET = new Set(ANNOTATION_LEVELS);
const isLevel = (s) => LEVEL_SET.has(s);
/** buildx's shape of one level: lower-case letters and dashes, then an optional platform in brackets. */
const LEVEL_SPEC = /^([a-z-]+)(?:\[([A-Za-z0-9_/.-]+)\])?$/;
const LEVELS_HINT = 'A level is manifest (the default), index, manifest-descriptor or index-descriptor, several joined by commas, the manifest ones optionally with a platform: manifest[linux/arm64]:org.example.key=value.';
const ARCH_ALIASES = {
    x86_64: ['amd64'],
    'x86-64': ['amd64'],
    aarch64: ['arm64'],
    armhf: ['arm', 'v7'],
    armel: ['arm', 'v6'],
    i386: ['386'],
    i686: ['386'],
};
/**
 * A platform as buildkit compares them (containerd's normalisation, the cases
 * that occur): lower case, architecture aliases, numeric variants as vN, the
 * default variants dropped (arm64/v8, amd64/v1) or supplied (arm is arm/v7).
 * undefined when it is not os/arch[/variant].
 */
function normalizePlatform(p) {
    const parts = p.trim().toLowerCase().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((x) => !/^[a-z0-9_.-]+$/.test(x)))
        return undefined;
    const [os, rawArch] = parts;
    const alias = ARCH_ALIASES[rawArch];
    const arch = alias?.[0] ?? rawArch;
    let variant = parts[2] ?? alias?.[1];
    if (variant !== undefined && /^\d+$/.test(variant))
        variant = `v${variant}`;
    if ((arch === 'arm64' && variant === 'v8') || (arch === 'amd64' && variant === 'v1'))
        variant = undefined;
    if (arch === 'arm' && variant === undefined)
        variant = 'v7';
    return variant === undefined ? `${os}/${arch}` : `${os}/${arch}/${variant}`;
}
const where = (from) => (from.line !== undefined ? `input '${from.input}' line ${from.line}` : `'${from.input}'`);
/** One `level[platform]` of a prefix. */
function parseLevel(spec, from, shown) {
    const m = LEVEL_SPEC.exec(spec.trim());
    const name = m?.[1];
    if (m === null || name === undefined || !isLevel(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(from)} ('${shown}') has the level '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(spec, { max: 40 })}', expected one of ${ANNOTATION_LEVELS.join(', ')}`, {
            input: from.input,
            ...(from.line !== undefined ? { line: from.line } : {}),
            hint: LEVELS_HINT,
        });
    const rawPlatform = m[2];
    if (rawPlatform === undefined)
        return { level: name };
    if (name === 'index' || name === 'index-descriptor')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(from)} ('${shown}') narrows the ${name} level to a platform, expected a platform on manifest levels only`, {
            input: from.input,
            ...(from.line !== undefined ? { line: from.line } : {}),
            hint: `There is one image index for all platforms: write ${name}:key=value, or manifest[${rawPlatform}]:key=value for one platform's manifest.`,
        });
    const platform = normalizePlatform(rawPlatform);
    if (platform === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(from)} ('${shown}') names the platform '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(rawPlatform, { max: 40, redact: false })}', expected os/arch[/variant]`, {
            input: from.input,
            ...(from.line !== undefined ? { line: from.line } : {}),
            hint: 'Write e.g. manifest[linux/arm64]:key=value.',
        });
    return { level: name, platform };
}
/**
 * One annotation item (`[levels:]key=value`, key and value already split at
 * the first '='), one entry per level it names. buildx splits the levels off
 * at the key's first ':'; a key with a ':' of its own therefore needs an
 * explicit level in front (`manifest:a:b=c`).
 */
function parseAnnotation(keyPart, value, from) {
    // The key part only (a value may be anything), and redacted too: a line missing its key puts whatever was pasted
    // (a token) where the level goes, and a level the parser refuses is masked the same way below.
    const shown = (0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(keyPart, { max: 60 });
    const colon = keyPart.indexOf(':');
    const key = (colon < 0 ? keyPart : keyPart.slice(colon + 1)).trim();
    if (key === '' || /\s/.test(key))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(from)} ('${shown}') has no annotation key, expected [level:]key=value with a key without spaces`, {
            input: from.input,
            ...(from.line !== undefined ? { line: from.line } : {}),
            hint: 'Write e.g. org.opencontainers.image.description=My image, or index:org.opencontainers.image.description=My image.',
        });
    const levels = colon < 0
        ? [{ level: 'manifest' }]
        : keyPart
            .slice(0, colon)
            .split(',')
            .map((spec) => parseLevel(spec, from, shown));
    return levels.map((l) => ({ ...l, key, value, from }));
}
/**
 * The `annotations` input's items (KEY=value pairs as the input reader split
 * them, KEY possibly prefixed with levels). `lineOf` gives an item's line in
 * the input, when the caller still has the text.
 */
function parseAnnotations(items, input = 'annotations', lineOf = () => undefined) {
    const out = [];
    for (const [k, v] of items) {
        const line = lineOf(k);
        out.push(...parseAnnotation(k, v, line === undefined ? { input } : { input, line }));
    }
    return out;
}
/**
 * The line each key (as written, levels included) was set on, from the input
 * reader's items (input-list.ts: each item knows the line it starts on); the
 * last one wins, as it does in the key/value map.
 */
function lineOfItems(items) {
    const lines = new Map();
    for (const item of items) {
        const eq = item.value.indexOf('=');
        if (eq > 0)
            lines.set(item.value.slice(0, eq).trim(), item.line);
    }
    return (key) => lines.get(key);
}
/** The levels of metadata-action's computed annotations: DOCKER_METADATA_ANNOTATIONS_LEVELS, default manifest. */
function computedLevels(value) {
    const v = value?.trim() ?? '';
    if (v === '')
        return [{ level: 'manifest' }];
    return v.split(',').map((spec) => parseLevel(spec, { input: LEVELS_ENV }, v));
}
/** metadata-action's computed set (the same keys and values as its labels) at each level. */
function computedAnnotations(set, levels) {
    const pairs = [...set];
    return levels.flatMap((l) => pairs.map(([key, value]) => ({ ...l, key, value, from: { input: LEVELS_ENV } })));
}
const slot = (e) => `${e.level}\u0000${e.platform ?? ''}`;
/**
 * One entry per (level, platform, key), the later one winning (so pass the
 * computed set first and the user's after it); grouped by level and platform
 * in order of first appearance, keys sorted within a group as metadata-action
 * sorts its list.
 */
function mergeAnnotations(entries) {
    const groups = new Map();
    for (const e of entries) {
        const g = groups.get(slot(e)) ?? new Map();
        g.set(e.key, e);
        groups.set(slot(e), g);
    }
    return [...groups.values()].flatMap((g) => [...g.values()].sort((a, b) => a.key.localeCompare(b.key)));
}
/** metadata-action's `annotations` output lines: `level[platform]:key=value`. */
const formatAnnotation = (e) => `${e.level}${e.platform !== undefined ? `[${e.platform}]` : ''}:${e.key}=${e.value}`;
/**
 * What goes at `level` (for one manifest: its platform): the entries for
 * every platform, then those for this platform over them (buildkit's order).
 * undefined when there is none.
 */
function annotationsAt(entries, level, platform) {
    const out = {};
    const p = platform === undefined ? undefined : (normalizePlatform(platform) ?? platform);
    for (const e of entries)
        if (e.level === level && e.platform === undefined)
            out[e.key] = e.value;
    if (p !== undefined)
        for (const e of entries)
            if (e.level === level && e.platform === p)
                out[e.key] = e.value;
    return Object.keys(out).length > 0 ? out : undefined;
}
/**
 * Refuses what cannot be placed on the image this build makes, as buildkit
 * does: index levels without an image index (one platform), and a platform
 * selector naming a platform that is not built. `platforms` as built or
 * requested (os/arch[/variant]).
 */
function checkPlacement(entries, platforms) {
    const built = new Set(platforms.map((p) => normalizePlatform(p) ?? p));
    for (const e of entries) {
        const ctx = { input: e.from.input, ...(e.from.line !== undefined ? { line: e.from.line } : {}) };
        if ((e.level === 'index' || e.level === 'index-descriptor') && platforms.length <= 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(e.from)} puts '${e.key}' on the image index, but a build of one platform makes no index`, {
                ...ctx,
                hint: 'Build several platforms, or use manifest: (the image manifest) or manifest-descriptor: (its entry in the layout) for one platform; buildx refuses this too.',
            });
        if (e.platform !== undefined && !built.has(e.platform))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(e.from)} narrows '${e.key}' to ${e.platform}, expected one of the platforms built (${[...built].join(', ')})`, {
                ...ctx,
                hint: 'Name a platform listed in platforms, or drop the [os/arch] part to annotate every platform.',
            });
    }
}


/***/ }),

/***/ 619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ imagesThroughContexts),
/* harmony export */   Jm: () => (/* binding */ resolveBuildContexts),
/* harmony export */   RQ: () => (/* binding */ buildxOptionArgs),
/* harmony export */   Ri: () => (/* binding */ optionNotices),
/* harmony export */   Tm: () => (/* binding */ noCacheFor),
/* harmony export */   ZL: () => (/* binding */ imageThroughContexts),
/* harmony export */   az: () => (/* binding */ parseBuildOptions),
/* harmony export */   iJ: () => (/* binding */ contextImages),
/* harmony export */   pS: () => (/* binding */ containersOptionArgs),
/* harmony export */   zl: () => (/* binding */ checkOptionsForBuilder),
/* harmony export */   zp: () => (/* binding */ builderOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4659);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7013);
/* harmony import */ var _action_input_list_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4699);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5698);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9595);
/**
 * docker/build-push-action's build options, so its `with:` block works on
 * build-image: parsed here from the inputs (pure, every bad value an error
 * naming the input, line and the accepted forms), checked against the builder
 * that runs (what buildah/podman cannot do is refused before anything runs),
 * and turned into each builder's flags.
 *
 * What buildah 1.28 / podman 4.3 make of them, checked on this machine with
 * chroot isolation (how build-image runs RUN steps: no user namespaces or
 * runc needed on a runner): --build-context (folder, https tarball,
 * docker-image://), --secret id=,env=, --ssh, --add-host, --ulimit and
 * --pull=always take effect; --network accepts only host ("cannot set
 * --network other than host with --isolation chroot"), which is what chroot
 * isolation gives every RUN step anyway; --shm-size and --cgroup-parent are
 * accepted but change nothing (the RUN step sees the runner's /dev/shm and
 * cgroup), so they are passed and a notice says so.
 */








const CONTEXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_./:@-]*$/;
const SSH_ITEM = /^[A-Za-z0-9_.-]+(?:=\S.*)?$/;
const ADD_HOST = /^[A-Za-z0-9_.-]+[:=]\S+$/;
const SHM_SIZE = /^\d+(?:\.\d+)?[bkmgBKMG]?[bB]?$/;
const ULIMIT = /^[a-z]+=-?\d+(?::-?\d+)?$/;
const STAGE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ENTITLEMENT = /^[a-z]+(?:\.[a-z]+)*(?:=\S+)?$/;
const fail = (input, message, hint, line) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input '${input}'${line === undefined ? '' : ` line ${line}`} ${message}`, {
    input,
    hint,
    ...(line === undefined ? {} : { line }),
});
/** A git source (buildx fetches it itself; buildah would take it for a tarball URL). */
const isGitSource = (v) => v.startsWith('git@') || v.startsWith('git://') || v.startsWith('github.com/') || (/^https?:\/\//.test(v) && (/\.git(?:#|$)/.test(v) || v.includes('#')));
const DOCKER_IMAGE = 'docker-image://';
/** Longer than HTTP servers take in a request line (nginx refuses past 8 KiB by default): never a real tarball URL. */
const MAX_URL = 8192;
/**
 * What is wrong with an image or URL source, checked at input time so a bad
 * one is refused naming the line rather than failing inside the builder.
 * Folders are checked when the build starts (resolveBuildContexts); git
 * sources and oci-layout:// are the builder's (checkBuildOptions). Undefined
 * when fine.
 */
function sourceProblem(value) {
    if (value.startsWith(DOCKER_IMAGE)) {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(value.slice(DOCKER_IMAGE.length));
        if (ref.ok)
            return undefined;
        // The reason only: parseReference's message quotes the whole text, which may be anything.
        const why = ref.error.reason.replace(/^'.*' is not a valid image reference: /s, '');
        return `docker-image:// does not name an image (${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(why, { max: 80 })})`;
    }
    if (/^https?:\/\//i.test(value)) {
        if (value.length > MAX_URL)
            return `is a URL of ${value.length} characters, more than ${MAX_URL}`;
        // WHATWG URL parsing: what does not parse is no address a builder could fetch (and an http(s) URL that parses has a host).
        if (!URL.canParse(value))
            return 'is not a valid URL';
    }
    return undefined;
}
function buildContexts(env) {
    const seen = new Set();
    return (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_5__/* .getListItems */ .L1)(env, 'build-contexts', { ignoreComma: true }).map((item) => {
        const eq = item.value.indexOf('=');
        const name = eq < 0 ? '' : item.value.slice(0, eq).trim();
        const value = eq < 0 ? '' : item.value.slice(eq + 1).trim();
        const hint = 'Write name=<folder>, name=docker-image://<image>[:tag|@digest] or name=https://<url of a tarball>, one per line; FROM name or COPY --from=name uses it.';
        if (eq <= 0 || !CONTEXT_NAME.test(name) || value === '')
            throw fail('build-contexts', `('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}') is not name=value`, hint, item.line);
        if (value.startsWith('target:'))
            throw fail('build-contexts', `('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}'): target: contexts are docker/bake-action's, not a build's`, hint, item.line);
        if (seen.has(name))
            throw fail('build-contexts', `names the context '${name}' twice`, hint, item.line);
        const problem = sourceProblem(value);
        if (problem !== undefined)
            throw fail('build-contexts', `('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}'): the source ${problem}`, hint, item.line);
        seen.add(name);
        return { name, value, line: item.line };
    });
}
function network(env) {
    const v = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'network');
    if (v === '')
        return undefined;
    if (_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .NETWORK_MODES */ .Kt.includes(v))
        return v;
    throw fail('network', `is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(v)}', which is not one of ${_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .NETWORK_MODES */ .Kt.join(', ')}`, `Set network to ${_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .NETWORK_MODES */ .Kt.join(', ')} (buildx's modes for RUN steps).`);
}
/** Items of a comma/line list input, each matching `pattern`, else an error with `form`. */
function checkedList(env, name, pattern, form, opts = {}) {
    return (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_5__/* .getListItems */ .L1)(env, name, opts).map((item) => {
        if (!pattern.test(item.value))
            throw fail(name, `has '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}', expected ${form}`, `Write ${form}, one per line${opts.ignoreComma === true ? '' : ' or comma-separated'}.`, item.line);
        return item.value;
    });
}
/**
 * build-push-action's build options from the inputs. Pure over `env` (the
 * SSH agent is looked up in it). `buildxInstance` comes from `builder`
 * (builderOf), not from here.
 */
function parseBuildOptions(env) {
    const notices = [];
    const o = {};
    const contexts = buildContexts(env);
    if (contexts.length > 0)
        o.buildContexts = contexts;
    if ((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(env, 'pull', false))
        o.pull = true;
    const net = network(env);
    if (net !== undefined)
        o.network = net;
    const ssh = checkedList(env, 'ssh', SSH_ITEM, 'default, <id> or <id>=<agent socket or key file>');
    if (ssh.some((s) => !s.includes('=')) && (env.SSH_AUTH_SOCK ?? '') === '') {
        throw fail('ssh', `has '${ssh.find((s) => !s.includes('='))}', which uses the SSH agent, but SSH_AUTH_SOCK is not set`, 'Start an agent in an earlier step (e.g. webfactory/ssh-agent), or name a key file: default=/path/to/key.');
    }
    if (ssh.length > 0)
        o.ssh = ssh;
    // buildx takes host=ip too; buildah only host:ip.
    const hosts = checkedList(env, 'add-hosts', ADD_HOST, 'host:ip (e.g. docker:10.180.0.1)').map((h) => h.replace('=', ':'));
    if (hosts.length > 0)
        o.addHosts = hosts;
    const shm = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'shm-size');
    if (shm !== '') {
        if (!SHM_SIZE.test(shm))
            throw fail('shm-size', `is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(shm)}', not a size`, 'Write a number with an optional unit b, k, m or g, e.g. 2g.');
        o.shmSize = shm;
    }
    const ulimits = checkedList(env, 'ulimit', ULIMIT, 'type=soft[:hard] (e.g. nofile=1024:1024)', { ignoreComma: true });
    if (ulimits.length > 0)
        o.ulimits = ulimits;
    const cgroup = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'cgroup-parent');
    if (cgroup !== '') {
        if (/\s/.test(cgroup))
            throw fail('cgroup-parent', `is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(cgroup)}', which holds white space`, 'Name one cgroup, e.g. /actions_job.');
        o.cgroupParent = cgroup;
    }
    const filters = checkedList(env, 'no-cache-filters', STAGE, 'a stage name of the Dockerfile');
    if (filters.length > 0)
        o.noCacheFilters = filters;
    const allow = checkedList(env, 'allow', ENTITLEMENT, 'an entitlement such as network.host or security.insecure');
    if (allow.length > 0)
        o.allow = allow;
    const call = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'call');
    if (call !== '' && call !== 'build') {
        throw fail('call', `is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(call)}': build-image always builds (call: build), since test-image and distribute-image need the image`, "Remove call, or run 'docker buildx build --call=" + (0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(call) + "' in a step of its own to check the Dockerfile without building.");
    }
    notices.push(...attestationNotices(env));
    return { ...(Object.keys(o).length > 0 ? { options: o } : {}), notices };
}
const SBOM_NOTICE = "build-image attaches no SBOM to the image it builds: test-image writes the image's SBOM (its sbom and sbom-cyclonedx outputs, SPDX 2.3 and CycloneDX 1.6) and distribute-image attaches it to the pushed image (attach), without changing its digest";
/**
 * `sbom` and `attests` (buildx attestations). Provenance is ours to write
 * (the provenance input); an SBOM is test-image's job, so `sbom: true` and
 * `type=sbom` are a notice saying where it comes from. Any other attestation
 * type is not one buildx knows either: an error.
 */
function attestationNotices(env) {
    const notices = [];
    const sbom = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'sbom');
    let wantsSbom = sbom !== '' && sbom.toLowerCase() !== 'false';
    for (const item of (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_5__/* .readList */ .LD)((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'attests', { trim: false }), 'attests', { ignoreComma: true })) {
        const type = /(?:^|,)\s*type=([a-z-]+)/.exec(item.value)?.[1];
        if (type === 'sbom')
            wantsSbom = true;
        else if (type === 'provenance')
            notices.push(`attests line ${item.line}: provenance is build-image's own SLSA v1 statement (the provenance input and output); the line's other attributes are not used`);
        else
            throw fail('attests', `('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}') is not type=sbom or type=provenance`, 'Write type=sbom[,...] or type=provenance[,...]: the attestation types buildx has.', item.line);
    }
    if (wantsSbom)
        notices.push(SBOM_NOTICE);
    return notices;
}
/**
 * What the chosen builder cannot do, refused before anything runs: buildah
 * and podman (chroot isolation) cannot give RUN steps a network of their own,
 * and take neither git nor OCI-layout build contexts.
 */
function checkOptionsForBuilder(options, builder) {
    if (options === undefined || builder === 'docker')
        return undefined;
    if (options.network === 'none') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'network' is 'none', which ${builder} cannot do with chroot isolation (how build-image runs RUN steps): it shares the runner's network`, {
            input: 'network',
            hint: 'Remove network (or set default or host), or use builder: docker, whose BuildKit gives RUN steps no network.',
        });
    }
    for (const c of options.buildContexts ?? []) {
        if (isGitSource(c.value) || c.value.startsWith('oci-layout://')) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'build-contexts' line ${c.line}: ${builder} cannot use '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(c.value, { max: 60 })}' as a build context (${isGitSource(c.value) ? 'a git source' : 'an OCI layout'})`, {
                input: 'build-contexts',
                line: c.line,
                hint: `${builder} takes a folder, an https URL of a tarball, or docker-image://<image>: check the source out (or copy the image) in an earlier step, or use builder: docker.`,
            });
        }
    }
    return undefined;
}
/** Notices for options the builder takes but that change nothing there, or that it does another way. */
function optionNotices(options, builder) {
    if (options === undefined || builder === 'docker')
        return [];
    const out = [];
    if (options.shmSize !== undefined || options.cgroupParent !== undefined) {
        const which = [options.shmSize !== undefined ? 'shm-size' : '', options.cgroupParent !== undefined ? 'cgroup-parent' : '']
            .filter((x) => x !== '')
            .join(' and ');
        out.push(`${which}: passed to ${builder}, but with chroot isolation RUN steps see the runner's own /dev/shm and cgroup, so it changes nothing`);
    }
    if (options.noCacheFilters !== undefined) {
        // Honouring the intent (these stages must run again) over speed: reusing a stale stage silently would be the surprise.
        out.push(`no-cache-filters: ${builder} has no per-stage no-cache, so no stage is taken from the cache (as no-cache: true); ${options.noCacheFilters.join(', ')} run again, and so does every other stage`);
    }
    if (options.allow !== undefined) {
        out.push(`allow: entitlements are BuildKit's; ${builder} with chroot isolation runs RUN steps with the runner's network and as root, so ${options.allow.join(', ')} needs no grant`);
    }
    return out;
}
/** Whether the plan reuses no cached step: `no-cache`, or `no-cache-filters` on a builder without per-stage no-cache. */
const noCacheFor = (noCache, options, builder) => noCache || (builder !== 'docker' && (options?.noCacheFilters?.length ?? 0) > 0);
/** The flags buildah bud and podman build take for the options (no-cache-filters and allow have none there: see optionNotices). */
function containersOptionArgs(options) {
    if (options === undefined)
        return [];
    const args = [];
    for (const c of options.buildContexts ?? [])
        args.push('--build-context', `${c.name}=${c.value}`);
    if (options.pull === true)
        args.push('--pull=always');
    // default is chroot isolation's own (the runner's network); host says so outright.
    if (options.network === 'host')
        args.push('--network', 'host');
    for (const s of options.ssh ?? [])
        args.push('--ssh', s);
    for (const h of options.addHosts ?? [])
        args.push('--add-host', h);
    if (options.shmSize !== undefined)
        args.push('--shm-size', options.shmSize);
    for (const u of options.ulimits ?? [])
        args.push('--ulimit', u);
    if (options.cgroupParent !== undefined)
        args.push('--cgroup-parent', options.cgroupParent);
    return args;
}
/** The flags docker buildx build takes for the options, as build-push-action passes them. */
function buildxOptionArgs(options) {
    if (options === undefined)
        return [];
    const args = [];
    if (options.buildxInstance !== undefined)
        args.push('--builder', options.buildxInstance);
    for (const h of options.addHosts ?? [])
        args.push('--add-host', h);
    for (const a of options.allow ?? [])
        args.push('--allow', a);
    for (const c of options.buildContexts ?? [])
        args.push('--build-context', `${c.name}=${c.value}`);
    if (options.cgroupParent !== undefined)
        args.push('--cgroup-parent', options.cgroupParent);
    for (const f of options.noCacheFilters ?? [])
        args.push('--no-cache-filter', f);
    if (options.shmSize !== undefined)
        args.push('--shm-size', options.shmSize);
    for (const s of options.ssh ?? [])
        args.push('--ssh', s);
    for (const u of options.ulimits ?? [])
        args.push('--ulimit', u);
    if (options.network !== undefined)
        args.push('--network', options.network);
    if (options.pull === true)
        args.push('--pull');
    return args;
}
/** setup-buildx-action's generated builder name (its `name` output): `builder-<uuid>`. */
const SETUP_BUILDX_NAME = /^builder-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INSTANCE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/**
 * `builder`: ours (auto, buildah, docker, podman), or build-push-action's
 * meaning, a buildx builder instance. An instance means buildx, so it is
 * taken as builder docker with `--builder <name>` when that is unambiguous:
 * setup-buildx-action's generated name (`builder-<uuid>`, what
 * `${{ steps.buildx.outputs.name }}` gives) or `docker:<name>`. Any other word
 * is an error naming both meanings rather than a guess: a typo of ours
 * (`buildha`) must not turn into a buildx run that fails later and elsewhere.
 */
function builderOf(env, ours) {
    const v = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'builder');
    if (v === '')
        return { builder: 'auto' };
    if (ours.includes(v))
        return { builder: v };
    const named = v.startsWith('docker:') ? v.slice('docker:'.length) : SETUP_BUILDX_NAME.test(v) ? v : undefined;
    if (named !== undefined && INSTANCE_NAME.test(named))
        return { builder: 'docker', instance: named };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'builder' is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(v)}', which is not one of ${ours.join(', ')}`, {
        input: 'builder',
        hint: `Set builder to one of: ${ours.join(', ')}. In docker/build-push-action, builder names a buildx builder instance: ` +
            "setup-buildx-action's name output (builder-<uuid>) is taken as one; for another instance write docker:<name>.",
    });
}
/** A build context that is a folder (not docker-image://, a URL or a git source). */
const isFolderContext = (v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !isGitSource(v);
/** The images `build-contexts` pulls (docker-image://), so the builder gets registry access for them. */
const contextImages = (options) => (options?.buildContexts ?? []).flatMap((c) => (c.value.startsWith('docker-image://') ? [c.value.slice('docker-image://'.length)] : []));
/**
 * Folder contexts resolved against the workspace and checked to be folders
 * when the build starts (the builder's own message would name neither the
 * input nor the line); the other forms pass unchanged.
 */
async function resolveBuildContexts(options, workspace) {
    if (options?.buildContexts === undefined)
        return options;
    const out = [];
    for (const c of options.buildContexts) {
        if (!isFolderContext(c.value)) {
            out.push(c);
            continue;
        }
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, c.value);
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(dir).catch(() => undefined);
        if (st === undefined || !st.isDirectory()) {
            throw fail('build-contexts', `('${c.name}'): '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(c.value, { max: 60 })}' ${st === undefined ? 'does not exist' : 'is not a folder'}`, 'A folder context is relative to the workspace or absolute; for an image write docker-image://<image>.', c.line);
        }
        out.push({ ...c, value: dir });
    }
    return { ...options, buildContexts: out };
}
/**
 * An image name the Dockerfile uses (FROM, COPY --from), as the build
 * resolves it: a build context of that name replaces it, by its
 * docker-image:// reference, or by no image at all for a folder or URL
 * (undefined), so base-image annotations and registry access name what
 * the builder really pulls.
 */
function imageThroughContexts(name, options) {
    const c = options?.buildContexts?.find((x) => x.name === name);
    if (c === undefined)
        return name;
    return c.value.startsWith('docker-image://') ? c.value.slice('docker-image://'.length) : undefined;
}
/** imageThroughContexts over a list, dropping the names a folder or URL context serves. */
const imagesThroughContexts = (names, options) => names.flatMap((n) => {
    const r = imageThroughContexts(n, options);
    return r === undefined ? [] : [r];
});


/***/ }),

/***/ 9595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ NETWORK_MODES),
/* harmony export */   Tr: () => (/* binding */ BuilderRunError),
/* harmony export */   ZJ: () => (/* binding */ BUILDER_NAMES),
/* harmony export */   dH: () => (/* binding */ BUILDX_ONLY_CACHE_TYPES)
/* harmony export */ });
const BUILDER_NAMES = ['buildah', 'docker', 'podman'];
/** `network` as build-push-action takes it (buildx's modes). */
const NETWORK_MODES = ['default', 'host', 'none'];
/** Cache backends only docker buildx has; buildah and podman refuse them (cache-spec.ts checkCacheForBuilder). */
const BUILDX_ONLY_CACHE_TYPES = ['gha', 'inline', 's3', 'azblob'];
/** Thrown by a builder's run when the command exits non-zero; build.ts turns it into a located error. */
class BuilderRunError extends Error {
    builder;
    output;
    platform;
    constructor(builder, output, platform) {
        super(`${builder} failed`);
        this.builder = builder;
        this.output = output;
        this.platform = platform;
    }
}


/***/ }),

/***/ 9936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ cacheNotices),
/* harmony export */   SP: () => (/* binding */ parseCacheSpecs),
/* harmony export */   a2: () => (/* binding */ cacheArgs),
/* harmony export */   oU: () => (/* binding */ cacheSecrets),
/* harmony export */   pg: () => (/* binding */ checkCacheForBuilder)
/* harmony export */ });
/* unused harmony exports acceptedForms, formatCacheSpec */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5175);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4659);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5698);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9595);
/**
 * The layer-cache inputs `cache-from` / `cache-to` in docker/build-push-action's
 * syntax, one cache per line, each line a CSV record of key=value fields (so a
 * value holding a comma is quoted: `"ref=..."`), as buildx reads them:
 *
 *   type=registry,ref=<registry>/<repository>[:tag][,mode=min|max]
 *   type=local,src=<dir>          (cache-from)   type=local,dest=<dir>[,mode=..]  (cache-to)
 *   type=gha[,scope=<name>,...]   and inline, s3, azblob: docker buildx only
 *   <registry>/<repository>[:tag] (shorthand for type=registry,ref=...)
 *
 * Parsing is pure and checks what every builder needs; checkCacheForBuilder
 * then refuses what the chosen builder cannot do, and cacheArgs turns a plan
 * into the builder's flags. buildah and podman (1.28 / 4.3 here) take one
 * `--cache-from` and one `--cache-to` repository, with neither tag nor digest
 * (they push one tag per build step, named by the step's cache key), and know
 * no other backend: build.ts maps type=local onto a loopback registry first.
 */





const CACHE_TYPES = ['registry', 'local', ..._builder_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDX_ONLY_CACHE_TYPES */ .dH];
/** What buildx documents for its registry and local backends (docs.docker.com/build/cache/backends), so a typo is caught for every builder. */
const BUILDX_KEYS = {
    registry: {
        'cache-from': ['ref', 'mode', 'ignore-error'],
        'cache-to': ['ref', 'mode', 'oci-mediatypes', 'image-manifest', 'compression', 'compression-level', 'force-compression', 'ignore-error'],
    },
    local: {
        'cache-from': ['src', 'digest', 'tag', 'mode', 'ignore-error'],
        'cache-to': ['dest', 'tag', 'mode', 'oci-mediatypes', 'image-manifest', 'compression', 'compression-level', 'force-compression', 'ignore-error'],
    },
};
/** The keys buildah and podman can honour: the rest have no flag there. */
const CONTAINERS_KEYS = {
    registry: ['ref', 'mode', 'ignore-error'],
    local: ['src', 'dest', 'mode', 'ignore-error'],
};
const BOOLEAN_KEYS = new Set(['ignore-error', 'oci-mediatypes', 'image-manifest', 'force-compression']);
/** The accepted forms, for every error's hint. */
function acceptedForms(input) {
    const mode = input === 'cache-to' ? '[,mode=min|max]' : '';
    const local = input === 'cache-to' ? 'type=local,dest=<dir>[,mode=min|max]' : 'type=local,src=<dir>';
    return (`Write one cache per line: type=registry,ref=<registry>/<repository>[:tag]${mode}, ${local}, ` +
        `type=gha[,scope=<name>]${mode} (builder docker only), or just <registry>/<repository>[:tag].`);
}
/** Parse `cache-from` / `cache-to`: one cache per line, `#` comments and blank lines skipped. */
function parseCacheSpecs(text, input) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = stripComment(raw).trim();
        if (line !== '')
            out.push(...parseLine(line, raw, i + 1, input));
    });
    return out;
}
/** A `#` starts a comment at the start of a line or after white space, outside quotes (so `scope=a#b` survives). */
function stripComment(line) {
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '"')
            quoted = !quoted;
        else if (c === '#' && !quoted && (i === 0 || /\s/.test(line[i - 1] ?? '')))
            return line.slice(0, i);
    }
    return line;
}
function parseLine(line, raw, n, input) {
    const fail = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${n} ('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(raw.trim(), { max: 80 })}'): ${what}`, { input, line: n, hint: acceptedForms(input) });
    const fields = csvFields(line, fail).filter((f) => f !== '');
    if (fields.length === 0)
        throw fail('no cache is named');
    // buildx's shorthand: fields without '=' are registry refs, one cache each.
    if (fields.every((f) => !f.includes('=')))
        return fields.map((ref) => registrySpec(ref, { ref }, n, input, fail));
    let type;
    const attrs = {};
    for (const field of fields) {
        const eq = field.indexOf('=');
        if (eq <= 0)
            throw fail(`'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(field)}' is not key=value`);
        const key = field.slice(0, eq).trim().toLowerCase();
        const value = field.slice(eq + 1).trim();
        if (key === 'type') {
            if (type !== undefined)
                throw fail('type is given twice');
            type = value;
        }
        else {
            if (Object.hasOwn(attrs, key))
                throw fail(`'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(key)}' is given twice`);
            attrs[key] = value;
        }
    }
    if (type === undefined)
        throw fail('there is no type= (or write a bare <registry>/<repository>[:tag])');
    if (!CACHE_TYPES.includes(type))
        throw fail(`type '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(type)}' is not one of ${CACHE_TYPES.join(', ')}`);
    if (type === 'registry')
        return [registrySpec(attrs.ref ?? '', attrs, n, input, fail)];
    if (type === 'local')
        return [localSpec(attrs, n, input, fail)];
    // inline cache lives in the image itself; buildx reads it back with type=registry,ref=<image>.
    if (type === 'inline' && input === 'cache-from')
        throw fail('type=inline is for cache-to; read an inline cache with type=registry,ref=<image>');
    return [{ type: type, attrs, line: n }];
}
/** One CSV record, quotes as in RFC 4180; csv-parse's own message is not shown since it may echo the line. */
function csvFields(line, fail) {
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(line, { trim: true, relax_column_count: true });
    }
    catch {
        throw fail('it is not a valid CSV record: quote a whole field ("ref=a,b"), not part of it, and close every quote');
    }
    if (records.length !== 1)
        throw fail('it is not one CSV record');
    return records[0] ?? [];
}
function checkKeys(type, attrs, input, fail) {
    const known = BUILDX_KEYS[type][input];
    for (const [key, value] of Object.entries(attrs)) {
        if (!known.includes(key)) {
            const other = input === 'cache-from' ? 'cache-to' : 'cache-from';
            const where = BUILDX_KEYS[type][other].includes(key) ? ` ('${key}' belongs in ${other})` : '';
            throw fail(`'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(key)}' is not a key of type=${type} in ${input}${where}; known: ${known.join(', ')}`);
        }
        if (BOOLEAN_KEYS.has(key) && value !== 'true' && value !== 'false')
            throw fail(`${key} is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(value)}', expected true or false`);
    }
}
function modeOf(attrs, fail) {
    const mode = attrs.mode ?? 'min';
    if (mode !== 'min' && mode !== 'max')
        throw fail(`mode is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(mode)}', expected min or max`);
    return mode;
}
function registrySpec(ref, attrs, n, input, fail) {
    checkKeys('registry', attrs, input, fail);
    if (ref === '')
        throw fail('type=registry needs ref=<registry>/<repository>[:tag]');
    const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(ref);
    if (!parsed.ok)
        throw fail(parsed.error.reason);
    if (parsed.value.digest !== undefined && input === 'cache-to')
        throw fail(`ref '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(ref)}' has a digest; cache-to writes to a repository[:tag]`);
    return { type: 'registry', ref, mode: modeOf(attrs, fail), attrs, line: n };
}
function localSpec(attrs, n, input, fail) {
    checkKeys('local', attrs, input, fail);
    const key = input === 'cache-from' ? 'src' : 'dest';
    const dir = attrs[key] ?? '';
    if (dir === '')
        throw fail(`type=local in ${input} needs ${key}=<dir>`);
    return { type: 'local', dir, mode: modeOf(attrs, fail), attrs, line: n };
}
/** Both directions of a plan with the input each came from. */
const entries = (plan) => [
    ...plan.from.map((s) => ['cache-from', s]),
    ...plan.to.map((s) => ['cache-to', s]),
];
/** The repository buildah/podman get for a registry spec: canonical name, tag and digest dropped. */
function containersRepo(spec) {
    if (spec.type !== 'registry') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INTERNAL', `cache line ${spec.line}: type=${spec.type} reached the buildah/podman flags; build.ts maps type=local to a registry first`);
    }
    const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(spec.ref);
    if (!parsed.ok)
        throw parsed.error;
    return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed.value);
}
/**
 * Whether `builder` can use this plan; the first problem as an INPUT error
 * naming the input and line. buildx takes every form; buildah and podman take
 * registry and local caches without digests, one repository per direction.
 * buildx's tuning keys (image-manifest, oci-mediatypes, compression, a local
 * tag or digest, ...) are not refused: lines written for build-push-action
 * carry them, the cache works without them, and cacheNotices says they are
 * not used.
 */
function checkCacheForBuilder(plan, builder) {
    if (builder === 'docker')
        return undefined;
    for (const [input, spec] of entries(plan)) {
        const at = `input '${input}' line ${spec.line}`;
        if (spec.type !== 'registry' && spec.type !== 'local') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `${at}: type=${spec.type} is a docker buildx cache backend, and ${builder} has none like it`, {
                input,
                line: spec.line,
                hint: `Use type=registry,ref=<registry>/<repository> (e.g. next to your image), or type=local,${input === 'cache-from' ? 'src' : 'dest'}=<dir> ` +
                    `with an actions/cache step that saves and restores <dir>; or set builder: docker.`,
            });
        }
        if (spec.type === 'registry') {
            const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(spec.ref);
            if (parsed.ok && parsed.value.digest !== undefined) {
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `${at}: ref '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(spec.ref)}' has a digest, and ${builder} reads a cache by repository`, {
                    input,
                    line: spec.line,
                    hint: `Write the repository only, e.g. ${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed.value)}.`,
                });
            }
        }
    }
    for (const [input, specs] of [
        ['cache-from', plan.from],
        ['cache-to', plan.to],
    ]) {
        const second = specs.find((s) => distinctKey(s) !== distinctKey(specs[0]));
        if (second !== undefined) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${second.line}: ${builder} takes one ${input} cache, and line ${specs[0].line} already names one`, {
                input,
                line: second.line,
                hint: `Keep one ${input} line for ${builder} (it holds every step's layer), or set builder: docker.`,
            });
        }
    }
    return undefined;
}
/** What makes two specs the same cache for buildah/podman: the repository (tags are dropped), or the folder. */
function distinctKey(spec) {
    if (spec.type === 'local')
        return `local:${spec.dir}`;
    if (spec.type !== 'registry')
        return spec.type;
    const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(spec.ref);
    return parsed.ok ? `registry:${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed.value)}` : spec.ref;
}
/**
 * What the user should know about how `builder` reads this plan, one line
 * each (build.ts logs them): buildah/podman drop the ref's tag, ignore
 * buildx's tuning keys, treat every cache failure as a warning and export
 * every step whatever the mode; no-cache leaves cache-from unread.
 */
function cacheNotices(plan, builder) {
    if (builder === 'docker')
        return [];
    const out = [];
    for (const [input, spec] of entries(plan)) {
        if (spec.type === 'registry') {
            const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(spec.ref);
            if (parsed.ok && parsed.value.tag !== undefined && !(input === 'cache-from' && plan.noCache)) {
                out.push(`${input} line ${spec.line}: ${builder} keeps its cache as one tag per build step (the step's cache key) in ${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed.value)}, so the tag '${parsed.value.tag}' is not used`);
            }
        }
        if (spec.type === 'registry' || spec.type === 'local') {
            const honoured = CONTAINERS_KEYS[spec.type];
            const extra = Object.keys(spec.attrs).filter((k) => !honoured.includes(k));
            if (extra.length > 0) {
                const one = extra.length === 1;
                out.push(`${input} line ${spec.line}: ${extra.join(', ')} ${one ? 'is a' : 'are'} docker buildx option${one ? '' : 's'} ${builder} has no equivalent for, so ${one ? 'it is' : 'they are'} not used`);
            }
            if (spec.attrs['ignore-error'] === 'false') {
                out.push(`${input} line ${spec.line}: ignore-error=false is not followed with ${builder}: a cache that fails is a warning and the build goes on without it`);
            }
        }
        if (input === 'cache-to' && (spec.type === 'registry' || spec.type === 'local') && spec.attrs.mode === 'min') {
            out.push(`cache-to line ${spec.line}: mode=min has no effect with ${builder}, which exports every step's layer (as mode=max does)`);
        }
    }
    if (plan.noCache && plan.from.length > 0)
        out.push(`no-cache is true, so cache-from is not read${plan.to.length > 0 ? ' (cache-to still exports)' : ''}`);
    return out;
}
/**
 * The builder flags for a plan. buildx: each cache re-serialised as written
 * (paths and refs from the spec, which build.ts may have resolved). buildah and
 * podman: `--layers=true` with the cache repositories. With no plan at all,
 * `--layers=false` stated outright: podman's default is true, and committing
 * every step is slow on vfs and buys nothing when no cache is kept. A plan
 * whose caches were all dropped (build.ts's retry without cache-to) keeps
 * `--layers=true`: buildah gives one layer per step with it and a single
 * layer without, so the image keeps the shape, and the digest, the cached
 * build gives, and the steps already in the store are reused.
 */
function cacheArgs(cache, builder) {
    const from = cache?.from ?? [];
    const to = cache?.to ?? [];
    const noCache = cache?.noCache ?? false;
    if (builder === 'docker') {
        return [
            ...from.flatMap((s) => ['--cache-from', formatCacheSpec(s)]),
            ...to.flatMap((s) => ['--cache-to', formatCacheSpec(s)]),
            ...(noCache ? ['--no-cache'] : []),
        ];
    }
    if (cache === undefined)
        return ['--layers=false'];
    if (from.length === 0 && to.length === 0 && noCache && cache.configured !== true)
        return ['--layers=false', '--no-cache'];
    const args = ['--layers=true'];
    // One repository per direction (checkCacheForBuilder): the first spec names it.
    const first = (specs) => specs[0];
    const f = noCache ? undefined : first(from);
    const t = first(to);
    if (f !== undefined)
        args.push('--cache-from', containersRepo(f));
    if (t !== undefined)
        args.push('--cache-to', containersRepo(t));
    if (noCache)
        args.push('--no-cache');
    return args;
}
/** A spec as buildx's `--cache-from`/`--cache-to` value: CSV, a field quoted when it holds a comma, quote or space at its ends. */
function formatCacheSpec(spec) {
    const attrs = { ...spec.attrs };
    if (spec.type === 'registry')
        attrs.ref = spec.ref;
    if (spec.type === 'local') {
        const key = Object.hasOwn(spec.attrs, 'dest') ? 'dest' : 'src';
        attrs[key] = spec.dir;
    }
    return [`type=${spec.type}`, ...Object.entries(attrs).map(([k, v]) => `${k}=${v}`)].map(csvField).join(',');
}
function csvField(field) {
    return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
/** Attribute values that are credentials (gha token, s3 keys), for the runner to mask. */
function cacheSecrets(specs) {
    return specs.flatMap((s) => Object.entries(s.attrs)
        .filter(([k, v]) => v !== '' && /token|secret|password/.test(k))
        .map(([, v]) => v));
}


/***/ }),

/***/ 7705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zM: () => (/* binding */ imageMetadata),
  o1: () => (/* binding */ isSpecLine),
  JZ: () => (/* binding */ metadataLabels),
  DX: () => (/* binding */ referenceItem)
});

// UNUSED EXPORTS: tagSpecLines

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/github/event.ts
var github_event = __nccwpck_require__(131);
;// CONCATENATED MODULE: ./shared/src/github/labels.ts
/** The image's labels: metadata-action's set, leaving out what is unknown (an empty label tells nothing). */
function ociLabels(f) {
    const out = new Map();
    const source = f.repo?.htmlUrl ?? (f.ctx.repository !== undefined ? `${f.ctx.serverUrl}/${f.ctx.repository}` : undefined);
    if (source !== undefined)
        out.set('org.opencontainers.image.source', source);
    if (f.ctx.sha !== undefined)
        out.set('org.opencontainers.image.revision', f.ctx.sha);
    if (f.created !== undefined)
        out.set('org.opencontainers.image.created', f.created);
    if (f.version !== undefined)
        out.set('org.opencontainers.image.version', f.version);
    const title = f.repo?.name ?? f.ctx.repository?.split('/')[1] ?? f.title;
    if (title !== undefined && title !== '')
        out.set('org.opencontainers.image.title', title);
    if (f.repo?.description !== undefined)
        out.set('org.opencontainers.image.description', f.repo.description);
    // url only from the repository object (its html_url), as metadata-action; never guessed.
    if (f.repo?.htmlUrl !== undefined)
        out.set('org.opencontainers.image.url', f.repo.htmlUrl);
    if (f.repo?.license !== undefined)
        out.set('org.opencontainers.image.licenses', f.repo.license);
    return out;
}
/** Defaults first, then the user's labels over them; order kept stable for reproducible builds. */
function mergeLabels(defaults, user) {
    const out = new Map(defaults);
    for (const [k, v] of user)
        out.set(k, v);
    return out;
}
/**
 * metadata-action's `labels`/`annotations` output: all eight keys (empty when
 * unknown), then the user's lines over them (a line without '=' is dropped),
 * sorted by key.
 */
function metadataActionLabelList(f) {
    const m = new Map([
        ['org.opencontainers.image.title', f.repo.name ?? ''],
        ['org.opencontainers.image.description', f.repo.description ?? ''],
        ['org.opencontainers.image.url', f.repo.htmlUrl ?? ''],
        ['org.opencontainers.image.source', f.repo.htmlUrl ?? ''],
        ['org.opencontainers.image.version', f.version ?? ''],
        ['org.opencontainers.image.created', f.created],
        ['org.opencontainers.image.revision', f.revision],
        ['org.opencontainers.image.licenses', f.repo.license ?? ''],
    ]);
    for (const line of f.extra) {
        const eq = line.indexOf('=');
        if (eq < 0)
            continue;
        m.set(line.slice(0, eq), line.slice(eq + 1));
    }
    return [...m].sort((a, b) => a[0].localeCompare(b[0]));
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/context.ts

const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
function commitTime(p, sha) {
    const fromCommits = Array.isArray(p.commits) ? p.commits.find((c) => c?.id === sha)?.timestamp : undefined;
    const ts = str(fromCommits) ?? (p.head_commit?.id === sha ? str(p.head_commit.timestamp) : undefined);
    const d = ts === undefined ? undefined : new Date(ts);
    return d !== undefined && !Number.isNaN(d.getTime()) ? d : undefined;
}
function metaContext(env, event, opts) {
    const p = (typeof event === 'object' && event !== null ? event : {});
    const eventName = env.GITHUB_EVENT_NAME?.trim() ?? '';
    let ref = env.GITHUB_REF?.trim() ?? '';
    let sha = env.GITHUB_SHA?.trim() ?? '';
    // pull_request_target runs on the base branch; metadata-action tags it as the PR.
    if (/pull_request_target/.test(eventName) && (typeof p.number === 'number' || typeof p.number === 'string'))
        ref = `refs/pull/${p.number}/merge`;
    if (/^true$/i.test(env.DOCKER_METADATA_PR_HEAD_SHA?.trim() ?? '') && /pull_request/.test(eventName)) {
        const head = str(p.pull_request?.head?.sha);
        if (head !== undefined)
            sha = head;
    }
    let shortShaLength = 7;
    const len = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
    if (len !== undefined && len !== '') {
        if (!/^\d+$/.test(len))
            throw new errors/* PipelineError */.zC('INPUT', `DOCKER_METADATA_SHORT_SHA_LENGTH is '${len}', expected a whole number`, {
                hint: 'Set it to e.g. 12, or unset it for 7.',
            });
        shortShaLength = Number(len);
    }
    const ctx = { eventName, ref, sha, now: opts.now, commitDate: commitTime(p, sha) ?? opts.now, shortShaLength };
    // Outside GitHub (no payload at all: a local run, a test) the default branch is taken to be `main`, as before;
    // on a runner the payload always exists and, as in metadata-action, is the only source for is_default_branch.
    const noPayload = typeof event !== 'object' || event === null;
    const payloadDefault = str(p.repository?.default_branch) ?? (noPayload ? (opts.apiDefaultBranch ?? 'main') : undefined);
    if (payloadDefault !== undefined)
        ctx.payloadDefaultBranch = payloadDefault;
    const defaultBranch = payloadDefault ?? opts.apiDefaultBranch;
    if (defaultBranch !== undefined)
        ctx.defaultBranch = defaultBranch;
    const baseRef = str(p.base_ref);
    if (baseRef !== undefined)
        ctx.baseRef = baseRef;
    const prBase = str(p.pull_request?.base?.ref);
    if (prBase !== undefined)
        ctx.prBaseRef = prBase;
    return ctx;
}
const shortSha = (ctx) => (ctx.shortShaLength >= ctx.sha.length ? ctx.sha : ctx.sha.slice(0, ctx.shortShaLength));

;// CONCATENATED MODULE: ./shared/src/github/metadata/date-format.ts
/**
 * Moment.js-style date formats (`YYYYMMDD`, `YYYY-MM-DDTHH:mm:ss`, `[at] HH`)
 * in an IANA time zone, as metadata-action's {{date}} and {{commit_date}}
 * take them. Zone arithmetic comes from Node's Intl (ICU), so no zone data is
 * bundled. Supports the tokens people put in tags; other letters are printed as
 * they are (as moment prints unknown letters). Pure.
 */

function fieldsIn(date, tz) {
    let fmt;
    try {
        fmt = new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            weekday: 'short',
        });
    }
    catch {
        throw new errors/* PipelineError */.zC('INPUT', `time zone '${tz}' is not known`, { hint: "Use an IANA name such as tz='UTC' or tz='Europe/Paris'." });
    }
    const parts = Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
    const n = (k) => Number(parts[k]);
    const f = {
        Y: n('year'),
        M: n('month'),
        D: n('day'),
        H: n('hour') % 24,
        m: n('minute'),
        s: n('second'),
        ms: date.getUTCMilliseconds(),
        d: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? ''),
        offset: 0,
    };
    const asUtc = Date.UTC(f.Y, f.M - 1, f.D, f.H, f.m, f.s, f.ms);
    f.offset = Math.round((asUtc - date.getTime()) / 60000);
    return f;
}
const pad = (v, w) => String(Math.abs(v)).padStart(w, '0');
const zone = (offset, sep) => `${offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(offset) / 60), 2)}${sep}${pad(Math.abs(offset) % 60, 2)}`;
const ordinal = (n) => {
    const t = n % 100;
    const s = t >= 11 && t <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${s}`;
};
// Longest first, so YYYY wins over YY and MM over M.
const TOKENS = /\[([^\]]*)\]|YYYY|YY|Qo|Q|MMMM|MMM|MM|Mo|M|DDDD|DDD|DD|Do|D|dddd|ddd|d|HH|H|hh|h|kk|k|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x|./g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** No format: ISO 8601 with the offset, or a literal Z when the offset is 0 (moment's defaults). */
function formatDate(date, formatOrDefault, tz = 'UTC') {
    const f = fieldsIn(date, tz);
    const format = formatOrDefault ?? (f.offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ');
    const dayOfYear = Math.round((Date.UTC(f.Y, f.M - 1, f.D) - Date.UTC(f.Y, 0, 1)) / 86400000) + 1;
    const h12 = f.H % 12 === 0 ? 12 : f.H % 12;
    return format.replace(TOKENS, (tok, lit) => {
        if (lit !== undefined)
            return lit;
        switch (tok) {
            case 'YYYY':
                return pad(f.Y, 4);
            case 'YY':
                return pad(f.Y % 100, 2);
            case 'Q':
                return String(Math.ceil(f.M / 3));
            case 'Qo':
                return ordinal(Math.ceil(f.M / 3));
            case 'MMMM':
                return MONTHS[f.M - 1] ?? '';
            case 'MMM':
                return (MONTHS[f.M - 1] ?? '').slice(0, 3);
            case 'MM':
                return pad(f.M, 2);
            case 'Mo':
                return ordinal(f.M);
            case 'M':
                return String(f.M);
            case 'DDDD':
                return pad(dayOfYear, 3);
            case 'DDD':
                return String(dayOfYear);
            case 'DD':
                return pad(f.D, 2);
            case 'Do':
                return ordinal(f.D);
            case 'D':
                return String(f.D);
            case 'dddd':
                return DAYS[f.d] ?? '';
            case 'ddd':
                return (DAYS[f.d] ?? '').slice(0, 3);
            case 'd':
                return String(f.d);
            case 'HH':
                return pad(f.H, 2);
            case 'H':
                return String(f.H);
            case 'hh':
                return pad(h12, 2);
            case 'h':
                return String(h12);
            case 'kk':
                return pad(f.H === 0 ? 24 : f.H, 2);
            case 'k':
                return String(f.H === 0 ? 24 : f.H);
            case 'mm':
                return pad(f.m, 2);
            case 'm':
                return String(f.m);
            case 'ss':
                return pad(f.s, 2);
            case 's':
                return String(f.s);
            case 'SSS':
                return pad(f.ms, 3);
            case 'SS':
                return pad(Math.trunc(f.ms / 10), 2);
            case 'S':
                return String(Math.trunc(f.ms / 100));
            case 'A':
                return f.H < 12 ? 'AM' : 'PM';
            case 'a':
                return f.H < 12 ? 'am' : 'pm';
            case 'Z':
                return zone(f.offset, ':');
            case 'ZZ':
                return zone(f.offset, '');
            case 'X':
                return String(Math.floor(date.getTime() / 1000));
            case 'x':
                return String(date.getTime());
            default:
                return tok;
        }
    });
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/expressions.ts



const after = (ref, prefix) => (ref.startsWith(prefix) ? ref.slice(prefix.length) : '');
/** {{date 'FORMAT' tz='Zone'}}: only `tz` is known, as in metadata-action. */
function dateHelper(at) {
    return (params, hash) => {
        let tz = 'UTC';
        for (const [k, v] of Object.entries(hash)) {
            if (k !== 'tz')
                throw new errors/* PipelineError */.zC('INPUT', `date expression has unknown attribute '${k}'`, {
                    hint: "Only tz is known, e.g. {{date 'YYYYMMDD' tz='Asia/Tokyo'}}.",
                });
            tz = String(v);
        }
        return formatDate(at(), typeof params[0] === 'string' ? params[0] : undefined, tz);
    };
}
/** Events GitHub only fires for the default branch's last commit, so they count as on it. */
const DEFAULT_BRANCH_EVENTS = /create|discussion|issues|schedule/;
function isDefaultBranch(ctx) {
    const branch = ctx.ref.replace(/^refs\/heads\//, '');
    if (branch === '')
        return false;
    if (ctx.payloadDefaultBranch === branch)
        return true;
    return DEFAULT_BRANCH_EVENTS.test(ctx.eventName);
}
function globalScope(ctx) {
    return {
        branch: () => after(ctx.ref, 'refs/heads/'),
        tag: () => after(ctx.ref, 'refs/tags/'),
        sha: () => shortSha(ctx),
        base_ref: () => {
            if (ctx.ref.startsWith('refs/tags/') && ctx.baseRef !== undefined)
                return ctx.baseRef.replace(/^refs\/heads\//, '');
            if (ctx.ref.startsWith('refs/pull/') && ctx.prBaseRef !== undefined)
                return ctx.prBaseRef;
            return '';
        },
        is_default_branch: () => String(isDefaultBranch(ctx)),
        is_not_default_branch: () => String(!isDefaultBranch(ctx)),
        date: dateHelper(() => ctx.now),
        commit_date: dateHelper(() => ctx.commitDate),
    };
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/expr.ts
/**
 * The `{{...}}` expressions of metadata-action's spec lines: a small subset of
 * Handlebars, enough for what metadata-action evaluates — `{{name}}`,
 * `{{ name }}`, `{{name 'arg' key='v'}}`, `{{{name}}}` (unescaped) — with
 * Handlebars' own output rules (missing names are empty, arrays join with
 * ',', output is HTML-escaped unless triple-braced), so results match
 * metadata-action's. No blocks, partials or paths: those fail with a clear error.
 * Pure.
 */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
const escapeHtml = (s) => s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);
const TOKEN = /\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_][\w-]*)=(?:'([^']*)'|"([^"]*)"|([^\s'"}]+))|([^\s'"=}]+))/y;
function literal(word) {
    if (/^-?\d+(\.\d+)?$/.test(word))
        return Number(word);
    if (word === 'true' || word === 'false')
        return word === 'true';
    return word;
}
function parseMustache(body, escape, template) {
    const words = [];
    const hash = {};
    TOKEN.lastIndex = 0;
    let rest = body.trim();
    while (rest !== '') {
        TOKEN.lastIndex = 0;
        const m = TOKEN.exec(rest);
        if (m === null)
            throw exprError(template, `cannot read '${rest}'`);
        if (m[1] !== undefined || m[2] !== undefined)
            words.push({ lit: (m[1] ?? m[2]) });
        else if (m[3] !== undefined)
            hash[m[3]] = m[4] ?? m[5] ?? literal(m[6]);
        else {
            const w = literal(m[7]);
            words.push(typeof w === 'string' ? { path: w } : { lit: w });
        }
        rest = rest.slice(m[0].length).trimStart();
    }
    const head = words.shift();
    const name = head !== undefined && 'path' in head ? head.path : undefined;
    if (name === undefined || !/^[A-Za-z_]\w*$/.test(name))
        throw exprError(template, `'{{${body}}}' does not start with a name`);
    return { name, params: words, hash, escape };
}
const exprError = (template, why) => new errors/* PipelineError */.zC('INPUT', `expression in '${template}' is not valid: ${why}`, {
    hint: "Write {{name}} or {{name 'argument' key='value'}}, e.g. {{branch}}, {{date 'YYYYMMDD' tz='UTC'}}.",
});
function parseTemplate(template) {
    const parts = [];
    let i = 0;
    while (i < template.length) {
        const open = template.indexOf('{{', i);
        if (open < 0) {
            parts.push(template.slice(i));
            break;
        }
        if (open > i)
            parts.push(template.slice(i, open));
        const triple = template.startsWith('{{{', open);
        const close = template.indexOf(triple ? '}}}' : '}}', open);
        if (close < 0)
            throw exprError(template, "a '{{' is not closed");
        const body = template.slice(open + (triple ? 3 : 2), close);
        if (/^[#/^>!&]/.test(body.trim()) || body.includes('{'))
            throw exprError(template, `'{{${body}}}' uses Handlebars syntax metadata-action's expressions do not need`);
        parts.push(parseMustache(body, !triple, template));
        i = close + (triple ? 3 : 2);
    }
    return parts;
}
/** Handlebars' printing of a value. */
function show(v) {
    if (v === null || v === undefined)
        return '';
    if (Array.isArray(v))
        return v.map((x) => show(x)).join(',');
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return v.toString();
    return '[object Object]'; // Handlebars prints any other value so too
}
function render(template, scope) {
    let out = '';
    for (const p of parseTemplate(template)) {
        if (typeof p === 'string') {
            out += p;
            continue;
        }
        const lookup = (n) => (Object.prototype.hasOwnProperty.call(scope, n) ? scope[n] : undefined);
        const v = lookup(p.name);
        // A name given as an argument is its value (a helper's name gives the helper itself, unused by ours).
        const args = p.params.map((a) => ('lit' in a ? a.lit : lookup(a.path)));
        const s = show(typeof v === 'function' ? v(args, p.hash) : v);
        out += p.escape ? escapeHtml(s) : s;
    }
    return out;
}
/** Whether the template is exactly one `{{raw}}` (metadata-action then keeps a prerelease's raw text). */
function isRawStatement(template) {
    try {
        const parts = parseTemplate(template);
        return parts.length === 1 && typeof parts[0] !== 'string' && parts[0]?.name === 'raw';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/sanitize.ts
/**
 * Tag sanitising: metadata-action's rule (every run of characters outside
 * A-Z a-z 0-9 . _ - becomes one '-'), then what the OCI tag grammar adds and
 * metadata-action leaves to the registry to refuse: no leading '.' or '-',
 * at most 128 characters. Pure.
 */
function sanitizeTag(text) {
    return text
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/version.js
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



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return version_stringify(version_parse(version, cleanRegex));
}

function version_parse(version, regex) {
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

function version_stringify(parsed) {
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
  const parsed = version_parse(version);
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
    public: version_stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/operator.js




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

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





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



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function specifier_parse(ranges) {
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
  const parsed = specifier_parse(specifier);

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

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(specifier_parse(specifier));
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


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

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/index.js










// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./shared/src/github/metadata/tag-types.ts
/**
 * One function per metadata-action tag type: given the context, what raw
 * value the spec yields (before prefix/suffix) and whether it would make
 * `latest` under flavor latest=auto — or nothing when the type does not apply
 * to this run. Warnings (a value that is not semver, a pattern that does not
 * match) are returned, not printed. Pure.
 */





const TAG_REF = /^refs\/tags\//;
/** semver, pep440 and match read `value` when set, else the git tag. */
function sourceVersion(spec, e) {
    const value = spec.attrs.value ?? '';
    if (!TAG_REF.test(e.ctx.ref) && value === '')
        return undefined;
    return value !== '' ? e.expand(value) : e.ctx.ref.replace(TAG_REF, '');
}
/** `match=<regex>`: the first capture group of the version text, as metadata-action narrows semver/pep440 input. */
function narrowed(spec, raw, e) {
    const match = spec.attrs.match ?? '';
    if (match === '')
        return raw;
    const m = new RegExp(match).exec(raw);
    if (m === null) {
        e.warn(`${match} does not match ${raw}.`);
        return raw;
    }
    return m[1] ?? '';
}
function schedule(spec, e) {
    if (!/schedule/.test(e.ctx.eventName))
        return undefined;
    const scope = { date: dateHelper(() => e.ctx.now), commit_date: dateHelper(() => e.ctx.commitDate) };
    return { value: render(spec.attrs.pattern ?? 'nightly', scope), latest: false };
}
function semverType(spec, e) {
    const src = sourceVersion(spec, e);
    if (src === undefined)
        return undefined;
    const raw = narrowed(spec, src, e).replace(/\//g, '-');
    if (semver_default().valid(raw) === null) {
        e.warn(`${raw} is not a valid semver. More info: https://semver.org/`);
        return undefined;
    }
    const v = semver_default().parse(raw, { loose: true });
    if (v === null)
        return undefined;
    const scope = {
        raw: v.raw,
        version: v.version,
        major: v.major,
        minor: v.minor,
        patch: v.patch,
        prerelease: v.prerelease,
        build: v.build,
        loose: v.loose,
    };
    const pattern = spec.attrs.pattern ?? '';
    // A prerelease never gets the shorter tags ({{major}} of 2.0.0-rc.1 is not a release): only {{raw}} or the version.
    if (semver_default().prerelease(raw) !== null)
        return { value: render(isRawStatement(pattern) ? pattern : '{{version}}', scope), latest: false };
    return { value: render(pattern, scope), latest: true };
}
function pep440Type(spec, e) {
    const src = sourceVersion(spec, e);
    if (src === undefined)
        return undefined;
    const raw = narrowed(spec, src, e).replace(/\//g, '-');
    if (valid(raw) === null) {
        e.warn(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
        return undefined;
    }
    const v = explain(raw);
    const pattern = spec.attrs.pattern ?? '';
    if (v === null)
        return undefined;
    if (v.is_prerelease || v.is_postrelease || v.is_devrelease)
        return { value: isRawStatement(pattern) ? raw : (clean(raw) ?? raw), latest: false };
    const scope = {
        raw: () => raw,
        version: () => clean(raw),
        major: () => major(raw),
        minor: () => minor(raw),
        patch: () => patch(raw),
    };
    return { value: render(pattern, scope), latest: true };
}
function matchType(spec, e) {
    const raw = sourceVersion(spec, e);
    if (raw === undefined)
        return undefined;
    const pattern = spec.attrs.pattern ?? '';
    const literal = /^\/(.+)\/(.*)$/.exec(pattern);
    const m = literal !== null ? new RegExp(literal[1], literal[2]).exec(raw) : new RegExp(pattern).exec(raw);
    if (m === null) {
        e.warn(`${pattern} does not match ${raw}.`);
        return undefined;
    }
    const group = m[Number(spec.attrs.group ?? '0')];
    if (group === undefined) {
        e.warn(`Group ${spec.attrs.group} does not exist for ${pattern} pattern.`);
        return undefined;
    }
    return { value: group, latest: true };
}
function refType(spec, e) {
    const ref = e.ctx.ref;
    switch (spec.attrs.event) {
        case 'branch':
            return ref.startsWith('refs/heads/') ? { value: ref.slice('refs/heads/'.length), latest: false } : undefined;
        case 'tag':
            return TAG_REF.test(ref) ? { value: ref.replace(TAG_REF, ''), latest: true } : undefined;
        case 'pr':
            return ref.startsWith('refs/pull/') ? { value: ref.slice('refs/pull/'.length).replace(/\/merge$/, ''), latest: false } : undefined;
        default:
            return undefined;
    }
}
function edgeType(spec, e) {
    if (!e.ctx.ref.startsWith('refs/heads/'))
        return undefined;
    const branch = spec.attrs.branch !== undefined && spec.attrs.branch !== '' ? spec.attrs.branch : e.ctx.defaultBranch;
    return branch === e.ctx.ref.slice('refs/heads/'.length) ? { value: 'edge', latest: false } : undefined;
}
const rawType = (spec, e) => ({ value: e.expand(spec.attrs.value ?? ''), latest: false });
function shaType(spec, e) {
    if (e.ctx.sha === '')
        return undefined;
    return { value: spec.attrs.format === 'long' ? e.ctx.sha : shortSha(e.ctx), latest: false };
}
function tag_types_valueOf(spec, e) {
    switch (spec.type) {
        case 'schedule':
            return schedule(spec, e);
        case 'semver':
            return semverType(spec, e);
        case 'pep440':
            return pep440Type(spec, e);
        case 'match':
            return matchType(spec, e);
        case 'ref':
            return refType(spec, e);
        case 'edge':
            return edgeType(spec, e);
        case 'raw':
            return rawType(spec, e);
        case 'sha':
            return shaType(spec, e);
    }
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/compute.ts
/**
 * metadata-action's version and tag list from parsed specs, a flavor and the
 * context: specs in priority order, each enabled one adds its value (with its
 * own prefix/suffix, else the flavor's); the first is the version, the rest
 * follow without duplicates; the first applicable spec decides `latest` under
 * latest=auto. Pure.
 */





function computeVersion(specs, flavor, ctx) {
    const scope = globalScope(ctx);
    const warnings = [];
    const expand = (t) => render(t, scope);
    let main;
    const partial = [];
    let latest;
    for (const spec of specs) {
        const enabled = expand(spec.attrs.enable ?? 'true');
        if (enabled !== 'true' && enabled !== 'false')
            throw new errors/* PipelineError */.zC('INPUT', `input 'tags' has '${spec.line}': enable is '${enabled}', expected true or false`, {
                input: 'tags',
                hint: 'Write enable=true, enable=false or an expression that gives one, e.g. enable={{is_default_branch}}.',
            });
        if (enabled === 'false')
            continue;
        const r = tag_types_valueOf(spec, { ctx, expand, warn: (m) => warnings.push(m) });
        if (r === undefined)
            continue;
        let value = r.value;
        value = `${'prefix' in spec.attrs ? expand(spec.attrs.prefix ?? '') : expand(flavor.prefix)}${value}`;
        value = `${value}${'suffix' in spec.attrs ? expand(spec.attrs.suffix ?? '') : expand(flavor.suffix)}`;
        if (value === '')
            continue;
        const tag = sanitizeTag(value);
        if (main === undefined)
            main = tag;
        else if (tag !== main)
            partial.push(tag);
        latest ??= flavor.latest === 'auto' ? r.latest : flavor.latest === 'true';
    }
    return { version: { main, partial: [...new Set(partial)], latest: latest ?? false }, warnings };
}
/** The tag names: version, the rest, then `latest` (with the flavor's prefix/suffix when onlatest says so). */
function tagNames(v, flavor) {
    if (v.main === undefined)
        return [];
    const out = [v.main, ...v.partial];
    if (v.latest)
        out.push(sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
    return out;
}
/** metadata-action's `tags` output with `images`: every name with every tag, image names lower-cased. */
function imageTags(names, images) {
    if (images.length === 0)
        return [...names];
    return images.flatMap((img) => names.map((n) => `${img.toLowerCase()}:${n}`));
}

// EXTERNAL MODULE: ./shared/src/github/metadata/repo.ts
var repo = __nccwpck_require__(8585);
// EXTERNAL MODULE: ./shared/src/github/metadata/spec.ts
var spec = __nccwpck_require__(1590);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __nccwpck_require__(5698);
;// CONCATENATED MODULE: ./shared/src/builders/metadata.ts








/** A line is a spec line when it has a key=value field or an expression; anything else is a plain tag or reference. */
const isSpecLine = (line) => /=|\{\{/.test(line);
/**
 * The item of `tags` as a full reference (`ghcr.io/acme/app:1.2`, `app:1.2`),
 * or undefined for a spec line or a bare tag (`1.2`, `app`: a word alone is a
 * tag, as it always was).
 */
function referenceItem(item) {
    const text = item.trim();
    if (isSpecLine(text) || (0,reference/* isTag */.dz)(text))
        return undefined;
    const r = (0,reference/* parseReference */.F2)(text);
    if (!r.ok)
        return undefined;
    const noDigest = text.replace(/@.*$/, '');
    const name = r.value.tag === undefined ? noDigest : noDigest.slice(0, noDigest.lastIndexOf(':'));
    return { name, tag: r.value.tag ?? 'latest' };
}
/**
 * The `tags` input's items as spec lines: spec lines kept, each plain tag or
 * image reference (comma lists allowed, as before) becoming `type=raw,value=<tag>`.
 * Throws an INPUT error naming the item that is neither.
 */
function tagSpecLines(items) {
    return splitTagItems(items).lines;
}
/** tagSpecLines, the full references among the items with their raw lines, and the other lines. */
function splitTagItems(items) {
    const out = [];
    const refs = [];
    const plainLines = [];
    for (const item of items) {
        if (isSpecLine(item)) {
            out.push(item);
            plainLines.push(item);
            continue;
        }
        for (const part of item
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p !== '')) {
            const tag = (0,reference/* tagFromInput */.tw)(part);
            if (tag === undefined)
                throw new errors/* PipelineError */.zC('INPUT', `input 'tags' has '${part}', which is not a valid tag, image reference or metadata-action spec line`, {
                    input: 'tags',
                    hint: 'A tag is 1-128 of A-Z a-z 0-9 _ . -, not starting with . or -; or write a spec line such as type=ref,event=branch.',
                });
            const ref = referenceItem(part);
            out.push(`type=raw,value=${tag}`);
            if (ref === undefined)
                plainLines.push(`type=raw,value=${tag}`);
            else
                refs.push({ ...ref, specLine: `type=raw,value=${tag}` });
        }
    }
    return { lines: out, refs, plainLines };
}
/** The repository as the event payload's repository object describes it, over the API's answer (f.repo) for what it lacks. */
const repoOf = (f) => (0,repo/* mergeRepoInfo */.NN)((0,repo/* repoInfoOf */.Yn)(f.event?.repository), f.repo ?? {});
/**
 * Labels and annotations alone, for a version already computed: build.ts
 * calls it again once the repository facts from the API (description, url,
 * licenses) have arrived, without recomputing the tags.
 */
function metadataLabels(f, version) {
    const defaults = ociLabels({
        ctx: (0,github_event/* githubContext */.h4)(f.env, f.event),
        ...(f.created !== undefined ? { created: f.created } : {}),
        ...(version !== undefined ? { version } : {}),
        title: f.fallbackTitle,
        repo: repoOf(f),
    });
    return { labels: mergeLabels(defaults, f.userLabels), annotations: defaults };
}
function imageMetadata(f) {
    const repo = repoOf(f);
    const split = splitTagItems(f.explicitTags);
    const explicit = split.lines;
    const specLines = explicit.length > 0 ? explicit : (f.defaults?.tags ?? spec/* METADATA_ACTION_DEFAULT_TAGS */.dZ);
    const flavor = (0,spec/* parseFlavor */.wp)(explicit.length > 0 ? (f.flavor ?? []) : (f.defaults?.flavor ?? f.flavor ?? []));
    const mctx = metaContext(f.env, f.event, { now: f.now ?? new Date(), ...(repo.defaultBranch !== undefined ? { apiDefaultBranch: repo.defaultBranch } : {}) });
    const { version, warnings } = computeVersion((0,spec/* parseTagSpecs */.g1)(specLines), flavor, mctx);
    const computed = [...new Set(tagNames(version, flavor).filter(reference/* isTag */.dz))];
    const tags = computed.length > 0 ? computed : ['latest'];
    const images = f.images ?? [];
    // The tags `images` get: those the spec lines and plain tags computed, never the layout's `latest` fallback
    // (metadata-action gives no tag there, so a push would otherwise move `latest` on every event no line applies to).
    let imageTagNames = computed;
    if (images.length > 0 && split.refs.length > 0) {
        imageTagNames =
            split.plainLines.length === 0 ? [] : [...new Set(tagNames(computeVersion((0,spec/* parseTagSpecs */.g1)(split.plainLines), flavor, mctx).version, flavor).filter(reference/* isTag */.dz))];
    }
    // A reference's tag goes through the flavor as every raw tag does (its prefix/suffix): the one the layout records.
    const noLatest = { ...flavor, latest: 'false' };
    const refTag = (r) => computeVersion((0,spec/* parseTagSpecs */.g1)([r.specLine]), noLatest, mctx).version.main ?? r.tag;
    const refs = [...new Set([...(images.length > 0 ? imageTags(imageTagNames, images) : []), ...split.refs.map((r) => `${r.name}:${refTag(r)}`)])];
    const out = { tags, refs, ...metadataLabels(f, version.main), warnings };
    if (version.main !== undefined)
        out.version = version.main;
    return out;
}


/***/ }),

/***/ 596:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ manifestOutputs),
/* harmony export */   N2: () => (/* binding */ declaresRequiredPlugins),
/* harmony export */   iV: () => (/* binding */ isPackerTemplatePath),
/* harmony export */   xV: () => (/* binding */ readTemplate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3904);
/**
 * What we need to know about a Packer template before running it: HCL2 or
 * legacy JSON, the folder Packer should run in, whether it declares
 * `required_plugins` (then Packer 1.7+ needs `packer init`), and where the
 * manifest post-processor writes its file.
 */



/** Whether a path names a Packer template by its suffix (the `kind: machine` auto-detection). */
const isPackerTemplatePath = (p) => /\.pkr\.(hcl|json)$/.test(p);
async function readTemplate(templatePath, input = 'template') {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(templatePath);
    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(abs).catch(() => undefined);
    if (st === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('NOT_FOUND', `Packer template ${templatePath} does not exist`, {
            input,
            hint: 'Give a *.pkr.hcl file, a folder of them, or a *.json template, relative to the workspace.',
        });
    if (st.isDirectory()) {
        const files = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(abs)).filter((f) => f.endsWith('.pkr.hcl') || f.endsWith('.pkr.json')).sort();
        if (files.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('NOT_FOUND', `folder ${templatePath} holds no *.pkr.hcl or *.pkr.json file`, { input });
        const sources = await Promise.all(files.map(async (f) => ({ file: node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, f), text: await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, f), 'utf8') })));
        return { path: abs, kind: 'hcl', dir: abs, sources };
    }
    const kind = isPackerTemplatePath(abs) ? 'hcl' : abs.endsWith('.json') ? 'json' : undefined;
    if (kind === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `${templatePath} is not a Packer template (*.pkr.hcl, *.pkr.json or *.json)`, { input });
    return { path: abs, kind, dir: node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs), sources: [{ file: abs, text: await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(abs, 'utf8') }] };
}
/** HCL2 templates (and their JSON form) that name plugins to install. */
function declaresRequiredPlugins(t) {
    return t.kind === 'hcl' && t.sources.some((s) => /(^|[\s{"])required_plugins\b/m.test(s.text));
}
/**
 * Output files of manifest post-processors, relative to the template folder.
 * An output with interpolation cannot be known before the run and is left
 * out (the caller can name the file instead).
 */
function manifestOutputs(t) {
    const out = new Set();
    for (const s of t.sources) {
        if (s.file.endsWith('.json')) {
            let doc;
            try {
                doc = JSON.parse(s.text);
            }
            catch {
                continue;
            }
            for (const pp of walkPostProcessors(doc))
                if (pp['type'] === 'manifest')
                    out.add(typeof pp['output'] === 'string' ? pp['output'] : 'packer-manifest.json');
        }
        else {
            for (const m of s.text.matchAll(/post-processor\s+"manifest"\s*\{/g)) {
                const body = blockBody(s.text, (m.index ?? 0) + m[0].length);
                const o = /(?:^|\n)\s*output\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(body)?.[1];
                out.add(o ?? 'packer-manifest.json');
            }
        }
    }
    return [...out].filter((o) => !o.includes('{{') && !o.includes('${'));
}
/** The text of an HCL block from just after its `{` to its matching `}` (braces in strings counted out). */
function blockBody(text, from) {
    let depth = 1;
    let inString = false;
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return text.slice(from, i);
    }
    return text.slice(from);
}
function* walkPostProcessors(doc) {
    if (typeof doc !== 'object' || doc === null)
        return;
    const pps = doc['post-processors'];
    if (!Array.isArray(pps))
        return;
    for (const pp of pps.flat(2)) {
        if (typeof pp === 'string')
            yield { type: pp };
        else if (typeof pp === 'object' && pp !== null)
            yield pp;
    }
}


/***/ }),

/***/ 7537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ writeSecretFiles),
/* harmony export */   Gv: () => (/* binding */ resolveSecretFiles),
/* harmony export */   Lw: () => (/* binding */ checkSecretEnvs),
/* harmony export */   dC: () => (/* binding */ parseSecrets),
/* harmony export */   lL: () => (/* binding */ secretArg),
/* harmony export */   q1: () => (/* binding */ parseSecretRefs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3904);
/* harmony import */ var _action_input_list_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4699);
/**
 * Build secrets, as docker/build-push-action takes them, handed to the
 * builder as `--secret` mounts and never on its command line:
 *
 * - `secrets`: `id=value` items (quoted to hold commas or newlines) become
 *   files readable only by us (0600 in a 0700 folder), removed when the build
 *   ends, whatever happens. Values never reach argv, the image or the log (the
 *   action masks them with core.setSecret before anything runs).
 * - `secret-files`: `id=path`, a file of the user's (relative to the
 *   workspace), passed as it is; it must be a regular file when the build starts.
 * - `secret-envs`: `id=NAME`, the builder reads the variable from its own
 *   environment (`--secret id=x,env=NAME`); it must be set.
 */




const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ID_HINT = 'the id made of letters, digits, _ . -; use it with RUN --mount=type=secret,id=<id>';
/** Split one item at its first `=`; an error names the line but never echoes the item (it may be a secret). */
function idAndRest(item, input, form) {
    const eq = item.value.indexOf('=');
    const id = eq < 0 ? '' : item.value.slice(0, eq).trim();
    if (eq <= 0 || !ID.test(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${item.line} is not ${form}`, {
            input,
            line: item.line,
            hint: `Write one secret per line as ${form}, ${ID_HINT}; quote an item that holds a comma or a newline ("id=a,b").`,
        });
    }
    return [id, item.value.slice(eq + 1)];
}
function checkRepeat(seen, id, input, line) {
    if (seen.has(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${line} repeats the secret id '${id}'`, { input, line });
    seen.add(id);
}
/**
 * Parse `secrets`: `id=value` items, one per line; quoted items may span
 * lines and keep their whitespace (a PEM key's last newline), unquoted ones
 * are trimmed. The value is everything after the first `=`.
 */
function parseSecrets(text, input = 'secrets') {
    const out = new Map();
    const seen = new Set();
    for (const item of (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_3__/* .readList */ .LD)(text, input, { ignoreComma: true, trim: 'unquoted' })) {
        const [id, value] = idAndRest(item, input, 'id=value');
        checkRepeat(seen, id, input, item.line);
        out.set(id, value);
    }
    return out;
}
/** Parse `secret-files` (`id=path`, one per line) and `secret-envs` (`id=NAME`, commas too, as actions-toolkit reads it). */
function parseSecretRefs(text, input, taken = new Set()) {
    const form = input === 'secret-files' ? 'id=path' : 'id=ENV_NAME';
    const seen = new Set(taken);
    return (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_3__/* .readList */ .LD)(text, input, { ignoreComma: input === 'secret-files' }).map((item) => {
        const [id, rest] = idAndRest(item, input, form);
        const from = rest.trim();
        if (from === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${item.line} names no ${input === 'secret-files' ? 'file' : 'variable'} for '${id}'`, {
                input,
                line: item.line,
            });
        if (input === 'secret-envs' && !ENV_NAME.test(from))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'secret-envs' line ${item.line}: '${from.slice(0, 40)}' is not an environment variable name`, {
                input,
                line: item.line,
                hint: 'Write id=NAME, NAME a variable of the step (letters, digits, _), e.g. MY_SECRET=MY_ENV_VAR with env: { MY_ENV_VAR: ${{ secrets.X }} }.',
            });
        checkRepeat(seen, id, input, item.line);
        return { id, from, line: item.line };
    });
}
/** `secret-envs` whose variable the step's environment does not set: an error naming the first, before anything runs. */
function checkSecretEnvs(refs, env) {
    for (const r of refs) {
        if (env[r.from] === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'secret-envs' line ${r.line}: the environment variable '${r.from}' (for secret '${r.id}') is not set`, {
                input: 'secret-envs',
                line: r.line,
                hint: `Set it in the step's env: block, e.g. env: { ${r.from}: \${{ secrets.${r.from} }} }.`,
            });
        }
    }
}
/**
 * `secret-files` resolved against the workspace, each checked to be a
 * regular file now (a missing file would otherwise fail deep in the builder,
 * or mount a folder). Links are followed: a link to a file is a file.
 */
async function resolveSecretFiles(refs, workspace) {
    const out = [];
    for (const r of refs) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, r.from);
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(file).catch(() => undefined);
        if (st === undefined || !st.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'secret-files' line ${r.line}: '${r.from}' (for secret '${r.id}') ${st === undefined ? 'does not exist' : 'is not a regular file'}`, {
                input: 'secret-files',
                line: r.line,
                hint: 'Name a file, relative to the workspace or absolute, that an earlier step wrote (e.g. MY_SECRET=./secret.txt).',
            });
        }
        out.push({ id: r.id, path: file });
    }
    return out;
}
/** One `--secret` value (buildah, podman and buildx alike): a file (`src=`, never the value itself) or a variable the builder reads from its environment (`env=`). */
const secretArg = (s) => ('env' in s ? `id=${s.id},env=${s.env}` : `id=${s.id},src=${s.path}`);
async function writeSecretFiles(secrets, parent) {
    const dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_1__.join(parent, 'secrets-'));
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod(dir, 0o700);
    const remove = async () => node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(dir, { recursive: true, force: true });
    try {
        const files = [];
        for (const [id, value] of secrets) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, id);
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, value, { mode: 0o600, flag: 'wx' });
            files.push({ id, path: file });
        }
        return { files, remove };
    }
    catch (e) {
        await remove();
        throw e;
    }
}


/***/ }),

/***/ 1220:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export parseSize */
/** Byte counts for people: formatted in binary units, and parsed from policy and input text. */
/** 0 B, 1023 B, 1.5 KiB, 300 MiB, 3.0 GiB: one decimal below 10, none above. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}
/** Parse `500MB` (decimal), `1GiB` (binary), `123` (bytes); undefined when malformed. */
function parseSize(value) {
    if (typeof value === 'number')
        return value;
    const m = /^(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?$/.exec(value.trim());
    if (m === null)
        return undefined;
    const unit = m[2] ?? 'B';
    const pow = { B: 0, K: 1, M: 2, G: 3, T: 4 }[unit[0]];
    const base = unit.includes('i') ? 1024 : 1000;
    return Math.round(Number(m[1]) * base ** pow);
}


/***/ }),

/***/ 3904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   h$: () => (/* binding */ isPipelineError),
/* harmony export */   zC: () => (/* binding */ PipelineError)
/* harmony export */ });
class PipelineError extends Error {
    code;
    input;
    file;
    line;
    column;
    hint;
    /** What went wrong, without the input, location and hint that `message` adds. */
    reason;
    constructor(code, reason, context = {}) {
        // `message` is the whole description, so whoever prints the error (a
        // runner, jest, a caller's catch) shows the input, location and hint too.
        super(describe(reason, context), context.cause === undefined ? undefined : { cause: context.cause });
        this.name = 'PipelineError';
        this.reason = reason;
        this.code = code;
        this.input = context.input;
        this.file = context.file;
        this.line = context.line;
        this.column = context.column;
        this.hint = context.hint;
    }
    /** The message as shown to a user: where, what, and what to do. */
    describe() {
        return this.message;
    }
}
function describe(reason, c) {
    // Messages that already start with the input's name do not repeat it.
    const where = c.input !== undefined && !reason.includes(`'${c.input}'`) ? `input '${c.input}': ` : '';
    const at = c.file !== undefined ? ` (${c.file}${c.line !== undefined ? `:${c.line}` : ''}${c.column !== undefined ? `:${c.column}` : ''})` : '';
    const end = /[.!?]$/.test(reason) ? '' : '.';
    const hint = c.hint !== undefined ? ` ${c.hint}` : '';
    return `${where}${reason}${at}${end}${hint}`;
}
function isPipelineError(e, code) {
    return e instanceof PipelineError && (code === undefined || e.code === code);
}
/** The message of anything thrown, for logs. */
function messageOf(e) {
    if (e instanceof PipelineError)
        return e.describe();
    if (e instanceof Error)
        return e.message;
    return String(e);
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h4: () => (/* binding */ githubContext),
/* harmony export */   j_: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony export refKind */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The GitHub context the runner passes in environment variables (and the
 * event payload file), reduced to what tags and labels need. Pure over the
 * env map and the parsed event, so tests need no process state.
 */

function refKind(ref) {
    if (ref === undefined || ref === '')
        return { kind: 'other' };
    if (ref.startsWith('refs/heads/'))
        return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
    if (ref.startsWith('refs/tags/'))
        return { kind: 'tag', name: ref.slice('refs/tags/'.length) };
    const pr = /^refs\/pull\/(\d+)\//.exec(ref);
    if (pr !== null)
        return { kind: 'pull', number: Number(pr[1]) };
    return { kind: 'other' };
}
const nonEmpty = (v) => (v === undefined || v.trim() === '' ? undefined : v.trim());
/** `event` is the parsed GITHUB_EVENT_PATH payload, if any. */
function githubContext(env, event) {
    const ev = (typeof event === 'object' && event !== null ? event : {});
    const defaultBranch = typeof ev.repository?.default_branch === 'string' && ev.repository.default_branch !== '' ? ev.repository.default_branch : 'main';
    const ctx = { serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''), defaultBranch };
    const repository = nonEmpty(env.GITHUB_REPOSITORY);
    if (repository !== undefined)
        ctx.repository = repository;
    const sha = nonEmpty(env.GITHUB_SHA);
    if (sha !== undefined)
        ctx.sha = sha;
    const ref = nonEmpty(env.GITHUB_REF);
    if (ref !== undefined)
        ctx.ref = ref;
    const eventName = nonEmpty(env.GITHUB_EVENT_NAME);
    if (eventName !== undefined)
        ctx.eventName = eventName;
    const prFromEvent = typeof ev.pull_request?.number === 'number' ? ev.pull_request.number : undefined;
    const kind = refKind(ref);
    const pr = prFromEvent ?? (kind.kind === 'pull' ? kind.number : undefined);
    if (pr !== undefined)
        ctx.pullRequest = pr;
    return ctx;
}
/** Read and parse GITHUB_EVENT_PATH; a missing or broken file is no event (local runs). */
async function readEvent(env) {
    const p = nonEmpty(env.GITHUB_EVENT_PATH);
    if (p === undefined)
        return undefined;
    try {
        return JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(p, 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ mergeRepoInfo),
/* harmony export */   Wz: () => (/* binding */ fetchRepoFacts),
/* harmony export */   Yn: () => (/* binding */ repoInfoOf),
/* harmony export */   i1: () => (/* binding */ payloadHasRepoFacts)
/* harmony export */ });
/* unused harmony export fetchRepoInfo */
const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
/** The fields of a GitHub repository object (payload or API answer). */
function repoInfoOf(obj) {
    if (typeof obj !== 'object' || obj === null)
        return {};
    const o = obj;
    const info = {};
    const name = str(o.name);
    if (name !== undefined)
        info.name = name;
    const description = str(o.description);
    if (description !== undefined)
        info.description = description;
    const html = str(o.html_url);
    if (html !== undefined && /^https?:\/\//.test(html))
        info.htmlUrl = html;
    const spdx = str(o.license?.spdx_id);
    if (spdx !== undefined && spdx !== 'NOASSERTION')
        info.license = spdx;
    const db = str(o.default_branch);
    if (db !== undefined)
        info.defaultBranch = db;
    return info;
}
/** First source wins per field. */
function mergeRepoInfo(...sources) {
    const out = {};
    for (const s of sources)
        for (const [k, v] of Object.entries(s))
            if (out[k] === undefined)
                out[k] = v;
    return out;
}
/**
 * Whether the event payload's repository object already answers what the API
 * would add (description, html_url, license: present, even as null, as GitHub
 * writes them on push, pull_request, release... events), so the API call can be
 * skipped. False when there is no payload or it leaves any of them out.
 */
function payloadHasRepoFacts(event) {
    const repo = event?.repository;
    if (typeof repo !== 'object' || repo === null)
        return false;
    return ['description', 'html_url', 'license'].every((k) => k in repo);
}
/** GET {GITHUB_API_URL}/repos/{GITHUB_REPOSITORY}; {} on any failure. */
async function fetchRepoInfo(env, opts = {}) {
    return (await fetchRepoFacts(env, opts)).info;
}
/** As fetchRepoInfo, saying why nothing came back. Never throws. */
async function fetchRepoFacts(env, opts = {}) {
    const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        return { info: {}, problem: { reason: 'GITHUB_REPOSITORY is not owner/name' } };
    const api = (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
    const maxBytes = opts.maxBytes ?? 256 * 1024;
    const timeoutMs = opts.timeoutMs ?? 5000;
    const ctl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        ctl.abort();
    }, timeoutMs);
    const onAbort = () => ctl.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const headers = { accept: 'application/vnd.github+json', 'user-agent': 'image-pipeline' };
        if (opts.token !== undefined && opts.token !== '')
            headers.authorization = `Bearer ${opts.token}`;
        const res = await (opts.fetchImpl ?? fetch)(`${api}/repos/${repository}`, { headers, signal: ctl.signal, redirect: 'error' });
        if (!res.ok || res.body === null) {
            await res.body?.cancel().catch(() => undefined);
            return { info: {}, problem: { status: res.status, reason: `HTTP ${res.status}` } };
        }
        const chunks = [];
        let size = 0;
        const reader = res.body.getReader();
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > maxBytes) {
                await reader.cancel().catch(() => undefined);
                return { info: {}, problem: { reason: `answer larger than ${maxBytes} bytes` } };
            }
            chunks.push(value);
        }
        let parsed;
        try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        }
        catch {
            return { info: {}, problem: { reason: 'answer is not JSON' } };
        }
        return { info: repoInfoOf(parsed) };
    }
    catch {
        return { info: {}, problem: { reason: timedOut ? `no answer within ${timeoutMs} ms` : opts.signal?.aborted === true ? 'cancelled' : 'network error' } };
    }
    finally {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
    }
}


/***/ }),

/***/ 1590:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dZ: () => (/* binding */ METADATA_ACTION_DEFAULT_TAGS),
/* harmony export */   g1: () => (/* binding */ parseTagSpecs),
/* harmony export */   o2: () => (/* binding */ parseTagLine),
/* harmony export */   wp: () => (/* binding */ parseFlavor)
/* harmony export */ });
/* unused harmony exports TAG_TYPES, DEFAULT_PRIORITY */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5175);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/**
 * docker/metadata-action's `tags` and `flavor` line syntax, parsed into plain
 * data: one CSV record per line (quotes allowed, as metadata-action reads them),
 * `key=value` fields, a bare field meaning `value`. Defaults per type and the
 * priority order are metadata-action's, so a pasted config means the same here.
 * Pure; every bad line is an INPUT error naming the input and the line.
 */


const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
/** Higher first; equal priorities keep the order the user wrote (a stable sort, as metadata-action's). */
const DEFAULT_PRIORITY = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** metadata-action's default when `tags` is empty. */
const METADATA_ACTION_DEFAULT_TAGS = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
function fieldsOf(line, input) {
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(line, { relaxColumnCount: true, skipEmptyLines: true, relaxQuotes: false });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' has '${line}', which is not a valid CSV line: ${e.message}`, {
            input,
            hint: 'Quote a field that holds a comma or a quote, e.g. type=raw,value="a,b".',
        });
    }
    const first = Array.isArray(records) ? records[0] : undefined;
    return Array.isArray(first) ? first.map((f) => String(f)) : [];
}
const bad = (input, line, what, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' has '${line}': ${what}`, { input, hint });
function parseTagLine(line) {
    const attrs = {};
    let type;
    for (const field of fieldsOf(line, 'tags')) {
        // Split at the first '=' only: values such as patterns may hold '=' themselves.
        const eq = field.indexOf('=');
        if (eq <= 0) {
            attrs.value = field.trim();
            continue;
        }
        const key = field.slice(0, eq).trim().toLowerCase();
        const value = field.slice(eq + 1).trim();
        if (key === 'type') {
            if (!TAG_TYPES.includes(value))
                throw bad('tags', line, `unknown type '${value}'`, `Use one of type=${TAG_TYPES.join(', type=')}.`);
            type = value;
        }
        else
            attrs[key] = value;
    }
    type ??= 'raw';
    const need = (key, hint) => {
        if (!(key in attrs))
            throw bad('tags', line, `type=${type} needs a ${key} attribute`, hint);
    };
    switch (type) {
        case 'schedule':
            attrs.pattern ??= 'nightly';
            break;
        case 'semver':
        case 'pep440':
            need('pattern', `Add e.g. pattern={{version}}.`);
            attrs.value ??= '';
            attrs.match ??= '';
            break;
        case 'match':
            need('pattern', 'Add e.g. pattern=\\d+.\\d+ (a regular expression).');
            attrs.group ??= '0';
            if (!/^\d+$/.test(attrs.group))
                throw bad('tags', line, `group '${attrs.group}' is not a number`, 'Write group=1 for the first capture group.');
            attrs.value ??= '';
            break;
        case 'edge':
            attrs.branch ??= '';
            break;
        case 'ref':
            need('event', 'Add event=branch, event=tag or event=pr.');
            if (!['branch', 'tag', 'pr'].includes(attrs.event ?? ''))
                throw bad('tags', line, `event '${attrs.event}' is not branch, tag or pr`, 'Write event=branch, event=tag or event=pr.');
            if (attrs.event === 'pr')
                attrs.prefix ??= 'pr-';
            break;
        case 'raw':
            need('value', 'Add value=<tag>, or write the tag alone on its line.');
            break;
        case 'sha':
            attrs.prefix ??= 'sha-';
            attrs.format ??= 'short';
            if (attrs.format !== 'short' && attrs.format !== 'long')
                throw bad('tags', line, `format '${attrs.format}' is not short or long`, 'Write format=short or format=long.');
            break;
    }
    attrs.enable ??= 'true';
    let priority = DEFAULT_PRIORITY[type];
    if (attrs.priority !== undefined) {
        if (!/^-?\d+$/.test(attrs.priority))
            throw bad('tags', line, `priority '${attrs.priority}' is not a whole number`, 'Write e.g. priority=500.');
        priority = Number(attrs.priority);
    }
    return { type, attrs, priority, line };
}
/** Lines (blank and `#` comment lines already dropped by the caller) -> specs, highest priority first. Empty -> metadata-action's default. */
function parseTagSpecs(lines) {
    const src = lines.length > 0 ? lines : METADATA_ACTION_DEFAULT_TAGS;
    return src
        .map(parseTagLine)
        .map((s, i) => ({ s, i }))
        .sort((a, b) => b.s.priority - a.s.priority || a.i - b.i)
        .map((x) => x.s);
}
function parseFlavor(lines) {
    const f = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
    for (const line of lines) {
        // `onlatest` refers to the prefix or suffix written before it on the same line.
        let last;
        for (const field of fieldsOf(line, 'flavor')) {
            const eq = field.indexOf('=');
            if (eq <= 0)
                throw bad('flavor', line, `'${field}' is not key=value`, 'Write latest=auto|true|false, prefix=..., suffix=... (onlatest=true after either).');
            const key = field.slice(0, eq).trim().toLowerCase();
            const value = field.slice(eq + 1).trim();
            switch (key) {
                case 'latest':
                    if (value !== 'auto' && value !== 'true' && value !== 'false')
                        throw bad('flavor', line, `latest '${value}' is not auto, true or false`, 'Write latest=auto, latest=true or latest=false.');
                    f.latest = value;
                    break;
                case 'prefix':
                    f.prefix = value;
                    last = 'prefix';
                    break;
                case 'suffix':
                    f.suffix = value;
                    last = 'suffix';
                    break;
                case 'onlatest':
                    if (value !== 'true' && value !== 'false')
                        throw bad('flavor', line, `onlatest '${value}' is not true or false`, 'Write onlatest=true or onlatest=false.');
                    if (last === 'prefix')
                        f.prefixLatest = value === 'true';
                    else if (last === 'suffix')
                        f.suffixLatest = value === 'true';
                    break;
                default:
                    throw bad('flavor', line, `unknown key '${key}'`, 'Use latest, prefix, suffix or onlatest.');
            }
        }
    }
    return f;
}


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ encodedOf),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   QN: () => (/* binding */ digestBytes),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   SC: () => (/* binding */ VerifyingStream),
/* harmony export */   VR: () => (/* binding */ DigestCounter),
/* harmony export */   m: () => (/* binding */ parseDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4659);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4918);
/**
 * Content digests (image-spec descriptor.md#digests): parsed, computed, and
 * verified while streaming, so no blob is trusted before it has been hashed.
 */





const ENCODED_LENGTH = { sha256: 64, sha512: 128 };
const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
function parseDigest(text) {
    const m = DIGEST_RE.exec(text);
    if (m === null) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(text, { max: 140, redact: false })}' is not a digest`, { hint: 'A digest looks like sha256:<64 hex digits>.' }));
    }
    const algorithm = m[1];
    const encoded = m[2];
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('UNSUPPORTED', `digest algorithm '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(algorithm, { redact: false })}' is not supported`, { hint: 'Use sha256 or sha512.' }));
    }
    if (encoded.length !== ENCODED_LENGTH[algorithm] || !/^[a-f0-9]+$/.test(encoded)) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(text, { max: 140, redact: false })}' is not a valid ${algorithm} digest`, {
            hint: `The encoded part must be ${ENCODED_LENGTH[algorithm]} lowercase hex digits.`,
        }));
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(text);
}
const algorithmOf = (d) => d.slice(0, d.indexOf(':'));
const encodedOf = (d) => d.slice(d.indexOf(':') + 1);
function digestBytes(data, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex')}`;
}
/** Counts and hashes bytes as they pass. */
class DigestCounter {
    algorithm;
    hash;
    size = 0;
    constructor(algorithm = 'sha256') {
        this.algorithm = algorithm;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    }
    update(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
    }
    digest() {
        return `${this.algorithm}:${this.hash.digest('hex')}`;
    }
}
/**
 * A pass-through stream that fails at its end when the bytes do not match the
 * expected digest or size, and fails early once more bytes than expected pass.
 * `what` names the blob in the error (e.g. "layer 2 of ghcr.io/a/b").
 *
 * The last chunk is held back until the digest is checked: whoever consumes
 * the stream (a monolithic upload whose registry commits on its last byte, a
 * file written whole) never gets all of a blob that does not verify.
 */
class VerifyingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    what;
    counter;
    held;
    constructor(expected, what) {
        super();
        this.expected = expected;
        this.what = what;
        this.counter = new DigestCounter(algorithmOf(expected.digest));
    }
    _transform(chunk, _enc, cb) {
        this.counter.update(chunk);
        const size = this.expected.size;
        if (size !== undefined && this.counter.size > size) {
            cb(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('SIZE_MISMATCH', `${this.what} is larger than its descriptor says (${size} bytes)`, {
                hint: 'The blob is corrupt or was replaced; rebuild or re-pull the image.',
            }));
            return;
        }
        // An empty chunk (a writer may send one) must not take the held one's place, or the last bytes would pass unchecked.
        if (chunk.length === 0) {
            cb();
            return;
        }
        const previous = this.held;
        this.held = chunk;
        cb(null, previous);
    }
    _flush(cb) {
        const size = this.expected.size;
        if (size !== undefined && this.counter.size !== size) {
            cb(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('SIZE_MISMATCH', `${this.what} has ${this.counter.size} bytes, its descriptor says ${size}`, {
                hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
            }));
            return;
        }
        const got = this.counter.digest();
        if (got !== this.expected.digest) {
            cb(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('DIGEST_MISMATCH', `${this.what} has digest ${got}, expected ${this.expected.digest}`, {
                hint: 'The blob is corrupt or was tampered with; rebuild or re-pull the image.',
            }));
            return;
        }
        const last = this.held;
        this.held = undefined;
        cb(null, last);
    }
}
/** Check a whole buffer against a descriptor. */
function verifyBytes(data, expected, what) {
    if (expected.size !== undefined && data.length !== expected.size) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('SIZE_MISMATCH', `${what} has ${data.length} bytes, its descriptor says ${expected.size}`, {
            hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
        });
    }
    const got = digestBytes(data, algorithmOf(expected.digest));
    if (got !== expected.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('DIGEST_MISMATCH', `${what} has digest ${got}, expected ${expected.digest}`, {
            hint: 'The blob is corrupt or was tampered with; rebuild or re-pull the image.',
        });
    }
}


/***/ }),

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VH: () => (/* binding */ preview)
/* harmony export */ });
/* unused harmony exports printable, mask */
/**
 * Showing untrusted text (image file names, lines of a file we were asked to
 * read, tool output) in a message without letting it do harm: the one place
 * that decides how much of it, and in what form, reaches a log line, an
 * error, an annotation or a job summary.
 *
 * - `printable` keeps all of the text but makes every control character
 *   visible (`\n`, `\x00`, `\u202e`), so a name cannot end a workflow-command
 *   line, start a new one, or reorder what the reader sees.
 * - `preview` is for text we did not expect to show at all (a line of a file
 *   that failed to parse): printable, then secret-looking runs masked, then cut
 *   to a few dozen characters.
 */
/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the
 * bidirectional overrides/isolates (the "Trojan Source" characters).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };
function visible(c) {
    const named = NAMED[c];
    if (named !== undefined)
        return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** The whole text with every control character written as a visible escape. */
function printable(text) {
    return text.replace(CONTROL, visible);
}
/**
 * Runs that look like a credential or a hash: long and mixing letters with
 * digits (or upper and lower case, as base64 does), or a crypt(3) hash (`$6$salt$...`, as in /etc/shadow). Identifiers
 * such as `fileExistenceTests` stay readable, so a typo in a policy is still
 * shown as written.
 */
const RUN_CHARS = 'A-Za-z0-9+/=_$.:@-';
const RUN = new RegExp(`[${RUN_CHARS}]{12,}`, 'g');
const secretLike = (run) => /\$[0-9a-z]{1,2}\$/.test(run) || (run.length >= 16 && /\d/.test(run) && /[A-Za-z]/.test(run)) || (run.length >= 32 && /[a-z]/.test(run) && /[A-Z]/.test(run));
/**
 * A secret as shown anywhere: its first two characters, then stars (all stars
 * when it is too short to spare two). The one masking rule: previews use it
 * for secret-looking runs, and secret findings for the values they report.
 */
function mask(secret) {
    const v = secret.trim();
    return v.length <= 4 ? '****' : `${v.slice(0, 2)}${'*'.repeat(Math.min(8, v.length - 2))}`;
}
/** The run pattern with `separators` taken out of its characters. */
function runPattern(separators) {
    if (separators === undefined || separators === '')
        return RUN;
    const chars = [...RUN_CHARS.replace('A-Za-z0-9', '')].filter((c) => !separators.includes(c));
    return new RegExp(`[A-Za-z0-9${chars.map((c) => `\\${c}`).join('')}]{12,}`, 'g');
}
/**
 * A short, single-line, control-character-free, redacted preview of text we
 * did not write: what an error may echo of a file, a header or an output.
 */
function preview(text, opts = {}) {
    const max = opts.max ?? 40;
    // Look at a bounded head only: the input may be a whole file.
    const head = text.slice(0, max * 4 + 64);
    const oneLine = printable(head.replace(/\s+/g, ' ').trim());
    const redacted = opts.redact === false ? oneLine : oneLine.replace(runPattern(opts.separators), (run) => (secretLike(run) ? mask(run) : run));
    const cut = redacted.length > max || head.length < text.length;
    return cut ? `${redacted.slice(0, max).trimEnd()}…` : redacted;
}


/***/ }),

/***/ 5127:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ connectSecrets),
/* harmony export */   _z: () => (/* binding */ getConnectInputs),
/* harmony export */   jN: () => (/* binding */ connectOptions)
/* harmony export */ });
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7013);
/* harmony import */ var _credentials_registry_auth_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1194);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5698);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4918);
/**
 * The registry connect options every action takes, read the same way
 * everywhere: `registry-auth` (a YAML list of docker/login-action's entries:
 * registry, username, password, ecr, scope; credentials/registry-auth.ts), `github-token` (GHCR), `insecure-registries`
 * (one host[:port] per line), and DOCKER_CONFIG. Pure over the environment; each malformed
 * value is an INPUT error naming the input. `connectOptions` turns them
 * into what clientFactory/RegistrySource take.
 */




function getConnectInputs(env) {
    // Not trimmed: YAML indentation of the first line matters.
    const registryAuth = (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .o)((0,_credentials_registry_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRegistryAuth */ .bf)((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(env, 'registry-auth', { trim: false })));
    const insecureRegistries = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getList */ .vS)(env, 'insecure-registries').map((h) => (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .o)((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryHost */ .TZ)(h, 'insecure-registries')));
    const out = { registryAuth, githubToken: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(env, 'github-token'), insecureRegistries };
    const ecr = env.AWS_ENDPOINT_URL_ECR?.trim() ?? '';
    if (ecr !== '')
        out.ecrEndpoint = ecr;
    const ecrPublic = env.AWS_ENDPOINT_URL_ECR_PUBLIC?.trim() ?? '';
    if (ecrPublic !== '')
        out.ecrPublicEndpoint = ecrPublic;
    const dockerConfig = env.DOCKER_CONFIG ?? '';
    if (dockerConfig !== '')
        out.dockerConfig = dockerConfig;
    return out;
}
/** The secrets among the inputs, for the runner to mask before anything is logged. */
function connectSecrets(c) {
    // Passwords, and the access key ids of ECR entries.
    const out = (0,_credentials_registry_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .registryAuthSecrets */ .hQ)(c.registryAuth);
    if (c.githubToken !== '')
        out.push(c.githubToken);
    return out;
}
/**
 * The options for clientFactory / RegistrySource.open / checkImage's
 * `connect`. `mask` receives every secret found later (ECR tokens,
 * config.json entries); the rest (retry, timeouts, onRetry, connectTo)
 * passes through.
 */
function connectOptions(c, extra = {}) {
    const { mask, ...rest } = extra;
    return {
        ...rest,
        auth: {
            registryAuth: c.registryAuth,
            githubToken: c.githubToken,
            ...(c.ecrEndpoint !== undefined ? { ecrEndpoint: c.ecrEndpoint } : {}),
            ...(c.ecrPublicEndpoint !== undefined ? { ecrPublicEndpoint: c.ecrPublicEndpoint } : {}),
            ...(c.dockerConfig !== undefined ? { dockerConfigDir: c.dockerConfig } : {}),
            ...(mask !== undefined ? { mask } : {}),
        },
        insecureRegistries: c.insecureRegistries,
    };
}


/***/ }),

/***/ 2386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dQ: () => (/* binding */ ecrCredentials),
  EG: () => (/* binding */ ecrPublicCredentials),
  mC: () => (/* binding */ isPublicEcrHost),
  wl: () => (/* binding */ parseEcrHost)
});

// UNUSED EXPORTS: ECR_PUBLIC_REGION

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var policy = __nccwpck_require__(5466);
// EXTERNAL MODULE: ./shared/src/retry/retry.ts
var retry = __nccwpck_require__(1340);
;// CONCATENATED MODULE: ./shared/src/aws/ec2-errors.ts
/**
 * What a failed EC2 request means, from its error code and HTTP status,
 * never message text: throttling and 5xx/network faults are worth another
 * try; access errors never are, and become an AUTH error that names the IAM
 * permission to grant; everything else becomes an AWS error carrying EC2's
 * code. The codes are the SDK v3 ones every AWS service uses, so ECR's
 * calls (aws-call.ts) are classified here too.
 */

const THROTTLE = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'TooManyRequestsException', 'RequestThrottled', 'SlowDown']);
const TRANSIENT = new Set(['InternalError', 'InternalFailure', 'ServiceUnavailable', 'Unavailable', 'RequestTimeout', 'RequestExpired']);
const ACCESS = new Set(['UnauthorizedOperation', 'AuthFailure', 'AccessDenied', 'AccessDeniedException', 'OptInRequired', 'Blocked']);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'TimeoutError']);
/** EC2's error code of an SDK error (`InvalidAMIID.NotFound`...), if it has one. */
function awsErrorCode(e) {
    if (typeof e !== 'object' || e === null)
        return undefined;
    const o = e;
    if (typeof o.Code === 'string')
        return o.Code;
    if (typeof o.name === 'string' && o.name !== 'Error')
        return o.name;
    return typeof o.code === 'string' ? o.code : undefined;
}
function classifyAwsError(e) {
    const code = awsErrorCode(e) ?? '';
    const status = e?.$metadata?.httpStatusCode;
    if (THROTTLE.has(code) || status === 429)
        return 'throttle';
    if (ACCESS.has(code))
        return 'access';
    if (code.endsWith('.NotFound'))
        return 'not-found';
    if (TRANSIENT.has(code) || NETWORK.has(code) || (status !== undefined && status >= 500))
        return 'transient';
    return 'other';
}
/**
 * The classifier withRetry takes for EC2 requests: throttling and transient
 * faults, plus the kinds a caller adds (`not-found` right after a copy, while
 * EC2 is eventually consistent) and single codes it knows heal with time
 * (`InvalidSnapshot.InUse` just after its image is deregistered). Access
 * errors are never retried.
 */
function ec2Classify(alsoRetry = [], alsoRetryCodes = []) {
    return (e) => {
        const kind = classifyAwsError(e);
        const code = awsErrorCode(e);
        const extra = kind !== 'access' && (alsoRetry.includes(kind) || (code !== undefined && alsoRetryCodes.includes(code)));
        return { retry: kind === 'throttle' || kind === 'transient' || extra, why: code ?? kind };
    };
}
function accessError(action, region, e, service = 'ec2') {
    const code = awsErrorCode(e) ?? 'AccessDenied';
    const example = service === 'ec2' ? ' (see examples/ami/iam-policy.json)' : '';
    return new errors/* PipelineError */.zC('AUTH', `AWS refused ${service}:${action} in ${region} (${code}): the credentials lack the IAM permission ${service}:${action}`, {
        cause: e,
        hint: `Grant ${service}:${action} to the role this job assumes${example}, or check that the region is enabled for the account.`,
    });
}
function awsError(action, region, e, service = 'ec2') {
    const code = awsErrorCode(e) ?? 'Unknown';
    const msg = e instanceof Error ? e.message : String(e);
    return new errors/* PipelineError */.zC('AWS', `${service}:${action} in ${region} failed: ${code}: ${msg}`, { cause: e });
}

;// CONCATENATED MODULE: ./shared/src/aws/aws-call.ts
/**
 * One AWS request, for any SDK v3 client (EC2, ECR): the shared retry loop
 * (retry/retry.ts) with AWS's classification (ec2-errors.ts: throttling,
 * 5xx and network faults retried, access errors never), then the error that
 * ends it translated: an access error into AUTH naming the IAM permission,
 * anything else into an AWS error carrying the service's code. An aborted
 * call ends with the abort, as is. Clients are built with `maxAttempts: 1`
 * (ec2-client.ts, registry/credentials/ecr.ts) so this is the only loop.
 */




/**
 * Send one command, named by its service and action (`ecr`,
 * `GetAuthorizationToken`) so errors can name the IAM permission without
 * relying on class names that bundlers mangle.
 */
async function awsCall(client, service, action, command, opts) {
    const region = await regionOf(client);
    try {
        return await (0,retry/* withRetry */.b)(async () => (await client.send(command, { abortSignal: opts.signal })), {
            policy: opts.retry,
            classify: ec2Classify(opts.alsoRetry, opts.alsoRetryCodes),
            ...(opts.signal !== undefined ? { signal: opts.signal } : {}),
            onRetry: (r) => opts.onRetry?.(r.attempt, r.why, r.waitMs),
        });
    }
    catch (e) {
        if (opts.signal?.aborted === true)
            throw e;
        if (classifyAwsError(e) === 'access')
            throw accessError(action, region, e, service);
        throw e instanceof errors/* PipelineError */.zC ? e : awsError(action, region, e, service);
    }
}
/** One EC2 request (EC2Client, named by its EC2 action: `CopyImage`), EC2_RETRY unless told otherwise. */
function ec2Call(client, action, command, opts = {}) {
    return awsCall(client, 'ec2', action, command, { ...opts, retry: opts.retry ?? EC2_RETRY });
}
async function regionOf(client) {
    const r = client.config.region;
    const v = typeof r === 'function' ? await r() : r;
    return typeof v === 'string' ? v : 'an unknown region';
}

;// CONCATENATED MODULE: ./shared/src/registry/credentials/ecr.ts



const ECR_HOST = /^(\d{12})\.dkr[.-]ecr(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|amazonaws\.eu|on\.aws|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)(?::\d+)?$/;
const ECR_PUBLIC_HOSTS = new Set(['public.ecr.aws', 'ecr-public.aws.com']);
/** ECR Public's API lives in us-east-1 only. */
const ECR_PUBLIC_REGION = 'us-east-1';
function parseEcrHost(registry) {
    const m = ECR_HOST.exec(registry.toLowerCase());
    return m === null ? undefined : { accountId: m[1], region: m[2] };
}
function isPublicEcrHost(registry) {
    return ECR_PUBLIC_HOSTS.has(registry.toLowerCase());
}
/** `endpoint`: e.g. an emulator's URL; the default is AWS's regional endpoint. */
async function ecrCredentials(host, endpoint, opts = {}) {
    // Loaded on first use: the SDK is large, and most pushes never touch ECR.
    const { ECRClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(249)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8249, 19));
    // SDK retries off: awsCall retries (retry/retry.ts, AWS's classification), so retries never nest.
    const client = new ECRClient({ region: host.region, maxAttempts: 1, ...clientExtras(endpoint, opts) });
    const what = `account ${host.accountId}, ${host.region}`;
    try {
        const out = await awsCall(client, 'ecr', 'GetAuthorizationToken', new GetAuthorizationTokenCommand({ registryIds: [host.accountId] }), callOptions(opts));
        return decodeToken(out.authorizationData?.[0]?.authorizationToken, `ECR GetAuthorizationToken (${what})`, opts);
    }
    catch (e) {
        // Everything, a refused permission too (its message names ecr:GetAuthorizationToken), stays an AWS error naming the account.
        throw tokenError(`could not get an ECR token for account ${host.accountId} in ${host.region}`, e, opts, 'ecr:GetAuthorizationToken');
    }
    finally {
        client.destroy();
    }
}
/** A token for public.ecr.aws (pushing there, or pulling above the anonymous rate). */
async function ecrPublicCredentials(endpoint, opts = {}) {
    const { ECRPUBLICClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(821)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9821, 19));
    const client = new ECRPUBLICClient({ region: ECR_PUBLIC_REGION, maxAttempts: 1, ...clientExtras(endpoint, opts) });
    try {
        const out = await awsCall(client, 'ecr-public', 'GetAuthorizationToken', new GetAuthorizationTokenCommand({}), callOptions(opts));
        return decodeToken(out.authorizationData?.authorizationToken, 'ECR Public GetAuthorizationToken', opts);
    }
    catch (e) {
        throw tokenError('could not get an ECR Public token', e, opts, 'ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken');
    }
    finally {
        client.destroy();
    }
}
function clientExtras(endpoint, opts) {
    return { ...(endpoint !== undefined ? { endpoint } : {}), ...(opts.keys !== undefined ? { credentials: opts.keys } : {}) };
}
function callOptions(opts) {
    return { retry: opts.retry ?? policy/* REGISTRY_RETRY */.dv, ...(opts.onRetry !== undefined ? { onRetry: opts.onRetry } : {}) };
}
function decodeToken(token, from, opts) {
    if (token === undefined)
        throw new Error('the answer holds no authorizationToken');
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i <= 0)
        throw new Error('the token is not base64 of user:password');
    const source = opts.keysFrom !== undefined ? `${from} with the access keys of ${opts.keysFrom}` : from;
    return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source };
}
function tokenError(what, e, opts, permission) {
    let message = e.message;
    // An AWS signature error can quote the canonical request, headers and all (the session token among them).
    for (const s of [opts.keys?.secretAccessKey, opts.keys?.sessionToken, opts.keys?.accessKeyId]) {
        if (s !== undefined && s !== '')
            message = message.split(s).join('***');
    }
    const hint = opts.keysFrom !== undefined
        ? `Check the access key pair in ${opts.keysFrom} (username = AWS access key id, password = secret access key) and that it may call ${permission}.`
        : `Configure AWS credentials (aws-actions/configure-aws-credentials) with ${permission} allowed.`;
    return new errors/* PipelineError */.zC('AWS', `${what}: ${message}`, { hint, cause: e });
}


/***/ }),

/***/ 1194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b4: () => (/* binding */ entryLabel),
/* harmony export */   bf: () => (/* binding */ parseRegistryAuth),
/* harmony export */   fd: () => (/* binding */ entryAuth),
/* harmony export */   hQ: () => (/* binding */ registryAuthSecrets)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4918);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5698);
/* harmony import */ var _ecr_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2386);
/**
 * The `registry-auth` input: a YAML list of docker/login-action's entry
 * fields (`registry`, `username`, `password`, `ecr`, `scope`) with its
 * meaning, so a login-action `registry-auth:` block moves over unchanged:
 * - `registry` defaults to Docker Hub;
 * - `ecr: auto` (the default) exchanges `username`/`password` as an AWS
 *   access key pair for an ECR token when the host is an ECR name
 *   (ecr.ts), `true` insists on it, `false` sends them as basic auth;
 *   an ECR entry without keys uses the runner's AWS credentials;
 * - `scope` is refused (see SCOPE_HINT).
 * Pure: every bad entry is an INPUT error naming the entry, its line and
 * the field, and never quoting a value (any of them may be a secret).
 */





/** The user name of every ECR token: with it, `password` is a token (aws ecr get-login-password), never a secret key. */
const ECR_TOKEN_USER = 'AWS';
const KEYS = ['registry', 'username', 'password', 'ecr', 'scope'];
const SCOPE_HINT = "login-action's scope limits the credentials to one repository (and push or pull) inside Buildx's own config. Here an entry serves its whole registry " +
    'in every stage (base-image pulls, caches, pushes), so a scoped entry would be used more widely than you asked. Remove scope to use the ' +
    'credentials for the whole registry, or give these credentials only to the step that needs them.';
/**
 * Whether an entry is exchanged for an ECR token. auto: by host name,
 * except a `username: AWS` entry, which already holds a token (login-action
 * would fail on it; sending it as basic auth is what the user meant).
 */
function entryAuth(e) {
    const mode = e.ecr ?? 'auto';
    if (mode === 'false' || (mode === 'auto' && e.username === ECR_TOKEN_USER))
        return { kind: 'basic' };
    if ((0,_ecr_js__WEBPACK_IMPORTED_MODULE_3__/* .isPublicEcrHost */ .mC)(e.registry))
        return { kind: 'ecr-public' };
    const host = (0,_ecr_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEcrHost */ .wl)(e.registry);
    return host !== undefined ? { kind: 'ecr', ...host } : { kind: 'basic' };
}
/** The secrets an entry holds: the password, and the access key id when it is one of an AWS key pair. */
function registryAuthSecrets(entries) {
    const out = [];
    for (const e of entries) {
        if (e.password !== '')
            out.push(e.password);
        if (e.username !== '' && entryAuth(e).kind !== 'basic')
            out.push(e.username);
    }
    return out;
}
/** "'registry-auth' entry 2 (ghcr.io)" for messages; `index` is 0-based, as in the parsed list. */
function entryLabel(e, index, input = 'registry-auth') {
    return `'${input}' entry ${index + 1} (${e.registry})`;
}
function scalarText(node) {
    // The failsafe schema keeps every scalar as its text: a password of digits stays "0123", `ecr: true` is "true".
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'string' ? node.value : undefined;
}
function parseRegistryAuth(text, input = 'registry-auth') {
    if (text.trim() === '')
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)([]);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { schema: 'failsafe', lineCounter: lines, uniqueKeys: true });
    const bad = doc.errors[0];
    if (bad !== undefined) {
        // bad.message quotes the source line, which may hold a password: only its line number goes out.
        const line = bad.linePos?.[0]?.line;
        const ctx = {
            input,
            hint: 'Write a YAML list: "- registry: ghcr.io\\n  username: ...\\n  password: ..." (each key once per entry).',
        };
        if (line !== undefined)
            ctx.line = line;
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' is not valid YAML${line !== undefined ? ` (line ${line})` : ''}`, ctx));
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(doc.contents)) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' must be a YAML list of entries`, { input, hint: 'Start each entry with "- registry: <host>".' }));
    }
    const out = [];
    for (const [i, item] of doc.contents.items.entries()) {
        const n = i + 1;
        const node = item;
        const line = node?.range !== undefined && node.range !== null ? lines.linePos(node.range[0]).line : undefined;
        const fail = (what, hint) => (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' entry ${n} ${what}${line !== undefined ? ` (line ${line})` : ''}`, {
            input,
            hint,
            ...(line !== undefined ? { line } : {}),
        }));
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return fail('is not a mapping', 'Each entry has registry, username and password keys, as in login-action.');
        const fields = new Map();
        for (const pair of node.items) {
            const key = scalarText(pair.key) ?? '';
            if (!KEYS.includes(key)) {
                const why = key === 'logout' ? 'logout has no meaning here: credentials are never written to a Docker config, so there is nothing to log out of.' : '';
                // A key is a name, not a secret, but is cut short all the same.
                return fail(`has unknown key(s) ${key.slice(0, 40)}`, `${why} Allowed keys: ${KEYS.join(', ')}.`.trim());
            }
            const value = pair.value === null ? '' : scalarText(pair.value);
            if (value === undefined)
                return fail(`field '${key}' must be a single value, not a list or mapping`, `Write "${key}: <value>".`);
            fields.set(key, value.trim());
        }
        const registry = fields.get('registry') ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRegistry */ .l5)(fields.get('registry')) : _reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REGISTRY */ .sx;
        const at = `(${registry})`;
        const ecrText = (fields.get('ecr') ?? '').toLowerCase();
        if (ecrText !== '' && !['auto', 'true', 'false'].includes(ecrText)) {
            // An ecr value is a choice, never a secret: it may be quoted.
            return fail(`${at} field 'ecr' must be auto, true or false, got '${ecrText.slice(0, 20)}'`, 'auto (the default) detects ECR by the host name.');
        }
        if ((fields.get('scope') ?? '') !== '')
            return fail(`${at} field 'scope' is not supported`, SCOPE_HINT);
        const entry = {
            registry,
            username: fields.get('username') ?? '',
            password: fields.get('password') ?? '',
            // Left out when not given, so an entry of the basic shape stays {registry, username, password}.
            ...(ecrText !== '' ? { ecr: ecrText } : {}),
        };
        const auth = entryAuth(entry);
        if (entry.ecr === 'true' && (auth.kind === 'basic' || entry.username === ECR_TOKEN_USER)) {
            return fail(entry.username === ECR_TOKEN_USER
                ? `${at} has ecr: true with username AWS, the user of an ECR token, not an access key id`
                : `${at} has ecr: true but ${registry} is not an ECR host, so no region or account can be read from it`, entry.username === ECR_TOKEN_USER
                ? 'For a token from "aws ecr get-login-password" set ecr: false (or leave ecr out); for access keys give the access key id as username.'
                : 'ECR hosts look like <account>.dkr.ecr.<region>.amazonaws.com or public.ecr.aws; set ecr: false to send username/password as they are.');
        }
        for (const [k, other] of [
            ['username', 'password'],
            ['password', 'username'],
        ]) {
            if (entry[k] !== '')
                continue;
            if (auth.kind === 'basic')
                return fail(`${at} has no ${k}`, `Give every entry a non-empty ${k} (use a secret: \${{ secrets.NAME }}).`);
            if (entry[other] !== '')
                return fail(`${at} has a ${other} but no ${k}`, "An ECR entry takes both username (AWS access key id) and password (secret access key), or neither to use the runner's AWS credentials.");
        }
        out.push(entry);
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(out);
}


/***/ }),

/***/ 5698:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   TC: () => (/* binding */ credentialKey),
/* harmony export */   TZ: () => (/* binding */ parseRegistryHost),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   ak: () => (/* binding */ previewReference),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   l5: () => (/* binding */ normalizeRegistry),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   rL: () => (/* binding */ parseTags),
/* harmony export */   sx: () => (/* binding */ DEFAULT_REGISTRY),
/* harmony export */   tw: () => (/* binding */ tagFromInput)
/* harmony export */ });
/* unused harmony exports canonicalRegistry, TAG_PATTERN, parseTag, parseTagOrReference */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8301);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4659);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4918);
/**
 * Image references parsed the way Docker's distribution/reference does:
 * `[registry/]repository[:tag][@digest]`, with `docker.io` as the default
 * registry and `library/` for its one-component names. Pure and
 * Result-returning: every way a reference can be wrong gets a message that
 * says which part is wrong and how a good one looks.
 */




const DEFAULT_REGISTRY = 'docker.io';
/**
 * Docker Hub answers to several names; credentials, insecure lists and
 * comparisons use the one canonical name (docker.io), requests go to the
 * API host (apiHost), and Docker's config.json files it under its v1 URL
 * (credentialKey). The one list of aliases.
 */
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/** A registry host as written (host[:port]) with Docker Hub's aliases folded to docker.io; other hosts unchanged. */
function canonicalRegistry(host) {
    return DOCKER_HUB_ALIASES.has(host.toLowerCase()) ? DEFAULT_REGISTRY : host;
}
/**
 * Registry names compared the way Docker does (auth entries, config.json
 * keys, insecure-registries): no scheme or path, lower case, Docker Hub's
 * aliases folded. An empty name is Docker Hub.
 */
function normalizeRegistry(text) {
    const host = text
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return host === '' ? DEFAULT_REGISTRY : canonicalRegistry(host);
}
const MAX_NAME = 255;
// Grammar of distribution/reference (regexp.go), written out once.
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
/** The distribution spec's tag grammar, the one copy: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
const TAG_PATTERN = /^[\w][\w.-]{0,127}$/;
const TAG_RULE = "letters, digits, '_', '.' and '-', does not start with '.' or '-', and is at most 128 characters";
const HINT = 'A reference looks like registry.example.com/team/app:1.2, ghcr.io/owner/app or app@sha256:<64 hex>.';
const CREDENTIALS_HINT = 'Give registry credentials through registry-auth (or docker login), not in the reference.';
/** A reference's parts are judged one by one for secrets, so `ghcr.io/acme/app:1.2` stays readable. */
const PARTS = '/.:@';
/** What of a part (tag, repository, host, digest) an error shows. */
const part = (text) => (0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(text, { max: 80, separators: PARTS });
/**
 * Only a digest may follow a reference's `@`. When something else does and
 * the text could hold a password (a second `@`, a `:` before it, a path after
 * it), it is a `user:password@` pasted in front of a registry
 * (`robot:pw@ghcr.io/app`, `https://robot:pw@host:5000`), which no message shows.
 */
const DIGEST_AFTER_AT = /^sha\d{3}:[^/@]*$/;
function hasUserinfo(text) {
    const at = text.indexOf('@');
    const last = text.lastIndexOf('@');
    if (at < 0)
        return false;
    const after = text.slice(last + 1);
    if (at === last && DIGEST_AFTER_AT.test(after))
        return false;
    return at !== last || text.slice(0, at).includes(':') || after.includes('/');
}
const withoutUserinfo = (text) => (hasUserinfo(text) ? `***@${text.slice(text.lastIndexOf('@') + 1)}` : text);
/**
 * A reference (or what was meant as one) as any message quotes it: no
 * userinfo, at most 80 characters, redacted part by part, control characters
 * escaped. The one rule, for parseReference's errors and its callers'.
 */
const previewReference = (text) => (0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(withoutUserinfo(text), { max: 80, separators: PARTS });
function fail(text, what, hint = HINT) {
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `'${previewReference(text)}' is not a valid image reference: ${what}`, { hint }));
}
/** Whether the first path component names a registry (Docker's splitDockerDomain rule). */
function looksLikeHost(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
function parseReference(input) {
    const text = input.trim();
    if (text === '')
        return fail(input, 'it is empty');
    if (/\s/.test(text))
        return fail(text, 'it contains white space');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const after = rest.slice(rest.lastIndexOf('@') + 1);
        if (hasUserinfo(rest)) {
            return fail(text, `expected a digest such as sha256:<64 hex digits> after '@', got '${part(after)}'; a reference holds no user:password@`, CREDENTIALS_HINT);
        }
        const d = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m)(after);
        // Our own words, not parseDigest's: its message shows the text whole, unredacted (a digest is an identifier, this may not be one).
        if (!d.ok)
            return fail(text, `the digest part: expected sha256:<64 hex digits> (lowercase; sha512: 128), got '${part(after)}'`);
        digest = d.value;
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag))
            return fail(text, `the tag '${part(tag)}' may hold only ${TAG_RULE}`);
    }
    if (rest === '')
        return fail(text, 'the repository name is missing');
    let registry = DEFAULT_REGISTRY;
    let repository = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0 && looksLikeHost(rest.slice(0, slash))) {
        registry = rest.slice(0, slash);
        repository = rest.slice(slash + 1);
        if (!HOST_RE.test(registry))
            return fail(text, `'${part(registry)}' is not a valid registry host[:port]`);
        registry = canonicalRegistry(registry);
    }
    if (repository === '')
        return fail(text, 'the repository name is missing');
    if (repository !== repository.toLowerCase())
        return fail(text, `the repository '${part(repository)}' must be lowercase`);
    if (!PATH_RE.test(repository)) {
        return fail(text, `the repository '${part(repository)}' must be lowercase letters and digits in '/'-separated parts, joined by '.', '_', '__' or '-'`);
    }
    if (registry === DEFAULT_REGISTRY && !repository.includes('/'))
        repository = `library/${repository}`;
    if (registry.length + 1 + repository.length > MAX_NAME)
        return fail(text, `the name is longer than ${MAX_NAME} characters`);
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(ref);
}
/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** `registry/repository`, no tag or digest. */
const repositoryName = (ref) => `${ref.registry}/${ref.repository}`;
/** The host that serves the API for a registry name (Docker Hub's API lives elsewhere). */
function apiHost(registry) {
    return registry === DEFAULT_REGISTRY ? 'registry-1.docker.io' : registry;
}
/** The key Docker's config.json and credential helpers file a registry under (Docker Hub keeps its v1 URL). */
function credentialKey(registry) {
    return registry === DEFAULT_REGISTRY ? 'https://index.docker.io/v1/' : registry;
}
/**
 * A registry host[:port] as a user writes it in a list input
 * (insecure-registries): a scheme or a trailing path is tolerated, the
 * rest must be a host name or [IPv6] with an optional port.
 */
function parseRegistryHost(text, input) {
    const host = normalizeRegistry(text);
    if (text.trim() !== '' && HOST_RE.test(host))
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(host);
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `expected a registry host[:port], got '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(text, { max: 80 })}'`, {
        input,
        hint: 'Write one registry per line as host or host:port, e.g. registry.lan:5000 or [::1]:5000.',
    }));
}
const isTag = (text) => TAG_PATTERN.test(text);
/** A tag checked against the grammar; the error names `input` when given. */
function parseTag(tag, input) {
    if (isTag(tag))
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(tag);
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(tag, { max: 140, redact: false })}' is not a valid tag`, {
        ...(input !== undefined ? { input } : {}),
        hint: `A tag holds ${TAG_RULE}.`,
    }));
}
/** Every item a valid tag (distribute-image's `tags` input); the first bad one is named with the input. */
function parseTags(tags, input = 'tags') {
    for (const t of tags) {
        const r = parseTag(t, input);
        if (!r.ok)
            return r;
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(tags);
}
/**
 * The tag an item of build-image's `tags` input names: a bare tag as is, or
 * the tag of a full reference (`ghcr.io/acme/app:1.2` -> `1.2`, untagged ->
 * `latest`), as users of docker/build-push-action write them. Undefined
 * when it is neither.
 */
function tagFromInput(item) {
    if (isTag(item))
        return item;
    const r = parseReference(item);
    return r.ok ? (r.value.tag ?? 'latest') : undefined;
}
/** tagFromInput as a Result whose error names the input and both accepted forms. */
function parseTagOrReference(item, input = 'tags') {
    const tag = tagFromInput(item);
    if (tag !== undefined)
        return ok(tag);
    return err(new PipelineError('INPUT', `'${preview(item, { max: 140, redact: false })}' is not a valid tag nor an image reference`, {
        input,
        hint: `A tag holds ${TAG_RULE}; a reference looks like ghcr.io/owner/app:1.2.`,
    }));
}


/***/ }),

/***/ 4918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ err),
/* harmony export */   o: () => (/* binding */ unwrap),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
const ok = (value) => ({ ok: true, value });
const err = (error) => ({ ok: false, error });
/** The value, or throw the error: the bridge from pure code to I/O code. */
function unwrap(r) {
    if (r.ok)
        return r.value;
    throw r.error;
}


/***/ }),

/***/ 8874:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony export jitteredDelayMs */
/** Full jitter under `base * 2^retry`, capped at `maxDelayMs`. `retry` counts from 0. */
function jitteredDelayMs(retry, p, random = Math.random) {
    // The exponent stops at 30 (a billion times the base is past any cap), so no base of 0 times Infinity.
    const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** Math.min(retry, 30));
    return Math.round(random() * ceiling);
}
/** Wait before retry number `retry` (from 0), or undefined: give up now. */
function backoffMs(retry, policy, ctx = {}) {
    let wait = jitteredDelayMs(retry, policy, ctx.random);
    if (ctx.retryAfterMs !== undefined)
        wait = Math.max(wait, ctx.retryAfterMs);
    // A Retry-After of hours (hostile or misconfigured) fails now instead of hanging the job.
    if (wait > policy.maxDelayMs * 4 || (ctx.spentMs ?? 0) + wait > policy.budgetMs)
        return undefined;
    return wait;
}


/***/ }),

/***/ 5466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dv: () => (/* binding */ REGISTRY_RETRY),
/* harmony export */   n: () => (/* binding */ RESUME_RETRY)
/* harmony export */ });
/* unused harmony exports EC2_RETRY, SSM_RETRY */
/**
 * Registry requests: 6 tries, backoff from 250 ms doubling up to 15 s, 120 s
 * in all. The budget is tied to the request deadlines in
 * registry/transport/timeouts.ts (a hung registry fails after about the
 * budget plus one deadline); distribute/upload-blobs.ts adds a transfer allowance per blob.
 */
const REGISTRY_RETRY = { attempts: 6, baseDelayMs: 250, maxDelayMs: 15_000, budgetMs: 120_000 };
/**
 * Resuming a download: 5 openings in all (the first included), the
 * registry's backoff, and 120 s of recovery. The budget counts from a break
 * until bytes flow again, not from the start: a long healthy transfer has
 * its own deadlines (timeouts.ts) and must not use up the time to recover.
 */
const RESUME_RETRY = { ...REGISTRY_RETRY, attempts: 5 };
/**
 * EC2 requests: 8 tries, backoff from 500 ms doubling up to 20 s. EC2
 * throttles per account with a token bucket that refills by the second
 * (RequestLimitExceeded when many regions or waiters call at once), so it
 * wants more and longer waits than a registry does. The backoff alone sums to
 * under a minute; the 5-minute budget only stops requests that each hang
 * until the SDK gives up on them.
 */
const EC2_RETRY = { attempts: 8, baseDelayMs: 500, maxDelayMs: 20_000, budgetMs: 300_000 };
/**
 * Parameter Store requests: 8 tries, backoff from 400 ms doubling up to 10 s.
 * Parameter Store's default throughput is a few tens of transactions per
 * second per account and region, shared by GetParameter and PutParameter;
 * past it every call answers ThrottlingException ("Rate exceeded") until the
 * bucket refills, so the waits are EC2's shape, shorter, with a 2-minute budget.
 */
const SSM_RETRY = { attempts: 8, baseDelayMs: 400, maxDelayMs: 10_000, budgetMs: 120_000 };


/***/ }),

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry)
/* harmony export */ });
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8874);
/* harmony import */ var _sleep_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(381);
/**
 * The one retry loop, for every transport. What is worth another try is the
 * transport's call (`classify`: registry/transport/retry-classify.ts,
 * aws/ec2-errors.ts), decided from typed fields, never message text; how
 * long to wait and when to stop is the policy's (policy.ts, backoff.ts).
 * The error that ends the loop is thrown as it is: translating it is the
 * caller's job. Callers never wrap one withRetry in another.
 */


/** Run `fn` until it succeeds, fails for a reason retrying cannot fix, or the policy is spent. */
async function withRetry(fn, opts) {
    const { policy, signal } = opts;
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? _sleep_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .y;
    const started = now();
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (e) {
            if (signal?.aborted === true)
                throw e;
            const d = opts.classify(e);
            if (!d.retry || attempt >= policy.attempts)
                throw e;
            // Time in the failed tries counts: a hung server must not earn a fresh deadline per try forever.
            const wait = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .j)(attempt - 1, policy, {
                retryAfterMs: d.retryAfterMs,
                spentMs: now() - started,
                ...(opts.random !== undefined ? { random: opts.random } : {}),
            });
            if (wait === undefined)
                throw e;
            opts.onRetry?.({ attempt, waitMs: wait, error: e, why: d.why });
            await sleep(wait, signal);
        }
    }
}


/***/ }),

/***/ 381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** A wait that ends early, rejecting with the signal's reason, when the signal aborts. */
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted === true)
        return reject(signal.reason);
    const t = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(t);
        reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

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

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

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

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

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

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

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

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

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

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

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

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

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

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

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

/***/ 7788:
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

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

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

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

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

/***/ 4631:
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

/***/ 9499:
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

/***/ 2599:
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

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

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

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

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

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

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

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

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

/***/ 3661:
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

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

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

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

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

/***/ 1464:
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

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



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
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
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

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

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

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

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

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

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

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

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

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

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

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

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

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

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

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

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

/***/ 1127:
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

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

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

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

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

/***/ 1733:
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

/***/ 7715:
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

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

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

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

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

/***/ 6628:
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

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

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

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

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

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

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

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

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

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

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

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

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

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

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

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

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

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

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

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

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

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

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

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

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

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

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

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

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

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

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

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

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

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

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

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

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

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 4475:
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

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

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

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

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

/***/ 9799:
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

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

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

/***/ 8689:
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

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

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

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

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

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

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


/***/ }),

/***/ 5175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qg: () => (/* binding */ parse)
});

// UNUSED EXPORTS: CsvError, normalize_options

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


const init_state = function (options) {
  // ECMAScript WhiteSpace + LineTerminator codepoints, encoded under
  // `options.encoding`. Aligns trimming with `String.prototype.trim()`.
  // https://tc39.es/ecma262/#sec-white-space
  // https://tc39.es/ecma262/#sec-line-terminators
  //
  // Codepoints unrepresentable in the target encoding are dropped: Node's
  // Buffer substitutes them with `?` (0x3F), and including those would cause
  // literal `?` bytes in the input to be trimmed under `latin1`/`ascii`.
  const timchars = [
    // Basic Latin
    0x0020, // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    0x0009, // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    0x000a, // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    0x000d, // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    0x000c, // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    0x000b, // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    0x00a0, // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    0x1680, // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    0x2000, // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    0x2001, // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    0x2002, // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    0x2003, // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    0x2004, // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    0x2005, // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    0x2006, // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    0x2007, // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    0x2008, // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    0x2009, // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    0x200a, // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    0x2028, // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    0x2029, // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    0x202f, // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    0x205f, // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    0x3000, // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    0xfeff, // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding,
    );
    if (codepoint !== 0x3f && encoded.length === 1 && encoded[0] === 0x3f) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  // First-byte lookup table for `__isCharTrimable`. Non-whitespace bytes
  // (the common case) bail out in O(1) without scanning every timchar.
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: undefined,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...(options.delimiter
        ? options.delimiter.map((delimiter) => delimiter.length)
        : []),
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      // Skip if the remaining buffer can be a multi-byte trim character
      ...timchars.map((t) => t.length),
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: timchars,
    timcharFirstBytes: timcharFirstBytes,
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js





const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter_auto`
  if (
    options.delimiter_auto === undefined ||
    options.delimiter_auto === null ||
    options.delimiter_auto === false
  ) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`,
      ],
      options,
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === undefined)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["\t".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4,
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.score === undefined)
      options.delimiter_auto.score = (info, options) => {
        return (
          (info.total - info.std) * (options.preferred[info.char_code] || 1)
        );
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.size === undefined)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (
      options.delimiter === undefined ||
      options.delimiter === null ||
      options.delimiter === false
    ) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/delimiter_discover.js



// Discussed in [issue #400](https://github.com/adaltas/node-csv/issues/400)
// See https://github.com/python/cpython/blob/ea1b1c579f600cc85d145c60862b2e6b98701b24/Lib/csv.py#L349
const delimiter_discover = function (records, options) {
  // Normalize the configuration
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  // Convert String to Buffer
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  // Convert Buffer to an array of records
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records.push(record);
      const close = () => {};
      const error = parser.parse(data, true, push, close);
      if (error !== undefined) throw error;
      return records;
    })(records);
  }
  // Info array initialization, 127 entries, one per char code
  const info = Array(127)
    .fill()
    .map(() => ({ lines: [] }));
  // Traverse each records, count occurences per char code
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      // Count the character frequency
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === undefined) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  // Traverse each char code, compute the score
  info.map((info, i) => {
    info.char_code = i;
    info.std = std(info.lines);
    info.total = info.lines.reduce((acc, val) => acc + val, 0);
    info.preferred = !!options.preferred[i];
    info.score = options.score(info, options);
  });
  // Extract the dominant character
  const result = info.reduce(
    (acc, info) => (acc.score > info.score ? acc : info),
    {},
  );
  return String.fromCharCode(result.char_code);
};

const std = function (array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n,
  );
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js






const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote,
      } = this.state;
      // Automatic delimiter discovery
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === undefined) {
          delimiterBuf = nextBuf;
        } else if (
          delimiterBufPrevious !== undefined &&
          nextBuf === undefined
        ) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        // Ensure that nextBuf is not concatenated a second time during buffer reconciliation
        nextBuf = undefined;
        // this.delimiterBufPrevious = delimiterBuf;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto),
            ),
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = undefined;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      // Previous buffers reconciliation
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === cr || chr === nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              Object.hasOwn(obj, columns[i].name)
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true,
              });
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function (buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      // Fast bail-out: non-whitespace bytes (the common case) are rejected
      // without scanning the full timchar list.
      const first = buf[pos];
      if (first === undefined || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js



const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};




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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3331);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
