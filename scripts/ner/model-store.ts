/**
 * Where the shipped NER models live and how they are stored: models/ner-LANG.bin, as encodeModel
 * writes it. Not compressed: loading takes the file's sections as they are, and gunzipping cost
 * more at start-up than reading the larger file (npm compresses the package anyway).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelFile } from '../../src/ner/recognize.js';

export const nerModelPath = (lang: string): string => fileURLToPath(new URL(`../../models/${modelFile(lang)}`, import.meta.url));

/** The model file's bytes as decodeModel reads them. */
export const readNerModel = (lang: string): Uint8Array => readFileSync(nerModelPath(lang));

/** Writes the model and returns the size of the stored file. */
export function writeNerModel(lang: string, bytes: Uint8Array): number {
  writeFileSync(nerModelPath(lang), bytes);
  return bytes.length;
}
