/**
 * A temporary password a teacher reads out to a student: 3 groups of 4 from
 * lower-case letters and digits without look-alikes (14 characters, ~56 bits),
 * e.g. "k7qm-wx3r-pt4h". Meets the sign-up minimum of 10 characters.
 */
import type { RandomInt } from "./join-code";

export const temporaryPasswordAlphabet = "abcdefghjkmnpqrstuwxyz3479";

export function temporaryPassword(randomInt: RandomInt): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let group = "";
    for (let i = 0; i < 4; i++) group += temporaryPasswordAlphabet[randomInt(temporaryPasswordAlphabet.length)];
    groups.push(group);
  }
  return groups.join("-");
}
