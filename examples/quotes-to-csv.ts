/**
 * Turn an article's quotes into CSV (RFC 4180): one row per quote, for a spreadsheet or a database.
 * Run: npx tsx examples/quotes-to-csv.ts [FILE] > quotes.csv   (FILE defaults to the bundled German article)
 */
import { readFileSync } from 'node:fs';
import { analyze, type QuoteResult } from 'lektor';

const COLUMNS = ['id', 'kind', 'speaker', 'speaker_entity', 'cue', 'start', 'end', 'text'] as const;

/** Quotes a field only when it needs it: a comma, a quote mark or a line break; inner quote marks are doubled. */
function csvField(value: string | number | null): string {
  const field = value === null ? '' : String(value);
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function row(quote: QuoteResult): (string | number | null)[] {
  return [quote.id, quote.kind, quote.speaker?.name ?? null, quote.speaker?.entity ?? null, quote.cue?.text ?? null, quote.start, quote.end, quote.text];
}

const path = process.argv[2] ?? new URL('../corpus/de/putin-kim.txt', import.meta.url);
const analysis = analyze(readFileSync(path, 'utf8'));

// RFC 4180 ends records with CRLF; line breaks inside a quote stay as they are, inside its quoted field.
const lines = [COLUMNS.join(','), ...analysis.quotes.map((quote) => row(quote).map(csvField).join(','))];
process.stdout.write(`${lines.join('\r\n')}\r\n`);
