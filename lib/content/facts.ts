/**
 * Fact records: ids, version hashes and slot keys.
 * A fact's id hashes its slot (event, kind, side, key), never its value, so an edited figure
 * keeps its id and only its versionHash changes.
 */
import type { Fact, FactKind, FactOf, FactValueByKind, PartialDate, ProseMeasure, SourceRef } from "../facts/types";
import { type HashState, hashDigest, hashParts, hashUpdate, keyHash, shortHash } from "./hash";

const HASH_START: HashState = [0x811c9dc5, 0x9747b28c];

// Facts come in runs of one event: keep the hash state after the event id.
let lastEvent = "\u0001";
let lastState: HashState = hashUpdate(HASH_START, "\u0001\u0000");

/** Slot id: a stable 64-bit hash (16 hex chars) of event, kind, side and key. */
export function factId(eventId: string, kind: FactKind, side: number | null, key: string): string {
  if (eventId !== lastEvent) {
    lastEvent = eventId;
    lastState = hashUpdate(HASH_START, `${eventId}\u0000`);
  }
  // The parts are fed one by one: hashing a concatenation would flatten it first.
  return hashDigest(hashParts(lastState, kind, side === null ? "" : SIDE_STRINGS[side] ?? String(side), key));
}

const SIDE_STRINGS = Array.from({ length: 10 }, (_, i) => String(i));

// A value's hash depends on its JSON only; short values repeat across facts and articles.
const VERSION_CACHE = new Map<string, string>();
const VERSION_CACHE_MAX = 20_000;
const VERSION_CACHE_KEY_MAX = 64;

/** 16-hex sha-256 of the value's JSON (the contract's version hash). */
export function versionHash(value: unknown): string {
  const json = JSON.stringify(value);
  if (json.length > VERSION_CACHE_KEY_MAX) return shortHash(json);
  let h = VERSION_CACHE.get(json);
  if (h === undefined) {
    h = shortHash(json);
    if (VERSION_CACHE.size >= VERSION_CACHE_MAX) VERSION_CACHE.clear();
    VERSION_CACHE.set(json, h);
  }
  return h;
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
  return `${date}:${keyHash(sentence, false).slice(0, 8)}`;
}

/**
 * Key of a prose figure: what it measures, its sentence with the digits left out (so a corrected
 * figure keeps its slot; see `sentenceShape`) and its position among that sentence's figures of
 * the same measure.
 */
export function proseNumberKey(measure: ProseMeasure, shape: string, ordinal: number): string {
  return `${measure}:${shape}:${ordinal}`;
}

/** 8-hex hash of a sentence's words with its figures blanked out ("7,280" and "7280" alike). */
export function sentenceShape(sentence: string): string {
  return keyHash(sentence, true).slice(0, 8);
}
