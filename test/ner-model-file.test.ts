/** The NER model file: the rows layout keeps every quantised weight, and files of the older dense layout still load. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LABEL_COUNT } from '../src/ner/labels.js';
import { decodeModel, encodeQuantised, type ModelHeader } from '../src/ner/model-file.js';

const buckets = 64;
const header: ModelHeader = { format: 1, lang: 'xx', buckets, domain: null, gazetteer: { listed: [['Neu Delhi', ['city']], ['Atlantis', ['country', 'city']], ['Anna', ['given']], ['Berlin', ['city']]], mined: [['Atlantis', [0, 3, 0, 0, 1, 0]], ['Herr Meier', [40000, 0, 0, 0, 0, 2]]] }, provenance: 'test' };
// Mostly empty rows, as in a trained model; a few rows with some labels set.
const values = Int16Array.from({ length: buckets * LABEL_COUNT }, (_, i) => (Math.floor(i / LABEL_COUNT) % 5 === 0 && i % 3 !== 0 ? ((i * 7919) % 65535) - 32767 : 0));
const transition = Float32Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, i) => Math.cos(i));
const scale = 0.00123;

/** A file as the dense layout wrote it: every row, int16, after the header. */
function denseFile(): Buffer {
  const json = Buffer.from(JSON.stringify({ ...header, scale }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([length, json, Buffer.from(values.buffer), Buffer.from(transition.buffer)]));
}

describe('NER model file', () => {
  it('re-encodes quantised weights exactly', () => {
    const decoded = decodeModel(encodeQuantised(header, { values, scale }, transition));
    expect(decoded.header).toEqual(header);
    expect(decoded.weights.quantised!.scale).toBe(scale);
    expect([...decoded.weights.quantised!.values]).toEqual([...values]);
    expect([...decoded.weights.transition]).toEqual([...transition]);
  });

  it('reads the dense layout of older files to the same weights', () => {
    const dense = decodeModel(denseFile());
    const rows = decodeModel(encodeQuantised(header, { values, scale }, transition));
    expect(dense.header).toEqual(header);
    expect([...dense.weights.quantised!.values]).toEqual([...rows.weights.quantised!.values]);
    expect([...dense.weights.emission]).toEqual([...rows.weights.emission]);
    expect([...dense.weights.transition]).toEqual([...transition]);
  });
});
