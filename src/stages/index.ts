/** The default stages, in the order they run. */
import type { Stage } from '../pipeline.js';
import { normalize } from './normalize.js';
import { structure } from './structure.js';
import { language } from './language.js';
import { sentences } from './sentences.js';
import { entities } from './entities.js';
import { quotes } from './quotes.js';
import { summary } from './summary.js';
import { keyphrases } from './keyphrases.js';

/** The stages `analyze()` runs, in order; start from this list to build a pipeline of your own. */
export const defaultStages: readonly Stage[] = [normalize, structure, language, sentences, entities, quotes, summary, keyphrases];
export { normalize, structure, language, sentences, entities, quotes, summary, keyphrases };
