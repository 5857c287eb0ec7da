/**
 * The TextRank baseline (Mihalcea & Tarau 2004) for the summary evaluation: PageRank over the
 * sentence graph, edges weighted by shared stemmed content words over the log sentence lengths.
 * Evaluation only; the library itself uses a linear centroid instead of the quadratic graph.
 */
import type { Unit } from '../../src/summary/units.js';

const DAMPING = 0.85;
const ITERATIONS = 50;
const MAX_SENTENCES = 300;

function similarity(a: Unit, b: Unit): number {
  if (a.terms.size < 2 || b.terms.size < 2) return 0;
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared++;
  return shared / (Math.log(a.terms.size) + Math.log(b.terms.size));
}

/** Units ranked by TextRank score, best first. */
export function textRank(all: readonly Unit[]): Unit[] {
  const units = all.slice(0, MAX_SENTENCES);
  const n = units.length;
  const weights = units.map((a) => units.map((b) => (a === b ? 0 : similarity(a, b))));
  const outSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let scores = units.map(() => 1 / Math.max(1, n));
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    scores = units.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < n; j++) if (outSums[j]! > 0) incoming += (weights[j]![i]! / outSums[j]!) * scores[j]!;
      return (1 - DAMPING) / n + DAMPING * incoming;
    });
  }
  return units.map((unit, i) => ({ unit, score: scores[i]! })).sort((a, b) => b.score - a.score || a.unit.index - b.unit.index).map((x) => x.unit);
}
