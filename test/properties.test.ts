/**
 * Properties of `analyze` over generated text: it never throws, every span it emits is valid
 * (helpers/validate-analysis.ts checks the whole contract), the output is deterministic and
 * survives JSON. Two generators: any string of full Unicode code points (surrogates, controls
 * and all), and article-like text assembled from the pieces that trouble sentence splitting,
 * quote pairing and entity recognition.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../src/index.js';
import { assertValidAnalysis } from './helpers/validate-analysis.js';

const RUNS = 200;

/** Valid, deterministic and equal on a second run; throws (and so fails the property) otherwise. */
function checkAnalysis(text: string): void {
  const first = analyze(text);
  assertValidAnalysis(text, first);
  if (!isDeepStrictEqual(analyze(text), first)) throw new Error('a second analysis of the same text differs from the first');
}

const capitalised = fc.constantFrom('Anna', 'Schmidt', 'Berlin', 'Wladimir', 'Putin', 'Kim', 'Jong', 'Un', 'Nordkorea', 'UN-Sicherheitsrat', 'O’Brien', 'Müller', 'Der', 'Die', 'The', 'Mr.', 'Dr.', 'U.S.', 'EU');
const lower = fc.constantFrom('sagte', 'sagt', 'meinte', 'laut', 'said', 'according', 'to', 'und', 'der', 'die', 'das', 'ist', 'nicht', 'dass', 'habe', 'sei', 'in', 'am', 'er', 'sie', 'es', 'she', 'he');
const quoteMark = fc.constantFrom('„', '“', '”', '"', '»', '«', '‚', '‘', '’', "'", '›', '‹');
const punctuation = fc.constantFrom('.', ',', ':', ';', '!', '?', '…', '...', '–', '—', '-', '(', ')', '[', ']', '/');
const abbreviation = fc.constantFrom('z. B.', 'z.B.', 'u. a.', 'bzw.', 'Nr.', 'S.', 'ca.', 'e.g.', 'i.e.', 'Jan.', 'St.', 'vs.');
const number = fc.oneof(
  fc.nat({ max: 99_999 }).map(String),
  fc.tuple(fc.nat({ max: 31 }), fc.nat({ max: 12 }), fc.nat({ max: 2030 })).map(([d, m, y]) => `${d}.${m}.${y}`),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${b}`),
  fc.nat({ max: 30 }).map((n) => `${n}.`),
);
const space = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\n \n', '\r\n', '\r\n\r\n', '\t', '\u00a0', '\u2009');
const noise = fc.constantFrom('\u00ad', '\u200b', '\ufeff', '\u0000', '\ud800', '\udc00', '😀', '👩‍👩‍👧', 'ß', 'Ω', '中', '<p>', '**', '#', '© dpa', 'Bild: Reuters', 'Siehe auch:', 'Von Anna Schmidt');

/** Text made of the pieces of news articles, in random order and density. */
const articleLike = fc
  .array(
    fc.oneof(
      { arbitrary: capitalised, weight: 4 },
      { arbitrary: lower, weight: 6 },
      { arbitrary: quoteMark, weight: 2 },
      { arbitrary: punctuation, weight: 3 },
      { arbitrary: abbreviation, weight: 1 },
      { arbitrary: number, weight: 1 },
      { arbitrary: space, weight: 8 },
      { arbitrary: noise, weight: 1 },
    ),
    { maxLength: 120 },
  )
  .map((pieces) => pieces.join(''));

describe('analyze() on generated text', () => {
  it('any string of Unicode code points: valid, deterministic, JSON-safe', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), checkAnalysis), { numRuns: RUNS });
  });

  it('any string of UTF-16 code units, lone surrogates included: valid, deterministic, JSON-safe', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkAnalysis), { numRuns: RUNS });
  });

  it('article-like text: valid, deterministic, JSON-safe', () => {
    fc.assert(fc.property(articleLike, checkAnalysis), { numRuns: RUNS });
  });

  it('article-like text repeated into paragraphs: valid, deterministic, JSON-safe', () => {
    const article = fc.array(articleLike, { minLength: 1, maxLength: 8 }).map((paragraphs) => paragraphs.join('\n\n'));
    fc.assert(fc.property(article, checkAnalysis), { numRuns: RUNS / 4 });
  });
});
