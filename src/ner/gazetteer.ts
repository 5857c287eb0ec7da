/**
 * Name lists as features: known phrases (countries, given names, entity strings seen in the
 * training data) mark the tokens they cover. Mined phrases keep their counts so that training can
 * leave a sentence's own words out of the counts it is featurised with. Besides names, the mined
 * counts say how often a capitalised word was written as a plain word (outside any name, or in
 * lower case: "Anders", "Munition") and how often it began a person's name ("Olga").
 */
import { ENTITY_TYPES } from './labels.js';

export const MAX_PHRASE_TOKENS = 6;

/** Count slots of a mined phrase: one per entity type (ENTITY_TYPES order), then these two. */
export const PLAIN_SLOT = ENTITY_TYPES.length;
export const GIVEN_SLOT = PLAIN_SLOT + 1;
const SLOTS = GIVEN_SLOT + 1;

/** Counts per phrase, by slot (missing trailing slots count 0). */
export type TypeCounts = Map<string, number[]>;

export interface GazetteerData {
  /** Phrase → source tags of curated lists ('given', 'surname', 'country', 'city', …). */
  listed: [string, string[]][];
  /** Phrase → counts per slot, mined from annotated text. */
  mined: [string, number[]][];
}

export interface GazetteerMatch {
  start: number;
  end: number;
  tag: string;
  /** The phrase only matched with a final genitive/plural "s" removed. */
  inflected: boolean;
}

/** A type counts as evidence when it has this share of the phrase's (remaining) name occurrences. */
const MIN_TYPE_SHARE = 0.3;
const MIN_COMPOUND_LENGTH = 7;
const MIN_COMPOUND_PART = 3;
/** Fast test for a lower-case Latin letter (a compound part starts inside the word in lower case). */
const startsLowerLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff);

/** A word counts as a plain word when at least this share of its occurrences were outside names. */
const MIN_PLAIN_SHARE = 0.5;

export class Gazetteer {
  private readonly listed: Map<string, string[]>;
  private readonly mined: TypeCounts;
  /** Every word-boundary prefix of every phrase, so that matching stops as soon as nothing can follow. */
  private readonly prefixes = new Set<string>();

  constructor(data: GazetteerData) {
    this.listed = new Map(data.listed);
    this.mined = new Map(data.mined);
    for (const phrase of [...this.listed.keys(), ...this.mined.keys()]) {
      for (let space = phrase.indexOf(' '); space > 0; space = phrase.indexOf(' ', space + 1)) this.prefixes.add(phrase.slice(0, space));
      this.prefixes.add(phrase);
    }
  }

  toJSON(): GazetteerData {
    return { listed: [...this.listed], mined: [...this.mined] };
  }

  /** Every phrase match in `words`; `exclude` holds counts to leave out (a training sentence's own). */
  matches(words: readonly string[], exclude?: TypeCounts): GazetteerMatch[] {
    const found: GazetteerMatch[] = [];
    for (let start = 0; start < words.length; start++) {
      let phrase = words[start]!;
      for (let end = start + 1; end <= Math.min(words.length, start + MAX_PHRASE_TOKENS); end++) {
        if (end > start + 1) phrase = `${phrase} ${words[end - 1]}`;
        if (phrase.length > 3 && phrase.charCodeAt(phrase.length - 1) === 0x73 /* s */) {
          const stem = phrase.slice(0, -1);
          if (this.prefixes.has(stem)) this.collect(stem, start, end, true, exclude, found);
        }
        if (!this.prefixes.has(phrase)) break;
        this.collect(phrase, start, end, false, exclude, found);
      }
    }
    return found;
  }

  /**
   * Tags of the longest known last part of a capitalised compound ("Kreisstadt" → "Stadt"), from
   * the whole counts: a part is a word of its own, rarely one of the sentence's own names.
   */
  compoundHeadTags(word: string): string[] {
    if (word.length < MIN_COMPOUND_LENGTH || !startsUpper(word)) return [];
    const found: GazetteerMatch[] = [];
    for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART && !found.length; cut++) {
      if (!startsLowerLetter(word.charCodeAt(cut))) continue;
      const part = word.charAt(cut).toUpperCase() + word.slice(cut + 1);
      if (this.prefixes.has(part)) this.collect(part, 0, 1, false, undefined, found);
    }
    return found.map((match) => match.tag);
  }

  private collect(phrase: string, start: number, end: number, inflected: boolean, exclude: TypeCounts | undefined, into: GazetteerMatch[]): void {
    for (const tag of this.listed.get(phrase) ?? []) into.push({ start, end, tag, inflected });
    const counts = this.mined.get(phrase);
    if (!counts) return;
    const own = exclude?.get(phrase);
    let names = 0;
    for (let type = 0; type < PLAIN_SLOT; type++) names += remainingCount(counts, own, type);
    for (let type = 0; type < PLAIN_SLOT; type++) {
      const count = remainingCount(counts, own, type);
      if (count > 0 && count >= MIN_TYPE_SHARE * names) into.push({ start, end, tag: ENTITY_TYPES[type]!, inflected });
    }
    const plain = remainingCount(counts, own, PLAIN_SLOT);
    if (plain > 0 && plain >= MIN_PLAIN_SHARE * (plain + names)) into.push({ start, end, tag: 'plain', inflected });
    if (remainingCount(counts, own, GIVEN_SLOT) > 0) into.push({ start, end, tag: 'given', inflected });
  }
}

/** A phrase's count in `slot` less the excluded count (older models store fewer slots). */
function remainingCount(counts: readonly number[], own: readonly number[] | undefined, slot: number): number {
  return (counts[slot] ?? 0) - (own?.[slot] ?? 0);
}

function add(counts: TypeCounts, phrase: string, slot: number): void {
  let entry = counts.get(phrase);
  if (!entry) counts.set(phrase, (entry = new Array<number>(SLOTS).fill(0)));
  entry[slot]!++;
}

const startsUpper = (word: string) => /^\p{Lu}/u.test(word);
const startsLower = (word: string) => /^\p{Ll}/u.test(word);

/**
 * Adds one annotated sentence to `counts`: its entity phrases, the first words of its multi-word
 * person names, and its words outside names, in capitalised spelling ("anders" → "Anders").
 */
export function countPhrases(words: readonly string[], spans: readonly { start: number; end: number; type: number }[], counts: TypeCounts): void {
  const inName = new Uint8Array(words.length);
  for (const span of spans) {
    inName.fill(1, span.start, span.end);
    if (span.end - span.start > 1 && ENTITY_TYPES[span.type] === 'PER') add(counts, words[span.start]!, GIVEN_SLOT);
    if (span.end - span.start <= MAX_PHRASE_TOKENS) add(counts, words.slice(span.start, span.end).join(' '), span.type);
  }
  words.forEach((word, i) => {
    if (inName[i] || word.length < 2) return;
    if (startsUpper(word)) add(counts, word, PLAIN_SLOT);
    else if (startsLower(word)) add(counts, word.charAt(0).toUpperCase() + word.slice(1), PLAIN_SLOT);
  });
}

/** Phrases worth keeping in a model: names, given names, and plain words seen more than once. */
export function isInformative(counts: readonly number[]): boolean {
  for (let type = 0; type < PLAIN_SLOT; type++) if (counts[type]! > 0) return true;
  return (counts[GIVEN_SLOT] ?? 0) > 0 || (counts[PLAIN_SLOT] ?? 0) > 1;
}
