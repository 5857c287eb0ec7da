/**
 * Tokens for every block, sentences for the article's blocks (boilerplate and byline get tokens
 * but no sentences). A title or heading is one sentence; paragraphs are split where
 * sentences/boundaries.ts finds sentence ends, with the language's abbreviations.
 */
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import { tokenize } from '../tokenize.js';
import { BoundaryFinder } from '../sentences/boundaries.js';
import { sentenceLexiconFor } from '../sentences/lexicons.js';

/** Tokenises every block and splits the article's blocks into sentences (`doc.tokens`, `doc.sentences`), with the abbreviations of the document's language. */
export const sentences: Stage = {
  name: 'sentences',
  run(doc: Doc) {
    doc.tokens = [];
    doc.sentences = [];
    const finder = new BoundaryFinder(doc.view, doc.tokens, sentenceLexiconFor(doc.lang));
    doc.blocks.forEach((block, blockIndex) => {
      const first = doc.tokens.length;
      tokenize(doc.view, block.start, block.end, doc.tokens);
      const end = doc.tokens.length;
      if (end === first || !doc.isBodyBlock(blockIndex)) return;
      const ends = block.kind === 'paragraph' ? finder.find(first, end) : [end];
      let start = first;
      for (const endToken of ends) {
        if (endToken <= start) continue;
        doc.sentences.push({ start: doc.tokens[start]!.start, end: doc.tokens[endToken - 1]!.end, block: blockIndex, firstToken: start, endToken });
        start = endToken;
      }
    });
  },
};
