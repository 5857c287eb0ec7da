/**
 * What a language contributes to quote attribution. The code in src/quotes reads only this
 * shape; the words themselves live in src/lang/<code>/quotes.ts.
 */
import { quoteLexicon as de } from '../lang/de/quotes.js';
import { quoteLexicon as en } from '../lang/en/quotes.js';

/**
 * `say` verbs report speech (direct, partial and reported clauses); `think` verbs report a view
 * and attribute only words in quote marks ("glaubt", "believes"); `cite` verbs make their object
 * the speaker ("zitierte X mit den Worten").
 */
export type CueClass = 'say' | 'think' | 'cite';

export interface SeparableVerb {
  /** Finite forms of the verb part, lower-case: "fügte", "fügt". */
  forms: readonly string[];
  /** The particle that completes it later in the clause: "hinzu". */
  particle: string;
  cueClass: CueClass;
}

export type Gender = 'm' | 'f' | 'n' | 'pl' | 'unknown';

export interface QuoteLexicon {
  /** Lower-case reporting verb forms that need no particle. */
  verbs: ReadonlyMap<string, CueClass>;
  separable: readonly SeparableVerb[];
  /** Cue phrases followed by their source: "laut", "nach Angaben", "according to", "so" (a longer phrase before its prefix). */
  sourceBefore: readonly string[];
  /** Prepositions that with a source noun make a cue: "nach" in "nach Angaben der Polizei". */
  sourcePrepositions: ReadonlySet<string>;
  /** Endings of nouns that name what a source said: "Angaben", "Polizeiangaben", "Meinung", "Bericht". */
  sourceNouns: readonly string[];
  /** Words that link a source noun to who is behind it: "a statement from X", "nach Ansicht von X". */
  sourceLinks: ReadonlySet<string>;
  /** Prepositions that name the agent of a passive cue: "von X als ... bezeichnet", "described by X". */
  agentPrepositions: ReadonlySet<string>;
  /** Adverbs that report what a source said, without naming it: "demnach", "dem Vernehmen nach". */
  sourceAdverbs: readonly string[];
  /** Possessive determiners with the gender of their owner: "seiner Meinung nach" is his. */
  possessives: ReadonlyMap<string, Gender>;
  /** Cue words preceded by their source: "zufolge". */
  sourceAfter: ReadonlySet<string>;
  /** Phrases that report speech without a speaker: "heißt es", "it was said". */
  impersonal: readonly string[];
  /** Prepositions that name the document an impersonal cue quotes: "heißt es in der Erklärung", "it was said in a statement". */
  documentPrepositions: ReadonlySet<string>;
  /** Phrases after a cue that make the verb's object the speaker: "mit den Worten". */
  objectSpeaker: readonly string[];
  /** Finite auxiliaries and modals that stand second in a clause whose reporting verb comes last: "hatte ... verkündet", "will ... prüfen". */
  finiteAuxiliaries: ReadonlySet<string>;
  /** Auxiliaries that make a participle cue passive, so its subject is no speaker ("wurde vorgeworfen"). */
  passiveAuxiliaries: ReadonlySet<string>;
  /** Conjunctions of a clause that frames the next one: "Wie X mitteilte, ...", "As X said, ...". */
  asConjunctions: ReadonlySet<string>;
  /** Words that open a clause which is not what was said: "und", "aber", "which". */
  clauseLinks: ReadonlySet<string>;
  /** Conjunctions that join a second verb to the subject of the first: "X lobte ... und forderte", "X called ... and said". */
  coordinators: ReadonlySet<string>;
  /** Reporting verb forms whose bare object is a thing or person, never a clause without "that": "called the findings ...". */
  objectVerbs: ReadonlySet<string>;
  /** Reflexive pronouns between a verb and its subject: "äußerte sich Schavan". */
  reflexives: ReadonlySet<string>;
  /** Who is told, between a verb and what it reports: "told reporters the plan ...". */
  listeners: ReadonlySet<string>;
  /** Words opening a reported clause: "dass", "that". */
  complementizers: ReadonlySet<string>;
  /** Pronouns that can only be a subject ("er"): right after a verb, it is the verb's subject whatever comes before. */
  subjectPronouns: ReadonlySet<string>;
  /** Personal pronouns that can be speakers, with the gender they point back to. */
  pronouns: ReadonlyMap<string, Gender>;
  /** Prepositions that name what a reporting verb's subject spoke of: "sprach von", "warnte vor". */
  topicPrepositions: ReadonlySet<string>;
  /** Demonstratives that stand for the sentence before as a cue's object: "Das bestätigte die Polizei." */
  demonstratives: ReadonlySet<string>;
  /** Relative pronouns: "Trump, der einst erklärte" gives the words to Trump. */
  relativePronouns: ReadonlySet<string>;
  /** Relative pronouns that are the subject of their clause even with a phrase after them: German "der" (the object would be "den"). */
  subjectRelatives: ReadonlySet<string>;
  /** Prepositions: a phrase right after one is no subject ("am Samstag", "mit Kritik"). */
  prepositions: ReadonlySet<string>;
  /** Determiners of a dative, accusative or genitive phrase, which is no subject ("den Vorsitzenden"). */
  obliqueDeterminers: ReadonlySet<string>;
  /** Articles and determiners, with the gender they mark (for pronoun resolution). */
  determiners: ReadonlyMap<string, Gender>;
  /** Head nouns of organisations and media: a speaker "die Zeitung" points back to one. */
  organisationNouns: readonly string[];
  /** Endings of role nouns in front of a name ("Außenminister", "Sprecherin"). */
  roleEndings: readonly string[];
  /** Endings of nouns for people who do something ("Ermittler", "Demonstranten", "protesters"), unlike things and abstractions ("Zuversicht", "Haltung"). */
  agentEndings: readonly string[];
  /** Prepositions that open a clause with whose view it gives: "Für X ist ...", "For X, ...". */
  opinionPrepositions: ReadonlySet<string>;
  /** Texts that carry words of their own, as a speaker does: "Der Text:", "the letter:". */
  documentNouns: ReadonlySet<string>;
  /** Words of the stop-word list that still describe a speaker: "former", "neue". */
  describingStopWords: ReadonlySet<string>;
  /** Courtesy titles with the gender they give: "Herr", "Mrs". */
  titles: ReadonlyMap<string, Gender>;
  /** Verb forms that mark reported speech on their own (German Konjunktiv I). */
  reportedMood: ReadonlySet<string>;
  /** Verb forms that stand in for reportedMood where its form would look like a plain statement ("sie hätten", for "sie haben"): reported speech only right after reported speech. */
  substituteMood: ReadonlySet<string>;
  /** Words after which a quoted word in capitals is a noun, not a name: "als", "eine" (only where nouns are capitalised). */
  nounIntroducers: ReadonlySet<string>;
  /** How an adjective in front of a noun ends: German inflects it ("ersten", "neue"), English does not. */
  adjectiveEnding: RegExp;
  /** Whether nouns are capitalised, so a capital letter alone does not make a name. */
  capitalisedNouns: boolean;
}

const LEXICONS: Readonly<Record<string, QuoteLexicon>> = { de, en };

/** The lexicon for a language; languages without one get marks but no attribution. */
export function quoteLexicon(lang: string): QuoteLexicon | undefined {
  return LEXICONS[lang];
}
