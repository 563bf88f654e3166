/** One-value families: result, place, belligerents, units, territory, names/aliases (war and campaign live in ./war). */
import type { Fact } from "../../facts/types";
import type { Draft } from "../build";
import { allFactsOf, factsOf, infoOf, labelOf, nested, option, ref, slot, tier } from "../context";
import { formatDateRange, overlaps, truncate } from "../dates";
import type { Candidate } from "../distractors";
import { articled, articledState, articledUnit, articledWar, demonym, isFor, joinAnd, nameCore, placePhrase, readableName, type SideLabel } from "../labels";
import { normaliseTitle, tokens } from "../text/normalise";
import { difficulty, type EventGenerator } from "./common";
import { single } from "./single";

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

/** "The Battle of Mukden ended in a Japanese victory." when the result is a plain victory, else "The result of E was: …". */
function resultStatement(E: string, v: string): string {
  if (/^[\p{L}\s,–—-]+ victory$/u.test(v) && !/;/.test(v)) {
    const adj = /^(Decisive|Major|Minor|Pyrrhic|Tactical|Strategic|Indecisive)\b/.test(v) ? v.charAt(0).toLowerCase() + v.slice(1) : v;
    return `${cap(E)} ended in ${/^[AEIOU]/i.test(adj) ? "an" : "a"} ${adj}.`;
  }
  return `The source gives the result of ${E} as “${v}”.`;
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
    // A long result is quoted below in full; saying it twice in the feedback helps nobody.
    explanation: key.length < 40 ? `The source gives the result as “${key}”.` : `The source gives the result of ${E} in the line quoted below.`,
    obscurity: 0.2,
    statement: (v) => resultStatement(E, v),
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
      // A long result is quoted below in full; saying it twice in the feedback helps nobody.
    explanation: key.length < 40 ? `The source gives the result as “${key}”.` : `The source gives the result of ${E} in the line quoted below.`,
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
    explanation: `The source places it ${placePhrase(key)}.`,
    obscurity: 0.4,
    statement: (v) => `${cap(E)} took place ${placePhrase(v)}.`,
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
    const against = joinAnd(O.belligerents.map(articledState));
    const E = ref(ctx, ev);
    const variantsOf = (b: string): string[] => {
      const d = demonym(b);
      return [b, ...(d ? [d, ...(COUNTRY[d] ?? [])] : [])];
    };
    const drafts = single({
      family: "belligerents",
      tid: "belligerents.opponent",
      facts: [f, ...factsOf(ctx, ev, "belligerent").filter((g) => g.side === O.index)],
      slot: slot(ev, `belligerent:${f.side}`),
      prompt: `Who fought against ${against} in ${E}?`,
      key: f.value,
      cands,
      ok,
      explanation: `The source lists ${joinAnd(L.belligerents.map(articledState))} against ${against}.`,
      obscurity: 0.2,
      statement: (v) => `${cap(articledState(v))} fought against ${against} in ${E}.`,
      typed: {
        prompt: `Who fought against ${against} in ${E}?`,
        // Every belligerent of the asked side is a right answer, the fact's own first.
        accepted: [f.value, ...L.belligerents.filter((b) => b !== f.value)].map((b) => ({ display: b, variants: variantsOf(b) })),
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
        explanation: `The source lists ${articledUnit(f.value)} among the units of ${L.noun}.`,
        obscurity: 0.6,
        statement: (v) => `${cap(articledUnit(v))} fought on ${L.noun} in ${E}.`,
      }),
    );
    const others = infoOf(ctx, ev).labels.filter((l): l is SideLabel => l !== null && l.index !== f.side);
    if (others.length > 0)
      out.push({
        templateId: "units.side.choice",
        family: "units",
        format: "choice",
        facts: [f, ...factsOf(ctx, ev, "belligerent")],
        prompt: `On which side did ${articledUnit(f.value)} fight in ${E}?`,
        key: L.short,
        wrong: others.map((o) => o.short),
        explanation: `The source lists ${articledUnit(f.value)} among the units of ${L.noun}.`,
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
    explanation: `The source gives this as the territorial change after ${E}.`,
    obscurity: 0.5,
    statement: (v) => `The source gives the territorial outcome of ${E} as “${v}”.`,
  });
};

export const names: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  const ownNames = [ev.name, ...ev.aliases];
  const own = new Set(ownNames.map(normaliseTitle));
  const ownCore = new Set(ownNames.flatMap(nameCore));
  const allNames: Candidate[] = [];
  for (const o of ctx.events) {
    if (o.id === ev.id || nested(ctx, ev, o)) continue;
    for (const n of [o.name, ...o.aliases]) if (readableName(n)) allNames.push({ text: n, tier: tier(ctx, ev, o) });
  }
  // Aliases: "E is also known as…". Only readable English names; options share no place word with E's names
  // (another event's "Battle of Sakhalin" may well be a name of this one too).
  for (const f of factsOf(ctx, ev, "alias")) {
    if (normaliseTitle(f.value) === normaliseTitle(ev.name) || !readableName(f.value)) continue;
    // "Invasion of Sakhalin" for the Japanese invasion of Sakhalin says nothing the name does not.
    if (normaliseTitle(ev.name).includes(normaliseTitle(f.value))) continue;
    const E = cap(ref(ctx, ev));
    out.push(
      ...single({
        family: "names",
        tid: "names.alias",
        facts: [f],
        slot: slot(ev, `alias:${f.key}`),
        prompt: `${E} ${isFor(ev)} also known as…`,
        key: f.value,
        cands: allNames,
        ok: (t) => !own.has(normaliseTitle(t)) && !nameCore(t).some((w) => ownCore.has(w)),
        explanation: `The source also calls it ${articled(f.value)}.`,
        obscurity: 0.5,
        statement: (v) => `${E} ${isFor(ev)} also known as ${articled(v)}.`,
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
    // The place's first part ("Liaoyang" of "Liaoyang, on the Mukden–Port Arthur railway"), unless the name says it.
    const at = placeFact ? (placeFact.value.split(/,\s*/)[0] ?? "").trim() : "";
    const usePlace = placeFact !== undefined && at !== "" && disjoint(at, ev.name);
    const warName = infoOf(ctx, ev).warName;
    const useWar = warFact !== undefined && warName !== null;
    // The clue must fit this event alone among the studied ones ("Which event took place in August 1945?"
    // has several answers), whatever the options: another event of the same war (or of unknown war) in
    // those months, at that place (or of unknown place), would be a second right answer.
    const fitsToo = (o: (typeof ctx.events)[number]): boolean =>
      o.id !== ev.id &&
      (!o.date || overlaps(o.date, clue)) &&
      (!useWar || infoOf(ctx, o).war === null || infoOf(ctx, o).war === infoOf(ctx, ev).war) &&
      (!usePlace || !o.place || !disjoint(at, o.place));
    if (ctx.events.some(fitsToo)) return out;
    const facts: Fact[] = [nameFact, dateFact, ...(useWar ? [warFact] : []), ...(usePlace ? [placeFact] : [])];
    const where = usePlace ? ` ${placePhrase(at)}` : "";
    const of = useWar ? ` of ${articledWar(warName)}` : "";
    out.push(
      ...single({
        family: "names",
        tid: "names.identify",
        facts,
        slot: slot(ev, "name"),
        prompt: `Which event${of} took place${where} in ${when}?`,
        key: option(ctx, ev, "date"),
        cands,
        ok: (t) => !own.has(normaliseTitle(t)),
        explanation: `${ev.name}: ${formatDateRange(dateFact.value)}${usePlace ? `, ${placeFact.value}` : ""}${useWar ? `, ${articledWar(warName)}` : ""}.`,
        obscurity: 0.3,
        reveals: [slot(ev, "date"), ...(useWar ? [slot(ev, "war")] : []), ...(usePlace ? [slot(ev, "place")] : [])],
      }),
    );
  }
  return out;
};
