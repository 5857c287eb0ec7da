/**
 * Linear-growth checks without assertions on absolute speed: a test times a small input and a
 * `factor`× larger one and compares the two. The small one should be timed as the best of a few
 * runs after a warm-up, so that noise and JIT warm-up do not inflate the ratio.
 */

/** Baselines below this are treated as this long: timer noise dominates under it. */
const FLOOR_MS = 15;

/** How many times longer the large input took: about `factor` for linear work. */
export const growthRatio = (smallMs: number, largeMs: number) => largeMs / Math.max(smallMs, FLOOR_MS);

/**
 * The largest ratio that still counts as linear for a `factor`× input: three times the factor,
 * so garbage collection and cache effects pass while quadratic growth (factor², e.g. 100 for
 * 10×) fails.
 */
export const linearBound = (factor: number) => 3 * factor;
