/**
 * Named entities: the recogniser's mentions (src/ner), then the document-level work of
 * src/entities (propagation, clustering, canonical names, salience) over the body sentences.
 */
import type { Doc } from '../document.js';
import { resolveEntities } from '../entities/resolve.js';
import { recognizeMentions } from '../ner/recognize.js';
import type { Stage } from '../pipeline.js';

/** Finds named entities with the trained recogniser, then merges their mentions into entities with canonical names and salience (`doc.mentions`, `doc.entities`); needs the sentences. */
export const entities: Stage = {
  name: 'entities',
  run(doc: Doc) {
    const { mentions, entities } = resolveEntities(doc, recognizeMentions(doc));
    doc.mentions = mentions;
    doc.entities = entities;
  },
};
