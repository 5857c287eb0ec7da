/** The sentence-level recogniser: mentions (start, end, type, score) for the article's sentences. */
import type { Doc, Mention } from '../document.js';
import { nerLexicon as deLexicon } from '../lang/de/ner-lexicon.js';
import { nerLexicon as enLexicon } from '../lang/en/ner-lexicon.js';
import { ENTITY_TYPES } from './labels.js';
import type { NerLexicon } from './lexicon.js';
import { decodeModel } from './model-file.js';
import { readModel } from '../platform.js';
import { createTagger, type Tagger } from './tagger.js';

const LEXICONS: Record<string, NerLexicon> = { de: deLexicon, en: enLexicon };

/** The model file of a language, in models/. */
export const modelFile = (lang: string): string => `ner-${lang}.bin`;

const taggers = new Map<string, Tagger | null>();

/** The tagger of a language, loaded once; null when lektor has no model for it. */
export function loadTagger(lang: string): Tagger | null {
  if (!taggers.has(lang)) {
    const lexicon = LEXICONS[lang];
    const bytes = lexicon && readModel(modelFile(lang));
    taggers.set(lang, bytes ? createTagger(decodeModel(bytes), lexicon) : null);
  }
  return taggers.get(lang)!;
}

export function recognizeMentions(doc: Doc): Mention[] {
  const tagger = loadTagger(doc.lang);
  if (!tagger) return [];
  const mentions: Mention[] = [];
  const { tokens, view } = doc;
  for (const { firstToken, endToken } of doc.sentences) {
    const words = new Array<string>(endToken - firstToken);
    for (let i = firstToken; i < endToken; i++) words[i - firstToken] = view.slice(tokens[i]!.start, tokens[i]!.end);
    for (const span of tagger.tag(words)) {
      mentions.push({ start: tokens[firstToken + span.start]!.start, end: tokens[firstToken + span.end - 1]!.end, type: ENTITY_TYPES[span.type]!, score: span.score });
    }
  }
  return mentions;
}
