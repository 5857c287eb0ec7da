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
import type { Terms } from '../text/terms.js';
import { tokenForms, type TokenForms } from '../text/token-forms.js';
import { nonHeadSuffixes, nonTopicWords } from '../lang/en/summary.js';

export interface Word extends Range {
  /** As written. */
  text: string;
  lower: string;
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

// The two tests below answer as LETTERS and CAPITALISED do; ASCII, most words, is checked without the regular expression.
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITALISED.test(word);
}

function isLetterWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!isAsciiLetter(first)) return first >= 128 && LETTERS.test(word);
  for (let k = 1; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128) return LETTERS.test(word);
    if (!isAsciiLetter(code) && code !== 39 && code !== 45) return false;
  }
  return true;
}
const NON_TOPIC: Record<string, ReadonlySet<string>> = { en: new Set(nonTopicWords) };
const ENGLISH_NON_HEAD = new RegExp(`(?:${nonHeadSuffixes.join('|')})$`, 'i');

/**
 * Tokens (by index) that belong to names: covered by an entity mention, or a capitalised word
 * right after one (the recogniser's "Kim Jong" leaves "Un" behind).
 */
function nameTokens(doc: Doc, forms: TokenForms): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  const mentions = doc.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  let m = 0;
  let previousCovered = false;
  doc.tokens.forEach((token, i) => {
    while (m < mentions.length && mentions[m]!.end <= token.start) m++;
    const inMention = m < mentions.length && mentions[m]!.start < token.end;
    const trailing: boolean =
      previousCovered && token.kind === 'word' && isCapitalised(forms.text(forms.formOf(i))) && m > 0 && /^ ?$/.test(doc.view.slice(mentions[m - 1]!.end, token.start));
    if (inMention || trailing) covered[i] = 1;
    previousCovered = inMention || trailing;
  });
  return covered;
}

/** Stems of the words of every entity's name and mentions: "Kim" stays out even where the recogniser missed it. */
function nameStems(doc: Doc, terms: Terms): Set<string> {
  const names = new Set<string>();
  for (const entity of doc.entities) {
    names.add(entity.name);
    for (const mention of entity.mentions) names.add(doc.view.slice(mention.start, mention.end));
  }
  const stems = new Set<string>();
  for (const name of names) for (const word of name.split(/[^\p{L}\p{M}'’-]+/u)) if (word.length > 1) stems.add(terms.stem(word));
  return stems;
}

/** Stems written capitalised, and stems written in lower case, inside sentences (openers aside). */
function capitalisation(doc: Doc, forms: TokenForms, capitalisedForm: (form: number) => boolean): { capitalised: Set<string>; lowercase: Set<string> } {
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
      if (doc.tokens[i]!.kind !== 'word') continue;
      const form = forms.formOf(i);
      (capitalisedForm(form) ? capitalised : lowercase).add(forms.stem(form));
    }
  }
  return { capitalised, lowercase };
}

/** A per-form memo: each distinct word is tested once per document. */
function perForm<T>(forms: TokenForms, compute: (form: number) => T): (form: number) => T {
  const values: (T | undefined)[] = new Array(forms.count);
  const known = new Uint8Array(forms.count);
  return (form) => {
    if (!known[form]) {
      values[form] = compute(form);
      known[form] = 1;
    }
    return values[form] as T;
  };
}

export function candidateRuns(doc: Doc): Run[] {
  const german = doc.lang === 'de';
  const forms = tokenForms(doc);
  const capitalisedForm = perForm(forms, (form) => isCapitalised(forms.text(form)));
  const inName = nameTokens(doc, forms);
  const entityStems = nameStems(doc, forms.terms);
  const { capitalised, lowercase } = capitalisation(doc, forms, capitalisedForm);
  const nonTopic = NON_TOPIC[doc.lang] ?? new Set<string>();
  const isName = (stem: string) => !german && capitalised.has(stem) && !lowercase.has(stem);
  const candidateStem = perForm(forms, (form) => {
    const text = forms.text(form);
    return isLetterWord(text) && !(nonTopic.size > 0 && nonTopic.has(forms.lower(form))) ? forms.contentTerm(form) : null;
  });
  const headWord = perForm(forms, (form) => !ENGLISH_NON_HEAD.test(forms.text(form)));
  const isNoun = (form: number, stem: string, opener: boolean) => capitalisedForm(form) && (!opener || capitalised.has(stem));
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
      const form = forms.formOf(i);
      const stem = token.kind === 'word' ? candidateStem(form) : null;
      if (stem === null || inName[i] || entityStems.has(stem) || isName(stem)) {
        flush();
        continue;
      }
      const standalone = german ? isNoun(form, stem, i === sentence.firstToken) : headWord(form);
      words.push({ start: token.start, end: token.end, text: forms.text(form), lower: forms.lower(form), stem, standalone });
    }
    flush();
  });
  return runs;
}
