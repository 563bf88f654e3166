/** Read access to imported events and their current facts. */
import type { BattleEvent, Fact, FactKind, SourceRef } from "../facts/types";
import { db, type Db } from "./db/client";
import { byCodeUnits } from "./db/order";

export interface EventSummary {
  id: string;
  name: string;
  partOf: string | null;
  dateText: string | null;
  dateStart: string | null;
  place: string | null;
  sources: { file: string; title: string }[];
  factCount: number;
}

export async function listEvents(database: Db = db()): Promise<EventSummary[]> {
  const rows = await database.event.findMany({
    where: { retiredAt: null },
    select: {
      id: true,
      name: true,
      partOf: true,
      dateText: true,
      dateStart: true,
      place: true,
      articles: { select: { file: true, title: true }, orderBy: { file: "asc" } },
      _count: { select: { facts: { where: { retiredAt: null } } } },
    },
  });
  return rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      partOf: row.partOf,
      dateText: row.dateText,
      dateStart: row.dateStart,
      place: row.place,
      sources: row.articles,
      factCount: row._count.facts,
    }))
    .sort((a, b) => (a.dateStart ?? "9999").localeCompare(b.dateStart ?? "9999") || a.name.localeCompare(b.name));
}

type FactRow = {
  id: string;
  eventId: string;
  kind: string;
  side: number | null;
  key: string;
  currentVersion: {
    value: unknown;
    versionHash: string;
    text: string;
    disputed: boolean;
    sourceFile: string;
    sourceLine: number;
    sourceText: string;
    alsoIn: unknown;
  } | null;
};

function toFact(row: FactRow): Fact | null {
  const version = row.currentVersion;
  if (!version) return null;
  const source: SourceRef = { file: version.sourceFile, line: version.sourceLine, text: version.sourceText };
  return {
    id: row.id,
    eventId: row.eventId,
    kind: row.kind as FactKind,
    side: row.side,
    key: row.key,
    value: version.value,
    text: version.text,
    source,
    alsoIn: version.alsoIn as SourceRef[],
    disputed: version.disputed,
    versionHash: version.versionHash,
  } as Fact;
}

const factSelect = {
  id: true,
  eventId: true,
  kind: true,
  side: true,
  key: true,
  currentVersion: {
    select: { value: true, versionHash: true, text: true, disputed: true, sourceFile: true, sourceLine: true, sourceText: true, alsoIn: true },
  },
} as const;

/** Rebuilds events as the parser produced them, with their current facts: the question engine's input. */
export async function loadEvents(ids?: string[], database: Db = db()): Promise<BattleEvent[]> {
  const rows = await database.event.findMany({
    where: { retiredAt: null, ...(ids ? { id: { in: ids } } : {}) },
    select: { id: true, snapshot: true, facts: { where: { retiredAt: null }, select: factSelect } },
  });
  // Sorted here, not by the database: its collation decides ORDER BY on text (see byCodeUnits).
  rows.sort((a, b) => byCodeUnits(a.id, b.id));
  return rows.map((row) => ({
    ...(row.snapshot as unknown as Omit<BattleEvent, "facts">),
    facts: row.facts.map(toFact).filter((fact): fact is Fact => fact !== null),
  }));
}

export async function getEvent(id: string): Promise<BattleEvent | null> {
  const [event] = await loadEvents([id]);
  return event ?? null;
}
