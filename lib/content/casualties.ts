/**
 * Casualty cells: "181 dead and 3,270 prisoners", "Minimal", "Unknown Red Army casualties
 * Pacific Fleet: 89 killed", "Northern Army: 700-2,000 killed, 18,302 PoW 3,500-3,700 Japanese
 * civilian casualties".
 *
 * A cell is cut into segments: its lines, then "Group: …" sub-group notes, then a figure that
 * directly follows a word ("… PoW 3,500 …" lost its line break in scraping). Segments without a
 * group label are the side's own figures; labelled ones become CasualtyNotes.
 *
 * Side totals vs notes (the rule): a side figure comes from the unlabelled part of the cell.
 * When that part has no figure for a category, the notes' figures for it are promoted (summed
 * over the distinct sub-groups) only if the unlabelled part does not call the side's losses
 * qualitatively ("Unknown", "Heavy"…): then the listed sub-groups are all the cell knows, so they
 * are the side's figure. With a qualifier the notes are partial (e.g. "Unknown Red Army
 * casualties" + "Pacific Fleet: 89 killed") and the side figure stays null; the note keeps it.
 * Labels naming an account ("Soviet claim:", "Japanese estimate:") are alternatives, not parts:
 * the side takes the first account's figures whole instead of summing or mixing accounts.
 *
 * Categories: killed (dead, killed, KIA, fatalities), wounded, captured (prisoners, PoW, taken
 * prisoner), missing, civilian (any figure about civilians), total ("casualties", "losses", or
 * killed and wounded counted together). Other mixes ("killed and missing") fit no category and
 * stay in the text. Figures of ships, tanks or guns are never casualties.
 */
import type { CasualtyNote, Casualties, NumberRange } from "../facts/types";
import { matchNumbers, type NumberMatch } from "./numbers";
import { maskDates, monthNumber } from "./dates";
import { isStateName, unglueFigures } from "./sides";
import { clean, normKey, splitLineBreaks } from "./text";

export type CasualtyCategory = "killed" | "wounded" | "captured" | "missing" | "civilian" | "total";
export const CASUALTY_CATEGORIES: readonly CasualtyCategory[] = ["killed", "wounded", "captured", "missing", "civilian", "total"];

/**
 * A sub-group label: capitalised words or ordinals ("Pacific Fleet", "1st Army"), optionally
 * ending in a word that marks one account among several ("Soviet claim", "Japanese estimate"),
 * or one capitalised word and up to two lowercase ones before such a word ("Japanese medical records").
 */
const LABEL =
  "(?:[Aa]ccording to|[Aa]s per|[Pp]er)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'.-]*){0,3}(?:\\s+(?:claims?|figures?|estimates?|sources|accounts?|reports?|records?|data|archives))?|(?:(?:\\p{Lu}[\\p{L}'.-]*|\\d+(?:st|nd|rd|th))(?:\\s+(?:of\\s+|the\\s+|and\\s+)?(?:\\p{Lu}[\\p{L}'.-]*|\\d+(?:st|nd|rd|th))){0,4}(?:\\s+(?:claims?|claimed|figures?|estimates?|estimated|estimations?|sources|accounts?|reports?|reported|records?))?)|\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Ll}[\\p{L}-]*){1,2}\\s+(?:claims?|claimed|figures?|estimates?|estimated|estimations?|sources|accounts?|reports?|reported|records?)";
// "United Kingdom:, 5,363 killed, Spain:, 1,200 killed": a scraped list may put a comma after the colon.
const GROUP_RE = new RegExp(`(?<![\\p{L}\\d,.])(${LABEL}):(?=[\\s,]|$)`, "gu");
const GROUP_LABEL_RE = new RegExp(`^(?:${LABEL})$`, "u");
/** Labels naming one account among competing ones: their figures are alternatives, not parts. */
const CLAIM_LABEL_RE = /\b(?:claims?|claimed|figures?|estimates?|estimated|estimations?|sources|accounts?|reports?|reported|records?)$|^(?:according to|as per|per)\s/i;
const TOTAL_LABEL_RE = /^(?:total|overall|in total|combined|all)$/i;
/**
 * "Total: …", "Total casualties: …", "Total UN casualties:" (its figures on the lines below),
 * "Total – 11,700 killed": a line the side's total heads gives the side's figures, over any figure
 * of its sub-groups' lines.
 */
const TOTAL_HEAD_RE = /^(?:total|overall|combined)\b([^:\d\u2013\u2014]{0,40}?)\s*(?::|\s[\u2013\u2014-](?=\s))[\s,]*(.*)$/is;
/** "Egypt – 10,000 killed": a group named at the line's start, a dash, then its figures. */
const DASH_LABEL_RE = new RegExp(`^(${LABEL})\\s+[\u2013\u2014-]\\s+(?=(?:between\\s+|c\\.\\s*|~|about\\s+|over\\s+)?\\d)`, "u");
/** "9 May: 11,161": a date before the colon says when, and names no group. */
const DATE_HEAD_RE = /^([^:]{1,40}):\s*(.*)$/s;
const QUALITATIVE_RE =
  /\b(unknown|minimal|minor|heavy|light|moderate|negligible|low|high|few|several|many|unclear|disputed|significant|considerable|severe|none|nil|insignificant|small|large|unspecified)\b/i;
const CONNECTOR_WORDS = new Set([
  "and", "or", "plus", "of", "to", "including", "incl", "with", "by", "from", "between", "than", "least", "some", "about",
  "over", "nearly", "around", "approximately", "circa", "c", "ca", "estimated", "up", "total", "totalling", "totaling",
  "additional", "another", "further", "almost", "roughly", "an", "est", "under", "upwards",
]);

const MATERIEL_RE =
  /\b(?:ships?|warships?|men-of-war|battleships?|cruisers?|destroyers?|vessels?|boats?|submarines?|galleys|galliots|galleons|junks|frigates|corvettes|sloops|brigs|schooners|banners|standards|colou?rs|tanks?|aircraft|planes?|aeroplanes|airplanes|guns?|artillery pieces|cannons?|vehicles?|trucks?|horses?|camels|sunk|destroyed|damaged|shot down)\b/;
const CIVILIAN_RE = /\bcivilians?\b/;
const CATEGORY_RES: [Exclude<CasualtyCategory, "civilian" | "total">, RegExp][] = [
  // "103 K.I.A. 407 P.O.W.": the markers are also written with dots.
  ["killed", /\b(?:killed|dead|deaths?|fatalities|kia|k\.i\.a|died|slain|drowned)\b/],
  ["wounded", /\b(?:wounded|injured|wia|w\.i\.a)\b/],
  ["captured", /\b(?:captured|captives?|prisoners?|pows?|p\.o\.w|taken prisoner|surrendered|interned)\b/],
  ["missing", /\b(?:missing|mia|m\.i\.a)\b/],
];
const TOTAL_RE = /\b(?:casualties|losses|total)\b/;

export interface Segment<R> {
  text: string;
  ref: R;
}

export interface CasualtyFigure<R> {
  range: NumberRange;
  ref: R;
}

export interface ParsedCasualties<R> {
  casualties: Casualties;
  /** Where each side-level figure was read. */
  refs: Partial<Record<CasualtyCategory, R>>;
  /** Categories the sub-groups give only in part (one hides its share), so the side has none. */
  partial: CasualtyCategory[];
}

/** Splits a cell line where a "Group:" label begins. */
function splitAtGroups(s: string): string[] {
  const cuts: number[] = [];
  GROUP_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GROUP_RE.exec(s)) !== null) {
    let at = m.index;
    // A qualifier in front of a label belongs to the previous segment ("Unknown Pacific Fleet:").
    const firstWord = m[1]!.split(/\s+/)[0]!;
    if (monthNumber(firstWord) !== undefined) continue; // "9 May: 11,161" is dated, not a group
    if (QUALITATIVE_RE.test(firstWord) && m[1]!.includes(" ")) at += firstWord.length + 1;
    if (at > 0) cuts.push(at);
  }
  return cutAt(s, cuts);
}

/** Splits where a figure directly follows a word: "18,302 PoW 3,500-3,700 …". */
function splitAtFigures(s: string, figures: (t: string) => NumberMatch[]): string[] {
  const cuts: number[] = [];
  let depth = 0;
  let scanned = 0;
  for (const n of figures(s)) {
    for (; scanned < n.start; scanned++) {
      const c = s[scanned];
      if (c === "(") depth++;
      else if (c === ")") depth = Math.max(0, depth - 1);
    }
    if (n.start === 0 || depth > 0) continue;
    const before = s.slice(0, n.start).trimEnd();
    if (!/[\p{L})\]]$/u.test(before)) continue;
    const lastWord = before.slice(before.search(/[\p{L}]+[)\]]?$/u)).replace(/[)\]]$/, "").toLowerCase();
    if (CONNECTOR_WORDS.has(lastWord)) continue;
    cuts.push(n.start);
  }
  return cutAt(s, cuts);
}

function cutAt(s: string, cuts: number[]): string[] {
  if (cuts.length === 0) return [s];
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    if (c > from) out.push(s.slice(from, c));
    from = c;
  }
  out.push(s.slice(from));
  return out.map((x) => x.trim()).filter(Boolean);
}

/**
 * "up to 8,000; 1,398 killed, 10,059 wounded, 864 captured; up to 13,000 killed or wounded":
 * unlabelled accounts of the same losses, one after another. When two of them count the same
 * thing, the cell's figures are the first account's (the rest stay in the cell's text); they
 * are never mixed. Parts with labels ("Army: …; Navy: …") are groups or named accounts, read
 * as such elsewhere.
 */
const ACCOUNT_WORD_RE = /\b(?:claims?|claimed|estimates?|estimated|figures?|records?|sources?|according|reports?|reported|per|sic)\b|\(/i;

function firstAccount(text: string, figures: (t: string) => NumberMatch[]): string {
  const parts = text.split(";").map((p) => p.replace(/^[\s,]+|[\s,.]+$/g, "")).filter(Boolean);
  // (Accounts that say whose they are, "Soviet claim 83,737 killed", "(Japanese records)", are read by their claimants.)
  if (parts.length < 2 || parts.some((p) => /^[^\d:;]{2,40}:/.test(p) || !/\d/.test(p) || ACCOUNT_WORD_RE.test(p))) return text;
  const seen = new Set<string>();
  for (const p of parts) {
    const items = readItems(p, figures);
    // ("22 sailors KIA; 4 officers KIA": parts that name their groups add up.)
    if (items.some((it) => it.group)) return text;
    const cats = new Set(items.map((it) => it.category));
    for (const c of cats) if (seen.has(c)) return parts[0]!;
    for (const c of cats) seen.add(c);
  }
  return text;
}

/** Where `h` stands whole in `p`: not inside a word or a figure ("1" of "1,200"); -1 if nowhere. */
function wholeAt(p: string, h: string): number {
  for (let at = p.indexOf(h); at >= 0; at = p.indexOf(h, at + 1)) {
    const before = p[at - 1] ?? " ";
    const after = p.slice(at + h.length, at + h.length + 2);
    if (!/[\p{L}\d]/u.test(before) && !/^(?:[\p{L}\d]|[,.]\d)/u.test(after)) return at;
  }
  return -1;
}

/** Splits `line` around any footnote line that repeats part of it (the cell's lost line breaks). */
function splitAtHints(line: string, hints: readonly string[]): string[] {
  let parts = [line];
  for (const h of hints) {
    const next: string[] = [];
    for (const p of parts) {
      const at = wholeAt(p, h);
      if (at < 0 || (at === 0 && h.length === p.length)) {
        next.push(p);
        continue;
      }
      next.push(p.slice(0, at), h, p.slice(at + h.length));
    }
    parts = next.map((x) => x.trim()).filter(Boolean);
  }
  return parts;
}

interface Item {
  category: CasualtyCategory;
  range: NumberRange;
  /** Who the figure counts, named between it and its category word ("648 partisans killed"). */
  group?: string;
  /** A ';' separates it from the figure before it ("15 men KIA; 2 officers KIA"). */
  semi?: boolean;
  /** Several categories counted together ("4,000 killed or captured"): the total only when the cell counts nothing else. */
  combined?: boolean;
}

/** Words between a figure and its category word that name who is counted: "soldiers", "French sailors". */
const GROUP_WORDS_RE = /^\s*((?:\p{L}[\p{L}'-]*\s+){0,2}\p{L}[\p{L}'-]*)\s*$/u;
const NOT_GROUP_WORD_RE =
  /^(?:more|other|others|additional|further|were|was|had|have|been|being|reportedly|confirmed|estimated|possibly|probably|total|all|later|also|including|of|whom|them|in|on|at|and|or|plus|with|by|as|either|both|some|many|few|several|who|which|that|the|a|an)$/i;
/** Words that make a figure one count among competing ones, or a total: such figures are never summed. */
const NOT_A_PART_RE = /\b(?:claims?|claimed|estimates?|estimated|estimation|according|reports?|reported|sources?|figures?|records?|total|overall|combined|altogether|in all)\b/i;

/** The group a figure's words name before its category word, if they are only that. */
function groupBefore(words: string): string | undefined {
  const m = GROUP_WORDS_RE.exec(words);
  if (!m) return undefined;
  const toks = m[1]!.split(/\s+/);
  return toks.some((t) => NOT_GROUP_WORD_RE.test(t)) ? undefined : toks.join(" ");
}

/**
 * "1,237 soldiers killed / 648 partisans killed", "15 men KIA; 2 officers KIA": figures of one
 * category, each naming another group of the side, are parts of the side's figure: their sum.
 * Only when every such figure names its group, no two the same, each on a line of its own (or
 * after a ';', or right after the words of the one before: a lost line break) or naming a people
 * (capitalised), and no part of the cell is an account, an estimate or a total (competing counts
 * are never added up).
 */
function sumOfNamedGroups<R>(items: readonly (Item & { line: number; seg: number; ref: R })[], c: CasualtyCategory, texts: readonly string[], lines: readonly Segment<R>[]): NumberRange | null {
  const parts = items.filter((it) => it.category === c);
  if (parts.length < 2 || parts.some((p) => !p.group) || new Set(parts.map((p) => p.group!.toLowerCase())).size !== parts.length) return null;
  // Parts of one segment need a ';' between them: a figure right after a word already started a segment of its own.
  if (parts.some((p, i) => i > 0 && p.seg === parts[i - 1]!.seg && !p.semi && !/^\p{Lu}/u.test(p.group!))) return null;
  if (texts.some((t) => NOT_A_PART_RE.test(t))) return null;
  return {
    min: parts.reduce((s, p) => s + p.range.min, 0),
    max: parts.reduce((s, p) => s + p.range.max, 0),
    approx: parts.some((p) => p.range.approx),
    text: sumQuote(parts.map((p) => ({ r: p.range, ref: p.ref })), lines),
  };
}

// "dead of disease", "died of wounds": a cause after the word keeps it one category word.
const CATEGORY_WORDS = "(?:killed|dead|died|drowned|wounded|injured|captured|missing|prisoners?|sick|taken prisoner)(?:\\s+(?:of|from)\\s+(?:disease|wounds|illness|sickness))?";
/** ", wounded or captured" continues the category words of "6,198 killed, wounded or captured". */
// ("wounded or missing/prisoners": a slash joins two words for one category.)
const CATEGORY_TAIL_RE = new RegExp(`^\\s*(?:and\\s+|or\\s+|&\\s*)?(?:${CATEGORY_WORDS})(?:(?:\\s+(?:and|or)\\s+|\\s*&\\s*|\\s*\\/\\s*)(?:${CATEGORY_WORDS}))*[\\s.]*$`, "i");

const OFFICERS_AND_RE = /^\s*officers\s+(?:and|&)\s*$/i;
const MEN_AFTER_RE = /^\s*(?:men|other ranks|enlisted men|soldiers|ratings)\b/i;

/** A figure followed only by an opening bracket (and "including"): its breakdown follows inside. */
const BREAKDOWN_OPEN_RE = /^\s*\(\s*(?:including|incl\.?|of whom|of them)?\s*$/i;

const REMARK_RE = /\s*\((?:est\.?|estimated|approx\.?|approximately|official|claimed|disputed|reported|estimate|partial|incomplete)\)/gi;
/** A bracket in a figure's words ("3,000 wounded (including civilians)"): a remark on what precedes it. */
const INCLUDING_BRACKET_RE = /\((?:including|incl\.?|inc\.|among them|of whom|mostly|mainly)\s[^()]*(?:\)|$)/g;
/** A figure written as a year ("1938 : 2,369 killed" after "compiled in mid-May"). */
const YEAR_FIGURE_RE = /^(?:1\d{3}|20\d{2})$/;
const NOT_BATTLE_RE = /\bnon-?(?:combat|battle)\b/;

/** What may follow "or" and keep a category: "wounded or sick", "killed or died of wounds". */
const OR_SAME_RE = /^(?:sick|ill|injured|frostbitten|invalided|disabled|died|dead|killed|drowned|executed|murdered|massacred|slain|perished|wounded|captured|missing|prisoners?|taken|kia|wia|mia|pows?)$/i;
/** A qualifier after the first category word starts another item: "~1,000 killed unknown wounded". */
const NEXT_ITEM_QUALIFIER_RE = /\b(?:unknown|several|many|numerous|hundreds|thousands|dozens|few|heavy|light|unspecified|others)\b/;

/** The words after a figure that say what it counts: up to the next figure or list comma. */
function windowAfter(text: string, from: number, to: number): string {
  const all = text.slice(from, to);
  const parts = all.split(/([,;])/);
  let w = parts[0] ?? "";
  for (let i = 1; i + 1 < parts.length; i += 2) {
    if (!CATEGORY_TAIL_RE.test(parts[i + 1]!)) break;
    w += parts[i]! + parts[i + 1]!;
  }
  return w;
}

/**
 * Figures of one segment by category; the first figure of a category wins.
 * A figure counting killed and wounded together is the total; other mixes ("killed and
 * missing", "wounded or missing") fit no single category and stay in the text only.
 */
function readItems(text: string, figures: (t: string) => NumberMatch[], totalLabel = false): Item[] {
  const items: Item[] = [];
  const nums = figures(text);
  // A bare first figure followed by figures that say what they count: "305,000 10,000 dead, …".
  let bareLead: NumberMatch | null = null;
  // "878 officers and 23,491 men captured": officers counted apart from the men they belong with.
  let officers: NumberMatch | null = null;
  // "1,800 6 guns": figures of guns or ships beside a bare figure leave it the only count of people
  // (counted only when a bare figure asks: most segments have none).
  let people: number | undefined;
  const peopleCount = () => (people ??= nums.filter((n, i) => !MATERIEL_RE.test(windowAfter(text, n.end, nums[i + 1]?.start ?? text.length).toLowerCase())).length);
  // "4,700, 4,804, 5,000": bare figures in a list are the sources' estimates of one count; the
  // first is the side's total, as with a strength.
  if (nums.length > 1 && nums.every((n, i) => BARE_LIST_GAP_RE.test(text.slice(n.end, nums[i + 1]?.start ?? text.length))) && !nums.every((n) => YEAR_FIGURE_RE.test(n.raw))) {
    const n = nums[0]!;
    return [{ category: "total", range: { min: n.min, max: n.max, approx: n.approx, text: clean(text.slice(n.start, n.end)) } }];
  }
  nums.forEach((n: NumberMatch, i) => {
    const next = nums[i + 1];
    const lead = officers;
    officers = null;
    if (next && OFFICERS_AND_RE.test(text.slice(n.end, next.start)) && MEN_AFTER_RE.test(text.slice(next.end))) {
      officers = n;
      return;
    }
    // "45,000 (est.)": a remark in brackets says how the figure is known, not what it counts
    // (blanked, so offsets into the window stay those of the text).
    const window = cutAtNextQualifier(windowAfter(text, n.end, next ? next.start : text.length)).replace(REMARK_RE, (m) => " ".repeat(m.length));
    const w = window.toLowerCase();
    // "95 wounded Multiple warships damaged", "4,573 captured & all artillery pieces captured": a
    // category before the materiel is what the figure counts.
    // (Only across a break: in "20 captured guns" the category is the guns'.)
    const mat = MATERIEL_RE.exec(w);
    if (mat) {
      const cat = FIRST_CATEGORY_RE.exec(w);
      const gap = cat ? window.slice(cat.index + cat[0].length, mat.index) : "";
      if (!cat || cat.index > mat.index || !(/[&,;.]|\b(?:and|but|with)\b/i.test(gap) || /\s\p{Lu}/u.test(gap))) return;
    }
    if (YEAR_FIGURE_RE.test(n.raw) && /^\s*:/.test(w)) return; // "1938 : 2,369 killed": the year of a dated account
    // "3,000 wounded (including civilians)": the bracket remarks on what is counted; the words before it say what.
    const outer = w.includes("(") ? w.replace(INCLUDING_BRACKET_RE, (m) => " ".repeat(m.length)) : w;
    const cw = outer !== w && /\p{L}/u.test(outer) ? outer : w;
    if (NOT_BATTLE_RE.test(w)) return; // "7,338 non-combat casualties": sickness and frostbite are not the battle's
    let category: CasualtyCategory | null = null;
    let combined = false;
    let kwEnd = window.trimEnd().length;
    let group: string | undefined;
    if (i === 0 && (totalLabel || nums.length > 1) && BREAKDOWN_OPEN_RE.test(w)) {
      category = "total"; // "16,845 (1,575 killed 9,612 wounded …)": the figure, then its breakdown in brackets
      kwEnd = 0;
    } else if (i === 0 && totalLabel && (w.trim() === "" || /^\s*(?:,\s*)?(?:of which|of whom|including)\b/.test(w) || /^\s*\(/.test(w))) {
      // "Total: 9,541 1,645 killed …": the labelled figure, then its breakdown; "Total: 4,527 (Some
      // sources give figures of 7,000 casualties)": then an aside in brackets, which is no breakdown.
      category = "total";
      kwEnd = 0;
    } else if (/^\s*:/.test(window)) {
      category = "total"; // "9,511: 1,848 killed, …" — the total, then its breakdown
      kwEnd = 0;
    } else if (CIVILIAN_RE.test(cw)) category = "civilian";
    else {
      const found: { c: CasualtyCategory; at: number; end: number }[] = [];
      for (const [c, re] of CATEGORY_RES) {
        const m = re.exec(cw);
        if (m) found.push({ c, at: m.index, end: m.index + m[0].length });
      }
      const cats = new Set(found.map((f) => f.c));
      if (found.length === 1) {
        category = found[0]!.c;
        kwEnd = found[0]!.end;
        group = groupBefore(window.slice(0, found[0]!.at));
        // "96,000 were either captured or went over": one category or something else is neither.
        const orElse = /^\s+or\s+(\p{L}+)/u.exec(w.slice(kwEnd));
        if (orElse && !OR_SAME_RE.test(orElse[1]!)) return;
        // "3,279 wounded or sick": the qualifier is part of what is counted, and stays with the figure.
        const more = /^\s+(?:or|and|and\/or)\s+(?:sick|ill|injured|frostbitten|invalided|disabled)\b/i.exec(w.slice(kwEnd));
        if (more) kwEnd += more[0].length;
      } else if (cats.has("killed") && cats.has("wounded")) category = "total";
      // "220 captured or missing", "506 captured/missing": the infobox's own name for the captured.
      else if (cats.size === 2 && cats.has("captured") && cats.has("missing")) {
        category = "captured";
        kwEnd = Math.max(...found.map((f) => f.end));
      }
      // "4,000 killed or captured": other categories counted together are the side's total when
      // nothing else in the cell counts people; beside other figures they are a part whose
      // category is not known, and are not read.
      else if (cats.size > 1 && peopleCount() === 1) {
        category = "total";
        combined = true;
      } else if (found.length > 1) return;
      else if (TOTAL_RE.test(cw)) category = "total";
      else if ((BARE_RE.test(w) || PEOPLE_ONLY_RE.test(w) || DEMONYM_ONLY_RE.test(window)) && peopleCount() === 1) category = "total"; // a bare figure ("… men", "… Portuguese") is the side's total
    }
    if (!category) {
      if (i === 0 && BARE_RE.test(w) && nums.length > 1) bareLead = n;
      return;
    }
    // "20,000–25,000 total casualties including …": the phrase ends before the breakdown it announces.
    const from = lead ? lead.start : n.start;
    const phrase = clean(text.slice(from, n.end + kwEnd)).replace(/(?:[\s,;:(]+(?:including|incl\.?|of whom|of them|among them|with|and|or|plus))+[\s,;:(]*$/i, "").replace(/(?<=\d)["'\u201d\u2019]+$/, "");
    const min = n.min + (lead?.min ?? 0);
    const max = n.max + (lead?.max ?? 0);
    const semi = i > 0 && text.slice(nums[i - 1]!.end, n.start).includes(";");
    items.push({ category, range: { min, max, approx: n.approx || !!lead?.approx, text: phrase }, ...(group && !lead ? { group, semi } : {}), ...(combined ? { combined } : {}) });
  });
  const lead = bareLead as NumberMatch | null;
  if (lead && !items.some((it) => it.category === "total") && isSumOfParts(lead, items)) {
    items.unshift({ category: "total", range: { min: lead.min, max: lead.max, approx: lead.approx, text: clean(text.slice(lead.start, lead.end)) } });
  }
  return items;
}

/** "John Gill (2016) gives …": a year in brackets after a name dates a source; it counts nobody. */
const CITATION_YEAR_RE = /(?<=\p{L}\.?\s*)\((?:1[5-9]|20)\d{2}\)/gu;

function withoutCitationYears(s: string): string {
  return s.includes("(") ? s.replace(CITATION_YEAR_RE, "") : s;
}

/** Nothing after a figure but an approximation mark or a closing quote: "20,000~", '"slightly over 800"'. */
const BARE_RE = /^[\s~"'\u201d\u2019]*$/;
/** Between bare figures of a list: a comma or semicolon and nothing else. */
const BARE_LIST_GAP_RE = /^\s*[,;]?\s*$/;
/** "between 700 and 1,300 men": a word for people says no more than a bare figure. */
const PEOPLE_ONLY_RE = /^\s*(?:men|troops|soldiers|personnel|people)[\s.,;/]*$/;
/** "around 500 Sitawakans", "1,600 Portuguese and Lascarins": a people named by its plural. */
const DEMONYM_ONLY_RE = /^\s*(?!(?:Tigers|Shermans|Panthers|Valentines|Matildas|Stuarts|Grants|Crusaders|Hurricanes|Spitfires|Mustangs|Zeros|Stukas|Lancasters|Wellingtons|Sabres|Phantoms|Messerschmitts)\b)\p{Lu}\p{Ll}+(?:ans|ians|ese|ards|ites|men|ins|ers|ots|ks)(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}+s)?[\s.,;/]*$/u;
const FIRST_CATEGORY_RE = /\b(?:killed|dead|deaths?|fatalities|kia|died|slain|drowned|wounded|injured|wia|captured|captives?|prisoners?|pows?|missing|mia|casualties|losses)\b/;

/**
 * "305,000 10,000 dead, 30,000 wounded, 265,000 captured": a bare first figure is the side's
 * total when the text shows it, its parts (the first of each kind) adding up to it exactly.
 */
function isSumOfParts(lead: NumberMatch, items: readonly Item[]): boolean {
  const seen = new Set<CasualtyCategory>();
  let min = 0;
  let max = 0;
  for (const it of items) {
    if (it.category === "civilian" || it.category === "total" || seen.has(it.category)) continue;
    seen.add(it.category);
    min += it.range.min;
    max += it.range.max;
  }
  // "3,200–5,000 1,200–3,000 killed, 2,000 captured": a range adds up end by end.
  return seen.size >= 2 && min === lead.min && max === lead.max;
}

/** A figure (and what it counts) followed by a capitalised name in brackets: "5,700 killed (Polybius)". */
const SOURCE_AFTER_RE = /(\d[\d,.]*(?:\s*[\u2013-]\s*\d[\d,.]*)?(?:\s+\p{Ll}+(?:\s+(?:and|or)\s+\p{Ll}+)?)?)\s*\((\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:\s+(?:claims?|estimates?|figures?|sources))?)\)/gu;
/** Plural or adjectival peoples in brackets ("(Romans)", "(Japanese)") are parts of a side, not sources. */
const PEOPLE_END_RE = /(?:ans|ens|ese|ish|ch|i|ic|ks|ts|ites|ers)$/;

/** Names of two or more sources given in brackets after the cell's figures; empty otherwise. */
function bracketedSources(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const t of texts) {
    if (!t.includes("(")) continue;
    for (const m of t.matchAll(SOURCE_AFTER_RE)) {
      const src = m[2]!;
      const last = src.split(" ").pop()!;
      // "(Egyptian claim)": a people's account is a source; "(Romans)" alone is a part of the side.
      const account = CLAIM_LABEL_RE.test(src);
      if (!account && (PEOPLE_END_RE.test(last) || AN_DEMONYM_RE.test(last) || SERVICE_RE.test(src) || isStateName(src))) return new Set();
      found.add(src);
    }
  }
  return found.size >= 2 ? found : new Set();
}

/**
 * Labels naming an author rather than a part of the side: "Harlow: 28,000 dead Thomason:
 * 10,000–15,000 dead". A single surname-shaped word, not a state, a demonym ("Germans",
 * "Italian", "Iraqi") or a service ("Navy"); only when at least two such labels compete in one cell.
 */
function accountLabels(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const t of texts) {
    const m = /^(\p{Lu}\p{Ll}+):/u.exec(t);
    if (m && isAuthorShaped(m[1]!)) found.add(m[1]!);
  }
  return found.size >= 2 ? found : new Set();
}

const DEMONYM_END_RE = /(?:s|ese|ish|ian|ch|i|ic)$/;
/** Demonyms in -an that are not -ian: surnames end so too (Morgan, Halloran), so they are listed. */
const AN_DEMONYM_RE = /^(?:German|American|Mexican|Korean|Moroccan|Cuban|Chilean|Venezuelan|Afghan|Tibetan|Dominican|Kenyan|Ugandan|Angolan|Nicaraguan|Guatemalan|Sudan|Japan|Iran|Oman|Pakistan|Afghanistan|Taiwan|Bhutan)$/;
const SERVICE_RE = /^(?:army|navy|marines|militia|police|civilians?|total|overall|combined|allies|allied|axis|union|confederate|confederates|garrison|infantry|cavalry|artillery|air|estimated|est|official)$/i;

function isAuthorShaped(word: string): boolean {
  return !DEMONYM_END_RE.test(word) && !AN_DEMONYM_RE.test(word) && !SERVICE_RE.test(word) && !isStateName(word);
}

/** The window up to a qualifier that follows its first category word. */
function cutAtNextQualifier(window: string): string {
  const w = window.toLowerCase();
  const first = /\b(?:killed|dead|deaths?|fatalities|kia|died|slain|wounded|injured|wia|captured|prisoners?|pows?|missing|mia)\b/.exec(w);
  if (!first) return window;
  const q = NEXT_ITEM_QUALIFIER_RE.exec(w.slice(first.index + first[0].length));
  return q ? window.slice(0, first.index + first[0].length + q.index) : window;
}

function emptyNote(group: string, text: string): CasualtyNote {
  return { group, text, killed: null, wounded: null, captured: null, missing: null, civilian: null, total: null };
}

/** "Killed: 2,000 to 8,000": a category named before its figures, as a label. */
const CATEGORY_LABEL_RE = /^(killed|dead|deaths|fatalities|wounded|injured|captured|prisoners(?: of war)?|pows?|missing|kia|wia|mia|deserted|deserters)\s*:\s*(?=\S*\d)(.+)$/i;
/** "Captured: 4,000Deserted: 20,000": a label glued to the figure before it when the line breaks were lost. */
const GLUED_LABEL_RE = /(?<=\d)(?=\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s*:)/u;

function splitGluedLabels(t: string): string[] {
  return GLUED_LABEL_RE.test(t) ? t.split(GLUED_LABEL_RE).map((x) => x.trim()) : [t];
}

/**
 * "Killed: 2,000 to 8,000" → "2,000 to 8,000 killed": the label is what the figures count, not a
 * group of the side; "killed or fatally wounded" is killed.
 */
function categoryAfterFigures(t: string): string {
  const m = CATEGORY_LABEL_RE.exec(t);
  let s = m && !/[:;]/.test(m[2]!) ? `${m[2]!.trim()} ${m[1]!.toLowerCase()}` : t;
  // "Total: 20,853, Killed: 4,610, Wounded: 15,458", "2,747 (Killed 140 Wounded 529 Captured 2073)":
  // a list of labels each before its figure says what each figure counts.
  // (Only a whole run of them, not after a figure, ending the cell or its bracket: in "3,000 Killed
  // 1,000 Wounded" each label follows its figure.)
  if (LABEL_BEFORE_FIGURE_TEST_RE.test(s)) {
    s = s.replace(LABEL_RUN_RE, (run: string, at: number, all: string) =>
      /\d[\s]*$/.test(all.slice(0, at)) ? run : run.replace(LABEL_BEFORE_FIGURE_RE, (_m, label: string, fig: string) => `${fig} ${label.toLowerCase()}`),
    );
  }
  return s.replace(/\bor\s+(?:fatally|mortally)\s+wounded\b/gi, "or died of wounds").replace(ALTERNATIVE_FIGURES_RE, alternativesAsRange);
}

const CATEGORY_LABELS = "Killed or wounded|Killed|Dead|Wounded|Injured|Captured or missing|Captured|Missing|Prisoners";
const LABEL_FIGURE = `(?:${CATEGORY_LABELS})\\s*:?\\s+(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?![\\d,]))`;
/** Two or more labels each before its figure, the last figure ending the text or its bracket. */
const LABEL_RUN_RE = new RegExp(`${LABEL_FIGURE}(?:\\s*[,;]?\\s*${LABEL_FIGURE})+(?=\\s*(?:[;)]|$|,\\s*\\p{L}))`, "gu");
const LABEL_BEFORE_FIGURE_RE = new RegExp(`(${CATEGORY_LABELS})\\s*:?\\s+(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?![\\d,]))`, "gu");
const LABEL_BEFORE_FIGURE_TEST_RE = /(?:Killed|Dead|Wounded|Injured|Captured|Missing|Prisoners)\s*:?\s+\d/u;

/** "14,000, 20,000 or 24,000 killed": figures given as alternatives, one category after them. */
const ALTERNATIVE_FIGURES_RE = /(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:,\s+(?:\d{1,3}(?:,\d{3})+|\d+))*,?\s+or,?\s+(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]|\s*[\u2013-]\s*\d)(?=\s+\p{L}|\s*$)/gu;

/** The alternatives as the range they span: "14,000–24,000". */
function alternativesAsRange(m: string): string {
  const values = Array.from(m.matchAll(FIGURE_RE), (f) => Number(f[0].replace(/,/g, "")));
  // "1914 or 1915" with nothing after it: years, not figures.
  if (!m.includes(",") && values.every((v) => v >= 1000 && v <= 2100)) return m;
  return `${Math.min(...values).toLocaleString("en-US")}\u2013${Math.max(...values).toLocaleString("en-US")}`;
}
const FIGURE_RE = /\d{1,3}(?:,\d{3})+|\d+/g;

/** A rule (<hr>) between parts of a cell breaks its line. */
const HR_RE = /<hr\s*\/?>/gi;
/** "400–500[1] 165 killed, 75 wounded[2]": a footnote mark between two figures ends the first one's statement. */
const NOTE_BETWEEN_FIGURES_RE = /(\d\+?)\s*\[(?:\d{1,3}|[a-z]{1,2}|[a-z][a-z -]{0,20}\d{1,3})\]\s*(?=(?:c\.\s*|~)?\d)/gi;

function cellBreaks(text: string): string {
  let t = text.includes("<") ? text.replace(HR_RE, "\n") : text;
  if (t.includes("[")) t = t.replace(NOTE_BETWEEN_FIGURES_RE, "$1\n");
  return t;
}

/**
 * "33 dead[10]69[9]–161 wounded": a footnote between a word and the next figure was all that
 * parted them; without it "dead69" would glue the two items, so it leaves a space.
 */
const GLUED_FOOTNOTE_RE = /(?<=\p{L})\[[^\]\n]{1,30}\](?=\d)/gu;
function unglueFootnotes(t: string): string {
  return t.includes("]") ? t.replace(GLUED_FOOTNOTE_RE, " ") : t;
}

/**
 * Parses a casualty cell given as lines with a source ref each.
 * `hints` are footnote lines after the table that repeat parts of cells.
 */
export function parseCasualties<R>(lines: Segment<R>[], hints: readonly string[] = []): ParsedCasualties<R> | null {
  const read = lines
    .flatMap((l) => splitLineBreaks(cellBreaks(l.text)).flatMap((t) => splitGluedLabels(unglueFigures(clean(unglueFootnotes(t)))).map((x) => ({ text: categoryAfterFigures(withoutCitationYears(x)), ref: l.ref }))))
    .filter((l) => l.text);
  // "800 (Appius) 1,200 (Diodoros)": sources named in brackets are accounts, read as labels.
  const sources = bracketedSources(read.map((l) => l.text));
  const cleanedLines = sources.size ? read.map((l) => ({ ...l, text: l.text.replace(SOURCE_AFTER_RE, (_m, fig: string, src: string) => `${src}: ${fig.trim()}`) })) : read;
  if (cleanedLines.length === 0) return null;
  // A segment's figures are read up to three times (cutting, reading, checking): once is enough.
  const found = new Map<string, NumberMatch[]>();
  const figures = (t: string): NumberMatch[] => {
    let f = found.get(t);
    if (!f) found.set(t, (f = matchNumbers(t)));
    return f;
  };
  const fullText = cleanedLines.map((l) => l.text).join("\n");
  // Unlabelled alternative accounts: the first one (the cell's text keeps them all).
  const firstAccounts = cleanedLines.map((l) => (l.text.includes(";") ? { ...l, text: firstAccount(l.text, figures) } : l));
  // `cont`: a piece cut off after a figure inside one labelled run ("Western estimate: 25,000
  // killed 20,000 wounded"): the label covers it too.
  // `piece`: which labelled run a segment was cut from.
  const segments: (Segment<R> & { cont: boolean; piece: number; line: number })[] = [];
  let pieces = 0;
  for (const [line, l] of firstAccounts.entries()) {
    for (const h of splitAtHints(l.text, hints)) {
      for (const g of splitAtGroups(h)) {
        const piece = pieces++;
        splitAtFigures(g, figures).forEach((f, k) => segments.push({ text: f, ref: l.ref, cont: k > 0, piece, line }));
      }
    }
  }
  const accounts = new Set([...accountLabels(segments.map((s) => s.text)), ...sources]);
  const cas: Casualties = {
    text: fullText,
    killed: null,
    wounded: null,
    captured: null,
    missing: null,
    civilian: null,
    total: null,
    qualitative: null,
    notes: [],
  };
  const refs: Partial<Record<CasualtyCategory, R>> = {};
  const partial: CasualtyCategory[] = [];
  const noteRefs: R[] = [];
  /** Where a note's figure was read when not on the note's first line. */
  const noteCatRefs: Partial<Record<CasualtyCategory, R>>[] = [];
  const claims: boolean[] = [];
  const mainTexts: string[] = [];
  // A note continues over following unlabelled segments only when they have no figure of their own.
  // A label alone on its line ("Soviet claim:" then the figures on the lines below) heads the
  // segments after it, up to the next label.
  let heading: CasualtyNote | null = null;
  let notePiece = -1;
  let labelledTotal = false;
  // The ranges read as several categories counted together: a total only where nothing else counts.
  const combinedRanges = new Set<NumberRange>();
  const noteItems = (t: string) => {
    const items = readItems(t, figures);
    for (const it of items) if (it.combined) combinedRanges.add(it.range);
    return items;
  };
  // The side's total line ("Total casualties: …"), and whether it heads the lines below it.
  let totalPiece = -1;
  let totalHeading = false;
  let totalBreakdown = false;
  const totals: Partial<Record<CasualtyCategory, CasualtyFigure<R>>> = {};
  const mainItems: (Item & { line: number; seg: number; ref: R })[] = [];
  const addTotals = (text: string, ref: R, labelled: boolean) => {
    mainTexts.push(text);
    for (const it of readItems(text, figures, labelled)) totals[it.category] ??= { range: it.range, ref };
  };
  for (const [segIndex, seg] of segments.entries()) {
    let text = seg.text;
    // "9 May: 11,161": the date says when the figure was counted.
    const dated = text.includes(":") && /\d/.test(text) ? DATE_HEAD_RE.exec(text) : null;
    if (dated && /\d/.test(dated[1]!) && maskDates(dated[1]!).trim() === "") text = dated[2]!;
    const th = /^(?:total|overall|combined)\b/i.test(text) ? TOTAL_HEAD_RE.exec(text) : null;
    if (th) {
      heading = null;
      totalPiece = seg.piece;
      totalHeading = th[2]!.trim() === "";
      // "Total: 1,300+ killed:" then its breakdown below: the lines after the colon are its parts.
      totalBreakdown = th[2]!.trim().endsWith(":");
      addTotals(th[2]!, seg.ref, true);
      continue;
    }
    if (seg.cont && seg.piece === totalPiece) {
      addTotals(text, seg.ref, false);
      continue;
    }
    const dash = DASH_LABEL_RE.exec(text);
    if (dash) text = `${dash[1]!}: ${text.slice(dash[0].length)}`;
    const g = /^([^:]{1,60}):,?\s*(.*)$/s.exec(text);
    const label = g && GROUP_LABEL_RE.test(g[1]!.trim()) ? g[1]!.trim() : null;
    // Under "Total: 1,300+ killed:" the lines are its parts: their categories count, but none of
    // them is another total ("133 colonial troops Material losses:").
    const underBreakdown = totalBreakdown && !label && !seg.cont;
    if (!underBreakdown) totalBreakdown = false;
    if (totalHeading && !label) {
      addTotals(text, seg.ref, true);
      continue;
    }
    totalHeading = false;
    if (label && !TOTAL_LABEL_RE.test(label)) {
      const note = emptyNote(label, text);
      for (const it of noteItems(g![2]!)) if (!note[it.category]) note[it.category] = it.range;
      heading = g![2]!.trim() === "" ? note : null;
      cas.notes.push(note);
      notePiece = seg.piece;
      noteRefs.push(seg.ref);
      claims.push(CLAIM_LABEL_RE.test(label) || accounts.has(label));
      continue;
    }
    if (label) heading = null;
    const account = cas.notes.length - 1;
    // "Soviet Union: 9,703 killed 15,251 wounded": what follows a group's first figure is the group's too.
    if (seg.cont && !label && account >= 0 && seg.piece === notePiece) {
      const note = cas.notes[account]!;
      note.text += ` ${seg.text}`;
      for (const it of noteItems(seg.text)) {
        if (note[it.category]) continue;
        note[it.category] = it.range;
        (noteCatRefs[account] ??= {})[it.category] = seg.ref;
      }
      continue;
    }
    if (heading) {
      heading.text += `\n${seg.text}`;
      for (const it of noteItems(seg.text)) {
        if (heading[it.category]) continue;
        heading[it.category] = it.range;
        (noteCatRefs[cas.notes.length - 1] ??= {})[it.category] = seg.ref;
      }
      continue;
    }
    const body = label ? g![2]! : text;
    mainTexts.push(body);
    for (const it of readItems(body, figures, label !== null)) {
      if (underBreakdown && it.category === "total") continue;
      if (label === null) mainItems.push({ ...it, line: seg.line, seg: segIndex, ref: seg.ref });
      // "6,000 killed or wounded, … Total: >21,000": the figure labelled the total is the total.
      if (!cas[it.category] || (label !== null && it.category === "total" && !labelledTotal)) {
        if (label !== null && it.category === "total") labelledTotal = true;
        cas[it.category] = it.range;
        refs[it.category] = seg.ref;
        if (it.combined) combinedRanges.add(it.range);
      }
    }
  }
  // "3,011 killed 14,214 wounded 5,102 captured or missing": categories counted together beside
  // other figures are a part of the losses, not their total.
  if (cas.total && combinedRanges.has(cas.total) && (cas.killed || cas.wounded || cas.captured || cas.missing)) {
    cas.total = null;
    delete refs.total;
  }
  for (const note of cas.notes) if (note.total && combinedRanges.has(note.total) && (note.killed || note.wounded || note.captured || note.missing)) note.total = null;
  for (const c of CASUALTY_CATEGORIES) {
    const sum = mainItems.length > 1 ? sumOfNamedGroups(mainItems, c, mainTexts, lines) : null;
    if (sum) cas[c] = sum;
  }
  // "Total – 11,700 killed 5,500+ captured": the side's total line gives the side's figures.
  for (const c of CASUALTY_CATEGORIES) {
    const t = totals[c];
    if (!t) continue;
    cas[c] = t.range;
    refs[c] = t.ref;
  }
  const hasMainFigure = CASUALTY_CATEGORIES.some((c) => cas[c] !== null);
  if (!hasMainFigure) {
    for (const t of mainTexts) {
      const q = QUALITATIVE_RE.exec(t);
      if (q) {
        cas.qualitative = q[1]!;
        break;
      }
    }
    const anyFigure = segments.some((s) => figures(s.text).length > 0);
    if (!cas.qualitative && !anyFigure && mainTexts.length > 0) {
      const t = mainTexts.join("; ");
      if (t.length <= 60) cas.qualitative = t;
    }
  }
  if (!cas.qualitative) {
    // Competing accounts ("Soviet claim: …", "Japanese claim: …") are alternatives: the side takes
    // the first account that gives figures, whole, rather than a mix or a sum of accounts.
    const firstClaim = cas.notes.findIndex((n, i) => claims[i] && CASUALTY_CATEGORIES.some((c) => n[c] !== null));
    // "US: 676 killed … Turkey: 218 killed … Chinese estimation: 23,000": the sub-groups give their
    // parts of a category; an account of the whole side counts only where no sub-group gives one.
    const groupsGive = (c: CasualtyCategory) => cas.notes.some((n, i) => !claims[i] && n[c] !== null);
    // A sub-group that gives its losses only as a total, or only in words, hides its share of each
    // category; one that gives figures but no total hides its share of the total.
    const hasFigure = (n: CasualtyNote) => CASUALTY_CATEGORIES.some((c) => n[c] !== null);
    const hides = (c: CasualtyCategory) =>
      cas.notes.some((n, i) => !claims[i] && !n[c] && (c === "total" ? hasFigure(n) : n.total !== null || (!hasFigure(n) && QUALITATIVE_RE.test(n.text))));
    for (const c of CASUALTY_CATEGORIES) {
      if (cas[c]) continue;
      const withIt: { r: NumberRange; ref: R }[] = [];
      const byClaim = firstClaim >= 0 && !groupsGive(c);
      cas.notes.forEach((note, i) => {
        const r = note[c];
        if (!r) return;
        if (byClaim ? i === firstClaim : !claims[i]) withIt.push({ r, ref: noteCatRefs[i]?.[c] ?? noteRefs[i]! });
      });
      if (withIt.length === 0) continue;
      // "British: 801 killed … Spanish: c. 1,200": the Spanish killed are not known, so neither is the side's.
      if (!byClaim && hides(c)) {
        partial.push(c);
        continue;
      }
      const sum: NumberRange =
        withIt.length === 1
          ? { ...withIt[0]!.r }
          : {
              min: withIt.reduce((s, x) => s + x.r.min, 0),
              max: withIt.reduce((s, x) => s + x.r.max, 0),
              approx: withIt.some((x) => x.r.approx),
              text: sumQuote(withIt, lines),
            };
      // The side's figure is one account's: say whose.
      if (byClaim && !sum.claimant) sum.claimant = cas.notes[firstClaim]!.group;
      cas[c] = sum;
      refs[c] = withIt[0]!.ref;
    }
  }
  return { casualties: cas, refs, partial };
}

/**
 * The quote of a figure summed over sub-groups of one line: the line (as cleaned, its <br> breaks
 * spaces) from the first part to the last ("32 killed, 59 wounded; Canada: 10 killed"), so the
 * quote stays on its line. The parts' words joined by '+' when they are on different lines.
 */
function sumQuote<R>(parts: { r: NumberRange; ref: R }[], lines: readonly Segment<R>[]): string {
  return spanQuote(parts, lines) ?? parts.map((p) => p.r.text).join(" + ");
}

function spanQuote<R>(parts: { r: NumberRange; ref: R }[], lines: readonly Segment<R>[]): string | null {
  const ref = parts[0]!.ref;
  if (!parts.every((p) => p.ref === ref)) return null;
  const raw = lines.find((l) => l.ref === ref)?.text;
  if (!raw) return null;
  const line = clean(raw);
  let at = -1;
  let end = 0;
  for (const p of parts) {
    const i = line.indexOf(p.r.text, end);
    if (i < 0) return null;
    if (at < 0) at = i;
    end = i + p.r.text.length;
  }
  return line.slice(at, end);
}

/** Equality after normalisation: "Minimal" = "minimal", same figures per category. */
export function sameCasualties(a: Casualties, b: Casualties): boolean {
  if (normKey(a.qualitative ?? "") !== normKey(b.qualitative ?? "")) return false;
  for (const c of CASUALTY_CATEGORIES) {
    const x = a[c];
    const y = b[c];
    if (!x !== !y) return false;
    if (x && y && (x.min !== y.min || x.max !== y.max)) return false;
  }
  return true;
}
