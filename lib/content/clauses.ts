/**
 * Does a date in a sentence date the sentence's main action? "On 8 February the Korietz met the
 * squadron" does; "After the fall of Port Arthur on 2 January, Kuropatkin planned…", "The fall of
 * Port Arthur on 2 January freed Nogi's army", "…the city, which was in Soviet hands on 16 August"
 * and "When the offensive began on 9 August, the Kwantung Army planned…" do not: there the date
 * belongs to a subordinate clause or to a noun phrase, and the main verb happened at another time.
 * A shallow reading of English, on purpose: when unsure, the answer is no (a lost timeline entry
 * costs a question; a wrong date is a wrong key).
 */
import { asciiTwin, isAscii } from "./ascii";

/** Words that open a clause or phrase that is not the main clause. */
const SUBORDINATORS = new Set(
  (
    "after before following since until till when whenever while whilst as once because although though if unless " +
    "which who whom whose where whereby that having despite upon than whether lest prior"
  ).split(" "),
);

/** Words that may open a clause-initial adverbial around a date ("At the Yalta Conference in February 1945 the Soviet Union agreed"). */
const ADVERBIAL_PREPOSITIONS = new Set("at during in on by with under near off from across within throughout amid amidst around".split(" "));

/** Adverbs that may stand before a fronted date ("then on 9 March", "early on 27 May"). */
const LEAD_ADVERBS = new Set("then finally eventually later early late shortly soon again also subsequently next meanwhile thereafter".split(" "));

const IRREGULAR_PAST = new Set(
  (
    "was were had has have is are did took fell began sent left met struck made won lost fought sank ran came went gave held broke " +
    "drove led rose sought set put saw found told became overran withdrew bore beat brought built burnt caught chose cut dealt dug drew " +
    "fled flew froze got grew hid hit hung kept knew laid let lay meant overtook paid rode rang said sat shot shook shut slew spent " +
    "split spread stood stole stuck swept swore swam taught thought threw understood undertook woke wore wrote arose overcame withstood " +
    "sank sunk begun beaten broken chosen driven fallen given gone known shown taken thrown withdrawn won"
  ).split(" "),
);

/** Words in -ed that are not verbs. */
const NOT_VERBS = new Set("hundred red bed need speed seed shed sled steed creed indeed embed".split(" "));
const DETERMINERS = new Set("the a an its his her their our this that these those whose".split(" "));

/** "planned to attack on 10 October": the date is the plan's aim. */
const INTENT_VERBS = new Set(
  "planned intended hoped wanted decided ordered agreed promised tried sought prepared aimed threatened expected proposed meant wished refused offered asked urged".split(" "),
);
/** Participles that open a consequence or a later event ("leading to the treaty on 5 September"). */
const CONSEQUENCE_PARTICIPLES = new Set("leading resulting following ending prompting causing forcing allowing paving".split(" "));

const WORD_RE = /[\p{L}'’-]+/gu;
const WORD_ASCII_RE = asciiTwin(WORD_RE);

function words(s: string): string[] {
  const out: string[] = [];
  const re = isAscii(s) ? WORD_ASCII_RE : WORD_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out.push(m[0]);
  return out;
}

/** A finite verb, as far as a word list and the -ed ending can tell; a participle after a determiner ("the combined fleet") is not one. */
function isVerb(w: string, prev: string | undefined): boolean {
  if (/^\p{Lu}/u.test(w)) return false;
  const lw = w.toLowerCase();
  if (IRREGULAR_PAST.has(lw)) return true;
  if (!/ed$/.test(lw) || lw.length < 4 || NOT_VERBS.has(lw)) return false;
  return !(prev && DETERMINERS.has(prev.toLowerCase()));
}

/** A clause break: a comma, semicolon or dash; a colon unless it is a time ("18:45"). */
function isBreak(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 44 /* , */) return !(isDigitAt(s, i - 1) && isDigitAt(s, i + 1));
  if (c === 59 /* ; */ || c === 0x2014 /* — */) return true;
  return c === 58 /* : */ && !isDigitAt(s, i + 1);
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Offsets of the comma- and semicolon-separated segments of a sentence (brackets kept whole). */
function segmentAt(s: string, at: number): { start: number; end: number } {
  let start = 0;
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = s.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isBreak(s, i)) start = i + 1;
  }
  let end = s.length;
  for (let i = at; i < s.length; i++) {
    if (isBreak(s, i)) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/**
 * true when the date phrase starting at s[start] ("on 2 January 1905", "in May 1905") dates the main clause
 * (or one of the coordinated main clauses) of sentence `s`.
 */
export function datesMainClause(s: string, start: number): boolean {
  // Inside brackets: an aside ("(on 9 August, the day Nagasaki was bombed)").
  const before = s.slice(0, start);
  if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return false;
  const seg = segmentAt(s, start);
  let head = s.slice(seg.start, start).trim();
  head = head.replace(/^(?:and|but|yet|so|or)(?:\s+|$)/i, "");
  const ws = words(head);
  const first = ws[0]?.toLowerCase();
  // "…, which was in Soviet hands on 16 August", "When the offensive began on 9 August": subordinate.
  if (first && SUBORDINATORS.has(first)) return false;
  // "freed by the fall of Port Arthur on 2 January", "leading to …": a participial phrase.
  // ("taking the village on 10 July" after "The Japanese moved north" is the same action, and stays.)
  if (first && seg.start > 0 && (/^\p{Ll}+ed$/u.test(ws[0]!) || CONSEQUENCE_PARTICIPLES.has(first))) return false;
  // A segment that is a clause on its own must not sit inside a fronted subordinate clause.
  if (seg.start > 0 && !startsMainClause(s, seg.start)) return false;
  // Date first in its clause (after adverbs): it dates the clause.
  if (ws.every((w) => LEAD_ADVERBS.has(w.toLowerCase()))) return true;
  // Before the main verb: in a fronted adverbial ("At the Yalta Conference in February 1945 …")
  // it still dates the clause; in the subject ("The fall of Port Arthur on 2 January freed …") it does not.
  const participle = seg.start > 0 && /^\p{Ll}+ing$/u.test(ws[0] ?? "") && first !== "during";
  const verbAt = participle ? 0 : ws.findIndex((w, i) => isVerb(w, ws[i - 1]));
  if (verbAt < 0) return first !== undefined && ADVERBIAL_PREPOSITIONS.has(first) && !ws.some((w) => SUBORDINATORS.has(w.toLowerCase()));
  // After the verb: no subordinate clause or time phrase may open between the verb and the date.
  const tail = ws.slice(verbAt + 1).map((w) => w.toLowerCase());
  if (tail.some((w) => SUBORDINATORS.has(w))) return false;
  // "planned to attack on 10 October": the date is the plan's aim, not when it was made.
  if (tail.some((w, i) => w === "to" && INTENT_VERBS.has(i === 0 ? ws[verbAt]!.toLowerCase() : tail[i - 1]!))) return false;
  // "ordered the evacuation of Mukden on 9 March": the date may belong to the noun.
  if (/\bthe\s+\p{Ll}+(?:ion|ure|all|ment|al|ence|ance)\s+of\s+[^,;]*$/u.test(head)) return false;
  return true;
}

/**
 * Does the segment starting at `at` begin a main clause? Not when an earlier segment of the same
 * sentence opened a subordinate clause that this one continues ("When A, B and C in May, …").
 * A segment that starts with a coordinator after a complete clause, or has its own verb after
 * a fronted subordinate clause, does.
 */
function startsMainClause(s: string, at: number): boolean {
  const prev = segmentAt(s, at - 1);
  const prevWords = words(s.slice(prev.start, prev.end));
  const prevFirst = prevWords[0]?.toLowerCase();
  const here = words(s.slice(at, segmentAt(s, at).end));
  // A list item with no verb of its own, right after a subordinate segment: still that clause.
  if (prevFirst && SUBORDINATORS.has(prevFirst) && !here.some((w, i) => isVerb(w, here[i - 1]))) return false;
  return true;
}
