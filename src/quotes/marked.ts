/**
 * Kind and speaker of the words between quote marks. A quote that stands as a statement of its
 * own ("„...“, sagte X." / "X: „...“" / a paragraph in marks) is direct: its speaker comes from
 * the cue after it, the cue before it, a colon introduction ending the paragraph before, or the
 * quote before it. A fragment inside the author's sentence is partial when the sentence gives it
 * a speaker ("sprach von einem „wichtigen Signal“"), and scare quotes otherwise.
 */
import type { QuoteKind } from '../types.js';
import type { Range } from '../document.js';
import { findCues, type Cue } from './cues.js';
import { isPersonNoun, phraseAt, type PhraseContext, type SpeakerPhrase } from './phrase.js';
import { hasReportedMood } from './reported.js';
import { clauseStart, colonSpeaker, invertedSpeaker, subjectOf } from './subject.js';
import type { BlockWords, Word } from './words.js';
import type { MarkedSpan } from './marks.js';

export interface Attribution {
  kind: QuoteKind;
  cue: Range | null;
  /** The speaker as written near the quote; undefined when it carries over or is unknown. */
  phrase: SpeakerPhrase | undefined;
  /** Whether a cue or phrase was found (an impersonal cue attributes to no one, on purpose). */
  attributed: boolean;
  /**
   * A fragment that quotes whoever is being reported: it stands in a sentence of reported speech
   * (Konjunktiv I), or it is a phrase of several words in lower case ("von einem „vertrauensvollen
   * und offenen Dialog“"), which news writing sets off only when quoting.
   */
  quotesVoice?: boolean;
}

/** How far after a quote its cue may stand: "„...“, sagte der Minister" / "“...,” Smith said". */
const AFTER_REACH = 12;
/** How many words around a fragment its cue is looked for in: keeps long sentences linear. */
const SENTENCE_REACH = 60;
/** Several words, the first in lower case: "vertrauensvollen und offenen Dialog". */
const QUOTED_PHRASE = /^\p{Ll}\S*\s+\S+\s+\S/u;
/** How a quoted statement begins: a capital, a number, an ellipsis or a bracket ("[...]"). */
const STATEMENT_START = /^[\s(]*[\p{Lu}\p{N}…[.„“"»«‚‘'›‹]/u;
/** How a quoted statement ends, before its marks: "...“, sagte" / "...,” said" / "...!“". */
const STATEMENT_END = /[.!?…,:;–—]\s*$/u;

export function attributeMarked(ctx: PhraseContext, index: number, previousBlockIntro: BlockWords | undefined): Attribution {
  const { words } = ctx;
  const span = words.quotes[index]!;
  const content = words.doc.view.slice(span.start, span.end);
  const { before, after } = words.frameOf(index);
  const [bf, bt] = before;
  const [af, at] = after;
  const lastBefore = words.words[bt - 1];
  const opensSentence = bt === bf || lastBefore?.text === ':';
  const afterIsTail = at === af || words.words[af]!.text === ',' || STATEMENT_END.test(content) || words.words[af]!.quote !== -1;
  const statement = STATEMENT_START.test(content) && opensSentence && afterIsTail;

  if (statement) {
    const tail = cueWithin(findCues(words, ctx.lexicon, af, Math.min(at, af + AFTER_REACH + 1)), ctx, af, at);
    // "X sagte: „...“ betont sie.": the pronoun after stands for the speaker named before.
    const named = tail?.phrase?.pronoun ? lastCue(ctx, bf, bt) : undefined;
    if (named?.phrase && !named.phrase.pronoun && !named.phrase.descriptor) return direct(named);
    if (tail) return direct(tail);
    const inverted = invertedSpeaker(ctx, af, at);
    if (inverted) return { kind: 'direct', cue: cueRange(words, { first: inverted.verb, last: inverted.verb }), phrase: inverted.phrase, attributed: true };
    const lead = lastCue(ctx, bf, bt);
    if (lead) return direct(lead);
    if (bt === bf && span.open === words.doc.blocks[words.block]!.start && previousBlockIntro) {
      const intro = introduction({ ...ctx, words: previousBlockIntro });
      if (intro) return direct(intro);
    }
    // "Queensland sei ... verpflichtet: „...“": an introduction in reported speech goes on with the voice that reports it.
    const introduced = lastBefore?.text === ':' && !hasReportedMood(ctx, bf, bt - 1) ? colonSpeaker(ctx, bf, bt - 1) : undefined;
    if (introduced) {
      const cue = findCues(words, ctx.lexicon, bf, bt).at(-1);
      return { kind: 'direct', cue: cue ? cueRange(words, cue) : null, phrase: introduced, attributed: true };
    }
    return { kind: 'direct', cue: null, phrase: undefined, attributed: false };
  }
  // "„Du siehst“, sagte sie, „gut aus.“": the rest of a statement its attribution interrupted.
  const interrupted = bf > 0 && words.words[bf - 1]!.quote !== -1 && lastBefore?.text === ',' && findCues(words, ctx.lexicon, bf, bt).length > 0;
  if (interrupted) return { kind: 'direct', cue: null, phrase: undefined, attributed: false };
  if (isName(ctx, span, content, lastBefore)) return { kind: 'scare', cue: null, phrase: undefined, attributed: false };
  const sentenceFrom = Math.max(words.sentenceStart(bf), bf - SENTENCE_REACH);
  const sentenceTo = Math.min(words.sentenceEnd(at), at + SENTENCE_REACH);
  // Searched from the sentence start, so that a participle after the fragment still sees its passive auxiliary before it.
  const cuesAfter = findCues(words, ctx.lexicon, sentenceFrom, sentenceTo).filter((cue) => cue.first >= af);
  // "..., „wenn jemand ...“, so Ute Bader.": a cue right after the fragment's comma is its own, whatever came before.
  const rightAfter = words.words[af]?.text === ',' && cuesAfter[0]?.first === af + 1 ? cueWithin(cuesAfter.slice(0, 1), ctx, sentenceFrom, sentenceTo) : undefined;
  const found = rightAfter ?? framingCue(ctx, sentenceFrom, sentenceTo) ?? lastCue(ctx, sentenceFrom, bt) ?? cueWithin(cuesAfter, ctx, sentenceFrom, sentenceTo);
  if (found?.phrase) return { kind: 'partial', cue: found.cue, phrase: found.phrase, attributed: true };
  const holder = opinionHolder(ctx, sentenceFrom, bt);
  if (holder) return { kind: 'partial', cue: null, phrase: holder, attributed: true };
  const quotesVoice = hasReportedMood(ctx, sentenceFrom, sentenceTo) || QUOTED_PHRASE.test(content);
  return { kind: 'scare', cue: null, phrase: undefined, attributed: false, quotesVoice };
}

interface FoundCue {
  cue: Range;
  phrase: SpeakerPhrase | undefined;
  impersonal: boolean;
}

function direct(found: FoundCue): Attribution {
  return { kind: 'direct', cue: found.cue, phrase: found.phrase, attributed: true };
}

function cueWithin(cues: readonly Cue[], ctx: PhraseContext, from: number, to: number): FoundCue | undefined {
  for (const cue of cues) {
    const found = resolveCue(ctx, cue, from, to);
    if (found.phrase || found.impersonal) return found;
  }
  return undefined;
}

/** The cue nearest before a quote, in the words [from, to). */
function lastCue(ctx: PhraseContext, from: number, to: number): FoundCue | undefined {
  const cues = findCues(ctx.words, ctx.lexicon, from, to);
  return cueWithin(cues.reverse(), ctx, from, to);
}

function resolveCue(ctx: PhraseContext, cue: Cue, from: number, to: number): FoundCue {
  const { words } = ctx;
  return {
    cue: cueRange(words, cue),
    phrase: subjectOf(ctx, cue, from, to),
    impersonal: cue.shape === 'impersonal',
  };
}

/**
 * "Wie X erklärte, sieht die Regierung „...“" / "..., wie X sagte.": a clause with "wie" around a
 * cue frames its whole sentence, whatever other verb of saying or thinking the sentence has.
 */
function framingCue(ctx: PhraseContext, from: number, to: number): FoundCue | undefined {
  const { words, lexicon } = ctx;
  const framing = findCues(words, lexicon, from, to).filter((cue) => {
    const start = clauseStart(ctx, cue.first, from);
    const after = words.words[cue.last + 1];
    const closes = after === undefined || after.text === ',' || words.isFinal(cue.last + 1);
    return cue.shape === 'verb' && closes && start < cue.first && lexicon.asConjunctions.has(words.words[start]!.lower);
  });
  return cueWithin(framing, ctx, from, to);
}

/** How many words may open a clause before its "für": "Was für die Ministerin ...". */
const OPINION_OPENING = 1;

/**
 * "Für den Theologen X sei der Rücktritt „verständlich“", "For Smith, the vote was “a disaster”":
 * a clause that opens with "für" and a person gives that person's view.
 */
function opinionHolder(ctx: PhraseContext, from: number, to: number): SpeakerPhrase | undefined {
  const { words, lexicon } = ctx;
  for (let k = from; k <= Math.min(to - 2, from + OPINION_OPENING); k++) {
    if (words.words[k]!.quote !== -1 || !lexicon.opinionPrepositions.has(words.words[k]!.lower)) continue;
    const phrase = phraseAt(ctx, k + 1, to);
    if (!phrase || phrase.pronoun) return undefined;
    const named = (ctx.named?.(phrase.nameRange.start, phrase.nameRange.end) ?? 0) > 0 && !ctx.placeName?.(phrase.nameRange.start, phrase.nameRange.end);
    return named || (phrase.descriptor && isPersonNoun(lexicon, phrase.head)) ? phrase : undefined;
  }
  return undefined;
}

function cueRange(words: BlockWords, cue: Pick<Cue, 'first' | 'last'>): Range {
  return { start: words.words[cue.first]!.start, end: words.words[cue.last]!.end };
}

/** "Aber es fügte hinzu:" / "... mit den Worten:" closing the paragraph before a quote. */
function introduction(ctx: PhraseContext): FoundCue | undefined {
  const { words } = ctx;
  const last = words.words.length - 1;
  if (last < 0 || words.words[last]!.text !== ':' || words.words[last]!.quote !== -1) return undefined;
  return lastCue(ctx, words.sentenceStart(last), last);
}

/** Most words a title in marks right after its noun has: "die Organisation „Reporter ohne Grenzen“". */
const TITLE_WORDS = 6;

/**
 * "die Enzyklika „Deus caritas est“", "unter dem Motto „Freiheit statt Angst“": a short quote in
 * capitals right after a German common noun (not a name, which may be a speaker) names the thing
 * the noun is.
 */
function isTitleAfterNoun(ctx: PhraseContext, content: string, before: Word | undefined): boolean {
  if (before === undefined || before.quote !== -1 || !before.capital || !before.wordlike) return false;
  if ((ctx.named?.(before.start, before.end) ?? 0) > 0 || ctx.lexicon.verbs.has(before.lower)) return false;
  const text = content.trim();
  return /^\p{Lu}/u.test(text) && !STATEMENT_END.test(text) && text.split(/\s+/u).length <= TITLE_WORDS;
}

/**
 * A title or name in marks ("„Bella Block“", "„Xinhua“", "the “Morning Star”"): the recogniser
 * found a name in most of it, or no word starts in lower case. A single German word after "als"
 * or an indefinite article is a noun, though ("nannte es eine „Zeitungsente“").
 */
function isName(ctx: PhraseContext, span: MarkedSpan, content: string, before: Word | undefined): boolean {
  const covered = ctx.named?.(span.start, span.end) ?? 0;
  if (covered * 2 >= span.end - span.start) return true;
  if (ctx.lexicon.capitalisedNouns && isTitleAfterNoun(ctx, content, before)) return true;
  if (/(?:^|[\s(„“"»«‚‘'›‹-])\p{Ll}/u.test(content)) return false;
  const singleWord = !/\s/u.test(content.trim());
  return !(singleWord && before !== undefined && before.quote === -1 && ctx.lexicon.nounIntroducers.has(before.lower));
}
