/**
 * The few DOM features the HTML reader uses, and where a document comes from: the browser's own
 * DOMParser where there is one, linkedom (loaded on first use) elsewhere. The interfaces are
 * structural so that the core needs neither the DOM type library nor linkedom's types.
 */
import { loadPackage } from '../platform.js';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  appendChild(node: DomNode): DomNode;
  remove(): void;
}

export interface DomDocument {
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * linkedom is no spec-conforming HTML parser: a fragment, or a page whose `<body>` tag is
 * missing, leaves `document.body` empty and the content beside it. So the page is parsed
 * inside a fresh document's body (its own html, head and body tags become nested elements,
 * which Readability reads as it reads a div), and the elements that belong in the head are
 * moved there.
 */
const HEAD_ELEMENTS = 'title, meta, link, base';

function parseWithLinkedom(html: string): DomDocument {
  const { parseHTML } = loadPackage<{ parseHTML(html: string): { document: DomDocument } }>('linkedom');
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const head = document.head;
  if (head && document.body) for (const element of [...document.body.querySelectorAll(HEAD_ELEMENTS)]) head.appendChild(element);
  return document;
}

/** The page as a document, parsed the way the host parses HTML. */
export function parseDocument(html: string): DomDocument {
  const BrowserParser = (globalThis as { DOMParser?: new () => { parseFromString(html: string, type: string): DomDocument } }).DOMParser;
  return BrowserParser ? new BrowserParser().parseFromString(html, 'text/html') : parseWithLinkedom(html);
}

/**
 * Visits the nodes under `root` in document order: `enter` opens a node and says whether to read
 * its children, `leave` closes an opened node once they are read. Iterative, so that markup
 * nested however deep cannot overflow the stack; linkedom's sibling and parent links are O(1).
 */
export function walk(root: DomNode, enter: (node: DomNode) => boolean, leave: (node: DomNode) => void): void {
  let node = root.firstChild;
  while (node) {
    const open = enter(node);
    if (open && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (open) leave(node);
    // Climb until there is a next sibling, closing every element whose children are done.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      leave(node);
    }
    node = node ? node.nextSibling : null;
  }
}

/** Whether the tree under `root` has more than `maxElements` elements or nests deeper than `maxDepth`. */
export function exceeds(root: DomNode, maxElements: number, maxDepth: number): boolean {
  let elements = 0;
  let depth = 0;
  let over = false;
  walk(
    root,
    (node) => {
      if (over || node.nodeType !== ELEMENT_NODE) return false;
      over = ++elements > maxElements || ++depth > maxDepth;
      return true;
    },
    () => {
      depth--;
    },
  );
  return over;
}

/** The text of an element with runs of white space folded to one space. */
export function collapsedText(element: DomElement | null | undefined): string {
  return collapse(element?.textContent ?? '');
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
