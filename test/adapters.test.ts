import { describe, expect, it } from 'vitest';
import { winkReadDocPass, winkSentences } from '../src/adapters/wink.js';
import { compromiseBenchPass, compromiseEntities, compromiseSentences } from '../src/adapters/compromise.js';

const text = 'Dr. Jane Smith flew to Paris on Monday.  "It went well," she said. Microsoft did not comment… Then it rained.';
const slices = (ranges: { start: number; end: number }[]) => ranges.map((range) => text.slice(range.start, range.end));

describe('wink-nlp adapter', () => {
  it('gives sentences as character offsets into the text', () => {
    const sentences = slices(winkSentences(text));
    expect(sentences[0]).toBe('Dr. Jane Smith flew to Paris on Monday.');
    expect(sentences.at(-1)).toMatch(/Then it rained\.$/);
    for (const sentence of sentences) expect(text).toContain(sentence);
  });

  it('counts tokens, sentences and entities in one pass', () => {
    const pass = winkReadDocPass(text);
    expect(pass.tokens).toBeGreaterThan(20);
    expect(pass.sentences).toBeGreaterThanOrEqual(3);
  });
});

describe('compromise adapter', () => {
  it('gives sentences without surrounding whitespace', () => {
    const sentences = slices(compromiseSentences(text));
    expect(sentences[0]).toBe('Dr. Jane Smith flew to Paris on Monday.');
    for (const sentence of sentences) expect(sentence).toBe(sentence.trim());
  });

  it('gives people and places without neighbouring punctuation', () => {
    const entities = compromiseEntities(text).map((entity) => [entity.type, text.slice(entity.start, entity.end)]);
    expect(entities).toContainEqual(['LOC', 'Paris']);
    expect(entities.some(([type, name]) => type === 'PER' && name!.includes('Jane Smith'))).toBe(true);
  });

  it('counts its matches in one pass', () => {
    expect(compromiseBenchPass(text)).toBeGreaterThan(0);
  });

  it('copes with empty and junk input', () => {
    for (const junk of ['', '   ', '\u0000\ufffd...', '.'.repeat(1000)]) {
      expect(() => [compromiseSentences(junk), compromiseEntities(junk), winkSentences(junk), winkReadDocPass(junk)]).not.toThrow();
    }
  });
});
