/** The article's key terms and phrases, best first: see src/keyphrases/. */
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import { candidateRuns } from '../keyphrases/candidates.js';
import { rankKeyphrases } from '../keyphrases/rank.js';
import { termsFor } from '../text/terms.js';

const KEYPHRASES = 10;

/** Ranks the article's key terms and noun phrases, best first (`doc.keyphrases`); needs the sentences, and leaves out names the entities already list. */
export const keyphrases: Stage = {
  name: 'keyphrases',
  run(doc: Doc) {
    const titleSentences = new Set<number>();
    doc.sentences.forEach((sentence, i) => {
      if (doc.blocks[sentence.block]?.kind === 'title') titleSentences.add(i);
    });
    const terms = termsFor(doc.lang);
    doc.keyphrases = rankKeyphrases(candidateRuns(doc), {
      limit: KEYPHRASES,
      lowerCase: doc.lang !== 'de',
      stemOf: (part) => terms.stem(part),
      titleSentences,
    });
  },
};
