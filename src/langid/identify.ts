/**
 * Which language is a piece of text in? Character 4-grams (eld's weights, ngrams.ts) and whole
 * words (tesseract's word lists, lexicon.ts) decide among the languages they cover; languages
 * outside the model are left to franc, which knows almost two hundred. (Adding franc's scores or
 * stop-word counts to the 4-gram scores made them no better on sentences, word pairs or single
 * words; the word lists, a hundred thousand words and more per language, lift word pairs by two
 * points and single words by four, measured with scripts/eval/langid.ts.)
 */
import { francScores, toIso1 } from '../adapters/franc.js';
import { foreignLetterShares } from './alphabets.js';
import { wordShares } from './lexicon.js';
import { ngramEvidence, ngramLanguages } from './ngrams.js';

export interface Candidate {
  code: string;
  score: number;
}

export interface Identification {
  code: string;
  /** 0..1: how clearly the best language beats the next one, and on how much text. */
  confidence: number;
  /** Best first, scores 0..1. */
  candidates: Candidate[];
  /** How much text the decision rests on, in 4-gram-sized units: weighs blocks against each other. */
  evidence: number;
}

const UNDETERMINED: Identification = { code: 'und', confidence: 0, candidates: [], evidence: 0 };

/** eld's squashing of the mean 4-gram weight into 0..1 (it picked the constant by hand). */
const SQUASH = 25;
/**
 * Score lost when every letter is foreign to a language. One foreign letter in a short word
 * (a sixth of its letters) costs about the gap that separates clear from close calls (0.1); in a
 * sentence it costs a hundredth, as a loanword or name should.
 */
const FOREIGN_LETTER_WEIGHT = 0.6;
/**
 * Score a language gains when it writes every word of the text (lexicon.ts). Single words and word
 * pairs, whose 4-grams are few, gain most; 0.1 to 0.3 did about equally well (scripts/eval/langid.ts).
 */
const WORD_WEIGHT = 0.2;
/** Squashed-score gap at which confidence reaches 1 - 1/e. */
const MARGIN_SCALE = 0.05;
/** Distinct 4-grams at which the amount of text stops limiting confidence (about three words). */
const FULL_EVIDENCE = 6;
const MAX_CANDIDATES = 5;
/** Confidence at which a text's own evidence overrules a prior such as the document language (a gap of about 0.1). */
export const CLEAR_CONFIDENCE = 0.85;
/** Below this squashed score no language fits: text in another script, or names and codes only. */
const MIN_SCORE = 0.3;
/** franc has no 4-gram count; a 4-gram covers about this many characters. */
const CHARS_PER_FEATURE = 4;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Confidence that `score` beats `rival` on `evidence` units of text. */
function confidenceOf(score: number, rival: number, evidence: number): number {
  return round((1 - Math.exp(-Math.max(0, score - rival) / MARGIN_SCALE)) * Math.min(1, evidence / FULL_EVIDENCE));
}

/** The score `found` gives `code`; 0 when `code` is not among its candidates. */
export const scoreOf = (found: Identification, code: string): number => found.candidates.find((c) => c.code === code)?.score ?? 0;

/** How surely `found` overrules a prior for `priorCode`: the confidence of its best language against that one. */
export const againstPrior = (found: Identification, priorCode: string): number =>
  confidenceOf(scoreOf(found, found.code), scoreOf(found, priorCode), found.evidence);

/** The identification that `candidates` (any order) amount to. */
export function decide(candidates: readonly Candidate[], evidence: number): Identification {
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const [best, second] = sorted;
  if (!best || best.score < MIN_SCORE) return { ...UNDETERMINED, evidence };
  return {
    code: best.code,
    confidence: confidenceOf(best.score, second?.score ?? 0, evidence),
    candidates: sorted.slice(0, MAX_CANDIDATES).map(({ code, score }) => ({ code, score: round(score) })),
    evidence,
  };
}

/** What a language set asks of the detectors; worked out once per set (options hold one array per call). */
interface Plan {
  /** ISO 639-1 codes where one exists. */
  languages: string[];
  /** Indices into `ngramLanguages` of the requested languages the model knows. */
  modelIndices: number[];
  /** Requested languages only franc knows. */
  others: string[];
}

const plans = new WeakMap<readonly string[], Plan>();

function planFor(requested: readonly string[]): Plan {
  let plan = plans.get(requested);
  if (!plan) {
    const languages = [...new Set(requested.map(toIso1))];
    const modelIndices = ngramLanguages().flatMap((code, i) => (languages.includes(code) ? [i] : []));
    plan = { languages, modelIndices, others: languages.filter((code) => !ngramLanguages().includes(code)) };
    plans.set(requested, plan);
  }
  return plan;
}

/** Scores of the requested languages the 4-gram model knows. */
function modelCandidates(text: string, plan: Plan): { candidates: Candidate[]; features: number } {
  const { scores, features, letters, words } = ngramEvidence(text);
  const foreign = foreignLetterShares(letters, ngramLanguages());
  const known = wordShares(words, ngramLanguages());
  const candidates: Candidate[] = [];
  for (const i of plan.modelIndices) {
    if (scores[i] === 0) continue;
    const code = ngramLanguages()[i]!;
    const mean = scores[i] / features;
    candidates.push({ code, score: Math.min(1, Math.max(0, mean / (mean + SQUASH) - FOREIGN_LETTER_WEIGHT * foreign[i]! + WORD_WEIGHT * known[i]!)) });
  }
  return { candidates, features };
}

/**
 * The language of `text` among `languages` (ISO 639-1 or 639-3), or 'und' when the text has no
 * evidence for any of them. Looks at a bounded sample, so it is fast on any input.
 */
export function identifyLanguage(text: string, languages: readonly string[]): Identification {
  const plan = planFor(languages);
  const model = plan.modelIndices.length ? modelCandidates(text, plan) : { candidates: [], features: 0 };
  if (plan.others.length) {
    // franc compares all requested languages; when it picks one the model lacks, that is the answer.
    const sample = text.slice(0, 2000);
    const franc = francScores(sample, plan.languages);
    if (franc[0] && plan.others.includes(franc[0].code)) return decide(franc, sample.length / CHARS_PER_FEATURE);
  }
  return decide(model.candidates, model.features);
}
