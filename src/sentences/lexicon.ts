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
  beforeNumber: ReadonlySet<string>;
  compoundEndings: readonly string[];
  starters: ReadonlySet<string>;
  ordinalDot: boolean;
  lowercaseContinues: boolean;
}

/** The union of several languages' lists, with the sentence-start conventions of one language. */
export function buildLexicon(parts: readonly SentenceLexiconData[], conventions: Pick<SentenceLexiconData, 'ordinalDot' | 'lowercaseContinues'>): SentenceLexicon {
  const union = (pick: (data: SentenceLexiconData) => readonly string[]) => new Set(parts.flatMap(pick));
  return {
    continuing: union((data) => data.continuing),
    closable: union((data) => data.closable),
    oftenFinal: union((data) => data.oftenFinal),
    beforeNumber: union((data) => data.beforeNumber),
    compoundEndings: [...union((data) => data.compoundEndings)],
    starters: union((data) => data.starters),
    ordinalDot: conventions.ordinalDot,
    lowercaseContinues: conventions.lowercaseContinues,
  };
}
