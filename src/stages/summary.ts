/** Extractive summary of the body sentences, in article order: see src/summary/summarize.ts. */
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import { summarize } from '../summary/summarize.js';

/** Chooses the sentences of an extractive summary in article order (`doc.summary`), as long as `options.summary` asks (by default a tenth of the body sentences, 3 to 6); needs the sentences. */
export const summary: Stage = {
  name: 'summary',
  run(doc: Doc) {
    doc.summary = summarize(doc);
  },
};
