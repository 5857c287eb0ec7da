import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline.js';
import { normalize, structure, language, sentences } from '../src/stages/index.js';
import { recognizeMentions } from '../src/ner/recognize.js';
import { allowedTransition, isInside, labelsFromSpans, spansFromLabels, LABEL_COUNT } from '../src/ner/labels.js';
import { countPhrases, Gazetteer, type TypeCounts } from '../src/ner/gazetteer.js';
import { featurize } from '../src/ner/features.js';
import { nerLexicon as deLexicon } from '../src/lang/de/ner-lexicon.js';
import { listedNames } from '../scripts/ner/name-lists.js';
import { emissionScores, marginals, viterbi, type Weights } from '../src/ner/model.js';
import { decodeModel, encodeModel } from '../src/ner/model-file.js';

const upToSentences = createPipeline([normalize, structure, language, sentences]);
const mentionsOf = (text: string, lang: string) => {
  const doc = upToSentences.process(text, { language: lang });
  return recognizeMentions(doc).map((mention) => ({ ...mention, text: text.slice(mention.start, mention.end) }));
};

describe('recognizeMentions (German)', () => {
  const text =
    'Treffen in Paris\n\nBundeskanzlerin Angela Merkel hat am Montag in Paris den französischen Präsidenten Emmanuel Macron getroffen. ' +
    'Die Europäische Union und die Vereinten Nationen begrüßten das Gespräch.';

  it('finds people and places with offsets into the input', () => {
    const found = mentionsOf(text, 'de');
    expect(found).toContainEqual(expect.objectContaining({ text: 'Angela Merkel', type: 'PER' }));
    expect(found).toContainEqual(expect.objectContaining({ text: 'Emmanuel Macron', type: 'PER' }));
    expect(found).toContainEqual(expect.objectContaining({ text: 'Paris', type: 'LOC' }));
    for (const mention of found) {
      expect(mention.score).toBeGreaterThanOrEqual(0);
      expect(mention.score).toBeLessThanOrEqual(1);
    }
  });

  it('does not take capitalised function words and common nouns for names', () => {
    const found = mentionsOf('Keiner von beiden kam. Doch die Munition reichte nicht. Anders als früher blieb es ruhig.', 'de');
    expect(found.map((mention) => mention.text)).toEqual([]);
  });

  it('knows foreign cities by their German names and newspapers named after a descriptor', () => {
    const found = mentionsOf('Die Delegation flog nach Taschkent und weiter nach Duschanbe. Das berichtete die Wochenzeitung Nowaja Gaseta.', 'de');
    expect(found.map(({ text: name, type }) => ({ name, type }))).toEqual([
      { name: 'Taschkent', type: 'LOC' },
      { name: 'Duschanbe', type: 'LOC' },
      { name: 'Nowaja Gaseta', type: 'ORG' },
    ]);
  });

  it('tags nothing outside the sentences (boilerplate has tokens but no sentences)', () => {
    const doc = upToSentences.process(text, { language: 'de' });
    doc.sentences = [];
    expect(recognizeMentions(doc)).toEqual([]);
  });

  it('copes with empty, binary and very long input', () => {
    expect(mentionsOf('', 'de')).toEqual([]);
    expect(() => mentionsOf('\u0000\u0001\uffff\ud800 \u0007 ###', 'de')).not.toThrow();
    const long = 'Angela Merkel besuchte Paris und Berlin '.repeat(25_000);
    const found = mentionsOf(long, 'de');
    expect(found.length).toBeGreaterThan(0);
    for (const mention of found.slice(0, 50)) expect(long.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('returns no mentions for a language without a model', () => {
    expect(mentionsOf('Emmanuel Macron est allé à Berlin.', 'fr')).toEqual([]);
  });
});

describe('recognizeMentions (English)', () => {
  it('finds people, places and organisations, leaving titles out of the names', () => {
    const text =
      'Storm hits coast\n\nThe mayor of Boston, Michelle Wu, said on Tuesday that the city would reopen its schools. ' +
      'Officials from the National Weather Service warned that heavy rain would continue across Massachusetts. ' +
      'Microsoft offered help, according to a spokesman for Governor Maura Healey.';
    const found = mentionsOf(text, 'en').map(({ text: name, type }) => ({ name, type }));
    expect(found).toEqual(
      expect.arrayContaining([
        { name: 'Boston', type: 'LOC' },
        { name: 'Michelle Wu', type: 'PER' },
        { name: 'National Weather Service', type: 'ORG' },
        { name: 'Massachusetts', type: 'LOC' },
        { name: 'Maura Healey', type: 'PER' },
      ]),
    );
  });
});

describe('BIO labels', () => {
  it('round-trips spans and forbids an I- label that does not continue its type', () => {
    const spans = [
      { start: 0, end: 2, type: 0 },
      { start: 2, end: 3, type: 1 },
      { start: 4, end: 7, type: 2 },
    ];
    expect(spansFromLabels(labelsFromSpans(8, spans))).toEqual(spans);
    expect(allowedTransition(0, 2)).toBe(false); // O → I-PER
    expect(allowedTransition(1, 2)).toBe(true); // B-PER → I-PER
    expect(allowedTransition(3, 2)).toBe(false); // B-LOC → I-PER
  });

  it('decodes only well-formed sequences even when the emissions favour I- everywhere', () => {
    const weights: Weights = { buckets: 1, emission: new Float32Array(LABEL_COUNT), transition: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT) };
    const scores = new Float32Array(3 * LABEL_COUNT);
    for (let i = 0; i < 3; i++) scores[i * LABEL_COUNT + 2] = 5; // I-PER
    const labels = viterbi(weights, scores, 3);
    expect(labels[0]).not.toBe(2);
    expect(spansFromLabels(labels).every((span) => span.end > span.start)).toBe(true);
  });

  it('decodes the best allowed sequence and its marginals, as trying every sequence does', () => {
    // Every label sequence of a short sentence, scored as the model scores it.
    const sequences = (n: number): number[][] => (n === 0 ? [[]] : sequences(n - 1).flatMap((head) => Array.from({ length: LABEL_COUNT }, (_, y) => [...head, y])));
    const allowed = (labels: number[]) => labels.every((y, i) => (i === 0 ? !isInside(y) : allowedTransition(labels[i - 1]!, y)));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 ** 31 }), (n, seed) => {
        let state = seed;
        const random = () => ((state = (Math.imul(state, 48271) >>> 0) % 2147483647) / 2147483647) * 4 - 2;
        const transition = Float32Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, random);
        const scores = Float32Array.from({ length: n * LABEL_COUNT }, random);
        const weights: Weights = { buckets: 1, emission: new Float32Array(LABEL_COUNT), transition };
        const score = (labels: number[]) =>
          labels.reduce((sum, y, i) => sum + scores[i * LABEL_COUNT + y]! + transition[(i === 0 ? LABEL_COUNT : labels[i - 1]!) * LABEL_COUNT + y]!, 0);
        const candidates = sequences(n).filter(allowed);
        const best = candidates.reduce((top, labels) => (score(labels) > score(top) ? labels : top));
        expect([...viterbi(weights, scores, n)]).toEqual(best);
        const total = candidates.reduce((sum, labels) => sum + Math.exp(score(labels)), 0);
        const probabilities = marginals(weights, scores, n);
        for (let i = 0; i < n; i++) {
          for (let y = 0; y < LABEL_COUNT; y++) {
            const expected = candidates.filter((labels) => labels[i] === y).reduce((sum, labels) => sum + Math.exp(score(labels)), 0) / total;
            expect(probabilities[i * LABEL_COUNT + y]).toBeCloseTo(expected, 9);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('Gazetteer', () => {
  const gazetteer = new Gazetteer({ listed: [['Neu Delhi', ['city']]], mined: [['Atlantis', [0, 3, 0, 0]]] });

  it('matches phrases, genitive forms, and leaves excluded counts out', () => {
    const words = ['Atlantis', 'und', 'Neu', 'Delhis', 'Hafen'];
    expect(gazetteer.matches(words)).toEqual([
      { start: 0, end: 1, tag: 'LOC', inflected: false },
      { start: 2, end: 4, tag: 'city', inflected: true },
    ]);
    expect(gazetteer.matches(words, new Map([['Atlantis', [0, 3, 0, 0]]])).map((match) => match.tag)).toEqual(['city']);
  });

  it('matches the same from words looked up beforehand', () => {
    const words = ['Atlantiss', 'Atlantis', 'und', 'Neu', 'Delhis', 'Hafen', 'Neu', ''];
    const lookups = words.map((word) => ({ lookup: gazetteer.lookUp(word) }));
    expect(gazetteer.matches(words, undefined, lookups)).toEqual(gazetteer.matches(words));
    expect(gazetteer.matches(words, undefined, lookups)).toHaveLength(3);
    const exclude = new Map([['Atlantis', [0, 3, 0, 0]]]);
    expect(gazetteer.matches(words, exclude, lookups)).toEqual(gazetteer.matches(words, exclude));
  });

  // Two annotated sentences: "Olga Berg aus Atlantis kam gestern an ." and "Ihre Stadt ist klein ."
  const counts: TypeCounts = new Map();
  countPhrases(['Olga', 'Berg', 'aus', 'Atlantis', 'kam', 'gestern', 'an', '.'], [{ start: 0, end: 2, type: 0 }, { start: 3, end: 4, type: 1 }], counts);
  countPhrases(['Ihre', 'Stadt', 'ist', 'klein', '.'], [], counts);
  const mined = new Gazetteer({ listed: [], mined: [...counts] });
  const tagsOf = (words: string[], exclude?: TypeCounts) => mined.matches(words, exclude).map((match) => `${words.slice(match.start, match.end).join(' ')}:${match.tag}`);

  it('learns given names and plain words (also from lower case) from annotated text', () => {
    expect(tagsOf(['Olga', 'Berg'])).toEqual(['Olga:given', 'Olga Berg:PER']);
    expect(tagsOf(['Gestern', 'Klein', 'Atlantis'])).toEqual(['Gestern:plain', 'Klein:plain', 'Atlantis:LOC']);
    const own: TypeCounts = new Map();
    countPhrases(['Ihre', 'Stadt', 'ist', 'klein', '.'], [], own);
    expect(tagsOf(['Klein'], own)).toEqual([]);
  });

  it('knows the last part of a compound', () => {
    expect(mined.compoundHeadTags('Hafenstadt')).toEqual(['plain']);
    expect(mined.compoundHeadTags('Stadt')).toEqual([]);
    expect(mined.compoundHeadTags('Nordatlantis')).toEqual(['LOC']);
  });
});

describe('featurize', () => {
  const context = { lexicon: deLexicon, gazetteer: new Gazetteer({ listed: [['Tokio', ['city']]], mined: [] }) };

  it('gives each token its features, unchanged by later calls', () => {
    const first = featurize(['Flug', 'nach', 'Tokio'], context);
    const copy = { hashes: first.hashes.slice(), offsets: first.offsets.slice() };
    featurize(['Ein', 'ganz', 'anderer', 'Satz', 'mit', 'mehr', 'Wörtern', 'als', 'der', 'erste'], context);
    expect(first).toEqual(copy);
    expect(first.offsets.length).toBe(4);
    expect(featurize(['Flug', 'nach', 'Tokio'], context)).toEqual(copy);
  });

  it('gives gazetteer tags in match order whether the matches of single words are remembered or looked up', () => {
    const phrases = { lexicon: deLexicon, gazetteer: new Gazetteer({ listed: [['Neu Delhi', ['city']], ['Neu', ['given']], ['Delhi', ['city']]], mined: [['Atlantis', [0, 3, 0, 0]]] }) };
    const words = ['Neu', 'Delhis', 'und', 'Atlantis', 'Neu', 'Delhi', 'Atlantiss'];
    const remembered = featurize(words, phrases);
    const lookedUp = featurize(words, phrases, new Map());
    expect(remembered.hashes).toEqual(lookedUp.hashes);
    expect(remembered.offsets).toEqual(lookedUp.offsets);
  });

  it('scores the same for tagging, where each word keeps the sum of its own features', () => {
    const buckets = 1 << 10;
    const values = Int16Array.from({ length: buckets * LABEL_COUNT }, (_, i) => ((i * 7919) % 2001) - 1000);
    const scale = 0.0013;
    const emission = Float32Array.from(values, (value) => value * scale);
    const transition = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT);
    const weights: Weights = { buckets, emission, transition, quantised: { values, scale } };
    const sentences = [['Flug', 'nach', 'Tokio'], ['Der', 'Flug', 'nach', 'Tokio', 'fiel', 'aus'], ['Tokio']];
    for (const round of [1, 2]) {
      for (const words of sentences) {
        const expected = emissionScores({ buckets, emission, transition }, featurize(words, context));
        expect(emissionScores(weights, featurize(words, context)), `round ${round}`).toEqual(expected);
        expect(emissionScores(weights, featurize(words, context, undefined, { memoKey: values })), `round ${round}`).toEqual(expected);
      }
    }
  });
});

describe('curated name lists', () => {
  it('include world cities in the language and in English', () => {
    const names = new Map(listedNames('de'));
    expect(names.get('Tokio')).toContain('city');
    expect(names.get('Warschau')).toContain('city');
    expect(names.get('Warsaw')).toContain('city');
  });
});

describe('model file', () => {
  it('round-trips weights within the quantisation step', () => {
    const emission = Float32Array.from({ length: 4 * LABEL_COUNT }, (_, i) => Math.sin(i));
    const transition = Float32Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, i) => i / 10);
    const header = { format: 1 as const, lang: 'xx', buckets: 4, domain: null, gazetteer: new Gazetteer({ listed: [], mined: [] }), provenance: 'test' };
    const decoded = decodeModel(encodeModel({ header, weights: { buckets: 4, emission, transition } }));
    expect(decoded.header.provenance).toBe('test');
    decoded.weights.emission.forEach((value, i) => {
      expect(value).toBeCloseTo(emission[i]!, 4);
    });
    expect([...decoded.weights.transition]).toEqual([...transition]);
  });
});
