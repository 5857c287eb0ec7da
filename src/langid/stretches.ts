/**
 * Stretches inside a block that are in another language than the document: a bracketed word
 * ("[Russia]" in a German quote, a translator's insertion) or a quotation kept in the original.
 * Proper names keep their spelling across languages, so a stretch of capitalised words only
 * counts in square brackets, where editors put insertions, not in parentheses or quotes.
 * A bracketed stretch keeps its brackets (the insertion is one unit); a quotation is given
 * without its quote marks, like the quotes of the analysis.
 */
import type { Range } from '../document.js';
import { againstPrior, CLEAR_CONFIDENCE, identifyLanguage, scoreOf } from './identify.js';

export interface Stretch extends Range {
  code: string;
}

const ENCLOSED = [/\[([^[\]\n]{1,200})\]/g, /\(([^()\n]{1,200})\)/g, /[„“”"«»]([^„“”"«»\n]{1,400})[“”"«»]/g];
/** Below this much evidence (about two words) a stretch is judged by its scores alone. */
const SHORT_EVIDENCE = 6;
/** A short stretch must score this well in its language... */
const SHORT_MIN_SCORE = 0.75;
/** ...and this much better than in the document language. */
const SHORT_MIN_GAP = 0.1;
/**
 * Foreign words in European news are mostly English; a short stretch, whose 4-gram scores are
 * close, leans that way by this much (a third of the gap a stretch must show).
 */
const LINGUA_FRANCA = { code: 'en', bonus: 0.03 };
/** Enclosed stretches looked at per block: a real paragraph has a handful; junk may have millions. */
const MAX_PER_BLOCK = 50;
const LOWER_CASE_WORD = /(?:^|[^\p{L}])\p{Ll}/u;
/** A stretch needs a word of three letters to be judged by: an editor's "[n]" or "[s]" is no language. */
const WORD = /\p{L}{3}/u;

/** The stretch's language if it clearly differs from `documentCode`, else undefined. */
function foreignLanguage(inner: string, documentCode: string, languages: readonly string[]): string | undefined {
  const found = identifyLanguage(inner, languages);
  if (found.code === 'und') return undefined;
  if (found.evidence >= SHORT_EVIDENCE) return found.code !== documentCode && againstPrior(found, documentCode) >= CLEAR_CONFIDENCE ? found.code : undefined;
  const atHome = scoreOf(found, documentCode);
  const leaning = found.candidates.map(({ code, score }) => ({ code, score: code === LINGUA_FRANCA.code ? score + LINGUA_FRANCA.bonus : score }));
  const best = leaning.reduce((a, b) => (b.score > a.score ? b : a));
  const clear = best.code !== documentCode && best.score >= SHORT_MIN_SCORE && best.score - atHome >= SHORT_MIN_GAP;
  return clear ? best.code : undefined;
}

/** Foreign stretches in `view` within `range` of a block written in `documentCode`, in text order. */
export function foreignStretches(view: string, range: Range, documentCode: string, languages: readonly string[]): Stretch[] {
  const text = view.slice(range.start, range.end);
  const stretches: Stretch[] = [];
  let looked = 0;
  for (const pattern of ENCLOSED) {
    for (const match of text.matchAll(pattern)) {
      if (++looked > MAX_PER_BLOCK) break;
      const inner = match[1]!;
      if (!WORD.test(inner) || (!match[0].startsWith('[') && !LOWER_CASE_WORD.test(inner))) continue;
      const code = foreignLanguage(inner, documentCode, languages);
      if (!code) continue;
      const start = range.start + match.index;
      if (match[0].startsWith('[')) {
        stretches.push({ start, end: start + match[0].length, code });
        continue;
      }
      const innerStart = start + 1 + inner.length - inner.trimStart().length;
      stretches.push({ start: innerStart, end: innerStart + inner.trim().length, code });
    }
  }
  // A bracketed word inside a foreign quotation is part of the quotation's stretch.
  stretches.sort((a, b) => a.start - b.start || b.end - a.end);
  let covered = range.start;
  return stretches.filter((stretch) => {
    if (stretch.start < covered) return false;
    covered = stretch.end;
    return true;
  });
}
