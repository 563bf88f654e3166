/** Dates: when did E take place / begin / end, which year, which came first, order events, events ↔ dates. */
import type { BattleEvent, DateRange, FactOf } from "../../facts/types";
import type { Draft } from "../build";
import { factsOf, infoOf, option, ref, slot, tier, type GenContext } from "../context";
import { certainlyBefore, formatDateRange, formatPartial, precisionOf, yearsOf } from "../dates";
import { dateDistractors } from "../distractors";
import { difficulty, rngFor, type CorpusGenerator, type EventGenerator } from "./common";


type DF = FactOf<"date">;

function dateFact(ctx: GenContext, ev: BattleEvent): DF | null {
  const fs = factsOf(ctx, ev, "date");
  return fs[0] ?? null;
}

/** Real date ranges of other events, tiered, for same-shape distractors. */
function realDates(ctx: GenContext, ev: BattleEvent) {
  const out: { range: { start: string; end: string }; tier: number }[] = [];
  for (const o of ctx.events) {
    if (o.id === ev.id) continue;
    for (const f of factsOf(ctx, o, "date")) out.push({ range: { start: f.value.start, end: f.value.end }, tier: tier(ctx, ev, o) });
  }
  return out;
}

function singleRealDates(ctx: GenContext, ev: BattleEvent, which: "start" | "end") {
  return realDates(ctx, ev).map((c) => ({ range: { start: c.range[which], end: c.range[which] }, tier: c.tier }));
}

export const dates: EventGenerator = (ctx, ev) => {
  const f = dateFact(ctx, ev);
  if (!f) return [];
  const out: Draft[] = [];
  const r: DateRange = f.value;
  const E = ref(ctx, ev, "date");
  const s = slot(ev, "date");
  const disp = formatDateRange(r);
  const isRange = r.start !== r.end;
  const year = r.start.slice(0, 4);
  // When did E take place? (choice)
  {
    const tid = "dates.when.choice";
    const dis = dateDistractors(rngFor(tid, [f.id]), r, realDates(ctx, ev), 3);
    if (dis.values.length === 3)
      out.push({
        templateId: tid,
        family: "dates",
        format: "choice",
        facts: [f],
        prompt: `When did ${E} take place?`,
        key: disp,
        wrong: dis.values.map(formatDateRange),
        explanation: `The source dates it ${r.text || disp}.`,
        asks: [s],
        difficulty: difficulty("choice", dis.closeness, 0.3),
      });
    // True/false both ways.
    out.push({
      templateId: "dates.tf.true",
      family: "dates",
      format: "trueFalse",
      facts: [f],
      prompt: `True or false: ${cap(E)} took place ${when(r)}.`,
      value: true,
      explanation: `The source dates it ${r.text || disp}.`,
      asks: [s],
      reveals: [s],
      difficulty: difficulty("trueFalse", 0.3, 0.3),
    });
    const w = dis.values[0];
    if (w)
      out.push({
        templateId: "dates.tf.false",
        family: "dates",
        format: "trueFalse",
        facts: [f],
        prompt: `True or false: ${cap(E)} took place ${when(w)}.`,
        value: false,
        distractors: [formatDateRange(w)],
        explanation: `The source dates it ${r.text || disp}, not ${formatDateRange(w)}.`,
        asks: [s],
        difficulty: difficulty("trueFalse", dis.closeness, 0.3),
      });
  }
  // Typed: the whole range (or single date).
  out.push({
    templateId: "dates.when.date",
    family: "dates",
    format: "date",
    facts: [f],
    prompt: isRange ? `From when to when did ${E} take place?` : `When did ${E} take place?`,
    answer: { kind: "date", display: disp, start: r.start, end: r.end, precision: r.precision, impliedYear: null },
    distractors: dateDistractors(rngFor("dates.when.date", [f.id]), r, realDates(ctx, ev), 3).values.map(formatDateRange),
    inputHint: isRange ? "a date range, e.g. 7–31 July 1905" : "a date",
    explanation: `The source dates it ${r.text || disp}.`,
    asks: [s],
    difficulty: difficulty("date", 0.5, 0.4),
  });
  // Begin / end, typed, when the range has distinct ends.
  if (isRange) {
    for (const which of ["start", "end"] as const) {
      const p = r[which];
      const tid = `dates.${which === "start" ? "begin" : "end"}.date`;
      const single = { start: p, end: p };
      const dis = dateDistractors(rngFor(tid, [f.id]), single, singleRealDates(ctx, ev, which), 3, [r]);
      out.push({
        templateId: tid,
        family: "dates",
        format: "date",
        facts: [f],
        prompt: which === "start" ? `When did ${E} begin?` : `When did ${E} end?`,
        answer: { kind: "date", display: formatPartial(p), start: p, end: p, precision: precisionOf(p), impliedYear: null },
        distractors: dis.values.map((v) => formatPartial(v.start)),
        inputHint: "a date",
        explanation: `The source dates it ${r.text || disp}.`,
        asks: [s],
        difficulty: difficulty("date", 0.5, 0.4),
      });
    }
  }
  // Which year: only when the event sits within one year.
  const years = yearsOf(r);
  if (years.length === 1) {
    const tid = "dates.year.choice";
    const dis = dateDistractors(
      rngFor(tid, [f.id]),
      { start: year, end: year },
      realDates(ctx, ev).map((c) => ({ range: { start: c.range.start.slice(0, 4), end: c.range.start.slice(0, 4) }, tier: c.tier })),
      3,
    );
    // A year is a date, not a quantity: checked as a date so "Feb 1905" counts and "1904" is not "close".
    out.push({
      templateId: "dates.year.date",
      family: "dates",
      format: "date",
      facts: [f],
      prompt: `In which year did ${E} take place?`,
      answer: { kind: "date", display: year, start: year, end: year, precision: "year", impliedYear: null },
      distractors: dis.values.map((v) => v.start),
      inputHint: "a year",
      explanation: `The source dates it ${r.text || disp}.`,
      asks: [s],
      difficulty: difficulty("number", 0.4, 0.3),
    });
    if (dis.values.length === 3)
      out.push({
        templateId: tid,
        family: "dates",
        format: "choice",
        facts: [f],
        prompt: `In which year did ${E} take place?`,
        key: year,
        wrong: dis.values.map((v) => v.start),
        explanation: `The source dates it ${r.text || disp}.`,
        asks: [s],
        difficulty: difficulty("choice", dis.closeness, 0.3),
      });
  }
  return out;
};

/** "on 8 July 1905", "in July 1905", "from 7 July to 31 July 1905"-ish: "between … and …" reads well for any range. */
function when(r: { start: string; end: string }): string {
  if (r.start === r.end) return precisionOf(r.start) === "day" ? `on ${formatPartial(r.start)}` : `in ${formatPartial(r.start)}`;
  return `between ${formatPartial(r.start)} and ${formatPartial(r.end)}`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Dated {
  ev: BattleEvent;
  f: DF;
}

function dated(ctx: GenContext): Dated[] {
  const out: Dated[] = [];
  for (const ev of ctx.events) {
    const f = dateFact(ctx, ev);
    if (f) out.push({ ev, f });
  }
  return out.sort((a, b) => (a.f.value.start < b.f.value.start ? -1 : a.f.value.start > b.f.value.start ? 1 : a.ev.id < b.ev.id ? -1 : 1));
}

/** Greedy chain of events each certainly before the next. */
function chain(xs: Dated[]): Dated[] {
  const out: Dated[] = [];
  for (const x of xs) {
    const last = out[out.length - 1];
    if (!last || certainlyBefore(last.f.value, x.f.value)) out.push(x);
  }
  return out;
}

export const datesAcross: CorpusGenerator = (ctx) => {
  const out: Draft[] = [];
  const all = dated(ctx);
  // Which came first: four events of one war (a date of another war, or a state named in an event's title,
  // would rule options out at a glance), the key certainly before each of the others.
  const seen = new Set<string>();
  for (const a of all) {
    const later = all.filter((b) => b.ev.id !== a.ev.id && tier(ctx, a.ev, b.ev) === 0 && certainlyBefore(a.f.value, b.f.value));
    if (later.length < 3) continue;
    const rng = rngFor("dates.first.choice", [a.f.id]);
    const picked = rng.shuffle(later).slice(0, 3);
    const texts = [a, ...picked].map((d) => option(ctx, d.ev, "date"));
    if (new Set(texts).size !== texts.length) continue;
    const k = [a, ...picked].map((d) => d.ev.id).sort().join("|");
    if (seen.has(k)) continue;
    seen.add(k);
    const items = [a, ...picked].sort((x, y) => (x.f.value.start < y.f.value.start ? -1 : 1));
    out.push({
      templateId: "dates.first.choice",
      family: "dates",
      format: "choice",
      facts: items.map((d) => d.f),
      prompt: `Which of these came first?`,
      key: option(ctx, a.ev, "date"),
      wrong: picked.map((d) => option(ctx, d.ev, "date")),
      explanation: items.map((d) => `${d.ev.name}: ${formatDateRange(d.f.value)}`).join("; ") + ".",
      asks: items.map((d) => slot(d.ev, "date")),
      reveals: [],
      difficulty: difficulty("choice", 0.7, 0.4),
    });
  }
  // Ordering: per war, then corpus-wide windows.
  const groups: Dated[][] = [];
  const byWar = new Map<string, Dated[]>();
  for (const d of all) {
    const w = infoOf(ctx, d.ev).war;
    if (!w) continue;
    const xs = byWar.get(w) ?? [];
    xs.push(d);
    byWar.set(w, xs);
  }
  for (const xs of byWar.values()) {
    const c = chain(xs);
    for (let i = 0; i + 4 <= c.length; i += 3) groups.push(c.slice(i, i + 5));
  }
  const global = chain(all);
  for (let i = 0; i + 4 <= global.length; i += 4) {
    // Spread picks so items come from different periods.
    groups.push(global.slice(i, i + 5));
  }
  const optionTexts = (g: Dated[]) => g.map((d) => option(ctx, d.ev, "date"));
  const gseen = new Set<string>();
  for (const g of groups) {
    const k = g.map((d) => d.ev.id).join("|");
    if (gseen.has(k) || new Set(optionTexts(g)).size !== g.length) continue;
    gseen.add(k);
    out.push({
      templateId: "dates.order.ordering",
      family: "dates",
      format: "ordering",
      facts: g.map((d) => d.f),
      prompt: "Put these events in chronological order, earliest first.",
      ordered: optionTexts(g),
      explanation: g.map((d) => `${d.ev.name}: ${formatDateRange(d.f.value)}`).join("; ") + ".",
      asks: g.map((d) => slot(d.ev, "date")),
      difficulty: difficulty("ordering", 0.5, 0.4),
    });
  }
  // Matching events to dates (4 events with distinct, non-overlapping dates).
  for (const g of groups) {
    const four = g.slice(0, 4);
    const texts = four.map((d) => formatDateRange(d.f.value));
    if (four.length < 3 || new Set(texts).size !== four.length || new Set(optionTexts(four)).size !== four.length) continue;
    out.push({
      templateId: "dates.match.matching",
      family: "dates",
      format: "matching",
      facts: four.map((d) => d.f),
      prompt: "Match each event to its dates.",
      pairs: four.map((d, i) => [option(ctx, d.ev, "date"), texts[i]!] as [string, string]),
      explanation: four.map((d) => `${d.ev.name}: ${formatDateRange(d.f.value)}`).join("; ") + ".",
      asks: four.map((d) => slot(d.ev, "date")),
      difficulty: difficulty("matching", 0.5, 0.4),
    });
  }
  return out;
};
