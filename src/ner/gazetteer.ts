/**
 * Name lists as features: known phrases (countries, given names, entity strings seen in the
 * training data) mark the tokens they cover. Mined phrases keep their type counts so that
 * training can leave a sentence's own entities out of the counts it is featurised with.
 */
import { ENTITY_TYPES } from './labels.js';

export const MAX_PHRASE_TOKENS = 6;

/** Type counts per phrase, in ENTITY_TYPES order. */
export type TypeCounts = Map<string, number[]>;

export interface GazetteerData {
  /** Phrase → source tags of curated lists ('given', 'surname', 'country', 'city', …). */
  listed: [string, string[]][];
  /** Phrase → counts per entity type, mined from annotated text. */
  mined: [string, number[]][];
}

export interface GazetteerMatch {
  start: number;
  end: number;
  tag: string;
  /** The phrase only matched with a final genitive/plural "s" removed. */
  inflected: boolean;
}

/** A type counts as evidence when it has this share of the phrase's (remaining) occurrences. */
const MIN_TYPE_SHARE = 0.3;

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
        if (phrase.length > 3 && phrase.endsWith('s')) this.collect(phrase.slice(0, -1), start, end, true, exclude, found);
        if (!this.prefixes.has(phrase)) break;
        this.collect(phrase, start, end, false, exclude, found);
      }
    }
    return found;
  }

  private collect(phrase: string, start: number, end: number, inflected: boolean, exclude: TypeCounts | undefined, into: GazetteerMatch[]): void {
    for (const tag of this.listed.get(phrase) ?? []) into.push({ start, end, tag, inflected });
    const counts = this.mined.get(phrase);
    if (!counts) return;
    const own = exclude?.get(phrase);
    const remaining = own ? counts.map((count, type) => count - own[type]!) : counts;
    const total = remaining.reduce((sum, count) => sum + count, 0);
    remaining.forEach((count, type) => {
      if (count > 0 && count >= MIN_TYPE_SHARE * total) into.push({ start, end, tag: ENTITY_TYPES[type]!, inflected });
    });
  }
}

/** Adds the entity phrases of one annotated sentence to `counts`. */
export function countPhrases(words: readonly string[], spans: readonly { start: number; end: number; type: number }[], counts: TypeCounts): void {
  for (const span of spans) {
    if (span.end - span.start > MAX_PHRASE_TOKENS) continue;
    const phrase = words.slice(span.start, span.end).join(' ');
    let entry = counts.get(phrase);
    if (!entry) counts.set(phrase, (entry = ENTITY_TYPES.map(() => 0)));
    entry[span.type]!++;
  }
}
