/**
 * `--format html`: one self-contained page (inline CSS, no scripts, no external assets) with
 * the article's blocks, entity mentions and quotes highlighted, and the summary, entities and
 * quotes listed beside it.
 */
import type { Analysis, BlockSpan, Span } from '../../types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** A highlighted stretch: its class names and tooltip. */
interface Mark extends Span {
  className: string;
  title: string;
}

const STYLE = `
body { font: 16px/1.55 Georgia, serif; margin: 0; color: #222; background: #fafaf7; }
main { display: flex; gap: 2rem; max-width: 72rem; margin: 0 auto; padding: 2rem; }
article { flex: 3; } aside { flex: 2; font-family: system-ui, sans-serif; font-size: 14px; }
.byline, .boilerplate { color: #777; font-style: italic; }
.ent { border-radius: 3px; padding: 0 2px; }
.PER { background: #ffe3b3; } .LOC { background: #c9ecd4; } .ORG { background: #cfe0ff; } .MISC { background: #eed6f5; }
.quote { text-decoration: underline 2px #c0392b; text-underline-offset: 3px; }
.legend span { margin-right: .5rem; } li { margin-bottom: .4rem; }
`;

/** Cuts the text of one block at every mark boundary, so overlapping marks still nest correctly. */
function renderBlock(text: string, block: BlockSpan, marks: Mark[]): string {
  const inside = marks.filter((mark) => mark.start < block.end && mark.end > block.start);
  const cuts = new Set([block.start, block.end]);
  for (const mark of inside) {
    cuts.add(Math.max(mark.start, block.start));
    cuts.add(Math.min(mark.end, block.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    let piece = escapeHtml(text.slice(start, end)).replace(/\n/g, '<br>');
    for (const mark of inside) {
      if (mark.start <= start && mark.end >= end) piece = `<span class="${mark.className}" title="${escapeHtml(mark.title)}">${piece}</span>`;
    }
    html += piece;
  }
  return html;
}

const TAGS: Record<BlockSpan['kind'], string> = { title: 'h1', heading: 'h2', paragraph: 'p', byline: 'p', boilerplate: 'p' };

function marksOf(analysis: Analysis): Mark[] {
  const quotes = analysis.quotes.map((quote) => ({
    ...quote,
    className: 'quote',
    title: `${quote.kind} quote${quote.speaker ? `: ${quote.speaker.name}` : ''}`,
  }));
  const mentions = analysis.entities.flatMap((entity) =>
    entity.mentions.map((mention) => ({ ...mention, className: `ent ${entity.type}`, title: `${entity.name} (${entity.type})` })),
  );
  // Marks wrap a piece in list order, so mentions come first and a quote encloses the names in it.
  return [...mentions, ...quotes];
}

function list(items: string[]): string {
  return items.length === 0 ? '<p>—</p>' : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

export function formatHtml(text: string, analysis: Analysis): string {
  const marks = marksOf(analysis);
  const body = analysis.blocks
    .map((block) => {
      const tag = TAGS[block.kind];
      const className = block.kind === 'byline' || block.kind === 'boilerplate' ? ` class="${block.kind}"` : '';
      return `<${tag}${className}>${renderBlock(text, block, marks)}</${tag}>`;
    })
    .join('\n');
  const entities = list(
    analysis.entities.map((e) => `<span class="ent ${e.type}">${escapeHtml(e.name)}</span> ${e.type}, ${e.mentions.length}×`),
  );
  const quotes = list(
    analysis.quotes.map((q) => `„${escapeHtml(q.text)}“ — <b>${escapeHtml(q.speaker?.name ?? 'no speaker')}</b> <small>(${q.kind})</small>`),
  );
  const title = analysis.title ? escapeHtml(analysis.title.text) : 'lektor analysis';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(analysis.language.code)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<article>
${body}
</article>
<aside>
<p class="legend"><span class="ent PER">person</span><span class="ent LOC">place</span><span class="ent ORG">organisation</span><span class="ent MISC">other</span><span class="quote">quote</span></p>
<h3>Summary</h3>
<p>${escapeHtml(analysis.summary.text) || '—'}</p>
<h3>Entities</h3>
${entities}
<h3>Quotes</h3>
${quotes}
</aside>
</main>
</body>
</html>
`;
}
