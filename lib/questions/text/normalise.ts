/** Text normalisation shared by generation (dedup, alias checks) and the checker. */

const SPECIAL: Record<string, string> = { ø: "o", Ø: "o", ł: "l", Ł: "l", ß: "ss", æ: "ae", Æ: "ae", œ: "oe", đ: "d", ı: "i" };

/** "Tōgō" → "Togo": decompose and drop combining marks. */
export function stripDiacritics(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[øØłŁßæÆœđı]/g, (c) => SPECIAL[c] ?? c);
}

const cache = new Map<string, string>();

/** Lowercase, no diacritics, punctuation and dashes as spaces, single spaces. Memoised: strings repeat a lot. */
export function normalise(s: string): string {
  let v = cache.get(s);
  if (v === undefined) {
    if (cache.size > 50_000) cache.clear();
    v = normaliseRaw(s);
    cache.set(s, v);
  }
  return v;
}

function normaliseRaw(s: string): string {
  return stripDiacritics(s)
    .toLowerCase()
    .replace(/['’`ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** normalise() and drop a leading article: "the Russo-Japanese War" = "Russo-Japanese War". */
export function normaliseLoose(s: string): string {
  return normalise(s).replace(/^(the|a|an) /, "");
}

export function tokens(s: string): string[] {
  const n = normalise(s);
  return n === "" ? [] : n.split(" ");
}

/** Titles are compared without parenthesised qualifiers: "Soviet–Japanese War (1945)" = "Soviet-Japanese War". */
export function normaliseTitle(s: string): string {
  return normaliseLoose(s.replace(/\([^)]*\)/g, " "));
}

export function capitalise(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}
