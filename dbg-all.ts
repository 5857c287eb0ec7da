import { readdirSync, readFileSync } from 'node:fs';
import { createPipeline } from './src/pipeline.js';
import { defaultStages } from './src/stages/index.js';
const p = createPipeline(defaultStages);
const dir = '/work/shared/data/de-quotes/train/';
const files = readdirSync(dir).sort().slice(0, 120);
const ov = (a: any, b: any) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const mode = process.argv[2] ?? 'missed';
for (const f of files) {
  const j = JSON.parse(readFileSync(dir + f, 'utf8'));
  const doc = p.process(j.originalText, { language: 'de' });
  const t = j.originalText as string;
  const preds = doc.quotes.filter((q) => q.kind !== 'scare');
  const golds = j.annotations.map((a: any) => ({ start: Math.min(...a.quote.spans.map((s: any) => s.charBegin)), end: Math.max(...a.quote.spans.map((s: any) => s.charEnd)), type: a.type, cue: a.cue.text, sp: a.speaker.text }));
  if (mode === 'missed') for (const g of golds) {
    if (g.type === 'Direct') continue;
    if (preds.some((q) => ov(q, g) >= 0.5 * (g.end - g.start) || ov(q, g) >= 0.5 * (q.end - q.start))) continue;
    console.log(`${g.type} cue=${g.cue} sp=${g.sp} :: ${t.slice(Math.max(0, g.start - 80), g.start)}[${t.slice(g.start, g.end).slice(0, 100)}]`.replace(/\s+/g, ' '));
  }
  if (mode === 'wrong') for (const q of preds) {
    if (golds.some((g: any) => ov(q, g) >= 0.5 * (g.end - g.start) || ov(q, g) >= 0.5 * (q.end - q.start))) continue;
    console.log(`${q.kind} sp=${q.speaker?.name} cue=${q.cue && t.slice(q.cue.start, q.cue.end)} :: ${t.slice(Math.max(0, q.start - 80), q.start)}[${t.slice(q.start, q.end).slice(0, 100)}]`.replace(/\s+/g, ' '));
  }
}
