/** Where the shipped NER models live and how they are stored: models/ner-LANG.bin.gz, gzip level 9. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { modelFile } from '../../src/ner/recognize.js';

export const nerModelPath = (lang: string): string => fileURLToPath(new URL(`../../models/${modelFile(lang)}.gz`, import.meta.url));

/** The model file's bytes as decodeModel reads them. */
export const readNerModel = (lang: string): Uint8Array => gunzipSync(readFileSync(nerModelPath(lang)));

/** Writes the model and returns the size of the stored (compressed) file. */
export function writeNerModel(lang: string, bytes: Uint8Array): number {
  const stored = gzipSync(bytes, { level: 9 });
  writeFileSync(nerModelPath(lang), stored);
  return stored.length;
}
