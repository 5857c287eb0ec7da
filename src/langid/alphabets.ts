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
const CODES = Object.keys(ALPHABETS);
/** Per letter (code point), the alphabets that have it, as bits in the order of CODES. */
const MEMBERSHIP = new Map<number, number>();
CODES.forEach((code, bit) => {
  for (const letter of ALPHABETS[code]!) {
    const point = letter.codePointAt(0)!;
    MEMBERSHIP.set(point, (MEMBERSHIP.get(point) ?? 0) | (1 << bit));
  }
});
const ALPHABET_OF = new Map(CODES.map((code, bit) => [code, bit]));
/** Letters foreign to each alphabet, counted afresh for every text. */
const foreignCounts = new Array<number>(CODES.length).fill(0);

/**
 * Per language of `codes` (same order): the share (0..1) of `letters` (lower-case letter's code
 * point -> count, a-z lumped as 'a': they are in every Latin alphabet here and no Cyrillic one)
 * that it does not write; 0 for a language without an alphabet here.
 */
export function foreignLetterShares(letters: ReadonlyMap<number, number>, codes: readonly string[]): number[] {
  const shares = new Array<number>(codes.length).fill(0);
  foreignCounts.fill(0);
  let total = 0;
  letters.forEach((count, letter) => {
    total += count;
    const members = MEMBERSHIP.get(letter) ?? 0;
    for (let bit = 0; bit < foreignCounts.length; bit++) if ((members & (1 << bit)) === 0) foreignCounts[bit] += count;
  });
  if (!total) return shares;
  codes.forEach((code, i) => {
    const bit = ALPHABET_OF.get(code);
    if (bit !== undefined) shares[i] = foreignCounts[bit]! / total;
  });
  return shares;
}
