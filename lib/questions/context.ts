/** Corpus-wide lookups the families share: side labels, wars, tiers of "how confusable" another event is. */
import type { BattleEvent, Fact, FactKind, FactOf } from "../facts/types";
import { eventOption, eventRef, nameCore, sideLabels, yearOf, type RefAvoid, type SideLabel } from "./labels";
import { buildRegister, type Register } from "./register";
import { eventLookup, warInfo, warKey } from "./wars";

export interface EventInfo {
  ev: BattleEvent;
  labels: (SideLabel | null)[];
  /** Comparison key of the canonical war (dashes folded, qualifiers dropped), or null. */
  war: string | null;
  /** The canonical war, display form without "the". */
  warName: string | null;
  /** The operation inside the war ("Invasion of South Sakhalin"), or null. */
  campaign: string | null;
  /** The campaign was read off a legacy partOf ("X in the Y War"): its fact is the partOf fact. */
  campaignFromPartOf: boolean;
  year: number | null;
  core: string[];
  byKind: Map<FactKind, Fact[]>;
  /** Per-event caches (refs, options, tiers): cheaper than string-keyed memo in the hot loops. */
  refs: Map<RefAvoid, string>;
  options: Map<RefAvoid, string>;
  tiers: Map<string, number>;
  /** Id of the corpus event named by `campaign` (the operation this event is part of), or null. */
  host: string | null;
}

export interface GenContext {
  events: BattleEvent[];
  info: Map<string, EventInfo>;
  /** Event by name or alias. */
  lookup: (name: string) => BattleEvent | undefined;
  /** One entry per person and per state across the corpus, whatever the spelling. */
  register: Register;
  /** Memo for corpus-wide scans (event refs, options, tiers): keeps generation linear-ish. */
  memo: Map<string, unknown>;
}

export function memo<T>(ctx: GenContext, key: string, f: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const v = f();
  ctx.memo.set(key, v);
  return v;
}

export function makeContext(events: readonly BattleEvent[]): GenContext {
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const info = new Map<string, EventInfo>();
  const lookup = eventLookup(sorted);
  for (const ev of sorted) {
    const byKind = new Map<FactKind, Fact[]>();
    for (const f of ev.facts) {
      const xs = byKind.get(f.kind);
      if (xs) xs.push(f);
      else byKind.set(f.kind, [f]);
    }
    const w = warInfo(ev, lookup);
    info.set(ev.id, {
      ev,
      labels: sideLabels(ev),
      war: w.war ? warKey(w.war) : null,
      warName: w.war,
      campaign: w.campaign,
      campaignFromPartOf: w.derived && w.campaign !== null,
      year: yearOf(ev),
      core: nameCore(ev.name),
      byKind,
      refs: new Map(),
      options: new Map(),
      tiers: new Map(),
      host: null,
    });
  }
  for (const i of info.values()) {
    const h = i.campaign ? lookup(i.campaign) : undefined;
    i.host = h && h.id !== i.ev.id ? h.id : null;
  }
  return { events: sorted, info, lookup, register: buildRegister(sorted), memo: new Map() };
}

export function infoOf(ctx: GenContext, ev: BattleEvent): EventInfo {
  const i = ctx.info.get(ev.id);
  if (!i) throw new Error(`unknown event ${ev.id}`);
  return i;
}

/** Usable (undisputed) facts of a kind. */
export function factsOf<K extends FactKind>(ctx: GenContext, ev: BattleEvent, kind: K): FactOf<K>[] {
  return ((infoOf(ctx, ev).byKind.get(kind) ?? []) as FactOf<K>[]).filter((f) => !f.disputed);
}

/** All facts of a kind including disputed ones (for exclusion checks: a disputed value is still not certainly wrong). */
export function allFactsOf<K extends FactKind>(ctx: GenContext, ev: BattleEvent, kind: K): FactOf<K>[] {
  return (infoOf(ctx, ev).byKind.get(kind) ?? []) as FactOf<K>[];
}

/**
 * 0: same war, or a confusable event (shares a place word: 1905 vs 1945 Sakhalin) — used on purpose;
 * 1: same era (within 15 years); 2: anything else.
 */
export function tier(ctx: GenContext, a: BattleEvent, b: BattleEvent): number {
  const row = infoOf(ctx, a).tiers;
  let t = row.get(b.id);
  if (t === undefined) {
    t = tierRaw(ctx, a, b);
    row.set(b.id, t);
  }
  return t;
}

function tierRaw(ctx: GenContext, a: BattleEvent, b: BattleEvent): number {
  const ia = infoOf(ctx, a);
  const ib = infoOf(ctx, b);
  if (ia.war && ia.war === ib.war) return 0;
  if (ia.core.some((t) => ib.core.includes(t))) return 0;
  if (ia.year !== null && ib.year !== null && Math.abs(ia.year - ib.year) <= 15) return 1;
  return 2;
}

export function ref(ctx: GenContext, ev: BattleEvent, avoid: RefAvoid = "none"): string {
  const I = infoOf(ctx, ev);
  let v = I.refs.get(avoid);
  if (v === undefined) I.refs.set(avoid, (v = eventRef(ev, ctx.events, avoid, I.warName)));
  return v;
}

export function option(ctx: GenContext, ev: BattleEvent, avoid: RefAvoid = "none"): string {
  const I = infoOf(ctx, ev);
  let v = I.options.get(avoid);
  if (v === undefined) I.options.set(avoid, (v = eventOption(ev, ctx.events, avoid, I.warName)));
  return v;
}

export function labelOf(ctx: GenContext, ev: BattleEvent, side: number | null): SideLabel | null {
  if (side === null) return null;
  return infoOf(ctx, ev).labels.find((l) => l?.index === side) ?? null;
}

/** "<eventId>:<slot>" tags for giveaway detection. */
export function slot(ev: BattleEvent, s: string): string {
  return `${ev.id}:${s}`;
}

/** Is one event the operation the other was part of (either way)? Such names are traps, not wrong answers. */
export function nested(ctx: GenContext, a: BattleEvent, b: BattleEvent): boolean {
  return infoOf(ctx, a).host === b.id || infoOf(ctx, b).host === a.id;
}
