/**
 * Cleaning and folding of text: footnote removal, whitespace, comparison keys of names and
 * phrases, slugs. Decoding is in ./decode, hashing in ./hash, sentences in ./sentences.
 */

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

/**
 * Footnote markers: [6], [a], [note 1], [nb 2], [citation needed]. Bounded classes only,
 * so the pattern cannot backtrack catastrophically.
 */
const FOOTNOTE_RE = /\[(?:\d{1,3}|edit|[^\[\]\n]{1,40}?\bpp?\.\s?\d{1,4}(?:[\u2013-]\d{1,4})?|[a-z]{1,2}|[a-z][a-z -]{0,20}\d{1,3}|citation needed|clarification needed|verification needed|dubious[^\]\n]{0,20}|when\?|who\?|which\?|by whom\?)\]/gi;

export function stripFootnotes(s: string): string {
  if (s.includes("fn")) s = s.replace(CITATION_TEMPLATE_RE, "");
  if (s.indexOf("[") < 0) return s;
  return (s.includes("]:") ? s.replace(PAGE_CITE_RE, pageCite) : s).replace(FOOTNOTE_RE, "");
}

/**
 * "20,000 mensfn, Blok, 1928, p=345", "dead and woundedefn, or …": a citation template
 * ({{sfn|Blok|1928|p=345}}, {{efn}}) flattened into the text, glued to the word before it. Its
 * author, year and page are no figures.
 */
const CITATION_TEMPLATE_RE = /(?<=\p{Ll}{2})(?:sfnp|sfnm|sfn|efn|refn)(?:,\s*(?:\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2}(?=,\s*\d{4})|\d{4}[a-z]?|pp?=\s*[\d\u2013-]+|loc=[^,]{0,40}))*(?=[\s,;.)]|$)/gu;

/**
 * "lost[13]: 315": a footnote with the page it cites (rendered {{rp}}), not a label and its
 * figure ("Killed[3]: 500"): a page number has no thousands comma, and follows a second
 * footnote, a bracket or a word that names no casualty category.
 */
const PAGE_CITE_RE = /(?<=([\p{L}\d)\]])\s?)((?:\[\d{1,3}\])+):\s?\d{1,4}(?:[\u2013-]\d{1,4})?(?![\d,.])/gu;
const LABEL_WORD_RE = /(?:^|[\s(])(?:\p{Lu}\p{L}*|killed|dead|deaths|wounded|injured|captured|prisoners|missing|total|strength|casualties)$/u;

function pageCite(m: string, before: string, notes: string, at: number, whole: string): string {
  if (before === "]" || before === ")") return notes;
  // The word before the footnote: a capitalised label or a category is a label for the figure.
  const head = whole.slice(Math.max(0, at - 30), at).trimEnd();
  // ("1,200 POWs[3]: 554": a word right after a figure says what it counts; it labels nothing.)
  if (/\d\s+\S+$/u.test(head)) return notes;
  return LABEL_WORD_RE.test(head) ? m : notes;
}

const WS_RE = /\s+/g;
const ODD_WS_RE = /\s\s|[\t\n\r\f\v\u00a0]/;

/**
 * An HTML line break left in a cell by a markdown conversion ("Ivan Petrov<br>Hans Meier", "<br / >"):
 * interpreters split cells at it as at a line end.
 */
export const BR_RE = /<br\s*\/?\s*>/gi;

/** `s` cut at its line breaks and HTML line breaks. */
export function splitLineBreaks(s: string): string[] {
  // "Total: 3,000–5,000|2,000 wounded", "Archduke Eugen| Otto von Below": a list template rendered
  // into a '- Key: Value' line keeps a pipe between its items. An image's size and options
  // ("23px|border|link") are no items.
  // ("[[France|French]]" is a link, and a pipe inside brackets is none of these.)
  if (s.includes("|")) s = pipesAsBreaks(s.replace(WIKI_LINK_RE, "$1").replace(IMAGE_OPTIONS_RE, "$1"));
  return s.includes("<") ? s.split(/\n|<br\s*\/?\s*>|<hr\s*\/?\s*>/i) : s.split("\n");
}
/**
 * "23px|border|link=Ottoman Empire", "border|22px Ahom Kingdom": the options go; the size stays
 * for the flag readers to drop. "22px|PLA Tan Xilin": a short capitalised link label after the
 * size ("PLA" for the flag of the army) goes with the options.
 */
const IMAGE_OPTIONS_RE =
  /(?<![\p{L}\d])(?:(?:border|left|right|center|thumb|frameless|upright)\|)*(\d{1,3}px)(?:\|(?:(?:link|alt)=(?:[^|]*(?=\|)|[^|\s]*)|border|link|left|right|center|thumb|frameless|upright|\p{Lu}{2,6}(?=\s+\p{Lu}))\b)*/gu;
const WIKI_LINK_RE = /\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]/g;

/** Pipes outside brackets, with the spaces around them, as line breaks. */
function pipesAsBreaks(s: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    if (c === "|" && depth === 0) {
      out = out.trimEnd() + "\n";
      while (s[i + 1] === " ") i++;
    } else out += c;
  }
  return out;
}

/** Footnotes removed, HTML line breaks and whitespace collapsed, trimmed. */
export function clean(s: string): string {
  let t = stripFootnotes(s.includes("<") ? s.replace(BR_RE, " ") : s);
  if (t.includes("#")) t = t.replace(LINK_TARGET_RE, "");
  return (ODD_WS_RE.test(t) ? t.replace(WS_RE, " ") : t).trim();
}

/**
 * "12 Archipelago fleet#Vessels, archipelago frigates": a piped link flattened into its target
 * (with its section) and then its text; the target goes, the text stays.
 */
const LINK_TARGET_RE = /(?<![\p{L}\d])\p{Lu}[\p{L}'\u2019-]*(?:\s[\p{L}'\u2019-]+){0,4}#\p{Lu}[\p{L}\d'\u2019() -]{0,40},\s*/gu;

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
