/**
 * Letter evidence: the letters each language writes natively. A letter outside a language's
 * alphabet ("і" for Russian, "ы" for Ukrainian, "ñ" for Portuguese, "ø" for Swedish) counts
 * against it; 4-gram weights only reward what they have seen, so they miss this. Loanwords and
 * names bring foreign letters too, hence a penalty by share of letters, not a veto.
 */
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const ALPHABETS: Record<string, string> = {
  de: `${LATIN}äöüß`,
  en: LATIN,
  fr: `${LATIN}àâæçéèêëîïôœùûüÿ`,
  nl: `${LATIN}áéèëíïóöúü`,
  es: `${LATIN}áéíñóúü`,
  it: `${LATIN}àèéìíòóùú`,
  pl: `${LATIN}ąćęłńóśźż`,
  pt: `${LATIN}áâãàçéêíóôõú`,
  sv: `${LATIN}åäöé`,
  da: `${LATIN}æøåé`,
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
};
const SETS = new Map(Object.entries(ALPHABETS).map(([code, letters]) => [code, new Set([...letters].map((letter) => letter.codePointAt(0)!))]));

/**
 * Per language of `codes` that has an alphabet here: the share (0..1) of `letters` (lower-case
 * letter's code point -> count, a-z lumped as 'a': they are in every Latin alphabet here and no
 * Cyrillic one) that it does not write.
 */
export function foreignLetterShares(letters: ReadonlyMap<number, number>, codes: readonly string[]): Map<string, number> {
  // The letters as two arrays, read once: iterating the map again for every language cost more than the counting.
  const seen: number[] = [];
  const counts: number[] = [];
  let total = 0;
  letters.forEach((count, letter) => {
    seen.push(letter);
    counts.push(count);
    total += count;
  });
  const shares = new Map<string, number>();
  if (!total) return shares;
  for (const code of codes) {
    const alphabet = SETS.get(code);
    if (!alphabet) continue;
    let foreign = 0;
    for (let i = 0; i < seen.length; i++) if (!alphabet.has(seen[i]!)) foreign += counts[i]!;
    shares.set(code, foreign / total);
  }
  return shares;
}
