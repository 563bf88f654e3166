/**
 * Fact records: ids, version hashes and slot keys.
 * A fact's id hashes its slot (event, kind, side, key), never its value, so an edited figure
 * keeps its id and only its versionHash changes.
 */
import type { Fact, FactKind, FactOf, FactValueByKind, PartialDate, ProseMeasure, SourceRef } from "../facts/types";
import { fastHash, type HashState, hashDigest, hashUpdate, normKey, shortHash } from "./text";

const HASH_START: HashState = [0x811c9dc5, 0x9747b28c];

// Facts come in runs of one event: keep the hash state after the event id.
let lastEvent = "\u0001";
let lastState: HashState = [0, 0];

/** Slot id: a stable 64-bit hash (16 hex chars) of event, kind, side and key. */
export function factId(eventId: string, kind: FactKind, side: number | null, key: string): string {
  if (eventId !== lastEvent) {
    lastEvent = eventId;
    lastState = hashUpdate(HASH_START, `${eventId}\u0000`);
  }
  return hashDigest(hashUpdate(lastState, `${kind}\u0000${side ?? ""}\u0000${key}`));
}

export function versionHash(value: unknown): string {
  return shortHash(JSON.stringify(value));
}

export function makeFact<K extends FactKind>(
  eventId: string,
  kind: K,
  side: number | null,
  key: string,
  value: FactValueByKind[K],
  text: string,
  source: SourceRef,
  alsoIn: SourceRef[] = [],
  disputed = false,
  knownVersionHash?: string,
): Fact {
  const fact: FactOf<K> = {
    id: factId(eventId, kind, side, key),
    eventId,
    kind,
    side,
    key,
    value,
    text,
    source,
    alsoIn,
    disputed,
    versionHash: knownVersionHash ?? versionHash(value),
  };
  return fact as unknown as Fact;
}

/** Key of a timeline entry: its date and a hash of its sentence's words. */
export function timelineKey(date: PartialDate, sentence: string): string {
  return `${date}:${fastHash(normKey(sentence)).slice(0, 8)}`;
}

/**
 * Key of a prose figure: what it measures, its sentence with the digits left out (so a corrected
 * figure keeps its slot; see `sentenceShape`) and its position among that sentence's figures of
 * the same measure.
 */
export function proseNumberKey(measure: ProseMeasure, shape: string, ordinal: number): string {
  return `${measure}:${shape}:${ordinal}`;
}

const FIGURES_RE = /\d+(?: \d{3})*/g;

/** 8-hex hash of a sentence's words with its figures blanked out ("7,280" and "7280" alike). */
export function sentenceShape(sentence: string): string {
  return fastHash(normKey(sentence).replace(FIGURES_RE, "#")).slice(0, 8);
}
