/**
 * Reported speech without quote marks, sentence by sentence: the clause after a reporting verb
 * ("sagte, er sei ...", "erklärte, dass ...", "said that ..."), the clause before an inverted
 * one ("Die Lage sei ernst, sagte Müller."), the statement a source phrase vouches for ("Laut
 * Polizei wurden ...", "according to X, ..."), and Konjunktiv I sentences that go on with what
 * the sentence before reported.
 */
import type { Range } from '../document.js';
import { findCues, type Cue } from './cues.js';
import { isSourceNoun, type PhraseContext, type SpeakerPhrase } from './phrase.js';
import { clauseStart, subjectOf } from './subject.js';
import type { Word } from './words.js';

export interface Reported {
  /**
   * The reported clause; null for a sentence whose reporting verb names a speaker but governs
   * no clause ("Sie rief beide Seiten zur Einigung auf."): what goes on after it is that speaker's.
   */
  quote: Range | null;
  cue: Range | null;
  phrase: SpeakerPhrase | undefined;
  /** Carries the speaker of the reported sentence before it. */
  continued: boolean;
  /**
   * Reported by words in quote marks inside it, so not a quote of its own; it still gives the
   * speaker that Konjunktiv I sentences after it go on with.
   */
  coveredByMarks: boolean;
}

/** How far a reporting verb may stand from the comma that opens its clause: "sagte der Minister am Montag, ...". */
const COMMA_REACH = 8;
/** How far "that"/"dass" may follow its verb: "said in a statement that ...". */
const COMPLEMENTIZER_REACH = 6;
/** An inverted cue ends its sentence: "..., sagte der Minister am Montag." */
const TAIL_REACH = 7;
/** How many words of a clause are searched for its mood. */
const MOOD_REACH = 40;
/** A reported clause shorter than this many words is more likely a fragment than a statement. */
const MIN_WORDS = 3;

/** Reported speech in a block; `goesOn` when the block before ended in reported speech that its first sentence may continue. */
export function reportedSpeech(ctx: PhraseContext, goesOn: boolean): Reported[] {
  const { words } = ctx;
  const found: Reported[] = [];
  let previousReported = goesOn;
  let previous: { s: number; e: number; hasMarks: boolean } | undefined;
  for (let s = 0; s < words.words.length; ) {
    const e = words.sentenceEnd(s);
    const hasMarks = hasQuotedWord(words.words, s, e);
    let reported: Reported | undefined = inSentence(ctx, s, e) ?? (previousReported && !hasMarks ? continuation(ctx, s, e) : undefined);
    if (reported && previous && !previousReported && !previous.hasMarks) reported = pointsBack(ctx, reported, s, previous.s, previous.e) ?? reported;
    if (reported) {
      // The clause lies within its sentence, so only the sentence's words can be quoted in it.
      reported.coveredByMarks = hasMarks && reported.quote !== null && quotesVoiceIn(words.words, s, e, reported.quote);
      found.push(reported);
    }
    previousReported = reported !== undefined;
    previous = { s, e, hasMarks };
    s = e + 1;
  }
  return found;
}

/** "Das bestätigte die Polizei.": a cue whose object is a demonstrative opening its sentence reports the sentence before. */
function pointsBack(ctx: PhraseContext, reported: Reported, s: number, previousStart: number, previousEnd: number): Reported | undefined {
  const { words, lexicon } = ctx;
  const verb = words.words[s + 1];
  if (reported.quote !== null || !reported.phrase || verb === undefined || reported.cue?.start !== verb.start) return undefined;
  if (!lexicon.demonstratives.has(words.words[s]!.lower) || reported.phrase.first <= s + 1) return undefined;
  const quote = span(ctx, previousStart, previousEnd);
  return quote ? { ...reported, quote } : undefined;
}

/** How far after its verb the preposition of a topic may stand: "warnte am Montag in Berlin vor ...". */
const TOPIC_REACH = 7;

/** Whether a preposition that names what was said follows the cue in its clause: "sprach von", "warnte vor", "verwies auf". */
function topicAfter(ctx: PhraseContext, cue: Cue, e: number): boolean {
  const { words, lexicon } = ctx;
  for (let k = cue.last + 1; k < Math.min(e, cue.last + 1 + TOPIC_REACH); k++) {
    const word = words.words[k]!;
    if (word.quote !== -1 || word.text === ',') return false;
    if (lexicon.topicPrepositions.has(word.lower)) return true;
  }
  return false;
}

/** "Was hofft das Land von seinem Nachbarn?": the author asks; no one is reported. */
function isQuestion(ctx: PhraseContext, e: number): boolean {
  return ctx.words.words[e]?.text.includes('?') === true;
}

function hasQuotedWord(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, words.length); k++) if (words[k]!.quote !== -1) return true;
  return false;
}

/**
 * Whether words in quote marks report the clause `range`: a quoted fragment of the speaker's words
 * ("sie hätten sich „verliebt“", "sprach von einer „Zumutung für Pendler“"), while a single
 * capitalised word in marks is a term or title ("die so genannten „Einmannpackungen“") and leaves
 * the clause indirect.
 */
function quotesVoiceIn(words: readonly Word[], from: number, to: number, range: Range): boolean {
  for (let k = from; k < Math.min(to, words.length); k++) {
    const word = words[k]!;
    if (word.quote === -1 || !word.wordlike || word.end <= range.start || word.start >= range.end) continue;
    const sameQuote = (other: Word | undefined) => other !== undefined && other.quote === word.quote && other.wordlike;
    const term = word.capital && !sameQuote(words[k - 1]) && !sameQuote(words[k + 1]);
    if (!term) return true;
  }
  return false;
}

function inSentence(ctx: PhraseContext, s: number, e: number): Reported | undefined {
  const cues = findCues(ctx.words, ctx.lexicon, s, e);
  let announced: Reported | undefined;
  for (const cue of cues) {
    if (cue.cueClass !== 'say') continue;
    const phrase = subjectOf(ctx, cue, s, e);
    // "Die Pläne wurden von X als unrealistisch bezeichnet.": the agent of a passive cue reports no clause, but what follows may go on with its voice.
    if (cue.passive) {
      if (phrase && !announced) announced = { quote: null, cue: wordsRange(ctx, cue.first, cue.last), phrase, continued: false, coveredByMarks: false };
      continue;
    }
    const adverb = cue.shape === 'source-adverb';
    if (!phrase && cue.shape !== 'impersonal' && !adverb) continue;
    const source = cue.shape === 'source-before' || cue.shape === 'source-after' || adverb;
    // "X estimated that ..., according to a statement": a source that names no one leaves the statement to the clause's subject.
    const voiced = source && phrase && isBareSource(ctx, phrase) ? voicedStatement(ctx, cues, cue, s, e) : undefined;
    if (voiced) return voiced;
    const quote = source ? vouchedFor(ctx, cue, phrase, s, e) : clauseOf(ctx, cue, phrase, s, e);
    const cueRange = wordsRange(ctx, cue.first, cue.last);
    if (quote) return { quote, cue: cueRange, phrase, continued: false, coveredByMarks: false };
    // "Die Polizei sprach von einem friedlichen Verlauf.": the topic of what was said, reported in the author's sentence.
    if (phrase && !announced) announced = { quote: topicAfter(ctx, cue, e) && !isQuestion(ctx, e) ? (span(ctx, s, e) ?? null) : null, cue: cueRange, phrase, continued: false, coveredByMarks: false };
  }
  return announced;
}

function isBareSource(ctx: PhraseContext, phrase: SpeakerPhrase): boolean {
  return phrase.descriptor && isSourceNoun(ctx.lexicon, phrase.head);
}

/** The statement a bare source vouches for, given to the subject of a reporting or thinking verb before the source. */
function voicedStatement(ctx: PhraseContext, cues: readonly Cue[], source: Cue, s: number, e: number): Reported | undefined {
  const commaBefore = source.first - 1;
  const statementEnd = ctx.words.words[commaBefore]?.text === ',' ? commaBefore : source.first;
  for (const cue of cues) {
    if (cue.shape !== 'verb' || cue.cueClass === 'cite' || cue.passive || cue.last >= statementEnd) continue;
    const phrase = subjectOf(ctx, cue, s, e);
    const quote = phrase ? clauseOf(ctx, cue, phrase, s, statementEnd) : undefined;
    if (quote) return { quote, cue: wordsRange(ctx, cue.first, cue.last), phrase, continued: false, coveredByMarks: false };
  }
  return undefined;
}

/** The clause a reporting verb governs: after it ("sagte, ..."), or before it ("..., sagte X."). */
function clauseOf(ctx: PhraseContext, cue: Cue, phrase: SpeakerPhrase | undefined, s: number, e: number): Range | undefined {
  const { words, lexicon } = ctx;
  const start = clauseStart(ctx, cue.first, s);
  const commaAfter = nextComma(ctx, cue.last + 1, Math.min(e, cue.last + 1 + COMMA_REACH));
  // "Wie die Polizei mitteilte, lag ...": the clause after the one the cue stands in.
  if (lexicon.asConjunctions.has(words.words[start]!.lower) && commaAfter >= 0) return span(ctx, commaAfter + 1, e);
  // "“...,” Miller told reporters outside the court.": a verb right after a quote reports that quote.
  if (start > s && words.words[start - 1]!.quote !== -1 && !lexicon.clauseLinks.has(words.words[start]!.lower)) return span(ctx, s, start);
  const endsSentence = e - cue.last <= TAIL_REACH;
  // "Die Lage sei ernst, sagte Müller." / "The plan is dead, Smith said.": the subject stands after the comma;
  // a subject before it ("Die Sprecherin, Eva Lindner, sprach von ...") is no reported clause.
  const subjectAfterComma = !phrase || phrase.first >= start;
  if (start > s && words.words[start - 1]!.text === ',' && commaAfter < 0 && endsSentence && subjectAfterComma) return span(ctx, s, start - 1);
  for (let k = cue.last + 1; k < Math.min(commaAfter < 0 ? e : commaAfter, cue.last + 1 + COMPLEMENTIZER_REACH); k++) {
    if (lexicon.complementizers.has(words.words[k]!.lower)) return span(ctx, k, e);
  }
  const inverted = phrase !== undefined && phrase.first > cue.last;
  if (commaAfter < 0) return lexicon.capitalisedNouns || inverted ? undefined : bareClause(ctx, cue, e);
  const opener = words.words[commaAfter + 1];
  if (!opener) return undefined;
  // Right after the verb ("sagte, die Union brauche ...") a comma opens what was said; after more words it may open a relative clause.
  const linked = lexicon.clauseLinks.has(opener.lower);
  const rightAfter = commaAfter === cue.last + 1 && !linked;
  if (rightAfter || lexicon.complementizers.has(opener.lower) || (!linked && hasReportedMood(ctx, commaAfter + 1, e))) return span(ctx, commaAfter + 1, e);
  return undefined;
}

/** "Brandt told reporters the plan would cost ...": English drops "that"; the clause follows the verb and its listener. */
function bareClause(ctx: PhraseContext, cue: Cue, e: number): Range | undefined {
  const { words, lexicon } = ctx;
  if (lexicon.objectVerbs.has(words.words[cue.first]!.lower)) return undefined;
  let from = cue.last + 1;
  if (lexicon.listeners.has(words.words[from]?.lower ?? '')) from++;
  const opener = words.words[from];
  if (!opener || !words.isWord(from) || lexicon.prepositions.has(opener.lower) || lexicon.clauseLinks.has(opener.lower)) return undefined;
  return span(ctx, from, e);
}

function nextComma(ctx: PhraseContext, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const word = ctx.words.words[k]!;
    if (word.quote !== -1) return -1;
    if (word.text === ',') return k;
  }
  return -1;
}

/** "Laut Polizei wurden ..." / "..., according to the police.": the statement beside the source. */
function vouchedFor(ctx: PhraseContext, cue: Cue, phrase: SpeakerPhrase | undefined, s: number, e: number): Range | undefined {
  const { words } = ctx;
  const after = cue.shape !== 'source-after';
  const sourceEnd = cue.shape === 'source-before' ? Math.max(cue.last, phrase?.last ?? cue.last) : cue.last;
  const sourceStart = after ? cue.first : (phrase?.first ?? cue.first);
  // "..., according to a statement from the office.": a source after a comma closes its sentence; "Berichte, wonach ..." opens what follows.
  const commaBefore = sourceStart - 1;
  if (cue.shape !== 'source-adverb' && words.words[commaBefore]?.text === ',' && commaBefore - s >= MIN_WORDS) return span(ctx, s, commaBefore);
  let from = sourceEnd + 1;
  // "Laut dem Magazin „Forum“ (online) ...": a title in marks or a bracket still names the source.
  while (words.words[from] !== undefined && words.words[from]!.quote !== -1) from++;
  if (words.words[from]?.text === '(') {
    const close = words.words.findIndex((word, k) => k > from && k < e && word.text === ')');
    if (close > 0) from = close + 1;
  }
  if (words.words[from]?.text === ',') from++;
  if (e - from >= MIN_WORDS) return span(ctx, from, e);
  let to = sourceStart;
  if (ctx.words.words[to - 1]?.text === ',') to--;
  return to - s >= MIN_WORDS ? span(ctx, s, to) : undefined;
}

/** A sentence in Konjunktiv I right after reported speech goes on reporting it. */
function continuation(ctx: PhraseContext, s: number, e: number): Reported | undefined {
  if (!hasReportedMood(ctx, s, e) && !hasMood(ctx, ctx.lexicon.substituteMood, s, e)) return undefined;
  const quote = span(ctx, s, e);
  return quote ? { quote, cue: null, phrase: undefined, continued: true, coveredByMarks: false } : undefined;
}

/** Whether the author's words [from, to) hold a verb in the mood of reported speech. */
export function hasReportedMood(ctx: PhraseContext, from: number, to: number): boolean {
  return hasMood(ctx, ctx.lexicon.reportedMood, from, to);
}

function hasMood(ctx: PhraseContext, forms: ReadonlySet<string>, from: number, to: number): boolean {
  const { words, lexicon } = ctx;
  for (let k = from; k < Math.min(to, from + MOOD_REACH); k++) {
    const word = words.words[k]!;
    // A capitalised form inside a German sentence is a noun ("während einer Rede"), not a verb.
    const noun = lexicon.capitalisedNouns && word.capital && words.sentenceStart(k) !== k;
    if (word.quote === -1 && forms.has(word.lower) && !noun) return true;
  }
  return false;
}

function span(ctx: PhraseContext, from: number, to: number): Range | undefined {
  if (to - from < MIN_WORDS) return undefined;
  return wordsRange(ctx, from, to - 1);
}

function wordsRange(ctx: PhraseContext, first: number, last: number): Range {
  return { start: ctx.words.words[first]!.start, end: ctx.words.words[last]!.end };
}
