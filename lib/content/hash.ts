/**
 * Hashes: sha-256 of files and fact values (the contract's version hashes), and a fast 64-bit
 * hash of ids and comparison keys.
 */
import { hash } from "node:crypto";
import { fold, normKey } from "./text";

/** sha-256 hex of a string (UTF-8) or bytes. One-shot `hash` is much cheaper than createHash for short inputs. */
export function sha256Hex(data: string | Uint8Array): string {
  return hash("sha256", data, "hex");
}

/**
 * 16-hex-char sha-256 prefix: version hashes (the contract names sha-256). Built as a flat
 * string: a slice would keep the whole 64-char digest alive with every fact.
 */
export function shortHash(data: string): string {
  const h = sha256Hex(data);
  return String.fromCharCode(
    h.charCodeAt(0), h.charCodeAt(1), h.charCodeAt(2), h.charCodeAt(3), h.charCodeAt(4), h.charCodeAt(5), h.charCodeAt(6), h.charCodeAt(7),
    h.charCodeAt(8), h.charCodeAt(9), h.charCodeAt(10), h.charCodeAt(11), h.charCodeAt(12), h.charCodeAt(13), h.charCodeAt(14), h.charCodeAt(15),
  );
}

/** Running state of `fastHash`: two 32-bit lanes. */
export type HashState = readonly [number, number];

const HASH_SEED: HashState = [0x811c9dc5, 0x9747b28c];

/** Feeds `data` into a hash state (FNV-1a lane and a murmur-style lane). */
export function hashUpdate(state: HashState, data: string): HashState {
  let h1 = state[0];
  let h2 = state[1];
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1, h2];
}

/**
 * The state after feeding `a`, NUL, `b`, NUL, `c` (same as hashing the joined string, without
 * building it).
 */
export function hashParts(state: HashState, a: string, b: string, c: string): HashState {
  let h1 = state[0];
  let h2 = state[1];
  for (let part = 0; part < 3; part++) {
    const data = part === 0 ? a : part === 1 ? b : c;
    if (part > 0) {
      h1 = Math.imul(h1, 0x01000193); // ^ 0 (NUL)
      h2 = Math.imul(h2, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    for (let i = 0; i < data.length; i++) {
      const ch = data.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 0x01000193);
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
  }
  return [h1, h2];
}

/** Finishes a hash state as 16 hex chars, with an avalanche so close inputs spread over all bits. */
export function hashDigest(state: HashState): string {
  let h1 = state[0];
  let h2 = state[1];
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 0x7feb352d);
  h2 ^= h2 >>> 15;
  h2 = Math.imul(h2, 0x846ca68b);
  h2 ^= h2 >>> 16;
  // One flat string: concatenated pieces would stay a tree of cons strings inside every id.
  const x = HEX_CODES;
  return String.fromCharCode(
    x[(h1 >>> 28) & 15]!, x[(h1 >>> 24) & 15]!, x[(h1 >>> 20) & 15]!, x[(h1 >>> 16) & 15]!, x[(h1 >>> 12) & 15]!, x[(h1 >>> 8) & 15]!, x[(h1 >>> 4) & 15]!, x[h1 & 15]!,
    x[(h2 >>> 28) & 15]!, x[(h2 >>> 24) & 15]!, x[(h2 >>> 20) & 15]!, x[(h2 >>> 16) & 15]!, x[(h2 >>> 12) & 15]!, x[(h2 >>> 8) & 15]!, x[(h2 >>> 4) & 15]!, x[h2 & 15]!,
  );
}

const HEX_CODES = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/**
 * 64-bit non-cryptographic hash as 16 hex chars, for ids that only need to be stable and
 * collision-free in practice (slot ids, keys); several times cheaper than sha-256 on short strings.
 */
export function fastHash(data: string): string {
  return hashDigest(hashUpdate(HASH_SEED, data));
}

// --- hashes of comparison keys, without building the key ------------------------------------

let keyBuf = new Uint16Array(256);

/**
 * What a character outside ASCII becomes in `normKey`, for the ones common in English prose: a
 * separator (-1: dashes, quotes, no-break space, daggers, ellipsis) or, for a Latin letter with a
 * diacritic, the ASCII letter it folds to ("ō" → "o"). Built with `fold` itself, one character at
 * a time (folding these is per character); 0 means "take the general path".
 */
const WIDE_KEY_CODES = ((): Int16Array => {
  const t = new Int16Array(0x2030);
  for (const c of [0xa0, 0xb7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x2020, 0x2021, 0x2022, 0x2026]) t[c] = -1;
  for (let c = 0xc0; c <= 0x17f; c++) {
    const f = fold(String.fromCharCode(c));
    if (f.length === 1 && f >= "a" && f <= "z") t[c] = f.charCodeAt(0);
  }
  return t;
})();

/**
 * The character codes of `normKey(s)` for a string of ASCII, common punctuation and Latin letters
 * (WIDE_KEY_CODES), written to `keyBuf`; returns [start, end), or null when `s` needs the general
 * path (other characters, a possible footnote).
 */
function asciiKeyCodes(s: string): [number, number] | null {
  const n = s.length;
  if (keyBuf.length < n + 1) keyBuf = new Uint16Array(2 * n + 1);
  const buf = keyBuf;
  let len = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c > 0x7f) {
      const w = c < 0x2030 ? WIDE_KEY_CODES[c]! : 0;
      if (w === 0) return null;
      if (w < 0) {
        gap = true;
        continue;
      }
      c = w;
    } else if (c === 0x5b /* [ */) return null;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && len > 0) buf[len++] = 32;
      buf[len++] = c;
      gap = false;
    } else gap = true;
  }
  // A leading "the " is dropped.
  const start = len > 4 && buf[0] === 116 && buf[1] === 104 && buf[2] === 101 && buf[3] === 32 ? 4 : 0;
  return [start, len];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `fastHash(normKey(s))`, or with `figures` `fastHash(normKey(s).replace(/\d+(?: \d{3})*\/g, "#"))`,
 * computed without building the key for plain ASCII text (long sentences): same result.
 */
export function keyHash(s: string, figures: boolean): string {
  const r = asciiKeyCodes(s);
  if (!r) {
    const k = normKey(s);
    return fastHash(figures ? k.replace(/\d+(?: \d{3})*/g, "#") : k);
  }
  const buf = keyBuf;
  const [start, end] = r;
  let h1 = HASH_SEED[0];
  let h2 = HASH_SEED[1];
  for (let i = start; i < end; ) {
    let c = buf[i]!;
    if (figures && isDigit(c)) {
      // \d+ then (?: \d{3})* : the whole figure is one "#".
      i++;
      while (i < end && isDigit(buf[i]!)) i++;
      while (i + 3 < end && buf[i] === 32 && isDigit(buf[i + 1]!) && isDigit(buf[i + 2]!) && isDigit(buf[i + 3]!)) i += 4;
      c = 35; // #
    } else i++;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return hashDigest([h1, h2]);
}
