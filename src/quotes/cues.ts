/**
 * Finds reporting cues among the author's words: verbs ("sagte", "fügte ... hinzu", "said"),
 * source phrases that name the speaker after them ("laut", "according to") or before them
 * ("zufolge"), and impersonal phrases with no speaker ("heißt es").
 */
import type { CueClass, QuoteLexicon, SeparableVerb } from './lexicon.js';
import type { BlockWords } from './words.js';
import { isSourceNoun } from './phrase.js';

export type CueShape = 'verb' | 'source-before' | 'source-after' | 'source-adverb' | 'impersonal';

export interface Cue {
  /** First and last word of the cue (inclusive): "fügte" ... "hinzu" is one cue. */
  first: number;
  last: number;
  shape: CueShape;
  cueClass: CueClass;
  /** A participle with a passive auxiliary: its subject is not the speaker. */
  passive: boolean;
}

const CLAUSE_END = new Set([',', ';', ':', '–', '—']);

/** Cues among words [from, to) outside quotes, in text order. */
export function findCues(words: BlockWords, lexicon: QuoteLexicon, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const openers = cueOpeners(lexicon);
  for (let i = from; i < to; i++) {
    const word = words.words[i]!;
    if (word.quote !== -1 || !openers.has(word.lower)) continue;
    const cue = cueAt(words, lexicon, i, from, to);
    if (cue) {
      cues.push(cue);
      i = cue.last;
    }
  }
  return cues;
}

function cueAt(words: BlockWords, lexicon: QuoteLexicon, i: number, from: number, to: number): Cue | undefined {
  const word = words.words[i]!;
  if (phraseStarts(lexicon).has(word.lower)) {
    const phrases: [readonly string[], CueShape][] = [[lexicon.impersonal, 'impersonal'], [lexicon.sourceAdverbs, 'source-adverb'], [lexicon.sourceBefore, 'source-before']];
    for (const [list, shape] of phrases) {
      for (const phrase of list) {
        const length = words.matches(i, phrase);
        if (length && (phrase !== 'so' || isSoCue(words, lexicon, i, from))) return { first: i, last: i + length - 1, shape, cueClass: 'say', passive: false };
      }
    }
  }
  if (lexicon.sourceAfter.has(word.lower) || isPostposition(words, lexicon, i, from)) return { first: i, last: i, shape: 'source-after', cueClass: 'say', passive: false };
  const source = sourceNounAfter(words, lexicon, i, to);
  if (source >= 0) return { first: i, last: source, shape: 'source-before', cueClass: 'say', passive: false };
  // A capitalised form inside a German sentence is a noun ("das Sagen"), not a verb.
  if (lexicon.capitalisedNouns && words.isCapitalised(i) && !opensSentence(words, i)) return undefined;
  const cueClass = lexicon.verbs.get(word.lower);
  if (cueClass) return { first: i, last: i, shape: 'verb', cueClass, passive: isPassive(words, lexicon, i, from) };
  for (const verb of separableByForm(lexicon).get(word.lower) ?? []) {
    const particle = findParticle(words, verb.particle, i + 1, to);
    if (particle >= 0) return { first: i, last: particle, shape: 'verb', cueClass: verb.cueClass, passive: false };
  }
  return undefined;
}

/** Every word a cue can start with, so that the many words that start none are passed over at once. */
const openerIndex = new WeakMap<QuoteLexicon, ReadonlySet<string>>();
function cueOpeners(lexicon: QuoteLexicon): ReadonlySet<string> {
  let openers = openerIndex.get(lexicon);
  if (!openers) {
    const words = [...phraseStarts(lexicon), ...lexicon.sourceAfter, ...lexicon.sourcePrepositions, ...lexicon.verbs.keys(), ...separableByForm(lexicon).keys()];
    openerIndex.set(lexicon, (openers = new Set(words)));
  }
  return openers;
}

/** First words of the impersonal and source phrases of a lexicon: most words start neither. */
const phraseStartIndex = new WeakMap<QuoteLexicon, ReadonlySet<string>>();
function phraseStarts(lexicon: QuoteLexicon): ReadonlySet<string> {
  let starts = phraseStartIndex.get(lexicon);
  if (!starts) phraseStartIndex.set(lexicon, (starts = new Set([...lexicon.impersonal, ...lexicon.sourceAdverbs, ...lexicon.sourceBefore].map((phrase) => phrase.split(' ')[0]!))));
  return starts;
}

/** The separable verbs of a lexicon by their forms, in lexicon order, built once per lexicon: cueAt runs for every word. */
const separableIndex = new WeakMap<QuoteLexicon, ReadonlyMap<string, readonly SeparableVerb[]>>();
function separableByForm(lexicon: QuoteLexicon): ReadonlyMap<string, readonly SeparableVerb[]> {
  let index = separableIndex.get(lexicon);
  if (!index) {
    const byForm = new Map<string, SeparableVerb[]>();
    for (const verb of lexicon.separable) for (const form of new Set(verb.forms)) byForm.set(form, [...(byForm.get(form) ?? []), verb]);
    separableIndex.set(lexicon, (index = byForm));
  }
  return index;
}

function opensSentence(words: BlockWords, i: number): boolean {
  const previous = words.words[i - 1];
  return previous === undefined || previous.quote !== -1 || previous.text === ':' || words.isFinal(i - 1);
}

/** How many words may stand between "nach" and its source noun: "nach eigenen Angaben". */
const SOURCE_NOUN_REACH = 3;

/** "nach Angaben", "nach eigenen Angaben", "nach Polizeiangaben": index of the source noun after the preposition, or -1. */
function sourceNounAfter(words: BlockWords, lexicon: QuoteLexicon, i: number, to: number): number {
  if (!lexicon.sourcePrepositions.has(words.words[i]!.lower)) return -1;
  for (let k = i + 1; k < Math.min(to, i + 1 + SOURCE_NOUN_REACH); k++) {
    const word = words.words[k]!;
    if (word.quote !== -1 || !words.isWord(k)) return -1;
    if (isSourceNoun(lexicon, word.lower)) return k;
  }
  return -1;
}

/** "Seiner Meinung nach", "Medienberichten nach": the preposition follows its source noun. */
function isPostposition(words: BlockWords, lexicon: QuoteLexicon, i: number, from: number): boolean {
  const previous = words.words[i - 1];
  const next = words.words[i + 1];
  if (i <= from || !lexicon.sourcePrepositions.has(words.words[i]!.lower) || previous === undefined || previous.quote !== -1) return false;
  // "die Aussagen nach dem Spiel": a preposition before its own noun phrase.
  const opensPhrase = next !== undefined && (words.isCapitalised(i + 1) || lexicon.determiners.has(next.lower) || lexicon.obliqueDeterminers.has(next.lower));
  return !opensPhrase && words.isCapitalised(i - 1) && isSourceNoun(lexicon, previous.lower);
}

/** "so" names a source only right after a quote or a comma, before a name or article: "„...“, so Müller.", "..., so eine Sprecherin." */
function isSoCue(words: BlockWords, lexicon: QuoteLexicon, i: number, from: number): boolean {
  const previous = words.words[i - 1];
  const next = i + 1;
  const opensName = words.isCapitalised(next) || lexicon.determiners.has(words.words[next]?.lower ?? '');
  return opensName && (i === from || previous === undefined || previous.quote !== -1 || previous.text === ',');
}

function findParticle(words: BlockWords, particle: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const word = words.words[k]!;
    if (word.quote !== -1 || CLAUSE_END.has(word.text) || words.isFinal(k)) return -1;
    if (word.lower === particle) return k;
  }
  return -1;
}

/** How many words before a participle its auxiliary is looked for. */
const PASSIVE_REACH = 40;

/** A participle with a passive auxiliary before it in its clause, past words in marks ("wurden ... als „Fest“ bezeichnet"), or right after it ("die als „nebelartig“ beschrieben wurden"). */
function isPassive(words: BlockWords, lexicon: QuoteLexicon, i: number, from: number): boolean {
  const form = words.words[i]!.lower;
  if (!/^ge|t$|ed$|en$/.test(form)) return false;
  const next = words.words[i + 1];
  if (lexicon.capitalisedNouns && next !== undefined && next.quote === -1 && lexicon.passiveAuxiliaries.has(next.lower)) return true;
  // Bounded, so that a long quote or comma-less sentence is not walked again for every participle after it.
  for (let k = i - 1; k >= Math.max(from, i - PASSIVE_REACH); k--) {
    const word = words.words[k]!;
    if (word.quote !== -1) continue;
    if (CLAUSE_END.has(word.text) || words.isFinal(k)) break;
    if (lexicon.passiveAuxiliaries.has(word.lower)) return true;
  }
  return false;
}
