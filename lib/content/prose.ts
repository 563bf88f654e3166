/**
 * Prose: dated events (timeline), figures with what they count (prose numbers), aliases and
 * an explicit date from the lead, and person mentions (used to confirm commander names).
 */
import type { DateRange, PartialDate, ProseMeasure, ProseNumberValue } from "../facts/types";
import { MONTH_NAMES, YEAR_RE, findProseDates, maskDates, parseDateRange, proseDateString, refines } from "./dates";
import { datesMainClause } from "./clauses";
import { matchNumbers } from "./numbers";
import { KnownNames, findMentions } from "./people";
import { splitSentences } from "./sentences";
import { clean, fold, normKey } from "./text";

export interface ProseSentence {
  /** Raw sentence as in the file. */
  raw: string;
  /** Footnotes removed, whitespace collapsed. */
  text: string;
  /** 1-based line. */
  line: number;
}

export interface TimelineHit {
  date: PartialDate;
  sentence: ProseSentence;
}

export interface ProseNumberHit {
  value: ProseNumberValue;
  sentence: ProseSentence;
  /** Position of this figure among the sentence's figures of the same measure. */
  ordinal: number;
}

export interface AliasHit {
  alias: string;
  line: number;
  text: string;
}

export interface MentionHit {
  name: string;
  rank: string | null;
  line: number;
}

export interface ProseAnalysis {
  timeline: TimelineHit[];
  numbers: ProseNumberHit[];
  aliases: AliasHit[];
  mentions: MentionHit[];
  known: KnownNames;
  /** Every capitalised run in the prose, as written ("Japan", "Soviet Union"). */
  capRuns: string[];
  leadDate: { range: DateRange; line: number } | null;
}

// --- figures -------------------------------------------------------------------------------

const COUNT_AFTER_RE = /^\s+(?:men|troops|soldiers|sailors|killed|dead|wounded|captured|prisoners|casualties|people|inhabitants)\b/i;
const SKIP_UNIT_RE =
  /^(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|nights?|km|kilometres?|kilometers?|miles?|metres?|meters?|m|ft|feet|yards?|parallel|degrees?|tons?|tonnes?|kg|knots?|mph|rounds?|percent|am|pm|o'clock|times|inch|inches|mm|cm|square)$/i;
const CASUALTY_WORDS: [ProseMeasure, RegExp][] = [
  ["killed", /\b(?:killed|dead|deaths?|fatalities|died|slain|kia)\b/],
  ["wounded", /\b(?:wounded|injured)\b/],
  ["captured", /\b(?:captured|prisoners?|pows?|taken prisoner)\b/],
  ["missing", /\b(?:missing)\b/],
];
const STRENGTH_WORD_RE =
  /\b(?:men|troops|soldiers|sailors|personnel|marines|infantry|cavalry|infantrymen|reservists|warriors|fighters|combatants|strong|guardsmen|riflemen|conscripts|volunteers|militiamen|servicemen)\b/;
const POPULATION_WORD_RE = /\b(?:inhabitants|residents|population|natives|citizens|people)\b/;
const STRENGTH_BEFORE_RE = /\b(?:strength|garrison|force|numbering|totalling|totaling|army)\s+(?:of\s+)?$/i;
const INCLUDING_BEFORE_RE = /\bincluding\s*$/i;
const STOP_WORDS = new Set([
  "and", "or", "of", "to", "in", "at", "on", "by", "the", "a", "an", "for", "from", "with", "as", "was", "were", "is", "are",
  "out", "per", "against", "over", "under", "between", "than", "became", "had", "have", "has", "more", "less", "into", "who", "which", "that",
]);
const AFTER_SUBJECT_RE = /^\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2})/u;
const CLAUSE_BREAK_RE = /[,;:(]|\b(?:while|whereas|but|although|though|when|after|before|because)\b/g;
const CLAUSE_SUBJECT_RE =
  /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+[\p{L}'\u2019-]+){0,5}?)\s+(?:had|has|have|suffered|lost|sustained|reported|numbered|consisted|comprised|fielded|mustered|counted|took|captured|inflicted|was|were|deployed|committed|landed|sent|amassed|gathered|assembled)\b/u;

const DIGIT_RE = /\d/;
/** How far around a figure its words are read: sentences are short, pathological input is not. */
const WINDOW = 120;
const MAX_SENTENCE = 2000;

function blank(m: string): string {
  return " ".repeat(m.length);
}

/** Replaces every match of `re` by spaces (offsets stay valid), except matches `keep` accepts. */
function mask(s: string, re: RegExp, keep?: (match: string, at: number) => boolean): string {
  re.lastIndex = 0;
  if (!keep) return s.replace(re, blank);
  // The patterns passed with `keep` have exactly one capture group: (match, group, offset).
  return s.replace(re, (m: string, _g: string, at: number) => (keep(m, at) ? m : blank(m)));
}

interface Classified {
  measure: ProseMeasure;
  /** End offset (relative to the figure's end) of the words that say what is counted. */
  wordsEnd: number;
}

const WORD_RE = /\S+/g;

/** The first `n` whitespace-separated words of `s` (as `s.split(/\s+/).filter(Boolean).slice(0, n)`). */
function firstWords(s: string, n: number): string[] {
  const out: string[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < n && (m = WORD_RE.exec(s)) !== null) out.push(m[0]);
  return out;
}

function classify(masked: string, start: number, end: number, prev: ProseMeasure | null): Classified | null {
  const after = masked.slice(end, end + WINDOW);
  if (/^(?:st|nd|rd|th)\b/i.test(after) || /^-\p{L}/u.test(after) || /^\s*(?:%|per\s?cent)/i.test(after)) return null;
  // What follows, up to the next figure or punctuation, at most five words.
  const stop = after.search(/[\d,;:.()]/);
  const window = firstWords(stop < 0 ? after : after.slice(0, stop), 5);
  const firstWord = window[0]?.replace(/[^\p{L}']/gu, "") ?? "";
  if (firstWord && SKIP_UNIT_RE.test(firstWord)) return null;
  const w = window.join(" ").toLowerCase();
  let lowerAfter: string | undefined;
  const wordsEndOf = (re: RegExp): number => {
    const m = re.exec((lowerAfter ??= after.toLowerCase()));
    return m ? m.index + m[0].length : 0;
  };
  const found = CASUALTY_WORDS.filter(([, re]) => re.test(w));
  // "19,112 Russian killed, wounded and missing": the list goes on past the comma, so the figure is a mix.
  const listTail = stop >= 0 && /^,\s*(?:and\s+|or\s+)?(?:killed|dead|wounded|injured|missing|captured|prisoners)\b/i.test(after.slice(stop));
  if (found.length === 1 && listTail) return { measure: "other", wordsEnd: wordsEndOf(found[0]![1]) };
  if (found.length === 1) return { measure: found[0]![0], wordsEnd: wordsEndOf(found[0]![1]) };
  if (found.length > 1) return { measure: "other", wordsEnd: wordsEndOf(found[found.length - 1]![1]) };
  if (STRENGTH_WORD_RE.test(w)) return { measure: "strength", wordsEnd: wordsEndOf(STRENGTH_WORD_RE) };
  if (POPULATION_WORD_RE.test(w)) return { measure: "population", wordsEnd: wordsEndOf(POPULATION_WORD_RE) };
  const before = masked.slice(Math.max(0, start - 40), start);
  if (STRENGTH_BEFORE_RE.test(before)) return { measure: "strength", wordsEnd: 0 };
  const firstEnd = firstWord ? after.indexOf(window[0]!) + window[0]!.length : 0;
  if (INCLUDING_BEFORE_RE.test(before) && prev && prev !== "other") return { measure: prev, wordsEnd: firstEnd };
  // Anything else counted: kept as "other" with its noun ("62 guns", "21 ships"), up to three words.
  if (!firstWord || STOP_WORDS.has(firstWord.toLowerCase())) return null;
  let upTo = 0;
  for (const word of window.slice(0, 3)) {
    if (STOP_WORDS.has(word.toLowerCase())) break;
    upTo = after.indexOf(word, upTo) + word.length;
  }
  return { measure: "other", wordsEnd: upTo };
}

function clauseSubject(masked: string, start: number): string | null {
  // Look back a bounded distance; a clause that starts further back has no subject we trust.
  const from0 = Math.max(0, start - 3 * WINDOW);
  const head = masked.slice(from0, start);
  let from = -1;
  CLAUSE_BREAK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK_RE.exec(head)) !== null) from = m.index + m[0].length;
  if (from < 0) {
    if (from0 > 0) return null;
    from = 0;
  }
  const s = CLAUSE_SUBJECT_RE.exec(head.slice(from));
  return s ? s[1]!.trim() : null;
}

/** Years mentioned in a sentence, leaving out four-digit counts ("1500 men"). */
function yearsIn(s: string): { year: number; index: number }[] {
  const out: { year: number; index: number }[] = [];
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(s)) !== null) {
    if (COUNT_AFTER_RE.test(s.slice(m.index + m[0].length))) continue;
    out.push({ year: Number(m[1]), index: m.index });
  }
  return out;
}

function proseNumbers(sentence: ProseSentence, into: ProseNumberHit[]): void {
  const s = sentence.text;
  if (!/\d/.test(s)) return;
  let masked = maskDates(s);
  masked = mask(masked, YEAR_RE, (m, at) => COUNT_AFTER_RE.test(s.slice(at + m.length)));
  let prevMeasure: ProseMeasure | null = null;
  let prevSubject: string | null = null;
  const ordinals = new Map<ProseMeasure, number>();
  for (const n of matchNumbers(masked)) {
    const c = classify(masked, n.start, n.end, prevMeasure);
    if (!c) continue;
    const after = AFTER_SUBJECT_RE.exec(masked.slice(n.end, n.end + WINDOW));
    let subject = after ? after[1]! : clauseSubject(masked, n.start);
    if (!subject && prevSubject) subject = prevSubject;
    const text = clean(s.slice(n.start, n.end + c.wordsEnd));
    const ordinal = ordinals.get(c.measure) ?? 0;
    ordinals.set(c.measure, ordinal + 1);
    into.push({
      value: { measure: c.measure, quantity: { min: n.min, max: n.max, approx: n.approx, text }, subject, sentence: s },
      sentence,
      ordinal,
    });
    prevMeasure = c.measure;
    prevSubject = subject;
  }
}

// --- lead ----------------------------------------------------------------------------------

const PAREN_RE = /\(([^()]{1,400})\)/g;
const LANG_PART_RE = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{L}+){0,2})\s*:\s*(.+)$/su;
/** "also called the Battle of Sakhalin", "has sometimes been called Operation August Storm", "formally the …". */
const ALSO_RE = /\b(?:(?:also|sometimes|commonly|otherwise|often|later)\s+(?:been\s+)?(?:called|known\s+as|referred\s+to\s+as)|(?:formally|officially))\s+/gu;
/** Right after the title at the start of the lead: "The Battle of Mutanchiang, or Battle of Mudanjiang". */
const OR_RE = /^,?\s+or\s+/u;
/** Another variant after a bracket or comma: "… (Russian: …) or simply the Manchurian Operation". */
const MORE_RE = /\s*,?\s+or\s+/uy;
/** "on the night of 3–4 June", "in early April", "in late autumn 1612", "in the winter of 1612": the date follows the qualifier. */
const LEAD_DATE_QUALIFIER =
  "(?:the\\s+(?:(?:early|late)\\s+)?(?:morning|afternoon|evening|night|day|spring|summer|autumn|fall|winter)\\s+of\\s+(?:the\\s+)?|(?:(?:early|mid|late)[\\s-]+)?(?:(?:spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?)?)";
/**
 * "took place from …", "was fought on …", "fought between the Soviet Union and Japan from …",
 * "was conducted in … Province, … between …": the places between verb and date may run long.
 */
const LEAD_DATE_TRIGGER_RE = new RegExp(
  `\\b(?:[Tt]ook\\s+place|[Ff]ought|was\\s+waged|was\\s+conducted|[Oo]ccurred|[Ll]asted|[Hh]appened)\\b[^.;]{0,160}?\\b(?:on|from|between|in|during)\\s+(?:the\\s+(?=\\d)|the\\s+year\\s+(?=\\d))?${LEAD_DATE_QUALIFIER}(?=\\d|(?:${MONTH_NAMES})\\b)`,
  "g",
);
/**
 * The tokens of a date, with an Old Style bracket inside it ("July 28–30 [O.S. July 18–20] 1656")
 * or its year after "in" ("from January 20 to 26 in 1933").
 */
const DATE_TOKENS_RE = new RegExp(`(?:\\s*(?:\\d{1,4}(?:st|nd|rd|th)?|${MONTH_NAMES}|to|and|until|through|till|(?<=(?:to|until|till|through)\\s+|[\u2013\u2014-]\\s*)(?:early|mid|late)(?:-|\\s+)(?=${MONTH_NAMES})|(?<=\\d(?:st|nd|rd|th)?\\s+)of(?=\\s+(?:${MONTH_NAMES})\\b)|(?<=(?:and|to)\\s+)the(?=\\s+\\d{1,2}(?:st|nd|rd|th)\\b)|(?<=\\d\\s+|(?:${MONTH_NAMES})\\s+)in(?=\\s+\\d{4}\\b)|[\u2013\u2014-]|,|\\[\\s*O\\.\\s?S\\.[^\\]]{0,40}\\]|\\([^()]{0,60}\\bcalendar\\)))+`, "y");

/** Words that end a name variant: the clause goes on ("was fought", "after a study by …", "which"). */
const VARIANT_STOP = new Set([
  "was", "were", "is", "are", "has", "had", "have", "began", "begun", "took", "which", "who", "whose", "that", "fought",
  "lasted", "occurred", "after", "before", "during", "because", "while", "when", "where", "since", "until", "from",
  "between", "by", "with", "as", "and", "but", "it", "its", "or",
]);
const VARIANT_TOKEN_RE = /\s*([^\s(),;:"\u201c\u201d\u2018\u2019[\]]+)/uy;
const MAX_VARIANT_WORDS = 10;
const LEADING_RE = /\s*(?:(?:simply|just)\s+)?(?:the\s+|The\s+)?/uy;
const OPEN_RE = /\s*\(/uy;
const TRAILING_FUNCTION_WORDS_RE = /(?:\s+(?:of|the|de|on|at|in|and|near|off))+$/u;

/**
 * The name variants at `at`: a noun phrase up to a bracket, comma, sentence end or a word that
 * goes on with the clause ("was", "which", "after"), then more after "or" ("the Battle of Jinzhou
 * or Chinchou", "… (Russian: …) or simply the Manchurian Operation"). A bare word after "or"
 * shares the first variant's head: "Battle of Jinzhou or Chinchou" → "Battle of Chinchou".
 */
function readVariants(s: string, at: number): string[] {
  const out: string[] = [];
  let pos = at;
  for (let guard = 0; guard < 8; guard++) {
    LEADING_RE.lastIndex = pos;
    const lead = LEADING_RE.exec(s);
    if (lead) pos += lead[0].length;
    const words: string[] = [];
    let tooLong = false;
    let orNext = false;
    for (;;) {
      VARIANT_TOKEN_RE.lastIndex = pos;
      const t = VARIANT_TOKEN_RE.exec(s);
      if (!t) break;
      const w = t[1]!;
      const lw = w.toLowerCase();
      if (VARIANT_STOP.has(lw)) {
        if (lw === "or") {
          orNext = true;
          pos += t[0].length;
        }
        break;
      }
      pos += t[0].length;
      if (w.endsWith(".") && !/^(?:\p{Lu}\.)+$/u.test(w)) {
        words.push(w.slice(0, -1)); // the sentence ends here
        break;
      }
      words.push(w);
      if (words.length > MAX_VARIANT_WORDS) {
        tooLong = true;
        break;
      }
    }
    const v = words.join(" ").replace(TRAILING_FUNCTION_WORDS_RE, "");
    if (v && !tooLong) out.push(out.length > 0 && !v.includes(" ") ? elliptic(out[0]!, v) : v);
    if (tooLong || orNext) {
      if (tooLong) break;
      continue;
    }
    // After a bracket or a comma: "or" another variant?
    OPEN_RE.lastIndex = pos;
    if (OPEN_RE.test(s)) {
      const close = closingBracket(s, OPEN_RE.lastIndex - 1);
      if (close < 0) break;
      pos = close + 1;
    }
    MORE_RE.lastIndex = pos;
    const more = MORE_RE.exec(s);
    if (!more) break;
    pos += more[0].length;
  }
  return out;
}

/** "Battle of Jinzhou" + "Chinchou" → "Battle of Chinchou": the bare word takes the first variant's head. */
function elliptic(first: string, bare: string): string {
  const m = /^(.*\s(?:of|at|on|off|near|for|in)\s+(?:the\s+)?)\S+(?:\s+\S+)?$/u.exec(first);
  return m ? m[1]! + bare : bare;
}

function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length && i < open + 600; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

function leadAliases(sentence: ProseSentence, title: string, into: AliasHit[]): void {
  const s = sentence.text;
  const titleKey = normKey(title);
  const push = (a: string) => {
    const alias = a.trim().replace(/^["'\u201c\u2018]+|["'\u201d\u2019.,]+$/g, "").trim();
    if (!alias || alias.length > 80 || normKey(alias) === titleKey) return;
    if (/^(?:lit|romanized|romanised|transl|pronounced|ipa)\b/i.test(alias)) return;
    if (/^\p{Ll}/u.test(alias)) return; // a gloss ("the island's name"), not a name
    into.push({ alias, line: sentence.line, text: sentence.raw });
  };
  PAREN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAREN_RE.exec(s)) !== null) {
    for (const part of m[1]!.split(";")) {
      const lp = LANG_PART_RE.exec(part);
      if (!lp) continue;
      for (const v of lp[2]!.split(",")) push(v.replace(/^\s*(?:romanized|romanised|Hepburn|pinyin)\s*:\s*/i, ""));
    }
  }
  ALSO_RE.lastIndex = 0;
  while ((m = ALSO_RE.exec(s)) !== null) for (const v of readVariants(s, m.index + m[0].length)) push(v);
  for (const lead of [title, `The ${title}`, `the ${title}`]) {
    if (!s.startsWith(lead)) continue;
    const o = OR_RE.exec(s.slice(lead.length));
    if (o) for (const v of readVariants(s, lead.length + o[0].length)) push(v);
    break;
  }
}

/** "from 18 to 23 August 1945" with a day or month: a span of days, not of a war's years. */
const FROM_TO_RE = new RegExp(`\\bfrom\\s+(?:the\\s+(?=\\d))?(?=\\d{1,2}\\b|(?:${MONTH_NAMES})\\b)`, "g");

const BEFORE_ERA_AFTER_RE = /^\s*(?:BC|BCE|B\.\s?C\.)(?![\p{L}])/u;

/** "in 216 BC": the date tokens are followed by an era a partial ISO date cannot hold. */
function beforeEra(s: string, d: RegExpExecArray): boolean {
  return BEFORE_ERA_AFTER_RE.test(s.slice(d.index + d[0].length));
}

/** Date tokens at `at` (after a trigger), read as a range; null when they are no full date or a BC one. */
const TRAILING_CONNECTORS_RE = /(?:[,\s]+|\s+(?:and|to|until))+$/;

const END_DAY_COUNT_RE = /\s*(?:and|to|until|through|till|[\u2013\u2014-])\s*\d{1,2}$/;
const MONTH_OR_OF_RE = new RegExp(`^\\s*(?:of\\b|(?:${MONTH_NAMES})\\b)`);

function datesAt(s: string, at: number): DateRange | null {
  DATE_TOKENS_RE.lastIndex = at;
  const d = DATE_TOKENS_RE.exec(s);
  if (!d || beforeEra(s, d)) return null;
  // "on March 8, 1853, and ended …": a connector after the date is none of it.
  let tokens = d[0].replace(TRAILING_CONNECTORS_RE, "");
  // "on 14 May 1805 through 22 villages", "… and 12 regiments": a count after the date is no end day.
  const counted = END_DAY_COUNT_RE.exec(tokens);
  if (counted && !MONTH_OR_OF_RE.test(s.slice(d.index + tokens.length)) && /^\s+\p{L}/u.test(s.slice(d.index + tokens.length))) tokens = tokens.slice(0, counted.index);
  const r = parseDateRange(tokens);
  if (r && r.precision === "year" && !YEAR_PHRASE_END_RE.test(s.slice(d.index + tokens.length))) return null;
  return r;
}

/** "took place 23–24 January 1900", "The Battle of X, fought May 28, 1918, was …": the verb with its date and no preposition. */
const BARE_DATE_TRIGGER_RE = new RegExp(`(?:\\b(?:[Tt]ook\\s+place|(?:was|were)\\s+fought|[Oo]ccurred|[Hh]appened)|(?:^|,\\s*)[Ff]ought)\\s+(?=\\d{1,2}\\b|(?:${MONTH_NAMES})\\b)`, "g");
/** A lead sentence that opens with its date: "On 26 May 1880, …", "Between 4 and 7 June 1942, …", "From 3 to 9 May 1905, …". */
const OPENING_DATE_RE = new RegExp(`^(?:On|Between|From)\\s+(?=\\d{1,2}\\b|(?:${MONTH_NAMES})\\b)`);
/** The first sentence about the battle dates it anywhere after "on": "was an engagement … on 7 November 1900". */
const ON_DATE_RE = new RegExp(`\\bon\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?=\\d{1,2}(?:\\s*[\u2013\u2014-]\\s*\\d{1,2})?\\s+(?:${MONTH_NAMES})\\b|(?:${MONTH_NAMES})\\s+\\d{1,2}\\b)`, "g");
/** "was a 1621 campaign", "is a 1904 naval battle": the year as what the event is. */
const YEAR_NOUN_RE = /\b(?:was|is)\s+an?\s+(1\d{3}|20\d{2}|[1-9]\d{2})\s+(?:[\p{Ll}-]+\s+){0,2}(?:battle|siege|campaign|engagement|offensive|operation|invasion|skirmish|raid|conflict|uprising|rebellion|clash|assault|action)\b/u;

/**
 * "The Battle of Elandslaagte (21 October 1899) took place …", "The Battle of Liaoyang (遼陽会戦,
 * 25 August – 3 September 1904)": a bracket right after the title whose part is a whole date.
 */
function titleBracketDate(s: string, at: number): DateRange | null {
  const open = /^\s*\(/.exec(s.slice(at));
  if (!open) return null;
  const close = closingBracket(s, at + open[0].length - 1);
  if (close < 0) return null;
  const inner = s.slice(at + open[0].length, close);
  // "(November 5, 1757)": the whole bracket is the date, its comma within it.
  if (inner.includes(",")) {
    const r = wholeDate(inner.trim());
    if (r) return r;
  }
  // "(2 December 1805/11 Frimaire An XIV)": other calendars after a slash.
  for (const part of inner.split(/[,;/]/)) {
    const t = part.trim();
    if (!/\d/.test(t) || !/^(?:c\.\s*)?[\d\s\p{L}\u2013\u2014-]+$/u.test(t)) continue;
    const r = wholeDate(t);
    if (r) return r;
  }
  return null;
}

/** `t` read as a date when all of it is one: "(2,000 men)" or "(Russian: …)" is no date. */
function wholeDate(t: string): DateRange | null {
  DATE_TOKENS_RE.lastIndex = 0;
  const d = DATE_TOKENS_RE.exec(t);
  return d && d[0].trim().length === t.length ? parseDateRange(t) : null;
}

/**
 * Where the title ends when the sentence opens with it ("The Battle of X", "At the Battle of X
 * (…), an army …": within its first words), or -1.
 */
function titleEnd(s: string, title: string): number {
  const at = titleEndOf(s, title);
  if (at >= 0) return at;
  // "Siege of Colombo (1587-1588)", "Battle of Basantar/Shakargarh": the page's title adds a
  // bracket or another name the lead does not write after it.
  const short = title.replace(/\s*\([^()]*\)$/, "").replace(/\/.*$/, "").trim();
  return short && short !== title ? titleEndOf(s, short) : -1;
}

function titleEndOf(s: string, title: string): number {
  if (!title) return -1;
  let at = s.indexOf(title);
  // "The siege of Rhodes of 1522 …", "The landing at Anzac Cove …": the lead writes the title's first word in lower case.
  if (at < 0) {
    const head = s.slice(0, TITLE_OPENING_MAX + title.length);
    const lower = head.toLowerCase();
    if (lower.length === head.length) at = lower.indexOf(title.toLowerCase());
    // "the siege of Naģykanizsa" for "Siege of Nagykanizsa": the same letters but for their marks.
    if (at < 0) {
      const folded = fold(head);
      if (folded.length === head.length && fold(title).length === title.length) at = folded.indexOf(fold(title));
    }
  }
  return at >= 0 && at <= TITLE_OPENING_MAX ? at + title.length : -1;
}
const TITLE_OPENING_MAX = 24;

/** "27 JulyJul./ 7 August 1714Greg.": a rendered dual date; the Julian day and its mark go. */
const JULIAN_GLUED_RE = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTH_NAMES})(?:\\s+\\d{4})?Jul\\.\\/\\s*`, "g");

const YEAR_BEFORE_TITLE_RE = /^(?:The\s+)?(1\d{3}|20\d{2}|[1-9]\d{2})\s+$/;
const TITLE_YEAR_SPAN_RE = /^\s+(?:from|in|of)\s+([1-9]\d{2,3})\s*(?:to|until|\u2013|-)\s*([1-9]\d{2,3})(?![\d.]|,\d|\s*(?:BC|BCE|B\.C\.))/;
const BATTLE_NOUN_RE = /\b(?:was|is)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:battle|siege|engagement|skirmish|clash|action|raid|assault)\b/u;
const NEW_STYLE_TAGGED_RE = /\(\s*(?:O\.\s?S\.|Old Style|[^()]{0,30}calendar)\s*\)\s*\/\s*(?:[^()/]{3,40}\([^()]{0,30}\)\s*\/\s*)?([^()]{3,40}?)\s*\((?:N\.\s?S\.|New Style|Gregorian(?:\s+calendar)?)\)/;
const OTHER_CLAUSE_RE = /\b(?:after|before|following|since|until|when|while|which|who|whom|whose|that|where|once|because|although)\b/i;
/** Between the battle noun and its month: a comma, a participle or a war opens another phrase ("…, ending the campaign begun in March 1805"). */
const OTHER_PHRASE_RE = /,|\b\p{Ll}+(?:ing|ed)\b|\b(?:begun|taken|given|fallen|broken|driven|won|lost|fought|held|began|war|campaign|treaty|peace)\b/iu;
const IN_MONTH_YEAR_RE = new RegExp(`\\bin\\s+(?:(?:early|mid|late)[\\s-]+)?(${MONTH_NAMES})\\s+(\\d{4})(?![\\d\\p{L}])`, "gu");

/** "The Battle of X of 29 March 1644": "of" or "on" and a day right after the title. */
const TITLE_OF_DAY_RE = new RegExp(`^\\s+(?:of|on)\\s+(?=\\d{1,2}\\s+(?:${MONTH_NAMES})\\b|(?:${MONTH_NAMES})\\s+\\d{1,2}\\b)`);
/** "was a series of battles in 1584 between …": the year of what the event is. */
const SERIES_YEAR_RE = /\b(?:was|is)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:battles?|sieges?|engagements?|skirmish(?:es)?|clash(?:es)?|actions?)\s+(?:fought\s+)?(?:in|during)\s+(1\d{3}|20\d{2}|[1-9]\d{2})(?=\s*(?:$|[,.;:]|(?:between|against|near|at|in|on|during|when|which|off)\b))/u;
/** A Julian day offered beside its Gregorian one ("27 August (Julian calendar) or …"), and the Gregorian mark. */
const JULIAN_OR_RE = new RegExp(`\\b(?:\\d{1,2}\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2})(?:,?\\s+\\d{4})?\\s*\\((?:in\\s+the\\s+)?(?:Julian|Old\\s+Style|O\\.\\s?S\\.)(?:\\s+calendar)?\\)\\s*(?:or|/)\\s*(?=\\d{1,2}\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d)`, "g");
const GREGORIAN_MARK_RE = /\s*\((?:in\s+the\s+)?(?:Gregorian|New\s+Style|N\.\s?S\.)(?:\s+calendar)?\)/g;
/** "(equivalent to 10–11 June 1583 on the Gregorian calendar)": another calendar's date given in ours. */
const EQUIVALENT_RE = /\b(?:equivalent|corresponding)\s+to\s+(?=\d{1,2}\b|\p{Lu})/gu;

/**
 * "The Battle of Gadebusch or Wakenstädt (20 December 1712) was …", "The Battle of Mansfield,
 * Louisiana, (8 April 1864) formed …": a bracket that is a whole date further on in the subject,
 * after the title's other names or place, where only names, "or", "also known as" come between.
 */
function nameBracketDate(s: string, afterTitle: number): DateRange | null {
  let at = afterTitle;
  for (let guard = 0; guard < 6; guard++) {
    const open = s.indexOf("(", at);
    if (open < 0) return null;
    if (!isNameRun(s.slice(at, open))) return null;
    const r = titleBracketDate(s, open);
    if (r) return r;
    const close = closingBracket(s, open);
    if (close < 0) return null;
    at = close + 1;
  }
  return null;
}
/** Only names and the words between them: "or", "also known as", "the", "of", a capitalised word. (Word by word: one pattern over the run backtracks exponentially.) */
function isNameRun(t: string): boolean {
  for (const w of t.replace(/\b(?:also\s+known\s+as|also\s+called|known\s+as)\b/g, " ").split(/[\s,]+/)) {
    if (w && !NAME_RUN_WORDS.has(w) && !/^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u.test(w)) return false;
  }
  return true;
}
const NAME_RUN_WORDS = new Set(["or", "the", "of", "at", "on", "near", "de", "du", "del", "la", "le", "today", "now"]);

/** "The Battle of Talas in CE 751 was …": a year right after the title, with or without its era. */
// ("At the Battle of Bạch Đằng River in 938": the lead may go on with the title's place.)
const TITLE_YEAR_RE = /^(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2}\s+(?:in|of)\s+(?:(?:CE|AD|A\.D\.)\s+)?([1-9]\d{2,3})(?:\s+(?:CE|AD|A\.D\.))?(?![\d.]|,\d|\s*(?:BC|BCE|B\.C\.))/u;
/**
 * A year read alone after a trigger must end its phrase: "fought in 1938, …", "between 1938 and
 * 1939"; "fought between 470 Voortrekkers and …" counts people.
 */
const YEAR_PHRASE_END_RE = /^\s*(?:$|[,.;:)]|(?:and|or|to|in|at|near|on|during|between|when|as|after|before|against|with|which|under|by|off|along|around|until|over|for|the)\b)/;

function leadDate(sentence: ProseSentence, first: boolean, title: string): DateRange | null {
  let s = sentence.text.includes("Jul.") ? sentence.text.replace(JULIAN_GLUED_RE, "").replace(/(\d{4})Greg\./g, "$1") : sentence.text;
  // "on 27 August (Julian calendar) or 6 September (Gregorian calendar), 1634": the Gregorian day.
  if (JULIAN_OR_RE.test(s)) s = s.replace(JULIAN_OR_RE, "").replace(GREGORIAN_MARK_RE, "");
  const found: DateRange[] = [];
  let m: RegExpExecArray | null;
  const afterTitle = first ? titleEnd(s, title) : -1;
  if (afterTitle >= 0) {
    const r = titleBracketDate(s, afterTitle) ?? nameBracketDate(s, afterTitle);
    if (r) found.push(r);
    // "The Battle of Cheriton of 29 March 1644 was …": the day right after the title.
    const of = TITLE_OF_DAY_RE.exec(s.slice(afterTitle));
    if (of) {
      const d = datesAt(s, afterTitle + of[0].length);
      if (d && d.precision === "day" && /\d{3,4}/.test(d.text)) found.push(d);
    }
    ON_DATE_RE.lastIndex = 0;
    while ((m = ON_DATE_RE.exec(s)) !== null) {
      const d = datesAt(s, m.index + m[0].length);
      if (d && d.precision === "day") found.push(d);
    }
    // "The Battle of Carabobo, 24 June 1821, was fought …": the date set off by commas after the title.
    const commaDate = /^\s*,\s*/.exec(s.slice(afterTitle));
    if (commaDate) {
      const d = datesAt(s, afterTitle + commaDate[0].length);
      if (d && d.precision === "day" && /^\s*,/.test(s.slice(afterTitle + commaDate[0].length + d.text.length))) found.push(d);
    }
    // "During the siege of X (Turkish: …) in 1601": the year may follow the bracket after the title.
    const bracket = /^\s*\(/.test(s.slice(afterTitle)) ? closingBracket(s, s.indexOf("(", afterTitle)) : -1;
    const ty = TITLE_YEAR_RE.exec(s.slice(afterTitle)) ?? (bracket > 0 ? TITLE_YEAR_RE.exec(s.slice(bracket + 1)) : null);
    if (ty && !found.length) {
      const r1 = parseDateRange(ty[1]!);
      if (r1) found.push(r1);
    }
    // "The Siege of Colombo from 1587 to 1588 was …": the years right after the title.
    const span = TITLE_YEAR_SPAN_RE.exec(s.slice(afterTitle));
    if (span && !found.length) {
      const r3 = parseDateRange(`${span[1]}\u2013${span[2]}`);
      if (r3) found.push({ ...r3, text: span[0].trim().replace(/^(?:from|in|of)\s+/, "") });
    }
    // "… was a naval battle between … in August 1665 as part of …": the month of what it was.
    const noun = found.length ? null : BATTLE_NOUN_RE.exec(s);
    if (noun) {
      IN_MONTH_YEAR_RE.lastIndex = noun.index;
      const im = IN_MONTH_YEAR_RE.exec(s);
      // Of the battle, not of a clause about something else ("… after the fall of X in May 1665").
      const between = im ? s.slice(noun.index + noun[0].length, im.index) : "";
      if (im && !OTHER_CLAUSE_RE.test(between) && !OTHER_PHRASE_RE.test(between)) {
        const r4 = parseDateRange(`${im[1]} ${im[2]}`);
        if (r4) found.push(r4);
      }
    }
    // "The 1555 Battle of Miyajima was …": the year written before the title.
    const before = YEAR_BEFORE_TITLE_RE.exec(s.slice(0, Math.max(0, afterTitle - title.length)));
    if (before && !found.length) {
      const r5 = parseDateRange(before[1]!);
      if (r5) found.push(r5);
    }
    const y = YEAR_NOUN_RE.exec(s) ?? SERIES_YEAR_RE.exec(s);
    if (y && !found.length) {
      const r2 = parseDateRange(y[1]!);
      if (r2) found.push(r2);
    }
  }
  if (!first) {
    const o = OPENING_DATE_RE.exec(s);
    if (o) {
      DATE_TOKENS_RE.lastIndex = o[0].length;
      const tokens = DATE_TOKENS_RE.exec(s);
      // Only a date set off by its comma opens the sentence: "On 26 May 1880, the army …".
      const d = tokens && tokens[0].trimEnd().endsWith(",") ? datesAt(s, o[0].length) : null;
      if (d && d.precision === "day") found.push(d);
    }
  }
  BARE_DATE_TRIGGER_RE.lastIndex = 0;
  while ((m = BARE_DATE_TRIGGER_RE.exec(s)) !== null) {
    const d = datesAt(s, m.index + m[0].length);
    if (d) found.push(d);
  }
  if (first) {
    FROM_TO_RE.lastIndex = 0;
    while ((m = FROM_TO_RE.exec(s)) !== null) {
      DATE_TOKENS_RE.lastIndex = m.index + m[0].length;
      const d = DATE_TOKENS_RE.exec(s);
      const r = d && !beforeEra(s, d) ? parseDateRange(d[0].replace(TRAILING_CONNECTORS_RE, "")) : null;
      if (r && r.precision !== "year" && r.start !== r.end) found.push(r);
    }
  }
  LEAD_DATE_TRIGGER_RE.lastIndex = 0;
  while ((m = LEAD_DATE_TRIGGER_RE.exec(s)) !== null) {
    // "fought after the fall of X in May 1665": the date is the clause's, not the battle's.
    if (OTHER_CLAUSE_RE.test(m[0])) continue;
    const r = datesAt(s, m.index + m[0].length);
    if (r) found.push(r);
  }
  // "… in the fourth month of Tenshō 11 (equivalent to 10–11 June 1583 on the Gregorian calendar)".
  if (first) {
    EQUIVALENT_RE.lastIndex = 0;
    while ((m = EQUIVALENT_RE.exec(s)) !== null) {
      const d = datesAt(s, m.index + m[0].length);
      if (d && d.precision === "day" && /\d{3,4}/.test(d.text)) found.push(d);
    }
  }
  // "on 29 December 1701 (O.S.) / 30 December 1701 (Swedish calendar) / 9 January / 1702 (N.S.)":
  // the New Style date, among the calendars the lead offers, is the one.
  const ns = first && sentence.text.includes("S.)") ? NEW_STYLE_TAGGED_RE.exec(sentence.text) : null;
  const nsDate = ns ? parseDateRange(ns[1]!.replace(/\s*\/\s*/g, " ")) : null;
  if (nsDate && nsDate.precision === "day") return { ...nsDate, text: ns![1]!.trim() };
  // The span's ends, read as days of their own, are parts of it.
  const span = first && afterTitle >= 0 ? beganEnded(s, afterTitle) : null;
  if (span) return agreedDate([...found.filter((f) => !(f.start === f.end && (f.start === span.start || f.start === span.end))), span]);
  return agreedDate(found);
}

/**
 * "The Battle of Adwa was the climactic battle of the war. The Ethiopian army defeated an invading
 * force … on March 1, 1896": when no lead sentence dates the battle, the second one's victory,
 * told in the active voice and with no word of another time ("after", "then", "later"), does.
 */
function victoryDate(sentence: ProseSentence | undefined): DateRange | null {
  const s = sentence?.text;
  if (!s || OTHER_TIME_RE.test(s)) return null;
  VICTORY_ON_RE.lastIndex = 0;
  const m = VICTORY_ON_RE.exec(s);
  if (!m || /\b(?:was|were|been|being)\s+$|,\s*$/.test(s.slice(0, m.index)) || /^\S+\s+at\b/.test(s.slice(m.index))) return null;
  const r = datesAt(s, m.index + m[0].length);
  return r && r.precision === "day" && /\d{4}/.test(r.text) ? r : null;
}
const OTHER_TIME_RE = /\b(?:after|afterwards|later|then|earlier|previously|before|until|following|subsequently|already|next|again)\b/i;

/** A victory verb, then (in the same clause run) "on" and a day. */
// ("had defeated", "earlier … defeated": an earlier victory dates another battle.)
const VICTORY_ON_RE = new RegExp(`(?<!\\bhad\\s+(?:\\w+\\s+)?)\\b(?:defeated|routed|repulsed|destroyed|annihilated|overwhelmed)\\b[^.;]{0,160}?\\bon\\s+(?=\\d{1,2}\\s+(?:${MONTH_NAMES})\\b|(?:${MONTH_NAMES})\\s+\\d{1,2}\\b)`, "g");
const BEGAN_ON_RE = new RegExp(`\\b(?:began|started)\\b[^.;]{0,160}?\\bon\\s+(?=\\d{1,2}\\s+(?:${MONTH_NAMES})\\b|(?:${MONTH_NAMES})\\s+\\d{1,2}\\b)`, "y");
const ENDED_ON_RE = new RegExp(`\\b(?:ended|finished)\\b[^.;]{0,200}?\\bon\\s+(?=\\d{1,2}\\s+(?:${MONTH_NAMES})\\b|(?:${MONTH_NAMES})\\s+\\d{1,2}\\b)`, "g");

/**
 * "… began after the fall of Wuhan on March 8, 1853, and ended with the fall of Nanjing on
 * March 19, 1853": the days it began and ended, each with its year, are its span.
 */
function beganEnded(s: string, afterTitle: number): DateRange | null {
  const b = /\b(?:began|started)\b/.exec(s);
  // "… was part of the campaign that began …": then the span is the campaign's.
  if (!b || b.index < afterTitle || /\b(?:that|which|who|campaign|war|offensive|operation|siege|advance)\b/i.test(s.slice(afterTitle, b.index))) return null;
  BEGAN_ON_RE.lastIndex = b.index;
  const bm = BEGAN_ON_RE.exec(s);
  if (!bm) return null;
  const from = bm.index + bm[0].length;
  const start = datesAt(s, from);
  if (!start || start.precision !== "day" || start.start !== start.end || !/\d{4}/.test(start.text)) return null;
  ENDED_ON_RE.lastIndex = from;
  const em = ENDED_ON_RE.exec(s);
  if (!em) return null;
  const to = em.index + em[0].length;
  const end = datesAt(s, to);
  if (!end || end.precision !== "day" || end.start !== end.end || !/\d{4}/.test(end.text) || end.start < start.start) return null;
  const endAt = s.indexOf(end.text, to);
  const text = endAt >= 0 ? s.slice(s.indexOf(start.text, from), endAt + end.text.length) : `${start.text} – ${end.text}`;
  return { start: start.start, end: end.end, precision: "day", text };
}

/**
 * The one date that several stated dates agree on. A bare year agrees with a finer date within
 * it ("in 1917 … from 24 October to 19 November 1917"): the finer one is the date. Two finer dates
 * that differ (a range and one day of it) are not unambiguous: none.
 */
function agreedDate(found: readonly DateRange[]): DateRange | null {
  const finer = found.filter((f) => f.precision !== "year");
  const pick = finer[0] ?? found[0];
  if (!pick) return null;
  const same = (f: DateRange) => f.start === pick.start && f.end === pick.end;
  return found.every((f) => same(f) || (f.precision === "year" && refines(pick, f))) ? pick : null;
}

// --- driver --------------------------------------------------------------------------------

/**
 * Reads the prose paragraphs `proseLines` (0-based indexes into `lines`).
 * `eventDate` (from the infobox) anchors the year of "on 10 July" when the paragraph gives none.
 */
export function analyseProse(lines: readonly string[], proseLines: readonly number[], title: string, eventDate: DateRange | null): ProseAnalysis {
  const res: ProseAnalysis = { timeline: [], numbers: [], aliases: [], mentions: [], known: new KnownNames(), capRuns: [], leadDate: null };
  const paragraphs = readParagraphs(lines, proseLines);
  const lead = leadParagraph(paragraphs, title);
  for (const s of lead) leadAliases(s, title, res.aliases);
  if (!eventDate) res.leadDate = leadDateOf(lead, title);
  const timeline = new TimelineReader(eventDate ?? res.leadDate?.range ?? null, res.timeline);
  for (const para of paragraphs) {
    timeline.startParagraph();
    for (const s of para) {
      // A "sentence" of thousands of characters is not one; its figures and dates are not read.
      if (s.text.length <= MAX_SENTENCE && DIGIT_RE.test(s.text)) {
        timeline.read(s);
        proseNumbers(s, res.numbers);
      }
      for (const m of findMentions(s.text, res.capRuns)) {
        res.known.add(m.name);
        res.mentions.push({ name: m.name, rank: m.rank, line: s.line });
      }
    }
  }
  res.known.setSingles(() => singleNames(res.capRuns, paragraphs));
  return res;
}

/**
 * Words the prose uses alone and never inside a longer capitalised run: one-word names
 * ("Hasdrubal led the cavalry"), not parts of full names the prose also writes ("Oda" of "Oda Nobunaga").
 */
function singleNames(capRuns: readonly string[], paragraphs: readonly ProseSentence[][]): Set<string> {
  const excluded = new Set<string>();
  for (const run of capRuns) if (run.includes(" ")) for (const w of run.split(/\s+/)) excluded.add(w);
  for (const para of paragraphs) for (const s of para) if (COLLECTIVE_TEST_RE.test(s.text)) for (const m of s.text.matchAll(FAMILY_MODIFIER_RE)) excluded.add(m[1]!);
  const singles = new Set<string>();
  for (const run of capRuns) if (!run.includes(" ") && !excluded.has(run)) singles.add(run);
  return singles;
}

/** "the Oda army", "Tokugawa troops": a word naming a family's or people's force is not a one-word person. */
const COLLECTIVE_TEST_RE = /\b(?:arm(?:y|ies)|forces|troops|clan|family|men|cavalry|infantry|fleet|camp|dynasty|regime|side|lines?|retainers|vassals|host|warriors|soldiers)\b/;
const FAMILY_MODIFIER_RE = /(\p{Lu}[\p{L}\p{M}'\u2019-]*)\s+(?:arm(?:y|ies)|forces|troops|clan|family|men|cavalry|infantry|fleet|camp|dynasty|regime|side|lines?|retainers|vassals|host|warriors|soldiers)\b/gu;

const COORDINATES_PREFIX_RE = /^\s*\d{1,3}°[\d′″'"\s.]*[NS]\s+\d{1,3}°[\d′″'"\s.]*[EW](?:\s*\/\s*-?[\d.]+°?\s*[NS]?[\s,;]*-?[\d.]+°?\s*[EW]?)?(?:\s*\/\s*-?[\d.]+[;,]?\s*-?[\d.]+)?\s*/u;

/**
 * The lead: the first paragraph, unless it does not open with the title and one of the next two
 * does ("In this article, we are going to explore the impact of Battle of X …" above the table,
 * the page's own lead below it).
 */
function leadParagraph(paragraphs: readonly ProseSentence[][], title: string): readonly ProseSentence[] {
  const first = paragraphs[0] ?? [];
  const opens = (p: readonly ProseSentence[] | undefined) => {
    const at = p?.[0] ? titleEnd(p[0].text, title) : -1;
    return at >= 0 && /^(?:the\s+|\d{3,4}\s+)*$/i.test(p![0]!.text.slice(0, Math.max(0, at - title.length)));
  };
  // (Only filler, with no figure or date of its own, gives way.)
  if (!first.length || opens(first) || first.some((x) => /\d/.test(x.text))) return first;
  for (let i = 1; i < Math.min(3, paragraphs.length); i++) if (opens(paragraphs[i])) return paragraphs[i]!;
  return first;
}

/** The sentences of each paragraph, footnotes removed; empty paragraphs left out. */
function readParagraphs(lines: readonly string[], proseLines: readonly number[]): ProseSentence[][] {
  const paragraphs: ProseSentence[][] = [];
  for (const idx of proseLines) {
    const line = lines[idx]!;
    const sentences: ProseSentence[] = [];
    for (const sp of splitSentences(line)) {
      const raw = line.slice(sp.start, sp.end);
      let text = clean(raw);
      // "18°48′46″N 97°10′40″W / 18.81°N 97.18°W The Battle of …": a page's coordinates run into its lead.
      if (text.includes("\u00b0")) text = text.replace(COORDINATES_PREFIX_RE, "");
      if (text) sentences.push({ raw, text, line: idx + 1 });
    }
    if (sentences.length) paragraphs.push(sentences);
  }
  return paragraphs;
}

/** The date the lead states, when all its sentences that state one agree. */
function leadDateOf(lead: readonly ProseSentence[], title: string): ProseAnalysis["leadDate"] {
  const dates = lead.map((s, i) => ({ r: leadDate(s, i === 0, title), line: s.line })).filter((x): x is { r: DateRange; line: number } => x.r !== null);
  if (dates.length === 0 && lead.length > 1) {
    const v = victoryDate(lead[1]);
    return v ? { range: v, line: lead[1]!.line } : null;
  }
  const agreed = agreedDate(dates.map((d) => d.r));
  const at = agreed && dates.find((d) => d.r === agreed);
  return at ? { range: at.r, line: at.line } : null;
}

/** Dated sentences, in prose order: each date of a sentence's main clause, once per sentence text and line. */
class TimelineReader {
  private readonly eventYear: number | null;
  private articleYear: number | null = null;
  private paraYear: number | null = null;
  // Dates already taken from a sentence: a sentence repeated on its line is read once.
  private readonly seen = new Map<number, Map<string, Set<string>>>();

  constructor(
    date: DateRange | null,
    private readonly into: TimelineHit[],
  ) {
    this.eventYear = date && date.start.slice(0, 4) === date.end.slice(0, 4) ? Number(date.start.slice(0, 4)) : null;
  }

  startParagraph(): void {
    this.paraYear = null;
  }

  read(s: ProseSentence): void {
    const years = yearsIn(s.text);
    for (const d of findProseDates(s.text)) {
      // The year of "on 10 July": stated, else the latest year before it in the paragraph, else
      // the event's own year, else a year later in the same sentence, else the latest one before.
      let year = d.year;
      if (year === null) {
        const before = years.filter((y) => y.index < d.start);
        const later = years.find((y) => y.index >= d.end);
        year = before.length ? before[before.length - 1]!.year : (this.paraYear ?? this.eventYear ?? later?.year ?? this.articleYear);
      }
      if (year === null) continue;
      const iso = proseDateString(year, d.month, d.day);
      if (!iso) continue;
      if (!this.isNew(s, iso)) continue;
      // "After the fall of Port Arthur on 2 January, Kuropatkin planned…" is not an entry for 2 January.
      if (!datesMainClause(s.text, d.start)) continue;
      this.into.push({ date: iso, sentence: s });
    }
    if (years.length) {
      this.paraYear = years[years.length - 1]!.year;
      this.articleYear = this.paraYear;
    }
  }

  private isNew(s: ProseSentence, iso: string): boolean {
    let byText = this.seen.get(s.line);
    if (!byText) this.seen.set(s.line, (byText = new Map()));
    let isos = byText.get(s.text);
    if (!isos) byText.set(s.text, (isos = new Set()));
    if (isos.has(iso)) return false;
    isos.add(iso);
    return true;
  }
}
