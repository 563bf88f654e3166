/** The corpus register: one entry per person whatever the spelling, distinct people kept apart; states by meaning. */
import { describe, expect, it } from "vitest";
import type { BattleEvent, Person } from "../../../lib/facts/types";
import { matchName, samePerson, surnames, wordKey } from "../../../lib/questions/names";
import { buildRegister, parseStates, sameState } from "../../../lib/questions/register";

const person = (name: string, aliases: string[] = []): Person => ({ name, rank: null, status: null, aliases });

/** The register reads commander facts and sides' belligerents only: a minimal event carries just those. */
function event(id: string, sides: { belligerents: string[]; commanders: Person[] }[]): BattleEvent {
  return {
    id,
    sides: sides.map((s, i) => ({ index: i + 1, belligerents: s.belligerents, commanders: s.commanders, units: [], strength: null, casualties: null })),
    facts: sides.flatMap((s, i) => [
      ...s.commanders.map((c) => ({ id: `${id}/commander/${i + 1}/${c.name}`, kind: "commander", side: i + 1, value: c })),
      ...s.belligerents.map((b) => ({ id: `${id}/belligerent/${i + 1}/${b}`, kind: "belligerent", side: i + 1, value: b })),
    ]),
  } as unknown as BattleEvent;
}

describe("word keys fold transliteration, not identity", () => {
  it.each([
    ["Aleksey", "Alexei"],
    ["Alexey", "Aleksei"],
    ["Andreev", "Andreyev"],
    ["Fok", "Fock"],
    ["Stessel", "Stoessel"],
    ["Rozhestvensky", "Rojestvensky"],
    ["Lyapunoff", "Lyapunov"],
    ["Rozhestvenskii", "Rozhestvensky"],
    ["Tōgō", "Togo"],
    ["Tohgoh", "Togo"],
    ["Tougou", "Togo"],
    ["Kuroky", "Kuroki"],
    ["Zasulitch", "Zasulich"],
    ["Khasan", "Hasan"],
    ["Witgeft", "Vitgeft"],
    ["Kiichirō", "Kiichiro"],
    ["Nikolayevich", "Nikolaevich"],
    ["Ukhtomsky", "Uhtomsky"],
    ["Enqvist", "Enquist"],
    ["Ljapunow", "Lyapunov"],
  ])("%s = %s", (a, b) => expect(wordKey(a)).toBe(wordKey(b)));
  it.each([
    ["Tojo", "Togo"],
    ["Kimura", "Kamimura"],
    ["Hamada", "Yamada"],
    ["Oku", "Oyama"],
    ["Nogi", "Nozu"],
    ["Foch", "Fok"],
    ["Ivanov", "Ivanova"],
  ])("%s ≠ %s", (a, b) => expect(wordKey(a)).not.toBe(wordKey(b)));
});

describe("samePerson: surnames agree, given names compatible", () => {
  it.each([
    ["M.A. Purkayev", "Maksim Purkayev", true],
    ["V.A. Andreev", "Vladimir Andreyev", true],
    ["Aleksey Kuropatkin", "Alexei Kuropatkin", true],
    ["Alexander Fok", "Alexander Fock", true],
    ["Anatoly Stessel", "Anatoly Stoessel", true],
    ["Anatoly Stessel", "Anatoly Stössel", true],
    ["Tōgō Heihachirō", "Heihachiro Togo", true],
    ["Nagaoka Gaishi", "Gaishi Nagaoka", true],
    ["Aleksandr Vasilevsky", "Alexander Vasilevsky", true],
    ["Mikhail Nikolaevich Lyapunov", "MN Lyapunov", true],
    ["Mikhail Nikolaevich Lyapunov", "General Lyapunov", true],
    ["Khorloogiin Choibalsan", "Choibalsan", true],
    ["Tōgō Heihachirō", "Tōgō Masamichi", false],
    ["Alexei Kuropatkin", "Nikolai Kuropatkin", false],
    ["A. Kuropatkin", "N. Kuropatkin", false],
    ["Kimura", "Kamimura Hikonojō", false],
    ["Ōyama Iwao", "Oku Yasukata", false],
    ["Kuroki Tamemoto", "Kawamura Kageaki", false],
    ["Pavel Ivanov", "Pavel Ivanova", false],
    ["Otozō Yamada", "Hamada", false],
  ])("%s / %s → %s", (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
    expect(samePerson(b, a)).toBe(same);
  });
});

describe("surnames: which word is the surname", () => {
  it.each([
    ["Alexei Kuropatkin", ["kuropatkin"]],
    ["Kuropatkin Alexei", ["kuropatkin"]],
    ["Tōgō Heihachirō", ["togo"]],
    ["Kiichirō Higuchi", ["higuchi"]],
    ["Nogi Maresuke", ["nogi"]],
    ["Khorloogiin Choibalsan", ["choibalsan"]],
    ["Mikhail Nikolaevich Lyapunov", ["liapunov"]],
    ["Alexander von Bilderling", ["bilderling"]],
    ["M.A. Purkayev", ["purkaev"]],
  ])("%s → %j", (name, want) => expect(surnames(name)).toEqual(want));
  it("word order unknown: both ends stand", () => expect(surnames("Kuroki Tamemoto").sort()).toEqual(["kuroki", "tamemoto"]));
  it("a given name alone is no match", () => {
    expect(matchName("Alexei", "Alexei Kuropatkin")).toBeNull();
    expect(matchName("Heihachiro", "Tōgō Heihachirō")).toBeNull();
    expect(matchName("Togo", "Tōgō Heihachirō")?.level).toBe("surname");
  });
});

describe("the register groups one person across events and keeps two apart", () => {
  const kuropatkinA = person("Alexei Kuropatkin");
  const kuropatkinB = person("Aleksey Kuropatkin");
  const otherKuropatkin = person("Nikolai Kuropatkin");
  const bareKuropatkin = person("Kuropatkin");
  const purkayevInitials = person("M.A. Purkayev");
  const purkayevFull = person("Maksim Purkayev");
  const togoJ = person("Tōgō Heihachirō");
  const togoW = person("Heihachiro Togo");
  const kamimura = person("Kamimura Hikonojō");
  const kimura = person("Kimura Heitarō");
  const fok = person("Alexander Fok");
  const fock = person("Alexander Fock", ["General Fock"]);
  const reg = buildRegister([
    event("a", [
      { belligerents: ["Empire of Japan"], commanders: [togoJ, kamimura] },
      { belligerents: ["Russian Empire"], commanders: [kuropatkinA, fok] },
    ]),
    event("b", [
      { belligerents: ["Japan"], commanders: [togoW, kimura] },
      { belligerents: ["Russian Empire"], commanders: [kuropatkinB, fock, otherKuropatkin, bareKuropatkin] },
    ]),
    event("c", [
      { belligerents: ["Soviet Union", "Mongolian People's Republic"], commanders: [purkayevInitials] },
      { belligerents: ["Empire of Japan", "Manchukuo"], commanders: [] },
    ]),
    event("d", [
      { belligerents: ["Soviet Union"], commanders: [purkayevFull] },
      { belligerents: ["Japan"], commanders: [] },
    ]),
  ]);
  it("spellings of one person share an entry", () => {
    expect(reg.personOf(kuropatkinA)).toBe(reg.personOf(kuropatkinB));
    expect(reg.personOf(purkayevInitials)).toBe(reg.personOf(purkayevFull));
    expect(reg.personOf(togoJ)).toBe(reg.personOf(togoW));
    expect(reg.personOf(fok)).toBe(reg.personOf(fock));
  });
  it("every spelling the corpus uses is a spelling of the person", () => {
    expect(reg.spellings(kuropatkinA)).toEqual(expect.arrayContaining(["Alexei Kuropatkin", "Aleksey Kuropatkin"]));
    expect(reg.spellings(purkayevFull)).toEqual(expect.arrayContaining(["M.A. Purkayev", "Maksim Purkayev"]));
    expect(reg.spellings(fok)).toEqual(expect.arrayContaining(["Alexander Fok", "Alexander Fock", "General Fock"]));
    expect(reg.spellings(kuropatkinA)).not.toContain("Nikolai Kuropatkin");
  });
  it("distinct people stay distinct; a bare surname of two people joins neither", () => {
    expect(reg.personOf(otherKuropatkin)).not.toBe(reg.personOf(kuropatkinA));
    expect(reg.personOf(kamimura)).not.toBe(reg.personOf(kimura));
    expect(reg.personOf(bareKuropatkin)).not.toBe(reg.personOf(kuropatkinA));
    expect(reg.personOf(bareKuropatkin)).not.toBe(reg.personOf(otherKuropatkin));
    expect(reg.persons.length).toBe(8);
  });
  it("samePerson for distractors: any spelling, strings or facts", () => {
    expect(reg.samePerson("Aleksey Kuropatkin", kuropatkinA)).toBe(true);
    expect(reg.samePerson("A. Kuropatkin", "Alexei Kuropatkin")).toBe(true);
    expect(reg.samePerson("Maksim Purkayev", "M.A. Purkayev")).toBe(true);
    expect(reg.samePerson("Tohgoh Heihachiroh", togoJ)).toBe(true);
    expect(reg.samePerson(otherKuropatkin, kuropatkinA)).toBe(false);
    expect(reg.samePerson("Kimura Heitarō", kamimura)).toBe(false);
  });
  it("otherPeople: everyone certainly someone else", () => {
    const others = reg.otherPeople(kuropatkinA).map((e) => e.name);
    expect(others).toContain("Nikolai Kuropatkin");
    expect(others).toContain("Kimura Heitarō");
    expect(others).not.toContain("Aleksey Kuropatkin");
    expect(others).not.toContain("Alexei Kuropatkin");
    // The bare "Kuropatkin" may be either: it is not certainly someone else.
    expect(others).not.toContain("Kuropatkin");
  });
  it("states: every name of one state is one entry", () => {
    expect(reg.stateOf("Japan")).toBe(reg.stateOf("Empire of Japan"));
    expect(reg.stateOf("Imperial Japan")).toBe(reg.stateOf("Empire of Japan"));
    expect(reg.stateOf("Soviet Union")).not.toBe(reg.stateOf("Russian Empire"));
    expect(reg.stateOf("Japan")?.names).toEqual(expect.arrayContaining(["Empire of Japan", "Japan"]));
  });
});

describe("states by meaning", () => {
  it.each([
    ["Imperial Japan", "Empire of Japan", true],
    ["Japanese Empire", "Empire of Japan", true],
    ["Japan", "Empire of Japan", true],
    ["the Japanese", "Japan", true],
    ["Russia", "Russian Empire", true],
    ["Imperial Russia", "Russian Empire", true],
    ["USSR", "Soviet Union", true],
    ["Mongolia", "Mongolian People's Republic", true],
    ["Soviet Union", "Russian Empire", false],
    ["Qing dynasty", "Republic of China", false],
    ["Manchukuo", "Empire of Japan", false],
    ["Mongolia", "Mengjiang", false],
  ])("%s / %s → %s", (a, b, same) => expect(sameState(a, b)).toBe(same));
  it("a text that is not only states is not a state", () => {
    expect(parseStates("Kwantung Army")).toBeNull();
    expect(parseStates("Inner Mongolia")).toBeNull();
    expect([...(parseStates("Soviet–Mongolian victory")?.keys() ?? [])]).toEqual(["ussr", "mongolia"]);
  });
});
