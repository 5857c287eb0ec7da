/** Training sets in, model file out: mine the gazetteer, featurise, train the perceptron. */
import { countPhrases, Gazetteer, isInformative, type TypeCounts } from '../../src/ner/gazetteer.js';
import { featurize, normalizeWord, type FeatureContext } from '../../src/ner/features.js';
import { labelsFromSpans } from '../../src/ner/labels.js';
import type { NerLexicon } from '../../src/ner/lexicon.js';
import type { ModelFile } from '../../src/ner/model-file.js';
import { NEWS, type TrainingSet } from './corpora.js';
import { listedNames } from './name-lists.js';
import { trainPerceptron, type TrainingExample } from './perceptron.js';

export interface BuildSettings {
  buckets: number;
  epochs: number;
  seed: number;
  /** Give every feature a per-domain copy besides the shared one. */
  domainCopies: boolean;
  /** Do not count predictions of a type that a training set does not annotate as errors. */
  partialLabels: boolean;
}

const byPhrase = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

export function buildModel(lang: string, lexicon: NerLexicon, sets: readonly TrainingSet[], settings: BuildSettings): ModelFile {
  const sentences = sets.flatMap((set) => set.sentences.map((sentence) => ({ set, words: sentence.words.map(normalizeWord), spans: sentence.spans })));
  const mined: TypeCounts = new Map();
  for (const { words, spans } of sentences) countPhrases(words, spans, mined);
  const gazetteer = new Gazetteer({ listed: listedNames(lang), mined: [...mined].filter(([, counts]) => isInformative(counts)).sort(byPhrase) });
  const context: FeatureContext = { lexicon, gazetteer };

  const examples: TrainingExample[] = sentences.map(({ set, words, spans }) => {
    // Leave the sentence's own names out of the gazetteer, as they would be on unseen text.
    const own: TypeCounts = new Map();
    countPhrases(words, spans, own);
    return {
      features: featurize(words, context, own),
      labels: labelsFromSpans(words.length, spans),
      weight: set.weight,
      domain: settings.domainCopies ? set.domain : undefined,
      unannotated: settings.partialLabels ? set.unannotated : undefined,
    };
  });
  const weights = trainPerceptron(examples, settings);
  const provenance = [
    `averaged perceptron, ${settings.epochs} epochs, seed ${settings.seed}, 2^${Math.log2(settings.buckets)} feature buckets${settings.domainCopies ? ', per-domain feature copies' : ''}${settings.partialLabels ? ', types a set does not annotate left open' : ''}`,
    `trained on ${sets.map((set) => `${set.name} (${set.sentences.length} sentences, weight ${set.weight})`).join(', ')}`,
    `gazetteer: names and plain words of these sets, i18n-iso-countries country names, CLDR exemplar cities, compromise lexicon names${lang === 'de' ? ', hand-written German lists (scripts/ner/lists)' : ''}`,
  ].join('; ');
  return {
    header: { format: 1, lang, buckets: settings.buckets, domain: settings.domainCopies ? NEWS : null, gazetteer, provenance },
    weights,
  };
}
