/** One-value families: result, place, belligerents, units, territory, names/aliases (war and campaign live in ./war). */
import type { BattleEvent, Fact } from "../../facts/types";
import type { Draft } from "../build";
import { allFactsOf, factsOf, infoOf, labelOf, memo, nested, option, ref, slot, tier, type GenContext } from "../context";
import { formatDateRange, overlaps, truncate } from "../dates";
import { pickTiered, type Candidate } from "../distractors";
import { articled, articledState, articledUnit, articledWar, demonym, isFor, joinAnd, nameCore, placePhrase, readableName, unitKind, type SideLabel } from "../labels";
import { normalise, normaliseTitle, tokens } from "../text/normalise";
import { atWar, corpusSpans, existedIn, statesIn } from "../states";
import { eventText, sideNationality } from "./commanders";
import { difficulty, rngFor, type EventGenerator } from "./common";
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

/** Could this option stand at the event's date? Every state it names existed then (no Soviet Union in 1904). */
function ofItsTime(ctx: GenContext, ev: BattleEvent, text: string): boolean {
  const y = infoOf(ctx, ev).year;
  if (y === null) return statesIn(text).length === 0;
  const spans = memo(ctx, "corpusSpans", () => corpusSpans(ctx.events));
  const end = ev.date ? Number(ev.date.end.slice(0, 4)) : y;
  return existedIn(text, y, spans) || existedIn(text, end, spans);
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

/**
 * The result with another side as the winner: "Japanese victory; Russian retreat to Mukden" → "Russian victory;
 * Japanese retreat to Mukden", "Soviet–Mongolian victory" → "Japanese–Manchukuoan victory".
 */
function mirror(result: string, win: string, lose: string): string {
  const W = win.split(/ and /);
  const L = lose.split(/ and /);
  const group = (xs: string[]): RegExp => new RegExp(`\\b(?:${xs.join("|")})(?:\\s*(?:[–—-]|and)\\s*(?:${xs.join("|")}))*\\b`, "g");
  const joinLike = (m: string, xs: string[]): string => (/[–—-]/.test(m) ? xs.join("–") : xs.join(" and "));
  const swapped = result.replace(group([...W, ...L]), (m) => {
    const isWin = W.some((x) => m.startsWith(x));
    return joinLike(m, isWin ? L : W);
  });
  return swapped;
}

/** Swap two sides' adjectives and country names in a text ("Port Arthur surrendered to Japan" → "… to Russia"). */
function swapSides(text: string, a: SideLabel, b: SideLabel): string {
  if (!a.adj || !b.adj || a.adj.includes(" and ") || b.adj.includes(" and ")) return text;
  const country = (adj: string): string | undefined => COUNTRY[adj]?.[0];
  const pairs: [string, string][] = [[a.adj, b.adj], [b.adj, a.adj]];
  const ca = country(a.adj);
  const cb = country(b.adj);
  if (ca && cb) pairs.push([ca, cb], [cb, ca]);
  const map = new Map(pairs);
  const re = new RegExp(`\\b(?:${[...map.keys()].sort((x, y) => y.length - x.length).join("|")})\\b`, "g");
  return text.replace(re, (m) => map.get(m) ?? m);
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
  // Wrong outcomes are the key's mirror (the same words with another side winning) and, for a clear win,
  // "Inconclusive": each side then appears in one option, so neither the lone side nor the odd shape is the key.
  // Other events' results name other states (often ones that did not exist yet) and give the key away.
  const noWinner = /inconclusive|indecisive|stalemate|draw|ceasefire|status quo|tactical/i.test(key);
  const cands: Candidate[] = [];
  // The winner is who the word "victory" is about ("Japanese victory; Russian retreat" names both sides).
  const won = winners((/([\p{L}]+(?:\s*(?:[–—-]|and)\s*[\p{L}]+)*)\s+(?:(?:tactical|strategic|decisive|pyrrhic)\s+)?victory/iu.exec(key) ?? ["", ""])[1] ?? "");
  const winner = labels.find((l) => l.adj && won.size > 0 && l.adj.split(/ and /).every((a) => won.has(a)) && [...won].every((a) => l.adj!.split(/ and /).includes(a)));
  for (const l of labels) if (winner && l !== winner && l.adj) cands.push({ text: mirror(key, winner.adj!, l.adj), tier: 0 });
  if (!noWinner) cands.push({ text: "Inconclusive", tier: 1 });
  const E = ref(ctx, ev);
  const out = single({
    family: "result",
    tid: "result.outcome",
    facts: [f],
    slot: slot(ev, "result"),
    prompt: `What was the result of ${E}?`,
    key,
    cands,
    // A mirror names the key's winner as the loser: it is wrong because the winner differs, not the words.
    ok: (t) => ofItsTime(ctx, ev, t) && normaliseTitle(t) !== normaliseTitle(key) && (t === "Inconclusive" ? !noWinner : cands.some((c) => c.text === t && c.tier === 0)),
    // A long result is quoted below in full; saying it twice in the feedback helps nobody.
    explanation: key.length < 40 ? `The source gives the result as “${key}”.` : `The source gives the result of ${E} in the line quoted below.`,
    obscurity: 0.2,
    statement: (v) => resultStatement(E, v),
    ...(cands[0]?.tier === 0 ? { falseValue: cands[0].text } : {}),
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

/** States of the region and era beyond the corpus, for padding; each is kept only if it existed at the event's date. */
const OTHER_STATES = ["Qing dynasty", "Korean Empire", "Mongolian People's Republic", "Manchukuo", "Republic of China", "United Kingdom", "United States", "German Empire", "Ottoman Empire", "French Third Republic", "Bogd Khanate of Mongolia"];

/** "Russian Empire" → "Russian": the words that tell states apart ("Empire", "Republic" do not). */
function stateCore(s: string): string {
  return s.replace(/\b(?:empire|republic|kingdom|union|dynasty|people'?s|states|united|of|the|third)\b/gi, " ");
}

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
    return (d === null || !dems.has(d)) && inEvent.every((b) => normaliseTitle(b) !== normaliseTitle(t) && disjoint(stateCore(b), stateCore(t))) && ofItsTime(ctx, ev, t);
  };
  const typedSides = new Set<number>();
  for (const f of factsOf(ctx, ev, "belligerent")) {
    const L = labels.find((l) => l.index === f.side);
    const others = labels.filter((l) => l.index !== f.side);
    if (!L || others.length !== 1) continue;
    const O = others[0]!;
    const against = joinAnd(O.belligerents.map(articledState));
    const E = ref(ctx, ev);
    const opponents = factsOf(ctx, ev, "belligerent").filter((g) => g.side === O.index);
    // A state that fought this enemy elsewhere in the same war may well have fought it here: no safe wrong answer.
    const foes = new Set<string>();
    for (const o of ctx.events)
      if (o.id !== ev.id && tier(ctx, ev, o) === 0)
        for (const s1 of o.sides)
          if (s1.belligerents.some((b) => O.belligerents.some((x) => stateCore(x).trim() !== "" && normaliseTitle(stateCore(x)) === normaliseTitle(stateCore(b)))))
            for (const s2 of o.sides) if (s2 !== s1) for (const b of s2.belligerents) foes.add(normaliseTitle(b));
    const y = infoOf(ctx, ev).year;
    const okHere = (t: string): boolean => ok(t) && !foes.has(normaliseTitle(t)) && (y === null || !O.belligerents.some((b) => atWar(b, t, y)));
    out.push(
      ...single({
        family: "belligerents",
        tid: "belligerents.opponent",
        facts: [f, ...opponents],
        slot: slot(ev, `belligerent:${f.side}`),
        prompt: `Who fought against ${against} in ${E}?`,
        key: f.value,
        cands,
        ok: okHere,
        explanation: `The source lists ${joinAnd(L.belligerents.map(articledState))} against ${against}.`,
        obscurity: 0.2,
        statement: (v) => `${cap(articledState(v))} fought against ${against} in ${E}.`,
      }),
    );
    // Typed: one question per side, and every belligerent of that side is a right answer.
    if (typedSides.has(L.index)) continue;
    typedSides.add(L.index);
    const mine = factsOf(ctx, ev, "belligerent").filter((g) => g.side === L.index);
    const accepted = mine.map((g) => {
      const d = demonym(g.value);
      return { display: g.value, variants: [...new Set([g.value, ...(d ? [d, ...(COUNTRY[d] ?? [])] : [])])] };
    });
    const wrong = pickTiered(rngFor("belligerents.opponent.short", mine.map((g) => g.id)), cands, 3, okHere, mine.map((g) => g.value));
    out.push({
      templateId: "belligerents.opponent.short",
      family: "belligerents",
      format: "shortAnswer",
      facts: [...mine, ...opponents],
      prompt: `Who fought against ${against} in ${E}?`,
      answer: {
        kind: "text",
        display: joinAnd(mine.map((g) => g.value)),
        accepted,
        rejected: [
          ...wrong.map((w) => ({ text: w.text, reason: `${w.text} did not fight in ${E}` })),
          // The opponent itself is the classic wrong typed answer.
          ...O.belligerents.map((b) => ({ text: b, reason: `${b} was the other side` })),
        ],
      },
      explanation: `The source lists ${joinAnd(L.belligerents.map(articledState))} against ${against}.`,
      asks: [slot(ev, `belligerent:${L.index}`)],
      inputHint: mine.length > 1 ? "a country (any one of them)" : "a country",
      difficulty: difficulty("shortAnswer", 0.3, 0.2),
    });
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
    // "Soviet Border Troops" on "the Soviet side": the prompt would give it away.
    if (!disjoint(f.value, L.short) || statesIn(f.value).length > 0) continue;
    const sameSide = all.filter((g) => g.side === f.side).map((g) => normaliseTitle(g.value));
    // Wrong units are units of the same country elsewhere in the war or era: the other side's units here are
    // named in another army's style ("First Manchurian Army" beside "Second Army") and give the key away.
    const nat = sideNationality(ctx, ev, f.side);
    const cands: Candidate[] = [];
    for (const o of ctx.events) {
      const t = tier(ctx, ev, o);
      // Units of the operation this event belongs to (or of one inside it) may well have fought here.
      if (o.id === ev.id || t > 1 || nested(ctx, ev, o)) continue;
      for (const g of factsOf(ctx, o, "unit")) if (sideNationality(ctx, o, g.side) === nat && !eventText(ctx, ev).includes(` ${normalise(g.value)} `)) cands.push({ text: g.value, tier: t });
    }
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
        // Of the key's kind: a lone squadron among armies would be the naval battle's answer.
        ok: (t) => !sameSide.includes(normaliseTitle(t)) && statesIn(t).length === 0 && disjoint(t, L.short) && unitKind(t) === unitKind(f.value),
        explanation: `The source lists ${articledUnit(f.value)} among the units of ${L.noun}.`,
        obscurity: 0.6,
        statement: (v) => `${cap(articledUnit(v))} fought on ${L.noun} in ${E}.`,
      }),
    );
  }
  return out;
};

export const territory: EventGenerator = (ctx, ev) => {
  const f = factsOf(ctx, ev, "territory")[0];
  if (!f) return [];
  const key = f.value.trim();
  // The key with the sides swapped ("Japanese occupation of Sakhalin" → "Russian occupation of Sakhalin") first:
  // the same shape, false by the source; then other changes of the same war or era.
  const labels = infoOf(ctx, ev).labels.filter((l): l is SideLabel => l !== null);
  const swapped = labels.length === 2 ? swapSides(key, labels[0]!, labels[1]!) : key;
  const mirrored = normaliseTitle(swapped) !== normaliseTitle(key) ? swapped : undefined;
  const cands: Candidate[] = [
    ...(mirrored ? [{ text: mirrored, tier: 0 }] : []),
    ...ctx.events.flatMap((o) => (o.id === ev.id || tier(ctx, ev, o) > 1 ? [] : factsOf(ctx, o, "territory").map((g) => ({ text: g.value.trim(), tier: tier(ctx, ev, o) + 1 })))),
  ];
  const E = ref(ctx, ev);
  return single({
    family: "territory",
    tid: "territory.change",
    facts: [f],
    slot: slot(ev, "territory"),
    prompt: `What territorial change followed ${E}?`,
    key,
    cands,
    ok: (t) => normaliseTitle(t) !== normaliseTitle(key) && ofItsTime(ctx, ev, t),
    explanation: `The source gives this as the territorial change after ${E}.`,
    obscurity: 0.5,
    statement: (v) => `The source gives the territorial outcome of ${E} as “${v}”.`,
    // The mirror is the best false statement; among options it would be the key's twin.
    ...(mirrored ? { falseValue: mirrored } : {}),
  });
};

export const names: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  const ownNames = [ev.name, ...ev.aliases];
  const own = new Set(ownNames.map(normaliseTitle));
  const ownCore = new Set(ownNames.flatMap(nameCore));
  // Aliases: "E is also known as…". Wrong options are names of the same kind ("Battle of Jinzhou" → "Battle of
  // Dalny"): the key's pattern with another place of the same war or era, never a name of a studied event (a
  // student who knows the corpus would rule those out) and never a place of this event (it might be a true name).
  const studied = new Set(ctx.events.flatMap((o) => [o.name, ...o.aliases]).map(normaliseTitle));
  const studiedCores = ctx.events.map((o) => new Set(nameCore(o.name)));
  const mine = new Set([...ownNames, ev.place ?? "", ...factsOf(ctx, ev, "place").map((g) => g.value)].flatMap(tokens));
  for (const f of factsOf(ctx, ev, "alias")) {
    if (normaliseTitle(f.value) === normaliseTitle(ev.name) || !readableName(f.value)) continue;
    // "Invasion of Sakhalin" for the Japanese invasion of Sakhalin says nothing the name does not.
    if (normaliseTitle(ev.name).includes(normaliseTitle(f.value))) continue;
    const m = /^(.*\b(?:of|at|on|near)\s+(?:the\s+)?)(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)$/u.exec(f.value);
    const cands: Candidate[] = [];
    if (m)
      for (const p of placeNames(ctx)) {
        if (tier(ctx, ev, p.ev) > 1 || p.ev.id === ev.id || tokens(p.name).some((t) => mine.has(t))) continue;
        const text = `${m[1]}${p.name}`;
        const core = new Set(nameCore(text));
        if (studied.has(normaliseTitle(text)) || studiedCores.some((c) => c.size === core.size && [...c].every((t) => core.has(t)))) continue;
        cands.push({ text, tier: tier(ctx, ev, p.ev) });
      }
    const E = cap(ref(ctx, ev));
    out.push(
      ...single({
        family: "names",
        tid: "names.alias",
        facts: [f],
        slot: slot(ev, `alias:${f.key}`),
        prompt: `${E} ${isFor(ev)} also known as…`,
        key: f.value,
        cands,
        ok: (t) => !own.has(normaliseTitle(t)) && !nameCore(t).some((w) => ownCore.has(w)),
        explanation: `The source also calls it ${articled(f.value)}.`,
        obscurity: 0.5,
        statement: (v) => `${E} ${isFor(ev)} also known as ${articled(v)}.`,
      }),
    );
  }
  // Typed: another name of the event; every readable alias is a right answer (one question, several keys).
  const readable = factsOf(ctx, ev, "alias").filter((f) => normaliseTitle(f.value) !== normaliseTitle(ev.name) && readableName(f.value) && !normaliseTitle(ev.name).includes(normaliseTitle(f.value)));
  if (readable.length > 0) {
    const E = ref(ctx, ev);
    out.push({
      templateId: "names.alias.short",
      family: "names",
      format: "shortAnswer",
      facts: readable,
      prompt: `Give another name by which ${E} ${isFor(ev)} known.`,
      answer: {
        kind: "text",
        display: readable.map((f) => f.value).join(" / "),
        accepted: readable.map((f) => ({ display: f.value, variants: [f.value] })),
        rejected: [{ text: ev.name, reason: `${ev.name} is the name the question gives` }],
      },
      explanation: `The source also calls it ${readable.map((f) => articled(f.value)).join(" or ")}.`,
      asks: readable.map((f) => slot(ev, `alias:${f.key}`)),
      inputHint: "a name",
      difficulty: difficulty("shortAnswer", 0.5, 0.7),
    });
  }
  // Identify the event from its date and war (and place when the name does not contain it).
  const nameFact = factsOf(ctx, ev, "name")[0];
  const dateFact = factsOf(ctx, ev, "date")[0];
  const clue = dateFact ? { start: truncate(dateFact.value.start, "month"), end: truncate(dateFact.value.end, "month") } : null;
  // Only when no other studied event falls in those months: "Which event took place in August 1945?" has several answers.
  const alone = clue !== null && !ctx.events.some((o) => o.id !== ev.id && o.date && overlaps(o.date, clue));
  if (nameFact && dateFact && clue && alone) {
    const when = formatDateRange(clue);
    const warFact = factsOf(ctx, ev, "partOf")[0];
    const placeFact = factsOf(ctx, ev, "place")[0];
    const warKeyOf = infoOf(ctx, ev).war;
    const fits = (o: BattleEvent): boolean => o.id !== ev.id && o.date !== null && !overlaps(o.date, clue) && ofItsTime(ctx, ev, o.name);
    // "Which event of the Russo-Japanese War…": an event of another war is ruled out by the wording, so the war
    // is named only when the war itself has enough other events to offer.
    const sameWar = ctx.events.filter((o) => fits(o) && warKeyOf !== null && infoOf(ctx, o).war === warKeyOf);
    const namesWar = warFact !== undefined && sameWar.length >= 2;
    const cands: Candidate[] = (namesWar ? sameWar : ctx.events.filter(fits)).map((o) => ({ text: option(ctx, o, "date"), tier: nameCore(o.name).some((t) => nameCore(ev.name).includes(t)) ? 0 : tier(ctx, ev, o) }));
    // The place's first part ("Liaoyang" of "Liaoyang, on the Mukden–Port Arthur railway"), unless the name says it.
    const at = placeFact ? (placeFact.value.split(/,\s*/)[0] ?? "").trim() : "";
    const usePlace = placeFact !== undefined && at !== "" && disjoint(at, ev.name);
    const warName = infoOf(ctx, ev).warName;
    const useWar = namesWar && warName !== null;
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

/**
 * Place names of the corpus ("Shandong Peninsula", "Inner Mongolia"), each with an event it comes from: the
 * qualifying parts of place facts. The first part (the event's own site) and bracketed names are left out:
 * "Battle of Lüshunkou" or "Battle of Wiju" would be names of a studied event under another spelling.
 */
function placeNames(ctx: GenContext): { name: string; ev: BattleEvent }[] {
  return memo(ctx, "placeNames", () => {
    const out: { name: string; ev: BattleEvent }[] = [];
    const seen = new Set<string>();
    const sites = new Set(ctx.events.flatMap((o) => [...nameCore(o.name), ...factsOf(ctx, o, "place").flatMap((g) => tokens(g.value.split(/[,;(]/)[0] ?? ""))]));
    for (const o of ctx.events)
      for (const g of factsOf(ctx, o, "place"))
        for (const part of g.value.replace(/\([^)]*\)/g, " ").split(/[,;]/).slice(1)) {
          const t = part.trim().replace(/^(?:near|on|off|in|at|between|the)\s+/i, "").replace(/^the\s+/i, "");
          if (!/^\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?$/u.test(t) || statesIn(t).length > 0 || tokens(t).some((w) => sites.has(w))) continue;
          if (/^(?:Manchuria|Korea|China|Japan|Mongolia|North|South|East|West)$/.test(t)) continue;
          const k = normaliseTitle(t);
          if (seen.has(k)) continue;
          seen.add(k);
          out.push({ name: t, ev: o });
        }
    return out;
  });
}
