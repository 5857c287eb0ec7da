/** Turns the document model into the Analysis of the output contract. */
import type { Doc, Range } from './document.js';
import type { Analysis, BlockSpan, Span } from './types.js';

export function spanOf(doc: Doc, range: Range): Span {
  return { text: doc.text.slice(range.start, range.end), start: range.start, end: range.end };
}

export function toAnalysis(doc: Doc): Analysis {
  const span = (range: Range) => spanOf(doc, range);
  const title = doc.blocks.find((block) => block.kind === 'title');
  const byline = doc.blocks.find((block) => block.kind === 'byline');
  const entityId = (index: number | null) => (index === null ? null : (doc.entities[index]?.id ?? null));
  const summary = doc.summary.map(span);
  const analysis: Analysis = {
    schemaVersion: 1,
    language: doc.language,
    title: title ? span(title) : null,
    byline: byline ? span(byline) : null,
    blocks: doc.blocks.map((block) => {
      // Fields set one by one rather than spread: spreading builds every object the slow way.
      const out: BlockSpan = { text: doc.text.slice(block.start, block.end), start: block.start, end: block.end, kind: block.kind };
      if (block.language) out.language = block.language;
      return out;
    }),
    sentences: doc.sentences.map(span),
    entities: doc.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      salience: entity.salience,
      mentions: entity.mentions.map(span),
    })),
    quotes: doc.quotes.map((quote, i) => ({
      id: `q${i + 1}`,
      text: doc.text.slice(quote.start, quote.end),
      start: quote.start,
      end: quote.end,
      kind: quote.kind,
      speaker: quote.speaker
        ? { name: quote.speaker.name, entity: entityId(quote.speaker.entity), mention: quote.speaker.mention ? span(quote.speaker.mention) : null }
        : null,
      cue: quote.cue ? span(quote.cue) : null,
    })),
    summary: { text: summary.map((s) => s.text.replace(/\s+/g, ' ')).join(' '), sentences: summary },
    keyphrases: doc.keyphrases.map((k) => ({ text: doc.text.slice(k.start, k.end), start: k.start, end: k.end, phrase: k.phrase, score: k.score, mentions: k.mentions.map(span) })),
  };
  // Only for a web page: the analysis of plain text stays as the contract has it.
  if (doc.options.input === 'html') analysis.source = { format: 'html', text: doc.text };
  return analysis;
}
