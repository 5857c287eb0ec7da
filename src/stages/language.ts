/**
 * Document and block language from franc's scores over the body (navigation and other clutter
 * left out); 'und' when the text is too short or the scores are flat.
 */
import { francScores } from '../adapters/franc.js';
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

const SAMPLE_CHARS = 4000;
const MIN_BLOCK_CHARS = 20;

function detect(text: string, languages: readonly string[]): { code: string; confidence: number; candidates: { code: string; score: number }[] } {
  const candidates = francScores(text, languages).slice(0, 5);
  const [best, second] = candidates;
  if (!best) return { code: 'und', confidence: 0, candidates: [] };
  const margin = second ? best.score - second.score : 1;
  const confidence = Math.min(1, Math.round(margin * 10 * 1000) / 1000);
  return { code: confidence < 0.05 ? 'und' : best.code, confidence, candidates };
}

export const language: Stage = {
  name: 'language',
  run(doc: Doc) {
    const { languages, language: forced } = doc.options;
    const body = doc.blocks.filter((_, i) => doc.isBodyBlock(i));
    const sample = (body.length ? body : doc.blocks)
      .map((block) => doc.view.slice(block.start, block.end))
      .join('\n')
      .slice(0, SAMPLE_CHARS);
    doc.language = forced ? { code: forced, confidence: 1 } : detect(sample, languages);
    for (const block of doc.blocks) {
      const text = doc.view.slice(block.start, Math.min(block.end, block.start + SAMPLE_CHARS));
      const found = text.length >= MIN_BLOCK_CHARS ? detect(text, languages) : undefined;
      block.language = found && found.code !== 'und' ? found.code : doc.language.code;
      block.languageConfidence = found?.confidence ?? 0;
    }
  },
};
