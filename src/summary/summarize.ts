/** Extractive summary of a document: score the body sentences, then choose by MMR within the budget. */
import type { Doc, Sentence } from '../document.js';
import type { SummaryLength } from '../options.js';
import { resolveBudget } from './budget.js';
import { leansOnPrevious, opensWithQuote, quoteFragments } from './cohesion.js';
import { sentenceFeatures } from './features.js';
import { selectByMmr, type Candidate } from './select.js';
import { summaryUnits } from './units.js';
import { defaultWeights, type SummaryWeights } from './weights.js';

export function summarize(doc: Doc, weights: SummaryWeights = defaultWeights, length: SummaryLength | undefined = doc.options.summary): Sentence[] {
  const units = summaryUnits(doc);
  if (units.length === 0) return [];
  const features = sentenceFeatures(doc, units, weights.leadDecay);
  const fragments = quoteFragments(doc, units);
  const candidates: Candidate[] = units.map((unit, i) => {
    const f = features[i]!;
    let relevance = weights.position * f.position + weights.centrality * f.centrality + weights.entities * f.entities + weights.title * f.title;
    if (opensWithQuote(doc, unit)) relevance *= weights.quoteOpening;
    if (fragments[i]) relevance *= weights.quoteFragment;
    relevance *= Math.min(1, unit.words / weights.shortSentence);
    return { unit, relevance, standAlone: leansOnPrevious(unit, doc.lang) ? weights.dangling : 1 };
  });
  const chosen = selectByMmr(candidates, resolveBudget(length, units), weights.lambda, weights.wordSlack);
  return chosen.map((unit) => unit.sentence);
}
