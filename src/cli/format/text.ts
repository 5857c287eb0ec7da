/** `--format text`: the Analysis as a report a person can read in a terminal. */
import type { Analysis, QuoteResult } from '../../types.js';

const WIDTH = 78;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Word-wraps a paragraph at WIDTH; lines after the first take `hanging` as their indent. */
function wrap(text: string, indent: string, hanging = indent): string {
  const lines: string[] = [];
  let current = '';
  for (const word of oneLine(text).split(' ')) {
    const lineIndent = lines.length === 0 ? indent : hanging;
    if (current && lineIndent.length + current.length + 1 + word.length > WIDTH) {
      lines.push(lineIndent + current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push((lines.length === 0 ? indent : hanging) + current);
  return lines.join('\n');
}

function section(title: string, body: string[]): string[] {
  return body.length === 0 ? [] : ['', `${title}:`, ...body];
}

function quoteLine(quote: QuoteResult): string {
  const speaker = quote.speaker ? quote.speaker.name : 'no speaker';
  const cue = quote.cue ? ` (${oneLine(quote.cue.text)})` : '';
  return wrap(`[${quote.kind}] “${oneLine(quote.text)}” — ${speaker}${cue}`, '  ', '      ');
}

export function formatText(analysis: Analysis): string {
  const { language } = analysis;
  const entities = [...analysis.entities].sort((a, b) => b.salience - a.salience || b.mentions.length - a.mentions.length);
  const nameWidth = Math.min(32, Math.max(0, ...entities.map((entity) => entity.name.length)));
  const lines = [
    `Language:  ${language.code} (confidence ${language.confidence.toFixed(2)})`,
    `Title:     ${analysis.title ? oneLine(analysis.title.text) : '—'}`,
    `Byline:    ${analysis.byline ? oneLine(analysis.byline.text) : '—'}`,
    `Size:      ${analysis.blocks.length} blocks, ${analysis.sentences.length} sentences`,
    ...section(
      'Headings',
      analysis.blocks.filter((block) => block.kind === 'heading').map((block) => `  - ${oneLine(block.text)}`),
    ),
    ...section(
      `Entities (${entities.length})`,
      entities.map((entity) => {
        const count = entity.mentions.length;
        return `  ${entity.type.padEnd(4)} ${entity.name.padEnd(nameWidth)}  ${count} mention${count === 1 ? '' : 's'}, salience ${entity.salience.toFixed(2)}`;
      }),
    ),
    ...section(`Quotes (${analysis.quotes.length})`, analysis.quotes.map(quoteLine)),
    ...section('Summary', analysis.summary.text ? [wrap(analysis.summary.text, '  ')] : []),
    ...section('Keyphrases', analysis.keyphrases.length ? [wrap(analysis.keyphrases.map((k) => k.phrase).join(', '), '  ')] : []),
  ];
  return `${lines.join('\n')}\n`;
}
