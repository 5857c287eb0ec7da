/**
 * lektor as a library: analyse the corpus article and print what an editor would want first.
 * Run: npx tsx examples/analyze-article.ts [FILE]
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';

const path = process.argv[2] ?? new URL('../corpus/de/putin-kim.txt', import.meta.url);
const text = readFileSync(path, 'utf8');
const analysis = analyze(text, { summary: { sentences: 3 } });

console.log(`Language: ${analysis.language.code} (${analysis.language.confidence.toFixed(2)})`);
console.log(`Title:    ${analysis.title?.text ?? '(none)'}`);
console.log(`Byline:   ${analysis.byline?.text ?? '(none)'}`);

console.log('\nEntities, most central first:');
for (const entity of [...analysis.entities].sort((a, b) => b.salience - a.salience).slice(0, 10)) {
  console.log(`  ${entity.type.padEnd(4)} ${entity.name} (${entity.mentions.length}×)`);
}

console.log('\nQuotes:');
for (const quote of analysis.quotes) {
  console.log(`  [${quote.kind}] "${quote.text}" (${quote.speaker?.name ?? 'no speaker'})`);
}

console.log(`\nSummary:\n  ${analysis.summary.text}`);

// Every span indexes the original input, so the text can be cut out again:
const first = analysis.entities[0]?.mentions[0];
if (first) console.log(`\nFirst mention of ${analysis.entities[0]!.name}: "${text.slice(first.start, first.end)}" at ${first.start}`);
