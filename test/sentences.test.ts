import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline, type Stage } from '../src/pipeline.js';
import { normalize, sentences } from '../src/stages/index.js';
import type { Block } from '../src/document.js';
import { splitSentences } from '../src/sentences/split.js';

interface Case {
  lang: string;
  text: string;
  sentences: string[];
}

const { cases } = JSON.parse(readFileSync(new URL('./fixtures/sentences.json', import.meta.url), 'utf8')) as { cases: Case[] };

/** A stand-in for the structure stage: fixed blocks, so that these tests do not depend on it. */
function withBlocks(blocks: Block[]): Stage {
  return { name: 'blocks', run: (doc) => void (doc.blocks = blocks.map((block) => ({ ...block }))) };
}

describe('sentence splitting (hand-written cases)', () => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_, { lang, text, sentences: expected }) => {
    expect(splitSentences(text, lang).map((range) => text.slice(range.start, range.end))).toEqual(expected);
  });
});

describe('sentences stage', () => {
  const text = 'Überschrift. Mit Punkt\n\nErster Satz. Zweiter Satz.\n\nNavigation. Mehr. Links.';
  const blocks: Block[] = [
    { start: 0, end: 22, kind: 'heading' },
    { start: 24, end: 50, kind: 'paragraph' },
    { start: 52, end: text.length, kind: 'boilerplate' },
  ];
  const pipeline = createPipeline([normalize, withBlocks(blocks), sentences]);

  it('makes a heading one sentence, splits paragraphs and gives boilerplate tokens but no sentences', () => {
    const doc = pipeline.process(text, { language: 'de' });
    expect(doc.sentences.map((sentence) => [doc.slice(sentence), sentence.block])).toEqual([
      ['Überschrift. Mit Punkt', 0],
      ['Erster Satz.', 1],
      ['Zweiter Satz.', 1],
    ]);
    expect(doc.tokens.some((token) => token.start >= 52)).toBe(true);
  });

  it('points every sentence at the tokens it covers', () => {
    const doc = pipeline.process(text, { language: 'de' });
    for (const sentence of doc.sentences) {
      expect(doc.tokens[sentence.firstToken]!.start).toBe(sentence.start);
      expect(doc.tokens[sentence.endToken - 1]!.end).toBe(sentence.end);
    }
  });
});

describe('robustness', () => {
  const hostile: [string, string][] = [
    ['empty', ''],
    ['binary junk', Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['a megabyte without punctuation', 'wort '.repeat(200_000)],
    ['a megabyte in one word', 'x'.repeat(1_000_000)],
    ['10,000 unbalanced quote marks', `${'„'.repeat(5000)} Satz. ${'“'.repeat(5000)}`],
    ['100,000 dots', '.'.repeat(100_000)],
    ['100,000 spaced dots', '. '.repeat(100_000)],
    ['100,000 abbreviations', 'z.B. '.repeat(100_000)],
    ['glued abbreviations', `${'U.S.'.repeat(50_000)}x`],
    ['glued numbers', `${'1.'.repeat(100_000)}x`],
    ['question marks and brackets', '?[('.repeat(30_000)],
  ];

  it.each(hostile)('splits %s without throwing, every sentence a slice of the input', (_, text) => {
    for (const lang of ['de', 'en']) {
      const ranges = splitSentences(text, lang);
      let previousEnd = 0;
      for (const range of ranges) {
        expect(range.start).toBeGreaterThanOrEqual(previousEnd);
        expect(range.end).toBeGreaterThan(range.start);
        previousEnd = range.end;
      }
      expect(previousEnd).toBeLessThanOrEqual(text.length);
    }
  });
});
