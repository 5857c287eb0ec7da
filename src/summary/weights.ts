/**
 * How the features weigh against each other. No model is learned: these few numbers were set
 * by hand on the only data lektor may tune on (the English FRANK CNN/DM part 1 and the German
 * Wikinews train split, see scripts/eval/summary.ts); neither ships with the package.
 */
export interface SummaryWeights {
  /** Position feature is 1 / (1 + index / leadDecay): smaller decays faster. */
  leadDecay: number;
  position: number;
  centrality: number;
  entities: number;
  title: number;
  /** Factor for a sentence opening with a pronoun or connective, unless the one before is chosen. */
  dangling: number;
  /** Factor for a sentence opening with a quotation mark. */
  quoteOpening: number;
  /** Factor for a sentence holding only part of a quotation. */
  quoteFragment: number;
  /** Sentences shorter than this many words are scaled down in proportion. */
  shortSentence: number;
  /** MMR trade-off: 1 = relevance only, 0 = novelty only. */
  lambda: number;
  /** How far past a word budget the last sentence may run, as a share of the budget. */
  wordSlack: number;
}

export const defaultWeights: SummaryWeights = {
  leadDecay: 4,
  position: 1,
  centrality: 1.5,
  entities: 0.25,
  title: 0.5,
  dangling: 0.7,
  quoteOpening: 0.85,
  quoteFragment: 0.5,
  shortSentence: 6,
  lambda: 0.5,
  wordSlack: 1,
};
