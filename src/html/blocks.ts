/**
 * The paragraphs of an article element: every block element (p, h2, li, blockquote, figcaption
 * ...) becomes one paragraph of text, inline markup folded into it, so that lektor's structure
 * stage sees the article as it sees a plain-text one.
 */
import { structureCueSets } from '../lang/registry.js';
import { collapse, ELEMENT_NODE, TEXT_NODE, walk, type DomElement, type DomNode } from './dom.js';

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** Elements whose text is no part of what a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'option', 'textarea', 'iframe', 'object', 'canvas', 'head', 'title', 'meta', 'link']);
/** Page furniture, skipped when no article could be found and the whole page is read. */
export const PAGE_FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'dialog']);
const CELL = new Set(['td', 'th']);
/**
 * Inside a figure, the photo credit often has an element of its own ("<span class="credit">Foto:
 * ...</span>"), or follows the caption's last sentence; on a line of its own the structure stage
 * knows it for a credit.
 */
const CREDIT_CLASS = /credit|copyright|source|photographer|author|byline|quelle|fotograf/i;

/** Credit leads of every language ("Foto", "Photo", "Quelle"), for a credit written into the caption's text. */
const CREDIT_LEADS = [...new Set(structureCueSets.flatMap((cues) => cues.credits))].map((lead) => `${lead}:`).concat('©');
const CAPTION_END = new Set(['.', '!', '?', '…', ')', '"', '“', '”', '»']);

/** "The ferry at the pier. Photo: Harbour Trust": the caption, and its credit on a line of its own. */
function splitCredit(caption: string): string[] {
  let cut = -1;
  for (const lead of CREDIT_LEADS) {
    for (let at = caption.indexOf(lead, 2); at > 0 && (cut < 0 || at < cut); at = caption.indexOf(lead, at + 1)) {
      if (caption[at - 1] === ' ' && CAPTION_END.has(caption[at - 2]!)) {
        cut = at;
        break;
      }
    }
  }
  return cut < 0 ? [caption] : [caption.slice(0, cut - 1), caption.slice(cut)];
}

const isCredit = (element: DomElement) => element.localName === 'small' || element.localName === 'cite' || CREDIT_CLASS.test(element.getAttribute('class') ?? '');

/** Captions outside a figure element too: a figcaption left alone, a table's caption. */
const CAPTIONS = new Set(['figcaption', 'caption']);

/** Set apart from the running text: a pull quote or a box repeats what the article says. */
const SET_APART = new Set(['blockquote', 'aside']);

export interface Paragraph {
  /** The text, white space collapsed. */
  text: string;
  /** Inside a blockquote or aside. */
  setApart: boolean;
  /** A figure's caption or credit, or a table's caption: about a picture or table, not part of the running text. */
  caption: boolean;
}

/**
 * The paragraphs under `root`, in document order, empty ones left out. `skip` names elements to
 * leave out with their content.
 */
export function paragraphsOf(root: DomNode, skip: ReadonlySet<string> = new Set()): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let buffer: string[] = [];
  let figureDepth = 0;
  let setApartDepth = 0;
  let captionDepth = 0;
  let cellsInRow = 0;
  const flush = () => {
    const text = collapse(buffer.join(''));
    if (text) for (const part of figureDepth > 0 ? splitCredit(text) : [text]) paragraphs.push({ text: part, setApart: setApartDepth > 0, caption: figureDepth + captionDepth > 0 });
    buffer = [];
  };
  const breaksParagraph = (element: DomElement) => BLOCK.has(element.localName) || (figureDepth > 0 && isCredit(element));

  /** Opens a node; true when its children are to be read. */
  const enter = (node: DomNode): boolean => {
    if (node.nodeType === TEXT_NODE) {
      buffer.push(node.nodeValue ?? '');
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const element = node as DomElement;
    const name = element.localName;
    if (HIDDEN.has(name) || skip.has(name) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return false;
    if (name === 'br') buffer.push(' ');
    if (name === 'tr') cellsInRow = 0;
    if (CELL.has(name) && cellsInRow++ > 0) buffer.push(' | ');
    if (breaksParagraph(element)) flush();
    if (name === 'figure') figureDepth++;
    if (CAPTIONS.has(name)) captionDepth++;
    if (SET_APART.has(name)) setApartDepth++;
    return true;
  };
  const leave = (element: DomElement): void => {
    if (breaksParagraph(element)) flush();
    if (element.localName === 'figure') figureDepth--;
    if (CAPTIONS.has(element.localName)) captionDepth--;
    if (SET_APART.has(element.localName)) setApartDepth--;
  };

  walk(root, enter, (node) => leave(node as DomElement));
  flush();
  return paragraphs;
}
