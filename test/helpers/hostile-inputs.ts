/**
 * Hostile inputs of issue 8, each a builder `make(scale)` whose output grows linearly with
 * `scale` (1 = the size the issue names, or one that takes about a second), so one table serves the validity checks, the
 * growth checks, the JSONL stream test and scripts/scale.ts.
 */

export interface HostileInput {
  name: string;
  make: (scale: number) => string;
}

const times = (piece: string, count: number) => piece.repeat(Math.max(1, Math.round(count)));

/** A byte soup: every value 0..255 as a char, with a fixed pseudo-random order (deterministic). */
function binaryJunk(length: number): string {
  let seed = 0x2545f491;
  let out = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out += String.fromCharCode(seed >>> 24);
  }
  return out;
}

/** Unpaired high and low surrogates, reversed pairs, and valid pairs mixed with text. */
const LONE_SURROGATES = '\ud800 Text \udc00 mehr\udbff\ud83d\ude00. \udfff\ud800Satz. ';
const MIXED_SCRIPTS =
  'Путин сказал: «Да». 习近平说：“是的。” قال الرئيس: «نعم». 👩‍👩‍👧‍👦 Familie 🏳️‍🌈 und 👍🏽. Ελλάδα και हिन्दी. ';
const HTML_MARKDOWN =
  '<div class="article"><h1>Titel &amp; Mehr</h1>\n<p>Der <b>Kanzler</b> sagte: „Ja.“</p><script>var x = "<p>";</script>\n\n' +
  '# Überschrift\n\n**Fett** und _kursiv_, [Link](https://example.com/a?b=c&d=e) und `code`.\n\n> Zitat\n\n- Punkt\n- Punkt\n\n';
const BOILERPLATE = 'Siehe auch: Mehr zum Thema\n\nBild: dpa\n\nFoto: Reuters / Max Mustermann\n\nTeilen\n\nNewsletter\n\nAnzeige\n\n';
const QUOTE_MARKS = ['„', '“', '"', '»', '«', '‚', "'", '”', '‘', '’', '›', '‹'];

export const hostileInputs: readonly HostileInput[] = [
  { name: 'empty text', make: () => '' },
  { name: 'whitespace only', make: (s) => times(' \n\t\u00a0\u2003\r\n\n', 1000 * s) },
  { name: 'a single character', make: () => 'A' },
  { name: 'a single dot', make: () => '.' },
  { name: 'a single quote mark', make: () => '„' },
  { name: 'binary junk', make: (s) => binaryJunk(10_000 * s) },
  { name: 'lone surrogates', make: (s) => times(LONE_SURROGATES, 200 * s) },
  { name: 'only lone surrogates', make: (s) => times('\udc00\ud800', 5000 * s) },
  { name: 'NUL bytes', make: (s) => times('Wort\u0000 Satz.\u0000\u0000\n', 1000 * s) },
  { name: 'only NUL bytes', make: (s) => '\u0000'.repeat(10_000 * s) },
  { name: 'mixed scripts and ZWJ emoji', make: (s) => times(MIXED_SCRIPTS, 100 * s) },
  ...QUOTE_MARKS.map((mark) => ({ name: `10,000 unbalanced ${mark} marks`, make: (s: number) => mark.repeat(10_000 * s) })),
  { name: '10,000 quote marks of every style between words', make: (s) => times(QUOTE_MARKS.map((mark) => `Wort ${mark}Anna `).join(''), (10_000 / QUOTE_MARKS.length) * s) },
  { name: '100,000 abbreviations "z. B. "', make: (s) => times('z. B. ', 100_000 * s) },
  { name: '100,000 dotted initials "a."', make: (s) => `${times('a.', 100_000 * s)}bc` },
  { name: '100,000 abbreviations "U.S."', make: (s) => `${times('U.S.', 100_000 * s)}A` },
  { name: '100,000 dots', make: (s) => '.'.repeat(100_000 * s) },
  { name: '100,000 dots with spaces', make: (s) => times('. ', 100_000 * s) },
  { name: 'numbers with dots', make: (s) => `${times('1.2.3.4.', 50_000 * s)}x` },
  { name: 'one 1 MB line without punctuation', make: (s) => times('wort ', 200_000 * s) },
  { name: 'one 1 MB word', make: (s) => 'a'.repeat(1_000_000 * s) },
  // A capitalised word is tried as a compound at every cut: once a quadratic search for its head.
  { name: 'one 1 MB capitalised word', make: (s) => `W${'ortund'.repeat(166_666 * s)}` },
  { name: 'capitalised words without punctuation', make: (s) => times('Anna Berlin Schmidt ', 5000 * s) },
  { name: 'a repeated name with quotes', make: (s) => times('Anna Schmidt sagte: „Ja.“ ', 5000 * s) },
  { name: 'a repeated name, one per paragraph', make: (s) => times('Anna Schmidt sagte: „Ja.“\n\n', 5000 * s) },
  // Reported speech without a quote mark in 30,000 paragraphs: mark pairing once searched past its block.
  { name: 'reported speech without quote marks, one per paragraph', make: (s) => times('Anna Schmidt sagte, es regne.\n\n', 30_000 * s) },
  { name: 'quotes nested without end', make: (s) => times('„Er sagte: »Sie meinte: ‚', 2000 * s) },
  { name: 'HTML and Markdown left in', make: (s) => times(HTML_MARKDOWN, 50 * s) },
  { name: 'CRLF line endings', make: (s) => times('Titel\r\n\r\nDer Satz hier. Noch einer.\r\nZeile zwei.\r\n', 500 * s) },
  { name: 'lone CR line endings', make: (s) => times('Titel\r\rDer Satz hier. Noch einer.\rZeile zwei.\r', 500 * s) },
  { name: 'many blank lines', make: (s) => `${'\n'.repeat(100_000 * s)}Ende.` },
  { name: '20,000 one-word lines', make: (s) => times('Wort\n', 20_000 * s) },
  { name: 'all boilerplate', make: (s) => times(BOILERPLATE, 200 * s) },
  { name: 'colons and dashes', make: (s) => times(': – — - :: ', 10_000 * s) },
  { name: 'brackets without end', make: (s) => times('(Anna [Berlin {', 5000 * s) },
];
