/**
 * The training material of each language: the in-domain gold set plus auxiliary sets, each with
 * an update weight and a domain. Only sets whose licence allows shipping a model trained on them.
 */
import { join } from 'node:path';
import { DATA_ROOT, readConll, readEuropeana, readGermEval, readMobie, readZefys, type TaggedSentence } from './datasets.js';
import { readdirSync } from 'node:fs';
import { readGum } from './gum.js';
import { ENTITY_TYPES } from '../../src/ner/labels.js';

export interface TrainingSet {
  name: string;
  sentences: TaggedSentence[];
  weight: number;
  domain: number;
  /** Entity types this set does not annotate (type indices). */
  unannotated?: number[];
}

/** Domain salts: news is what lektor reads, so a model's inference domain is NEWS. */
export const NEWS = 1;
const HISTORIC = 2;
const TRAFFIC = 3;
const SOCIAL = 5;

const data = (...parts: string[]) => join(DATA_ROOT, ...parts);

/** The in-domain gold set (cross-validated) of a language. */
export function primarySet(lang: string): TrainingSet {
  if (lang === 'de') return { name: 'germeval2014-dev', sentences: readGermEval(data('germeval2014', 'NER-de-dev.tsv')), weight: 1, domain: NEWS };
  // Wikigold follows the CoNLL conventions (MISC included) that English NER is measured by.
  return { name: 'wikigold', sentences: readConll(data('en-ner', 'wikigold', 'wikigold.conll.txt'), true), weight: 1, domain: NEWS };
}

function gumSentences(): TaggedSentence[] {
  const dir = data('en-ner', 'gum-wikinews');
  return readGum(['news', 'interview'].flatMap((part) => readdirSync(join(dir, part)).sort().map((file) => join(dir, part, file))));
}

export function auxiliarySets(lang: string, weights: Record<string, number>): TrainingSet[] {
  const sets: TrainingSet[] = [];
  const add = (name: string, domain: number, load: () => TaggedSentence[]) => {
    const weight = weights[name] ?? 0;
    // None of the auxiliary sets annotates MISC: their O tokens may hide MISC names.
    if (weight > 0) sets.push({ name, sentences: load(), weight, domain, unannotated: [ENTITY_TYPES.indexOf('MISC')] });
  };
  if (lang === 'de') {
    add('zefys2025', HISTORIC, () => ['train.tsv', 'dev.tsv', 'test.tsv'].flatMap((file) => readZefys(data('de-ner', 'zefys2025', file))));
    // Europeana's sbb pages are inside ZEFYS2025 (re-annotated), so only lft and onb are read.
    add('europeana', HISTORIC, () => ['enp_DE.lft.bio', 'enp_DE.onb.bio'].flatMap((file) => readEuropeana(data('de-ner', 'europeana-newspapers-de', file))));
    add('mobie', TRAFFIC, () => ['train.conll2003', 'dev.conll2003', 'test.conll2003'].flatMap((file) => readMobie(data('de-ner', 'mobie', file))));
  } else {
    add('gum-wikinews', NEWS, gumSentences);
    add('btc-g', SOCIAL, () => readConll(data('en-ner', 'btc', 'g.conll')));
  }
  return sets;
}
