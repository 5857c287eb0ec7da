/**
 * Tokens for every block, sentences for the article's blocks (boilerplate and byline get tokens
 * but no sentences). First version: a boundary after . ! ? … unless the token before is a
 * single letter or a number; the sentence keeps closing quote marks and brackets.
 */
import type { Doc, Sentence } from '../document.js';
import type { Stage } from '../pipeline.js';
import { tokenize } from '../tokenize.js';

const FINAL = /^(?:[.!?]+|…|\.{2,})$/;
const CLOSING = /^[“”"»«’‘›‹)\]]$/;

export const sentences: Stage = {
  name: 'sentences',
  run(doc: Doc) {
    const { view } = doc;
    doc.tokens = [];
    doc.sentences = [];
    doc.blocks.forEach((block, blockIndex) => {
      const first = doc.tokens.length;
      tokenize(view, block.start, block.end, doc.tokens);
      if (!doc.isBodyBlock(blockIndex)) return;
      let start = first;
      const push = (end: number) => {
        if (end <= start) return;
        const sentence: Sentence = { start: doc.tokens[start]!.start, end: doc.tokens[end - 1]!.end, block: blockIndex, firstToken: start, endToken: end };
        doc.sentences.push(sentence);
        start = end;
      };
      for (let i = first; i < doc.tokens.length; i++) {
        const token = doc.tokens[i]!;
        if (token.kind !== 'punct' || !FINAL.test(view.slice(token.start, token.end))) continue;
        const previous = doc.tokens[i - 1];
        if (view[token.start] === '.' && previous && (previous.kind === 'number' || previous.end - previous.start === 1)) continue;
        let end = i + 1;
        while (end < doc.tokens.length && CLOSING.test(view.slice(doc.tokens[end]!.start, doc.tokens[end]!.end))) end++;
        push(end);
        i = end - 1;
      }
      push(doc.tokens.length);
    });
  },
};
