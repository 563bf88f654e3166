/**
 * War (partOf: the canonical war) and campaign (the operation inside the war) questions.
 * A war option is never the key's war spelt another way ("Soviet-Japanese War (1945)"), and a campaign
 * option is never the war itself, the key's event under another name, or an operation that contains the key.
 */
import type { BattleEvent, Fact } from "../../facts/types";
import { factsOf, infoOf, ref, slot, tier, type GenContext } from "../context";
import type { Candidate } from "../distractors";
import { articledCampaign, articledWar, wasFor } from "../labels";
import { capitalise, normaliseTitle } from "../text/normalise";
import { existedIn } from "../states";
import { isWarLike, warKey } from "../wars";
import { single } from "./single";
import type { EventGenerator } from "./common";

/**
 * Wars outside the corpus, with their years, for padding; umbrella wars (World War II, Pacific War) are left out
 * on purpose. A war is offered only for an event of its era, and never one naming a state that did not exist then.
 */
const OTHER_WARS: { name: string; from: number; to: number }[] = [
  { name: "First Sino-Japanese War", from: 1894, to: 1895 },
  { name: "Boxer Rebellion", from: 1899, to: 1901 },
  { name: "Russian Civil War", from: 1917, to: 1922 },
  { name: "Russo-Turkish War", from: 1877, to: 1878 },
  { name: "Crimean War", from: 1853, to: 1856 },
  { name: "Korean War", from: 1950, to: 1953 },
  { name: "Japanese intervention in Siberia", from: 1918, to: 1922 },
  { name: "Russo-Persian War", from: 1826, to: 1828 },
  { name: "Winter War", from: 1939, to: 1940 },
  { name: "Russo-Japanese War", from: 1904, to: 1905 },
  { name: "Soviet–Japanese War", from: 1945, to: 1945 },
  { name: "Soviet–Japanese border conflicts", from: 1932, to: 1939 },
];

/** How far (years) a war may lie from the event and still be a plausible wrong answer. */
const ERA = 30;

export const war: EventGenerator = (ctx, ev) => {
  const f = factsOf(ctx, ev, "partOf")[0];
  const I = infoOf(ctx, ev);
  if (!f || !I.warName || !I.war) return [];
  const key = I.warName;
  const kk = I.war;
  // One candidate per war, whatever the spelling; the key's own war in any spelling is out.
  const byKey = new Map<string, Candidate>();
  const add = (text: string, t: number): void => {
    const k = warKey(text);
    const had = byKey.get(k);
    if (!had || had.tier > t) byKey.set(k, { text: had?.text ?? text, tier: t });
  };
  const year = I.year;
  const spans = new Map<string, { from: number; to: number }>();
  for (const o of ctx.events) {
    const J = infoOf(ctx, o);
    if (!J.warName || J.year === null) continue;
    const k = warKey(J.warName);
    const end = o.date ? Number(o.date.end.slice(0, 4)) : J.year;
    const had = spans.get(k);
    spans.set(k, had ? { from: Math.min(had.from, J.year), to: Math.max(had.to, end) } : { from: J.year, to: end });
  }
  for (const w of OTHER_WARS) if (!spans.has(warKey(w.name))) spans.set(warKey(w.name), { from: w.from, to: w.to });
  // A war of another era, or one named after a state that did not exist at the event's date, is ruled out at a glance.
  const ofEra = (text: string): boolean => {
    if (year === null) return true;
    const sp = spans.get(warKey(text));
    if (sp && (sp.from > year + ERA || sp.to < year - ERA)) return false;
    return existedIn(text, year);
  };
  for (const o of ctx.events) {
    const w = infoOf(ctx, o).warName;
    if (w && ofEra(w)) add(w, Math.min(2, tier(ctx, ev, o)));
  }
  for (const w of OTHER_WARS) if (ofEra(w.name)) add(w.name, 3);
  const cands = [...byKey.values()];
  const E = ref(ctx, ev, "war");
  const was = wasFor(ev);
  const keyIsWar = isWarLike(key);
  const prompt = keyIsWar ? `Which war ${was} ${E} part of?` : `What ${was} ${E} part of?`;
  return single({
    family: "war",
    tid: "war.partOf",
    facts: [f],
    slot: slot(ev, "war"),
    prompt,
    key,
    cands,
    ok: (t) => {
      const tk = warKey(t);
      return (!keyIsWar || isWarLike(t)) && tk !== kk && !tk.includes(kk) && !kk.includes(tk);
    },
    explanation: `The source says ${E} ${was} part of ${articledWar(key)}.`,
    obscurity: 0.2,
    statement: (v) => `${capitalise(E)} ${was} part of ${articledWar(v)}.`,
    typed: {
      prompt,
      accepted: [{ display: key, variants: [...new Set([key, f.value.replace(/^the\s+/i, ""), ev.partOf ?? key])] }],
      rejectedReason: (t) => `${capitalise(E)} ${was} not part of ${articledWar(t)}`,
    },
  });
};

const OPERATION = /\b(invasion|operation|offensive|campaign|landings?|occupation|assault|expedition)\b/i;

/** Names (normalised) of the campaign and every operation that contains it: all true answers. */
function containers(ctx: GenContext, campaignName: string): Set<string> {
  const out = new Set<string>([normaliseTitle(campaignName)]);
  let name: string | null = campaignName;
  for (let depth = 0; name && depth < 4; depth++) {
    const host = ctx.lookup(name);
    if (!host) break;
    for (const n of [host.name, ...host.aliases]) out.add(normaliseTitle(n));
    name = infoOf(ctx, host).campaign;
  }
  return out;
}

/** Candidate operations: other campaigns, then operation-like events of the same war, then its battles. */
function campaignCandidates(ctx: GenContext, ev: BattleEvent): Candidate[] {
  const I = infoOf(ctx, ev);
  const out: Candidate[] = [];
  for (const o of ctx.events) {
    if (o.id === ev.id) continue;
    const J = infoOf(ctx, o);
    const sameWar = I.war !== null && J.war === I.war;
    if (J.campaign) out.push({ text: J.campaign, tier: sameWar ? 0 : 2 });
    const t = tier(ctx, ev, o);
    if (OPERATION.test(o.name)) out.push({ text: o.name, tier: t === 0 ? 0 : 2 });
    else if (sameWar) out.push({ text: o.name, tier: 1 });
  }
  return out;
}

export const campaign: EventGenerator = (ctx, ev) => {
  const I = infoOf(ctx, ev);
  if (!I.campaign) return [];
  // The campaign fact; events parsed before the field existed name it inside partOf.
  const f: Fact | undefined = factsOf(ctx, ev, "campaign")[0] ?? (I.campaignFromPartOf ? factsOf(ctx, ev, "partOf")[0] : undefined);
  if (!f) return [];
  const key = I.campaign;
  const truths = containers(ctx, key);
  const own = new Set([ev.name, ...ev.aliases].map(normaliseTitle));
  const kn = normaliseTitle(key);
  const E = ref(ctx, ev);
  const was = wasFor(ev);
  const host = ctx.lookup(key);
  const variants = [key, ...(host ? [host.name, ...host.aliases] : [])];
  const warPart = I.warName ? `, in ${articledWar(I.warName)}` : "";
  const prompt = `Which operation ${was} ${E} part of?`;
  const drafts = single({
    family: "campaign",
    tid: "campaign.partOf",
    facts: [f],
    slot: slot(ev, "campaign"),
    prompt,
    key,
    cands: campaignCandidates(ctx, ev),
    ok: (t) => {
      const n = normaliseTitle(t);
      return !truths.has(n) && !own.has(n) && !isWarLike(t) && !n.includes(kn) && !kn.includes(n);
    },
    explanation: `The source says ${E} ${was} part of ${articledCampaign(key)}${warPart}.`,
    obscurity: 0.4,
    statement: (v) => `${capitalise(E)} ${was} part of ${articledCampaign(v)}.`,
    typed: {
      prompt,
      accepted: [{ display: key, variants: [...new Set(variants)] }],
      rejectedReason: (t) => `${capitalise(E)} ${was} not part of ${articledCampaign(t)}`,
    },
  });
  // Naming the war is not naming the operation.
  if (I.warName)
    for (const d of drafts)
      if (d.format === "shortAnswer")
        d.answer.rejected.push({ text: I.warName, reason: `${capitalise(articledWar(I.warName))} is the war; the operation inside it was ${articledCampaign(key)}` });
  return drafts;
};
