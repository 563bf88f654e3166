/**
 * Content changes meet a student's stored cards: after an import the data layer compares what
 * each stored card was built from with the freshly built cards, and this says what to write.
 * A card keeps its memory; a changed fact makes it "updated" and due now.
 */
import { changedFacts, type StudyCard } from "./cards";
import { makeDueNow, type CardState } from "./scheduler";

export interface StoredCard {
  cardKey: string;
  /** factId → versionHash the student last saw (written when the card was last shown or reviewed). */
  factVersions: Record<string, string>;
  state: CardState | null;
}

export interface CardSync {
  /** Stored cards whose facts changed: write this state (due now) and the new versions, flag "updated". */
  updated: { cardKey: string; state: CardState | null; factVersions: Record<string, string>; changedFactIds: string[] }[];
  /** Stored cards no longer built (their fact left the content): keep the rows, hide them from queues. */
  retired: string[];
  /** Built cards with no stored row: new to this student. */
  added: string[];
}

export function syncCards(stored: readonly StoredCard[], built: readonly Pick<StudyCard, "cardKey" | "factVersions">[], now: Date): CardSync {
  const byKey = new Map(built.map((c) => [c.cardKey, c]));
  const seen = new Set<string>();
  const out: CardSync = { updated: [], retired: [], added: [] };
  for (const s of stored) {
    seen.add(s.cardKey);
    const card = byKey.get(s.cardKey);
    if (!card) {
      out.retired.push(s.cardKey);
      continue;
    }
    const changed = changedFacts(s.factVersions, card);
    if (changed.length === 0) continue;
    out.updated.push({ cardKey: s.cardKey, state: s.state && s.state.phase !== "new" ? makeDueNow(s.state, now) : s.state, factVersions: card.factVersions, changedFactIds: changed });
  }
  for (const c of built) if (!seen.has(c.cardKey)) out.added.push(c.cardKey);
  return out;
}
