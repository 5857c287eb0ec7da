/**
 * How central an entity is to the article, 0..1: how often it is mentioned (log-scaled against the
 * most mentioned entity), how early it first appears, and whether the title and the lead name it.
 * Speaking roles are not counted: quotes are found after entities.
 */
import type { Body } from './body.js';
import type { TokenSpan } from './spans.js';

const WEIGHT = { frequency: 0.5, position: 0.2, title: 0.2, lead: 0.1 };

/** `groups` hold each entity's spans in text order. */
export function salienceOf(groups: readonly (readonly TokenSpan[])[], body: Body): number[] {
  const { doc } = body;
  const sentences = doc.sentences;
  const bodyStart = sentences[0]?.start ?? 0;
  const bodyLength = Math.max(1, (sentences.at(-1)?.end ?? 0) - bodyStart);
  const titleBlock = doc.blocks.findIndex((block) => block.kind === 'title');
  const leadBlock = doc.blocks.findIndex((block) => block.kind === 'paragraph');
  const blockOf = (span: TokenSpan) => sentences[body.sentenceOf(span.first)]?.block ?? -1;
  const most = groups.reduce((max, spans) => Math.max(max, spans.length), 1);
  return groups.map((spans) => {
    const first = doc.tokens[spans[0]!.first]!.start;
    const blocks = new Set(spans.map(blockOf));
    const score =
      WEIGHT.frequency * (Math.log1p(spans.length) / Math.log1p(most)) +
      WEIGHT.position * (1 - Math.min(1, Math.max(0, (first - bodyStart) / bodyLength))) +
      WEIGHT.title * Number(titleBlock >= 0 && blocks.has(titleBlock)) +
      WEIGHT.lead * Number(leadBlock >= 0 && blocks.has(leadBlock));
    return Math.round(score * 1000) / 1000;
  });
}
