/**
 * Where keyphrases come from: runs of content words inside one body sentence, broken by
 * punctuation, stop words, numbers and names (names are the entities' business, not repeated
 * as keyphrases: entity mentions, and any word of an entity's name wherever it stands). In German a run must end in a noun, so that "militärische
 * Zusammenarbeit" counts but "nicht verlassen" does not; a noun is a word written capitalised
 * inside a sentence somewhere, so a capitalised sentence opener ("Zunächst") is not one; in
 * English a run may not end in an adverb or past form ("confirmed"). English words capitalised at every occurrence are names the recogniser may have missed, and
 * are left out.
 */
import type { Doc, Range } from '../document.js';
import { termsFor, type Terms } from '../text/terms.js';
import { nonHeadSuffixes, nonTopicWords } from '../lang/en/summary.js';

export interface Word extends Range {
  /** As written. */
  text: string;
  stem: string;
  /** Whether this word may stand as a keyphrase on its own (in German: a noun). */
  standalone: boolean;
}

export interface Run {
  words: Word[];
  /** Index into doc.sentences, for how early the run appears. */
  sentence: number;
}

const LETTERS = /^\p{L}[\p{L}\p{M}'’-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
const NON_TOPIC: Record<string, ReadonlySet<string>> = { en: new Set(nonTopicWords) };
const ENGLISH_NON_HEAD = new RegExp(`(?:${nonHeadSuffixes.join('|')})$`, 'i');

/**
 * Starts of tokens that belong to names: covered by an entity mention, or a capitalised word
 * right after one (the recogniser's "Kim Jong" leaves "Un" behind).
 */
function nameTokenStarts(doc: Doc): Set<number> {
  const covered = new Set<number>();
  const mentions = doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  let m = 0;
  let previousCovered = false;
  for (const token of doc.tokens) {
    while (m < mentions.length && mentions[m]!.end <= token.start) m++;
    const inMention = m < mentions.length && mentions[m]!.start < token.end;
    const text = doc.view.slice(token.start, token.end);
    const trailing: boolean = previousCovered && token.kind === 'word' && CAPITALISED.test(text) && m > 0 && /^ ?$/.test(doc.view.slice(mentions[m - 1]!.end, token.start));
    if (inMention || trailing) covered.add(token.start);
    previousCovered = inMention || trailing;
  }
  return covered;
}

/** Stems of the words of every entity's name and mentions: "Kim" stays out even where the recogniser missed it. */
function nameStems(doc: Doc, terms: Terms): Set<string> {
  const stems = new Set<string>();
  for (const entity of doc.entities) {
    for (const name of [entity.name, ...entity.mentions.map((mention) => doc.view.slice(mention.start, mention.end))]) {
      for (const word of name.split(/[^\p{L}\p{M}'’-]+/u)) if (word.length > 1) stems.add(terms.stem(word));
    }
  }
  return stems;
}

/** Stems written capitalised, and stems written in lower case, inside sentences (openers aside). */
function capitalisation(doc: Doc, terms: Terms): { capitalised: Set<string>; lowercase: Set<string> } {
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (token.kind !== 'word') continue;
      const word = doc.view.slice(token.start, token.end);
      (CAPITALISED.test(word) ? capitalised : lowercase).add(terms.stem(word));
    }
  }
  return { capitalised, lowercase };
}

export function candidateRuns(doc: Doc): Run[] {
  const german = doc.lang === 'de';
  const terms = termsFor(doc.lang);
  const inName = nameTokenStarts(doc);
  const entityStems = nameStems(doc, terms);
  const { capitalised, lowercase } = capitalisation(doc, terms);
  const nonTopic = NON_TOPIC[doc.lang] ?? new Set<string>();
  const isName = (stem: string) => !german && capitalised.has(stem) && !lowercase.has(stem);
  const isNoun = (word: string, stem: string, opener: boolean) => CAPITALISED.test(word) && (!opener || capitalised.has(stem));
  const runs: Run[] = [];
  doc.sentences.forEach((sentence, sentenceIndex) => {
    if (!doc.isBodyBlock(sentence.block)) return;
    let words: Word[] = [];
    const flush = () => {
      while (words.length > 0 && !words.at(-1)!.standalone) words.pop();
      if (words.length > 0) runs.push({ words, sentence: sentenceIndex });
      words = [];
    };
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      const text = doc.view.slice(token.start, token.end);
      const stem = token.kind === 'word' && LETTERS.test(text) && !nonTopic.has(text.toLowerCase()) ? terms.contentTerm(text) : null;
      if (stem === null || inName.has(token.start) || entityStems.has(stem) || isName(stem)) {
        flush();
        continue;
      }
      const standalone = german ? isNoun(text, stem, i === sentence.firstToken) : !ENGLISH_NON_HEAD.test(text);
      words.push({ start: token.start, end: token.end, text, stem, standalone });
    }
    flush();
  });
  return runs;
}
