/** Commanders: who led side S, which side P led, in which event P commanded, commanders ↔ sides. */
import type { BattleEvent, FactOf, Person } from "../../facts/types";
import type { Draft } from "../build";
import { factsOf, infoOf, labelOf, memo, nested, option, ref, slot, tier, type GenContext } from "../context";
import { pickTiered, tierCloseness, type Candidate } from "../distractors";
import { joinAnd } from "../labels";
import { nameShape, personNames, personSame } from "../names";
import { normaliseTitle } from "../text/normalise";
import { difficulty, personAccepted, rngFor, type EventGenerator } from "./common";

type CF = FactOf<"commander">;

/** Everyone who commanded anywhere, with the event and side. */
function allCommanders(ctx: GenContext): { f: CF; ev: BattleEvent }[] {
  return memo(ctx, "allCommanders", () => allCommandersRaw(ctx));
}

function allCommandersRaw(ctx: GenContext): { f: CF; ev: BattleEvent }[] {
  const out: { f: CF; ev: BattleEvent }[] = [];
  for (const ev of ctx.events) for (const f of infoOf(ctx, ev).byKind.get("commander") ?? []) out.push({ f: f as CF, ev });
  return out;
}

/** Commanders by the words of their names: two names can only denote one person if they share a word. */
function byWord(ctx: GenContext): Map<string, { f: CF; ev: BattleEvent }[]> {
  return memo(ctx, "commandersByWord", () => {
    const m = new Map<string, { f: CF; ev: BattleEvent }[]>();
    for (const x of allCommanders(ctx))
      for (const w of new Set(personNames(x.f.value).flatMap((n) => nameShape(n).words))) {
        const xs = m.get(w);
        if (xs) xs.push(x);
        else m.set(w, [x]);
      }
    return m;
  });
}

/** Ids of the events in which a person holds a command (any spelling of the name). */
function eventsCommandedBy(ctx: GenContext, p: Person): Set<string> {
  const out = new Set<string>();
  for (const w of new Set(personNames(p).flatMap((n) => nameShape(n).words)))
    for (const x of byWord(ctx).get(w) ?? []) if (!out.has(x.ev.id) && personSame(x.f.value, p)) out.add(x.ev.id);
  return out;
}

/** Commander facts anywhere that may denote one of these people. */
function sameAs(ctx: GenContext, people: Person[]): Set<CF> {
  const out = new Set<CF>();
  for (const p of people)
    for (const w of new Set(personNames(p).flatMap((n) => nameShape(n).words)))
      for (const x of byWord(ctx).get(w) ?? []) if (!out.has(x.f) && personSame(p, x.f.value)) out.add(x.f);
  return out;
}

function commanderCandidates(ctx: GenContext, ev: BattleEvent, side: number, sameSide: Person[]): Candidate[] {
  const cands: Candidate[] = [];
  const same = sameAs(ctx, sameSide);
  for (const { f, ev: other } of allCommanders(ctx)) {
    if (same.has(f)) continue;
    // The other side's commanders are the classic trap; same war next.
    const t = other.id === ev.id ? (f.side === side ? 99 : 0) : tier(ctx, ev, other) + 1;
    if (t === 99) continue;
    cands.push({ text: f.value.name, tier: t });
  }
  return cands;
}

export const commanders: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  const all = factsOf(ctx, ev, "commander");
  const sides = [...new Set(all.map((f) => f.side).filter((s): s is number => s !== null))];
  const allIncludingDisputed = infoOf(ctx, ev).byKind.get("commander") as CF[] | undefined;
  for (const side of sides) {
    const label = labelOf(ctx, ev, side);
    if (!label) continue;
    const mine = all.filter((f) => f.side === side);
    const sameSide = (allIncludingDisputed ?? []).filter((f) => f.side === side).map((f) => f.value);
    const bothSides = (p: Person): boolean => (allIncludingDisputed ?? []).some((f) => f.side !== side && personSame(f.value, p));
    const cands = commanderCandidates(ctx, ev, side, sameSide);
    const E = ref(ctx, ev);
    const belFacts = factsOf(ctx, ev, "belligerent").filter((f) => f.side === side);
    for (const f of mine) {
      if (bothSides(f.value)) continue;
      const facts = [f, ...belFacts];
      const ids = facts.map((x) => x.id);
      const asks = [slot(ev, `commander:${side}`)];
      const reveals = [slot(ev, `commander:${f.key}`)];
      // Multiple choice.
      {
        const tid = "commanders.who.choice";
        const rng = rngFor(tid, ids);
        const wrong = pickTiered(rng, cands, 3, () => true, [f.value.name]);
        if (wrong.length === 3)
          out.push({
            templateId: tid,
            family: "commanders",
            format: "choice",
            facts,
            prompt: `Who commanded ${label.noun} in ${E}?`,
            key: f.value.name,
            wrong: wrong.map((w) => w.text),
            explanation: `${f.value.name} is listed among the commanders of ${label.noun} in ${E}.`,
            asks,
            reveals,
            difficulty: difficulty("choice", tierCloseness(wrong), 0.5),
          });
      }
      // True/false, both ways: the false one names a commander of the other side (or of a same-war event).
      {
        out.push({
          templateId: "commanders.tf.true",
          family: "commanders",
          format: "trueFalse",
          facts,
          prompt: `True or false: ${f.value.name} commanded ${label.noun} in ${E}.`,
          value: true,
          explanation: `${f.value.name} is listed among the commanders of ${label.noun}.`,
          asks,
          reveals: [...reveals, slot(ev, `commander:${side}`)],
          difficulty: difficulty("trueFalse", 0.5, 0.5),
        });
        const tid = "commanders.tf.false";
        const rng = rngFor(tid, ids);
        const w = pickTiered(rng, cands, 1, () => true, [f.value.name])[0];
        if (w)
          out.push({
            templateId: tid,
            family: "commanders",
            format: "trueFalse",
            facts,
            prompt: `True or false: ${w.text} commanded ${label.noun} in ${E}.`,
            value: false,
            distractors: [w.text],
            explanation: `${w.text} is not among the commanders of ${label.noun}; ${f.value.name} is.`,
            asks,
            reveals,
            difficulty: difficulty("trueFalse", tierCloseness([w]), 0.5),
          });
      }
      // Which side did P lead?
      {
        const others = infoOf(ctx, ev).labels.filter((l) => l && l.index !== side).map((l) => l!.short);
        if (others.length > 0 && others.every((o) => normaliseTitle(o) !== normaliseTitle(label.short))) {
          const sideFacts = [f, ...factsOf(ctx, ev, "belligerent")];
          out.push({
            templateId: "commanders.side.choice",
            family: "commanders",
            format: "choice",
            facts: sideFacts,
            prompt: `Which side did ${f.value.name} lead in ${E}?`,
            key: label.short,
            wrong: others,
            explanation: `${f.value.name} is listed among the commanders of ${label.noun}.`,
            asks: [slot(ev, `commander:${f.key}`)],
            reveals: [slot(ev, `commander:${side}`)],
            difficulty: difficulty("choice", 0.3, 0.5),
          });
        }
      }
      // In which event did P command?
      {
        const tid = "commanders.event.choice";
        const rng = rngFor(tid, ids);
        const commanded = eventsCommandedBy(ctx, f.value);
        const evCands: Candidate[] = ctx.events
          .filter((o) => o.id !== ev.id && !commanded.has(o.id) && !nested(ctx, ev, o))
          .map((o) => ({ text: option(ctx, o), tier: tier(ctx, ev, o) }));
        const wrong = pickTiered(rng, evCands, 3, () => true, [option(ctx, ev)]);
        if (wrong.length === 3)
          out.push({
            templateId: tid,
            family: "commanders",
            format: "choice",
            facts: [f],
            prompt: `In which of these did ${f.value.name} hold a command?`,
            key: option(ctx, ev),
            wrong: wrong.map((w) => w.text),
            explanation: `${f.value.name} is listed among the commanders in ${E}.`,
            // Its answer is the event itself ("name"): never asked when the event is the one being studied.
            asks: [slot(ev, `commander:${f.key}`), slot(ev, "name")],
            reveals: [],
            difficulty: difficulty("choice", tierCloseness(wrong), 0.6),
          });
      }
    }
    // Typed: any commander of the side is right; the other side's commanders are named traps.
    if (mine.length > 0) {
      const facts = [...mine, ...belFacts];
      const tid = "commanders.who.short";
      const rng = rngFor(tid, facts.map((x) => x.id));
      const otherSide = (allIncludingDisputed ?? []).filter((g) => g.side !== side && !sameSide.some((p) => personSame(p, g.value)));
      const rejected = otherSide.map((g) => ({ text: g.value.name, reason: `${g.value.name} commanded the other side` }));
      const more = pickTiered(
        rng,
        cands.filter((c) => c.tier > 0),
        3,
        () => true,
        rejected.map((r) => r.text),
      ).map((c) => ({ text: c.text, reason: `${c.text} did not command in ${E}` }));
      const accepted = mine.filter((f) => !bothSides(f.value)).map((f) => personAccepted(f.value, ctx));
      if (accepted.length > 0)
        out.push({
          templateId: tid,
          family: "commanders",
          format: "shortAnswer",
          facts,
          prompt: mine.length > 1 ? `Name a commander of ${label.noun} in ${E}.` : `Who commanded ${label.noun} in ${E}?`,
          answer: { kind: "text", display: accepted.map((a) => a.display).join(" / "), accepted, rejected: [...rejected, ...more] },
          explanation: `The commanders of ${label.noun} were ${joinAnd(mine.map((f) => f.value.name))}.`,
          asks: [slot(ev, `commander:${side}`)],
          reveals: [],
          inputHint: "a name",
          difficulty: difficulty("shortAnswer", 0.5, 0.6),
        });
    }
  }
  // Matching: commanders to sides (needs two nameable sides, each with a commander).
  const labels = infoOf(ctx, ev).labels.filter((l): l is NonNullable<typeof l> => l !== null);
  const bySide = labels.map((l) => all.filter((f) => f.side === l.index && !all.some((g) => g.side !== l.index && personSame(g.value, f.value))));
  if (labels.length >= 2 && bySide.filter((x) => x.length > 0).length >= 2) {
    const picked: CF[] = [];
    // Round-robin over sides, at most 5 people.
    for (let i = 0; picked.length < 5; i++) {
      let added = false;
      for (const xs of bySide) {
        const f = xs[i];
        if (f && picked.length < 5) {
          picked.push(f);
          added = true;
        }
      }
      if (!added) break;
    }
    if (picked.length >= 3) {
      const facts = [...picked, ...factsOf(ctx, ev, "belligerent")];
      out.push({
        templateId: "commanders.match.matching",
        family: "commanders",
        format: "matching",
        facts,
        prompt: `Match each commander to the side they led in ${ref(ctx, ev)}.`,
        pairs: picked.map((f) => [f.value.name, labels.find((l) => l.index === f.side)!.short] as [string, string]),
        explanation: labels.map((l) => `${l.short}: ${joinAnd(all.filter((f) => f.side === l.index).map((f) => f.value.name))}`).join("; ") + ".",
        asks: labels.map((l) => slot(ev, `commander:${l.index}`)),
        reveals: picked.map((f) => slot(ev, `commander:${f.key}`)),
        difficulty: difficulty("matching", 0.5, 0.5),
      });
    }
  }
  return out;
};
