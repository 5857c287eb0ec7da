/**
 * A web page to the article's plain text: Readability (Mozilla's reader view) finds the article
 * and drops the page around it (navigation, ads, related links, footer); the text is then laid
 * out as lektor reads plain text: the headline, a blank line, the byline, a blank line, and
 * every block of the article as a paragraph of its own. All offsets of an HTML analysis index
 * this text, which the Analysis returns as `source.text`.
 */
import { structureCues as germanCues } from '../lang/de/structure.js';
import { structureCues as englishCues } from '../lang/en/structure.js';
import { structureCueSets } from '../lang/registry.js';
import { loadPackage } from '../platform.js';
import { PAGE_FURNITURE, paragraphsOf } from './blocks.js';
import { removeAdSlots } from './clutter.js';
import { withoutRepeats } from './repeats.js';
import { collapse, exceeds, parseDocument, type DomDocument, type DomElement } from './dom.js';
import { readMetadata } from './metadata.js';
import type { Range } from '../document.js';

/** The article of a page as plain text, with what the page says about it. */
export interface ExtractedArticle {
  /** Headline, byline and the article's blocks, separated by blank lines. */
  text: string;
  /** Where `text` holds what the page sets beside the article: captions and credits of its pictures and tables. */
  asides: Range[];
}

interface ReadabilityResult {
  title?: string | null;
  byline?: string | null;
  content?: DomElement | null;
}
type ReadabilityClass = new (
  document: DomDocument,
  options: { keepClasses: boolean; serializer: (element: DomElement) => DomElement },
) => { parse(): ReadabilityResult | null };

/**
 * Readability scores elements by walking their ancestors and children, which takes seconds on a
 * page of 50,000 elements and minutes on a few thousand elements nested in each other. Beyond
 * these limits (far beyond any real news page: a few thousand elements, nested some 40 deep) the
 * page is read whole instead, with its navigation, header and footer left out.
 */
const MAX_ELEMENTS = 50_000;
const MAX_DEPTH = 200;
/** Longer than any author line: a "byline" this long is a paragraph Readability took for one. */
const MAX_BYLINE_LENGTH = 200;

/**
 * A byline from the metadata is a bare name ("Mara Lindqvist"); written with the lead word of
 * the page's language ("Von", "By") it reads as the structure stage expects an author line to.
 */
const BYLINE_LEADS: Record<string, string> = { de: germanCues.bylineLeads[0]!, en: englishCues.bylineLeads[0]! };
const ALL_LEADS = structureCueSets.flatMap((cues) => cues.bylineLeads).map((lead) => `${lead.toLowerCase()} `);
const hasLead = (byline: string) => ALL_LEADS.some((lead) => `${byline.toLowerCase()} `.startsWith(lead));

function readArticle(document: DomDocument): ReadabilityResult | null {
  if (!document.body || exceeds(document.body, MAX_ELEMENTS, MAX_DEPTH)) return null;
  const { Readability } = loadPackage<{ Readability: ReadabilityClass }>('@mozilla/readability');
  try {
    return new Readability(document, { keepClasses: true, serializer: (element) => element }).parse();
  } catch {
    // Markup Readability cannot walk: the page is read whole below.
    return null;
  }
}

function bylineLine(byline: string | null, language: string | null): string | null {
  if (!byline || byline.length > MAX_BYLINE_LENGTH) return null;
  const lead = language ? BYLINE_LEADS[language] : undefined;
  return lead && !hasLead(byline) ? `${lead} ${byline}` : byline;
}

/** The article of `html` as plain text; never throws for any string. */
export function extractArticle(html: string): ExtractedArticle {
  const document = parseDocument(html);
  const metadata = readMetadata(document);
  removeAdSlots(document);
  const article = readArticle(document);
  const title = collapse(article?.title ?? '') || metadata.title;
  const rawByline = collapse(article?.byline ?? '') || metadata.byline;
  const byline = bylineLine(rawByline, metadata.language);
  const root = article?.content ?? document.body;
  const paragraphs = root ? paragraphsOf(root, article?.content ? undefined : PAGE_FURNITURE) : [];
  const { aboveTitle, body } = withoutRepeats(paragraphs, title, rawByline);
  const lines = [...aboveTitle, { text: title, caption: false }, { text: byline, caption: false }, ...body.filter((paragraph) => paragraph.text !== byline)];
  let text = '';
  const asides: Range[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    if (text) text += '\n\n';
    if (line.caption) asides.push({ start: text.length, end: text.length + line.text.length });
    text += line.text;
  }
  return { text, asides };
}
