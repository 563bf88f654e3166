/**
 * Low-level text helpers shared by every parser module: decoding, footnote
 * removal, normalisation keys, sentence splitting and hashing.
 */
import { hash } from "node:crypto";

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

/** The characters `\s` matches (with the u flag). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Where a match that contains position `at` (a digit, a month name: a cheap anchor) and has at
 * most `tokens` whitespace-separated tokens before it can start: `at` moved back over those
 * tokens and the spaces around them, never before `from`. Lets a costly pattern be searched from
 * near its anchor instead of being tried at every position.
 */
export function backOverTokens(text: string, at: number, tokens: number, from: number): number {
  let i = at;
  for (let t = 0; t < tokens && i > from; t++) {
    while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
    while (i > from && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

// --- hashes of comparison keys, without building the key ------------------------------------

let keyBuf = new Uint16Array(256);

/**
 * The character codes of `normKey(s)` for a plain ASCII string, written to `keyBuf`; returns
 * [start, end), or null when `s` needs the general path (non-ASCII, a possible footnote).
 */
function asciiKeyCodes(s: string): [number, number] | null {
  const n = s.length;
  if (keyBuf.length < n + 1) keyBuf = new Uint16Array(2 * n + 1);
  const buf = keyBuf;
  let len = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x5b /* [ */) return null;
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

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; line: number; message: string };

const fatalDecoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes bytes as UTF-8 text; NUL bytes or invalid sequences mean a binary file. */
export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, line: lineOfOffset(bytes, nul), message: `binary file: NUL byte at offset ${nul}; expected UTF-8 text` };
  }
  let text: string;
  try {
    text = fatalDecoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, line: lineOfOffset(bytes, bad), message: `binary or non-UTF-8 file: invalid UTF-8 byte sequence at offset ${bad}` };
  }
  // A BOM is an encoding artefact, not title text.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

export type DecodedLines =
  | { ok: true; lines: string[] }
  | { ok: false; line: number; message: string };

/** Keeps a U+FEFF inside the text: only a leading one is an encoding artefact, dropped below. */
const fatalLineDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes bytes as UTF-8 lines: the same as `splitLines(decodeText(bytes).text)`, with the same
 * errors. Each line is decoded on its own, so a line of plain ASCII is a one-byte string even
 * when another line of the file has an en dash or a native-script name: every value sliced from
 * it stays compact, and patterns, keys and hashes run faster over it.
 */
export function decodeLines(bytes: Uint8Array): DecodedLines {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, line: lineOfOffset(bytes, nul), message: `binary file: NUL byte at offset ${nul}; expected UTF-8 text` };
  }
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = buf.length;
  // A BOM is an encoding artefact, not title text (the decoder's and a second one, as decodeText).
  let i = 0;
  for (let k = 0; k < 2 && i + 2 < n && buf[i] === 0xef && buf[i + 1] === 0xbb && buf[i + 2] === 0xbf; k++) i += 3;
  const lines: string[] = [];
  // The bytes read as Latin-1 (one native call): an ASCII line is a slice of it.
  const latin1 = buf.toString("latin1");
  for (;;) {
    let j = i;
    let ascii = true;
    for (; j < n; j++) {
      const b = buf[j]!;
      if (b === 10 || b === 13) break;
      if (b >= 0x80) ascii = false;
    }
    if (ascii) lines.push(latin1.slice(i, j));
    else {
      try {
        lines.push(fatalLineDecoder.decode(buf.subarray(i, j)));
      } catch {
        const bad = firstInvalidUtf8(bytes);
        return { ok: false, line: lineOfOffset(bytes, bad), message: `binary or non-UTF-8 file: invalid UTF-8 byte sequence at offset ${bad}` };
      }
    }
    if (j >= n) break;
    i = buf[j] === 13 && buf[j + 1] === 10 ? j + 2 : j + 1;
  }
  // A final newline does not start a new line.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return { ok: true, lines };
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8; only called after the fast decoder failed. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    if (i + n >= b.length && n > 0) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

/** Splits text into lines without their terminators (\n, \r\n or \r). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  // A final newline does not start a new line.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * Footnote markers: [6], [a], [note 1], [nb 2], [citation needed]. Bounded classes only,
 * so the pattern cannot backtrack catastrophically.
 */
const FOOTNOTE_RE = /\[(?:\d{1,3}|edit|[^\[\]\n]{1,40}?\bpp?\.\s?\d{1,4}(?:[\u2013-]\d{1,4})?|[a-z]{1,2}|[a-z][a-z -]{0,20}\d{1,3}|citation needed|clarification needed|verification needed|dubious[^\]\n]{0,20}|when\?|who\?|which\?|by whom\?)\]/gi;

export function stripFootnotes(s: string): string {
  return s.indexOf("[") < 0 ? s : s.replace(FOOTNOTE_RE, "");
}

const WS_RE = /\s+/g;
const ODD_WS_RE = /\s\s|[\t\n\r\f\v\u00a0]/;

/** Footnotes removed, whitespace collapsed, trimmed. */
export function clean(s: string): string {
  const t = stripFootnotes(s);
  return (ODD_WS_RE.test(t) ? t.replace(WS_RE, " ") : t).trim();
}

const MARKS_RE = /\p{M}+/gu;
const DASHES_RE = /[\u2010-\u2015\u2212]/g;
const NON_ALNUM_RE = /[^\p{L}\p{N}]+/gu;
const ASCII_ONLY_RE = /^[\x00-\x7f]*$/;

/** Lowercase, diacritics removed (Tōgō → togo), dashes unified. */
export function fold(s: string): string {
  let t = s.toLowerCase();
  if (!ASCII_ONLY_RE.test(t)) t = t.normalize("NFD").replace(MARKS_RE, "").replace(DASHES_RE, "-");
  return t;
}

// Names and phrases repeat across facts, people and merges: memoise their keys (bounded).
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 50_000;

const ASCII_NON_ALNUM_RE = /[^a-z0-9]+/g;

/** Comparison key: folded, punctuation collapsed to single spaces, leading "the" dropped. */
export function normKey(s: string): string {
  // Sentences are unique; only short strings (names, values) are worth memoising.
  const cacheable = s.length <= 80;
  if (cacheable) {
    const hit = KEY_CACHE.get(s);
    if (hit !== undefined) return hit;
  }
  const f = fold(stripFootnotes(s));
  let k = isPlainKey(f) ? f : (ASCII_ONLY_RE.test(f) ? f.replace(ASCII_NON_ALNUM_RE, " ") : f.replace(NON_ALNUM_RE, " ")).trim();
  if (k.startsWith("the ")) k = k.slice(4);
  if (cacheable) {
    if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
    KEY_CACHE.set(s, k);
  }
  return k;
}

/** Already a key: lowercase ASCII letters and digits in words separated by single spaces. */
function isPlainKey(f: string): boolean {
  const n = f.length;
  if (n === 0) return false;
  let space = true; // no leading space
  for (let i = 0; i < n; i++) {
    const c = f.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) space = false;
    else if (c === 32 && !space) space = true;
    else return false;
  }
  return !space; // no trailing space
}

/** Words of a comparison key. */
export function keyTokens(s: string): string[] {
  const k = normKey(s);
  return k ? k.split(" ") : [];
}

/** URL-safe slug: "Japanese invasion of Sakhalin" → "japanese-invasion-of-sakhalin". */
export function slugify(s: string): string {
  return fold(s).replace(NON_ALNUM_RE, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
}

/** Removes a leading "the " (any case): "the Russo-Japanese War" → "Russo-Japanese War". */
export function dropLeadingThe(s: string): string {
  return s.replace(/^the\s+/i, "");
}

// Words that end with "." without ending a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "capt", "maj", "adm", "sgt", "cpl", "brig", "cdr", "cmdr",
  "rev", "jr", "sr", "no", "nos", "vol", "pp", "p", "c", "ca", "approx", "est", "vs", "e.g", "i.e", "fig", "mt",
  "ft", "co", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.k", "u.s.s.r", "cf", "al", "ibid", "op",
]);

export interface Span {
  start: number;
  end: number;
}

// Sentence end: [.!?], optional closing quotes/brackets, then whitespace, end of text,
// or directly a capitalised word ("1945.It should") which scraped text sometimes has.
const SENTENCE_END_RE = /[.!?]["'\u201d\u2019)\]]*(?:\s+|$|(?=\p{Lu}\p{Ll}))/gu;

/** Sentence spans of one paragraph, skipping abbreviations and initials ("U.S.", "M.A."). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_END_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END_RE.exec(text)) !== null) {
    if (m[0].length === 0) {
      SENTENCE_END_RE.lastIndex++;
      continue;
    }
    const dot = m.index;
    const after = dot + m[0].length;
    if (text[dot] === "." && !isSentenceDot(text, dot, after)) continue;
    const end = dot + m[0].trimEnd().length;
    if (end > start) spans.push({ start, end });
    start = after;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.trimEnd().length });
  // Leading whitespace never belongs to a sentence.
  for (const s of spans) while (s.start < s.end && /\s/.test(text[s.start]!)) s.start++;
  return spans.filter((s) => s.end > s.start);
}

function isSentenceDot(text: string, dot: number, after: number): boolean {
  // The word before the dot; bounded so a huge unspaced token cannot make this quadratic.
  let w = dot;
  const stop = Math.max(0, dot - 40);
  while (w > stop && !/\s|\(/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  const next = text[after];
  // A lowercase or digit continuation means the dot was not a sentence end.
  if (next !== undefined && /[\p{Ll}\d,;]/u.test(next)) return false;
  if (word.length === 0) return true; // "led by Colonel . The Japanese": a name was lost, the sentence still ends
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  const lw = word.toLowerCase().replace(/^[("'\u201c]+/, "");
  if (ABBREVIATIONS.has(lw)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S", "M.A"
  if (after === dot + 1 && !/[\p{Ll}\d]$/u.test(word)) return false; // no-space break only after a real word
  return true;
}
