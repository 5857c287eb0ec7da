/**
 * NER evaluation: `--lang de` reads GermEval files, `--lang en` CoNLL `token tag` files (BIO or
 * IO). With `--folds K` the file is cross-validated instead: K models are trained in-process,
 * each on the other folds plus the auxiliary sets, and scored on its fold.
 * Protocol: scripts/ner/score.ts. compromise (English names only) is scored on the same sentences.
 */
import { readFileSync } from 'node:fs';
import type { EvalArgs } from './args.js';
import { readConll, readGermEval, type TaggedSentence } from '../ner/datasets.js';
import { buildModel } from '../ner/build-model.js';
import { auxiliarySets, NEWS } from '../ner/corpora.js';
import { emptyTally, formatTable, lektorTokensTagger, summarize, tallyAll, type SpanTagger } from '../ner/score.js';
import { settingsFor } from '../ner/settings.js';
import { createTagger } from '../../src/ner/tagger.js';
import { loadTagger } from '../../src/ner/recognize.js';
import { compromiseEntities } from '../../src/adapters/compromise.js';

function readSentences(path: string, lang: string): TaggedSentence[] {
  if (lang === 'de') return readGermEval(path);
  return readConll(path, !/\tB-|\sB-/.test(readFileSync(path, 'utf8')));
}

const compromiseTagger: SpanTagger = (text) => compromiseEntities(text).map((entity) => ({ start: entity.start, end: entity.end, type: entity.type }));

function crossValidate(sentences: TaggedSentence[], lang: string, folds: number, extra: Record<string, string>) {
  const settings = settingsFor(lang, extra);
  const auxiliary = auxiliarySets(lang, settings.auxiliary);
  const tally = emptyTally();
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (i: number) => Math.floor((i * folds) / sentences.length) === fold;
    const train = sentences.filter((_, i) => !inFold(i));
    const test = sentences.filter((_, i) => inFold(i));
    const model = buildModel(lang, settings.lexicon, [{ name: 'folds', sentences: train, weight: 1, domain: NEWS }, ...auxiliary], settings.build);
    const tagger = createTagger(model, settings.lexicon);
    const foldTally = tallyAll(test, lektorTokensTagger(tagger.tag), emptyTally());
    tallyAll(test, lektorTokensTagger(tagger.tag), tally);
    process.stdout.write(`fold ${fold + 1}/${folds}: PER/LOC/ORG micro F1 ${summarize(foldTally).microPLO!.f1.toFixed(3)}\n`);
  }
  return { settings, tally };
}

export async function run(args: EvalArgs): Promise<Record<string, unknown>> {
  const lang = args.lang ?? 'de';
  const sentences = readSentences(args.data, lang);
  const folds = Number(args.extra.folds ?? 0);
  const result: Record<string, unknown> = { lang, sentences: sentences.length };
  if (folds > 1) {
    const { settings, tally } = crossValidate(sentences, lang, folds, args.extra);
    result.lektor = summarize(tally);
    result.settings = { ...settings.build, auxiliary: settings.auxiliary, folds };
  } else {
    const tagger = loadTagger(lang);
    if (!tagger) throw new Error(`no NER model for ${lang}; run npm run train:ner -- --lang ${lang}`);
    result.lektor = summarize(tallyAll(sentences, lektorTokensTagger(tagger.tag)));
  }
  process.stdout.write(`${formatTable(`lektor NER${folds > 1 ? ` (${folds}-fold CV)` : ''}, ${args.data}`, result.lektor as never)}\n`);
  if (lang === 'en' || args.extra.compromise === 'true') {
    result.compromise = summarize(tallyAll(sentences, compromiseTagger));
    process.stdout.write(`${formatTable('compromise', result.compromise as never)}\n`);
  }
  return result;
}
