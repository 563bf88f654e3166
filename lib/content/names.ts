/**
 * Event-name vocabulary shared by the alias reader and the reconciler.
 */
import { normKey } from "./text";

/** Words that say what kind of event a name is, not which one. */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  "the", "of", "at", "in", "on", "and", "a", "an", "battle", "battles", "siege", "invasion", "operation", "campaign",
  "offensive", "assault", "attack", "landing", "landings", "raid", "engagement", "action", "conflict", "fight",
  "skirmish", "occupation", "capture", "fall", "liberation", "defence", "defense", "war",
]);

/**
 * Whether `alias` can name the event: not empty, not a belligerent ("Soviet Union"), and not a
 * single generic word ("Battle") or a single word of a belligerent's name or its adjective
 * ("Soviet" for "Soviet Union", "Japanese" for "Japan").
 */
export function acceptableAlias(alias: string, belligerentKeys: Iterable<string>): boolean {
  const k = normKey(alias);
  if (!k) return false;
  const bell = [...belligerentKeys];
  if (bell.includes(k)) return false;
  if (k.includes(" ")) return true;
  if (GENERIC_NAME_WORDS.has(k)) return false;
  for (const b of bell) {
    for (const w of b.split(" ")) {
      if (w === k) return false;
      // An adjective of a belligerent's word: japan → japanese, russia → russian.
      if (w.length >= 4 && k.length > w.length && k.startsWith(w.slice(0, Math.max(4, w.length - 1))) && /(?:ese|ian|ish|ic|an|i)$/.test(k)) return false;
    }
  }
  return true;
}
