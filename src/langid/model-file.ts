/**
 * The layout of lektor's langid model files (scripts/build-langid.ts writes them): one line of
 * JSON, padded so that what follows starts at a multiple of four bytes, then 32-bit numbers in
 * the byte order the header gives. lektor views the numbers where it read them, without parsing.
 */
import { requireModel } from '../platform.js';

export interface ModelFileHeader {
  /** How many 32-bit numbers follow the header. */
  numbers: number;
  byteOrder: 'LE' | 'BE';
}

/** The byte order of this machine's typed arrays. */
const HOST_BYTE_ORDER = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

/** Reverses the byte order of every 32-bit number in `bytes`, in place. */
function swap32(bytes: Uint8Array): void {
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const [a, b] = [bytes[i]!, bytes[i + 1]!];
    bytes[i] = bytes[i + 3]!;
    bytes[i + 1] = bytes[i + 2]!;
    bytes[i + 2] = b;
    bytes[i + 3] = a;
  }
}

/** Reads the model file `file`: its header and its numbers. */
export function readModelFile<Header extends ModelFileHeader>(file: string): { header: Header; numbers: Int32Array } {
  const bytes = requireModel(file);
  const headerEnd = bytes.indexOf(0x0a) + 1;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, headerEnd))) as Header;
  let numbers = bytes.subarray(headerEnd);
  if (numbers.length !== 4 * header.numbers) throw new Error(`lektor: models/${file} does not have the length its header gives`);
  // An Int32Array reads the machine's byte order and starts at a multiple of four bytes; else a copy is set right.
  const swap = header.byteOrder !== HOST_BYTE_ORDER;
  if (swap || numbers.byteOffset % 4 !== 0) numbers = numbers.slice();
  if (swap) swap32(numbers);
  return { header, numbers: new Int32Array(numbers.buffer, numbers.byteOffset, header.numbers) };
}

/** The bytes of a model file with `header` (without `numbers` and `byteOrder`, which are added) and `numbers`. */
export function modelFileBytes(header: Record<string, unknown>, numbers: Int32Array, byteOrder: 'LE' | 'BE'): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify({ ...header, numbers: numbers.length, byteOrder }));
  const padding = 3 - (headerBytes.length % 4);
  const out = new Uint8Array(headerBytes.length + padding + 1 + numbers.byteLength);
  out.set(headerBytes);
  out.fill(0x20, headerBytes.length, headerBytes.length + padding);
  out[headerBytes.length + padding] = 0x0a;
  out.set(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength), headerBytes.length + padding + 1);
  return out;
}
