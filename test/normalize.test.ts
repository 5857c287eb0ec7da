import { describe, expect, it } from 'vitest';
import { normalizeView } from '../src/stages/normalize.js';

describe('normalize', () => {
  it('keeps the length and folds spaces, line breaks and control characters', () => {
    const text = 'a\u00a0b\r\nc\rd\u2028e\tf\u0000g\u200bh';
    const view = normalizeView(text);
    expect(view).toHaveLength(text.length);
    expect(view).toBe('a b \nc\nd\ne f g h');
  });

  it('replaces lone surrogates but keeps pairs', () => {
    const text = 'x\ud800y\udc00z😀';
    expect(normalizeView(text)).toBe('x\ufffdy\ufffdz😀');
  });

  it('leaves quote marks, dashes and soft hyphens alone', () => {
    const text = '„Zitat“ – »so« Bun\u00addes';
    expect(normalizeView(text)).toBe(text);
  });
});
