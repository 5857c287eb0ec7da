/**
 * `npm run --silent eval -- summary --data PATH [--lang en] [--stem true|false] [--budget reference|lead3] [--half 1|2]`
 *
 * ROUGE-1/2/L F1 (scripts/eval/rouge.ts) of lektor, Lead-3 and TextRank at the same word budget:
 * by default the reference's length in ROUGE tokens; every system's summary is cut to the budget
 * (lektor is asked for `{ words: budget }` and so never needs cutting). Lead-3 and TextRank pick
 * from the same body sentences as lektor. PATH is a JSONL of `{"id","article","reference"}` or a
 * de-quotes folder (lead paragraph as weak reference, see summary-data.ts).
 */
import { createPipeline } from '../../src/pipeline.js';
import { defaultStages } from '../../src/stages/index.js';
import { summarize } from '../../src/summary/summarize.js';
import { defaultWeights } from '../../src/summary/weights.js';
import { summaryUnits, type Unit } from '../../src/summary/units.js';
import type { Doc } from '../../src/document.js';
import type { EvalArgs } from './args.js';
import { rouge, rougeTokens, type RougeScores, type RougeSettings } from './rouge.js';
import { loadSummaryItems, selectHalf } from './summary-data.js';
import { textRank } from './textrank.js';

const SYSTEMS = ['lektor', 'lead3', 'textrank'] as const;
type System = (typeof SYSTEMS)[number];

const pipeline = createPipeline(defaultStages);
const unitText = (doc: Doc, units: readonly Unit[]) => units.map((unit) => doc.slice(unit.sentence)).join(' ');

/** The best-ranked units until the budget is filled, in article order. */
function fill(ranked: readonly Unit[], words: number): Unit[] {
  const chosen: Unit[] = [];
  let total = 0;
  for (const unit of ranked) {
    if (total >= words) break;
    chosen.push(unit);
    total += unit.words;
  }
  return chosen.sort((a, b) => a.index - b.index);
}

const round = (value: number) => Math.round(value * 100) / 100;

export async function run(args: EvalArgs): Promise<Record<string, unknown>> {
  const items = selectHalf(loadSummaryItems(args.data, args.lang), args.extra.half);
  const stem = args.extra.stem !== 'false';
  const budgetRule = args.extra.budget ?? 'reference';
  const totals = Object.fromEntries(SYSTEMS.map((s) => [s, { rouge1: 0, rouge2: 0, rougeL: 0 }])) as Record<System, RougeScores>;
  let counted = 0;
  let budgetSum = 0;
  for (const item of items) {
    const settings: RougeSettings = { lang: item.lang, stem };
    const reference = rougeTokens(item.reference, settings);
    const doc = pipeline.process(item.article, { language: item.lang });
    const units = summaryUnits(doc);
    if (units.length === 0 || reference.length === 0) continue;
    const lead3 = unitText(doc, units.slice(0, 3));
    const budget = budgetRule === 'lead3' ? rougeTokens(lead3, settings).length : reference.length;
    const outputs: Record<System, string> = {
      lektor: summarize(doc, defaultWeights, { words: budget }).map((sentence) => doc.slice(sentence)).join(' '),
      lead3,
      textrank: unitText(doc, fill(textRank(units), budget)),
    };
    for (const system of SYSTEMS) {
      const scores = rouge(rougeTokens(outputs[system], settings).slice(0, budget), reference);
      for (const key of ['rouge1', 'rouge2', 'rougeL'] as const) totals[system][key] += scores[key];
    }
    budgetSum += budget;
    counted++;
  }
  const figures = Object.fromEntries(
    SYSTEMS.map((s) => [s, { rouge1: round((100 * totals[s].rouge1) / counted), rouge2: round((100 * totals[s].rouge2) / counted), rougeL: round((100 * totals[s].rougeL) / counted) }]),
  ) as Record<System, RougeScores>;
  console.log(`summary: ${counted} articles, budget = ${budgetRule} length (mean ${round(budgetSum / Math.max(1, counted))} tokens), stemming ${stem ? 'on' : 'off'}`);
  console.log('system     ROUGE-1  ROUGE-2  ROUGE-L');
  for (const s of SYSTEMS) console.log(`${s.padEnd(10)} ${figures[s].rouge1.toFixed(2).padStart(7)}  ${figures[s].rouge2.toFixed(2).padStart(7)}  ${figures[s].rougeL.toFixed(2).padStart(7)}`);
  return { articles: counted, budget: budgetRule, stem, ...figures };
}
