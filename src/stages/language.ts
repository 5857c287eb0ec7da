/**
 * Document and block language. Every block is identified on its own (a bounded sample); the
 * document language is the evidence-weighted vote of the body blocks (navigation and other
 * clutter left out). The document language is then the prior for each block: a short block inside
 * a German article is German unless its own evidence clearly says otherwise. Stretches in another
 * language (foreign blocks, bracketed or quoted insertions) go to `doc.language.spans`.
 */
import type { Block, Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import { againstPrior, CLEAR_CONFIDENCE, decide, identifyLanguage, type Candidate, type Identification } from '../langid/identify.js';
import { foreignStretches } from '../langid/stretches.js';
import type { LanguageResult } from '../types.js';

/** The identifier reads a few hundred bytes; a longer sample only costs time. */
const BLOCK_SAMPLE = 1000;

/** The document's language: the body blocks' candidate scores, averaged with their evidence as weight. */
function documentLanguage(found: readonly Identification[]): LanguageResult {
  const totals = new Map<string, number>();
  let evidence = 0;
  for (const block of found) {
    evidence += block.evidence;
    for (const { code, score } of block.candidates) totals.set(code, (totals.get(code) ?? 0) + score * block.evidence);
  }
  const candidates: Candidate[] = [...totals].map(([code, total]) => ({ code, score: total / evidence }));
  const { code, confidence, candidates: best } = decide(candidates, evidence);
  return code === 'und' ? { code, confidence } : { code, confidence, candidates: best };
}

/** The block's language given the document's: its own only when that clearly beats the document language. */
function blockLanguage(found: Identification, document: LanguageResult): { language: string; confidence: number } {
  if (document.code === 'und' || found.code === document.code) return { language: found.code, confidence: found.confidence };
  if (found.code === 'und') return { language: document.code, confidence: 0 };
  const switching = againstPrior(found, document.code);
  if (switching >= CLEAR_CONFIDENCE) return { language: found.code, confidence: switching };
  return { language: document.code, confidence: Math.round((1 - switching) * document.confidence * 1000) / 1000 };
}

function trimmed(doc: Doc, block: Block): { start: number; end: number } {
  const text = doc.view.slice(block.start, block.end);
  const start = block.start + (text.length - text.trimStart().length);
  return { start, end: Math.max(start, block.start + text.trimEnd().length) };
}

/** Detects the document's language and each block's (`doc.language`, `Block.language`) and finds stretches in another language; needs the blocks of `structure`. With `options.language` set it skips detection. */
export const language: Stage = {
  name: 'language',
  run(doc: Doc) {
    const { languages, language: forced } = doc.options;
    if (forced) {
      doc.language = { code: forced, confidence: 1 };
      for (const block of doc.blocks) Object.assign(block, { language: forced, languageConfidence: 1 });
      return;
    }
    const found = doc.blocks.map((block) => identifyLanguage(doc.view.slice(block.start, Math.min(block.end, block.start + BLOCK_SAMPLE)), languages));
    const body = found.filter((_, i) => doc.isBodyBlock(i));
    doc.language = documentLanguage(body.length ? body : found);

    const spans: NonNullable<LanguageResult['spans']> = [];
    doc.blocks.forEach((block, i) => {
      const { language: code, confidence } = blockLanguage(found[i]!, doc.language);
      block.language = code;
      block.languageConfidence = confidence;
      if (!doc.isBodyBlock(i) || doc.language.code === 'und') return;
      const stretches = code === doc.language.code ? foreignStretches(doc.view, block, doc.language.code, languages) : [{ ...trimmed(doc, block), code }];
      for (const stretch of stretches) spans.push({ text: doc.text.slice(stretch.start, stretch.end), ...stretch });
    });
    if (spans.length) doc.language.spans = spans;
  },
};
