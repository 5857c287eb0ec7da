/**
 * What the entity stage needs to know about a language: the words that stand before a name
 * without being part of it, how names inflect, and the small words inside names.
 */
import { entityRules as de } from '../lang/de/entities.js';
import { entityRules as en } from '../lang/en/entities.js';

export interface EntityRules {
  /** Forms of address that precede a person's name: "Herr", "Herrn", "Mr". */
  readonly honorifics: readonly string[];
  /** Nouns that follow a form of address without being a name: "Herr Präsident", "Madam Speaker". */
  readonly addressedRoles: readonly string[];
  /**
   * Articles and other determiners. After one, a capitalised word is a common noun rather than a
   * person ("eine Frau Mitte vierzig", "im Sommer"); before a name it is the sentence's ("Die Vereinigten Staaten").
   */
  readonly determiners: readonly string[];
  /** Lower-case words that may open or sit inside a name: "von", "van", "de". */
  readonly nameParticles: readonly string[];
  /** Genitive endings of names of places and things, longest first: "Ministerrates", "Frankreichs". */
  readonly genitiveEndings: readonly string[];
  /** Genitive endings of persons' names: "Merkels" (never "-es"). */
  readonly personGenitiveEndings: readonly string[];
  /**
   * Capitalised words that are never a name on their own: months and weekdays ("am 17. März"; given
   * names such as "June" left out) and currencies ("180 Mio. Euro").
   */
  readonly neverNames: readonly string[];
  /** A capitalised adjective before the head noun of a name ("Europäische Kommission", "European Commission"); the last word is the head only after such words. */
  readonly nameAdjective: RegExp;
  /** How an adjective inside a multi-word name agrees with its noun, e.g. "der Vereinigten Staaten". */
  readonly adjective: AdjectiveInflection | null;
}

export interface AdjectiveInflection {
  /** Every ending the adjective takes, longest first; all of them identify one name. */
  readonly endings: readonly string[];
  /** Endings only oblique cases take, rewritten to `citation` in the canonical name. */
  readonly obliqueEndings: readonly string[];
  /** The ending of the citation form: "Vereinigte Staaten", "Europäische Union". */
  readonly citation: string;
  /** Stems that look like adjectives or participles; other words keep their ending. */
  readonly stem: RegExp;
}

const NONE: EntityRules = {
  honorifics: [],
  addressedRoles: [],
  determiners: [],
  nameParticles: [],
  genitiveEndings: [],
  personGenitiveEndings: [],
  neverNames: [],
  nameAdjective: /(?!)/,
  adjective: null,
};
const byLanguage: Record<string, EntityRules> = { de, en };

export function entityRulesFor(lang: string): EntityRules {
  return byLanguage[lang] ?? NONE;
}
