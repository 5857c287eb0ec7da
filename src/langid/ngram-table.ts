/**
 * The 4-gram table's layout: scripts/build-langid.ts fills it and ships it as it lies in memory,
 * ngrams.ts looks windows up in it. Building the table as lektor loaded (hashing 70,000 4-grams in
 * a loop V8 had not compiled yet) cost more than all the rest of the language stage's start-up.
 *
 * Windows as numbers: a window has at most six characters (space, four bytes, space), each a byte
 * 32..255 in eld's writing, so its characters pack into two 24-bit numbers (hi: the first three,
 * lo: the rest, zero where the window is shorter), distinct for distinct windows. Counting and
 * looking up windows that way allocates no string per window, as a Set and a Map of strings did.
 *
 * The table is open addressing, at most two thirds full (one a third full was twice the size on
 * disk and looked up no faster, scripts/eval/langid.ts). A slot is SLOT consecutive numbers: the
 * window's hi and lo, then its (language, weight) pairs. Nine windows in ten have one or two, kept
 * in the slot itself as language * INLINE + weight (the second -1 when there is none); the others
 * keep -1 - (where their pairs start in `pairs`) and their count. A lookup in this table of
 * megabytes thus touches one cache line: a window's numbers spread over several arrays cost a miss
 * each, which was most of the time the language stage took. hi is never 0 for a window, so 0
 * marks an empty slot.
 */

export const SLOT = 4;
export const INLINE = 1024;
/** Characters of a window. */
export const WINDOW_CHARS = 6;

/** Three characters of a window from `at` on as one number. */
export const packThree = (chars: Uint8Array, at: number): number => (chars[at]! << 16) | (chars[at + 1]! << 8) | chars[at + 2]!;

/** Hash of a packed window; its low bits pick the slot in a power-of-two table (murmur3's finaliser mixes them well). */
export function hashOf(hi: number, lo: number): number {
  let hash = Math.imul(hi, 0x9e3779b1) ^ lo;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

export interface NgramTable {
  table: Int32Array;
  /** (language index, weight) pairs of the 4-grams whose pairs do not fit in their slot, one after another. */
  pairs: Int32Array;
}

/** The table of 4-grams (in eld's writing: characters 1..255) and their (language index, weight) pairs. */
export function buildTable(ngrams: ReadonlyMap<string, readonly (readonly [number, number])[]>): NgramTable {
  const mask = 2 ** Math.ceil(Math.log2(1.5 * ngrams.size + 1)) - 1;
  const table = new Int32Array(SLOT * (mask + 1));
  const pairs: number[] = [];
  const chars = new Uint8Array(WINDOW_CHARS);
  const inline = ([language, weight]: readonly [number, number]) => (weight >= 0 && weight < INLINE ? language * INLINE + weight : -1);
  for (const [key, weights] of ngrams) {
    if (key.length === 0 || key.length > WINDOW_CHARS) throw new Error(`langid 4-gram ${JSON.stringify(key)} does not pack into six bytes`);
    chars.fill(0);
    for (let c = 0; c < key.length; c++) {
      const code = key.charCodeAt(c);
      if (code === 0 || code > 0xff) throw new Error(`langid 4-gram ${JSON.stringify(key)} does not pack into six bytes`);
      chars[c] = code;
    }
    const hi = packThree(chars, 0);
    const lo = packThree(chars, 3);
    let slot = SLOT * (hashOf(hi, lo) & mask);
    while (table[slot] !== 0) slot = (slot + SLOT) & (SLOT * mask);
    table[slot] = hi;
    table[slot + 1] = lo;
    const inlined = weights.map(inline);
    if (weights.length <= 2 && inlined.every((pair) => pair >= 0)) {
      table[slot + 2] = inlined[0] ?? -1;
      table[slot + 3] = inlined[1] ?? -1;
    } else {
      table[slot + 2] = -1 - pairs.length;
      table[slot + 3] = weights.length;
      for (const [language, weight] of weights) pairs.push(language, weight);
    }
  }
  return { table, pairs: Int32Array.from(pairs) };
}
