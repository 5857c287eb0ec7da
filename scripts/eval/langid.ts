/**
 * `npm run --silent eval -- langid --data DIR [--lang de,en,...]`: language identification accuracy
 * per length class and per language, and items per second, for lektor, franc (all languages and
 * restricted to the same set) and eld (large and extra-small databases, restricted to the set).
 * Items per second count CPU time of this process, so other load on the machine does not skew them.
 * DIR holds `<class>/<iso1>.txt` files, one item per line, the file name being the gold label.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { toIso1, toIso3 } from '../../src/adapters/franc.js';
import { identifyLanguage } from '../../src/langid/identify.js';
import type { EvalArgs } from './args.js';

const CLASSES = ['sentences', 'word-pairs', 'single-words'];
/** Items run before timing starts, so the figures measure warm code. */
const WARM_UP = 2000;
/** Speed is items per second of this process's CPU time: one core, whatever else the machine runs. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

type Detector = (text: string) => string;
interface Item {
  text: string;
  gold: string;
}
interface Result {
  accuracy: number;
  perSecond: number;
  perLanguage: Record<string, number>;
}

const percent = (hits: number, total: number) => Math.round((1000 * hits) / Math.max(1, total)) / 10;

async function eldDetector(size: 'large' | 'extrasmall', languages: readonly string[]): Promise<Detector> {
  const { eld } = (await import(`eld/${size}`)) as { eld: { setLanguageSubset(l: readonly string[]): void; detect(t: string): { language: string } } };
  eld.setLanguageSubset(languages);
  return (text) => eld.detect(text).language || 'und';
}

function readClass(dir: string, languages: readonly string[]): Item[] {
  return languages.flatMap((gold) => {
    const file = join(dir, `${gold}.txt`);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((text) => ({ text, gold }));
  });
}

function measure(detect: Detector, items: readonly Item[]): Result {
  for (const item of items.slice(0, WARM_UP)) detect(item.text);
  const hits = new Map<string, number>();
  const totals = new Map<string, number>();
  const started = cpuSeconds();
  for (const { text, gold } of items) {
    if (detect(text) === gold) hits.set(gold, (hits.get(gold) ?? 0) + 1);
    totals.set(gold, (totals.get(gold) ?? 0) + 1);
  }
  const seconds = cpuSeconds() - started;
  const correct = [...hits.values()].reduce((a, b) => a + b, 0);
  return {
    accuracy: percent(correct, items.length),
    perSecond: Math.round(items.length / seconds),
    perLanguage: Object.fromEntries([...totals].map(([code, total]) => [code, percent(hits.get(code) ?? 0, total)])),
  };
}

export async function run(args: EvalArgs): Promise<Record<string, unknown>> {
  const classes = CLASSES.filter((name) => existsSync(join(args.data, name)));
  if (!classes.length) throw new Error(`eval langid: ${args.data} has none of ${CLASSES.join(', ')}`);
  const languages =
    args.lang?.split(',') ??
    [...new Set(classes.flatMap((name) => readdirSync(join(args.data, name)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4))))].sort();
  const only = languages.map(toIso3);
  const detectors: Record<string, Detector> = {
    lektor: (text) => identifyLanguage(text, languages).code,
    'franc-all': (text) => toIso1(franc(text, { minLength: 1 })),
    'franc-set': (text) => toIso1(franc(text, { minLength: 1, only })),
    'eld-large': await eldDetector('large', languages),
    'eld-xs': await eldDetector('extrasmall', languages),
  };

  const results: Record<string, Record<string, Result>> = {};
  for (const name of classes) {
    const items = readClass(join(args.data, name), languages);
    for (const [detector, detect] of Object.entries(detectors)) (results[detector] ??= {})[name] = measure(detect, items);
  }

  const pad = (value: unknown, width: number) => String(value).padStart(width);
  console.log(`language identification over ${languages.length} languages (${languages.join(' ')})\n`);
  console.log(`${'detector'.padEnd(10)}${classes.map((c) => pad(c, 14) + pad('items/s', 9)).join('')}`);
  for (const [detector, byClass] of Object.entries(results)) {
    console.log(`${detector.padEnd(10)}${classes.map((c) => pad(`${byClass[c]!.accuracy}%`, 14) + pad(byClass[c]!.perSecond, 9)).join('')}`);
  }
  for (const name of classes) {
    console.log(`\n${name}: accuracy per language`);
    console.log(`${'detector'.padEnd(10)}${languages.map((code) => pad(code, 6)).join('')}`);
    for (const [detector, byClass] of Object.entries(results)) {
      console.log(`${detector.padEnd(10)}${languages.map((code) => pad(byClass[name]!.perLanguage[code] ?? '-', 6)).join('')}`);
    }
  }
  return { languages, results };
}
