/**
 * lektor's own ROUGE (Lin 2004), F1 of ROUGE-1, ROUGE-2 and ROUGE-L (LCS over the whole
 * summary). Tokens are runs of Unicode letters and digits, lower-cased after NFKC, so umlauts
 * and ß stay ("Größe" is one token) and PTB-tokenized references ("Locke 's", "£ 2,100")
 * split the same way as plain text. Stemming (snowball, per language) is optional.
 */
import { termsFor } from '../../src/text/terms.js';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export interface RougeSettings {
  lang: string;
  stem: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export function rougeTokens(text: string, settings: RougeSettings): string[] {
  const tokens = text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
  if (!settings.stem) return tokens;
  const terms = termsFor(settings.lang);
  return tokens.map((token) => terms.stem(token));
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const token of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) current[j] = token === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    previous = current;
  }
  return previous[b.length]!;
}

/** Scores of one candidate against one reference, as fractions 0..1. */
export function rouge(candidate: readonly string[], reference: readonly string[]): RougeScores {
  return {
    rouge1: rougeN(candidate, reference, 1),
    rouge2: rougeN(candidate, reference, 2),
    rougeL: f1(lcsLength(candidate, reference), candidate.length, reference.length),
  };
}
