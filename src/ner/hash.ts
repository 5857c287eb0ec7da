/** Feature hashing: feature strings become 32-bit numbers without a vocabulary to ship. */

/** FNV-1a over the UTF-16 code units of `text`, continuing from `seed`. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A second, independent hash of an already hashed feature (for conjunctions with a domain). */
export function mixHash(hash: number, salt: number): number {
  let mixed = (hash ^ Math.imul(salt, 0x9e3779b1)) >>> 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}
