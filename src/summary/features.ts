/**
 * What makes a sentence worth keeping, each feature scaled to 0..1 over the article:
 * its place (news puts the gist first), how central its terms are (cosine to the centroid of
 * all other sentences: linear in the text, unlike a sentence graph), how salient the entities it
 * names are, and how much it shares with the headline.
 */
import type { Doc } from '../document.js';
import { rangeTerms, type Unit } from './units.js';
import { cosine } from './similarity.js';
import { partitionPoint } from '../text/search.js';

export interface Features {
  position: number;
  centrality: number;
  entities: number;
  title: number;
}

/** Sentence frequency of every term: how many candidates use it. */
function sentenceFrequencies(units: readonly Unit[]): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const unit of units) for (const term of unit.terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  return frequencies;
}

/** Cosine between a sentence and the centroid of the others, where each term weighs its sentence frequency. */
function centralities(units: readonly Unit[]): number[] {
  const frequencies = sentenceFrequencies(units);
  let squaredNorm = 0;
  for (const count of frequencies.values()) squaredNorm += count * count;
  return units.map((unit) => {
    if (unit.terms.size === 0) return 0;
    let dot = 0;
    let norm = squaredNorm;
    for (const term of unit.terms) {
      const others = frequencies.get(term)! - 1;
      dot += others;
      norm += others * others - (others + 1) * (others + 1);
    }
    return norm > 0 ? dot / Math.sqrt(norm * unit.terms.size) : 0;
  });
}

/** Salience of the most salient entity each sentence mentions (a sum would favour long lists of names). */
function entityWeights(doc: Doc, units: readonly Unit[]): number[] {
  const weights = units.map(() => 0);
  if (doc.entities.length === 0 || units.length === 0) return weights;
  const starts = units.map((unit) => unit.sentence.start);
  for (const entity of doc.entities) {
    const seen = new Set<number>();
    for (const mention of entity.mentions) {
      const at = lastAtOrBefore(starts, mention.start);
      const unit = units[at];
      if (!unit || mention.end > unit.sentence.end || seen.has(at)) continue;
      seen.add(at);
      weights[at] = Math.max(weights[at]!, entity.salience);
    }
  }
  return weights;
}

/** Index of the last value ≤ target in an ascending list, -1 if none. */
function lastAtOrBefore(values: readonly number[], target: number): number {
  return partitionPoint(values, (value) => value <= target) - 1;
}

function titleOverlaps(doc: Doc, units: readonly Unit[]): number[] {
  const title = doc.blocks.find((block) => block.kind === 'title');
  if (!title) return units.map(() => 0);
  const titleTerms = rangeTerms(doc, title.start, title.end);
  return units.map((unit) => cosine(unit.terms, titleTerms));
}

const scaled = (values: number[]): number[] => {
  const max = values.reduce((best, value) => Math.max(best, value), 0);
  return max > 0 ? values.map((value) => value / max) : values.map(() => 0);
};

export function sentenceFeatures(doc: Doc, units: readonly Unit[], leadDecay: number): Features[] {
  const centrality = scaled(centralities(units));
  const entities = scaled(entityWeights(doc, units));
  const title = scaled(titleOverlaps(doc, units));
  return units.map((unit, i) => ({
    position: 1 / (1 + unit.index / leadDecay),
    centrality: centrality[i]!,
    entities: entities[i]!,
    title: title[i]!,
  }));
}
