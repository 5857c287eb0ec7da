import { describe, expect, it } from 'vitest';
import { listedNames } from '../scripts/ner/name-lists.js';

describe('hand-written German name lists', () => {
  const german = new Map(listedNames('de'));

  it('list a name as training text splits it and as lektor tokenises it', () => {
    expect(german.get('1. FC Köln')).toContain('org');
    expect(german.get('1 . FC Köln')).toContain('org');
    expect(german.get('St . Gallen')).toContain('city');
  });

  it('add the declined forms of leading adjectives, but leave articles alone', () => {
    expect(german.get('Europäische Zentralbank')).toContain('org');
    expect(german.get('Europäischen Zentralbank')).toContain('org');
    expect(german.get('Der Spiegel')).toContain('org');
    expect(german.has('Den Spiegel')).toBe(false);
  });

  it('feed German models only', () => {
    expect(new Map(listedNames('en')).has('Bundesverfassungsgericht')).toBe(false);
  });
});
