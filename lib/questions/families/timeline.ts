/** Timeline entries: order them, date one, or say what happened on a date. Dates are redacted from item texts. */
import type { FactOf } from "../../facts/types";
import type { Draft } from "../build";
import { factsOf, ref, slot, tier, type GenContext } from "../context";
import { dayIndex, formatPartial, precisionOf } from "../dates";
import { dateDistractors, pickTiered, tierCloseness, type Candidate } from "../distractors";
import { redactDates } from "../text/redact";
import { normaliseTitle } from "../text/normalise";
import { difficulty, rngFor, type EventGenerator } from "./common";

type TF = FactOf<"timeline">;

function item(f: TF): string {
  const t = redactDates(f.value.text);
  return t.length > 220 ? t.slice(0, 217).replace(/\s+\S*$/, "") + "…" : t;
}

/** Entries with a usable date and text; one per date (same-date entries cannot be ordered). */
function usable(ctx: GenContext, fs: TF[]): TF[] {
  void ctx;
  const byDate = new Map<string, TF[]>();
  for (const f of fs) {
    if (precisionOf(f.value.date) === "year" || item(f).length < 15) continue;
    const xs = byDate.get(f.value.date) ?? [];
    xs.push(f);
    byDate.set(f.value.date, xs);
  }
  return [...byDate.values()].filter((xs) => xs.length === 1).map((xs) => xs[0]!).sort((a, b) => dayIndex(a.value.date) - dayIndex(b.value.date));
}

/** Strictly ordered: each entry's earliest reading after the previous one's latest. */
function strictChain(fs: TF[]): TF[] {
  const out: TF[] = [];
  for (const f of fs) {
    const last = out[out.length - 1];
    if (!last || dayIndex(last.value.date, true) < dayIndex(f.value.date)) out.push(f);
  }
  return out;
}

export const timeline: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  const fs = usable(ctx, factsOf(ctx, ev, "timeline"));
  const E = ref(ctx, ev);
  const chain = strictChain(fs);
  for (let i = 0; i + 4 <= chain.length; i += 4) {
    const g = chain.slice(i, i + 5);
    const texts = g.map(item);
    if (new Set(texts.map(normaliseTitle)).size !== texts.length) continue;
    out.push({
      templateId: "timeline.order.ordering",
      family: "timeline",
      format: "ordering",
      facts: g,
      prompt: `Put these moments of ${E} in order, earliest first.`,
      ordered: texts,
      explanation: g.map((f) => `${formatPartial(f.value.date)}: ${f.value.text}`).join(" "),
      asks: g.map((f) => slot(ev, `timeline:${f.key}`)),
      difficulty: difficulty("ordering", 0.6, 0.7),
    });
  }
  const others: Candidate[] = [];
  for (const o of ctx.events)
    if (o.id !== ev.id) for (const g of usable(ctx, factsOf(ctx, o, "timeline"))) others.push({ text: item(g), tier: tier(ctx, ev, o) + 1 });
  for (const f of fs) {
    const s = slot(ev, `timeline:${f.key}`);
    const when = formatPartial(f.value.date);
    // What happened on <date>? Other entries of the same event (other dates) are certainly wrong for it.
    const same: Candidate[] = fs.filter((g) => g.id !== f.id && g.value.date !== f.value.date).map((g) => ({ text: item(g), tier: 0 }));
    const tid = "timeline.what.choice";
    const wrong = pickTiered(rngFor(tid, [f.id]), [...same, ...others], 3, () => true, [item(f)]);
    if (wrong.length === 3)
      out.push({
        templateId: tid,
        family: "timeline",
        format: "choice",
        facts: [f],
        prompt: `What happened ${precisionOf(f.value.date) === "day" ? "on" : "in"} ${when} during ${E}?`,
        key: item(f),
        wrong: wrong.map((w) => w.text),
        explanation: `The source: “${f.value.text}”`,
        asks: [s],
        reveals: [s],
        difficulty: difficulty("choice", tierCloseness(wrong), 0.7),
      });
    // When did this happen? (typed date; the year may be left out: it is the event's)
    const realDates = fs.filter((g) => g.id !== f.id).map((g) => ({ range: { start: g.value.date, end: g.value.date }, tier: 0 }));
    const dis = dateDistractors(rngFor("timeline.when.date", [f.id]), { start: f.value.date, end: f.value.date }, realDates, 3);
    out.push({
      templateId: "timeline.when.date",
      family: "timeline",
      format: "date",
      facts: [f],
      prompt: `During ${E}, when did this happen? “${item(f)}”`,
      answer: { kind: "date", display: when, start: f.value.date, end: f.value.date, precision: precisionOf(f.value.date), impliedYear: f.value.date.slice(0, 4) },
      distractors: dis.values.map((v) => formatPartial(v.start)),
      inputHint: "a date",
      explanation: `The source: “${f.value.text}”`,
      asks: [s],
      difficulty: difficulty("date", 0.6, 0.7),
    });
  }
  return out;
};
