/**
 * What the sentence splitter knows about a language: abbreviations by how they behave at a
 * sentence end, and the words that typically open a sentence. Abbreviations are written without
 * their final dot and without inner spaces: "Dr", "z.B", "U.S".
 */
export interface SentenceLexiconData {
  /** Abbreviations after which a sentence never ends: titles, "e.g", "z.B", "bzw". */
  continuing: readonly string[];
  /** Abbreviations that may end a sentence; they do so only when a sentence starter follows: "etc", "Inc", "Mio". */
  closable: readonly string[];
  /** Abbreviations that often end a sentence: any capital after them starts a new one, lower case does not ("etc", "usw"). */
  oftenFinal: readonly string[];
  /** Capitalised words that continue a sentence after an often-final abbreviation: "5 p.m. Friday", "10 a.m. EST". */
  continuations: readonly string[];
  /** Abbreviated last parts of compounds, which behave as closable and before numbers: German "str" ("Hauptstr."). */
  compoundEndings: readonly string[];
  /** Abbreviations that never end a sentence when a number follows: "No", "Nr", "S". */
  beforeNumber: readonly string[];
  /** Closed-class words that open sentences and cannot be the noun after an ordinal or an abbreviation: "The", "Die". */
  starters: readonly string[];
  /** Whether the language writes ordinals as digits with a dot ("am 3. Oktober"). */
  ordinalDot: boolean;
  /**
   * Whether a lower-case word after . ? ! means the sentence goes on. True for German, where
   * sentences start with a capital; false for English, where informal text often does not.
   */
  lowercaseContinues: boolean;
}

export interface SentenceLexicon {
  continuing: ReadonlySet<string>;
  closable: ReadonlySet<string>;
  oftenFinal: ReadonlySet<string>;
  continuations: ReadonlySet<string>;
  beforeNumber: ReadonlySet<string>;
  compoundEndings: readonly string[];
  starters: ReadonlySet<string>;
  ordinalDot: boolean;
  lowercaseContinues: boolean;
}

type ListName = 'continuing' | 'closable' | 'oftenFinal' | 'continuations' | 'beforeNumber' | 'compoundEndings' | 'starters';
const ABBREVIATION_LISTS: ListName[] = ['continuing', 'closable', 'oftenFinal', 'beforeNumber'];

/**
 * The lists of the document language merged with those of the others, where news text borrows
 * ("U.S." in German, "z.B." in English); an abbreviation keeps the behaviour its own language
 * gives it ("Sr." is Senior in English, Schwester in German). The sentence-start conventions are
 * the document language's.
 */
export function buildLexicon(
  own: SentenceLexiconData | undefined,
  others: readonly SentenceLexiconData[],
  conventions: Pick<SentenceLexiconData, 'ordinalDot' | 'lowercaseContinues'>,
): SentenceLexicon {
  const ownAbbreviations = new Set(own ? ABBREVIATION_LISTS.flatMap((name) => own[name]) : []);
  const merged = (name: ListName) => {
    const borrowed = others.flatMap((data) => data[name]);
    return new Set([...(own?.[name] ?? []), ...(ABBREVIATION_LISTS.includes(name) ? borrowed.filter((key) => !ownAbbreviations.has(key)) : borrowed)]);
  };
  return {
    continuing: merged('continuing'),
    closable: merged('closable'),
    oftenFinal: merged('oftenFinal'),
    continuations: merged('continuations'),
    beforeNumber: merged('beforeNumber'),
    compoundEndings: [...merged('compoundEndings')],
    starters: merged('starters'),
    ordinalDot: conventions.ordinalDot,
    lowercaseContinues: conventions.lowercaseContinues,
  };
}
