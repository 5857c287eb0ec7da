/**
 * The model file (shipped gzipped, see platform.ts): [uint32 header length][JSON header][gazetteer][emission weights]
 * [float32 transition weights]. The gazetteer is packed (gazetteer.ts): its phrases as UTF-8 lines,
 * a uint8 mask of the count slots set for each mined phrase, and those counts as uint32. Files
 * that hold it as JSON in the header still load. Emission weights are quantised to int16 with one scale and stored
 * by rows ("rows" layout): a bitmap of the hashed rows that have a weight other than 0, a uint16
 * mask of the labels with a weight for each such row, and those weights. Two thirds of the rows
 * are all zero, so the file holds a seventh of the dense array, and loading it decompresses that
 * much less. Files of the earlier dense layout (every row, int16) still load.
 */
import { LABEL_COUNT } from './labels.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import type { Weights } from './model.js';

export interface ModelHeader {
  format: 1;
  lang: string;
  buckets: number;
  /** Domain salt of the text the model is meant for, when trained with domain copies of features. */
  domain: number | null;
  gazetteer: Gazetteer;
  /** How the model was made: data sets, settings, date-free so that builds are reproducible. */
  provenance: string;
}

export interface ModelFile {
  header: ModelHeader;
  weights: Weights;
}

/** How the file lays out what follows the header: beside the header's fields, not part of the model. */
interface Encoding {
  scale: number;
  /** 'rows', or absent in files of the dense layout. */
  layout?: 'rows';
  /** In the rows layout: how many rows and weights are stored (counting them would cost more than reading them). */
  rows?: number;
  nonzero?: number;
}

/** Where the header's gazetteer field stands in the file, in place of the gazetteer: the sizes of its sections. */
interface GazetteerSections {
  listed: number;
  slots: number;
  /** Bytes of the UTF-8 lines. */
  bytes: number;
  /** Mined phrases: one mask byte each. */
  mined: number;
  /** Counts stored: four bytes each. */
  counts: number;
}

const L = LABEL_COUNT;
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** The index of the lowest set bit of a non-zero word. */
const lowestBit = (word: number) => 31 - Math.clz32(word & -word);

export function encodeModel({ header, weights }: ModelFile): Uint8Array {
  let maxAbs = 0;
  for (const value of weights.emission) maxAbs = Math.max(maxAbs, Math.abs(value));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const values = new Int16Array(weights.emission.length);
  for (let i = 0; i < values.length; i++) values[i] = Math.round(weights.emission[i]! / scale);
  return encodeQuantised(header, { values, scale }, weights.transition);
}

/** A model file of weights already quantised: re-encoding a decoded model this way keeps every weight as it was. */
export function encodeQuantised(header: ModelHeader, { values, scale }: { values: Int16Array; scale: number }, transition: Float32Array): Uint8Array {
  const present = new Uint32Array(Math.ceil(header.buckets / 32));
  const masks: number[] = [];
  const nonzero: number[] = [];
  for (let row = 0; row < header.buckets; row++) {
    let mask = 0;
    for (let y = 0; y < L; y++) {
      const value = values[row * L + y]!;
      if (value === 0) continue;
      mask |= 1 << y;
      nonzero.push(value);
    }
    if (mask === 0) continue;
    present[row >>> 5]! |= 1 << (row & 31);
    masks.push(mask);
  }
  const encoding: Encoding = { scale, layout: 'rows', rows: masks.length, nonzero: nonzero.length };
  const packed = header.gazetteer.pack();
  const lines = utf8.encode(packed.lines);
  const gazetteer: GazetteerSections = { listed: packed.listed, slots: packed.slots, bytes: lines.length, mined: packed.masks.length, counts: packed.counts.length };
  const json = utf8.encode(JSON.stringify({ ...header, gazetteer, ...encoding }));
  const headerLength = new Uint8Array(4);
  new DataView(headerLength.buffer).setUint32(0, json.length, true);
  const sections = [lines, packed.masks, packed.counts, present, Uint16Array.from(masks), Int16Array.from(nonzero), new Float32Array(transition)];
  const parts = [headerLength, json, ...sections.map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength))];
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  return file;
}

/** A copy of the bytes in an ArrayBuffer of their own: typed-array views need aligned offsets. */
const copyOf = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Dense int16 weights (buckets × LABEL_COUNT) from the "rows" layout, and the bytes it took. */
function readRows(body: Uint8Array, buckets: number, { rows = 0, nonzero: count = 0 }: Encoding): { values: Int16Array; length: number } {
  let offset = 0;
  const take = (byteLength: number) => copyOf(body.subarray(offset, (offset += byteLength)));
  const present = new Uint32Array(take(Math.ceil(buckets / 32) * 4));
  const masks = new Uint16Array(take(rows * 2));
  const nonzero = new Int16Array(take(count * 2));
  const values = new Int16Array(buckets * L);
  let row = 0;
  let k = 0;
  for (let w = 0; w < present.length; w++) {
    for (let bits = present[w]!; bits !== 0; bits &= bits - 1) {
      const base = (w * 32 + lowestBit(bits)) * L;
      for (let mask = masks[row++]!; mask !== 0; mask &= mask - 1) values[base + lowestBit(mask)] = nonzero[k++]!;
    }
  }
  return { values, length: offset };
}

/** The dense layout of earlier files: every row, int16. */
function readDense(body: Uint8Array, buckets: number): { values: Int16Array; length: number } {
  const length = buckets * L * 2;
  return { values: new Int16Array(copyOf(body.subarray(0, length))), length };
}

/** The packed gazetteer at the start of `body`, and the bytes it took. */
function readGazetteer(body: Uint8Array, { listed, slots, bytes, mined, counts }: GazetteerSections): { gazetteer: Gazetteer; length: number } {
  const masksEnd = bytes + mined;
  const lines = utf8Decoder.decode(body.subarray(0, bytes));
  const gazetteer = new Gazetteer({ lines, listed, slots, masks: body.subarray(bytes, masksEnd), counts: new Uint32Array(copyOf(body.subarray(masksEnd, masksEnd + counts * 4))) });
  return { gazetteer, length: masksEnd + counts * 4 };
}

export function decodeModel(bytes: Uint8Array): ModelFile {
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  type StoredHeader = Omit<ModelHeader, 'gazetteer'> & Encoding & { gazetteer: GazetteerData | GazetteerSections };
  const { scale, layout, rows, nonzero, gazetteer: stored, ...fields } = JSON.parse(utf8Decoder.decode(bytes.subarray(4, 4 + headerLength))) as StoredHeader;
  if (fields.format !== 1 || (layout !== undefined && layout !== 'rows')) throw new Error(`lektor: unknown NER model format ${String(fields.format)}, layout ${String(layout)}`);
  let body = bytes.subarray(4 + headerLength);
  let gazetteer: Gazetteer;
  if (Array.isArray(stored.listed)) gazetteer = new Gazetteer(stored as GazetteerData);
  else {
    const packed = readGazetteer(body, stored as GazetteerSections);
    gazetteer = packed.gazetteer;
    body = body.subarray(packed.length);
  }
  const header: ModelHeader = { ...fields, gazetteer };
  const { values, length } = layout === 'rows' ? readRows(body, header.buckets, { scale, rows, nonzero }) : readDense(body, header.buckets);
  const transition = new Float32Array(copyOf(body.subarray(length)));
  // Tagging reads the int16 weights (Weights.quantised). The floats, ten million of them, are made
  // only when something asks for `emission` (a tool that retrains or re-encodes a model).
  let emission: Float32Array | undefined;
  const weights: Weights = {
    buckets: header.buckets,
    transition,
    quantised: { values, scale },
    get emission(): Float32Array {
      if (!emission) {
        emission = new Float32Array(values.length);
        for (let i = 0; i < values.length; i++) emission[i] = values[i]! * scale;
      }
      return emission;
    },
  };
  return { header, weights };
}
