import { describe, expect, it } from "vitest";
import { makeRng } from "../../../lib/questions/rng";
import {
  classNameSchema,
  formatJoinCode,
  generateJoinCode,
  isJoinCode,
  joinCodeAlphabet,
  joinCodeLength,
  joinCodeSchema,
  normaliseJoinCode,
  resetPasswordSchema,
  temporaryPassword,
} from "../../../lib/classes";

const seeded = (seed: string) => {
  const rng = makeRng(seed);
  return (bound: number) => rng.int(0, bound - 1);
};

describe("join codes", () => {
  it("have 8 characters from an alphabet without look-alikes", () => {
    for (const bad of ["0", "O", "1", "I", "L", "2", "5", "6", "8", "V"]) expect(joinCodeAlphabet).not.toContain(bad);
    expect(new Set(joinCodeAlphabet).size).toBe(joinCodeAlphabet.length);
    const random = seeded("codes");
    const codes = Array.from({ length: 2000 }, () => generateJoinCode(random));
    for (const code of codes) {
      expect(code).toHaveLength(joinCodeLength);
      expect(isJoinCode(code)).toBe(true);
    }
    // Spread: every character of the alphabet turns up, and 2000 codes do not repeat.
    expect(new Set(codes.join("")).size).toBe(joinCodeAlphabet.length);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("come from the injected random source: the same seed gives the same code", () => {
    expect(generateJoinCode(seeded("a"))).toBe(generateJoinCode(seeded("a")));
    expect(generateJoinCode(seeded("a"))).not.toBe(generateJoinCode(seeded("b")));
    expect(generateJoinCode(() => 0)).toBe("AAAAAAAA");
    expect(generateJoinCode(() => joinCodeAlphabet.length - 1)).toBe("99999999");
    expect(() => generateJoinCode(() => joinCodeAlphabet.length)).toThrow(/returned/);
  });

  it("are shown in two groups of four", () => {
    expect(formatJoinCode("K7QMWX3R")).toBe("K7QM-WX3R");
    expect(formatJoinCode("short")).toBe("short");
  });

  it("read what a student types: case, spaces, dashes, full-width, look-alikes", () => {
    expect(normaliseJoinCode("k7qm-wx3r")).toEqual({ ok: true, code: "K7QMWX3R" });
    expect(normaliseJoinCode("  K7QM WX3R \n")).toEqual({ ok: true, code: "K7QMWX3R" });
    expect(normaliseJoinCode("k7q m.wx_3r")).toEqual({ ok: true, code: "K7QMWX3R" });
    expect(normaliseJoinCode("K7QM–WX3R")).toEqual({ ok: true, code: "K7QMWX3R" }); // en dash
    expect(normaliseJoinCode("Ｋ７ＱＭＷＸ３Ｒ")).toEqual({ ok: true, code: "K7QMWX3R" }); // full-width
    // 2→Z, 5→S, 6→G, 8→B, V→U
    expect(normaliseJoinCode("25684vvA")).toEqual({ ok: true, code: "ZSGB4UUA" });
  });

  it("say what is wrong with a code that cannot be one", () => {
    expect(normaliseJoinCode("")).toEqual({ ok: false, message: "Type the join code your teacher gave you." });
    expect(normaliseJoinCode(" - ")).toMatchObject({ ok: false });
    const withO = normaliseJoinCode("K7QM-W03R");
    expect(withO).toMatchObject({ ok: false });
    if (!withO.ok) expect(withO.message).toBe("Join codes never contain 0: check the code with your teacher.");
    const withIL = normaliseJoinCode("KILM-WX3R");
    if (withIL.ok) throw new Error("accepted");
    expect(withIL.message).toContain("I or L");
    const short = normaliseJoinCode("K7QM");
    if (short.ok) throw new Error("accepted");
    expect(short.message).toBe("A join code has 8 letters and digits; that was 4.");
    const symbol = normaliseJoinCode("K7QM#WX3R");
    if (symbol.ok) throw new Error("accepted");
    expect(symbol.message).toContain("“#”");
  });

  it("are checked by the zod schema with the same messages", () => {
    expect(joinCodeSchema.parse("k7qm wx3r")).toBe("K7QMWX3R");
    const failed = joinCodeSchema.safeParse("K7QM");
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toBe("A join code has 8 letters and digits; that was 4.");
    expect(joinCodeSchema.safeParse(42).success).toBe(false);
  });
});

describe("class names", () => {
  it("are trimmed, spaces collapsed, 1 to 80 characters", () => {
    expect(classNameSchema.parse("  Year 9   History ")).toBe("Year 9 History");
    expect(classNameSchema.safeParse("   ").error?.issues[0]?.message).toBe("Fill in a name for the class.");
    expect(classNameSchema.safeParse("x".repeat(81)).error?.issues[0]?.message).toBe("A class name has at most 80 characters.");
    expect(classNameSchema.parse("x".repeat(80))).toHaveLength(80);
  });
});

describe("temporary passwords", () => {
  it("are 3 groups of 4 without look-alikes, long enough to sign in with", () => {
    const random = seeded("passwords");
    const passwords = Array.from({ length: 200 }, () => temporaryPassword(random));
    for (const password of passwords) expect(password).toMatch(/^[abcdefghjkmnpqrstuwxyz3479]{4}(-[abcdefghjkmnpqrstuwxyz3479]{4}){2}$/);
    expect(new Set(passwords).size).toBe(passwords.length);
    expect(resetPasswordSchema.parse({ password: passwords[0] })).toEqual({ password: passwords[0] });
  });

  it("a typed one meets the sign-up minimum; an empty one means 'generate'", () => {
    expect(resetPasswordSchema.parse({ password: "" })).toEqual({ password: undefined });
    expect(resetPasswordSchema.parse({})).toEqual({ password: undefined });
    expect(resetPasswordSchema.safeParse({ password: "short" }).error?.issues[0]?.message).toBe("Use at least 10 characters for the password.");
  });
});
