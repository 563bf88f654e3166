import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseDateRange } from "../../../lib/content/dates";
import { matchNumbers, parseNumberRange } from "../../../lib/content/numbers";
import { KnownNames, splitPeople } from "../../../lib/content/people";
import { parseStrength, splitBelligerents, splitUnits } from "../../../lib/content/sides";
import { splitSentences } from "../../../lib/content/sentences";
import { stripFootnotes } from "../../../lib/content/text";

describe("numbers", () => {
  const n = (s: string) => {
    const r = parseNumberRange(s);
    return r && [r.min, r.max, r.approx];
  };
  it("reads plain, ranged and approximate figures", () => {
    expect(n("14,000")).toEqual([14000, 14000, false]);
    expect(n("7280")).toEqual([7280, 7280, false]);
    expect(n("7,280 men")).toEqual([7280, 7280, false]);
    expect(n("700-2,000")).toEqual([700, 2000, false]);
    expect(n("700–2,000")).toEqual([700, 2000, false]);
    expect(n("3,000 to 4,500")).toEqual([3000, 4500, false]);
    expect(n("between 3,500 and 4,300 killed")).toEqual([3500, 4300, false]);
    expect(n("c. 511")).toEqual([511, 511, true]);
    expect(n("at least 962")).toEqual([962, 962, true]);
    expect(n("~10,800")).toEqual([10800, 10800, true]);
    expect(n("over 1,000")).toEqual([1000, 1000, true]);
    expect(n("about 200")).toEqual([200, 200, true]);
    expect(n("12,000+ casualties")).toEqual([12000, 12000, true]);
    expect(n("1.5 million")).toEqual([1500000, 1500000, false]);
    expect(n("Minimal")).toBeNull();
  });

  it("keeps a list comma apart from a thousands comma", () => {
    expect(matchNumbers("201,000, 474 artillery pieces").map((m) => m.min)).toEqual([201000, 474]);
    expect(matchNumbers("7,000–7,300, 37 guns").map((m) => [m.min, m.max])).toEqual([
      [7000, 7300],
      [37, 37],
    ]);
  });

  it("does not join 'X and Y' without 'between'", () => {
    expect(matchNumbers("18 dead and 58 wounded").map((m) => m.raw)).toEqual(["18", "58"]);
  });

  it("removes footnote markers", () => {
    expect(stripFootnotes("7,280 men[6] and [a] more[note 1][citation needed]")).toBe("7,280 men and  more");
    expect(parseNumberRange("25,000[1]")?.text).toBe("25,000");
  });
});

describe("dates", () => {
  const d = (s: string) => {
    const r = parseDateRange(s);
    return r && [r.start, r.end, r.precision];
  };
  it("reads ranges in every order and precision", () => {
    expect(d("7–31 July 1905")).toEqual(["1905-07-07", "1905-07-31", "day"]);
    expect(d("1904–1905")).toEqual(["1904", "1905", "year"]);
    expect(d("1904–05")).toEqual(["1904", "1905", "year"]);
    expect(d("August 1945")).toEqual(["1945-08", "1945-08", "month"]);
    expect(d("9 August – 2 September 1945")).toEqual(["1945-08-09", "1945-09-02", "day"]);
    expect(d("July 11 – September 16, 1939")).toEqual(["1939-07-11", "1939-09-16", "day"]);
    expect(d("29 July – 11 August 1938")).toEqual(["1938-07-29", "1938-08-11", "day"]);
    expect(d("27–28 May 1905")).toEqual(["1905-05-27", "1905-05-28", "day"]);
    expect(d("10 March 1905")).toEqual(["1905-03-10", "1905-03-10", "day"]);
    expect(d("1 August 1904 – 2 January 1905")).toEqual(["1904-08-01", "1905-01-02", "day"]);
    expect(d("June – August 1945")).toEqual(["1945-06", "1945-08", "month"]);
    expect(d("December 1904 – January 1905")).toEqual(["1904-12", "1905-01", "month"]);
    expect(d("20 February – 10 March 1905 (2 weeks and 4 days)")).toEqual(["1905-02-20", "1905-03-10", "day"]);
  });

  it("reads two ISO days with a slash between them as their span", () => {
    expect(d("1944-06-06/1944-08-30")).toEqual(["1944-06-06", "1944-08-30", "day"]);
  });

  it("reads the Gregorian date of a cell that gives two calendars, a comma inside it", () => {
    expect(d("July 8, 1592 (Gregorian Calendar);, May 29, 1592 (Lunar Calendar)")).toEqual(["1592-07-08", "1592-07-08", "day"]);
  });

  it("reads ISO days, alone and as the ends of a range, and keeps '1904-05' a span of years", () => {
    expect(d("1745-05-11")).toEqual(["1745-05-11", "1745-05-11", "day"]);
    expect(d("1914-08-23 – 1914-08-30")).toEqual(["1914-08-23", "1914-08-30", "day"]);
    expect(d("1812-09-07 (O.S. 26 August)")).toEqual(["1812-09-07", "1812-09-07", "day"]);
    expect(d("1904-05")).toEqual(["1904", "1905", "year"]);
    expect(d("1905-13-40")).toBeNull();
  });

  it("never invents a missing year and rejects impossible dates", () => {
    expect(d("7 July")).toBeNull();
    expect(d("31 February 1905")).toBeNull();
    expect(d("31 July – 7 July 1905")).toBeNull();
    expect(d("Unknown")).toBeNull();
  });
});

describe("commander cells", () => {
  const names = (cell: string, known?: KnownNames) => splitPeople(cell, known).people.map((p) => p.person.name);

  it("splits initials-led and paired names", () => {
    expect(names("M.A. Purkayev L.G. Cheremisov Anatoly Petrakovsky Ivan Baturov Ivan Yumashev V.A. Andreev")).toEqual([
      "M.A. Purkayev",
      "L.G. Cheremisov",
      "Anatoly Petrakovsky",
      "Ivan Baturov",
      "Ivan Yumashev",
      "V.A. Andreev",
    ]);
    expect(names("Haraguchi Kensai Kataoka Shichirō")).toEqual(["Haraguchi Kensai", "Kataoka Shichirō"]);
    expect(names("Haraguchi Kensai, Kataoka Shichirō")).toEqual(["Haraguchi Kensai", "Kataoka Shichirō"]);
    expect(names("Anatoly Stessel\nAlexander Fok")).toEqual(["Anatoly Stessel", "Alexander Fok"]);
  });

  it("keeps three-part names whole (patronymic, middle initial, particle)", () => {
    expect(names("Mikhail Nikolaevich Lyapunov")).toEqual(["Mikhail Nikolaevich Lyapunov"]);
    expect(names("John F. Kennedy")).toEqual(["John F. Kennedy"]);
    expect(names("Alexander von Bilderling Nikolai Linevich")).toEqual(["Alexander von Bilderling", "Nikolai Linevich"]);
  });

  it("uses names seen in the prose to settle an odd-length run", () => {
    const cell = "Kuroki Tamemoto Oku Yasukata Nozu";
    const plain = splitPeople(cell);
    expect(plain.ambiguous).toEqual([cell]);
    const known = new KnownNames();
    known.add("Oku Yasukata Nozu");
    expect(names(cell, known)).toEqual(["Kuroki Tamemoto", "Oku Yasukata Nozu"]);
    const known2 = new KnownNames();
    known2.add("Tamemoto Kuroki"); // word order does not matter
    known2.add("Yasukata Oku");
    expect(splitPeople(cell, known2).people.map((p) => p.person.name)).toEqual(["Kuroki Tamemoto", "Oku Yasukata", "Nozu"]);
  });

  it("reads ranks and status markers, glued or bracketed", () => {
    const people = splitPeople("Vice Admiral Zinovy Rozhestvensky (POW) Rear Admiral Nikolai Nebogatov(POW) Sueo Ikeda† Lt. Gen. Ivan Petrov KIA Oskar Enqvist").people;
    expect(people.map((p) => [p.person.name, p.person.rank, p.person.status])).toEqual([
      ["Zinovy Rozhestvensky", "Vice Admiral", "POW"],
      ["Nikolai Nebogatov", "Rear Admiral", "POW"],
      ["Sueo Ikeda", null, "KIA"],
      ["Ivan Petrov", "Lieutenant General", "KIA"],
      ["Oskar Enqvist", null, null],
    ]);
    expect(people[0]!.text).toBe("Vice Admiral Zinovy Rozhestvensky POW");
    expect(splitPeople("General Lyapunov").people.map((p) => [p.person.name, p.person.rank])).toEqual([["Lyapunov", "General"]]);
    expect(splitPeople("Field Marshal Ōyama Iwao DOW, Puyi (executed)").people.map((p) => [p.person.name, p.person.rank, p.person.status])).toEqual([
      ["Ōyama Iwao", "Field Marshal", "DOW"],
      ["Puyi", null, "executed"],
    ]);
  });
});

describe("casualty cells", () => {
  const cas = (text: string, hints: string[] = []) => parseCasualties([{ text, ref: 1 }], hints)!.casualties;

  it("splits killed, wounded, captured, missing, civilian and total", () => {
    const c = cas("593 killed, 1,101 wounded, 478 missing, 2,000 PoW, 300 civilians killed");
    expect([c.killed?.min, c.wounded?.min, c.missing?.min, c.captured?.min, c.civilian?.min, c.total]).toEqual([593, 1101, 478, 2000, 300, null]);
    expect(cas("91,549 casualties, 16 warships lost").total?.min).toBe(91549);
    expect(cas("1,036 killed and wounded").total?.min).toBe(1036);
    expect(cas("6,198 killed, wounded or captured")).toMatchObject({ total: { min: 6198 }, killed: null });
    expect(cas("792 killed and missing, 3,279 wounded or sick")).toMatchObject({ killed: null, total: null, wounded: { min: 3279 } });
    expect(cas("1,200")).toMatchObject({ total: { min: 1200 } });
  });

  it("reads 'total: breakdown'", () => {
    const c = cas("9,511: 1,848 killed, 7,421 wounded, 242 captured");
    expect([c.total?.min, c.killed?.min, c.wounded?.min, c.captured?.min, c.notes]).toEqual([9511, 1848, 7421, 242, []]);
  });

  it("keeps qualitative values as text", () => {
    expect(cas("Minimal")).toMatchObject({ qualitative: "Minimal", killed: null });
    expect(cas("Heavy losses")).toMatchObject({ qualitative: "Heavy" });
  });

  it("sums disjoint sub-groups when the cell gives no overall figure", () => {
    const c = cas("Army: 500 killed Navy: 120 killed, 40 wounded");
    expect(c.notes.map((n) => n.group)).toEqual(["Army", "Navy"]);
    // The quote of a sum is the stretch of its line that holds the parts, so it stays on the line.
    expect(c.killed).toEqual({ min: 620, max: 620, approx: false, text: "500 killed Navy: 120 killed" });
    expect(parseCasualties([{ text: "Army: 500 killed", ref: 1 }, { text: "Navy: 120 killed", ref: 2 }])!.casualties.killed?.text).toBe("500 killed + 120 killed");
    expect(c.wounded?.min).toBe(40);
  });

  it("takes the first of competing accounts, whole, rather than mixing them", () => {
    const c = cas("Japanese claim: 191 killed, c. 409 wounded, 20 tanks destroyed Soviet claim: 1,018 total");
    expect(c.notes.map((n) => [n.group, n.killed?.min ?? null, n.total?.min ?? null])).toEqual([
      ["Japanese claim", 191, null],
      ["Soviet claim", null, 1018],
    ]);
    expect([c.killed?.min, c.wounded?.min, c.total]).toEqual([191, 409, null]);
  });

  it("uses repeated footnote lines as the cell's lost line breaks", () => {
    const c = cas("Unknown Red Army casualties Pacific Fleet: 89 killed", ["Unknown Red Army casualties"]);
    expect(c).toMatchObject({ qualitative: "Unknown", killed: null, notes: [{ group: "Pacific Fleet", killed: { min: 89 } }] });
  });
});

describe("other cells", () => {
  it("splits run-together units and distributes a shared plural noun", () => {
    expect(splitUnits("16th Army Pacific Fleet")).toEqual(["16th Army", "Pacific Fleet"]);
    expect(splitUnits("Fifth Area Army")).toEqual(["Fifth Area Army"]);
    expect(splitUnits("Army Group Centre")).toEqual(["Army Group Centre"]);
    expect(splitUnits("First, Second, Third and Fourth Armies, Yalu Army")).toEqual(["First Army", "Second Army", "Third Army", "Fourth Army", "Yalu Army"]);
    expect(splitUnits("Second and Third Pacific Squadrons")).toEqual(["Second Pacific Squadron", "Third Pacific Squadron"]);
  });

  it("splits belligerents on separators, and run-together ones only on known names", () => {
    expect(splitBelligerents("Empire of Japan")).toEqual(["Empire of Japan"]);
    expect(splitBelligerents("Soviet Union, Mongolian People's Republic")).toEqual(["Soviet Union", "Mongolian People's Republic"]);
    const known = (s: string) => ["japan", "manchukuo", "soviet", "soviet union"].includes(s.toLowerCase());
    expect(splitBelligerents("Japan Manchukuo", known)).toEqual(["Japan", "Manchukuo"]);
    expect(splitBelligerents("Soviet Union", known)).toEqual(["Soviet Union"]);
  });

  it("reads strength in people, not ships or formations", () => {
    expect(parseStrength(["262,900 infantry, 7,350 cavalry, 992 guns"])).toMatchObject({ min: 262900, note: "7,350 cavalry, 992 guns" });
    expect(parseStrength(["1 armoured cruiser, 5 protected cruisers, 1 aviso"])).toBeNull();
    expect(parseStrength(["2 battalions"])).toBeNull();
    expect(parseStrength(["665,500 in Manchuria, 335,900 in Korea"])).toMatchObject({ min: 665500, note: "in Manchuria, 335,900 in Korea" });
    expect(parseStrength(["100,000 men", "200 tanks"])).toMatchObject({ min: 100000, note: "200 tanks", text: "100,000 men\n200 tanks" });
  });

  it("splits sentences without breaking on abbreviations or initials", () => {
    const text = "U.S. President Theodore Roosevelt met M.A. Purkayev. The war of 1945.It ended. Led by Colonel . The end";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "U.S. President Theodore Roosevelt met M.A. Purkayev.",
      "The war of 1945.",
      "It ended.",
      "Led by Colonel .",
      "The end",
    ]);
  });
});
