/** Commanders: who led side S, which side P led, in which event P commanded, commanders ↔ sides. */
import type { BattleEvent, FactOf, Person } from "../../facts/types";
import type { Draft } from "../build";
import { factsOf, infoOf, labelOf, memo, nested, option, ref, slot, tier, type GenContext } from "../context";
import { pickTiered, tierCloseness, type Candidate } from "../distractors";
import { overlaps } from "../dates";
import { articledWar, demonym, joinAnd } from "../labels";
import { nameShape, personNames, personSame, surnames } from "../names";
import { normalise } from "../text/normalise";
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
    for (const x of byWord(ctx).get(w) ?? []) if (!out.has(x.ev.id) && isSame(x.f.value, p)) out.add(x.ev.id);
  return out;
}

/** Commander facts anywhere that may denote one of these people. */
function sameAs(ctx: GenContext, people: Person[]): Set<CF> {
  const out = new Set<CF>();
  for (const p of people)
    for (const w of new Set(personNames(p).flatMap((n) => nameShape(n).words)))
      for (const x of byWord(ctx).get(w) ?? []) if (!out.has(x.f) && isSame(p, x.f.value)) out.add(x.f);
  return out;
}

/** The nationality a side's commanders are read as: the adjective of its first (main) belligerent. */
export function sideNationality(ctx: GenContext, ev: BattleEvent, side: number | null): string | null {
  if (side === null) return null;
  const s = ev.sides.find((x) => x.index === side);
  const main = s?.belligerents[0];
  return (main ? demonym(main) : null) ?? labelOf(ctx, ev, side)?.short ?? null;
}

/**
 * Everything the corpus quotes about an event (the source lines of its facts, its timeline), normalised: a
 * person or unit it mentions at all may have been there, so is no safe wrong answer for that event.
 */
export function eventText(ctx: GenContext, ev: BattleEvent): string {
  return memo(ctx, `eventText|${ev.id}`, () => {
    const parts = new Set<string>();
    for (const f of ev.facts) {
      parts.add(f.source.text);
      for (const a of f.alsoIn) parts.add(a.text);
      if (f.kind === "timeline") parts.add(f.value.text);
      if (f.kind === "proseNumber") parts.add(f.value.sentence);
    }
    return ` ${[...parts].map(normalise).join(" ")} `;
  });
}

function mentions(ctx: GenContext, ev: BattleEvent, p: Person): boolean {
  const text = eventText(ctx, ev);
  return personNames(p).some((n) => surnames(n).some((w) => w.length > 2 && text.includes(` ${w} `)));
}

/** A side of several nations ("Soviet Union, Mongolian People's Republic"). */
function coalition(ev: BattleEvent, side: number | null): boolean {
  const s = ev.sides.find((x) => x.index === side);
  return new Set((s?.belligerents ?? []).map((b) => demonym(b) ?? b)).size > 1;
}

/**
 * Did the person only ever command on coalition sides? Then their own nation is unknown (Choibalsan, Puyi):
 * as a wrong answer for one nation's side, the language of the name could rule them out.
 */
function onlyInCoalitions(ctx: GenContext, p: Person): boolean {
  for (const w of new Set(personNames(p).flatMap((n) => nameShape(n).words)))
    for (const x of byWord(ctx).get(w) ?? []) if (isSame(x.f.value, p) && !coalition(x.ev, x.f.side)) return false;
  return true;
}

/** One person? The same record or name, or the register's rule for spellings. */
function isSame(p: Person, q: Person): boolean {
  return p === q || normalise(p.name) === normalise(q.name) || personSame(p, q);
}

/** Nationalities a person commanded for, anywhere in the corpus (any spelling). */
/**
 * The corpus's most complete spelling of a person ("Maksim Purkayev", not "M.A. Purkayev"): options all
 * written the same way, so initials mark neither the key nor a wrong answer.
 */
function fullName(ctx: GenContext, p: Person): string {
  return ctx.register.personOf(p)?.name ?? p.name;
}

/** The full name, with the source's own spelling when it differs (the quote below shows that one). */
function named(ctx: GenContext, p: Person): string {
  const full = fullName(ctx, p);
  return normalise(full) === normalise(p.name) ? full : `${full} (“${p.name}” in the source)`;
}

function nationalitiesOf(ctx: GenContext, p: Person): Set<string> {
  const out = new Set<string>();
  for (const w of new Set(personNames(p).flatMap((n) => nameShape(n).words)))
    for (const x of byWord(ctx).get(w) ?? []) if (isSame(x.f.value, p)) {
      const n = sideNationality(ctx, x.ev, x.f.side);
      if (n) out.add(n);
    }
  return out;
}

/**
 * Wrong commanders for side S: people of S's own nationality who commanded elsewhere in the same war or era
 * (same war first), one entry per person, never anyone who commanded on S here. Nationality, language and era
 * of the names then give nothing away; the enemy's commanders would.
 */
function commanderCandidates(ctx: GenContext, ev: BattleEvent, side: number, sameSide: Person[]): Candidate[] {
  const nat = sideNationality(ctx, ev, side);
  if (!nat) return [];
  const same = sameAs(ctx, sameSide);
  const here = new Set((infoOf(ctx, ev).byKind.get("commander") ?? []) as CF[]);
  const best: { p: Person; tier: number }[] = [];
  for (const { f, ev: other } of allCommanders(ctx)) {
    // A commander of the operation this event belongs to (or of one inside it) may have commanded here too.
    if (same.has(f) || here.has(f) || other.id === ev.id || nested(ctx, ev, other)) continue;
    if (sideNationality(ctx, other, f.side) !== nat || mentions(ctx, ev, f.value)) continue;
    if (!coalition(ev, side) && onlyInCoalitions(ctx, f.value)) continue;
    if ([...eventsCommandedBy(ctx, f.value)].some((id) => { const o = ctx.events.find((e) => e.id === id); return o !== undefined && nested(ctx, ev, o); })) continue;
    const era = tier(ctx, ev, other);
    if (era > 1) continue;
    // Someone in command elsewhere at the very time could not have led here: the safest wrong answer.
    const t = ev.date && other.date && overlaps(ev.date, other.date) ? 0 : era + 1;
    // One person once (the register folds spellings), at the closest tier.
    const had = best.find((b) => isSame(b.p, f.value));
    if (had) had.tier = Math.min(had.tier, t);
    else best.push({ p: f.value, tier: t });
  }
  return best.filter((b) => !sameSide.some((p) => isSame(p, b.p))).map((b) => ({ text: fullName(ctx, b.p), tier: b.tier }));
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
        // Initials beside full names would mark an option: all written alike, as the key is.
        const initialled = (t: string) => nameShape(t).initials.length > 0;
        const wrong = pickTiered(rng, cands, 3, (t) => initialled(t) === initialled(fullName(ctx, f.value)), [f.value.name, fullName(ctx, f.value)]);
        if (wrong.length === 3)
          out.push({
            templateId: tid,
            family: "commanders",
            format: "choice",
            facts,
            prompt: `Who commanded ${label.noun} in ${E}?`,
            key: fullName(ctx, f.value),
            wrong: wrong.map((w) => w.text),
            explanation: `${named(ctx, f.value)} is listed among the commanders of ${label.noun} in ${E}.`,
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
        const w = pickTiered(rng, cands, 1, () => true, [f.value.name, fullName(ctx, f.value)])[0];
        if (w)
          out.push({
            templateId: tid,
            family: "commanders",
            format: "trueFalse",
            facts,
            prompt: `True or false: ${w.text} commanded ${label.noun} in ${E}.`,
            value: false,
            distractors: [w.text],
            explanation: `${w.text} is not among the commanders of ${label.noun}; ${named(ctx, f.value)} is.`,
            asks,
            reveals,
            difficulty: difficulty("trueFalse", tierCloseness([w]), 0.5),
          });
      }
      // In which event did P command?
      {
        const tid = "commanders.event.choice";
        const rng = rngFor(tid, ids);
        const commanded = eventsCommandedBy(ctx, f.value);
        const nats = nationalitiesOf(ctx, f.value);
        // Events where the person's own country fought, of the same war or era: nothing to rule out by nation or date.
        const evCands: Candidate[] = ctx.events
          .filter((o) => o.id !== ev.id && !commanded.has(o.id) && !nested(ctx, ev, o) && tier(ctx, ev, o) <= 1 && !mentions(ctx, o, f.value) && o.sides.some((x) => nats.has(sideNationality(ctx, o, x.index) ?? "")))
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
  out.push(...matchToEvents(ctx, ev));
  return out;
};

/**
 * Matching: commanders of one country to the events of one war where each held a command. (Commanders to
 * sides would be read off the language of the names.) Built once per war, on the war's first event, from
 * events where a commander of that country led who commanded in none of the other events listed.
 */
function matchToEvents(ctx: GenContext, ev: BattleEvent): Draft[] {
  const I = infoOf(ctx, ev);
  if (!I.war || !I.warName) return [];
  const inWar = ctx.events.filter((o) => infoOf(ctx, o).war === I.war && o.date).sort((a, b) => (a.date!.start < b.date!.start ? -1 : a.date!.start > b.date!.start ? 1 : 0));
  if (inWar[0]?.id !== ev.id) return [];
  const out: Draft[] = [];
  const nats = [...new Set(inWar.flatMap((o) => o.sides.map((x) => sideNationality(ctx, o, x.index)).filter((n): n is string => n !== null)))].sort();
  for (const nat of nats) {
    const rng = rngFor(`commanders.match.${nat}`, inWar.map((o) => o.id));
    const picked: { f: CF; ev: BattleEvent }[] = [];
    for (const o of inWar) {
      if (picked.length >= 4) break;
      if (picked.some((x) => nested(ctx, x.ev, o) || option(ctx, x.ev) === option(ctx, o))) continue;
      const fs = factsOf(ctx, o, "commander").filter((f) => sideNationality(ctx, o, f.side) === nat);
      for (const f of rng.shuffle(fs)) {
        const theirs = eventsCommandedBy(ctx, f.value);
        // Nobody already listed commanded here, and this person commanded in none of the listed events.
        if (picked.some((x) => theirs.has(x.ev.id) || eventsCommandedBy(ctx, x.f.value).has(o.id))) continue;
        picked.push({ f, ev: o });
        break;
      }
    }
    if (picked.length < 3) continue;
    out.push({
      templateId: "commanders.match.matching",
      family: "commanders",
      format: "matching",
      facts: picked.map((x) => x.f),
      prompt: `Match each ${nat} commander to the event of ${articledWar(I.warName)} in which they held a command.`,
      pairs: picked.map((x) => [fullName(ctx, x.f.value), option(ctx, x.ev)] as [string, string]),
      explanation: picked.map((x) => `${named(ctx, x.f.value)}: ${x.ev.name}`).join("; ") + ".",
      asks: picked.map((x) => slot(x.ev, `commander:${x.f.key}`)),
      reveals: [],
      difficulty: difficulty("matching", 0.6, 0.6),
    });
  }
  return out;
}
