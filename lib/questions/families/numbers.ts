/** Casualties, strength and prose numbers: number entry, multiple choice, true/false, which side. */
import type { BattleEvent, Fact, FactOf, NumberRange } from "../../facts/types";
import type { Draft } from "../build";
import { allFactsOf, factsOf, infoOf, labelOf, memo, ref, slot, tier, type GenContext } from "../context";
import { numberDistractors, pickTiered, type NumberCandidate } from "../distractors";
import { clearlyDifferent, formatRange, toleranceOf } from "../numbers";
import { accordingTo, countedWords, figureLabel, isNaval, qualifierNote, type SideLabel } from "../labels";
import { normalise } from "../text/normalise";
import { difficulty, numberAnswer, numberHint, rngFor, type EventGenerator } from "./common";

export const MEASURES = ["killed", "wounded", "captured", "missing", "civilian", "total"] as const;
export type Measure = (typeof MEASURES)[number];
type NumFact = { [K in Measure | "strength"]: FactOf<K> }[Measure | "strength"];

/** How many <who> <verb>? */
function countPrompt(m: Measure | "strength", L: SideLabel, E: string, group: string | null, words: string | null = null): string {
  const g = group ? ` of ${/^the\s/i.test(group) ? group : "the " + group}` : "";
  switch (m) {
    case "killed":
      return `How many ${L.soldiers}${g} were killed during ${E}?`;
    case "wounded":
      return `How many ${L.soldiers}${g} were ${words ?? "wounded"} during ${E}?`;
    case "captured":
      return `How many ${L.soldiers}${g} were taken prisoner during ${E}?`;
    case "missing":
      return `How many ${L.soldiers}${g} went missing during ${E}?`;
    case "civilian":
      // "600–1,000 civilians killed" counts deaths, not casualties.
      if (words === "killed") return L.adj ? `How many ${L.adj} civilians were killed during ${E}?` : `How many civilians on ${L.noun} were killed during ${E}?`;
      return L.adj ? `How many ${L.adj} civilian casualties${g} were there during ${E}?` : `How many civilian casualties did ${L.noun}${g} suffer during ${E}?`;
    case "total":
      return `What were the total losses of ${L.noun}${g} in ${E}?`;
    case "strength":
      return `How many ${L.troops} did ${L.noun}${g} field in ${E}?`;
  }
}

function statement(m: Measure | "strength", L: SideLabel, E: string, n: string, words: string | null = null): string {
  switch (m) {
    case "killed":
      return `${n} ${L.soldiers} were killed during ${E}.`;
    case "wounded":
      return `${n} ${L.soldiers} were ${words ?? "wounded"} during ${E}.`;
    case "captured":
      return `${n} ${L.soldiers} were taken prisoner during ${E}.`;
    case "missing":
      return `${n} ${L.soldiers} went missing during ${E}.`;
    case "civilian":
      if (words === "killed") return L.adj ? `${n} ${L.adj} civilians were killed during ${E}.` : `${n} civilians on ${L.noun} were killed during ${E}.`;
      return `${capital(L.noun)} suffered ${n} civilian casualties during ${E}.`;
    case "total":
      return `${capital(L.noun)} lost ${n} men in total in ${E}.`;
    case "strength":
      return `${capital(L.noun)} fielded ${n} ${L.troops} in ${E}.`;
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const VERB: Record<Measure | "strength", string> = {
  killed: "killed",
  wounded: "wounded",
  captured: "taken prisoner",
  missing: "missing",
  civilian: "civilian casualties",
  total: "total losses",
  strength: "strength",
};

const MATERIEL = /\b(ships?|vessels?|battleships?|cruisers?|destroyers?|boats?|gunboats?|aircraft|airplanes?|planes?|tanks?|guns?|artillery|horses?|squadrons?|craft|vehicles?|pieces)\b/i;

/**
 * Figures about men only, and the whole of the side's men: "4 battleships" or "21 ships sunk" are not troops;
 * "201,000, 474 artillery pieces" is (the guns are extra), but "665,500 in Manchuria, 335,900 in Korea" and
 * "262,900 infantry, 7,350 cavalry" are parts of a larger figure.
 */
export function isMen(f: Fact): boolean {
  let v = menCache.get(f);
  if (v === undefined) {
    v = isMenRaw(f);
    menCache.set(f, v);
  }
  return v;
}

const menCache = new WeakMap<Fact, boolean>();

/** "22,950, 354 tanks, 237 artillery pieces" → "22,950": the figure the question asks for, without the extras. */
function primaryText(r: NumberRange & { note?: string | null }): string {
  const text = (r.text ?? "").trim();
  const note = r.note ?? "";
  const at = note ? text.lastIndexOf(note) : -1;
  const head = (at > 0 ? text.slice(0, at) : text).replace(/[\s,;:(]+$/, "");
  return /\d/.test(head) ? head : formatRange(r);
}

function isMenRaw(f: Fact): boolean {
  const v = f.value as NumberRange & { note?: string | null };
  const text = v.text ?? "";
  const note = v.note ?? "";
  const at = note ? text.lastIndexOf(note) : -1;
  const primary = at > 0 ? text.slice(0, at) : text;
  if (MATERIEL.test(primary)) return false;
  if (!note) return true;
  if (/^\s*\(?\s*in\s/i.test(note)) return false;
  if (/^\s*\(?\s*(?:including|incl\.?)\s/i.test(note)) return true;
  return note
    .split(/,\s*|;\s*|\s+(?=\d)/)
    .filter((part) => /\d/.test(part))
    .every((part) => MATERIEL.test(part));
}

/** Every number fact of the corpus, for real-figure distractors (men vs men). */
function realNumbers(ctx: GenContext, ev: BattleEvent, m: Measure | "strength", self: string): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  for (const { o, figures } of menFigures(ctx)) {
    const t = tier(ctx, ev, o);
    for (const x of figures) if (x.id !== self) out.push({ range: x.range, tier: t + (x.kind === m ? 0 : 1) });
  }
  return out;
}

/** Every undisputed figure about men, per event: scanned once per corpus, not once per question. */
function menFigures(ctx: GenContext): { o: BattleEvent; figures: { id: string; kind: Measure | "strength"; range: { min: number; max: number } }[] }[] {
  return memo(ctx, "menFigures", () =>
    ctx.events.map((o) => ({
      o,
      figures: ([...MEASURES, "strength"] as const).flatMap((k) =>
        (infoOf(ctx, o).byKind.get(k) ?? [])
          .filter((f) => !f.disputed && isMen(f))
          .map((f) => ({ id: f.id, kind: k, range: { min: (f.value as NumberRange).min, max: (f.value as NumberRange).max } })),
      ),
    })),
  );
}

/** A group qualifier from a casualty sub-line key ("Pacific Fleet"), if the fact is not the side's whole figure. */
function groupOf(f: Fact): string | null {
  const k = f.key.trim();
  if (k === "" || normalise(k) === normalise(f.kind) || /^side\s*\d+$/i.test(k) || /^\d+$/.test(k)) return null;
  return k;
}

/** Other figures of the same event and side that a confused student might type. */
function siblingsRejected(ctx: GenContext, ev: BattleEvent, f: NumFact, key: NumberRange) {
  const out: { value: number; reason: string }[] = [];
  for (const k of [...MEASURES, "strength"] as const) {
    for (const g of allFactsOf(ctx, ev, k)) {
      if (g.id === f.id || g.disputed) continue;
      const v = g.value as NumberRange;
      if (v.min !== v.max || !clearlyDifferent(v, key, toleranceOf(key))) continue;
      const L = labelOf(ctx, ev, g.side);
      out.push({ value: v.min, reason: `${formatRange(v)} is the ${VERB[k]} figure${L ? ` of ${L.noun}` : ""}` });
    }
  }
  return out;
}

function numberQuestions(ctx: GenContext, ev: BattleEvent, f: NumFact, family: "casualties" | "strength"): Draft[] {
  const out: Draft[] = [];
  const L0 = labelOf(ctx, ev, f.side);
  if (!L0) return out;
  const key = f.value as NumberRange;
  // Whose figure, by whose count, for when: "According to Soviet claims, how many … (figure for late August)?"
  const L = figureLabel(L0, key, isNaval(ev));
  const words = f.kind === "wounded" ? countedWords(key) : f.kind === "civilian" && /\b(?:killed|dead|deaths)\b/i.test(key.text) ? "killed" : null;
  const framed = (q: string): string => {
    const a = accordingTo(key);
    const t = q.replace(/([?.])$/, `${qualifierNote(key)}$1`);
    return a ? a + t.charAt(0).toLowerCase() + t.slice(1) : t;
  };
  if (!(key.max > 0) || !isMen(f)) return out;
  // A total below one of its own parts is a misread figure ("9,511:" read as 9): not a safe key.
  if (f.kind === "total") {
    const parts = (["killed", "wounded", "captured", "missing"] as const).flatMap((k) => allFactsOf(ctx, ev, k).filter((g) => g.side === f.side && g.key === g.kind));
    if (parts.some((g) => (g.value as NumberRange).min > key.max)) return out;
  }
  const m = f.kind;
  const group = groupOf(f);
  const E = ref(ctx, ev);
  const belFacts = factsOf(ctx, ev, "belligerent").filter((b) => b.side === f.side);
  const facts: Fact[] = [f, ...belFacts];
  const ids = facts.map((x) => x.id);
  const s = slot(ev, `${m}:${f.side}:${f.key}`);
  // Other sources' readings of the slot (if any) are never wrong answers.
  const forbid = allFactsOf(ctx, ev, m).filter((g) => g.side === f.side && g.key === f.key).map((g) => g.value as NumberRange);
  const obscure = m === "strength" ? 0.5 : 0.7;
  const prompt = framed(countPrompt(m, L, E, group, words));
  const rej = siblingsRejected(ctx, ev, f, key);
  const dis = numberDistractors(rngFor(`${family}.count`, ids), key, realNumbers(ctx, ev, m, f.id), 3, forbid);
  const wrongTexts = dis.values.map(formatRange);
  out.push({
    templateId: `${family}.count.number`,
    family,
    format: "number",
    facts,
    prompt,
    answer: { ...numberAnswer(key, rej), display: primaryText(key) },
    distractors: wrongTexts,
    inputHint: numberHint(key),
    explanation: `The source’s figure is ${formatRange(key)} for ${L.noun}${group ? ` (${group})` : ""}.`,
    asks: [s],
    difficulty: difficulty("number", 0.6, obscure),
  });
  if (dis.values.length === 3) {
    out.push({
      templateId: `${family}.count.choice`,
      family,
      format: "choice",
      facts,
      prompt,
      key: formatRange(key),
      wrong: wrongTexts,
      explanation: `The source’s figure is ${formatRange(key)}.`,
      asks: [s],
      difficulty: difficulty("choice", dis.closeness, obscure),
    });
  }
  if (!group) {
    out.push({
      templateId: `${family}.tf.true`,
      family,
      format: "trueFalse",
      facts,
      prompt: `True or false: ${framed(statement(m, L, E, formatRange(key), words))}`,
      value: true,
      explanation: `The source’s figure is ${formatRange(key)}.`,
      asks: [s],
      reveals: [s],
      difficulty: difficulty("trueFalse", 0.5, obscure),
    });
    const w = dis.values[0];
    if (w)
      out.push({
        templateId: `${family}.tf.false`,
        family,
        format: "trueFalse",
        facts,
        prompt: `True or false: ${framed(statement(m, L, E, formatRange(w), words))}`,
        value: false,
        distractors: [formatRange(w)],
        explanation: `The source’s figure is ${formatRange(key)}, not ${formatRange(w)}.`,
        asks: [s],
        difficulty: difficulty("trueFalse", dis.closeness, obscure),
      });
    // Which side: only when every other side has a clearly different figure for the same measure.
    const labels = infoOf(ctx, ev).labels.filter((l): l is SideLabel => l !== null);
    const others = labels.filter((l) => l.index !== f.side);
    const otherFigures = others.map((o) => (allFactsOf(ctx, ev, m) as Fact[]).filter((g) => g.side === o.index && !groupOf(g)));
    // A disputed figure on the other side has readings we cannot see here: no side question then.
    const clear = otherFigures.every((xs) => xs.length > 0 && xs.every((g) => !g.disputed && clearlyDifferent(g.value as NumberRange, key, toleranceOf(key) + key.max * 0.1)));
    // Two sides make a two-option question (a coin toss): only with three or more sides.
    if (others.length >= 2 && clear) {
      const facts2: Fact[] = [f, ...otherFigures.flat(), ...factsOf(ctx, ev, "belligerent")];
      const what = m === "strength" ? `fielded ${formatRange(key)} ${L0.troops}` : m === "civilian" ? `suffered ${formatRange(key)} civilian casualties` : m === "total" ? `lost ${formatRange(key)} men in total` : `had ${formatRange(key)} men ${words ?? VERB[m]}`;
      out.push({
        templateId: `${family}.side.choice`,
        family,
        format: "choice",
        facts: facts2,
        prompt: framed(`Which side ${what} in ${E}?`),
        key: L0.short,
        wrong: others.map((o) => o.short),
        explanation: `The source’s figure is ${formatRange(key)} for ${L0.noun}.`,
        asks: [slot(ev, `${m}:side`)],
        reveals: [s, ...otherFigures.flat().map((g) => slot(ev, `${m}:${g.side}:${g.key}`))],
        difficulty: difficulty("choice", 0.3, obscure),
      });
    }
  }
  return out;
}

/** Qualitative loss descriptions fall in classes; a distractor must come from another class. */
const QUAL_CLASSES: [RegExp, string][] = [
  [/unknown|unclear|not known|n\/a/i, "unknown"],
  [/minimal|light|low|few|negligible|minor|small|slight/i, "light"],
  [/heavy|severe|high|massive|considerable|significant|large|enormous/i, "heavy"],
  [/\bnone\b|\bno losses\b|\bzero\b/i, "none"],
  [/moderate/i, "moderate"],
];
function qualClass(s: string): string | null {
  for (const [re, c] of QUAL_CLASSES) if (re.test(s)) return c;
  return null;
}
const QUAL_FALLBACK = ["Heavy", "Unknown", "Moderate", "Minimal", "Severe"];

function qualitativeQuestions(ctx: GenContext, ev: BattleEvent, f: FactOf<"casualties">): Draft[] {
  const q = f.value.qualitative;
  const L = labelOf(ctx, ev, f.side);
  if (!q || !L) return [];
  const cls = qualClass(q);
  if (!cls) return [];
  const facts: Fact[] = [f, ...factsOf(ctx, ev, "belligerent").filter((b) => b.side === f.side)];
  const pool = ctx.events.flatMap((o) =>
    ((infoOf(ctx, o).byKind.get("casualties") ?? []) as FactOf<"casualties">[])
      .map((g) => g.value.qualitative)
      .filter((x): x is string => !!x)
      .map((text) => ({ text: capital(text.trim()), tier: tier(ctx, ev, o) })),
  );
  const cands = [...pool, ...QUAL_FALLBACK.map((text) => ({ text, tier: 3 }))];
  const tid = "casualties.qualitative.choice";
  const wrong = pickTiered(rngFor(tid, facts.map((x) => x.id)), cands, 3, (t) => {
    const c = qualClass(t);
    return c !== null && c !== cls;
  }, [q]);
  // Three classes besides the key's exist in the fallback list; if not, skip rather than risk a synonym.
  if (wrong.length < 3) return [];
  return [
    {
      templateId: tid,
      family: "casualties",
      format: "choice",
      facts,
      prompt: `How does the source describe the losses of ${L.noun} in ${ref(ctx, ev)}?`,
      key: capital(q.trim()),
      wrong: wrong.map((w) => w.text),
      explanation: `The casualties of ${L.noun} are given as “${q.trim()}”.`,
      asks: [slot(ev, `casualties:${f.side}`)],
      difficulty: difficulty("choice", 0.3, 0.6),
    },
  ];
}

/** "how many troops the Russian side fielded": the disputed figure, as a clause. */
function disputedClause(m: Measure | "strength", L: SideLabel, E: string): string {
  switch (m) {
    case "strength":
      return `how many troops ${L.noun} fielded in ${E}`;
    case "killed":
      return `how many ${L.soldiers} were killed during ${E}`;
    case "wounded":
      return `how many ${L.soldiers} were wounded during ${E}`;
    case "captured":
      return `how many ${L.soldiers} were taken prisoner during ${E}`;
    case "missing":
      return `how many ${L.soldiers} went missing during ${E}`;
    case "civilian":
      return `how many civilian casualties ${L.noun} suffered during ${E}`;
    case "total":
      return `the total losses of ${L.noun} in ${E}`;
  }
}

/** A reconciler conflict value: "40,000 (40000)" or "700-2,000 killed (700–2000)" → its range. */
function conflictRange(v: string): { min: number; max: number } | null {
  const m = /\((~?)(\d+)(?:\u2013(\d+))?\)$/.exec(v.trim());
  if (!m) return null;
  const min = Number(m[2]);
  const max = m[3] ? Number(m[3]) : min;
  return min > 0 && max >= min ? { min, max } : null;
}

/**
 * The one question a disputed figure may feed: which figures do the sources give? Two readings only,
 * each clearly distinct; wrong options keep at most one true figure.
 */
function disputedQuestions(ctx: GenContext, ev: BattleEvent, family: "casualties" | "strength"): Draft[] {
  const out: Draft[] = [];
  const kinds = family === "strength" ? (["strength"] as const) : MEASURES;
  for (const m of kinds) {
    for (const f of allFactsOf(ctx, ev, m) as Fact[]) {
      if (!f.disputed || f.side === null || groupOf(f)) continue;
      const L = labelOf(ctx, ev, f.side);
      const c = ev.conflicts.find((x) => x.field === `side${f.side}.${m}` || x.field === `side${f.side}.casualties.${m}`);
      if (!L || !c || c.values.length !== 2 || !isMen(f)) continue;
      const rs = c.values.map((v) => conflictRange(v.value));
      if (rs.some((r) => r === null)) continue;
      const [a, b] = (rs as { min: number; max: number }[]).sort((x, y) => x.min - y.min);
      if (!clearlyDifferent(a!, b!, toleranceOf({ ...a!, approx: false, text: "" }))) continue;
      const pair = (x: { min: number; max: number }, y: { min: number; max: number }): string => {
        const [p, q] = [x, y].sort((u, v) => u.min - v.min);
        return `${formatRange(p!)} and ${formatRange(q!)}`;
      };
      const key = pair(a!, b!);
      const ids = [f.id];
      // Wrong figures well away from both true ones (12%), so no option is "nearly right".
      const far = (x: { min: number; max: number }): boolean => [a!, b!].every((t) => Math.abs(x.min - t.min) / Math.max(x.max, t.max) >= 0.12);
      const wa = numberDistractors(rngFor(`${family}.disputed.a`, ids), { ...a!, approx: false, text: "" }, [], 6, [b!]).values.filter(far);
      const wb = numberDistractors(rngFor(`${family}.disputed.b`, ids), { ...b!, approx: false, text: "" }, [], 6, [a!]).values.filter(far);
      if (wa.length < 2 || wb.length < 2) continue;
      // Each figure in exactly two options ({a,b} {a,y} {x,b} {x,y}): the key shares no more with the others than any option.
      const wrong = [...new Set([pair(a!, wb[0]!), pair(wa[0]!, b!), pair(wa[0]!, wb[0]!)])].filter((w) => w !== key);
      if (wrong.length !== 3) continue;
      const E = ref(ctx, ev);
      const where = c.values.map((v) => `${v.sources.map((r) => `${r.file} (line ${r.line})`).join(", ")} gives ${formatRange(conflictRange(v.value)!)}`).join("; ");
      out.push({
        templateId: `${family}.disputed.choice`,
        family,
        format: "choice",
        facts: [f],
        extraSources: c.values.flatMap((v) => v.sources),
        prompt: `The sources disagree about ${disputedClause(m, L, E)}. Which two figures do they give?`,
        key,
        wrong,
        explanation: `The sources disagree: ${where}.`,
        asks: [slot(ev, `${m}:${f.side}:${f.key}`)],
        difficulty: difficulty("choice", 0.5, 0.8),
      });
    }
  }
  return out;
}

export const casualties: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  for (const m of MEASURES) for (const f of factsOf(ctx, ev, m)) out.push(...numberQuestions(ctx, ev, f as NumFact, "casualties"));
  for (const f of factsOf(ctx, ev, "casualties")) out.push(...qualitativeQuestions(ctx, ev, f));
  out.push(...disputedQuestions(ctx, ev, "casualties"));
  return out.filter((d) => d.format !== "choice" || ("wrong" in d && d.wrong.length >= 1));
};

export const strength: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  for (const f of factsOf(ctx, ev, "strength")) out.push(...numberQuestions(ctx, ev, f, "strength"));
  out.push(...disputedQuestions(ctx, ev, "strength"));
  return out;
};
