/** The benchmark's inputs, all made from the corpus article. */
import { readFileSync } from 'node:fs';

export const ARTICLE_PATH = new URL('../../corpus/de/putin-kim.txt', import.meta.url);
export const article = readFileSync(ARTICLE_PATH, 'utf8');

/** The article repeated (paragraph break between copies) and cut to `length` characters. */
export function repeatTo(length: number): string {
  const unit = `${article}\n\n`;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * `count` JSONL records, each the article with its paragraphs rotated, so that lines differ
 * in order and length of content without differing in language or kind.
 */
export function jsonlRecords(count: number): string {
  const paragraphs = article.split(/\n\s*\n/);
  let out = '';
  for (let i = 0; i < count; i++) {
    const k = i % paragraphs.length;
    out += `${JSON.stringify({ id: i, text: [...paragraphs.slice(k), ...paragraphs.slice(0, k)].join('\n\n') })}\n`;
  }
  return out;
}
