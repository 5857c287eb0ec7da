/**
 * The HTML report (`htmlReport`, the command line's `--format html`): one self-contained page (inline style and script, no external resources,
 * and a Content-Security-Policy that forbids loading any): summary and keyphrases on top, the
 * article with entities, quotes and boilerplate marked, and entities and speakers beside it.
 */
import type { Analysis } from '../types.js';
import { renderArticle } from './article.js';
import { SCRIPT, STYLE } from './assets.js';
import { escapeHtml } from './escape.js';
import { ENTITY_TYPE_NAMES, languageName } from './labels.js';
import { renderEntityList, renderSpeakerList } from './sidebar.js';
import { speakersOf } from './speakers.js';

/** Nothing may load from anywhere; only the page's own style and script run. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

function renderLegend(): string {
  const types = Object.entries(ENTITY_TYPE_NAMES).map(([type, name]) => `<li><mark class="ent ${type}">${name}</mark></li>`);
  return `<ul class="legend" aria-label="Legend">${types.join('')}<li><span class="quote direct">quote</span></li><li><span class="quote scare">quote marks, no speaker</span></li><li><span class="quote indirect">reported speech</span></li><li><span class="quote selected">quote of the chosen speaker</span></li></ul>`;
}

function renderHeader(analysis: Analysis): string {
  const { language } = analysis;
  const otherLanguages = (language.spans ?? []).length;
  const facts = [
    `Language: ${escapeHtml(languageName(language.code))}, confidence ${language.confidence.toFixed(2)}`,
    otherLanguages > 0 ? `${otherLanguages} passage${otherLanguages === 1 ? '' : 's'} in other languages` : '',
    `${analysis.blocks.length} blocks, ${analysis.sentences.length} sentences`,
    analysis.byline ? `by ${escapeHtml(analysis.byline.text.replace(/\s+/g, ' ').trim())}` : '',
  ].filter(Boolean);
  const keyphrases = analysis.keyphrases.map(
    (keyphrase) => `<li title="${keyphrase.mentions.length}× in the article">${escapeHtml(keyphrase.phrase)}</li>`,
  );
  return `<header>
<p class="meta">${facts.join(' · ')}</p>
<h2>Summary</h2>
<p class="summary">${escapeHtml(analysis.summary.text) || '<span class="none">No summary: the document has no body sentences.</span>'}</p>
<h2>Keyphrases</h2>
${keyphrases.length === 0 ? '<p class="none">None found.</p>' : `<ul class="keyphrases">${keyphrases.join('')}</ul>`}
${renderLegend()}
</header>`;
}

/**
 * The analysis as one self-contained HTML page to open in any browser: summary and keyphrases on
 * top, the article with entities marked by type and quotes linked to their speakers (click a
 * speaker to highlight its quotes), boilerplate and other-language passages labelled, entities and
 * speakers listed beside it. It loads nothing from the network.
 *
 * @param analysis What `analyze(input)` returned.
 * @param input The text that was analysed; for HTML input, the analysis' own `source.text` is used.
 */
export function htmlReport(analysis: Analysis, input: string): string {
  const text = analysis.source?.text ?? input;
  const speakers = speakersOf(analysis);
  const title = analysis.title ? escapeHtml(analysis.title.text.replace(/\s+/g, ' ').trim()) : 'lektor analysis';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${renderHeader(analysis)}
<main>
<article lang="${escapeHtml(analysis.language.code)}">
${renderArticle(text, analysis, speakers)}
</article>
<aside>
<h2>Speakers</h2>
${renderSpeakerList(analysis, speakers)}
<h2>Entities</h2>
${renderEntityList(analysis)}
</aside>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
