/**
 * What the page says about itself in its head: headline, author, language. Read before
 * Readability, which changes the document as it works, and used where Readability finds none.
 */
import { collapse, collapsedText, type DomDocument } from './dom.js';

export interface PageMetadata {
  /** og:title, twitter:title, the `<title>` or the first `<h1>`, in that order of preference. */
  title: string | null;
  /** The author meta tags; article:author only when it is a name, not a profile URL. */
  byline: string | null;
  /** Primary subtag of the page's declared language (`<html lang>`, og:locale), lower case. */
  language: string | null;
}

const URL_LIKE = /^(?:https?:|www\.)/i;
const LANGUAGE_TAG = /^([A-Za-z]{2,3})(?:[-_]|$)/;

/** The meta tags by lower-cased name or property; the first of each wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    const content = collapse(meta.getAttribute('content') ?? '');
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

export function readMetadata(document: DomDocument): PageMetadata {
  const meta = metaTags(document);
  const title = meta.get('og:title') || meta.get('twitter:title') || collapsedText(document.querySelector('title')) || collapsedText(document.querySelector('h1'));
  const articleAuthor = meta.get('article:author');
  const byline = meta.get('author') || meta.get('dc.creator') || (articleAuthor && !URL_LIKE.test(articleAuthor) ? articleAuthor : '');
  // The page's own <html> element: linkedom's document nests it in a shell (see dom.ts).
  const declared = document.querySelector('html[lang]')?.getAttribute('lang') || meta.get('og:locale') || meta.get('content-language') || '';
  return { title: title || null, byline: byline || null, language: LANGUAGE_TAG.exec(declared.trim())?.[1]?.toLowerCase() ?? null };
}
