/**
 * The linear sequence model: hashed emission weights per label, label-transition weights, and
 * Viterbi decoding under the BIO constraints. Training lives in scripts/ner/.
 */
import { mixHash } from './hash.js';
import { allowedStart, allowedTransition, beginLabel, insideLabel, LABEL_COUNT } from './labels.js';
import type { SentenceFeatures } from './features.js';

const L = LABEL_COUNT;
// The hot loops below are unrolled for nine labels, BIO over four entity types, and know their
// order: O, then B- and I- of each type (labels.ts).
if (L !== 9 || insideLabel(0) !== 2 || beginLabel(3) !== 7) throw new Error(`lektor: the NER model code is written for labels O, B-, I- of 4 types, not ${L} labels`);

export interface Weights {
  /** Power of two; a feature hash h uses row h & (buckets - 1). */
  buckets: number;
  /** buckets × LABEL_COUNT emission weights. */
  emission: Float32Array;
  /**
   * A loaded model's emission weights as the file stores them, int16 times `scale`, buckets ×
   * LABEL_COUNT. Tagging reads these: making the floats would cost 70 ms and 38 MB more at
   * start-up (see model-file.ts).
   */
  quantised?: { values: Int16Array; scale: number };
  /** (LABEL_COUNT + 1) × LABEL_COUNT: row p is the previous label, the last row is the sentence start. */
  transition: Float32Array;
}

/** Emission scores, n × LABEL_COUNT; a domain adds its own copy of every feature. */
export function emissionScores(weights: Weights, features: SentenceFeatures, domain?: number): Float32Array {
  if (weights.quantised && domain === undefined) return quantisedEmissionScores(weights.buckets, weights.quantised, features);
  const { hashes, offsets } = features;
  const n = offsets.length - 1;
  const mask = weights.buckets - 1;
  const scores = new Float32Array(n * L);
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

const prefetch = { sink: 0 };

/**
 * Adds the weight rows of features `hashes[from..to)` to the nine sums at `target[into..]`, in
 * feature order. Each sum is rounded to float32 after every feature (Math.fround), exactly as
 * adding into a Float32Array would; nine running sums in locals cost half of adding into the array.
 */
function addRows(values: Int16Array, scale: number, mask: number, hashes: Uint32Array, from: number, to: number, target: Float32Array, into: number): void {
  let s0 = target[into]!, s1 = target[into + 1]!, s2 = target[into + 2]!, s3 = target[into + 3]!, s4 = target[into + 4]!;
  let s5 = target[into + 5]!, s6 = target[into + 6]!, s7 = target[into + 7]!, s8 = target[into + 8]!;
  for (let f = from; f < to; f++) {
    const row = (hashes[f]! & mask) * L;
    // Math.fround of the product: exactly the float32 that decoding the weight would have stored.
    s0 = Math.fround(s0 + Math.fround(values[row]! * scale));
    s1 = Math.fround(s1 + Math.fround(values[row + 1]! * scale));
    s2 = Math.fround(s2 + Math.fround(values[row + 2]! * scale));
    s3 = Math.fround(s3 + Math.fround(values[row + 3]! * scale));
    s4 = Math.fround(s4 + Math.fround(values[row + 4]! * scale));
    s5 = Math.fround(s5 + Math.fround(values[row + 5]! * scale));
    s6 = Math.fround(s6 + Math.fround(values[row + 6]! * scale));
    s7 = Math.fround(s7 + Math.fround(values[row + 7]! * scale));
    s8 = Math.fround(s8 + Math.fround(values[row + 8]! * scale));
  }
  target[into] = s0;
  target[into + 1] = s1;
  target[into + 2] = s2;
  target[into + 3] = s3;
  target[into + 4] = s4;
  target[into + 5] = s5;
  target[into + 6] = s6;
  target[into + 7] = s7;
  target[into + 8] = s8;
}

/**
 * emissionScores() over the int16 weights of a loaded model, the same scores to the bit. With word
 * memos (features made with `memoKey` = these weights' values), the sums over a word's own
 * features are made once per word and picked up where the summing loop would have reached them:
 * the same additions in the same order, the same bits.
 */
function quantisedEmissionScores(buckets: number, { values, scale }: { values: Int16Array; scale: number }, { hashes, offsets, own }: SentenceFeatures): Float32Array {
  const n = offsets.length - 1;
  const mask = buckets - 1;
  // The rows are scattered over megabytes: reading the first and last weight of each first (loads
  // that do not wait for one another) brings them into the cache together, instead of one miss
  // after the other in the summing loop. The sink keeps the reads from being optimised away.
  let touched = 0;
  for (let f = 0; f < hashes.length; f++) {
    const row = (hashes[f]! & mask) * L;
    touched += values[row]! + values[row + L - 1]!;
  }
  prefetch.sink = touched;
  const scores = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    let from = offsets[i]!;
    if (own) {
      const memo = own.tokens[i]!.memo;
      if (own.ends[i]! > from) {
        memo.value = new Float32Array(L);
        addRows(values, scale, mask, hashes, from, own.ends[i]!, memo.value, 0);
        memo.key = values;
      }
      const start = memo.value!;
      for (let y = 0; y < L; y++) scores[base + y] = start[y]!;
      from = own.ends[i]!;
    }
    addRows(values, scale, mask, hashes, from, offsets[i + 1]!, scores, base);
  }
  return scores;
}

/**
 * Working arrays of decoding and marginals(), reused from sentence to sentence (allocating them
 * per sentence was a tenth of the tagging time, much of it in the garbage collector). Contents
 * are stale: every user writes before it reads.
 */
const scratch = {
  floats: [new Float64Array(1024), new Float64Array(1024)],
  byteArray: new Uint8Array(1024),
  float64(slot: 0 | 1, size: number): Float64Array {
    if (this.floats[slot]!.length < size) this.floats[slot] = new Float64Array(Math.max(size, 2 * this.floats[slot]!.length));
    return this.floats[slot]!;
  },
  bytes(size: number): Uint8Array {
    if (this.byteArray.length < size) this.byteArray = new Uint8Array(Math.max(size, 2 * this.byteArray.length));
    return this.byteArray;
  },
};

// The BIO constraints as tables: hot loops should not call out per label pair.
const ALLOWED = Uint8Array.from({ length: L * L }, (_, k) => (allowedTransition(Math.floor(k / L), k % L) ? 1 : 0));
const ALLOWED_START = Uint8Array.from({ length: L }, (_, y) => (allowedStart(y) ? 1 : 0));

/**
 * The transition weights with -Infinity for the pairs (and sentence starts) BIO forbids, so that
 * decoding can take the maximum over every label: a forbidden one never wins.
 */
export function allowedTransitions(transition: Float32Array): Float64Array {
  return Float64Array.from({ length: (L + 1) * L }, (_, k) => ((k < L * L ? ALLOWED[k] : ALLOWED_START[k - L * L]) ? transition[k]! : -Infinity));
}

/**
 * The best label sequence under the BIO constraints. `allowed`: allowedTransitions(weights.transition),
 * when the caller keeps it across sentences. Of equal scores the lower previous label wins.
 */
export function viterbi(weights: Weights, scores: Float32Array, n: number, allowed = allowedTransitions(weights.transition)): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const t = allowed;
  const best = scratch.float64(0, n * L);
  const back = scratch.bytes(n * L);
  for (let y = 0; y < L; y++) best[y] = t[L * L + y] === -Infinity ? -Infinity : scores[y]! + t[L * L + y]!;
  // Unrolled over the nine previous labels, held in locals: 1.5× faster than the loop, same choices.
  for (let i = 1; i < n; i++) {
    const q = (i - 1) * L;
    const here = i * L;
    const b0 = best[q]!, b1 = best[q + 1]!, b2 = best[q + 2]!, b3 = best[q + 3]!, b4 = best[q + 4]!;
    const b5 = best[q + 5]!, b6 = best[q + 6]!, b7 = best[q + 7]!, b8 = best[q + 8]!;
    // An I- label can only follow the B- or I- label of its type: any other previous label scores
    // -Infinity, which never beats those two (a B- label's best is finite after the first token).
    for (let y = 2; y < L; y += 2) {
      const from = best[q + y - 1]! + t[(y - 1) * L + y]!;
      const stay = best[q + y]! + t[y * L + y]!;
      best[here + y] = Math.max(stay, from) + scores[here + y]!;
      back[here + y] = stay > from ? y : y - 1;
    }
    for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
      let top = b0 + t[y]!;
      let arg = 0;
      let score = b1 + t[L + y]!;
      if (score > top) {
        top = score;
        arg = 1;
      }
      score = b2 + t[2 * L + y]!;
      if (score > top) {
        top = score;
        arg = 2;
      }
      score = b3 + t[3 * L + y]!;
      if (score > top) {
        top = score;
        arg = 3;
      }
      score = b4 + t[4 * L + y]!;
      if (score > top) {
        top = score;
        arg = 4;
      }
      score = b5 + t[5 * L + y]!;
      if (score > top) {
        top = score;
        arg = 5;
      }
      score = b6 + t[6 * L + y]!;
      if (score > top) {
        top = score;
        arg = 6;
      }
      score = b7 + t[7 * L + y]!;
      if (score > top) {
        top = score;
        arg = 7;
      }
      score = b8 + t[8 * L + y]!;
      if (score > top) {
        top = score;
        arg = 8;
      }
      best[here + y] = top + scores[here + y]!;
      back[here + y] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if (best[(n - 1) * L + y]! > best[(n - 1) * L + last]!) last = y;
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]!]!;
  return labels;
}

/** What decoding and marginals() need of the transition weights: constant for a trained model, so a tagger works it out once. */
export interface TransitionFactors {
  maxTransition: number;
  /** exp(transition - maxTransition) for allowed label pairs, 0 for the others. */
  step: Float64Array;
  /** allowedTransitions(transition), for viterbi(). */
  allowed: Float64Array;
}

export function transitionFactors(transition: Float32Array): TransitionFactors {
  const maxTransition = transition.reduce((max, value) => Math.max(max, value), -Infinity);
  const step = Float64Array.from({ length: L * L }, (_, k) => (ALLOWED[k] ? Math.exp(transition[k]! - maxTransition) : 0));
  return { maxTransition, step, allowed: allowedTransitions(transition) };
}

/** Scales the LABEL_COUNT values at `offset` to sum to 1. */
function normalise(array: Float64Array, offset: number): void {
  let sum = 0;
  for (let y = 0; y < L; y++) sum += array[offset + y]!;
  if (sum > 0) for (let y = 0; y < L; y++) array[offset + y]! /= sum;
}

/**
 * Per-token label probabilities from a softmax over path scores (scaled forward-backward),
 * n × LABEL_COUNT, for the tokens `from..to` (rows outside are left 0): the forward pass stops at
 * `to` and the backward pass at `from`. The perceptron is not trained for probabilities; these
 * tell how contested a decision is.
 */
export function marginals(weights: Weights, scores: Float32Array, n: number, factors = transitionFactors(weights.transition), from = 0, to = n): Float64Array {
  const { transition } = weights;
  const { maxTransition, step } = factors;
  // Emission factors, each token scaled by its own maximum: constant factors cancel out.
  const emit = scratch.float64(0, n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    let max = -Infinity;
    for (let y = 0; y < L; y++) max = Math.max(max, scores[base + y]!);
    for (let y = 0; y < L; y++) emit[base + y] = Math.exp(scores[base + y]! - max);
  }
  const alpha = new Float64Array(n * L);
  const beta = scratch.float64(1, n * L);
  for (let y = 0; y < L; y++) alpha[y] = ALLOWED_START[y] ? emit[y]! * Math.exp(transition[L * L + y]! - maxTransition) : 0;
  normalise(alpha, 0);
  // The sums are unrolled and leave out the label pairs BIO forbids: their step is 0, and a term
  // of 0 adds exactly nothing, so the sums are those over all nine labels to the bit.
  for (let i = 1; i < to; i++) {
    const p = (i - 1) * L;
    const here = i * L;
    const a0 = alpha[p]!, a1 = alpha[p + 1]!, a2 = alpha[p + 2]!, a3 = alpha[p + 3]!, a4 = alpha[p + 4]!;
    const a5 = alpha[p + 5]!, a6 = alpha[p + 6]!, a7 = alpha[p + 7]!, a8 = alpha[p + 8]!;
    // O and B- labels follow any label.
    for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
      const sum =
        a0 * step[y]! + a1 * step[L + y]! + a2 * step[2 * L + y]! + a3 * step[3 * L + y]! + a4 * step[4 * L + y]! +
        a5 * step[5 * L + y]! + a6 * step[6 * L + y]! + a7 * step[7 * L + y]! + a8 * step[8 * L + y]!;
      alpha[here + y] = sum * emit[here + y]!;
    }
    // An I- label follows the B- and I- label of its type only.
    for (let y = 2; y < L; y += 2) alpha[here + y] = (alpha[p + y - 1]! * step[(y - 1) * L + y]! + alpha[p + y]! * step[y * L + y]!) * emit[here + y]!;
    normalise(alpha, here);
  }
  beta.fill(1, (n - 1) * L, n * L);
  for (let i = n - 2; i >= from; i--) {
    const here = i * L;
    const q = here + L;
    const e0 = emit[q]!, e1 = emit[q + 1]!, e2 = emit[q + 2]!, e3 = emit[q + 3]!, e4 = emit[q + 4]!;
    const e5 = emit[q + 5]!, e6 = emit[q + 6]!, e7 = emit[q + 7]!, e8 = emit[q + 8]!;
    const b0 = beta[q]!, b1 = beta[q + 1]!, b2 = beta[q + 2]!, b3 = beta[q + 3]!, b4 = beta[q + 4]!;
    const b5 = beta[q + 5]!, b6 = beta[q + 6]!, b7 = beta[q + 7]!, b8 = beta[q + 8]!;
    // After label y come O, the B- labels, and the I- label of y's own type (none after O).
    for (let y = 0; y < L; y++) {
      const r = y * L;
      const inside = y === 0 ? 0 : y + (y & 1);
      let sum = step[r]! * e0 * b0 + step[r + 1]! * e1 * b1;
      if (inside === 2) sum += step[r + 2]! * e2 * b2;
      sum += step[r + 3]! * e3 * b3;
      if (inside === 4) sum += step[r + 4]! * e4 * b4;
      sum += step[r + 5]! * e5 * b5;
      if (inside === 6) sum += step[r + 6]! * e6 * b6;
      sum += step[r + 7]! * e7 * b7;
      if (inside === 8) sum += step[r + 8]! * e8 * b8;
      beta[here + y] = sum;
    }
    normalise(beta, here);
  }
  // alpha × beta, normalised per token, in place of alpha.
  alpha.fill(0, 0, from * L);
  alpha.fill(0, to * L);
  for (let k = from * L; k < to * L; k++) alpha[k]! *= beta[k]!;
  for (let i = from; i < to; i++) normalise(alpha, i * L);
  return alpha;
}
