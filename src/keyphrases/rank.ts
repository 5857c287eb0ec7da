/**
 * Scores keyphrase candidates. A word counts how often its stem occurs; a German compound also
 * earns part of the count of its family (the words that share its modifier or head: "Waffendeal"
 * gains from "Waffenhandel", "Waffen" and "Deal"); a phrase of two or three words counts when it
 * recurs. Words in the headline or the first sentences weigh more. Phrases that repeat a
 * better one's words, or crowd one compound family, are dropped, so the list stays varied.
 */
import type { KeyphraseAnnotation, Range } from '../document.js';
import type { Run, Word } from './candidates.js';
import { sharedFronts, splitCompound } from './compounds.js';

interface Candidate {
  stems: string[];
  /** The words as first written. */
  surface: string;
  /** How often each way of writing occurs, once there is more than one (most candidates have one). */
  surfaces: Map<string, number> | undefined;
  mentions: Range[];
  firstSentence: number;
  count: number;
  score: number;
}

const MAX_PHRASE_WORDS = 3;
const MIN_PHRASE_COUNT = 2;
/** Share of its family's count a compound (or a compound's part) earns. */
const FAMILY_CREDIT = 0.5;
/** At most this many keyphrases share a compound part, so one family ("Waffen-") cannot fill the list. */
const MAX_PER_FAMILY = 2;
/** Words first seen early count up to twice; the bonus halves every this many sentences (the headline keeps it whole). */
const EARLY_SENTENCES = 3;

function collect(runs: readonly Run[]): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  /** Adds words[from, to) of a run, whose stems joined are `key` and texts joined `surface`. */
  const add = (words: readonly Word[], from: number, to: number, key: string, surface: string, sentence: number) => {
    let candidate = candidates.get(key);
    if (!candidate) {
      const stems = words.slice(from, to).map((word) => word.stem);
      candidate = { stems, surface, surfaces: undefined, mentions: [], firstSentence: sentence, count: 0, score: 0 };
      candidates.set(key, candidate);
    } else if (candidate.surfaces || surface !== candidate.surface) {
      candidate.surfaces ??= new Map([[candidate.surface, candidate.count]]);
      candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + 1);
    }
    candidate.mentions.push({ start: words[from]!.start, end: words[to - 1]!.end });
    candidate.count++;
  };
  for (const { words, sentence } of runs) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.standalone) add(words, i, i + 1, word.stem, word.text, sentence);
      let key = word.stem;
      let surface = word.text;
      for (let length = 2; length <= MAX_PHRASE_WORDS && i + length <= words.length; length++) {
        const last = words[i + length - 1]!;
        key += ` ${last.stem}`;
        surface += ` ${last.text}`;
        if (last.standalone) add(words, i, i + length, key, surface, sentence);
      }
    }
  }
  for (const [key, candidate] of candidates) if (candidate.stems.length > 1 && candidate.count < MIN_PHRASE_COUNT) candidates.delete(key);
  return candidates;
}

/**
 * Weight of every word stem: its count, plus a share of its compound family's. A compound's
 * family are the other words sharing its modifier or head; a plain word's are the compounds
 * built on it.
 */
function wordWeights(runs: readonly Run[], stemOf: (part: string) => string): { weights: Map<string, number>; parts: Map<string, string[]> } {
  const counts = new Map<string, number>();
  for (const run of runs) for (const word of run.words) counts.set(word.stem, (counts.get(word.stem) ?? 0) + 1);
  const fronts = sharedFronts(new Set(runs.flatMap((run) => run.words.map((word) => word.lower))));
  const known = (part: string) => counts.has(stemOf(part)) || fronts.has(part);
  const parts = new Map<string, string[]>();
  const family = new Map<string, number>();
  for (const run of runs) {
    for (const word of run.words) {
      if (parts.has(word.stem)) continue;
      const split = splitCompound(word.lower, known);
      const stems = split ? [stemOf(split.modifier), stemOf(split.head)] : [];
      parts.set(word.stem, stems);
      for (const part of stems) family.set(part, (family.get(part) ?? 0) + counts.get(word.stem)!);
    }
  }
  const weights = new Map<string, number>();
  for (const [stem, count] of counts) {
    const split = parts.get(stem)!;
    const relatives = split.length > 0 ? split.reduce((sum, part) => sum + (counts.get(part) ?? 0) + family.get(part)! - count, 0) : (family.get(stem) ?? 0);
    weights.set(stem, count + FAMILY_CREDIT * relatives);
  }
  return { weights, parts };
}

function baseForm(candidate: Candidate, lowerCase: boolean): string {
  let best = candidate.surface;
  let most = 0;
  for (const [surface, count] of candidate.surfaces ?? []) if (count > most) [best, most] = [surface, count];
  return lowerCase ? best.toLowerCase() : best;
}

export function rankKeyphrases(
  runs: readonly Run[],
  options: { limit: number; lowerCase: boolean; stemOf: (part: string) => string; titleSentences: ReadonlySet<number> },
): KeyphraseAnnotation[] {
  const candidates = [...collect(runs).values()];
  const { weights, parts } = wordWeights(runs, options.stemOf);
  for (const candidate of candidates) {
    const words = candidate.stems.reduce((sum, stem) => sum + (weights.get(stem) ?? 0), 0) / candidate.stems.length;
    const phrase = candidate.stems.length > 1 ? candidate.count * Math.sqrt(candidate.stems.length) : 0;
    const early = options.titleSentences.has(candidate.firstSentence) ? 1 : 0.5 ** (candidate.firstSentence / EARLY_SENTENCES);
    candidate.score = (words + phrase) * (1 + early);
  }
  candidates.sort((a, b) => b.score - a.score || a.mentions[0]!.start - b.mentions[0]!.start);
  const chosen: Candidate[] = [];
  const familySizes = new Map<string, number>();
  for (const candidate of candidates) {
    if (chosen.length >= options.limit) break;
    const nested = chosen.some((other) => candidate.stems.every((s) => other.stems.includes(s)) || other.stems.every((s) => candidate.stems.includes(s)));
    const head = candidate.stems.at(-1)!;
    const families = parts.get(head)?.length ? parts.get(head)! : [head];
    if (nested || families.some((family) => (familySizes.get(family) ?? 0) >= MAX_PER_FAMILY)) continue;
    chosen.push(candidate);
    for (const family of families) familySizes.set(family, (familySizes.get(family) ?? 0) + 1);
  }
  const top = chosen[0]?.score ?? 1;
  return chosen.map((candidate) => ({
    ...candidate.mentions[0]!,
    phrase: baseForm(candidate, options.lowerCase),
    score: Math.round((1000 * candidate.score) / top) / 1000,
    mentions: candidate.mentions,
  }));
}
