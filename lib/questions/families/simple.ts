/** One-value families: result, war (partOf), place, belligerents, units, territory, names/aliases. */
import type { Fact } from "../../facts/types";
import type { Draft } from "../build";
import { allFactsOf, factsOf, infoOf, labelOf, option, ref, slot, tier } from "../context";
import { formatDateRange, overlaps, truncate } from "../dates";
import { pickTiered, tierCloseness, type Candidate } from "../distractors";
import { articledState, articledWar, demonym, nameCore, type SideLabel } from "../labels";
import { normaliseTitle, tokens } from "../text/normalise";
import type { AcceptedText, Family } from "../types";
import { difficulty, rngFor, type EventGenerator } from "./common";

interface Spec {
  family: Family;
  tid: string;
  facts: Fact[];
  slot: string;
  prompt: string;
  key: string;
  cands: Candidate[];
  ok: (text: string) => boolean;
  explanation: string;
  obscurity: number;
  /** "True or false: …" statement for a value. */
  statement?: (v: string) => string;
  /** Typed version: accepted variants (key first). */
  typed?: { prompt: string; accepted: AcceptedText[]; rejectedReason: (t: string) => string };
  reveals?: string[];
}

/** choice + true/false pair + optional typed answer from one key and its candidates. */
function single(s: Spec): Draft[] {
  const out: Draft[] = [];
  const ids = s.facts.map((f) => f.id);
  const wrong = pickTiered(rngFor(s.tid, ids), s.cands, 3, s.ok, [s.key]);
  const reveals = s.reveals ?? [];
  if (wrong.length === 3)
    out.push({
      templateId: `${s.tid}.choice`,
      family: s.family,
      format: "choice",
      facts: s.facts,
      prompt: s.prompt,
      key: s.key,
      wrong: wrong.map((w) => w.text),
      explanation: s.explanation,
      asks: [s.slot],
      reveals,
      difficulty: difficulty("choice", tierCloseness(wrong), s.obscurity),
    });
  if (s.statement) {
    out.push({
      templateId: `${s.tid}.tf.true`,
      family: s.family,
      format: "trueFalse",
      facts: s.facts,
      prompt: `True or false: ${s.statement(s.key)}`,
      value: true,
      explanation: s.explanation,
      asks: [s.slot],
      reveals: [...reveals, s.slot],
      difficulty: difficulty("trueFalse", 0.4, s.obscurity),
    });
    const w = wrong[0];
    if (w)
      out.push({
        templateId: `${s.tid}.tf.false`,
        family: s.family,
        format: "trueFalse",
        facts: s.facts,
        prompt: `True or false: ${s.statement(w.text)}`,
        value: false,
        distractors: [w.text],
        explanation: s.explanation,
        asks: [s.slot],
        reveals,
        difficulty: difficulty("trueFalse", tierCloseness([w]), s.obscurity),
      });
  }
  if (s.typed) {
    const rejected = wrong.map((w) => ({ text: w.text, reason: s.typed!.rejectedReason(w.text) }));
    out.push({
      templateId: `${s.tid}.short`,
      family: s.family,
      format: "shortAnswer",
      facts: s.facts,
      prompt: s.typed.prompt,
      answer: { kind: "text", display: s.key, accepted: s.typed.accepted, rejected },
      explanation: s.explanation,
      asks: [s.slot],
      reveals,
      inputHint: "a short answer",
      difficulty: difficulty("shortAnswer", tierCloseness(wrong), s.obscurity),
    });
  }
  return out;
}

/** Significant words (for "is one place/title inside the other?"). */
function sig(s: string): Set<string> {
  return new Set(tokens(s).filter((t) => t.length > 2 && !["the", "and", "war", "battle", "of", "island", "islands", "north", "south", "east", "west", "northern", "southern"].includes(t)));
}
function disjoint(a: string, b: string): boolean {
  const sa = sig(a);
  for (const t of sig(b)) if (sa.has(t)) return false;
  return true;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const bare = (w: string): string => w.replace(/^the\s+/i, "").trim();

/** Wars outside the corpus, for padding; umbrella wars (World War II, Pacific War) are left out on purpose. */
const OTHER_WARS = ["First Sino-Japanese War", "Boxer Rebellion", "Russian Civil War", "Russo-Turkish War (1877–1878)", "Crimean War", "Korean War", "Japanese intervention in Siberia", "Russo-Japanese War", "Soviet–Japanese War", "Soviet–Japanese border conflicts"];

export const war: EventGenerator = (ctx, ev) => {
  const f = factsOf(ctx, ev, "partOf")[0];
  if (!f) return [];
  const key = bare(f.value);
  const kn = normaliseTitle(key);
  const cands: Candidate[] = [];
  for (const o of ctx.events) if (o.partOf) cands.push({ text: bare(o.partOf), tier: Math.min(2, tier(ctx, ev, o)) });
  for (const w of OTHER_WARS) cands.push({ text: w, tier: 3 });
  const E = ref(ctx, ev, "war");
  // Some articles are part of an operation, not a war: only war-like titles make good options.
  const warLike = (t: string): boolean => /\b(war|conflicts?|rebellion|uprising|intervention)\b/i.test(t) && !/\b(invasion|battle|operation|landing)\b/i.test(t);
  const keyIsWar = warLike(key);
  return single({
    family: "war",
    tid: "war.partOf",
    facts: [f],
    slot: slot(ev, "war"),
    prompt: keyIsWar ? `Which war was ${E} part of?` : `What was ${E} part of?`,
    key,
    cands,
    ok: (t) => (!keyIsWar || warLike(t)) && normaliseTitle(t) !== kn && !normaliseTitle(t).includes(kn) && !kn.includes(normaliseTitle(t)),
    explanation: `The source says it was part of ${articledWar(key)}.`,
    obscurity: 0.2,
    statement: (v) => `${cap(E)} was part of ${articledWar(v)}.`,
    typed: {
      prompt: keyIsWar ? `Which war was ${E} part of?` : `What was ${E} part of?`,
      accepted: [{ display: key, variants: [key, f.value] }],
      rejectedReason: (t) => `${E} was not part of ${articledWar(t)}`,
    },
  });
};

/** Adjectives in a result ("Soviet victory" → Soviet). */
function winners(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.split(/[\s–—-]+/)) {
    const d = demonym(w);
    if (d) out.add(d);
  }
  return out;
}

const COUNTRY: Record<string, string[]> = {
  Japanese: ["Japan", "Empire of Japan"],
  Russian: ["Russia", "Russian Empire"],
  Soviet: ["Soviet Union", "USSR"],
  Chinese: ["China"],
  Mongolian: ["Mongolia"],
  Korean: ["Korea"],
};

function sideVariants(L: SideLabel): string[] {
  const out = [L.short, ...L.belligerents];
  if (L.adj) for (const a of L.adj.split(/ and /)) out.push(a, ...(COUNTRY[a] ?? []));
  return out;
}

export const result: EventGenerator = (ctx, ev) => {
  const f = factsOf(ctx, ev, "result")[0];
  if (!f) return [];
  const key = f.value.trim();
  const w = winners(key);
  if (w.size === 0) return [];
  const labels = infoOf(ctx, ev).labels.filter((l): l is SideLabel => l !== null);
  const cands: Candidate[] = [];
  for (const l of labels) if (l.adj) cands.push({ text: `${l.adj} victory`, tier: 0 });
  for (const o of ctx.events) for (const g of factsOf(ctx, o, "result")) cands.push({ text: g.value.trim(), tier: tier(ctx, ev, o) + 1 });
  const E = ref(ctx, ev);
  const out = single({
    family: "result",
    tid: "result.outcome",
    facts: [f],
    slot: slot(ev, "result"),
    prompt: `What was the result of ${E}?`,
    key,
    cands,
    ok: (t) => {
      const tw = winners(t);
      return tw.size > 0 && [...tw].every((x) => !w.has(x));
    },
    explanation: `The source gives the result as “${key}”.`,
    obscurity: 0.2,
    statement: (v) => `The result of ${E} was: ${v}.`,
  });
  // Which side won (typed): only when the winner is exactly one nameable side.
  const winSides = labels.filter((l) => l.adj && l.adj.split(/ and /).some((a) => w.has(a)));
  if (winSides.length === 1) {
    const W = winSides[0]!;
    const rejected = labels
      .filter((l) => l !== W)
      .flatMap((l) => sideVariants(l).map((t) => ({ text: t, reason: `${t} was on the losing side` })))
      .filter((r) => !sideVariants(W).some((v) => normaliseTitle(v) === normaliseTitle(r.text)));
    out.push({
      templateId: "result.winner.short",
      family: "result",
      format: "shortAnswer",
      facts: [f, ...factsOf(ctx, ev, "belligerent")],
      prompt: `Which side won ${E}?`,
      answer: { kind: "text", display: W.short, accepted: [{ display: W.short, variants: sideVariants(W) }], rejected },
      explanation: `The source gives the result as “${key}”.`,
      asks: [slot(ev, "result")],
      inputHint: "a side or country",
      difficulty: difficulty("shortAnswer", 0.2, 0.2),
    });
  }
  return out;
};

export const place: EventGenerator = (ctx, ev) => {
  const f = factsOf(ctx, ev, "place")[0];
  if (!f) return [];
  const key = f.value.trim();
  // A place the event's own name states would be a free answer.
  if (!disjoint(key, ev.name)) return [];
  const cands: Candidate[] = ctx.events.filter((o) => o.id !== ev.id && o.place).map((o) => ({ text: o.place!.trim(), tier: tier(ctx, ev, o) }));
  const E = ref(ctx, ev);
  return single({
    family: "place",
    tid: "place.where",
    facts: [f],
    slot: slot(ev, "place"),
    prompt: `Where did ${E} take place?`,
    key,
    cands,
    ok: (t) => disjoint(t, key) && disjoint(t, ev.name),
    explanation: `The source places it at ${key}.`,
    obscurity: 0.4,
    statement: (v) => `${cap(E)} took place at ${v}.`,
    typed: { prompt: `Where did ${E} take place?`, accepted: [{ display: key, variants: [key, key.split(/,\s*/)[0] ?? key, key.replace(/\s*\([^)]*\)/g, "")] }], rejectedReason: (t) => `${t} is the site of another event` },
  });
};

const OTHER_STATES = ["Qing dynasty", "Korean Empire", "Mongolian People's Republic", "Manchukuo", "Republic of China", "United Kingdom", "United States", "German Empire", "Ottoman Empire", "French Third Republic"];

export const belligerents: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  const labels = infoOf(ctx, ev).labels.filter((l): l is SideLabel => l !== null);
  if (labels.length < 2) return out;
  const inEvent = allFactsOf(ctx, ev, "belligerent").map((g) => g.value);
  const dems = new Set(inEvent.map(demonym).filter((x): x is string => x !== null));
  const cands: Candidate[] = [];
  for (const o of ctx.events) if (o.id !== ev.id) for (const g of factsOf(ctx, o, "belligerent")) cands.push({ text: g.value, tier: tier(ctx, ev, o) });
  for (const s of OTHER_STATES) cands.push({ text: s, tier: 3 });
  const ok = (t: string): boolean => {
    const d = demonym(t);
    return (d === null || !dems.has(d)) && inEvent.every((b) => normaliseTitle(b) !== normaliseTitle(t) && disjoint(b, t));
  };
  for (const f of factsOf(ctx, ev, "belligerent")) {
    const L = labels.find((l) => l.index === f.side);
    const others = labels.filter((l) => l.index !== f.side);
    if (!L || others.length !== 1) continue;
    const O = others[0]!;
    const against = O.belligerents.map(articledState).join(" and ");
    const E = ref(ctx, ev);
    const d = demonym(f.value);
    const variants = [f.value, ...(d ? [d, ...(COUNTRY[d] ?? [])] : [])];
    const drafts = single({
      family: "belligerents",
      tid: "belligerents.opponent",
      facts: [f, ...factsOf(ctx, ev, "belligerent").filter((g) => g.side === O.index)],
      slot: slot(ev, `belligerent:${f.side}`),
      prompt: `Who fought against ${against} in ${E}?`,
      key: f.value,
      cands,
      ok,
      explanation: `The source lists ${L.belligerents.map(articledState).join(" and ")} against ${against}.`,
      obscurity: 0.2,
      statement: (v) => `${cap(articledState(v))} fought against ${against} in ${E}.`,
      typed: {
        prompt: `Who fought against ${against} in ${E}?`,
        accepted: [{ display: f.value, variants }],
        rejectedReason: (t) => `${t} did not fight in ${E}`,
      },
    });
    // The opponent itself is the classic wrong typed answer.
    for (const dr of drafts)
      if (dr.format === "shortAnswer")
        dr.answer.rejected.push(...O.belligerents.map((b) => ({ text: b, reason: `${b} was the other side` })));
    out.push(...drafts);
  }
  return out;
};

export const units: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  const all = allFactsOf(ctx, ev, "unit");
  for (const f of factsOf(ctx, ev, "unit")) {
    const L = labelOf(ctx, ev, f.side);
    if (!L) continue;
    if (all.some((g) => g.side !== f.side && normaliseTitle(g.value) === normaliseTitle(f.value))) continue;
    const sameSide = all.filter((g) => g.side === f.side).map((g) => normaliseTitle(g.value));
    const cands: Candidate[] = [];
    for (const g of all) if (g.side !== f.side) cands.push({ text: g.value, tier: 0 });
    for (const o of ctx.events) if (o.id !== ev.id) for (const g of factsOf(ctx, o, "unit")) cands.push({ text: g.value, tier: tier(ctx, ev, o) + 1 });
    const E = ref(ctx, ev);
    const facts: Fact[] = [f, ...factsOf(ctx, ev, "belligerent").filter((b) => b.side === f.side)];
    out.push(
      ...single({
        family: "units",
        tid: "units.which",
        facts,
        slot: slot(ev, `unit:${f.side}`),
        prompt: `Which unit fought on ${L.noun} in ${E}?`,
        key: f.value,
        cands,
        ok: (t) => !sameSide.includes(normaliseTitle(t)),
        explanation: `The source lists ${f.value} among the units of ${L.noun}.`,
        obscurity: 0.6,
        statement: (v) => `${v} fought on ${L.noun} in ${E}.`,
      }),
    );
    const others = infoOf(ctx, ev).labels.filter((l): l is SideLabel => l !== null && l.index !== f.side);
    if (others.length > 0)
      out.push({
        templateId: "units.side.choice",
        family: "units",
        format: "choice",
        facts: [f, ...factsOf(ctx, ev, "belligerent")],
        prompt: `On which side did ${f.value} fight in ${E}?`,
        key: L.short,
        wrong: others.map((o) => o.short),
        explanation: `The source lists ${f.value} among the units of ${L.noun}.`,
        asks: [slot(ev, `unit:${f.key}`)],
        difficulty: difficulty("choice", 0.3, 0.6),
      });
  }
  return out;
};

export const territory: EventGenerator = (ctx, ev) => {
  const f = factsOf(ctx, ev, "territory")[0];
  if (!f) return [];
  const cands: Candidate[] = ctx.events.flatMap((o) => (o.id === ev.id ? [] : factsOf(ctx, o, "territory").map((g) => ({ text: g.value.trim(), tier: tier(ctx, ev, o) }))));
  const E = ref(ctx, ev);
  const key = f.value.trim();
  return single({
    family: "territory",
    tid: "territory.change",
    facts: [f],
    slot: slot(ev, "territory"),
    prompt: `What territorial change followed ${E}?`,
    key,
    cands,
    ok: (t) => normaliseTitle(t) !== normaliseTitle(key),
    explanation: `The source gives the territorial change as “${key}”.`,
    obscurity: 0.5,
    statement: (v) => `The territorial outcome of ${E} was: ${v}.`,
  });
};

export const names: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  const own = new Set([ev.name, ...ev.aliases].map(normaliseTitle));
  const allNames: Candidate[] = [];
  for (const o of ctx.events) {
    if (o.id === ev.id) continue;
    for (const n of [o.name, ...o.aliases]) allNames.push({ text: n, tier: tier(ctx, ev, o) });
  }
  // Aliases: "By what other name is E known?"
  for (const f of factsOf(ctx, ev, "alias")) {
    if (normaliseTitle(f.value) === normaliseTitle(ev.name)) continue;
    out.push(
      ...single({
        family: "names",
        tid: "names.alias",
        facts: [f],
        slot: slot(ev, `alias:${f.key}`),
        prompt: `${cap(ref(ctx, ev))} is also known as…`,
        key: f.value,
        cands: allNames,
        ok: (t) => !own.has(normaliseTitle(t)),
        explanation: `The source also calls it ${f.value}.`,
        obscurity: 0.5,
        statement: (v) => `${cap(ref(ctx, ev))} is also known as ${/^(battle|siege|invasion|occupation)\b/i.test(v) ? "the " : ""}${v}.`,
      }),
    );
  }
  // Identify the event from its date and war (and place when the name does not contain it).
  const nameFact = factsOf(ctx, ev, "name")[0];
  const dateFact = factsOf(ctx, ev, "date")[0];
  if (nameFact && dateFact) {
    const clue = { start: truncate(dateFact.value.start, "month"), end: truncate(dateFact.value.end, "month") };
    const when = formatDateRange(clue);
    const warFact = factsOf(ctx, ev, "partOf")[0];
    const placeFact = factsOf(ctx, ev, "place")[0];
    const cands: Candidate[] = ctx.events
      .filter((o) => o.id !== ev.id && o.date && !overlaps(o.date, clue))
      .map((o) => ({ text: option(ctx, o, "date"), tier: nameCore(o.name).some((t) => nameCore(ev.name).includes(t)) ? 0 : tier(ctx, ev, o) }));
    const facts: Fact[] = [nameFact, dateFact, ...(warFact ? [warFact] : []), ...(placeFact ? [placeFact] : [])];
    const where = placeFact ? ` at ${placeFact.value}` : "";
    const during = warFact ? `, during ${articledWar(warFact.value.replace(/^the\s+/i, ""))}` : "";
    out.push(
      ...single({
        family: "names",
        tid: "names.identify",
        facts,
        slot: slot(ev, "name"),
        prompt: `Which event took place${where} in ${when}${during}?`,
        key: option(ctx, ev, "date"),
        cands,
        ok: (t) => !own.has(normaliseTitle(t)),
        explanation: `${ev.name}: ${formatDateRange(dateFact.value)}${where}${during}.`,
        obscurity: 0.3,
        reveals: [slot(ev, "date"), slot(ev, "war"), slot(ev, "place")],
      }),
    );
  }
  return out;
};
