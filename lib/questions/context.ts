/** Corpus-wide lookups the families share: side labels, wars, tiers of "how confusable" another event is. */
import type { BattleEvent, Fact, FactKind, FactOf } from "../facts/types";
import { eventOption, eventRef, nameCore, sideLabels, type RefAvoid, type SideLabel } from "./labels";
import { normaliseTitle } from "./text/normalise";

export interface EventInfo {
  ev: BattleEvent;
  labels: (SideLabel | null)[];
  war: string | null;
  year: number | null;
  core: string[];
  byKind: Map<FactKind, Fact[]>;
}

export interface GenContext {
  events: BattleEvent[];
  info: Map<string, EventInfo>;
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
  for (const ev of sorted) {
    const byKind = new Map<FactKind, Fact[]>();
    for (const f of ev.facts) {
      const xs = byKind.get(f.kind);
      if (xs) xs.push(f);
      else byKind.set(f.kind, [f]);
    }
    info.set(ev.id, {
      ev,
      labels: sideLabels(ev),
      war: ev.partOf ? normaliseTitle(ev.partOf) : null,
      year: ev.date ? Number(ev.date.start.slice(0, 4)) : null,
      core: nameCore(ev.name),
      byKind,
    });
  }
  return { events: sorted, info, memo: new Map() };
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
  return memo(ctx, `tier|${a.id}|${b.id}`, () => tierRaw(ctx, a, b));
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
  return memo(ctx, `ref|${ev.id}|${avoid}`, () => eventRef(ev, ctx.events, avoid));
}

export function option(ctx: GenContext, ev: BattleEvent, avoid: RefAvoid = "none"): string {
  return memo(ctx, `opt|${ev.id}|${avoid}`, () => eventOption(ev, ctx.events, avoid));
}

export function labelOf(ctx: GenContext, ev: BattleEvent, side: number | null): SideLabel | null {
  if (side === null) return null;
  return infoOf(ctx, ev).labels.find((l) => l?.index === side) ?? null;
}

/** "<eventId>:<slot>" tags for giveaway detection. */
export function slot(ev: BattleEvent, s: string): string {
  return `${ev.id}:${s}`;
}
