/** What the recogniser knows about a language beyond its trained weights: curated cue words. */
export interface NerLexicon {
  /** Titles, roles and offices that stand before a person's name (lower case). */
  readonly personCues: ReadonlySet<string>;
  /** Endings of role compounds that work as person cues ("-chef", "-sprecher"), lower case. */
  readonly personCueEndings: readonly string[];
  /** Legal forms that end a company name (lower case). */
  readonly organisationForms: ReadonlySet<string>;
  /** Heads that end organisation names or compounds ("-partei", "-ministerium", "Council"), lower case. */
  readonly organisationEndings: readonly string[];
  /** The language writes compound nouns as one word ("Kreisstadt"), so their last part tells what they are. */
  readonly compoundNouns: boolean;
  /** Function words, pronouns and sentence adverbs that look like names when capitalised (lower case). */
  readonly functionWords: ReadonlySet<string>;
}

export function isPersonCue(lexicon: NerLexicon, lower: string): boolean {
  return lexicon.personCues.has(lower) || (lower.length > 6 && lexicon.personCueEndings.some((ending) => lower.endsWith(ending)));
}

export function hasOrganisationEnding(lexicon: NerLexicon, lower: string): boolean {
  return lexicon.organisationEndings.some((ending) => lower.endsWith(ending));
}
