import erfc from '@stdlib/math-base-special-erfc';
import { bisectLeft, bisectRight } from './pytest-benchmark-stats.js';

/** What the Mann-Whitney U test found. */
export interface MannWhitneyResult {
  /** The U statistic: how many (x, y) pairs have x > y, after asv's conservative tie breaking. */
  readonly u: number;
  /** The two-sided p-value. */
  readonly p: number;
  readonly method: 'exact' | 'normal';
}

/**
 * The Mann-Whitney U test exactly as airspeed velocity (asv) computes it, `mann_whitney_u` in asv/_stats.py
 * (asv commit 7032df70; the exact tail after its off-by-one fix, 7cbd5ac1): U counts the pairs with x > y; ties
 * are broken conservatively, towards the least significant U; `auto` uses the exact distribution (Mann & Whitney
 * 1947) up to 20 values a side and the normal approximation without continuity correction beyond. asv counts the
 * pairs with a double loop; here one side is sorted and searched, which counts the same pairs in O(m log n).
 */
export function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>, method: 'auto' | 'exact' | 'normal' = 'auto'): MannWhitneyResult {
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) throw new RangeError('the Mann-Whitney U test needs values on both sides');
  const chosen = method === 'auto' ? (Math.max(m, n) > 20 ? 'normal' : 'exact') : method;
  if (chosen === 'exact' && Math.max(m, n) > 50) throw new RangeError(`the exact Mann-Whitney distribution is kept to 50 values a side, not ${Math.max(m, n)}`);
  const sortedY = Float64Array.from(y).sort();
  let u = 0;
  let ties = 0;
  for (let i = 0; i < m; i++) {
    const value = x[i] ?? 0;
    const below = bisectLeft(sortedY, value);
    u += below;
    ties += bisectRight(sortedY, value) - below;
  }
  // Conservative tie breaking: of U and U + ties, keep the one farther from significance.
  const half = Math.floor((m * n) / 2);
  if (u <= half && u + ties >= half) ties = half - u;
  const ux1 = Math.min(u, m * n - u);
  const ux2 = Math.min(u + ties, m * n - (u + ties));
  let ux = ux1;
  if (ux1 < ux2) {
    u += ties;
    ux = ux2;
  }
  if (chosen === 'exact') {
    const p = exactCdf(m, n, ux) + (1 - exactCdf(m, n, Math.max(half, m * n - ux - 1)));
    return { u, p, method: 'exact' };
  }
  const variance = (m * n * (m + n + 1)) / 12;
  const z = (ux - (m * n) / 2) / Math.sqrt(variance);
  return { u, p: erfc(-z / Math.SQRT2), method: 'normal' };
}

/**
 * The smallest two-sided p-value the test can give for samples of these sizes, `1 / C(m + n, min(m, n))`: asv's
 * `is_different` runs the test only when this is below its threshold (otherwise it could never say "different").
 */
export function mannWhitneyMinP(m: number, n: number): number {
  return 1 / binomial(m + n, Math.min(m, n));
}

/** C(n, k), exact up to 2^53 (C(40, 20) is 1.4e11), Infinity when it overflows. */
function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let j = 1; j <= Math.min(k, n - k); j++) result = (result * (n + 1 - j)) / j;
  return Math.round(result);
}

const orderings = new Map<number, number>();

/**
 * The number of orderings of m x's and n y's with statistic u (Mann & Whitney 1947, r(m, n, u) = r(m, n - 1, u) +
 * r(m - 1, n, u - n)), memoised: the exact method is used only up to 20 a side, so at most 20 × 20 × 401 entries.
 */
function countOrderings(m: number, n: number, u: number): number {
  if (u < 0) return 0;
  if (m === 0 || n === 0) return u === 0 ? 1 : 0;
  const key = (m * 64 + n) * 1024 + u;
  const known = orderings.get(key);
  if (known !== undefined) return known;
  const value = countOrderings(m, n - 1, u) + countOrderings(m - 1, n, u - n);
  orderings.set(key, value);
  return value;
}

/** P(U <= u) under the null hypothesis, for samples of m and n. */
export function exactCdf(m: number, n: number, u: number): number {
  let count = 0;
  for (let k = 0; k <= u; k++) count += countOrderings(m, n, k);
  return count / binomial(m + n, m);
}
