/** Quotes grouped by who said them; the key links a speaker button to its quotes in the article. */
import type { Analysis, QuoteResult } from '../types.js';

export interface Speaker {
  key: string;
  name: string;
  quotes: QuoteResult[];
}

/**
 * Speakers in order of how much they are quoted, then of first appearance. The key is the
 * entity id where the speaker is an entity, so that quotes by 'Putin' and 'er' meet; other
 * speakers are told apart by name.
 */
export function speakersOf(analysis: Analysis): Speaker[] {
  const byKey = new Map<string, Speaker>();
  const keyOfName = new Map<string, string>();
  for (const quote of analysis.quotes) {
    if (!quote.speaker) continue;
    const { name, entity } = quote.speaker;
    let key = entity ?? keyOfName.get(name);
    if (key === undefined) {
      key = `speaker-${keyOfName.size + 1}`;
      keyOfName.set(name, key);
    }
    const speaker = byKey.get(key) ?? { key, name, quotes: [] };
    speaker.quotes.push(quote);
    byKey.set(key, speaker);
  }
  return [...byKey.values()].sort((a, b) => b.quotes.length - a.quotes.length);
}

/** The speaker key of every attributed quote, by quote id. */
export function speakerKeyByQuote(speakers: Speaker[]): Map<string, string> {
  return new Map(speakers.flatMap((speaker) => speaker.quotes.map((quote) => [quote.id, speaker.key] as const)));
}
