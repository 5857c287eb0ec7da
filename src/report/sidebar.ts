/** The lists beside the article: entities with their mention counts, speakers with their quotes. */
import type { Analysis, QuoteResult } from '../types.js';
import { escapeHtml } from './escape.js';
import { ENTITY_TYPE_NAMES } from './labels.js';
import type { Speaker } from './speakers.js';

const QUOTE_PREVIEW = 140;

/** The quote cut at a word boundary, so that long statements do not swamp the list. */
function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= QUOTE_PREVIEW) return oneLine;
  const cut = oneLine.lastIndexOf(' ', QUOTE_PREVIEW);
  return `${oneLine.slice(0, cut > 0 ? cut : QUOTE_PREVIEW)} …`;
}

function quoteLink(quote: QuoteResult): string {
  return `<li><a href="#${escapeHtml(quote.id)}">„${escapeHtml(preview(quote.text))}“</a> <small>${escapeHtml(quote.kind)}</small></li>`;
}

function orEmpty(items: string[], empty: string): string {
  return items.length === 0 ? `<p class="none">${empty}</p>` : items.join('\n');
}

export function renderEntityList(analysis: Analysis): string {
  const entities = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length || b.salience - a.salience);
  const rows = entities.map(
    (entity) =>
      `<li><mark class="ent ${escapeHtml(entity.type)}">${escapeHtml(entity.name)}</mark> <span class="type">${ENTITY_TYPE_NAMES[entity.type]}</span> <span class="count">${entity.mentions.length}×</span></li>`,
  );
  return orEmpty(rows.length === 0 ? [] : [`<ul class="entities">${rows.join('')}</ul>`], 'No named entities found.');
}

export function renderSpeakerList(analysis: Analysis, speakers: Speaker[]): string {
  const items = speakers.map((speaker) => {
    const count = speaker.quotes.length === 1 ? '1 quote' : `${speaker.quotes.length} quotes`;
    return `<li><button type="button" class="speaker-button" data-speaker="${escapeHtml(speaker.key)}" aria-pressed="false"><span class="name">${escapeHtml(speaker.name)}</span> <span class="count">${count}</span></button><ol>${speaker.quotes.map(quoteLink).join('')}</ol></li>`;
  });
  const unattributed = analysis.quotes.filter((quote) => !quote.speaker);
  return [
    orEmpty(items.length === 0 ? [] : [`<ul class="speakers">${items.join('\n')}</ul>`], 'No quotes with a speaker.'),
    unattributed.length === 0 ? '' : `<h3>Without a speaker</h3><ol class="unattributed">${unattributed.map(quoteLink).join('')}</ol>`,
  ].join('\n');
}
