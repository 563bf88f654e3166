/** Stable ids: pure string hashing (no node:crypto, so the module runs in the browser too). */

/** Bump when templates or distractor rules change: questions get new ids. */
export const GENERATOR_VERSION = 3;

/** cyrb53: fast 53-bit string hash; collisions are irrelevant at corpus scale. */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function hashHex(s: string): string {
  return hash53(s).toString(16).padStart(14, "0");
}

/** Same facts + template + generator version → same id, whatever the values or the seed. */
export function questionId(templateId: string, factIds: readonly string[]): string {
  return "q_" + hashHex(`${GENERATOR_VERSION}|${templateId}|${factIds.join(",")}`);
}

/** Seed (32-bit) for anything decided per question, so a question is a pure function of its id. */
export function seedOf(s: string): number {
  return hash53(s) | 0;
}
