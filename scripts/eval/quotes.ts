/**
 * Quotes and speakers against gold annotations.
 *
 *   npm run --silent eval -- quotes --data DIR            German Wikinews `*.pretty.json` (de-quotes)
 *   npm run --silent eval -- quotes --data FILE.jsonl     lektor's own fixture format (see below)
 *   options: --lang xx (default de for a folder, en for a file), --errors N (list N misses)
 *
 * Fixture lines: {"id", "text", "quotes": [{"text", "kind": "direct"|"indirect"|..., "speaker": "..."|null, "occurrence"?: n}]}
 * where "text" and "speaker" are substrings of the article (the n-th occurrence, default the first).
 *
 * Figures (a prediction "covers" a gold quote when it overlaps at least half of its characters):
 *   direct      lektor's direct and partial quotes against gold Direct quotes (the Wikinews data
 *               marks quoted fragments as Direct too); P = predictions covering a gold one.
 *   attributed  as direct, and the speaker is right: its mention (or a mention of its entity)
 *               overlaps the gold speaker span, or both have no speaker.
 *   all         every non-scare quote against every gold quote of any type (Direct, Indirect,
 *               FreeIndirect, Reported, ...), in the spirit of GermEval 2023 task 2 simplified:
 *               messages (span found), speakers (among found ones, speaker right), joint (both).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../../src/pipeline.js';
import { defaultStages } from '../../src/stages/index.js';
import type { Doc, Quote, Range } from '../../src/document.js';
import type { EvalArgs } from './args.js';

interface GoldQuote extends Range {
  direct: boolean;
  speakers: Range[];
}

const normalName = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

interface Counts {
  predicted: number;
  predictedRight: number;
  gold: number;
  goldFound: number;
}

const pipeline = createPipeline(defaultStages);

const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const covers = (prediction: Range, gold: Range) => overlap(prediction, gold) >= 0.5 * (gold.end - gold.start);

function readWikinews(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pretty.json'))
    .sort()
    .map((name) => {
      const json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as WikinewsDocument;
      const bySpan = new Map<string, GoldQuote>();
      for (const annotation of json.annotations) {
        const spans = annotation.quote.spans;
        if (spans.length === 0) continue;
        const quote = { start: Math.min(...spans.map((s) => s.charBegin)), end: Math.max(...spans.map((s) => s.charEnd)) };
        const key = `${quote.start}:${quote.end}`;
        const gold = bySpan.get(key) ?? { ...quote, direct: false, speakers: [] };
        gold.direct ||= annotation.type === 'Direct';
        gold.speakers.push(...annotation.speaker.spans.map((s) => ({ start: s.charBegin, end: s.charEnd })));
        bySpan.set(key, gold);
      }
      return { id: name, text: json.originalText, quotes: [...bySpan.values()] };
    });
}

interface WikinewsSpan {
  charBegin: number;
  charEnd: number;
}
interface WikinewsDocument {
  originalText: string;
  annotations: { type: string; quote: { spans: WikinewsSpan[] }; speaker: { spans: WikinewsSpan[] } }[];
}

interface FixtureQuote {
  text: string;
  kind: string;
  speaker: string | null;
  occurrence?: number;
}

function nth(text: string, needle: string, occurrence = 1, from = 0): number {
  let at = from - 1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in the text`);
  }
  return at;
}

function readFixtures(path: string): GoldArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const json = JSON.parse(line) as { id: string; text: string; quotes: FixtureQuote[] };
      const quotes = json.quotes.map((quote) => {
        const start = nth(json.text, quote.text, quote.occurrence);
        const speakers: Range[] = [];
        if (quote.speaker) {
          // The speaker as written nearest the quote.
          const before = json.text.lastIndexOf(quote.speaker, start);
          const after = json.text.indexOf(quote.speaker, start + quote.text.length);
          const at = before < 0 ? after : after < 0 ? before : start - before < after - start ? before : after;
          if (at < 0) throw new Error(`fixture: speaker ${JSON.stringify(quote.speaker)} not in the text`);
          speakers.push({ start: at, end: at + quote.speaker.length });
        }
        return { start, end: start + quote.text.length, direct: quote.kind === 'direct' || quote.kind === 'partial', speakers };
      });
      return { id: json.id, text: json.text, quotes };
    });
}

function speakerRight(doc: Doc, prediction: Quote, gold: GoldQuote): boolean {
  if (gold.speakers.length === 0) return prediction.speaker === null;
  const speaker = prediction.speaker;
  if (!speaker) return false;
  const mentions: Range[] = [];
  if (speaker.mention) mentions.push(speaker.mention);
  if (speaker.entity !== null) mentions.push(...(doc.entities[speaker.entity]?.mentions ?? []));
  if (mentions.some((mention) => gold.speakers.some((span) => overlap(mention, span) > 0))) return true;
  // The same person named elsewhere: "Konrad Freiberg" for the gold "Der GdP-Vorsitzende Konrad Freiberg".
  const name = normalName(speaker.name);
  return name.length >= 3 && gold.speakers.some((span) => {
    const written = normalName(doc.text.slice(span.start, span.end));
    return written.includes(name) || (written.length >= 3 && name.includes(written));
  });
}

/** The text around a quote, on one line, for error lists. */
function context(text: string, range: Range): string {
  const quote = text.slice(range.start, range.end);
  const short = quote.length > 80 ? `${quote.slice(0, 40)}…${quote.slice(-30)}` : quote;
  return `${text.slice(Math.max(0, range.start - 70), range.start)}[${short}]${text.slice(range.end, range.end + 70)}`.replace(/\s+/g, ' ');
}

const emptyCounts = (): Counts => ({ predicted: 0, predictedRight: 0, gold: 0, goldFound: 0 });

function score(counts: Counts) {
  const precision = counts.predicted ? counts.predictedRight / counts.predicted : 0;
  const recall = counts.gold ? counts.goldFound / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: round(precision), recall: round(recall), f1: round(f1), predicted: counts.predicted, gold: counts.gold };
}

/** Counts one kind of match: `right(p, g)` says whether prediction p gets gold quote g right. */
function tally(into: Counts, predictions: readonly Quote[], golds: readonly GoldQuote[], right: (p: Quote, g: GoldQuote) => boolean, misses?: string[], text?: string): void {
  into.predicted += predictions.length;
  into.gold += golds.length;
  into.predictedRight += predictions.filter((p) => golds.some((g) => right(p, g))).length;
  for (const g of golds) {
    if (predictions.some((p) => right(p, g))) into.goldFound++;
    else if (misses && text) misses.push(`missed …${context(text, g)}…`);
  }
  if (misses && text) for (const p of predictions) if (!golds.some((g) => right(p, g))) misses.push(`wrong  ${p.kind} ${JSON.stringify(text.slice(p.start, p.end).slice(0, 100))} speaker=${JSON.stringify(p.speaker?.name ?? null)}`);
}

export async function run(args: EvalArgs): Promise<Record<string, unknown>> {
  const isDir = statSync(args.data).isDirectory();
  const lang = args.lang ?? (isDir ? 'de' : 'en');
  const articles = isDir ? readWikinews(args.data) : readFixtures(args.data);
  const errorLimit = Number(args.extra.errors ?? 0);
  const counts = { direct: emptyCounts(), attributed: emptyCounts(), messages: emptyCounts(), speakers: emptyCounts(), joint: emptyCounts() };
  const errors: string[] = [];
  for (const article of articles) {
    const doc = pipeline.process(article.text, { language: lang });
    const text = article.text;
    const marked = doc.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial');
    const goldDirect = article.quotes.filter((g) => g.direct);
    const misses: string[] = [];
    tally(counts.direct, marked, goldDirect, covers, misses, text);
    tally(counts.attributed, marked, goldDirect, (p, g) => covers(p, g) && speakerRight(doc, p, g));
    for (const g of goldDirect) {
      const p = marked.find((q) => covers(q, g));
      if (p && !speakerRight(doc, p, g)) {
        const want = g.speakers.map((s) => text.slice(s.start, s.end)).join(' / ') || null;
        misses.push(`speaker ${JSON.stringify(p.speaker?.mention ? text.slice(p.speaker.mention.start, p.speaker.mention.end) : (p.speaker?.name ?? null))} want ${JSON.stringify(want)} in …${context(text, p)}…`);
      }
    }
    const reported = doc.quotes.filter((q) => q.kind !== 'scare');
    const found = (p: Quote, g: GoldQuote) => covers(p, g) || overlap(p, g) >= 0.5 * (p.end - p.start);
    tally(counts.messages, reported, article.quotes, found);
    tally(
      counts.speakers,
      reported.filter((p) => p.speaker && article.quotes.some((g) => found(p, g))),
      article.quotes.filter((g) => g.speakers.length && reported.some((p) => found(p, g))),
      (p, g) => found(p, g) && speakerRight(doc, p, g),
    );
    tally(counts.joint, reported, article.quotes, (p, g) => found(p, g) && speakerRight(doc, p, g));
    if (errors.length < errorLimit && misses.length) errors.push(`# ${article.id}`, ...misses.map((m) => `  ${m}`));
  }
  const figures = {
    lang,
    articles: articles.length,
    direct: score(counts.direct),
    attributed: score(counts.attributed),
    all: { messages: score(counts.messages), speakers: score(counts.speakers), joint: score(counts.joint) },
  };
  const rows: [string, ReturnType<typeof score>][] = [
    ['direct quotes', figures.direct],
    ['direct + speaker', figures.attributed],
    ['all: messages', figures.all.messages],
    ['all: speakers', figures.all.speakers],
    ['all: joint', figures.all.joint],
  ];
  console.log(`quotes on ${articles.length} articles (${lang})`);
  console.log('figure              precision  recall     F1  predicted  gold');
  for (const [name, s] of rows) {
    console.log(`${name.padEnd(18)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)} ${String(s.predicted).padStart(10)} ${String(s.gold).padStart(5)}`);
  }
  if (errors.length) console.log(errors.slice(0, errorLimit * 4).join('\n'));
  return figures;
}
