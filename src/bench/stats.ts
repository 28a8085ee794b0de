/**
 * Statistics used to compare Go benchmark results, mirroring what
 * `benchstat` does (golang.org/x/perf/benchmath with the default
 * `AssumeNothing` assumption, which is built on
 * github.com/aclements/go-moremath/stats):
 *
 *  - the summary of a sample is its **median** with a distribution-free
 *    confidence interval built from **order statistics** (binomial
 *    sampling distribution of the order statistics);
 *  - two samples are compared with the two-sided **Mann–Whitney U test**
 *    (exact distribution for small samples, normal approximation with tie
 *    and continuity correction otherwise);
 *  - a delta is only reported when p ≤ alpha, otherwise it is shown as `~`.
 *
 * Everything here is pure and deterministic (no randomness, no I/O), and
 * numbers only: what benchstat would print as a warning or a `~` is data
 * here (src/report/messages/bench.ts words it).
 *
 * @module
 */

// ---------------------------------------------------------------------------
// Basic order statistics
// ---------------------------------------------------------------------------

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((x, y) => x - y);
}

/**
 * Sample quantile `q` (0 ≤ q ≤ 1) of `values`.
 *
 * Method: Hyndman & Fan (1996) definition 8 ("R-8", median-unbiased),
 * which is what go-moremath's `stats.Sample.Quantile` (and therefore
 * benchstat) uses: with N values sorted ascending, h = 1/3 + q·(N + 1/3),
 * k = ⌊h⌋, and the result is x[k] + (h − k)·(x[k+1] − x[k]) using 1-based
 * indexes, clamped to the min / max of the sample.
 *
 * q ≤ 0 returns the minimum, q ≥ 1 the maximum. An empty sample (or a NaN
 * `q`) yields NaN. The input is not modified.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0 || Number.isNaN(q)) return Number.NaN;
  const xs = sortedCopy(values);
  return quantileSorted(xs, q);
}

function quantileSorted(xs: readonly number[], q: number): number {
  const n = xs.length;
  if (n === 0) return Number.NaN;
  if (q <= 0) return xs[0]!;
  if (q >= 1) return xs[n - 1]!;
  const h = 1 / 3 + q * (n + 1 / 3);
  const k = Math.trunc(h);
  const frac = h - k;
  if (k <= 0) return xs[0]!;
  if (k >= n) return xs[n - 1]!;
  return xs[k - 1]! + frac * (xs[k]! - xs[k - 1]!);
}

/**
 * Sample median: the middle value of the sorted sample, or the mean of the
 * two middle values when the sample size is even. (This equals the R-8
 * {@link quantile} at q = 0.5, which is how benchstat computes its
 * "center".) Returns NaN for an empty sample. The input is not modified.
 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

// ---------------------------------------------------------------------------
// Numerical helpers (normal distribution)
// ---------------------------------------------------------------------------

/*
 * Complementary error function. This is a port of the FreeBSD msun / Sun
 * fdlibm s_erf.c rational approximations (the same algorithm Go's
 * math.Erfc uses), accurate to < 1 ulp, so that p-values match benchstat's
 * to ~1e-15.
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
const ERX = 8.45062911510467529297e-1;
const PP = [1.28379167095512558561e-1, -3.2504210724700149937e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5] as const;
const QQ = [3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.9602282787753681232e-6] as const;
const PA = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1,
  3.54783043256182359371e-2, -2.166375594868790843e-3,
] as const;
const QA = [
  1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2,
  1.1984499846799107417e-2,
] as const;
const RA = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2,
  -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592,
] as const;
const SA = [
  1.96512716674392571292e1, 1.376577541435190426e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2, 1.08635005541779435134e2,
  6.57024977031928170135, -6.04244152148580987438e-2,
] as const;
const RB = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2,
  -1.02509513161107724954e3, -4.83519191608651397019e2,
] as const;
const SB = [
  3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3, 4.74528541206955367215e2,
  -2.24409524465858183362e1,
] as const;

/** Evaluate c[0] + s*(c[1] + s*(...)) (Horner). */
function horner(c: readonly number[], s: number): number {
  let r = 0;
  for (let i = c.length - 1; i >= 0; i--) r = c[i]! + s * r;
  return r;
}

/** Truncate the low 32 bits of a double (fdlibm's "pseudo-single" trick). */
function truncLow32(x: number): number {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  buf.setUint32(4, 0);
  return buf.getFloat64(0);
}

/** Complementary error function erfc(x) = 1 − erf(x). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    let temp: number;
    if (x < 2 ** -56) {
      temp = x;
    } else {
      const z = x * x;
      const r = horner(PP, z);
      const s = 1 + z * horner(QQ, z);
      const y = r / s;
      temp = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
    }
    return sign ? 1 + temp : 1 - temp;
  }
  if (x < 1.25) {
    const s = x - 1;
    const P = horner(PA, s);
    const Q = 1 + s * horner(QA, s);
    return sign ? 1 + ERX + P / Q : 1 - ERX - P / Q;
  }
  if (x < 28) {
    const s = 1 / (x * x);
    let R: number;
    let S: number;
    if (x < 1 / 0.35) {
      R = horner(RA, s);
      S = 1 + s * horner(SA, s);
    } else {
      if (sign && x > 6) return 2;
      R = horner(RB, s);
      S = 1 + s * horner(SB, s);
    }
    const z = truncLow32(x);
    const r = Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + R / S);
    return sign ? 2 - r / x : r / x;
  }
  return sign ? 2 : 0;
}

/** Standard normal cumulative distribution function Φ(x) = erfc(−x/√2)/2. */
export function normalCdf(x: number, mu = 0, sigma = 1): number {
  return erfc(-(x - mu) / (sigma * Math.SQRT2)) / 2;
}

/**
 * Inverse of the normal CDF. Peter J. Acklam's rational approximation
 * followed by one step of Halley refinement, exactly as go-moremath's
 * `NormalDist.InvCDF` (used by benchstat's large-n quantile CI).
 */
export function normalInvCdf(p: number, mu = 0, sigma = 1): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
  const plow = 0.02425;
  const phigh = 1 - plow;
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x: number;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (phigh < p) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  x = x - u / (1 + (x * u) / 2);
  return x * sigma + mu;
}

/** Binomial coefficient C(n, k) as a double (exact while it fits in 2^53). */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  if (k === 0 || k === n) return 1;
  k = Math.min(k, n - k);
  let r = 1;
  for (let i = 1; i <= k; i++) {
    // r * (n - k + i) is divisible by i at every step.
    r = (r * (n - k + i)) / i;
  }
  return r;
}

// ---------------------------------------------------------------------------
// Confidence interval for a quantile (order statistics)
// ---------------------------------------------------------------------------

/** Order statistics bounding a distribution-free quantile confidence interval. */
export interface QuantileCIOrders {
  /** Sample size. */
  n: number;
  /** The quantile (0.5 for the median). */
  quantile: number;
  /**
   * Achieved confidence level of the interval, ≥ the requested level
   * whenever that level is achievable for this n (1 for the full
   * (−∞, +∞) interval).
   */
  confidence: number;
  /**
   * 1-based order statistics of the interval: the interval is
   * [x₍loOrder₎, x₍hiOrder₎] of the sorted sample. loOrder = 0 means the
   * lower bound is −∞ and hiOrder = n + 1 means the upper bound is +∞.
   */
  loOrder: number;
  hiOrder: number;
  /** True when a shifted interval (loOrder+1, hiOrder+1) has the same confidence. */
  ambiguous: boolean;
}

/**
 * Binomial coefficients C(n, k) for n = 21..30 exactly as go-moremath's
 * `mathx.Choose` returns them (for n > 20 it computes
 * exp(lgamma(n+1) − lgamma(k+1) − lgamma(n−k+1)), which carries ~1e-15
 * relative noise and is not symmetric in k). `QuantileCI` walks outwards
 * from the binomial mode comparing P(k−1) against P(k+1); for the median
 * those are mathematically equal, so the float noise decides whether
 * benchstat extends the interval left or right. To report the very same
 * order statistics as benchstat for 21 ≤ n ≤ 30 we use Go's doubles.
 * Generated with go-moremath v0.0.0-20210112150236-f10218a38794 on
 * linux/amd64 (`mathx.Choose(n, k)` printed with strconv 'g', -1).
 */
const GO_CHOOSE_21_30: readonly (readonly number[])[] = [
  [
    1, 21.00000000000014, 210.00000000000088, 1330.0000000000107, 5985.00000000001, 20349.000000000106, 54264.00000000052, 116280.00000000093,
    203490.00000000052, 293930.000000001, 352716.0000000013, 352716.0000000013, 293930.000000001, 203490.00000000017, 116280.00000000114, 54264.00000000042,
    20349.000000000106, 5985.000000000031, 1330.0000000000107, 210.00000000000125, 21.00000000000014, 1,
  ],
  [
    1, 21.99999999999993, 231.00000000000034, 1540.000000000005, 7315.000000000008, 26334.000000000065, 74613.00000000017, 170544.00000000073, 319770.000000002,
    497419.9999999985, 646645.999999997, 705432.0000000014, 646645.9999999993, 497419.9999999985, 319770.0000000014, 170544.00000000102, 74613.00000000004,
    26334.000000000065, 7315.000000000034, 1540.000000000005, 231.00000000000074, 21.99999999999993, 1,
  ],
  [
    1, 23, 252.9999999999987, 1771.0000000000068, 8854.999999999996, 33649.00000000018, 100947.0000000003, 245157.0000000001, 490314.0000000028,
    817190.0000000031, 1.1440659999999993e6, 1.352078000000001e6, 1.352078000000001e6, 1.144065999999995e6, 817190.0000000031, 490314.0000000019,
    245157.00000000052, 100947.00000000013, 33649.00000000018, 8855.000000000027, 1771.0000000000068, 252.99999999999912, 23, 1,
  ],
  [
    1, 23.999999999999737, 275.9999999999965, 2023.999999999972, 10625.999999999884, 42503.999999999694, 134595.9999999993, 346103.99999999657,
    735470.9999999934, 1.30750399999999e6, 1.9612559999999907e6, 2.496143999999966e6, 2.704155999999968e6, 2.4961439999999753e6, 1.9612559999999837e6,
    1.30750399999999e6, 735470.999999992, 346103.9999999972, 134595.99999999907, 42503.999999999694, 10625.999999999922, 2023.999999999972, 275.99999999999693,
    23.999999999999737, 1,
  ],
  [
    1, 25.000000000000316, 299.99999999999994, 2300.000000000005, 12649.999999999938, 53130.00000000033, 177100.00000000105, 480700.00000000274,
    1.0815750000000047e6, 2.0429750000000023e6, 3.2687600000000014e6, 4.457400000000027e6, 5.200299999999989e6, 5.20029999999997e6, 4.457400000000027e6,
    3.268760000000013e6, 2.0429750000000023e6, 1.0815750000000028e6, 480700.0000000036, 177100.00000000076, 53130.00000000033, 12649.999999999984,
    2300.000000000005, 300.0000000000005, 25.000000000000316, 1,
  ],
  [
    1, 25.999999999999854, 325.00000000000165, 2599.999999999991, 14949.999999999893, 65779.99999999959, 230230.00000000023, 657799.999999999,
    1.5622750000000026e6, 3.1245499999999884e6, 5.311734999999952e6, 7.726159999999999e6, 9.65769999999999e6, 1.040059999999985e7, 9.65769999999999e6,
    7.726159999999999e6, 5.31173499999997e6, 3.1245499999999884e6, 1.5622749999999995e6, 657800.0000000001, 230229.9999999998, 65779.99999999959,
    14949.999999999945, 2599.999999999991, 325.0000000000023, 25.999999999999854, 1,
  ],
  [
    1, 26.99999999999981, 350.9999999999949, 2925.000000000001, 17549.99999999975, 80729.9999999992, 296009.9999999962, 888029.9999999929, 2.220074999999984e6,
    4.686824999999963e6, 8.43628499999987e6, 1.3037894999999857e7, 1.738385999999985e7, 2.0058299999999706e7, 2.0058299999999776e7, 1.738385999999985e7,
    1.3037894999999903e7, 8.4362849999999e6, 4.686824999999963e6, 2.2200749999999804e6, 888029.9999999944, 296009.9999999957, 80729.9999999992,
    17549.99999999981, 2925.000000000001, 350.9999999999955, 26.99999999999981, 1,
  ],
  [
    1, 28.00000000000036, 378.0000000000014, 3276.000000000002, 20475.000000000193, 98280.00000000028, 376740.0000000012, 1.1840399999999977e6,
    3.1081050000000196e6, 6.906900000000022e6, 1.3123110000000002e7, 2.1474180000000052e7, 3.042175500000001e7, 3.744215999999991e7, 4.011660000000034e7,
    3.7442160000000045e7, 3.042175500000012e7, 2.1474180000000052e7, 1.3123110000000048e7, 6.906900000000022e6, 3.108105000000014e6, 1.1840399999999998e6,
    376740.0000000006, 98280.00000000028, 20475.000000000266, 3276.000000000002, 378.0000000000021, 28.00000000000036, 1,
  ],
  [
    1, 29.000000000000018, 406.00000000000466, 3654.0000000000246, 23750.999999999938, 118755.00000000086, 475019.9999999984, 1.560780000000003e6, 4.292145e6,
    1.0015005000000043e7, 2.003000999999998e7, 3.45972900000002e7, 5.189593500000009e7, 6.786391499999961e7, 7.755876000000067e7, 7.755876000000067e7,
    6.786391500000009e7, 5.189593500000009e7, 3.45972900000002e7, 2.0030010000000052e7, 1.0015005000000043e7, 4.292144999999993e6, 1.5607800000000058e6,
    475020.000000001, 118755.0000000017, 23751.000000000022, 3654.0000000000246, 406.00000000000534, 29.000000000000018, 1,
  ],
  [
    1, 30.000000000000068, 435.0000000000004, 4060.0000000000655, 27405.000000000146, 142505.99999999956, 593775.0000000059, 2.0358000000000086e6,
    5.852924999999993e6, 1.430715e7, 3.004501500000006e7, 5.4627300000000365e7, 8.64932250000006e7, 1.1975984999999969e8, 1.45422675000001e8,
    1.551175200000016e8, 1.4542267500000152e8, 1.197598500000001e8, 8.64932250000006e7, 5.4627300000000365e7, 3.0045015000000168e7, 1.430715e7,
    5.852925000000023e6, 2.0358000000000123e6, 593775.0000000091, 142506.00000000055, 27405.000000000244, 4060.0000000000655, 435.0000000000012,
    30.000000000000068, 1,
  ],
];

function binomPmf(n: number, p: number, k: number): number {
  if (k < 0 || k > n) return 0;
  // For p = 0.5, p^k (1-p)^(n-k) is an exact power of two in Go and JS alike.
  const c = p === 0.5 && n >= 21 && n <= 30 ? GO_CHOOSE_21_30[n - 21]![k]! : choose(n, k);
  return c * p ** k * (1 - p) ** (n - k);
}

/**
 * Order statistics for a distribution-free confidence interval of the q-th
 * population quantile from a sample of size n, as go-moremath's
 * `stats.QuantileCI` computes it (used by benchstat via benchmath's
 * `AssumeNothing.Summary`).
 *
 * Method: the number K of sample values that fall below the population
 * q-quantile is Binomial(n, q), and the quantile lies between order
 * statistics x₍k₎ and x₍k+1₎ with probability P(K = k) (x₍0₎ = −∞,
 * x₍n+1₎ = +∞). For n ≤ 30 we start at the binomial mode (the lower one
 * if there are two) and greedily add the more probable neighbouring
 * k (preferring the left on equal probability) until the accumulated
 * probability reaches `confidence`; the achieved confidence is the exact
 * binomial mass covered. For n > 30 the normal approximation
 * N(nq, nq(1−q)) with continuity correction is used, the band is rounded
 * out to whole order statistics and, if it still meets the requested
 * confidence, the upper order is lowered by one (left bias).
 *
 * For small n the requested confidence may not be reachable with finite
 * bounds: e.g. n = 5 at 95% yields loOrder = 0 (−∞), hiOrder = 5, with an
 * achieved confidence of 31/32 = 0.96875. Such intervals are reported
 * exactly like benchstat does (an infinite bound, shown as "±∞").
 */
export function quantileCIOrders(n: number, q: number, confidence = 0.95): QuantileCIOrders {
  const res: QuantileCIOrders = { n, quantile: q, confidence: 0, loOrder: 0, hiOrder: n + 1, ambiguous: false };
  if (confidence >= 1) {
    res.confidence = 1;
    return res;
  }
  let l: number;
  let r: number;
  if (n <= QUANTILE_CI_APPROX_THRESHOLD) {
    let x = Math.ceil((n + 1) * q) - 1;
    if (q === 0) x = 0;
    let accum = binomPmf(n, q, x);
    l = x;
    r = x + 1;
    let lp = binomPmf(n, q, l - 1);
    let rp = binomPmf(n, q, r);
    res.ambiguous = rp === accum;
    while (accum < confidence && (lp > 0 || rp > 0)) {
      res.ambiguous = lp === rp;
      if (lp >= rp) {
        accum += lp;
        l--;
        lp = binomPmf(n, q, l - 1);
      } else {
        accum += rp;
        r++;
        rp = binomPmf(n, q, r);
      }
    }
    res.confidence = accum;
  } else {
    const mu = n * q;
    const sigma = Math.sqrt(n * q * (1 - q));
    const alpha = (1 - confidence) / 2;
    const l1 = normalInvCdf(alpha, mu, sigma);
    const r1 = 2 * mu - l1;
    l = Math.floor(Math.floor(l1 - 0.5) + 0.5) + 1;
    r = Math.floor(Math.ceil(r1 - 0.5) + 0.5) + 1;
    const cdf = (lo: number, hi: number): number => normalCdf(hi - 0.5, mu, sigma) - normalCdf(lo - 0.5, mu, sigma);
    res.confidence = cdf(l, r);
    const rBiased = r - 1;
    const aBiased = cdf(l, rBiased);
    if (aBiased >= confidence && aBiased < res.confidence) {
      res.confidence = aBiased;
      res.ambiguous = true;
      r = rBiased;
    }
    if (l <= 0 && r >= n + 1) {
      res.confidence = 1;
      res.ambiguous = false;
    }
  }
  res.loOrder = Math.max(l, 0);
  res.hiOrder = Math.min(r, n + 1);
  return res;
}

/** Sample size above which {@link quantileCIOrders} uses the normal approximation (as go-moremath). */
export const QUANTILE_CI_APPROX_THRESHOLD = 30;

/** Median of a sample with its confidence interval (benchstat's per-sample summary). */
export interface MedianSummary {
  /** The sample median (benchstat's "center"). NaN for an empty sample. */
  center: number;
  /** Lower bound of the CI; −Infinity when the sample is too small for the requested confidence. */
  lo: number;
  /** Upper bound of the CI; +Infinity when the sample is too small for the requested confidence. */
  hi: number;
  /** Confidence level actually achieved by [lo, hi] (≥ the requested level, or 1 for (−∞, +∞)). */
  confidence: number;
  /** Requested confidence level. */
  requestedConfidence: number;
  /** Sample size. */
  n: number;
  /** 1-based order statistics used for lo / hi (0 and n+1 mean −∞ / +∞). */
  loOrder: number;
  hiOrder: number;
  /**
   * When a bound is infinite: the sample size the requested confidence
   * needs (benchstat warns "need >= 6 samples for confidence interval at
   * level 0.95").
   */
  tooFewForCI?: SamplesNeeded;
}

/** A sample size a method needs: at least (`>=`) `n`, or more than (`>`) the largest size tried. */
export type SamplesNeeded = readonly ['>=' | '>', number];

/**
 * Minimum sample size for which the median CI at `confidence` has two
 * finite bounds (benchmath's `medianSamples`): returns [">=", n] for the
 * first n in 2..50 that works, or [">", 50] if none does.
 */
export function medianSamplesNeeded(confidence = 0.95): SamplesNeeded {
  const limit = 50;
  for (let n = 2; n <= limit; n++) {
    const ci = quantileCIOrders(n, 0.5, confidence);
    if (ci.loOrder > 0 && ci.hiOrder <= n) return ['>=', n];
  }
  return ['>', limit];
}

/**
 * Median and its distribution-free confidence interval, as benchstat's
 * `AssumeNothing.Summary` (golang.org/x/perf/benchmath) computes it:
 * center = {@link median}; [lo, hi] = the order statistics chosen by
 * {@link quantileCIOrders}(n, 0.5, confidence), i.e. a binomial
 * (sign-test) interval — exact binomial for n ≤ 30, normal approximation
 * above. Examples at 95%: n = 10 → [x₍2₎, x₍9₎] (achieved 0.9785);
 * n = 6 → [x₍1₎, x₍6₎] (0.96875); n ≤ 5 → one bound infinite, with
 * `tooFewForCI` ([">=", 6]) where benchstat prints "±∞" and a warning.
 */
export function medianCI(values: readonly number[], confidence = 0.95): MedianSummary {
  const xs = sortedCopy(values);
  const n = xs.length;
  const ci = quantileCIOrders(n, 0.5, confidence);
  const center = quantileSorted(xs, 0.5);
  const lo = ci.loOrder < 1 ? -Infinity : xs[ci.loOrder - 1]!;
  const hi = ci.hiOrder - 1 >= n ? Infinity : xs[ci.hiOrder - 1]!;
  const out: MedianSummary = {
    center,
    lo,
    hi,
    confidence: ci.confidence,
    requestedConfidence: confidence,
    n,
    loOrder: ci.loOrder,
    hiOrder: ci.hiOrder,
  };
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) out.tooFewForCI = medianSamplesNeeded(confidence);
  return out;
}

/**
 * Half-width of the CI relative to the center, as benchstat's
 * `Summary.PctRangeString` computes it: `max(hi/center − 1, 1 − lo/center)`
 * (0.03 is printed "3%"); Infinity for an infinite bound ("∞"), NaN when a
 * bound has a different sign from the center ("?"), 0 for an all-zero
 * interval.
 */
export function relativeHalfWidth(s: Pick<MedianSummary, 'center' | 'lo' | 'hi'>): number {
  if (!Number.isFinite(s.lo) || !Number.isFinite(s.hi)) return Infinity;
  const sign = (v: number): number => (v > 0 ? 1 : v < 0 ? -1 : 0);
  const cs = sign(s.center);
  if (cs !== sign(s.lo) || cs !== sign(s.hi)) return NaN;
  if (s.center === 0) return 0;
  return Math.max(s.hi / s.center - 1, 1 - s.lo / s.center);
}

// ---------------------------------------------------------------------------
// Mann–Whitney U test
// ---------------------------------------------------------------------------

/** Largest per-sample size for the exact U distribution without ties (go-moremath `MannWhitneyExactLimit`). */
export const MANN_WHITNEY_EXACT_LIMIT = 50;
/** Largest per-sample size for the exact U distribution with ties (go-moremath `MannWhitneyTiesExactLimit` in the version benchmath
 * pins, v0.0.0-20210112150236-f10218a38794; older versions used 9). */
export const MANN_WHITNEY_TIES_EXACT_LIMIT = 25;

export interface MannWhitneyResult {
  /**
   * U statistic of the first sample `a`: the number of pairs (aᵢ, bⱼ)
   * with aᵢ > bⱼ plus ½ per tied pair (= R₁ − n₁(n₁+1)/2 with mid-ranks).
   * This is what go-moremath's `MannWhitneyUTestResult.U` and
   * scipy.stats.mannwhitneyu's `statistic` report.
   */
  U: number;
  /** min(U, n₁n₂ − U): the statistic whose tail the two-sided p is computed from. */
  Umin: number;
  /** Two-sided p-value. 1 when the test is meaningless (see `degenerate`). */
  p: number;
  n1: number;
  n2: number;
  /**
   * How p was computed: "exact" (no ties), "exact-ties" (exact permutation
   * distribution conditional on the tie pattern), "normal" (normal
   * approximation with tie and continuity correction), or "none" when the
   * test could not be run.
   */
  method: 'exact' | 'exact-ties' | 'normal' | 'none';
  /** Why the test could not be run (benchstat: "sample is too small", "all samples are equal"). */
  degenerate?: UTestDegenerate;
}

/** Why a U test could not be run: a sample is empty, or all values are equal. */
export type UTestDegenerate = 'empty-sample' | 'all-equal';

/**
 * Counts of the exact null distribution of U (no ties) for sizes m, n:
 * result[u] = number of the C(m+n, m) arrangements with U = u, for
 * u = 0..m·n. Uses the Mann–Whitney (1947) recurrence
 * f(m, n, u) = f(m−1, n, u−n) + f(m, n−1, u).
 */
function uCountsNoTies(m: number, n: number): Float64Array {
  // prev[j] holds f(i-1, j, ·); we build row by row over i (first sample size).
  // f(0, j, u) = [u == 0]
  let prev: Float64Array[] = [];
  for (let j = 0; j <= n; j++) {
    const a = new Float64Array(1);
    a[0] = 1;
    prev.push(a);
  }
  for (let i = 1; i <= m; i++) {
    const cur: Float64Array[] = [];
    // f(i, 0, u) = [u == 0]
    const c0 = new Float64Array(1);
    c0[0] = 1;
    cur.push(c0);
    for (let j = 1; j <= n; j++) {
      const out = new Float64Array(i * j + 1);
      const left = prev[j]!; // f(i-1, j, ·), length (i-1)*j+1
      const down = cur[j - 1]!; // f(i, j-1, ·), length i*(j-1)+1
      for (let u = 0; u <= i * j; u++) {
        let v = 0;
        if (u - j >= 0 && u - j < left.length) v += left[u - j]!;
        if (u < down.length) v += down[u]!;
        out[u] = v;
      }
      cur.push(out);
    }
    prev = cur;
  }
  return prev[n]!;
}

/**
 * Exact P(U ≤ uMax) under H₀ conditional on the tie pattern `ties`
 * (sizes of the groups of equal values in the pooled sorted sample), for
 * a first sample of size n1. Enumerates, by dynamic programming over the
 * tie groups, how many members of each group belong to sample 1
 * (C(tⱼ, kⱼ) ways each) and accumulates 2·R₁ with mid-ranks. This is the
 * same distribution go-moremath computes with the Cheung–Klotz (1997)
 * linked-list algorithm.
 */
function uCdfTies(n1: number, ties: readonly number[], uMax: number): number {
  const N = ties.reduce((acc, t) => acc + t, 0);
  const base = n1 * (n1 + 1); // 2 × n1(n1+1)/2, so 2U = 2R1 − base
  const twoUMax = Math.round(2 * uMax);
  // states[k]: Map(2·R1 so far → number of ways) with k members of sample 1 placed.
  let states: Map<number, number>[] = [new Map([[0, 1]])];
  let start = 1; // 1-based rank of the first member of the current group
  for (const t of ties) {
    const twoMid = 2 * start + t - 1; // 2 × mid-rank of this group
    const nextStart = start + t;
    const next: Map<number, number>[] = [];
    for (let k = 0; k <= n1; k++) next.push(new Map());
    for (let k = 0; k < states.length; k++) {
      for (const [twoR, cnt] of states[k]!) {
        for (let c = 0; c <= t && k + c <= n1; c++) {
          const nk = k + c;
          const key = twoR + c * twoMid;
          // Every member still to be placed gets a mid-rank ≥ nextStart,
          // so prune states that can no longer end with 2U ≤ twoUMax.
          if (key + (n1 - nk) * 2 * nextStart - base > twoUMax) continue;
          const slot = next[nk]!;
          slot.set(key, (slot.get(key) ?? 0) + cnt * choose(t, c));
        }
      }
    }
    states = next;
    start = nextStart;
  }
  let count = 0;
  for (const [twoR, cnt] of states[n1] ?? new Map<number, number>()) {
    if (twoR - base <= twoUMax) count += cnt;
  }
  return count / choose(N, n1);
}

/**
 * Two-sided Mann–Whitney U test (Wilcoxon rank-sum test) of the null
 * hypothesis that `a` and `b` come from the same distribution, matching
 * go-moremath's `stats.MannWhitneyUTest(a, b, LocationDiffers)` which
 * benchstat uses for its p-values:
 *
 *  - ranks are mid-ranks for ties; U₁ = R₁ − n₁(n₁+1)/2, Umin = min(U₁, n₁n₂ − U₁);
 *  - **exact** null distribution when there are no ties and both
 *    n ≤ 50, or when there are ties and both n ≤ 25 (then the exact
 *    permutation distribution conditional on the tie pattern); the
 *    p-value is 2·P(U ≤ Umin), and exactly 1 when U₁ = U₂;
 *  - otherwise the **normal approximation** with μ = n₁n₂/2,
 *    σ² = n₁n₂/12 · ((N+1) − Σ(tⱼ³ − tⱼ)/(N(N−1))) (tie correction) and a
 *    continuity correction of ½ towards the mean:
 *    z = (U₁ − μ − sign(U₁ − μ)·½)/σ, p = 2·min(Φ(z), 1 − Φ(z)).
 *
 * If either sample is empty or all values are equal the test is
 * meaningless; like benchstat, p = 1 is returned, with `degenerate` saying why.
 */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) {
    return { U: Number.NaN, Umin: Number.NaN, p: 1, n1, n2, method: 'none', degenerate: 'empty-sample' };
  }
  const merged: { v: number; s: 1 | 2 }[] = [];
  for (const v of a) merged.push({ v, s: 1 });
  for (const v of b) merged.push({ v, s: 2 });
  merged.sort((x, y) => x.v - y.v);
  let R1 = 0;
  const T: number[] = [];
  let hasTies = false;
  for (let i = 0; i < merged.length; ) {
    const rank1 = i + 1;
    const v1 = merged[i]!.v;
    let nx1 = 0;
    for (; i < merged.length && merged[i]!.v === v1; i++) if (merged[i]!.s === 1) nx1++;
    if (nx1 !== 0) R1 += ((i + rank1) / 2) * nx1;
    T.push(i - rank1 + 1);
    if (i > rank1) hasTies = true;
  }
  const U1 = R1 - (n1 * (n1 + 1)) / 2;
  const U2 = n1 * n2 - U1;
  const Umin = Math.min(U1, U2);

  const exact =
    (!hasTies && n1 <= MANN_WHITNEY_EXACT_LIMIT && n2 <= MANN_WHITNEY_EXACT_LIMIT) ||
    (hasTies && n1 <= MANN_WHITNEY_TIES_EXACT_LIMIT && n2 <= MANN_WHITNEY_TIES_EXACT_LIMIT);
  if (T.length === 1) {
    return { U: U1, Umin, p: 1, n1, n2, method: 'none', degenerate: 'all-equal' };
  }
  if (exact) {
    let p: number;
    if (U1 === U2) {
      // The distribution is symmetric about U; doubling the CDF would
      // double count the mass at U. The two-sided p is the whole mass, 1.
      p = 1;
    } else if (!hasTies) {
      const counts = uCountsNoTies(n1, n2);
      let c = 0;
      for (let u = 0; u <= Math.floor(Umin); u++) c += counts[u]!;
      p = (2 * c) / choose(n1 + n2, n1);
    } else {
      p = 2 * uCdfTies(n1, T, Umin);
    }
    return { U: U1, Umin, p: Math.min(p, 1), n1, n2, method: hasTies ? 'exact-ties' : 'exact' };
  }
  let t = 0;
  for (const tj of T) t += tj * tj * tj - tj;
  const N = n1 + n2;
  const mu = (n1 * n2) / 2;
  const sigma = Math.sqrt((n1 * n2 * (N + 1 - t / (N * (N - 1)))) / 12);
  if (sigma === 0) {
    return { U: U1, Umin, p: 1, n1, n2, method: 'none', degenerate: 'all-equal' };
  }
  let numer = U1 - mu;
  numer -= Math.sign(numer) * 0.5;
  const z = numer / sigma;
  const cdf = normalCdf(z);
  return { U: U1, Umin, p: 2 * Math.min(cdf, 1 - cdf), n1, n2, method: 'normal' };
}

/**
 * Smallest two-sided p-value the exact U test can produce for two samples
 * of size n each: 2 / C(2n, n), capped at 1 (benchmath's `uTestMinP`
 * table: n=3 → 0.1, n=4 → 0.0286, n=5 → 0.00794, ...).
 */
export function uTestMinP(n: number): number {
  if (n < 1) return 1;
  return Math.min(1, 2 / choose(2 * n, n));
}

/**
 * Minimum per-sample size for the U test to be able to reach `alpha`
 * (benchmath's `uTestSamples`): [">=", n] for the first n in 1..9 with
 * {@link uTestMinP}(n) ≤ alpha, else [">", 9].
 */
export function uTestSamplesNeeded(alpha = 0.05): SamplesNeeded {
  for (let n = 1; n <= 9; n++) if (uTestMinP(n) <= alpha) return ['>=', n];
  return ['>', 9];
}

// ---------------------------------------------------------------------------
// Comparison (benchstat "old vs new" column)
// ---------------------------------------------------------------------------

export interface CompareOptions {
  /** Significance level; benchstat's default -alpha is 0.05. */
  alpha?: number;
  /** Confidence level of the per-sample median CIs; benchstat's default -confidence is 0.95. */
  confidence?: number;
}

export interface Comparison {
  baseSummary: MedianSummary;
  headSummary: MedianSummary;
  /**
   * (head.center / base.center − 1) × 100. 0 when the centers are equal,
   * NaN when the base center is 0 (benchstat prints "?"). Always computed,
   * even when not significant: check `significant` / `delta`.
   */
  deltaPercent: number;
  /** Two-sided Mann–Whitney U p-value (1 when the test could not be run). */
  p: number;
  alpha: number;
  /** p ≤ alpha, i.e. benchstat would print a percentage rather than "~". */
  significant: boolean;
  /** Sample sizes [nBase, nHead]. */
  n: [number, number];
  /** U-test details. */
  test: MannWhitneyResult;
  /** Why the result cannot be significant, where benchstat says so. */
  insignificance?: Insignificance;
}

/**
 * Why a comparison cannot be significant: the U test could not run, or
 * both samples are smaller than the U test needs to ever reach alpha
 * (benchstat: "need >= 4 samples to detect a difference at alpha level 0.05").
 */
export type Insignificance =
  | { readonly reason: 'degenerate'; readonly degenerate: UTestDegenerate }
  | { readonly reason: 'samples'; readonly needed: SamplesNeeded; readonly alpha: number };

/**
 * Compare a base and a head sample the way benchstat does by default
 * (benchmath `AssumeNothing`): each side is summarised by its median and
 * order-statistic CI ({@link medianCI}); the p-value comes from the
 * two-sided {@link mannWhitneyU} test; the delta of the centers counts
 * only when p ≤ alpha (benchstat's `FormatDelta` prints "~" when
 * p > alpha). When p > alpha and both samples are smaller than the size
 * needed for the U test to ever reach alpha ({@link uTestSamplesNeeded}),
 * `insignificance` says so, as benchstat does.
 */
export function compareSamples(base: readonly number[], head: readonly number[], opts: CompareOptions = {}): Comparison {
  const alpha = opts.alpha ?? 0.05;
  const confidence = opts.confidence ?? 0.95;
  const baseSummary = medianCI(base, confidence);
  const headSummary = medianCI(head, confidence);
  const test = mannWhitneyU(base, head);
  const p = test.p;
  const significant = !(p > alpha);
  const old = baseSummary.center;
  const neu = headSummary.center;
  let deltaPercent: number;
  if (old === neu) deltaPercent = 0;
  else if (old === 0) deltaPercent = Number.NaN;
  else deltaPercent = (neu / old - 1) * 100;
  let insignificance: Insignificance | undefined;
  if (test.degenerate) {
    insignificance = { reason: 'degenerate', degenerate: test.degenerate };
  } else if (p > alpha) {
    const needed = uTestSamplesNeeded(alpha);
    if (test.n1 < needed[1] && test.n2 < needed[1]) insignificance = { reason: 'samples', needed, alpha };
  }
  const out: Comparison = {
    baseSummary,
    headSummary,
    deltaPercent,
    p,
    alpha,
    significant,
    n: [base.length, head.length],
    test,
  };
  if (insignificance !== undefined) out.insignificance = insignificance;
  return out;
}
