/** Extractive summary. First version: the lead sentences of the body paragraphs. */
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

export const summary: Stage = {
  name: 'summary',
  run(doc: Doc) {
    const body = doc.sentences.filter((s) => doc.blocks[s.block]?.kind === 'paragraph');
    doc.summary = body.slice(0, 3);
  },
};
