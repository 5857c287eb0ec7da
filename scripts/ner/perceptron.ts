/**
 * Averaged structured perceptron over the model in src/ner/model.ts. Deterministic: examples are
 * shuffled with a seeded generator. Each example has a weight (its update step) and may carry a
 * domain, which gives every feature a second, domain-specific copy.
 */
import { mixHash } from '../../src/ner/hash.js';
import { LABEL_COUNT, spansFromLabels } from '../../src/ner/labels.js';
import { emissionScores, viterbi, type Weights } from '../../src/ner/model.js';
import type { SentenceFeatures } from '../../src/ner/features.js';

const L = LABEL_COUNT;

export interface TrainingExample {
  features: SentenceFeatures;
  labels: Uint8Array;
  weight: number;
  domain?: number;
  /** Entity types the example's source does not annotate: predicting them over its O tokens is no error. */
  unannotated?: readonly number[];
}

/** The gold labels, with predicted spans of unannotated types accepted where the gold says O. */
function acceptUnannotated(gold: Uint8Array, predicted: Uint8Array, unannotated: readonly number[]): Uint8Array {
  let patched = gold;
  for (const span of spansFromLabels(predicted)) {
    if (!unannotated.includes(span.type)) continue;
    let allOutside = true;
    for (let i = span.start; i < span.end; i++) if (gold[i] !== 0) allOutside = false;
    if (!allOutside) continue;
    if (patched === gold) patched = gold.slice();
    for (let i = span.start; i < span.end; i++) patched[i] = predicted[i]!;
  }
  return patched;
}

export interface PerceptronSettings {
  buckets: number;
  epochs: number;
  seed: number;
}

/** Mulberry32: a small seeded generator, so that training is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(examples: readonly TrainingExample[], settings: PerceptronSettings): Weights {
  const { buckets } = settings;
  const mask = buckets - 1;
  const weights: Weights = { buckets, emission: new Float32Array(buckets * L), transition: new Float32Array((L + 1) * L) };
  // Sums of (step counter × update), for averaging without touching every weight at each step.
  const emissionSum = new Float64Array(buckets * L);
  const transitionSum = new Float64Array((L + 1) * L);
  const random = seededRandom(settings.seed);
  const order = examples.map((_, i) => i);
  let step = 1;

  const updateEmission = (row: number, label: number, delta: number) => {
    weights.emission[row + label] += delta;
    emissionSum[row + label] += step * delta;
  };
  const updateTransition = (index: number, delta: number) => {
    weights.transition[index] += delta;
    transitionSum[index] += step * delta;
  };

  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, weight, domain, unannotated } = examples[index]!;
      const n = features.offsets.length - 1;
      const predicted = viterbi(weights, emissionScores(weights, features, domain), n);
      const labels = unannotated?.length ? acceptUnannotated(examples[index]!.labels, predicted, unannotated) : examples[index]!.labels;
      for (let i = 0; i < n; i++) {
        const gold = labels[i]!;
        const guess = predicted[i]!;
        if (gold !== guess) {
          for (let f = features.offsets[i]!; f < features.offsets[i + 1]!; f++) {
            const hash = features.hashes[f]!;
            const rows = domain === undefined ? [hash & mask] : [hash & mask, mixHash(hash, domain) & mask];
            for (const row of rows) {
              updateEmission(row * L, gold, weight);
              updateEmission(row * L, guess, -weight);
            }
          }
        }
        const goldPrevious = i === 0 ? L : labels[i - 1]!;
        const guessPrevious = i === 0 ? L : predicted[i - 1]!;
        if (gold !== guess || goldPrevious !== guessPrevious) {
          updateTransition(goldPrevious * L + gold, weight);
          updateTransition(guessPrevious * L + guess, -weight);
        }
      }
      step++;
    }
  }
  for (let i = 0; i < weights.emission.length; i++) weights.emission[i] -= emissionSum[i]! / step;
  for (let i = 0; i < weights.transition.length; i++) weights.transition[i] -= transitionSum[i]! / step;
  return weights;
}
