import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../src/tokenize.js';
import { createPipeline } from '../src/pipeline.js';
import { normalize, sentences, structure } from '../src/stages/index.js';
import { termsFor } from '../src/text/terms.js';
import { tokenForms } from '../src/text/token-forms.js';

const texts = (input: string) => tokenize(input).map((token) => input.slice(token.start, token.end));
const kinds = (input: string) => tokenize(input).map((token) => `${input.slice(token.start, token.end)}:${token.kind}`);

describe('tokenize', () => {
  it('keeps hyphenated and apostrophe words whole', () => {
    expect(texts("Der UN-Sicherheitsrat und O'Brien")).toEqual(['Der', 'UN-Sicherheitsrat', 'und', "O'Brien"]);
    expect(texts('Atom-U-Boote')).toEqual(['Atom-U-Boote']);
  });

  it('keeps the hyphen of a truncated compound before a conjunction', () => {
    expect(texts('Außen- und Verteidigungspolitik')).toEqual(['Außen-', 'und', 'Verteidigungspolitik']);
    expect(texts('Ein- bzw. Ausgang')).toEqual(['Ein-', 'bzw', '.', 'Ausgang']);
  });

  it('splits the English possessive off', () => {
    expect(texts("Putin's plan and the Kremlin’s answer")).toEqual(['Putin', "'s", 'plan', 'and', 'the', 'Kremlin', '’s', 'answer']);
  });

  it('keeps numbers with their separators and a final dot apart', () => {
    expect(kinds('1,5 und 4.300 um 12:30 am 3.10. im Jahr 2023.')).toEqual([
      '1,5:number', 'und:word', '4.300:number', 'um:word', '12:30:number', 'am:word', '3.10:number', '.:punct', 'im:word', 'Jahr:word',
      '2023:number', '.:punct',
    ]);
  });

  it('keeps dotted abbreviations whole but splits the dot off other words', () => {
    expect(texts('z.B. die U.S. economy, e.g. Dr. No.')).toEqual(['z.B.', 'die', 'U.S.', 'economy', ',', 'e.g.', 'Dr', '.', 'No', '.']);
  });

  it('groups ellipses and runs of ? and !', () => {
    expect(texts('Nein... Wirklich?! Ja…')).toEqual(['Nein', '...', 'Wirklich', '?!', 'Ja', '…']);
  });

  it('makes every other mark its own punct or symbol token', () => {
    expect(kinds('„Ja“ (sagt er) – 5 € + 3 %')).toEqual([
      '„:punct', 'Ja:word', '“:punct', '(:punct', 'sagt:word', 'er:word', '):punct', '–:punct', '5:number', '€:symbol', '+:symbol', '3:number',
      '%:punct',
    ]);
  });

  it('keeps soft hyphens and combining marks inside words', () => {
    expect(texts('Zei\u00adtung Cafe\u0301')).toEqual(['Zei\u00adtung', 'Cafe\u0301']);
  });

  it('tokenizes only the requested range, clipping a word that runs past its end', () => {
    expect(texts('eins zwei drei'.slice(0, 8))).toEqual(['eins', 'zwe']);
    const input = 'eins zwei drei';
    expect(tokenize(input, 5, 8).map((token) => input.slice(token.start, token.end))).toEqual(['zwe']);
    expect(tokenize(input, 5, 9).map((token) => input.slice(token.start, token.end))).toEqual(['zwei']);
  });

  it('appends to the given array', () => {
    const into = tokenize('a b');
    tokenize('a b c', 4, 5, into);
    expect(into.map((token) => token.start)).toEqual([0, 2, 4]);
  });

  it('covers every non-space character exactly once, in order, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (input) => {
        let covered = '';
        let previousEnd = 0;
        for (const token of tokenize(input)) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(input.slice(previousEnd, token.start).trim()).toBe('');
          covered += input.slice(token.start, token.end);
          previousEnd = token.end;
        }
        expect(input.slice(previousEnd).trim()).toBe('');
        expect(covered).toBe(input.replace(/\s/gu, ''));
      }),
    );
  });

  it('stays linear on long runs that defeat a lookahead', () => {
    for (const input of [`${'a.'.repeat(100_000)}ab`, `${'1.'.repeat(100_000)}x`, 'x'.repeat(1_000_000)]) {
      expect(tokenize(input).length).toBeGreaterThan(0);
    }
  });
});

describe('tokenForms', () => {
  const tokensOf = (text: string, language: string) => createPipeline([normalize, structure, sentences]).process(text, { language });

  it('gives tokens with the same text the same form, and folds them as the language terms do', () => {
    const doc = tokensOf('Die Munition reicht. Die Munitionsvorräte der Armee und die Munition der Flotte.', 'de');
    const forms = tokenForms(doc);
    const terms = termsFor('de');
    const texts = doc.tokens.map((token) => doc.view.slice(token.start, token.end));
    expect(forms.count).toBe(new Set(texts).size);
    texts.forEach((text, i) => {
      const form = forms.formOf(i);
      expect(forms.text(form)).toBe(text);
      expect(forms.lower(form)).toBe(text.toLowerCase());
      expect(forms.stem(form)).toBe(terms.stem(text));
      expect(forms.contentTerm(form)).toBe(terms.contentTerm(text));
      expect(texts.indexOf(text)).toBe(texts.findIndex((_, j) => forms.formOf(j) === form));
    });
  });

  it('lower-cases any text as toLowerCase does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (input) => {
        const doc = tokensOf(input, 'en');
        const forms = tokenForms(doc);
        doc.tokens.forEach((token, i) => {
          expect(forms.lower(forms.formOf(i))).toBe(doc.view.slice(token.start, token.end).toLowerCase());
        });
      }),
    );
  });

  it('follows a document whose tokens were made anew', () => {
    const doc = tokensOf('Ein Satz.', 'de');
    const before = tokenForms(doc);
    expect(tokenForms(doc)).toBe(before);
    doc.tokens = tokenize(doc.view, 0, 3);
    expect(tokenForms(doc).count).toBe(1);
  });
});
