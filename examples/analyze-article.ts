/**
 * Analyse one article and print who is named in it and who said what.
 * Run: npx tsx examples/analyze-article.ts [FILE]   (FILE defaults to the bundled German article)
 */
import { readFileSync } from 'node:fs';
import { analyze } from 'lektor';

const path = process.argv[2] ?? new URL('../corpus/de/putin-kim.txt', import.meta.url);
const text = readFileSync(path, 'utf8');
const analysis = analyze(text);

console.log(`${analysis.title?.text ?? '(no title)'} [${analysis.language.code}]`);

console.log('\nPeople, most central first:');
for (const person of analysis.entities.filter((entity) => entity.type === 'PER')) {
  console.log(`  ${person.name} (${person.mentions.length}×)`);
}

console.log('\nQuotes:');
for (const quote of analysis.quotes) {
  // Quote text keeps the article's line breaks; fold them for a one-line listing.
  const words = quote.text.replace(/\s+/g, ' ');
  console.log(`  ${quote.speaker?.name ?? '(no speaker)'} [${quote.kind}]: "${words}"`);
}

// Every span indexes the input, so any finding can be cut out of the original text again.
const quote = analysis.quotes[0];
if (quote) console.log(`\nThe first quote stands at ${quote.start}..${quote.end}: text.slice(${quote.start}, ${quote.end}) === quote.text is ${text.slice(quote.start, quote.end) === quote.text}`);
