/**
 * German compounds, split against the article's own words: "Munitionsquelle" is
 * "munition" + "quelle" when the article also speaks of "Munition", and "Waffendeal" is
 * "waffen" + "deal" when "Waffenhandel" shares its front. No lexicon is needed; a split needs
 * one part the article uses elsewhere, so ordinary words are not cut at random.
 */
const LINKING = ['s', 'es', 'n', 'en', 'e', ''];
const MIN_PART = 4;
/** A part the article does not use elsewhere must be longer, so that "Russland" is not "russ" + "land". */
const MIN_UNKNOWN_PART = 5;

export interface CompoundParts {
  modifier: string;
  head: string;
}

/**
 * Splits a lower-cased word into modifier (less a linking element: "munition-s-quelle") and
 * head, when at least one of them is `known`; a known head is preferred (German compounds are
 * right-headed), then the longer head.
 */
export function splitCompound(word: string, known: (part: string) => boolean): CompoundParts | null {
  let headKnown: CompoundParts | null = null;
  let modifierKnown: CompoundParts | null = null;
  // `known` stems its part, which costs: each front is looked up once, though cuts with different linking elements share it
  const frontKnown: (boolean | undefined)[] = [];
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    let head: string | undefined;
    let isHeadKnown = false;
    for (const link of LINKING) {
      const modifierLength = cut - link.length;
      if (modifierLength < MIN_PART || !word.startsWith(link, modifierLength)) continue;
      if (head === undefined) {
        head = word.slice(cut);
        isHeadKnown = known(head);
      }
      const isModifierKnown = (frontKnown[modifierLength] ??= known(word.slice(0, modifierLength)));
      if (!isHeadKnown && !isModifierKnown) continue;
      const split = { modifier: word.slice(0, modifierLength), head };
      if (isHeadKnown && isModifierKnown) return split;
      if (isHeadKnown && modifierLength >= MIN_UNKNOWN_PART) headKnown ??= split;
      // the last such split has the longest linking element: "munition-s-quelle", not "munition-squelle"
      if (isModifierKnown && head.length >= MIN_UNKNOWN_PART) modifierKnown = split;
    }
  }
  return headKnown ?? modifierKnown;
}

/** Shortest shared front that counts as a compound part: shorter ones are prefixes ("ver-"), not words. */
const MIN_SHARED_FRONT = 5;

/**
 * Fronts that two or more of the (lower-cased) words share, each word going on for a part of
 * its own ("waffen" from "waffenhandel" and "waffendeal"). Neighbours in sorted order share
 * the longest fronts, so one pass over the sorted words finds them.
 */
export function sharedFronts(words: Iterable<string>): Set<string> {
  const sorted = [...new Set(words)].sort();
  const fronts = new Set<string>();
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    let length = 0;
    while (length < a.length && a[length] === b[length]) length++;
    if (length >= MIN_SHARED_FRONT && a.length - length >= MIN_PART && b.length - length >= MIN_PART) fronts.add(a.slice(0, length));
  }
  return fronts;
}
