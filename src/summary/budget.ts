/**
 * How long a summary may be. `{ sentences: n }` is an upper bound. `{ words: n }` is a target:
 * sentences are added until the summary reaches n words, and the last one may run over (by at
 * most `wordSlack` of n, see weights.ts), so a budget is filled rather than left half-used;
 * a summary always holds at least one sentence. `{ ratio: r }` is a word target of that share
 * of the body's words. Without an option a summary holds a tenth of the body
 * sentences, at least 3 and at most 6: three for a typical news story, a little more for a long
 * report, never a wall of text.
 */
import type { SummaryLength } from '../options.js';
import type { Unit } from './units.js';

export interface Budget {
  sentences: number;
  words: number;
}

const DEFAULT_SHARE = 0.1;
const DEFAULT_MIN_SENTENCES = 3;
const DEFAULT_MAX_SENTENCES = 6;

export function resolveBudget(length: SummaryLength | undefined, units: readonly Unit[]): Budget {
  if (length === undefined) {
    const sentences = Math.min(DEFAULT_MAX_SENTENCES, Math.max(DEFAULT_MIN_SENTENCES, Math.round(units.length * DEFAULT_SHARE)));
    return { sentences, words: Infinity };
  }
  if ('sentences' in length) return { sentences: length.sentences, words: Infinity };
  if ('words' in length) return { sentences: Infinity, words: length.words };
  const total = units.reduce((sum, unit) => sum + unit.words, 0);
  return { sentences: Infinity, words: Math.max(1, Math.round(total * length.ratio)) };
}
