/** A trained model ready to tag word sequences. */
import { featurize, normalizeWord, type FeatureContext } from './features.js';
import { LABEL_COUNT, spansFromLabels, type TokenSpan } from './labels.js';
import { emissionScores, marginals, transitionFactors, viterbi, type TransitionFactors, type Weights } from './model.js';
import type { ModelFile } from './model-file.js';
import type { NerLexicon } from './lexicon.js';

export interface ScoredSpan extends TokenSpan {
  /** 0..1: the label probability of the span's least certain token. */
  score: number;
}

export interface Tagger {
  readonly lang: string;
  tag(words: readonly string[]): ScoredSpan[];
}

export function createTagger(model: ModelFile, lexicon: NerLexicon): Tagger {
  const context: FeatureContext = { lexicon, gazetteer: model.header.gazetteer };
  const domain = model.header.domain ?? undefined;
  // Worked out per sentence, these exps and the Float64Array cost as much as the marginals themselves.
  const factors = transitionFactors(model.weights.transition);
  return {
    lang: model.header.lang,
    tag: (words) => tagWords(model.weights, context, words.map(normalizeWord), domain, factors),
  };
}

/** `factors`: transitionFactors(weights.transition), when the caller keeps them across sentences. */
export function tagWords(weights: Weights, context: FeatureContext, words: readonly string[], domain?: number, factors?: TransitionFactors): ScoredSpan[] {
  const scores = emissionScores(weights, featurize(words, context, undefined, { memoKey: weights.quantised?.values }), domain);
  const labels = viterbi(weights, scores, words.length, factors?.allowed);
  const spans = spansFromLabels(labels);
  if (!spans.length) return [];
  const probabilities = marginals(weights, scores, words.length, factors, spans[0]!.start, spans.at(-1)!.end);
  return spans.map((span) => {
    let weakest = 1;
    for (let i = span.start; i < span.end; i++) weakest = Math.min(weakest, probabilities[i * LABEL_COUNT + labels[i]!]!);
    return { start: span.start, end: span.end, type: span.type, score: Math.round(weakest * 1000) / 1000 };
  });
}
