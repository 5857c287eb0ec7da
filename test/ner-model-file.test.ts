/**
 * The NER model file: the rows layout keeps every quantised weight, the gazetteer every phrase,
 * tag and count, and files of the older layouts (dense weights, JSON gazetteer) still load.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerData } from '../src/ner/gazetteer.js';
import { LABEL_COUNT } from '../src/ner/labels.js';
import { decodeModel, encodeQuantised, type ModelHeader } from '../src/ner/model-file.js';

const buckets = 64;
const names: GazetteerData = { listed: [['Neu Delhi', ['city']], ['Atlantis', ['country', 'city']], ['Anna', ['given']], ['Berlin', ['city']]], mined: [['Atlantis', [0, 3, 0, 0, 1, 0]], ['Herr Meier', [40000, 0, 0, 0, 0, 2]], ['Überall', [0, 0, 0, 0, 7, 0]]] };
const header: ModelHeader = { format: 1, lang: 'xx', buckets, domain: null, gazetteer: new Gazetteer(names), provenance: 'test' };
/** What a decoded header holds, the gazetteer as data. */
const contentOf = ({ gazetteer, ...fields }: ModelHeader) => ({ ...fields, gazetteer: gazetteer.toJSON() });
// Mostly empty rows, as in a trained model; a few rows with some labels set.
const values = Int16Array.from({ length: buckets * LABEL_COUNT }, (_, i) => (Math.floor(i / LABEL_COUNT) % 5 === 0 && i % 3 !== 0 ? ((i * 7919) % 65535) - 32767 : 0));
const transition = Float32Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, i) => Math.cos(i));
const scale = 0.00123;

/** A file as the dense layout wrote it: every row, int16, after the header. */
function denseFile(): Buffer {
  const json = Buffer.from(JSON.stringify({ ...header, gazetteer: names, scale }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([length, json, Buffer.from(values.buffer), Buffer.from(transition.buffer)]);
}

describe('NER model file', () => {
  it('re-encodes quantised weights exactly', () => {
    const decoded = decodeModel(encodeQuantised(header, { values, scale }, transition));
    expect(contentOf(decoded.header)).toEqual({ ...contentOf(header), gazetteer: names });
    expect(decoded.weights.quantised!.scale).toBe(scale);
    expect([...decoded.weights.quantised!.values]).toEqual([...values]);
    expect([...decoded.weights.transition]).toEqual([...transition]);
  });

  it('reads the dense layout and JSON gazetteer of older files to the same model', () => {
    const dense = decodeModel(denseFile());
    const rows = decodeModel(encodeQuantised(header, { values, scale }, transition));
    expect(contentOf(dense.header)).toEqual(contentOf(rows.header));
    expect([...dense.weights.quantised!.values]).toEqual([...rows.weights.quantised!.values]);
    expect([...dense.weights.emission]).toEqual([...rows.weights.emission]);
    expect([...dense.weights.transition]).toEqual([...transition]);
  });

  it('reads a file whose bytes start at any offset of their buffer, as a page may hand them over', () => {
    const file = encodeQuantised(header, { values, scale }, transition);
    const shifted = new Uint8Array(file.length + 1);
    shifted.set(file, 1);
    const decoded = decodeModel(shifted.subarray(1));
    expect(contentOf(decoded.header)).toEqual(contentOf(header));
    expect([...decoded.weights.quantised!.values]).toEqual([...values]);
    expect([...decoded.weights.transition]).toEqual([...transition]);
  });

  it('keeps what the gazetteer matches', () => {
    const words = ['Herr', 'Meier', 'flog', 'über', 'Atlantis', 'nach', 'Neu', 'Delhis', 'Überall'];
    expect(decodeModel(encodeQuantised(header, { values, scale }, transition)).header.gazetteer.matches(words)).toEqual(header.gazetteer.matches(words));
  });

  it('keeps the counts of models with fewer count slots', () => {
    const older = new Gazetteer({ listed: [], mined: [['Atlantis', [0, 3, 0, 0]]] });
    const decoded = decodeModel(encodeQuantised({ ...header, gazetteer: older }, { values, scale }, transition));
    expect(decoded.header.gazetteer.toJSON()).toEqual(older.toJSON());
    expect(decoded.header.gazetteer.matches(['Atlantis'])).toEqual([{ start: 0, end: 1, tag: 'LOC', inflected: false }]);
  });
});
