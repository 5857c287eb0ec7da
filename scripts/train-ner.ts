/**
 * `npm run train:ner -- --lang de|en [--epochs N --buckets LOG2 --domainCopies true --aux.NAME W]`:
 * trains the shipped model on the whole primary set plus the auxiliary sets and writes
 * models/ner-LANG.bin. Deterministic for the same data and settings.
 */
import { parseEvalArgs } from './eval/args.js';
import { buildModel } from './ner/build-model.js';
import { auxiliarySets, primarySet } from './ner/corpora.js';
import { settingsFor } from './ner/settings.js';
import { encodeModel } from '../src/ner/model-file.js';
import { nerModelPath, writeNerModel } from './ner/model-store.js';

const { lang = 'de', extra } = parseEvalArgs(['train', '--data', '-', ...process.argv.slice(2)]);
const settings = settingsFor(lang, extra);
const sets = [primarySet(lang), ...auxiliarySets(lang, settings.auxiliary)];
const started = Date.now();
const model = buildModel(lang, settings.lexicon, sets, settings.build);
const stored = writeNerModel(lang, encodeModel(model));
process.stderr.write(`${model.header.provenance}\nwrote ${nerModelPath(lang)} (${(stored / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
