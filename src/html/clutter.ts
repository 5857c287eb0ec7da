/**
 * Page clutter Readability keeps when it sits inside the article, removed before Readability
 * reads the page (which turns a `<div class="ad-slot">` into a plain `<p>`, so it cannot be
 * told afterwards).
 */
import type { DomDocument, DomElement } from './dom.js';

/** Class names and ids of advertising slots: "ad", "ad-slot", "advert", "anzeige", "sidebar-ads". */
const AD_SLOT = /^(?:ads?|advert|advertisement|anzeige|werbung|sponsored|promo)(?:[-_]|$)|[-_]ads?$/i;

function isAdSlot(element: DomElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.split(/\s+/).some((name) => AD_SLOT.test(name));
}

/** Takes the advertising slots out of the page. */
export function removeAdSlots(document: DomDocument): void {
  for (const element of [...document.querySelectorAll('[class], [id]')]) if (isAdSlot(element)) element.remove();
}
