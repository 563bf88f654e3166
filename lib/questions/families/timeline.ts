/**
 * Timeline entries: order them, date one, or say what happened on a date. Items are date-free statements
 * (text/items). "During E" only for dates inside E's own range; background and aftermath entries are
 * asked "according to the article on E".
 */
import type { BattleEvent, FactOf } from "../../facts/types";
import type { Draft } from "../build";
import { factsOf, memo, ref, slot, tier, type GenContext } from "../context";
import { dayIndex, formatPartial, overlaps, precisionOf, yearsOf } from "../dates";
import { dateDistractors, pickTiered, tierCloseness, type Candidate } from "../distractors";
import { timelineItem } from "../text/items";
import { normaliseTitle } from "../text/normalise";
import { articled } from "../labels";
import { difficulty, rngFor, type EventGenerator } from "./common";

type TF = FactOf<"timeline">;

/** "the Battle of Mukden": the article the entry is read from, named (not "the source"). */
function articleName(ev: BattleEvent): string {
  return articled(ev.name);
}

function lowerFirst(t: string): string {
  // Keep a proper name's capital ("Kuropatkin called off…"); lower an article ("The Russians…").
  return /^(?:The|A|An|In|On|At|After|Before|During|Early|Late)\s/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** The entry as a clean date-free statement, or null. */
export function item(f: TF): string | null {
  return timelineItem(f.value.text, f.value.date);
}

/** Does the date lie within the event's own date range? */
export function withinEvent(ev: BattleEvent, date: string): boolean {
  if (!ev.date) return false;
  return dayIndex(date) >= dayIndex(ev.date.start) && dayIndex(date, true) <= dayIndex(ev.date.end, true);
}

const single = (d: string) => ({ start: d, end: d });

/** Entries with a usable date and a clean item; one per date (same-date entries cannot be ordered). */
function usable(ctx: GenContext, ev: BattleEvent): { f: TF; text: string }[] {
  return memo(ctx, `timeline|${ev.id}`, () => usableRaw(ev, factsOf(ctx, ev, "timeline")));
}

function usableRaw(ev: BattleEvent, fs: TF[]): { f: TF; text: string }[] {
  // "The Battle of Chemulpo Bay was a naval battle…" defines the event; naming it would give the answer away.
  const names = [ev.name, ...ev.aliases].map(normaliseTitle).filter((n) => n.length > 0);
  const byDate = new Map<string, TF[]>();
  for (const f of fs) {
    const t = item(f);
    if (precisionOf(f.value.date) === "year" || t === null) continue;
    const nt = normaliseTitle(t);
    if (names.some((n) => nt.includes(n))) continue;
    const xs = byDate.get(f.value.date) ?? [];
    xs.push(f);
    byDate.set(f.value.date, xs);
  }
  const entries = [...byDate.values()]
    .filter((xs) => xs.length === 1)
    .map((xs) => ({ f: xs[0]!, text: item(xs[0]!)! }))
    .sort((a, b) => dayIndex(a.f.value.date) - dayIndex(b.f.value.date) || b.f.value.date.length - a.f.value.date.length);
  // One event told twice (two articles, or "in January" and "on 2 January"): keep the first, most precise telling.
  const kept: { f: TF; text: string; words: Set<string> }[] = [];
  for (const e of entries) {
    const words = new Set(normaliseTitle(e.text).split(" ").filter((w) => w.length > 2));
    if (kept.some((k) => similar(k.words, words))) continue;
    kept.push({ ...e, words });
  }
  return kept.map(({ f, text }) => ({ f, text }));
}

/** Jaccard similarity of two word sets at or above 0.6: the same sentence in other words. */
function similar(a: Set<string>, b: Set<string>): boolean {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  const union = a.size + b.size - both;
  return union > 0 && both / union >= 0.6;
}

/** Strictly ordered: each entry's earliest reading after the previous one's latest. */
function strictChain(fs: { f: TF; text: string }[]): { f: TF; text: string }[] {
  const out: { f: TF; text: string }[] = [];
  for (const x of fs) {
    const last = out[out.length - 1];
    if (!last || dayIndex(last.f.value.date, true) < dayIndex(x.f.value.date)) out.push(x);
  }
  return out;
}

export const timeline: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  const fs = usable(ctx, ev);
  const E = ref(ctx, ev);
  const oneYear = ev.date && yearsOf(ev.date).length === 1 ? ev.date.start.slice(0, 4) : null;
  const chain = strictChain(fs);
  for (let i = 0; i + 4 <= chain.length; i += 4) {
    const g = chain.slice(i, i + 5);
    const texts = g.map((x) => x.text);
    if (new Set(texts.map(normaliseTitle)).size !== texts.length) continue;
    const inside = g.every((x) => withinEvent(ev, x.f.value.date));
    out.push({
      templateId: "timeline.order.ordering",
      family: "timeline",
      format: "ordering",
      facts: g.map((x) => x.f),
      prompt: inside ? `Put these moments of ${E} in order, earliest first.` : `Put these events from the article on ${E} in order, earliest first.`,
      ordered: texts,
      // The quotes below give each sentence; the explanation gives the dates in order.
      explanation: `In order: ${g.map((x) => `${formatPartial(x.f.value.date)}, ${lowerFirst(x.text).replace(/[.!?…]+$/, "")}`).join("; ")}.`,
      asks: g.map((x) => slot(ev, `timeline:${x.f.key}`)),
      difficulty: difficulty("ordering", 0.6, 0.7),
    });
  }
  // Other events' entries, with their dates: an entry of the same date elsewhere is not a wrong answer.
  const others: (Candidate & { lo: number; hi: number })[] = [];
  for (const o of ctx.events)
    // Same war or era only: another era's entry names states and people that rule it out at a glance.
    if (o.id !== ev.id && tier(ctx, ev, o) <= 1) for (const x of usable(ctx, o)) others.push({ text: x.text, tier: tier(ctx, ev, o) + 1, lo: dayIndex(x.f.value.date), hi: dayIndex(x.f.value.date, true) });
  for (const { f, text } of fs) {
    const s = slot(ev, `timeline:${f.key}`);
    const date = f.value.date;
    const when = formatPartial(date);
    const inside = withinEvent(ev, date);
    const on = precisionOf(date) === "day" ? "on" : "in";
    // What happened on <date>? Entries of other dates (of this event first) are certainly wrong for it.
    const same: Candidate[] = fs.filter((g) => g.f.id !== f.id && !overlaps(single(g.f.value.date), single(date))).map((g) => ({ text: g.text, tier: 0 }));
    const lo = dayIndex(date);
    const hi = dayIndex(date, true);
    const far = others.filter((c) => c.hi < lo || hi < c.lo);
    const tid = "timeline.what.choice";
    // The prompt lets the picker match a key that repeats its words (the event's place) with options that do too.
    const wrong = pickTiered(rngFor(tid, [f.id]), [...same, ...far], 3, () => true, [text], text, `${E} ${when}`);
    if (wrong.length === 3)
      out.push({
        templateId: tid,
        family: "timeline",
        format: "choice",
        facts: [f],
        prompt: inside ? `What happened ${on} ${when} during ${E}?` : `According to the article on ${E}, what happened ${on} ${when}?`,
        key: text,
        wrong: wrong.map((w) => w.text),
        explanation: `The article on ${articleName(ev)} dates this to ${when}.`,
        asks: [s],
        reveals: [s],
        difficulty: difficulty("choice", tierCloseness(wrong), 0.7),
      });
    // When did this happen? (typed date; inside a one-year event the year may be left out)
    const realDates = fs.filter((g) => g.f.id !== f.id).map((g) => ({ range: single(g.f.value.date), tier: 0 }));
    const dis = dateDistractors(rngFor("timeline.when.date", [f.id]), single(date), realDates, 3);
    out.push({
      templateId: "timeline.when.date",
      family: "timeline",
      format: "date",
      facts: [f],
      prompt: inside ? `During ${E}, when did this happen? “${text}”` : `According to the article on ${E}, when did this happen? “${text}”`,
      answer: { kind: "date", display: when, start: date, end: date, precision: precisionOf(date), impliedYear: inside && oneYear === date.slice(0, 4) ? oneYear : null },
      distractors: dis.values.map((v) => formatPartial(v.start)),
      inputHint: "a date",
      explanation: `The article on ${articleName(ev)} dates this to ${when}.`,
      asks: [s],
      difficulty: difficulty("date", 0.6, 0.7),
    });
  }
  return out;
};
