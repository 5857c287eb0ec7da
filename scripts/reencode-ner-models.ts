/**
 * `npx tsx scripts/reencode-ner-models.ts [LANG...]`: rewrites models/ner-LANG.bin (default de and
 * en) in the current file layout (src/ner/model-file.ts) without retraining: the quantised
 * weights, their scale, the gazetteer and the rest of the header stay exactly as they were, so
 * tagging gives the same output. It decodes the new file and checks that before writing it.
 */
import { isDeepStrictEqual } from 'node:util';
import { decodeModel, encodeQuantised, type ModelFile } from '../src/ner/model-file.js';
import { nerModelPath, readNerModel, writeNerModel } from './ner/model-store.js';

/** Everything a model file holds, as plain data. */
function contentOf({ header: { gazetteer, ...fields }, weights }: ModelFile) {
  return { fields, gazetteer: gazetteer.toJSON(), quantised: weights.quantised, transition: weights.transition };
}

for (const lang of process.argv.slice(2).length ? process.argv.slice(2) : ['de', 'en']) {
  const path = nerModelPath(lang);
  const before = readNerModel(lang);
  const model = decodeModel(before);
  const after = encodeQuantised(model.header, model.weights.quantised!, model.weights.transition);
  if (!isDeepStrictEqual(contentOf(decodeModel(after)), contentOf(model))) throw new Error(`${path}: the re-encoded model differs; left as it was`);
  writeNerModel(lang, after);
  process.stderr.write(`${path}: ${(before.length / 1e6).toFixed(2)} MB → ${(after.length / 1e6).toFixed(2)} MB\n`);
}
