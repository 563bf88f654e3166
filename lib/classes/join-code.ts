/**
 * Join codes: what a teacher writes on the board and a student types. Eight
 * characters from an alphabet with no look-alikes, shown in two groups of four
 * ("K7QM-WX3R"), stored without the dash.
 *
 * Left out: 0 O 1 I L (read as each other), and one of each pair that is easy
 * to misread in handwriting or on a projector: 2/Z, 5/S, 6/G, 8/B, U/V. When a
 * student types the left-out member of a pair, it is read as the kept one; a
 * typed 0, O, 1, I or L cannot be any code, and `normaliseJoinCode` says so.
 * 26^8 ≈ 2·10^11 codes, so guessing a live one is hopeless and collisions are
 * rare (createClass retries on the unique index anyway).
 */

export const joinCodeAlphabet = "ABCDEFGHJKMNPQRSTUWXYZ3479" as const;
export const joinCodeLength = 8;

/** Typed look-alikes read as the character the alphabet keeps. */
const lookAlikes: Record<string, string> = { "2": "Z", "5": "S", "6": "G", "8": "B", V: "U" };
/** Characters no code contains and that could be more than one thing. */
const neverInCodes = new Set(["0", "O", "1", "I", "L"]);

/** An integer in [0, bound): crypto.randomInt on the server, a seeded one in tests. */
export type RandomInt = (bound: number) => number;

export function generateJoinCode(randomInt: RandomInt): string {
  let code = "";
  for (let i = 0; i < joinCodeLength; i++) {
    const index = randomInt(joinCodeAlphabet.length);
    if (!Number.isInteger(index) || index < 0 || index >= joinCodeAlphabet.length) throw new Error(`randomInt(${joinCodeAlphabet.length}) returned ${index}`);
    code += joinCodeAlphabet[index];
  }
  return code;
}

/** "K7QMWX3R" → "K7QM-WX3R" (anything else is returned as it is). */
export function formatJoinCode(code: string): string {
  return isJoinCode(code) ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function isJoinCode(value: string): boolean {
  return value.length === joinCodeLength && [...value].every((char) => joinCodeAlphabet.includes(char));
}

export type NormalisedJoinCode = { ok: true; code: string } | { ok: false; message: string };

/**
 * What a student typed → the stored form: any case, spaces, dashes, dots and
 * underscores anywhere, full-width characters, look-alikes of kept characters.
 */
export function normaliseJoinCode(typed: string): NormalisedJoinCode {
  const compact = typed
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-‐-―−._·]/g, "");
  if (compact === "") return { ok: false, message: "Type the join code your teacher gave you." };
  const chars = [...compact].map((char) => lookAlikes[char] ?? char);
  const impossible = [...new Set(chars.filter((char) => neverInCodes.has(char)))];
  if (impossible.length > 0) {
    return { ok: false, message: `Join codes never contain ${listOf(impossible)}: check the code with your teacher.` };
  }
  const foreign = [...new Set(chars.filter((char) => !joinCodeAlphabet.includes(char)))];
  if (foreign.length > 0) return { ok: false, message: `A join code has only letters and digits; ${listOf(foreign.map((c) => `“${c}”`))} is not part of one.` };
  if (chars.length !== joinCodeLength) return { ok: false, message: `A join code has ${joinCodeLength} letters and digits; that was ${chars.length}.` };
  return { ok: true, code: chars.join("") };
}

function listOf(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : (items[0] ?? "");
}
