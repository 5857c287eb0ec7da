/** Named entities: recognised mentions, then clustered into entities. First version: none yet. */
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

export const entities: Stage = {
  name: 'entities',
  run(doc: Doc) {
    doc.mentions = [];
    doc.entities = [];
  },
};
