/**
 * The shipped model file: gzip of [uint32 header length][JSON header][int16 emission weights]
 * [float32 transition weights]. Emission weights are quantised to int16 with one scale.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { LABEL_COUNT } from './labels.js';
import type { GazetteerData } from './gazetteer.js';
import type { Weights } from './model.js';

export interface ModelHeader {
  format: 1;
  lang: string;
  buckets: number;
  /** Domain salt of the text the model is meant for, when trained with domain copies of features. */
  domain: number | null;
  gazetteer: GazetteerData;
  /** How the model was made: data sets, settings, date-free so that builds are reproducible. */
  provenance: string;
}

export interface ModelFile {
  header: ModelHeader;
  weights: Weights;
}

export function encodeModel({ header, weights }: ModelFile): Buffer {
  let maxAbs = 0;
  for (const value of weights.emission) maxAbs = Math.max(maxAbs, Math.abs(value));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const json = Buffer.from(JSON.stringify({ ...header, scale }), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(json.length);
  const emission = new Int16Array(weights.emission.length);
  for (let i = 0; i < emission.length; i++) emission[i] = Math.round(weights.emission[i]! / scale);
  const parts = [headerLength, json, Buffer.from(emission.buffer), Buffer.from(new Float32Array(weights.transition).buffer)];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(compressed: Uint8Array): ModelFile {
  const bytes = gunzipSync(compressed);
  const headerLength = bytes.readUInt32LE(0);
  const { scale, ...header } = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as ModelHeader & { scale: number };
  if (header.format !== 1) throw new Error(`lektor: unknown NER model format ${String(header.format)}`);
  const size = header.buckets * LABEL_COUNT;
  const body = bytes.subarray(4 + headerLength);
  const values = new Int16Array(body.buffer.slice(body.byteOffset, body.byteOffset + size * 2));
  const transitionBytes = body.subarray(size * 2);
  const transition = new Float32Array(transitionBytes.buffer.slice(transitionBytes.byteOffset, transitionBytes.byteOffset + transitionBytes.length));
  // Tagging reads the int16 weights (Weights.quantised). The floats, ten million of them, are made
  // only when something asks for `emission` (a tool that retrains or re-encodes a model).
  let emission: Float32Array | undefined;
  const weights: Weights = {
    buckets: header.buckets,
    transition,
    quantised: { values, scale },
    get emission(): Float32Array {
      if (!emission) {
        emission = new Float32Array(size);
        for (let i = 0; i < size; i++) emission[i] = values[i]! * scale;
      }
      return emission;
    },
  };
  return { header, weights };
}
