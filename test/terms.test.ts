/**
 * German and English stems come from two small packages (Snowball's German, Porter2) instead of
 * snowball-stemmers, which other languages still use: they must fold words exactly as it does.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termsFor } from '../src/text/terms.js';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(algorithm: string): { stem(word: string): string } };

function corpusWords(lang: string): string[] {
  const dir = join('corpus', lang);
  const text = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')).join(' ');
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  // Word beginnings too: compound splitting stems the parts of words.
  for (const word of [...words]) for (let cut = 3; cut < word.length; cut += 2) words.add(word.slice(0, cut));
  return [...words];
}

describe.each([
  ['de', 'german'],
  ['en', 'english'],
])('stems for %s', (lang, algorithm) => {
  it('match Snowball word for word', () => {
    const reference = snowball.newStemmer(algorithm);
    const terms = termsFor(lang);
    const words = corpusWords(lang);
    expect(words.length).toBeGreaterThan(500);
    const differing = words.filter((word) => terms.stem(word) !== reference.stem(word));
    expect(differing).toEqual([]);
  });
});
