/**
 * `npx tsx scripts/reencode-ner-models.ts [LANG...]`: rewrites models/ner-LANG.bin.gz (default de
 * and en) in the current file layout (src/ner/model-file.ts) without retraining: the quantised
 * weights, their scale and the header stay exactly as they were, so tagging gives the same output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeModel, encodeQuantised } from '../src/ner/model-file.js';
import { modelUrl } from '../src/ner/recognize.js';

for (const lang of process.argv.slice(2).length ? process.argv.slice(2) : ['de', 'en']) {
  const path = fileURLToPath(modelUrl(lang));
  const before = readFileSync(path);
  const { header, weights } = decodeModel(before);
  const after = encodeQuantised(header, weights.quantised!, weights.transition);
  writeFileSync(path, after);
  process.stderr.write(`${path}: ${(before.length / 1e6).toFixed(2)} MB → ${(after.length / 1e6).toFixed(2)} MB\n`);
}
