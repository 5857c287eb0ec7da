/**
 * Generated text for the property checks (test/properties.test.ts, and `npm run fuzz` at
 * 100,000 inputs): any string of full Unicode code points or of raw UTF-16 code units
 * (surrogates, controls and all), and article-like text assembled from the pieces that trouble
 * sentence splitting, quote pairing and entity recognition.
 */
import fc from 'fast-check';

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

export interface TextGenerator {
  name: string;
  arbitrary: fc.Arbitrary<string>;
  /** Share of the runs, relative to the other generators: the longer inputs get fewer. */
  weight: number;
}

export const textGenerators: readonly TextGenerator[] = [
  { name: 'any string of Unicode code points', arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 1 },
  { name: 'any string of UTF-16 code units, lone surrogates included', arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  { name: 'article-like text', arbitrary: articleLike, weight: 1 },
  {
    name: 'article-like text repeated into paragraphs',
    arbitrary: fc.array(articleLike, { minLength: 1, maxLength: 8 }).map((paragraphs) => paragraphs.join('\n\n')),
    weight: 0.25,
  },
];
