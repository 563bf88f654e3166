/**
 * Sentence splitting of prose paragraphs.
 */
// Words that end with "." without ending a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "capt", "maj", "adm", "sgt", "cpl", "brig", "cdr", "cmdr",
  "rev", "jr", "sr", "no", "nos", "vol", "pp", "p", "c", "ca", "approx", "est", "vs", "e.g", "i.e", "fig", "mt",
  "ft", "co", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.k", "u.s.s.r", "cf", "al", "ibid", "op", "lit", "transl", "romanized", "var",
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
    // "(小牧・長久手の戦い Komaki-Nagakute no Tatakai?) was …": a help link's "?" in a bracket, the clause goes on.
    if (text[dot] !== "." && /\p{Ll}/u.test(text[after] ?? "")) continue;
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
  // An opening bracket starts the word too: "[O.S. 18 July]" is an abbreviation, not an end.
  while (w > stop && !/\s|\(|\[/.test(text[w - 1]!)) w--;
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
