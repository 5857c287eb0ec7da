/**
 * Maximal marginal relevance: repeatedly take the candidate whose relevance, less its
 * similarity to what is already chosen, is highest, while it fits the budget. A chosen sentence
 * that opens with a pronoun or connective brings the sentence before it along, where the budget
 * allows, so that "Er" and "But" have something to lean on. Only the best candidates by
 * relevance enter the race, so the work stays bounded on very long texts.
 */
import type { Budget } from './budget.js';
import { cosine } from './similarity.js';
import type { Unit } from './units.js';

export interface Candidate {
  unit: Unit;
  relevance: number;
  /** Factor applied unless the sentence before it is chosen too. */
  standAlone: number;
}

/** A sentence this similar to a chosen one says the same again, whatever its relevance. */
const NEAR_DUPLICATE = 0.9;
const MIN_POOL = 300;
const MAX_POOL = 2000;

function poolSize(candidates: readonly Candidate[], budget: Budget): number {
  const averageWords = candidates.reduce((sum, c) => sum + c.unit.words, 0) / Math.max(1, candidates.length);
  const needed = Math.min(budget.sentences, budget.words / Math.max(1, averageWords));
  return Math.min(candidates.length, Math.max(MIN_POOL, Math.min(MAX_POOL, Math.ceil(2 * needed))));
}

/**
 * The chosen units, in article order; `candidates` come in article order too (index = unit
 * index), so that a sentence's predecessor can be found. Units are added while the summary is short of its word
 * budget; the last may run over it by at most `slack` (a share of the budget), so that a budget
 * is filled rather than left half-used for want of a sentence that fits exactly.
 */
export function selectByMmr(candidates: readonly Candidate[], budget: Budget, lambda: number, slack: number): Unit[] {
  const pool = [...candidates].sort((a, b) => b.relevance - a.relevance || a.unit.index - b.unit.index).slice(0, poolSize(candidates, budget));
  const redundancy = pool.map(() => 0);
  // relevance on the same 0..1 scale as similarity, so that lambda means the same on every text
  const top = pool.reduce((best, candidate) => Math.max(best, candidate.relevance), 0) || 1;
  const taken = new Set<number>();
  const chosen: Unit[] = [];
  let words = 0;
  const take = (unit: Unit) => {
    taken.add(unit.index);
    chosen.push(unit);
    words += unit.words;
    pool.forEach((candidate, i) => {
      redundancy[i] = Math.max(redundancy[i]!, cosine(candidate.unit.terms, unit.terms));
    });
  };
  while (chosen.length < budget.sentences && words < budget.words) {
    let best = -1;
    let bestScore = -Infinity;
    pool.forEach((candidate, i) => {
      if (taken.has(candidate.unit.index) || redundancy[i]! >= NEAR_DUPLICATE) return;
      if (chosen.length > 0 && words + candidate.unit.words > budget.words * (1 + slack)) return;
      const relevance = candidate.relevance * (taken.has(candidate.unit.index - 1) ? 1 : candidate.standAlone);
      const score = (lambda * relevance) / top - (1 - lambda) * redundancy[i]!;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    if (best < 0) break;
    const picked = pool[best]!;
    take(picked.unit);
    // a sentence that leans on the one before brings it along, where the budget allows
    const before = candidates[picked.unit.index - 1];
    const fits = before && chosen.length < budget.sentences && words + before.unit.words <= budget.words * (1 + slack);
    if (picked.standAlone < 1 && before && !taken.has(before.unit.index) && fits) take(before.unit);
  }
  return chosen.sort((a, b) => a.index - b.index);
}
