/**
 * `npm run bench`: lektor against wink-nlp and compromise on the corpus article, lektor's growth
 * on a 1 MB input, cold start and resident memory, and the CLI's --jobs throughput. Prints tables,
 * then one JSON object of the headline figures as the last line (for scripts and CI logs).
 * Run with --expose-gc so that heap figures start from a collected heap.
 */
import { cpus, loadavg } from 'node:os';
import { compromiseBenchPass } from '../src/adapters/compromise.js';
import { winkReadDocPass } from '../src/adapters/wink.js';
import { analyze, createPipeline, defaultStages } from '../src/index.js';
import { recognizeMentions } from '../src/ner/recognize.js';
import { coldStart, jobsThroughput } from './bench/child.js';
import { article, repeatTo } from './bench/corpus.js';
import { interleaved, repeatFor } from './bench/measure.js';
import { fixed, grouped, table } from './bench/table.js';

const ROUNDS = 9;
const MS_PER_SAMPLE = 200;
const MB = 2 ** 20;
const log = (text = '') => process.stdout.write(`${text}\n`);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

log(`lektor bench: node ${process.version}, ${cpus().length} cpus, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
log(`article: corpus/de/putin-kim.txt, ${article.length} chars\n`);

// 1. The three libraries on the same article, interleaved.
const articleMb = Buffer.byteLength(article) / MB;
const winkTokens = winkReadDocPass(article).tokens;
const timings = interleaved(
  [
    { name: 'lektor analyze', run: () => analyze(article) },
    { name: 'wink-nlp readDoc', run: () => winkReadDocPass(article) },
    { name: 'compromise', run: () => compromiseBenchPass(article) },
  ],
  ROUNDS,
  MS_PER_SAMPLE,
);
const ms = (name: string) => timings.get(name)!.ms;
const lektorMs = ms('lektor analyze');
const winkMs = ms('wink-nlp readDoc');
const compromiseMs = ms('compromise');
log(
  table(
    ['library (corpus article)', 'ms/article', 'CPU ms/article', 'MB/s', 'heap peak MB'],
    [...timings].map(([name, t]) => [name, fixed(t.ms, 2), fixed(t.cpuMs, 2), fixed(articleMb / (t.ms / 1000), 2), fixed(t.peakHeapMb)]),
  ),
);
log(`lektor/wink ${fixed(lektorMs / winkMs, 2)}×, compromise/lektor ${fixed(compromiseMs / lektorMs, 1)}×\n`);

// 2. Where lektor's time goes: each stage's share, as the difference between pipelines cut after it.
const names = defaultStages.map((stage) => stage.name);
const cuts = interleaved(
  names.map((_, i) => ({ name: names[i]!, run: () => analyze(article, { stages: names.slice(0, i + 1) }) })),
  5,
  MS_PER_SAMPLE / 2,
);
let previous = { ms: 0, cpuMs: 0 };
const stageRows = names.map((name) => {
  const upTo = cuts.get(name)!;
  // Noise can make a longer pipeline time below a shorter one; a stage never costs less than nothing.
  const own = (key: 'ms' | 'cpuMs') => fixed(Math.max(0, upTo[key] - previous[key]), 2);
  const row = [name, own('ms'), own('cpuMs'), fixed(upTo.ms, 2)];
  previous = upTo;
  return row;
});
log(table(['stage', 'ms (own)', 'CPU ms (own)', 'ms (pipeline up to it)'], stageRows));
// The recogniser alone (the sentences of the article already made), against wink's readDoc on the same text.
const sentenced = createPipeline(defaultStages.slice(0, defaultStages.findIndex((stage) => stage.name === 'entities'))).process(article);
const tagging = interleaved(
  [
    { name: 'NER tagging', run: () => recognizeMentions(sentenced) },
    { name: 'wink-nlp readDoc', run: () => winkReadDocPass(article) },
  ],
  ROUNDS,
  MS_PER_SAMPLE,
);
const taggedTokens = sentenced.sentences.reduce((sum, sentence) => sum + sentence.endToken - sentence.firstToken, 0);
const nerTokensPerSecond = taggedTokens / (tagging.get('NER tagging')!.ms / 1000);
const winkTokensPerSecond = winkTokens / (tagging.get('wink-nlp readDoc')!.ms / 1000);
log(`NER tagging: ${grouped(nerTokensPerSecond)} tokens/s (lektor's recogniser on the ${taggedTokens} tokens of the article's sentences); wink-nlp full readDoc: ${grouped(winkTokensPerSecond)} tokens/s\n`);

// 3. Growth: the same text at 64 KB, 256 KB and 1 MB should cost the same per KB.
const sizes = [64 * 1024, 256 * 1024, 1024 * 1024];
const growth = sizes.map((size) => {
  const text = repeatTo(size);
  const best = (run: () => unknown) => Math.min(...repeatFor(run, 1500));
  return { size, lektor: best(() => analyze(text)), wink: best(() => winkReadDocPass(text)) };
});
log(
  table(
    ['input', 'lektor ms', 'lektor ms/KB', 'wink ms', 'wink ms/KB'],
    growth.map((g) => [`${g.size / 1024} KB`, fixed(g.lektor, 0), fixed(g.lektor / (g.size / 1024), 3), fixed(g.wink, 0), fixed(g.wink / (g.size / 1024), 3)]),
  ),
);
const perKb = (g: (typeof growth)[number]) => g.lektor / (g.size / 1024);
const linearity = perKb(growth.at(-1)!) / perKb(growth[0]!);
log(`lektor ms/KB at 1 MB ÷ ms/KB at 64 KB: ${fixed(linearity, 2)} (1.0 = linear)\n`);

// 4. Fresh processes: cold start and memory, then the CLI on worker threads.
const cold = coldStart(5);
log(
  table(
    ['fresh process (median of 5)', 'value'],
    [
      ['import lektor, ms', fixed(cold.importMs)],
      ['first analysis, ms', fixed(cold.firstAnalysisMs)],
      ['cold start (import + first analysis), ms', fixed(cold.coldStartMs)],
      ['whole process incl. node start-up, ms', fixed(cold.processMs)],
      ['RSS with de+en models loaded, MB', fixed(cold.rssMb)],
    ],
  ),
);
log();
// 1200 articles, one run each: each worker thread loads the models and has V8 compile its hot
// code on its own, which takes some hundreds of lines; the steady rate (second half) is what a
// long batch gets, the whole-run rate what this length gets.
const JSONL_REPEATS = 1;
const jobs = await jobsThroughput(1200, [1, 2], JSONL_REPEATS);
const jobsRatio = jobs.linesPerSecond[2]! / jobs.linesPerSecond[1]!;
const steadyJobsRatio = jobs.steadyLinesPerSecond[2]! / jobs.steadyLinesPerSecond[1]!;
log(
  table(
    [`lektor analyze --jsonl (${jobs.lines} articles, best of ${JSONL_REPEATS})`, 'lines/s, whole run', 'lines/s, second half', 'CPU s'],
    Object.entries(jobs.linesPerSecond).map(([j, rate]) => [`--jobs ${j}`, fixed(rate), fixed(jobs.steadyLinesPerSecond[Number(j)]!), fixed(jobs.cpuSeconds[Number(j)] ?? NaN, 2)]),
  ),
);
log(`--jobs 2 / --jobs 1: ${fixed(jobsRatio, 2)}× whole run, ${fixed(steadyJobsRatio, 2)}× second half (on idle cores; a load average above the CPU count makes it meaningless)\n`);

log(
  JSON.stringify({
    lektor_ms: round(lektorMs),
    wink_ms: round(winkMs),
    compromise_ms: round(compromiseMs),
    lektor_vs_wink: round(lektorMs / winkMs, 3),
    compromise_vs_lektor: round(compromiseMs / lektorMs, 2),
    lektor_cpu_ms: round(timings.get('lektor analyze')!.cpuMs),
    wink_cpu_ms: round(timings.get('wink-nlp readDoc')!.cpuMs),
    compromise_cpu_ms: round(timings.get('compromise')!.cpuMs),
    lektor_mb_per_s: round(articleMb / (lektorMs / 1000), 3),
    ner_tokens_per_s: Math.round(nerTokensPerSecond),
    ner_vs_wink_tokens: round(nerTokensPerSecond / winkTokensPerSecond),
    lektor_1mb_ms: Math.round(growth.at(-1)!.lektor),
    linearity_1mb_vs_64kb: round(linearity),
    cold_start_ms: round(cold.coldStartMs, 1),
    rss_mb: round(cold.rssMb, 1),
    jobs1_lines_per_s: round(jobs.linesPerSecond[1]!, 1),
    jobs2_lines_per_s: round(jobs.linesPerSecond[2]!, 1),
    jobs2_vs_jobs1: round(jobsRatio),
    jobs1_steady_lines_per_s: round(jobs.steadyLinesPerSecond[1]!, 1),
    jobs2_steady_lines_per_s: round(jobs.steadyLinesPerSecond[2]!, 1),
    jobs2_vs_jobs1_steady: round(steadyJobsRatio),
    lektor_heap_peak_mb: round(timings.get('lektor analyze')!.peakHeapMb, 1),
    load_average: round(loadavg()[0]!),
  }),
);
