/**
 * Recogniser output made fit for the document: mentions outside body sentences are dropped, every
 * mention is widened to whole tokens, and what a name does not include is trimmed off its edges:
 * forms of address ("Herrn Lawrow" → "Lawrow"), articles and other lower-case words ("die
 * Vereinigten Staaten", "Paris meldet"), punctuation. Lower-case words that are written
 * like names stay ("dpa-AFX", "eBay", "Verein e.V.", "PR-Inside.com"). A lone sentence-opening
 * stop word ("Doch", "Beide"), month, weekday or currency ("März", "Euro") or form of address is never a name. Forms of address also find
 * names the recogniser missed.
 */
import type { Mention, Token } from '../document.js';
import type { Body } from './body.js';
import type { NameWords } from './name-words.js';
import type { TokenSpan } from './spans.js';

const UPPER = /\p{Lu}/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]+$/u;
const QUOTE_MARK = /^[„“”"«»]$/;
/** A lower-case word written like a name: with a capital, digit, hyphen or dot inside ("eBay", "dpa-AFX", "e.V."). */
const NAME_LIKE_LOWER = /^\p{Ll}.*[\p{Lu}\p{N}.-]/u;
/** A short capitalised abbreviation whose full stop is part of a name: "Co.", "Jr.", "Ltd.". */
const SHORT_ABBREVIATION = /^\p{Lu}\p{Ll}{1,2}$/u;
/** How many words after a form of address may make up the name: "Herr Karl-Heinz von Berg". */
const MAX_ADDRESSED_NAME_WORDS = 4;

/** Whether a word can be a name on its own: it has a capital and is no form of address. */
export function looksLikeName(word: string, words: NameWords): boolean {
  return UPPER.test(word) && !words.isHonorific(word);
}

/**
 * Whether the word at token t may be a name on its own there. A capitalised stop word is not where
 * its capital is owed to its position ("Doch", "Beide" opening a sentence); elsewhere it may be a
 * surname ("Kurz", "May"). Lower-case words only count when the recogniser tagged them ("dpa").
 */
export function mayBeNameAt(body: Body, t: number, words: NameWords, tagged = false): boolean {
  const word = body.word(t);
  if (!UPPER.test(word)) return tagged && word.length > 1 && !words.isStopWord(word);
  if (!looksLikeName(word, words) || words.isNeverName(word)) return false;
  return ALL_CAPS.test(word) || !words.isStopWord(word) || !body.capitalisedByPositionAt(t);
}

const attachedToPrevious = (tokens: readonly Token[], t: number) => tokens[t - 1]!.end === tokens[t]!.start;

/**
 * Whether token t may open the name of `span` (ending at `end`). A capitalised word does unless it
 * is a form of address or an article before more words ("Die Vereinigten Staaten"); a lower-case
 * one if it is a particle of a person's name, is written like a name, or was tagged alone.
 */
function opensName(body: Body, t: number, end: number, span: TokenSpan, words: NameWords, taggedAlone: boolean): boolean {
  const word = body.word(t);
  if (UPPER_START.test(word)) return !words.isHonorific(word) && (end - t === 1 || !words.isDeterminer(word));
  return (span.type === 'PER' && words.isNameParticle(word)) || NAME_LIKE_LOWER.test(word) || (taggedAlone && !words.isStopWord(word));
}

/**
 * Whether a name whose first token is `first` may end at token t: in a number, a capitalised
 * word, a word written like a name, the end of a domain name ("PR-Inside.com"), or a word tagged alone.
 */
function endsName(body: Body, t: number, first: number, taggedAlone: boolean): boolean {
  const tokens = body.doc.tokens;
  const kind = tokens[t]!.kind;
  if (kind === 'number') return true;
  if (kind !== 'word') return false;
  const word = body.word(t);
  if (UPPER_START.test(word) || NAME_LIKE_LOWER.test(word) || taggedAlone) return true;
  return t > first && body.word(t - 1) === '.' && attachedToPrevious(tokens, t) && attachedToPrevious(tokens, t - 1);
}

/**
 * Glued punctuation the recogniser kept may be the name's: the full stop of a short abbreviation
 * ("ERI Co.", "Sammy Davis Jr."), an exclamation mark that does not end the sentence ("Yahoo!").
 */
function isNamePunctuation(body: Body, t: number, first: number): boolean {
  if (t === first || !attachedToPrevious(body.doc.tokens, t)) return false;
  const word = body.word(t);
  if (word === '.') return SHORT_ABBREVIATION.test(body.word(t - 1));
  return word === '!' && t + 1 < body.tokenCount && body.sentenceOf(t + 1) === body.sentenceOf(t);
}

/** The span with its edges trimmed, in place, or null when no name is left. */
function trim(body: Body, span: TokenSpan, words: NameWords): TokenSpan | null {
  const { tokens } = body.doc;
  let { first, end } = span;
  // A lower-case word counts as a name only where the recogniser tagged it alone ("dpa"), not where trimming left it ("his wife").
  const taggedAlone = end - first === 1;
  // A name does not run on across quote marks: "das Magazin „Kompass“" names the magazine Kompass.
  for (let t = end - 2; t > first; t--) {
    if (QUOTE_MARK.test(body.word(t))) {
      first = t + 1;
      break;
    }
  }
  while (first < end) {
    const kind = tokens[first]!.kind;
    if (kind !== 'punct' && kind !== 'symbol' && opensName(body, first, end, span, words, taggedAlone)) break;
    first += words.isHonorific(body.word(first)) && first + 1 < end && body.word(first + 1) === '.' ? 2 : 1;
  }
  while (end > first && !endsName(body, end - 1, first, taggedAlone) && !isNamePunctuation(body, end - 1, first)) end--;
  if (end <= first || (end - first === 1 && !mayBeNameAt(body, first, words, taggedAlone))) return null;
  span.first = first;
  span.end = end;
  return span;
}

export function cleanMentions(body: Body, mentions: readonly Mention[], words: NameWords): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const mention of mentions) {
    if (!(mention.end > mention.start)) continue;
    const tokens = body.tokensOf(mention);
    if (!tokens) continue;
    const recognised: TokenSpan = { first: tokens.first, end: tokens.end, type: mention.type, votes: true };
    if (mention.score !== undefined) recognised.score = mention.score;
    const span = trim(body, recognised, words);
    if (span) spans.push(span);
  }
  return spans;
}

/** Whether the token follows a determiner of its sentence, which makes a capitalised word a common noun. */
export function afterDeterminer(body: Body, t: number, words: NameWords): boolean {
  return t > 0 && body.sentenceOf(t - 1) === body.sentenceOf(t) && words.isDeterminer(body.word(t - 1));
}

/** Names right after a form of address: "Herr Lawrow", "Mrs Okafor". */
export function addressedNames(body: Body, words: NameWords): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let t = 0; t < body.tokenCount; t++) {
    if (body.sentenceOf(t) < 0 || !words.isHonorific(body.word(t)) || afterDeterminer(body, t, words)) continue;
    let first = t + 1;
    if (first < body.tokenCount && body.word(first) === '.') first++;
    // The sentence of the name, not of the form of address: a splitter may have cut after "Mr.".
    const sentence = first < body.tokenCount ? body.sentenceOf(first) : -1;
    if (sentence < 0) continue;
    let end = first;
    while (end < body.tokenCount && end - first < MAX_ADDRESSED_NAME_WORDS && body.sentenceOf(end) === sentence) {
      const word = body.word(end);
      const isNameWord = UPPER_START.test(word) && mayBeNameAt(body, end, words) && !words.isAddressedRole(word);
      if (!isNameWord && !(end > first && words.isNameParticle(word))) break;
      end++;
    }
    while (end > first && !UPPER_START.test(body.word(end - 1))) end--;
    if (end > first) spans.push({ first, end, type: 'PER', votes: true });
  }
  return spans;
}
