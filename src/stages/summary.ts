/** Extractive summary of the body sentences, in article order: see src/summary/summarize.ts. */
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import { summarize } from '../summary/summarize.js';

export const summary: Stage = {
  name: 'summary',
  run(doc: Doc) {
    doc.summary = summarize(doc);
  },
};
