/**
 * The model file (read as it lies, see platform.ts): [uint32 header length][JSON header, padded
 * with spaces][sections]. Every section starts at a multiple of four bytes, so that loading takes
 * each as a typed-array view over the file's bytes, without copying it or visiting its entries:
 * first the gazetteer as matching uses it (gazetteer.ts: its lines as UTF-8, where each line
 * starts, the counts of the mined phrases, the hash table), then the emission weights, then the
 * float32 transition weights. Emission weights are quantised to int16 with one scale and stored by
 * rows ("rows" layout): a bitmap of the hashed rows that have a weight other than 0, a uint16 mask
 * of the labels with a weight for each such row, and those weights. Two thirds of the rows are all
 * zero, so the file holds a seventh of the dense array. Files of the first layout still load: their
 * sections unaligned, the gazetteer as JSON in the header, the weights dense (every row, int16).
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
  /** Every section starts at a multiple of four bytes; absent in files of earlier layouts. */
  aligned?: true;
}

/** Where the header's gazetteer field stands in the file, in place of the gazetteer: the sizes of its sections. */
interface GazetteerSections {
  listed: number;
  slots: number;
  /** Lines, and bytes of their UTF-8 text. */
  lines: number;
  bytes: number;
  /** Slots of the hash table. */
  capacity: number;
  longestKey: number;
}

type StoredGazetteer = GazetteerSections | GazetteerData;

const L = LABEL_COUNT;
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** The index of the lowest set bit of a non-zero word. */
const lowestBit = (word: number) => 31 - Math.clz32(word & -word);

const paddedLength = (byteLength: number) => (byteLength + 3) & ~3;

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
  const encoding: Encoding = { scale, layout: 'rows', rows: masks.length, nonzero: nonzero.length, aligned: true };
  const tables = header.gazetteer.tables();
  const lines = utf8.encode(tables.lines);
  const gazetteer: GazetteerSections = {
    listed: tables.listed,
    slots: tables.slots,
    lines: tables.lineStarts.length - 1,
    bytes: lines.length,
    capacity: tables.keyHash.length,
    longestKey: tables.longestKey,
  };
  const json = utf8.encode(JSON.stringify({ ...header, gazetteer, ...encoding }));
  // Spaces after the JSON bring the first section to a multiple of four bytes.
  const headerBytes = new Uint8Array(paddedLength(4 + json.length)).fill(0x20);
  headerBytes.set(json, 4);
  new DataView(headerBytes.buffer).setUint32(0, headerBytes.length - 4, true);
  const sections = [
    lines,
    ...[tables.lineStarts, tables.counts, tables.keyHash, tables.keyStart, tables.keyLength, tables.keyListed, tables.keyMined],
    ...[present, Uint16Array.from(masks), Int16Array.from(nonzero), new Float32Array(transition)],
  ];
  const file = new Uint8Array(sections.reduce((sum, array) => sum + paddedLength(array.byteLength), headerBytes.length));
  file.set(headerBytes);
  let offset = headerBytes.length;
  for (const array of sections) {
    file.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += paddedLength(array.byteLength);
  }
  return file;
}

interface TypedArrayType<T> {
  readonly BYTES_PER_ELEMENT: number;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
}

/** The sections of a file, read one after the other. */
class Sections {
  constructor(
    private readonly bytes: Uint8Array,
    private offset: number,
    private readonly aligned: boolean,
  ) {}

  /** The next section, of `length` elements: a view of the bytes where they are aligned for the type, else a copy. */
  take<T>(Type: TypedArrayType<T>, length: number): T {
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    const at = this.bytes.byteOffset + this.offset;
    this.offset += this.aligned ? paddedLength(byteLength) : byteLength;
    const buffer = this.bytes.buffer as ArrayBuffer;
    return at % Type.BYTES_PER_ELEMENT === 0 ? new Type(buffer, at, length) : new Type(buffer.slice(at, at + byteLength), 0, length);
  }

  /** The elements left to the end of the file. */
  remaining(Type: TypedArrayType<unknown>): number {
    return Math.floor((this.bytes.length - this.offset) / Type.BYTES_PER_ELEMENT);
  }
}

function readGazetteer(sections: Sections, stored: StoredGazetteer): Gazetteer {
  if (!('capacity' in stored)) return new Gazetteer(stored);
  const { listed, slots, lines: lineCount, bytes, capacity, longestKey } = stored;
  const lines = utf8Decoder.decode(sections.take(Uint8Array, bytes));
  const lineStarts = sections.take(Int32Array, lineCount + 1);
  const counts = sections.take(Uint32Array, (lineCount - listed) * slots);
  const keyHash = sections.take(Uint32Array, capacity);
  const keyStart = sections.take(Int32Array, capacity);
  const keyLength = sections.take(Int32Array, capacity);
  const keyListed = sections.take(Int32Array, capacity);
  const keyMined = sections.take(Int32Array, capacity);
  return new Gazetteer({ lines, lineStarts, listed, slots, counts, longestKey, keyHash, keyStart, keyLength, keyListed, keyMined });
}

/** Dense int16 weights (buckets × LABEL_COUNT) from the "rows" layout. */
function readRows(sections: Sections, buckets: number, { rows = 0, nonzero: count = 0 }: Encoding): Int16Array {
  const present = sections.take(Uint32Array, Math.ceil(buckets / 32));
  const masks = sections.take(Uint16Array, rows);
  const nonzero = sections.take(Int16Array, count);
  const values = new Int16Array(buckets * L);
  let row = 0;
  let k = 0;
  for (let w = 0; w < present.length; w++) {
    for (let bits = present[w]!; bits !== 0; bits &= bits - 1) {
      const base = (w * 32 + lowestBit(bits)) * L;
      for (let mask = masks[row++]!; mask !== 0; mask &= mask - 1) values[base + lowestBit(mask)] = nonzero[k++]!;
    }
  }
  return values;
}

export function decodeModel(bytes: Uint8Array): ModelFile {
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  type StoredHeader = Omit<ModelHeader, 'gazetteer'> & Encoding & { gazetteer: StoredGazetteer };
  const { scale, layout, rows, nonzero, aligned, gazetteer: stored, ...fields } = JSON.parse(utf8Decoder.decode(bytes.subarray(4, 4 + headerLength))) as StoredHeader;
  if (fields.format !== 1 || (layout !== undefined && layout !== 'rows')) throw new Error(`lektor: unknown NER model format ${String(fields.format)}, layout ${String(layout)}`);
  const sections = new Sections(bytes, 4 + headerLength, aligned === true);
  const header: ModelHeader = { ...fields, gazetteer: readGazetteer(sections, stored) };
  const values = layout === 'rows' ? readRows(sections, header.buckets, { scale, rows, nonzero }) : sections.take(Int16Array, header.buckets * L);
  const transition = sections.take(Float32Array, sections.remaining(Float32Array));
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
