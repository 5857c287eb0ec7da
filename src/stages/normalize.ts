/**
 * Builds `doc.view`: the input with the same length, where every kind of space becomes ' ',
 * every line break '\n', control characters and lone surrogates a neutral stand-in. Later stages
 * match on the view and their offsets hold for the original text.
 */
import type { Stage } from '../pipeline.js';

// \r\n keeps its length: the \r becomes a space in front of the \n.
// biome-ignore lint/suspicious/noControlCharactersInRegex: folding control characters is what this stage is for
const NOISE = /\r\n?|[\u2028\u2029\u0085]|[\t\v\f\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]|[\u0000-\u0008\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function fold(char: string): string {
  if (char === '\r\n') return ' \n';
  if (char === '\r' || char === '\u2028' || char === '\u2029' || char === '\u0085') return '\n';
  const code = char.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
  return ' ';
}

export function normalizeView(text: string): string {
  return text.replace(NOISE, fold);
}

/** The first stage: fills `doc.view`, a same-length copy of the text with spaces, line breaks, control characters and lone surrogates folded, which every later stage matches on. */
export const normalize: Stage = {
  name: 'normalize',
  run(doc) {
    doc.view = normalizeView(doc.text);
  },
};
