import { describe, expect, it } from "vitest";
import { checkAnswer } from "../../../lib/questions/checker";
import type { AcceptedText, Answer, Question, RejectedText } from "../../../lib/questions/types";
import { surnames } from "../../../lib/questions/names";

function q(answer: Answer, extra: Partial<Question> = {}): Question {
  return {
    id: "q_test",
    templateId: "test",
    generatorVersion: 1,
    family: "commanders",
    format: answer.kind === "text" ? "shortAnswer" : answer.kind === "number" ? "number" : answer.kind === "date" ? "date" : "choice",
    eventIds: [],
    factIds: [],
    factVersions: {},
    prompt: "",
    difficulty: 0.5,
    answer,
    distractors: [],
    explanation: { text: "", sources: [] },
    sources: [],
    asks: [],
    reveals: [],
    ...extra,
  };
}

const person = (name: string, aliases: string[] = [], rank: string | null = null): AcceptedText => ({
  display: name,
  variants: [name, ...aliases],
  person: { rank, surnames: surnames(name) },
});
const text = (accepted: AcceptedText[], rejected: RejectedText[] = []): Question =>
  q({ kind: "text", display: accepted.map((a) => a.display).join(" / "), accepted, rejected });
const num = (min: number, max: number, approx = false, tolerance = 0, rejected: { value: number; reason: string }[] = []): Question =>
  q({ kind: "number", display: min === max ? String(min) : `${min}–${max}`, min, max, approx, tolerance, rejected });
const date = (start: string, end: string, precision: "day" | "month" | "year", impliedYear: string | null = null): Question =>
  q({ kind: "date", display: `${start}–${end}`, start, end, precision, impliedYear });

// Who commanded the Russian side (1905)? Japanese commanders are the traps.
const lyapunov = text(
  [person("Mikhail Nikolaevich Lyapunov", ["General Lyapunov", "MN Lyapunov"], "General")],
  [
    { text: "Haraguchi Kensai", reason: "Haraguchi Kensai commanded the other side" },
    { text: "Kataoka Shichirō", reason: "Kataoka Shichirō commanded the other side" },
  ],
);
// Who commanded the Japanese side? Either commander is right.
const japanese = text([person("Haraguchi Kensai", [], "General"), person("Kataoka Shichirō", [], "Admiral")], [{ text: "Mikhail Nikolaevich Lyapunov", reason: "Mikhail Nikolaevich Lyapunov commanded the other side" }]);
const togo = text([person("Tōgō Masamichi", [], "Rear Admiral")], [{ text: "Dewa Shigetō", reason: "Dewa Shigetō led the armored cruisers" }]);
const nagaoka = text([person("Nagaoka Gaishi", ["Gaishi Nagaoka"], "General")]);
// Two people sharing a surname: the surname alone is ambiguous.
const tojo = text([person("Tōgō Masamichi")], [{ text: "Tōgō Heihachirō", reason: "Tōgō Heihachirō commanded the Combined Fleet" }]);
// A typo that is exactly another answer's spelling is never a typo.
const ivanov = text([person("Pavel Ivanov")], [{ text: "Pavel Ivanova", reason: "Pavel Ivanova commanded the other side" }]);
const war = text([{ display: "Russo-Japanese War", variants: ["Russo-Japanese War", "the Russo-Japanese War"] }], [{ text: "Soviet–Japanese War", reason: "that is a different war" }, { text: "First Sino-Japanese War", reason: "that is a different war" }]);
const japan = text([{ display: "Empire of Japan", variants: ["Empire of Japan", "Japan", "Japanese"] }], [{ text: "Russian Empire", reason: "the Russian Empire was the other side" }]);
const purkayev = text([person("M.A. Purkayev")], [{ text: "Kiichiro Higuchi", reason: "other side" }]);

type Case = [string, Question, string | boolean | string[], boolean, RegExp?];

const cases: Case[] = [
  // --- names ---
  ["full name", lyapunov, "Mikhail Nikolaevich Lyapunov", true, /matches Mikhail Nikolaevich Lyapunov/],
  ["case-insensitive", lyapunov, "mikhail nikolaevich lyapunov", true],
  ["surname alone, unambiguous", lyapunov, "Lyapunov", true, /accepted: matches Mikhail Nikolaevich Lyapunov/],
  ["rank optional", lyapunov, "General Lyapunov", true],
  ["rank + full name", lyapunov, "General Mikhail Nikolaevich Lyapunov", true],
  ["initials", lyapunov, "M. N. Lyapunov", true],
  ["initials no dots", lyapunov, "MN Lyapunov", true],
  ["given + surname", lyapunov, "Mikhail Lyapunov", true],
  ["word order", lyapunov, "Lyapunov Mikhail Nikolaevich", true],
  ["-off for -ov is a spelling", lyapunov, "Lyapunoff", true, /another spelling/],
  ["ia for ya is a spelling", lyapunov, "Mikhail Nikolaevich Liapunov", true, /another spelling/],
  ["given name alone", lyapunov, "Mikhail", false],
  ["other side commander", lyapunov, "Haraguchi Kensai", false, /commanded the other side/],
  ["other side surname", lyapunov, "Haraguchi", false, /commanded the other side/],
  ["other side typo", lyapunov, "Haraguci", false, /other side/],
  ["empty", lyapunov, "", false],
  ["unrelated", lyapunov, "Napoleon", false],
  ["either of two", japanese, "Kataoka", true, /Kataoka Shichirō/],
  ["either of two (other)", japanese, "Haraguchi Kensai", true],
  ["diacritics ignored", japanese, "Kataoka Shichiro", true],
  ["rank Admiral", japanese, "Admiral Kataoka", true],
  ["Togo = Tōgō", togo, "Togo Masamichi", true],
  ["Togo reversed", togo, "Masamichi Togo", true],
  ["Togo rank", togo, "Rear Admiral Tōgō", true],
  ["Togo wrong person", togo, "Dewa Shigeto", false],
  ["word order Gaishi Nagaoka", nagaoka, "Gaishi Nagaoka", true],
  ["word order Nagaoka Gaishi", nagaoka, "Nagaoka Gaishi", true],
  ["Nagaoka alone", nagaoka, "nagaoka", true],
  ["ambiguous surname", tojo, "Togo", false, /ambiguous/],
  ["full name disambiguates", tojo, "Togo Masamichi", true],
  ["other Togo", tojo, "Togo Heihachiro", false, /Combined Fleet/],
  ["typo equal to another answer", ivanov, "Pavel Ivanova", false, /other side/],
  ["typo nearer another answer", ivanov, "Pavel Ivanovaa", false],
  ["real typo", ivanov, "Pavel Ivanof", true],
  ["initials M.A.", purkayev, "Purkayev", true],
  ["initials full", purkayev, "M A Purkayev", true],
  ["initials wrong", purkayev, "K. Purkayev", false],
  // --- titles / states ---
  ["war", war, "Russo-Japanese War", true],
  ["war with article", war, "the russo japanese war", true],
  ["war without 'war'", war, "Russo-Japanese", true],
  ["war typo", war, "Russo-Japanes War", true, /typo/],
  ["wrong war", war, "Soviet-Japanese War", false, /different war/],
  ["wrong war 2", war, "First Sino-Japanese War", false],
  ["state", japan, "Japan", true],
  ["demonym", japan, "japanese", true],
  ["other side state", japan, "Russian Empire", false, /other side/],
  // --- numbers ---
  ["exact", num(3270, 3270), "3270", true],
  ["comma separator", num(3270, 3270), "3,270", true],
  ["space separator", num(3270, 3270), "3 270", true],
  ["thin space", num(3270, 3270), "3\u202f270", true],
  ["dot grouping", num(3270, 3270), "3.270", true],
  ["words", num(3270, 3270), "three thousand two hundred seventy", true],
  ["words with and", num(3270, 3270), "three thousand two hundred and seventy", true],
  ["with unit", num(3270, 3270), "3,270 prisoners", true],
  ["off by one", num(3270, 3270), "3271", false, /close/],
  ["far off", num(3270, 3270), "181", false],
  ["sibling figure", num(3270, 3270, false, 0, [{ value: 181, reason: "181 is the killed figure" }]), "181", false, /killed figure/],
  ["range inside", num(700, 2000), "1500", true, /within/],
  ["range end", num(700, 2000), "2,000", true],
  ["range start", num(700, 2000), "700", true],
  ["range above", num(700, 2000), "2500", false],
  ["range below", num(700, 2000), "500", false],
  ["range typed", num(700, 2000), "700-2000", true],
  ["approx tolerance", num(200, 200, true, 20), "210", true, /close enough/],
  ["approx outside", num(200, 200, true, 20), "250", false],
  ["thousands k", num(14000, 14000), "14k", true],
  ["not a number", num(14000, 14000), "many", false],
  // --- dates ---
  ["day date", date("1905-07-08", "1905-07-08", "day"), "8 July 1905", true],
  ["US order words", date("1905-07-08", "1905-07-08", "day"), "July 8, 1905", true],
  ["ISO", date("1905-07-08", "1905-07-08", "day"), "1905-07-08", true],
  ["slashes d/m", date("1905-07-31", "1905-07-31", "day"), "31/7/1905", true],
  ["US slashes m/d", date("1905-07-31", "1905-07-31", "day"), "7/31/1905", true],
  ["ordinal", date("1905-07-08", "1905-07-08", "day"), "8th July 1905", true],
  ["abbrev month", date("1905-07-08", "1905-07-08", "day"), "8 Jul 1905", true],
  ["wrong day", date("1905-07-08", "1905-07-08", "day"), "9 July 1905", false],
  ["year only for day precision", date("1905-07-08", "1905-07-08", "day"), "1905", false, /close/],
  ["year only for year precision", date("1905", "1905", "year"), "1905", true],
  ["wrong year", date("1905", "1905", "year"), "1945", false],
  ["month precision", date("1945-08", "1945-08", "month"), "August 1945", true],
  ["implied year", date("1905-07-08", "1905-07-08", "day", "1905"), "8 July", true],
  ["no year, none implied", date("1905-07-08", "1905-07-08", "day"), "8 July", false, /year/],
  ["range", date("1905-07-07", "1905-07-31", "day"), "7–31 July 1905", true],
  ["range hyphen", date("1905-07-07", "1905-07-31", "day"), "7-31 July 1905", true],
  ["range words", date("1905-07-07", "1905-07-31", "day"), "7 July 1905 to 31 July 1905", true],
  ["range US", date("1905-07-07", "1905-07-31", "day"), "July 7 - 31, 1905", true],
  ["range wrong end", date("1905-07-07", "1905-07-31", "day"), "7–30 July 1905", false],
  ["range single inside", date("1905-07-07", "1905-07-31", "day"), "8 July 1905", false, /close/],
  ["range of years", date("1938", "1939", "year"), "1938–1939", true],
  ["1905 vs 1945", date("1905-07-07", "1905-07-31", "day"), "7–31 July 1945", false],
];

describe("checkAnswer table", () => {
  it("has at least 60 cases", () => expect(cases.length).toBeGreaterThanOrEqual(60));
  for (const [name, question, answer, correct, reason] of cases) {
    it(`${correct ? "accepts" : "rejects"}: ${name} (${JSON.stringify(answer)})`, () => {
      const r = checkAnswer(question, answer);
      expect(r.correct, r.reason).toBe(correct);
      expect(r.verdict === "correct").toBe(correct);
      if (reason) expect(r.reason).toMatch(reason);
      expect(r.reason.length).toBeGreaterThan(0);
    });
  }
});

describe("choice, true/false, ordering, matching", () => {
  const choice = q({ kind: "choice", optionId: "b" }, { options: [{ id: "a", text: "181" }, { id: "b", text: "3,270" }] });
  it("choice by id and by text", () => {
    expect(checkAnswer(choice, "b").correct).toBe(true);
    expect(checkAnswer(choice, "3,270").correct).toBe(true);
    expect(checkAnswer(choice, "a").correct).toBe(false);
    expect(checkAnswer(choice, "z").correct).toBe(false);
  });
  it("true/false", () => {
    const tf = q({ kind: "boolean", value: false });
    expect(checkAnswer(tf, false).correct).toBe(true);
    expect(checkAnswer(tf, "false").correct).toBe(true);
    expect(checkAnswer(tf, true).correct).toBe(false);
  });
  it("ordering with a near miss", () => {
    const o = q({ kind: "order", optionIds: ["c", "a", "b"] }, { options: [{ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" }] });
    expect(checkAnswer(o, ["c", "a", "b"]).correct).toBe(true);
    expect(checkAnswer(o, ["a", "c", "b"]).verdict).toBe("close");
    expect(checkAnswer(o, ["b", "a", "c"]).verdict).toBe("incorrect");
  });
  it("matching", () => {
    const m = q({ kind: "match", pairs: { l1: "a", l2: "b", l3: "a" } });
    expect(checkAnswer(m, { l1: "a", l2: "b", l3: "a" }).correct).toBe(true);
    expect(checkAnswer(m, { l1: "a", l2: "b", l3: "b" }).verdict).toBe("close");
  });
});

describe("year questions are checked as dates", () => {
  const year = date("1905", "1905", "year");
  it.each([
    ["1905", true, "correct"],
    ["in 1905", true, "correct"],
    ["Feb 1905", true, "correct"],
    ["10 March 1905", true, "correct"],
    ["1904", false, "incorrect"],
    ["1,905", false, "incorrect"],
  ])("%j → %s", (answer, correct, verdict) => {
    const result = checkAnswer(year, answer);
    expect(result.correct).toBe(correct);
    expect(result.verdict).toBe(verdict);
  });
});
