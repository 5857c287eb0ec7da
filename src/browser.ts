/**
 * lektor in a browser (`import { analyze, loadModels } from 'lektor/browser'`): the same public
 * surface as in Node, with the packages the analysis loads on first use imported up front, and
 * the model files fetched once by `loadModels()` before the first analysis. (wink-nlp and
 * compromise serve lektor's benchmarks and evaluations, not the analysis, so they stay out.)
 * @module lektor/browser
 */
import * as germanStemmer from '@orama/stemmers/german';
import * as readability from '@mozilla/readability';
import * as franc from 'franc';
import porter2 from 'porter2';
import snowballStemmers from 'snowball-stemmers';
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { provide } from './platform.js';

provide({
  packages: {
    '@orama/stemmers/german': () => germanStemmer,
    // HTML input parses with the browser's DOMParser, so linkedom stays out of the bundle.
    '@mozilla/readability': () => readability,
    franc: () => franc,
    porter2: () => porter2,
    'snowball-stemmers': () => snowballStemmers,
    'stopwords-iso': () => stopwordsIso,
  },
});

/** The model files lektor reads, in the package's models/ folder. */
const MODEL_FILES = ['langid-ngrams.bin', 'langid-words.bin', 'ner-de.bin', 'ner-en.bin'];

/** Where and how `loadModels()` fetches the model files; the defaults suit the package as published. */
export interface LoadModelsOptions {
  /** Where the package's models/ folder is served; by default beside this module, as in the package. */
  baseUrl?: string | URL;
  /** The fetch to use (a service worker's, a test's); by default the global one. */
  fetch?: (url: URL) => Promise<Response>;
}

async function download(url: URL, fetchFile: (url: URL) => Promise<Response>): Promise<Uint8Array> {
  const response = await fetchFile(url);
  if (!response.ok || !response.body) throw new Error(`lektor: cannot load the model ${url.href}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Fetches the language identification and NER models (about 12.5 MB, 5.6 MB when the server
 * compresses them) and makes them available to `analyze`. Call it once, before the first
 * analysis; an analysis before it throws an error that names this function.
 */
export async function loadModels({ baseUrl = new URL('../models/', import.meta.url), fetch: fetchFile = (url) => fetch(url) }: LoadModelsOptions = {}): Promise<void> {
  const base = new URL(baseUrl);
  const entries = await Promise.all(
    MODEL_FILES.map(async (file) => [file, await download(new URL(file, base), fetchFile)] as const),
  );
  provide({ models: Object.fromEntries(entries) });
}

export * from './index.js';
