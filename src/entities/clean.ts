/**
 * Recogniser output made fit for the document: mentions outside body sentences are dropped, every
 * mention is widened to whole tokens, and what a name does not include is trimmed off its edges:
 * forms of address ("Herrn Lawrow" → "Lawrow"), articles and other lower-case words ("die
 * Vereinigten Staaten", "Paris meldet"), punctuation. Lower-case words that are written
 * like names stay ("dpa-AFX", "eBay", "Verein e.V.", "PR-Inside.com"). A lone sentence-opening
 * stop word ("Doch", "Beide") or form of address is never a name. Forms of address also find
 * names the recogniser missed.
 */
import type { Mention } from '../document.js';
import type { Body } from './body.js';
import type { EntityRules } from './rules.js';
import type { TokenSpan } from './spans.js';

const UPPER = /\p{Lu}/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]+$/u;
/** A lower-case word written like a name: with a capital, digit, hyphen or dot inside ("eBay", "dpa-AFX", "e.V."). */
const NAME_LIKE_LOWER = /^\p{Ll}.*[\p{Lu}\p{N}.-]/u;
/** A short capitalised abbreviation whose full stop is part of a name: "Co.", "Jr.", "Ltd.". */
const SHORT_ABBREVIATION = /^\p{Lu}\p{Ll}{1,2}$/u;
/** How many words after a form of address may make up the name: "Herr Karl-Heinz von Berg". */
const MAX_ADDRESSED_NAME_WORDS = 4;

export interface NameWords {
  readonly rules: EntityRules;
  isStopWord(word: string): boolean;
}

const isHonorific = (body: Body, t: number, words: NameWords) => words.rules.honorifics.includes(body.word(t));

/** Whether a word can be a name on its own: it has a capital and is no form of address. */
export function looksLikeName(word: string, words: NameWords): boolean {
  return UPPER.test(word) && !words.rules.honorifics.includes(word);
}

/**
 * Whether the word at token t may be a name on its own there. A capitalised stop word is not where
 * its capital is owed to its position ("Doch", "Beide" opening a sentence); elsewhere it may be a
 * surname ("Kurz", "May"). Lower-case words only count when the recogniser tagged them ("dpa").
 */
export function mayBeNameAt(body: Body, t: number, words: NameWords, tagged = false): boolean {
  const word = body.word(t);
  if (!UPPER.test(word)) return tagged && word.length > 1 && !words.isStopWord(word);
  if (!looksLikeName(word, words)) return false;
  return ALL_CAPS.test(word) || !words.isStopWord(word) || !body.capitalisedByPositionAt(t);
}

function trim(body: Body, span: TokenSpan, words: NameWords): TokenSpan | null {
  const { tokens } = body.doc;
  const particles = words.rules.nameParticles;
  let { first, end } = span;
  // A lower-case word counts as a name only where the recogniser tagged it alone ("dpa"), not where trimming left it ("his wife").
  const taggedAlone = end - first === 1;
  const kind = (t: number) => tokens[t]!.kind;
  const attachedToPrevious = (t: number) => tokens[t - 1]!.end === tokens[t]!.start;
  // A capitalised word opens a name unless it is a form of address or an article before more words
  // ("Die Vereinigten Staaten"); a lower-case one if it is a particle of a person's name, is written
  // like a name, or was tagged alone.
  const opensName = (t: number) => {
    const word = body.word(t);
    if (UPPER_START.test(word)) return !isHonorific(body, t, words) && (end - t === 1 || !words.rules.determiners.includes(word.toLowerCase()));
    return (span.type === 'PER' && particles.includes(word)) || NAME_LIKE_LOWER.test(word) || (taggedAlone && !words.isStopWord(word));
  };
  // A name ends in a number, a capitalised word, a word written like a name, the end of a domain
  // name ("PR-Inside.com"), or a word tagged alone.
  const endsDomain = (t: number) => t > first && body.word(t - 1) === '.' && attachedToPrevious(t) && attachedToPrevious(t - 1);
  const endsName = (t: number) =>
    kind(t) === 'number' ||
    (kind(t) === 'word' && (UPPER_START.test(body.word(t)) || NAME_LIKE_LOWER.test(body.word(t)) || endsDomain(t) || taggedAlone));
  while (first < end && (kind(first) === 'punct' || kind(first) === 'symbol' || !opensName(first))) {
    first += isHonorific(body, first, words) && first + 1 < end && body.word(first + 1) === '.' ? 2 : 1;
  }
  // Glued punctuation the recogniser kept may be the name's: the full stop of a short abbreviation
  // ("ERI Co.", "Sammy Davis Jr."), an exclamation mark that does not end the sentence ("Yahoo!").
  const namePunctuation = (t: number) => {
    if (t === first || !attachedToPrevious(t)) return false;
    if (body.word(t) === '.') return SHORT_ABBREVIATION.test(body.word(t - 1));
    return body.word(t) === '!' && t + 1 < body.tokenCount && body.sentenceOf(t + 1) === body.sentenceOf(t);
  };
  while (end > first && !endsName(end - 1) && !namePunctuation(end - 1)) end--;
  if (end <= first || (end - first === 1 && !mayBeNameAt(body, first, words, taggedAlone))) return null;
  return { ...span, first, end };
}

export function cleanMentions(body: Body, mentions: readonly Mention[], words: NameWords): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const mention of mentions) {
    if (!(mention.end > mention.start)) continue;
    const tokens = body.tokensOf(mention);
    if (!tokens) continue;
    const span = trim(body, { ...tokens, type: mention.type, votes: true, ...(mention.score === undefined ? {} : { score: mention.score }) }, words);
    if (span) spans.push(span);
  }
  return spans;
}

/** Whether the token follows a determiner of its sentence, which makes a capitalised word a common noun. */
export function afterDeterminer(body: Body, t: number, words: NameWords): boolean {
  return t > 0 && body.sentenceOf(t - 1) === body.sentenceOf(t) && words.rules.determiners.includes(body.word(t - 1).toLowerCase());
}

/** Names right after a form of address: "Herr Lawrow", "Mrs Okafor". */
export function addressedNames(body: Body, words: NameWords): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const { rules } = words;
  for (let t = 0; t < body.tokenCount; t++) {
    if (body.sentenceOf(t) < 0 || !isHonorific(body, t, words) || afterDeterminer(body, t, words)) continue;
    let first = t + 1;
    if (first < body.tokenCount && body.word(first) === '.') first++;
    // The sentence of the name, not of the form of address: a splitter may have cut after "Mr.".
    const sentence = first < body.tokenCount ? body.sentenceOf(first) : -1;
    if (sentence < 0) continue;
    let end = first;
    while (end < body.tokenCount && end - first < MAX_ADDRESSED_NAME_WORDS && body.sentenceOf(end) === sentence) {
      const word = body.word(end);
      const isNameWord = UPPER_START.test(word) && mayBeNameAt(body, end, words) && !rules.addressedRoles.includes(word);
      if (!isNameWord && !(end > first && rules.nameParticles.includes(word))) break;
      end++;
    }
    while (end > first && !UPPER_START.test(body.word(end - 1))) end--;
    if (end > first) spans.push({ first, end, type: 'PER', votes: true });
  }
  return spans;
}
