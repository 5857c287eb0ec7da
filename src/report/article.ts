/**
 * The article itself: every block in order, boilerplate included but marked, with entity
 * mentions, quotes, speaker mentions and other-language stretches wrapped in elements.
 */
import type { Analysis, BlockSpan } from '../types.js';
import { attributes, escapeHtml } from './escape.js';
import { ENTITY_TYPE_NAMES, languageName } from './labels.js';
import type { Speaker } from './speakers.js';
import { speakerKeyByQuote } from './speakers.js';

/** A highlighted stretch of the input. `id` goes on its first piece only, as a link target. */
interface Mark {
  start: number;
  end: number;
  tag: 'mark' | 'span';
  attributes: Record<string, string | undefined>;
  id?: string;
}

function marksOf(analysis: Analysis, speakers: Speaker[]): Mark[] {
  const speakerKeys = speakerKeyByQuote(speakers);
  const mentions: Mark[] = analysis.entities.flatMap((entity) =>
    entity.mentions.map((mention) => ({
      ...mention,
      tag: 'mark' as const,
      attributes: { class: `ent ${entity.type}`, title: `${entity.name}: ${ENTITY_TYPE_NAMES[entity.type]}` },
    })),
  );
  const speakerMentions: Mark[] = analysis.quotes.flatMap((quote) => {
    const mention = quote.speaker?.mention;
    if (!mention) return [];
    return [{ ...mention, tag: 'span' as const, attributes: { class: 'speaker', 'data-speaker': speakerKeys.get(quote.id) } }];
  });
  const otherLanguage: Mark[] = (analysis.language.spans ?? []).map((span) => ({
    ...span,
    tag: 'span' as const,
    attributes: { class: 'foreign', lang: span.code, title: `in ${languageName(span.code)}` },
  }));
  const quotes: Mark[] = analysis.quotes.map((quote) => ({
    ...quote,
    tag: 'span' as const,
    id: quote.id,
    attributes: {
      class: `quote ${quote.kind}`,
      'data-quote': quote.id,
      'data-speaker': speakerKeys.get(quote.id),
      title: `${quote.kind} quote${quote.speaker ? `, said by ${quote.speaker.name}` : ', no speaker'}`,
    },
  }));
  // Over the same stretch, marks listed first go inside: a quote encloses the names in it.
  return [...mentions, ...speakerMentions, ...otherLanguage, ...quotes];
}

/** A mark cut to one block; `layer` orders marks over the same stretch, lower inside. */
interface Placed {
  mark: Mark;
  start: number;
  end: number;
  layer: number;
}

/** Outer first: the longer mark, or on equal stretches the one listed later. */
const outerFirst = (a: Placed, b: Placed) => b.end - a.end || b.layer - a.layer;

/**
 * The marks of each block (blocks in text order), cut to it, each with its place in `marks` as its
 * layer. Every mark is placed in the blocks it overlaps, found by binary search, so a long document
 * costs its marks and blocks, not their product.
 */
function placeMarks(blocks: readonly BlockSpan[], marks: readonly Mark[]): Placed[][] {
  const placed: Placed[][] = blocks.map(() => []);
  marks.forEach((mark, layer) => {
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (blocks[middle]!.end <= mark.start) low = middle + 1;
      else high = middle;
    }
    for (let b = low; b < blocks.length && blocks[b]!.start < mark.end; b++) {
      const block = blocks[b]!;
      const start = Math.max(mark.start, block.start);
      const end = Math.min(mark.end, block.end);
      if (start < end) placed[b]!.push({ mark, layer, start, end });
    }
  });
  return placed;
}

/**
 * Writes one block with its marks as well-formed nested elements. Marks that cross (rather than
 * nest) are closed and reopened around the crossing, so each mark still covers exactly its text.
 */
function renderBlockText(text: string, block: BlockSpan, placed: readonly Placed[]): string {
  const points = [...new Set([block.start, block.end, ...placed.flatMap((item) => [item.start, item.end])])].sort((a, b) => a - b);
  const open: Placed[] = [];
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const point = points[i]!;
    // Close everything down to the deepest-buried mark that ends here; reopen what goes on.
    const firstEnding = open.findIndex((item) => item.end <= point);
    const reopen = firstEnding < 0 ? [] : open.splice(firstEnding).reverse();
    for (const item of reopen) html += `</${item.mark.tag}>`;
    const opening = [...reopen.filter((item) => item.end > point), ...placed.filter((item) => item.start === point)].sort(outerFirst);
    for (const item of opening) {
      const id = item.mark.start === point ? item.mark.id : undefined;
      html += `<${item.mark.tag}${attributes({ id, ...item.mark.attributes })}>`;
      open.push(item);
    }
    html += escapeHtml(text.slice(point, points[i + 1])).replace(/\n/g, '<br>');
  }
  for (const item of open.reverse()) html += `</${item.mark.tag}>`;
  return html;
}

const TAGS: Record<BlockSpan['kind'], string> = { title: 'h1', heading: 'h2', paragraph: 'p', byline: 'p', boilerplate: 'p' };

const KIND_NOTES: Partial<Record<BlockSpan['kind'], string>> = {
  byline: 'byline',
  boilerplate: 'boilerplate: page clutter, not part of the article',
};

/** One line of HTML per block, in input order. */
export function renderArticle(text: string, analysis: Analysis, speakers: Speaker[]): string {
  if (analysis.blocks.length === 0) return '<p class="empty">The document has no text.</p>';
  const placed = placeMarks(analysis.blocks, marksOf(analysis, speakers));
  return analysis.blocks
    .map((block, b) => {
      const otherLanguage = block.language !== undefined && block.language !== analysis.language.code;
      const classes = [block.kind === 'byline' || block.kind === 'boilerplate' ? block.kind : '', otherLanguage ? 'other-language' : ''];
      const tag = TAGS[block.kind];
      const attrs = attributes({
        class: classes.filter(Boolean).join(' ') || undefined,
        lang: otherLanguage ? block.language : undefined,
        title: [KIND_NOTES[block.kind], otherLanguage ? `in ${languageName(block.language!)}` : undefined].filter(Boolean).join('; ') || undefined,
      });
      return `<${tag}${attrs}>${renderBlockText(text, block, placed[b]!)}</${tag}>`;
    })
    .join('\n');
}
