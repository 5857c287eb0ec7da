/**
 * The linear sequence model: hashed emission weights per label, label-transition weights, and
 * Viterbi decoding under the BIO constraints. Training lives in scripts/ner/.
 */
import { mixHash } from './hash.js';
import { allowedStart, allowedTransition, LABEL_COUNT } from './labels.js';
import type { SentenceFeatures } from './features.js';

const L = LABEL_COUNT;

export interface Weights {
  /** Power of two; a feature hash h uses row h & (buckets - 1). */
  buckets: number;
  /** buckets × LABEL_COUNT emission weights. */
  emission: Float32Array;
  /**
   * A loaded model's emission weights as the file stores them, int16 times `scale`. Tagging reads
   * these: making the floats would cost 70 ms and 38 MB more at start-up (see model-file.ts).
   */
  quantised?: { values: Int16Array; scale: number };
  /** (LABEL_COUNT + 1) × LABEL_COUNT: row p is the previous label, the last row is the sentence start. */
  transition: Float32Array;
}

/** Emission scores, n × LABEL_COUNT; a domain adds its own copy of every feature. */
export function emissionScores(weights: Weights, features: SentenceFeatures, domain?: number): Float32Array {
  const { hashes, offsets } = features;
  const n = offsets.length - 1;
  const mask = weights.buckets - 1;
  const scores = new Float32Array(n * L);
  if (weights.quantised && domain === undefined) {
    const { values, scale } = weights.quantised;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
        const row = (hashes[f]! & mask) * L;
        // Math.fround: exactly the float32 that decoding the weight would have stored.
        for (let y = 0; y < L; y++) scores[base + y] += Math.fround(values[row + y]! * scale);
      }
    }
    return scores;
  }
  const { emission } = weights;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
      const hash = hashes[f]!;
      let row = (hash & mask) * L;
      for (let y = 0; y < L; y++) scores[base + y] += emission[row + y]!;
      if (domain === undefined) continue;
      row = (mixHash(hash, domain) & mask) * L;
      for (let y = 0; y < L; y++) scores[base + y] += emission[row + y]!;
    }
  }
  return scores;
}

// The BIO constraints as tables: hot loops should not call out per label pair.
const ALLOWED = Uint8Array.from({ length: L * L }, (_, k) => (allowedTransition(Math.floor(k / L), k % L) ? 1 : 0));
const ALLOWED_START = Uint8Array.from({ length: L }, (_, y) => (allowedStart(y) ? 1 : 0));

/** The best label sequence under the BIO constraints. */
export function viterbi(weights: Weights, scores: Float32Array, n: number): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const { transition } = weights;
  const best = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) best[y] = ALLOWED_START[y] ? scores[y]! + transition[L * L + y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const previous = (i - 1) * L;
    for (let y = 0; y < L; y++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
        const score = best[previous + p]! + transition[p * L + y]!;
        if (score > top) {
          top = score;
          arg = p;
        }
      }
      best[i * L + y] = top + scores[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if (best[(n - 1) * L + y]! > best[(n - 1) * L + last]!) last = y;
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]!]!;
  return labels;
}

/** What marginals() needs of the transition weights: constant for a trained model, so a tagger works it out once. */
export interface TransitionFactors {
  maxTransition: number;
  /** exp(transition - maxTransition) for allowed label pairs, 0 for the others. */
  step: Float64Array;
}

export function transitionFactors(transition: Float32Array): TransitionFactors {
  const maxTransition = transition.reduce((max, value) => Math.max(max, value), -Infinity);
  const step = Float64Array.from({ length: L * L }, (_, k) => (ALLOWED[k] ? Math.exp(transition[k]! - maxTransition) : 0));
  return { maxTransition, step };
}

/**
 * Per-token label probabilities from a softmax over path scores (scaled forward-backward),
 * n × LABEL_COUNT. The perceptron is not trained for probabilities; these tell how contested
 * a decision is.
 */
export function marginals(weights: Weights, scores: Float32Array, n: number, factors = transitionFactors(weights.transition)): Float64Array {
  const { transition } = weights;
  const { maxTransition, step } = factors;
  // Emission factors, each token scaled by its own maximum: constant factors cancel out.
  const emit = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let y = 0; y < L; y++) max = Math.max(max, scores[i * L + y]!);
    for (let y = 0; y < L; y++) emit[i * L + y] = Math.exp(scores[i * L + y]! - max);
  }
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  const normalise = (array: Float64Array, offset: number) => {
    let sum = 0;
    for (let y = 0; y < L; y++) sum += array[offset + y]!;
    if (sum > 0) for (let y = 0; y < L; y++) array[offset + y]! /= sum;
  };
  for (let y = 0; y < L; y++) alpha[y] = ALLOWED_START[y] ? emit[y]! * Math.exp(transition[L * L + y]! - maxTransition) : 0;
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let sum = 0;
      for (let p = 0; p < L; p++) sum += alpha[(i - 1) * L + p]! * step[p * L + y]!;
      alpha[i * L + y] = sum * emit[i * L + y]!;
    }
    normalise(alpha, i * L);
  }
  beta.fill(1, (n - 1) * L);
  for (let i = n - 2; i >= 0; i--) {
    for (let y = 0; y < L; y++) {
      let sum = 0;
      for (let next = 0; next < L; next++) sum += step[y * L + next]! * emit[(i + 1) * L + next]! * beta[(i + 1) * L + next]!;
      beta[i * L + y] = sum;
    }
    normalise(beta, i * L);
  }
  const probabilities = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < L; y++) probabilities[i * L + y] = alpha[i * L + y]! * beta[i * L + y]!;
    normalise(probabilities, i * L);
  }
  return probabilities;
}
