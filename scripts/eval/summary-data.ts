/**
 * Items for the summary evaluation, `{ id, article, reference, lang }`, from either
 * - a JSONL file of `{"id","article","reference"}` lines (English CNN/DM from FRANK), or
 * - a folder of de-quotes Wikinews documents: the lead paragraph is a weak reference for the rest
 *   of the article, which is what gets summarised, headed by the article's headline.
 * Both are evaluation data only: they are read at evaluation time and never copied into the package.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SummaryItem {
  id: string;
  article: string;
  reference: string;
  lang: string;
}

const HEADLINE = /^(\d+) - (.*) \((\d{4}-\d{2}-\d{2})\)$/;

function fromJsonl(path: string, lang: string): SummaryItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const record = JSON.parse(line) as { id: string; article: string; reference: string };
      return { id: record.id, article: record.article, reference: record.reference, lang };
    });
}

function fromWikinewsFolder(folder: string): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json')).sort()) {
    const record = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { documentName: string; originalText: string };
    const paragraphs = record.originalText.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const headline = HEADLINE.exec(record.documentName);
    if (paragraphs.length < 3 || !headline) continue;
    const [lead, ...rest] = paragraphs;
    items.push({ id: headline[1]!, article: `${headline[2]}\n\n${rest.join('\n\n')}`, reference: lead!, lang: 'de' });
  }
  return items;
}

export function loadSummaryItems(path: string, lang: string | undefined): SummaryItem[] {
  return statSync(path).isDirectory() ? fromWikinewsFolder(path) : fromJsonl(path, lang ?? 'en');
}

/** The first or second half of the items (`half` '1' or '2'), or all of them: to see whether a setting tuned on one half holds on the other. */
export function selectHalf<T>(items: readonly T[], half: string | undefined): T[] {
  const middle = Math.ceil(items.length / 2);
  if (half === '1') return items.slice(0, middle);
  if (half === '2') return items.slice(middle);
  return [...items];
}
