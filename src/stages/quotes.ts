/** Quotes with speakers and cues. First version: none yet. */
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

export const quotes: Stage = {
  name: 'quotes',
  run(doc: Doc) {
    doc.quotes = [];
  },
};
