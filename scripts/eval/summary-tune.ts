/**
 * `npm run --silent eval -- summary-tune --data PATH [--lang en] [--half 1|2] [--set name=value,...]`
 *
 * How the weights of src/summary/weights.ts were chosen: each variant below changes one setting
 * of the defaults, and the table shows lektor's ROUGE at the reference-length budget for each.
 * `--half` scores only the first or second half of the items, to see whether a gain holds on
 * data it was not picked on; `--set` changes the base the variants start from.
 */
import { createPipeline } from '../../src/pipeline.js';
import { defaultStages } from '../../src/stages/index.js';
import { summarize } from '../../src/summary/summarize.js';
import { defaultWeights, type SummaryWeights } from '../../src/summary/weights.js';
import type { EvalArgs } from './args.js';
import { rouge, rougeTokens } from './rouge.js';
import { loadSummaryItems, selectHalf } from './summary-data.js';

const VARIANTS: Record<string, Partial<SummaryWeights>> = {
  defaults: {},
  'leadDecay 1': { leadDecay: 1 },
  'leadDecay 3': { leadDecay: 3 },
  'leadDecay 4': { leadDecay: 4 },
  'leadDecay 8': { leadDecay: 8 },
  'centrality 0.5': { centrality: 0.5 },
  'centrality 2': { centrality: 2 },
  'entities 0': { entities: 0 },
  'entities 0.25': { entities: 0.25 },
  'entities 1': { entities: 1 },
  'title 0': { title: 0 },
  'title 1': { title: 1 },
  'dangling 1': { dangling: 1 },
  'dangling 0.5': { dangling: 0.5 },
  'quoteOpening 1': { quoteOpening: 1 },
  'quoteOpening 0.4': { quoteOpening: 0.4 },
  'shortSentence 1': { shortSentence: 1 },
  'shortSentence 10': { shortSentence: 10 },
  'lambda 1': { lambda: 1 },
  'lambda 0.5': { lambda: 0.5 },
  'lambda 0.3': { lambda: 0.3 },
  'wordSlack 0': { wordSlack: 0 },
  'wordSlack 0.25': { wordSlack: 0.25 },
  'wordSlack 0.75': { wordSlack: 0.75 },
  'wordSlack 0.5': { wordSlack: 0.5 },
};

const pipeline = createPipeline(defaultStages);

export async function run(args: EvalArgs): Promise<Record<string, unknown>> {
  const items = selectHalf(loadSummaryItems(args.data, args.lang), args.extra.half);
  const prepared = items.map((item) => {
    const settings = { lang: item.lang, stem: true };
    const reference = rougeTokens(item.reference, settings);
    return { settings, reference, doc: pipeline.process(item.article, { language: item.lang }) };
  });
  const base: SummaryWeights = { ...defaultWeights };
  for (const pair of (args.extra.set ?? '').split(',').filter(Boolean)) {
    const [name, value] = pair.split('=') as [keyof SummaryWeights, string];
    if (!(name in base) || !Number.isFinite(Number(value))) throw new Error(`--set: bad setting ${JSON.stringify(pair)}`);
    base[name] = Number(value);
  }
  const results: Record<string, { rouge1: number; rouge2: number }> = {};
  console.log('variant               ROUGE-1  ROUGE-2');
  for (const [name, change] of Object.entries(VARIANTS)) {
    const weights = { ...base, ...change };
    let r1 = 0;
    let r2 = 0;
    for (const { settings, reference, doc } of prepared) {
      const budget = reference.length;
      const text = summarize(doc, weights, { words: budget }).map((s) => doc.slice(s)).join(' ');
      const scores = rouge(rougeTokens(text, settings).slice(0, budget), reference);
      r1 += scores.rouge1;
      r2 += scores.rouge2;
    }
    results[name] = { rouge1: Math.round((10000 * r1) / prepared.length) / 100, rouge2: Math.round((10000 * r2) / prepared.length) / 100 };
    console.log(`${name.padEnd(20)} ${results[name].rouge1.toFixed(2).padStart(8)} ${results[name].rouge2.toFixed(2).padStart(8)}`);
  }
  return results;
}
