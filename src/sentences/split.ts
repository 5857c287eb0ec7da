/**
 * Sentences of a plain text taken as one paragraph, through the real sentence stage: for
 * evaluation, tests and callers without an article structure.
 */
import type { Range } from '../document.js';
import { createPipeline, type Stage } from '../pipeline.js';
import { normalize } from '../stages/normalize.js';
import { sentences } from '../stages/sentences.js';

const oneParagraph: Stage = {
  name: 'one-paragraph',
  run(doc) {
    doc.blocks = [{ start: 0, end: doc.text.length, kind: 'paragraph' }];
  },
};

const pipeline = createPipeline([normalize, oneParagraph, sentences]);

export function splitSentences(text: string, lang: string): Range[] {
  return pipeline.process(text, { language: lang }).sentences.map(({ start, end }) => ({ start, end }));
}
