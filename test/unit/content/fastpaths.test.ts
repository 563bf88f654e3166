/**
 * The parser's fast paths must give exactly what the plain definitions give: fact ids, keys and
 * figures are stable across versions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asciiTwin, isAscii } from "../../../lib/content/ascii";
import { ANY_DATE_RE, maskDates } from "../../../lib/content/dates";
import { decodeLines, decodeText, splitLines } from "../../../lib/content/decode";
import { fastHash, keyHash } from "../../../lib/content/hash";
import { normKey } from "../../../lib/content/text";
import { matchNumbers, matchNumbersEverywhere } from "../../../lib/content/numbers";
import { CONTENT_DIR, FIXTURES_DIR } from "./helpers";

/** Deterministic pseudo-random strings made of the given pieces. */
function samples(pieces: readonly string[], count: number, seed: number): string[] {
  let r = seed;
  const rnd = () => (r = (r * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = "";
    const n = Math.floor(rnd() * 12);
    for (let k = 0; k < n; k++) s += pieces[Math.floor(rnd() * pieces.length)]! + (rnd() < 0.6 ? (rnd() < 0.1 ? "\u2003" : " ") : "");
    out.push(s);
  }
  return out;
}

const corpusLines = (): string[] =>
  [CONTENT_DIR, FIXTURES_DIR].flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".txt"))
      .flatMap((f) => readFileSync(d + f, "utf8").split("\n")),
  );

describe("fast paths", () => {
  it("keyHash = fastHash(normKey(s)), with and without figures blanked", () => {
    const wide = ["\u014d", "\u014c", "\u2019", "\u2014", "\u00a0", "\u00df", "\u00f8", "\u00d7", "\u0130", "\u01ce", "o\u0304", "\u2026", "\u201c"];
    const texts = [...corpusLines(), ...samples(["the", "The", "a", "Z", "9", "1 000", "2 345", "12", ".", ",", "-", "\u2013", "é", "[1]", "\t", ...wide], 20_000, 1)];
    for (const t of texts) {
      const k = normKey(t);
      expect(keyHash(t, false)).toBe(fastHash(k));
      expect(keyHash(t, true)).toBe(fastHash(k.replace(/\d+(?: \d{3})*/g, "#")));
    }
  });

  it("maskDates = replacing ANY_DATE_RE matches by spaces", () => {
    const texts = [...corpusLines(), ...samples(["12", "3", "1st", "\u2013", "-", "and", "to", "of", "May", "Sept.", "September", "Janet", "1905", ",", "Mayor"], 20_000, 2)];
    for (const t of texts) expect(maskDates(t)).toBe(t.replace(ANY_DATE_RE, (m) => " ".repeat(m.length)));
  });

  it("matchNumbers finds the figures a scan from every position finds", () => {
    const texts = samples(["between", "about", "c.", "~", "more than", "an estimated", "up to", "1", "1,000", "5.5", "-", "to", "and", "thousand", "+", "A", "x"], 20_000, 3);
    for (const t of texts) expect(matchNumbers(t)).toEqual(matchNumbersEverywhere(t));
    expect(matchNumbers("about 1,000 killed, between 5 and 10 wounded and c.300 captured").map((n) => [n.raw, n.min, n.max, n.approx])).toEqual([
      ["about 1,000", 1000, 1000, true],
      ["between 5 and 10", 5, 10, false],
      ["c.300", 300, 300, true],
    ]);
    expect(matchNumbers("an estimated\u2003\u2003 20,000 men").map((n) => n.raw)).toEqual(["an estimated\u2003\u2003 20,000"]);
  });

  it("decodeLines = splitLines(decodeText(bytes)), errors included; ASCII lines are plain slices", () => {
    const pieces = [[0x61], [0x0a], [0x0d], [0x0d, 0x0a], [0xef, 0xbb, 0xbf], [0xe2, 0x80, 0x93], [0xc3, 0xa9], [0xc3], [0x80], [0xff], [0x20], [0xf0, 0x9f, 0x98, 0x80]];
    let r = 4;
    const rnd = () => (r = (r * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const inputs: Buffer[] = [];
    for (let i = 0; i < 20_000; i++) {
      const b: number[] = [];
      const n = Math.floor(rnd() * 10);
      for (let k = 0; k < n; k++) b.push(...pieces[Math.floor(rnd() * pieces.length)]!);
      inputs.push(Buffer.from(b));
    }
    for (const d of [CONTENT_DIR, FIXTURES_DIR]) for (const f of readdirSync(d).filter((x) => x.endsWith(".txt"))) inputs.push(readFileSync(d + f));
    for (const b of inputs) {
      const whole = decodeText(b);
      expect(decodeLines(b)).toEqual(whole.ok ? { ok: true, lines: splitLines(whole.text) } : whole);
    }
  });

  it("an ASCII twin matches as its Unicode pattern on ASCII text, and refuses what it cannot translate", () => {
    const patterns = [
      /(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}'\u2019-]*\.?)(?:\s+(?:(?:von|de)\s+)?(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}'\u2019-]*\.?))*/gu,
      /(?<![\p{L}\d.,])(?:(c\.|about|some|over)\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}])/giu,
      /[.!?]["'\u201d\u2019)\]]*(?:\s+|$|(?=\p{Lu}\p{Ll}))/gu,
      /[^\p{L}\p{N}]+|[\p{Lo}\p{Lu}]\p{Ll}+|[^\p{M}]x/gu,
      /^\p{Lu}/iu,
    ];
    const texts = [...corpusLines(), ...samples(["The", "de", "von", "A.", "B.C.", "O'Neil", "-", "x", "ax", "12", "1,000", "c.", "about", "Some", ".", "!", "?", '"', ")", "\t"], 20_000, 5)].filter(isAscii);
    expect(texts.length).toBeGreaterThan(10_000);
    for (const re of patterns) {
      const twin = asciiTwin(re);
      expect(twin.flags).toBe(re.flags.replace("u", ""));
      for (const t of texts) expect(t.match(twin), `${re} on '${t}'`).toEqual(t.match(re));
    }
    expect(isAscii("Tōgō")).toBe(false);
    expect(() => asciiTwin(/\P{L}/u)).toThrow(/unsupported/);
    expect(() => asciiTwin(/\p{Script=Greek}/u)).toThrow(/unsupported/);
  });
});
