/**
 * Quotes with speakers and cues: words in quote marks (direct, partial, scare; quotes nested in
 * a quote as scare quotes inside it) and reported speech without marks (indirect). Only the
 * article's blocks are read; boilerplate and bylines yield no quotes.
 */
import type { Doc, Mention, Quote, QuoteSpeakerRef } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { EntityType } from '../types.js';
import { quoteLexicon } from '../quotes/lexicon.js';
import { pairMarks, type MarkedSpan } from '../quotes/marks.js';
import { attributeMarked } from '../quotes/marked.js';
import { writtenNames, type PhraseContext, type SpeakerPhrase } from '../quotes/phrase.js';
import { reportedSpeech } from '../quotes/reported.js';
import { SpeakerMemory } from '../quotes/resolve.js';
import { BlockWords } from '../quotes/words.js';
import { partitionPoint } from '../text/search.js';

/** Who spoke where in a block, so that a quote without a cue can carry the voice before it. */
interface Voice {
  at: number;
  speaker: QuoteSpeakerRef;
}

/**
 * The voices of one block: those of reported clauses, all known first, and those of marked
 * quotes, added in text order while the block's quotes are asked about in text order, so each
 * question costs constant time on average.
 */
class Voices {
  private readonly ofReported: Voice[] = [];
  private lastMarked: Voice | undefined;
  /** How many reported voices lie before the position asked about last. */
  private passed = 0;

  get any(): boolean {
    return this.ofReported.length > 0 || this.lastMarked !== undefined;
  }

  reported(voice: Voice): void {
    this.ofReported.push(voice);
  }

  marked(voice: Voice): void {
    this.lastMarked = voice;
  }

  /** The last voice before `at`; `at` never decreases from one question to the next. */
  before(at: number): QuoteSpeakerRef | undefined {
    while (this.passed < this.ofReported.length && this.ofReported[this.passed]!.at < at) this.passed++;
    const reported = this.ofReported[this.passed - 1];
    const marked = this.lastMarked && this.lastMarked.at < at ? this.lastMarked : undefined;
    return (!reported || (marked && marked.at > reported.at) ? marked : reported)?.speaker;
  }
}

/** Finds direct, partial, scare and indirect quotes in the article's blocks and attributes them to speakers and cues (`doc.quotes`); needs the sentences and entities. */
export const quotes: Stage = {
  name: 'quotes',
  run(doc: Doc) {
    doc.quotes = [];
    const lexicon = quoteLexicon(doc.lang);
    const memory = new SpeakerMemory(doc, lexicon);
    const named = nameIndex(doc);
    const places = nameIndex(doc, 'LOC');
    const placeName = places && ((start: number, end: number) => places(start, end) > 0);
    /** The paragraph before, and the voice it ended with, for quotes that carry on. */
    let previous: { words: BlockWords; voice: QuoteSpeakerRef | null; reporting: QuoteSpeakerRef | null } | undefined;
    const found: Quote[] = [];
    doc.blocks.forEach((block, index) => {
      if (!doc.isBodyBlock(index)) return;
      if (block.kind !== 'paragraph') previous = undefined;
      const spans = pairMarks(doc.view, block.start, block.end);
      const top = spans.filter((span) => span.depth === 0 && (span.close >= 0 || nextOpensQuote(doc, index)));
      const words = new BlockWords(doc, index, top);
      for (const span of top) memory.quoted({ start: span.start, end: span.end });
      if (!lexicon) {
        for (const span of top) found.push({ start: span.start, end: span.end, kind: 'scare', speaker: null, cue: null });
        return;
      }
      const ctx: PhraseContext = { words, lexicon, named, placeName };
      for (const name of writtenNames(ctx)) memory.mentioned(name);
      const voices = new Voices();
      const voiceBefore = (at: number) => voices.before(at) ?? previous?.voice ?? null;
      const sentenceBefore = (phrase: SpeakerPhrase) => previousSentenceStart(words, phrase.first, previous?.words);

      // Reported speech that ends a paragraph may go on in the next one's first sentence.
      let reportedSpeaker: QuoteSpeakerRef | null = previous?.reporting ?? null;
      let reportingAtEnd: QuoteSpeakerRef | null = null;
      for (const reported of reportedSpeech(ctx, reportedSpeaker !== null)) {
        const speaker: QuoteSpeakerRef | null = reported.continued ? reportedSpeaker : reported.phrase ? memory.resolve(reported.phrase, sentenceBefore(reported.phrase)) : null;
        if (reported.continued && !speaker) continue;
        reportedSpeaker = speaker;
        const said = reported.quote ?? reported.cue!;
        reportingAtEnd = words.sentenceEnd(words.indexAt(said.end)) >= words.words.length - 1 ? speaker : null;
        if (reported.quote && !reported.coveredByMarks) found.push({ ...reported.quote, kind: 'indirect', speaker, cue: reported.cue });
        if (speaker && !reported.coveredByMarks) voices.reported({ at: said.start, speaker });
      }

      top.forEach((span, q) => {
        const attribution = attributeMarked(ctx, q, previous?.words);
        let { kind } = attribution;
        let speaker: QuoteSpeakerRef | null = attribution.phrase ? memory.resolve(attribution.phrase, sentenceBefore(attribution.phrase)) : null;
        // A statement with no cue goes on with the voice before it: of this paragraph, or of the one before when nothing in this one precedes it.
        if (!attribution.attributed && kind === 'direct') speaker = q > 0 || span.open === block.start ? voiceBefore(span.open) : (voices.before(span.open) ?? null);
        if (kind === 'scare' && attribution.quotesVoice) {
          speaker = voiceBefore(span.open);
          if (speaker) kind = 'partial';
        }
        found.push({ start: span.start, end: span.end, kind, speaker, cue: attribution.cue });
        if (speaker) voices.marked({ at: span.start, speaker });
      });
      found.push(...nestedScare(spans, top));
      previous = { words, voice: voices.any ? voiceBefore(block.end) : null, reporting: reportingAtEnd };
    });
    doc.quotes = found.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};

/** How many characters of [start, end) the recogniser's names (of one type) cover; undefined when it found none in the document. */
function nameIndex(doc: Doc, type?: EntityType): ((start: number, end: number) => number) | undefined {
  const mentions = doc.entities
    .filter((entity) => type === undefined || entity.type === type)
    .flatMap((entity) => entity.mentions)
    .sort((a, b) => a.start - b.start);
  if (mentions.length === 0) return undefined;
  // reduce, not Math.max(...): spreading 125,000+ mentions overflows the call stack.
  const maxLength = mentions.reduce((max, m) => Math.max(max, m.end - m.start), 0);
  // Asked at most words of the article: one search callback for all questions, not a new one for each.
  let from = 0;
  const startsBefore = (mention: Mention) => mention.start < from;
  return (start, end) => {
    let covered = 0;
    from = start - maxLength;
    const lo = partitionPoint(mentions, startsBefore);
    for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) covered += Math.max(0, Math.min(end, mentions[i]!.end) - Math.max(start, mentions[i]!.start));
    return covered;
  };
}

/** Where the sentence before word `i`'s starts, in this block or, for its first sentence, the block before. */
function previousSentenceStart(words: BlockWords, i: number, before: BlockWords | undefined): number {
  const own = words.sentenceStart(i);
  if (own > 0) return words.words[words.sentenceStart(own - 1)]!.start;
  const last = before ? before.words.length - 1 : -1;
  return last >= 0 ? before!.words[before!.sentenceStart(last)]!.start : (words.words[own]?.start ?? 0);
}

/** A paragraph that leaves its quote open continues it only when the next paragraph opens one. */
function nextOpensQuote(doc: Doc, index: number): boolean {
  for (let next = index + 1; next < doc.blocks.length; next++) {
    if (!doc.isBodyBlock(next)) continue;
    const block = doc.blocks[next]!;
    return /^["„“»«]/.test(doc.view.slice(block.start, block.start + 1));
  }
  return false;
}

/** Quotes inside a direct quote ("der russischen ‚Großmacht‘") are terms the speaker set off. */
function nestedScare(spans: readonly MarkedSpan[], top: readonly MarkedSpan[]): Quote[] {
  return spans
    .filter((span) => span.depth === 1 && span.close >= 0 && top.some((outer) => outer.start <= span.open && span.close < outer.end + 1))
    .map((span) => ({ start: span.start, end: span.end, kind: 'scare' as const, speaker: null, cue: null }));
}
