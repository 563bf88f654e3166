/**
 * Low-level text helpers shared by every parser module: decoding, footnote
 * removal, normalisation keys, sentence splitting and hashing.
 */
import { hash } from "node:crypto";

/** sha-256 hex of a string (UTF-8) or bytes. One-shot `hash` is much cheaper than createHash for short inputs. */
export function sha256Hex(data: string | Uint8Array): string {
  return hash("sha256", data, "hex");
}

/** 16-hex-char sha-256 prefix: version hashes (the contract names sha-256). */
export function shortHash(data: string): string {
  return sha256Hex(data).slice(0, 16);
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
  return hex8(h1) + hex8(h2);
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hex8(n: number): string {
  return HEX_BYTE[(n >>> 24) & 255]! + HEX_BYTE[(n >>> 16) & 255]! + HEX_BYTE[(n >>> 8) & 255]! + HEX_BYTE[n & 255]!;
}

/**
 * 64-bit non-cryptographic hash as 16 hex chars, for ids that only need to be stable and
 * collision-free in practice (slot ids, keys); several times cheaper than sha-256 on short strings.
 */
export function fastHash(data: string): string {
  return hashDigest(hashUpdate(HASH_SEED, data));
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
const FOOTNOTE_RE = /\[(?:\d{1,3}|[a-z]{1,2}|[a-z][a-z -]{0,20}\d{1,3}|citation needed|clarification needed|verification needed|dubious[^\]\n]{0,20}|when\?|who\?|which\?|by whom\?)\]/gi;

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
  let k = (ASCII_ONLY_RE.test(f) ? f.replace(ASCII_NON_ALNUM_RE, " ") : f.replace(NON_ALNUM_RE, " ")).trim();
  if (k.startsWith("the ")) k = k.slice(4);
  if (cacheable) {
    if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
    KEY_CACHE.set(s, k);
  }
  return k;
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
