/** Hand-built facts mirroring content/000–002, used until (and besides) the real parser. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BattleEvent, Fact, FactKind, FactValueByKind, NumberRange, Person, Side, SourceRef } from "../../../lib/facts/types";

const ROOT = join(import.meta.dirname, "../../../content");
const F000 = "000_0cdfd5aa0431fa71.txt";
const F001 = "001_fc88645e8bd454a4.txt";
const F002 = "002_2fb1f27a83095e86.txt";

function src(file: string, needle: string): SourceRef {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture: "${needle}" not in ${file}`);
  return { file, line: i + 1, text: lines[i]! };
}

let counter = 0;
function fact<K extends FactKind>(eventId: string, kind: K, side: number | null, key: string, value: FactValueByKind[K], text: string, source: SourceRef, extra: Partial<{ disputed: boolean; alsoIn: SourceRef[] }> = {}): Fact {
  counter++;
  return {
    id: `${eventId}/${kind}/${side ?? 0}/${key}`,
    eventId,
    kind,
    side,
    key,
    value,
    text,
    source,
    alsoIn: extra.alsoIn ?? [],
    disputed: extra.disputed ?? false,
    versionHash: `v${(counter * 2654435761) % 1e8}`.padEnd(16, "0"),
  } as Fact;
}

const num = (min: number, max: number, text: string, approx = false): NumberRange => ({ min, max, approx, text });
const person = (name: string, rank: string | null, aliases: string[] = []): Person => ({ name, rank, status: null, aliases });

export function sakhalin1905(): BattleEvent {
  const id = "japanese-invasion-of-sakhalin-1905";
  const lyapunov = person("Mikhail Nikolaevich Lyapunov", "General", ["General Lyapunov", "MN Lyapunov"]);
  const haraguchi = person("Haraguchi Kensai", "General");
  const kataoka = person("Kataoka Shichirō", "Admiral");
  const facts: Fact[] = [
    fact(id, "name", null, "", "Japanese invasion of Sakhalin", "Japanese invasion of Sakhalin", src(F000, "- Conflict:")),
    fact(id, "alias", null, "invasion of sakhalin", "Invasion of Sakhalin", "Invasion of Sakhalin", src(F001, "Invasion of Sakhalin |")),
    fact(id, "partOf", null, "", "the Russo-Japanese War", "the Russo-Japanese War", src(F000, "- Partof:"), { alsoIn: [src(F001, "Part of the Russo-Japanese War")] }),
    fact(id, "date", null, "", { start: "1905-07-07", end: "1905-07-31", precision: "day", text: "7–31 July 1905" }, "7–31 July 1905", src(F000, "- Date:")),
    fact(id, "place", null, "", "Sakhalin", "Sakhalin", src(F000, "- Place:")),
    fact(id, "result", null, "", "Japanese victory", "Japanese victory", src(F000, "- Result:")),
    fact(id, "territory", null, "", "Japanese occupation of Sakhalin", "Japanese occupation of Sakhalin", src(F000, "- Territory:")),
    fact(id, "belligerent", 1, "empire of japan", "Empire of Japan", "Empire of Japan", src(F001, "Empire of Japan |")),
    fact(id, "belligerent", 2, "russian empire", "Russian Empire", "Russian Empire", src(F001, "Empire of Japan |")),
    fact(id, "commander", 1, "haraguchi kensai", haraguchi, "Haraguchi Kensai", src(F000, "- Commander1:")),
    fact(id, "commander", 1, "kataoka shichiro", kataoka, "Kataoka Shichirō", src(F000, "- Commander1:")),
    fact(id, "commander", 2, "mikhail nikolaevich lyapunov", lyapunov, "Mikhail Nikolaevich Lyapunov", src(F000, "- Commander2:"), { alsoIn: [src(F001, "General Lyapunov |")] }),
    fact(id, "strength", 1, "", { ...num(14000, 14000, "14,000"), note: null }, "14,000", src(F000, "- Strength1:")),
    fact(id, "strength", 2, "", { ...num(7280, 7280, "7,280 men"), note: null }, "7,280 men", src(F000, "- Strength2:")),
    fact(id, "casualties", 1, "", { text: "Minimal", killed: null, wounded: null, captured: null, missing: null, civilian: null, total: null, qualitative: "Minimal", notes: [] }, "Minimal", src(F000, "- Casualties1:")),
    fact(id, "killed", 2, "", num(181, 181, "181 dead"), "181 dead and 3,270 prisoners", src(F000, "- Casualties2:")),
    fact(id, "captured", 2, "", num(3270, 3270, "3,270 prisoners"), "181 dead and 3,270 prisoners", src(F000, "- Casualties2:")),
    fact(id, "timeline", null, "1905-07-07", { date: "1905-07-07", text: "The Japanese force commenced landing operations on 7 July 1905, with the main force landing between Aniva and Korsakov without opposition" }, "x", src(F000, "commenced landing operations")),
    fact(id, "timeline", null, "1905-07-08", { date: "1905-07-08", text: "The Japanese moved on to occupy Korsakov on 8 July" }, "x", src(F000, "occupy Korsakov on 8 July")),
    fact(id, "timeline", null, "1905-07-10", { date: "1905-07-10", text: "The Japanese moved north, taking the village of Vladimirovka (present-day Yuzhno-Sakhalinsk) on 10 July" }, "x", src(F000, "Vladimirovka")),
    fact(id, "timeline", null, "1905-07-16", { date: "1905-07-16", text: "He surrendered with his remaining men on 16 July." }, "x", src(F000, "He surrendered with his remaining men")),
    fact(id, "timeline", null, "1905-07-24", { date: "1905-07-24", text: "On 24 July, the Japanese landed in northern Sakhalin near Alexandrovsk-Sakhalinski." }, "x", src(F000, "On 24 July")),
    fact(id, "proseNumber", null, "200-captured", { measure: "captured", quantity: num(200, 200, "200", true), subject: "Russians", sentence: "About 200 Russians were captured while the Japanese suffered 18 dead and 58 wounded." }, "About 200 Russians were captured while the Japanese suffered 18 dead and 58 wounded.", src(F000, "About 200 Russians")),
    fact(id, "proseNumber", null, "5000-strength", { measure: "strength", quantity: num(5000, 5000, "5,000", true), subject: "the Russians", sentence: "In northern Sakhalin, the Russians had about 5,000 troops under the direct command of General Lyapunov." }, "x", src(F000, "about 5,000 troops")),
    fact(id, "proseNumber", null, "30000-population", { measure: "population", quantity: num(30000, 30000, "30,000", true), subject: null, sentence: "By 1904, Sakhalin had an estimated 30,000 inhabitants, including around 4,000 Ainu." }, "x", src(F000, "30,000 inhabitants")),
  ];
  const sides: Side[] = [
    { index: 1, belligerents: ["Empire of Japan"], commanders: [haraguchi, kataoka], units: [], strength: null, casualties: null },
    { index: 2, belligerents: ["Russian Empire"], commanders: [lyapunov], units: [], strength: null, casualties: null },
  ];
  return {
    id,
    name: "Japanese invasion of Sakhalin",
    aliases: ["Invasion of Sakhalin"],
    partOf: "the Russo-Japanese War",
    campaign: null,
    date: { start: "1905-07-07", end: "1905-07-31", precision: "day", text: "7–31 July 1905" },
    place: "Sakhalin",
    result: "Japanese victory",
    territory: "Japanese occupation of Sakhalin",
    sides,
    timeline: [],
    sources: [
      { file: F000, title: "Japanese invasion of Sakhalin" },
      { file: F001, title: "Invasion of Sakhalin" },
    ],
    conflicts: [],
    agreements: [],
    facts,
  };
}

export function southSakhalin1945(): BattleEvent {
  const id = "invasion-of-south-sakhalin-1945";
  const sov = ["M.A. Purkayev", "L.G. Cheremisov", "Anatoly Petrakovsky", "Ivan Baturov", "Ivan Yumashev", "V.A. Andreev"];
  const jap = ["Kiichiro Higuchi", "Saburo Hagi", "Junichiro Mineki"];
  const cmd = src(F002, "M.A. Purkayev");
  const cmd2 = src(F002, "Kiichiro Higuchi");
  const facts: Fact[] = [
    fact(id, "name", null, "", "Invasion of South Sakhalin", "Invasion of South Sakhalin", src(F002, "Invasion of South Sakhalin |")),
    fact(id, "alias", null, "battle of sakhalin", "Battle of Sakhalin", "Battle of Sakhalin", src(F002, "also called the Battle of Sakhalin")),
    fact(id, "partOf", null, "", "Soviet-Japanese War (1945)", "Soviet-Japanese War (1945)", src(F002, "Part of the Soviet-Japanese War")),
    fact(id, "belligerent", 1, "soviet union", "Soviet Union", "Soviet Union", src(F002, "Soviet Union | Japan")),
    fact(id, "belligerent", 2, "japan", "Japan", "Japan", src(F002, "Soviet Union | Japan")),
    ...sov.map((n) => fact(id, "commander", 1, n.toLowerCase(), person(n, null), n, cmd)),
    ...jap.map((n) => fact(id, "commander", 2, n.toLowerCase(), person(n, null), n, cmd2)),
    fact(id, "unit", 1, "16th army", "16th Army", "16th Army", src(F002, "16th Army")),
    fact(id, "unit", 1, "pacific fleet", "Pacific Fleet", "Pacific Fleet", src(F002, "16th Army")),
    fact(id, "unit", 2, "fifth area army", "Fifth Area Army", "Fifth Area Army", src(F002, "Fifth Area Army")),
    fact(id, "strength", 1, "", { ...num(100000, 100000, "100,000 men"), note: null }, "100,000 men", src(F002, "100,000 men")),
    fact(id, "strength", 2, "", { ...num(29000, 29000, "29,000 men"), note: "including 10,000 reservists" }, "29,000 men", src(F002, "100,000 men")),
    fact(id, "killed", 1, "Pacific Fleet", num(89, 89, "89 killed"), "Pacific Fleet: 89 killed", src(F002, "Pacific Fleet: 89 killed")),
    fact(id, "killed", 2, "", num(700, 2000, "700-2,000 killed"), "Northern Army: 700-2,000 killed, 18,302 PoW", src(F002, "Northern Army: 700-2,000 killed, 18,302 PoW")),
    fact(id, "captured", 2, "", num(18302, 18302, "18,302 PoW"), "Northern Army: 700-2,000 killed, 18,302 PoW", src(F002, "Northern Army: 700-2,000 killed, 18,302 PoW")),
    fact(id, "civilian", 2, "", num(3500, 3700, "3,500-3,700"), "3,500-3,700 Japanese civilian casualties", src(F002, "3,500-3,700 Japanese civilian")),
    fact(id, "casualties", 1, "", { text: "Unknown Red Army casualties", killed: null, wounded: null, captured: null, missing: null, civilian: null, total: null, qualitative: "Unknown", notes: [] }, "Unknown Red Army casualties", src(F002, "Unknown Red Army casualties Pacific")),
    fact(id, "proseNumber", null, "10-14", { measure: "other", quantity: num(10, 14, "10 to 14"), subject: null, sentence: "The main purpose of the invasion was to clear Japanese resistance and then — within 10 to 14 days — be prepared to invade Hokkaido, the northernmost of Japan's home islands." }, "x", src(F002, "within 10 to 14 days")),
  ];
  return {
    id,
    name: "Invasion of South Sakhalin",
    aliases: ["Battle of Sakhalin"],
    // A legacy spelling on purpose: war options must fold it into "Soviet–Japanese War".
    partOf: "Soviet-Japanese War (1945)",
    campaign: null,
    date: null,
    place: null,
    result: null,
    territory: null,
    sides: [
      { index: 1, belligerents: ["Soviet Union"], commanders: sov.map((n) => person(n, null)), units: ["16th Army", "Pacific Fleet"], strength: null, casualties: null },
      { index: 2, belligerents: ["Japan"], commanders: jap.map((n) => person(n, null)), units: ["Fifth Area Army"], strength: null, casualties: null },
    ],
    timeline: [],
    sources: [{ file: F002, title: "Invasion of South Sakhalin" }],
    conflicts: [],
    agreements: [],
    facts,
  };
}

interface Spec {
  file: string;
  id: string;
  name: string;
  partOf: string;
  campaign?: string;
  date: [string, string, "day" | "month" | "year", string];
  place: string;
  result: string;
  sides: { bel: string[]; cmd: [string, string | null][]; units: string[]; strength?: [number, number, string]; killed?: [number, number, string]; wounded?: [number, number, string] }[];
}

/** An infobox-shaped event: every fact cites its "- Key:" line. */
function infoboxEvent(sp: Spec): BattleEvent {
  const { file, id } = sp;
  const line = (k: string) => src(file, `- ${k}:`);
  const facts: Fact[] = [
    fact(id, "name", null, "", sp.name, sp.name, line("Conflict")),
    fact(id, "partOf", null, "", sp.partOf, sp.partOf, line("Partof")),
    ...(sp.campaign ? [fact(id, "campaign", null, "", sp.campaign, sp.campaign, line("Partof"))] : []),
    fact(id, "date", null, "", { start: sp.date[0], end: sp.date[1], precision: sp.date[2], text: sp.date[3] }, sp.date[3], line("Date")),
    fact(id, "place", null, "", sp.place, sp.place, line("Place")),
    fact(id, "result", null, "", sp.result, sp.result, line("Result")),
  ];
  const sides: Side[] = sp.sides.map((sd, i) => {
    const n = i + 1;
    for (const b of sd.bel) facts.push(fact(id, "belligerent", n, b.toLowerCase(), b, b, line(`Combatant${n}`)));
    for (const [c, rank] of sd.cmd) facts.push(fact(id, "commander", n, c.toLowerCase(), person(c, rank), c, line(`Commander${n}`)));
    for (const u of sd.units) facts.push(fact(id, "unit", n, u.toLowerCase(), u, u, line(`Units${n}`)));
    if (sd.strength) facts.push(fact(id, "strength", n, "", { ...num(sd.strength[0], sd.strength[1], sd.strength[2]), note: null }, sd.strength[2], line(`Strength${n}`)));
    if (sd.killed) facts.push(fact(id, "killed", n, "", num(...sd.killed), sd.killed[2], line(`Casualties${n}`)));
    if (sd.wounded) facts.push(fact(id, "wounded", n, "", num(...sd.wounded), sd.wounded[2], line(`Casualties${n}`)));
    return { index: n, belligerents: sd.bel, commanders: sd.cmd.map(([c, r]) => person(c, r)), units: sd.units, strength: null, casualties: null };
  });
  return {
    id,
    name: sp.name,
    aliases: [],
    partOf: sp.partOf,
    campaign: sp.campaign ?? null,
    date: { start: sp.date[0], end: sp.date[1], precision: sp.date[2], text: sp.date[3] },
    place: sp.place,
    result: sp.result,
    territory: null,
    sides,
    timeline: [],
    sources: [{ file, title: sp.name }],
    conflicts: [],
    agreements: [],
    facts,
  };
}

export function tsushima(): BattleEvent {
  return infoboxEvent({
    file: "019_battle-of-tsushima.txt",
    id: "battle-of-tsushima",
    name: "Battle of Tsushima",
    partOf: "the Russo-Japanese War",
    date: ["1905-05-27", "1905-05-28", "day", "27–28 May 1905"],
    place: "Tsushima Strait, between Korea and Japan",
    result: "Decisive Japanese victory",
    sides: [
      { bel: ["Empire of Japan"], cmd: [["Tōgō Heihachirō", "Admiral"], ["Kamimura Hikonojō", "Vice Admiral"], ["Kataoka Shichirō", null]], units: ["Combined Fleet"], killed: [117, 117, "117 killed"], wounded: [583, 583, "583 wounded"] },
      { bel: ["Russian Empire"], cmd: [["Zinovy Rozhestvensky", "Vice Admiral"], ["Nikolai Nebogatov", "Rear Admiral"], ["Oskar Enqvist", null]], units: ["Second and Third Pacific Squadrons"], killed: [5045, 5045, "5,045 killed"], wounded: [803, 803, "803 wounded"] },
    ],
  });
}

export function lakeKhasan(): BattleEvent {
  return infoboxEvent({
    file: "020_battle-of-lake-khasan.txt",
    id: "battle-of-lake-khasan",
    name: "Battle of Lake Khasan",
    partOf: "the Soviet–Japanese border conflicts",
    date: ["1938-07-29", "1938-08-11", "day", "29 July – 11 August 1938"],
    place: "Lake Khasan, near the meeting point of the Soviet, Manchukuo and Korean borders",
    result: "Ceasefire",
    sides: [
      { bel: ["Soviet Union"], cmd: [["Vasily Blyukher", "Marshal"], ["Nikolai Berzarin", null], ["Grigory Shtern", null]], units: ["39th Rifle Corps", "Soviet Border Troops"], strength: [22950, 22950, "22,950"] },
      { bel: ["Empire of Japan"], cmd: [["Suetaka Kamezō", "Lieutenant General"], ["Kōtoku Satō", "Colonel"]], units: ["19th Division"], strength: [7000, 7300, "7,000–7,300"], killed: [526, 526, "526 killed"], wounded: [913, 913, "913 wounded"] },
    ],
  });
}

export function khalkhinGol(): BattleEvent {
  return infoboxEvent({
    file: "021_battles-of-khalkhin-gol.txt",
    id: "battles-of-khalkhin-gol",
    name: "Battles of Khalkhin Gol",
    partOf: "the Soviet–Japanese border conflicts",
    date: ["1939-05-11", "1939-09-16", "day", "11 May – 16 September 1939"],
    place: "Khalkhin Gol (Khalkha River), Mongolian People's Republic",
    result: "Soviet–Mongolian victory",
    sides: [
      { bel: ["Soviet Union", "Mongolian People's Republic"], cmd: [["Grigory Shtern", null], ["Georgy Zhukov", null], ["Yakov Smushkevich", null], ["Khorloogiin Choibalsan", null]], units: ["1st Army Group"], strength: [57000, 57000, "57,000"] },
      { bel: ["Empire of Japan", "Manchukuo"], cmd: [["Komatsubara Michitarō", "Lieutenant General"], ["Yasuoka Masaomi", null], ["Kōtoku Satō", null]], units: ["Sixth Army", "23rd Division"], strength: [25000, 25000, "25,000"] },
    ],
  });
}

/** Part of an operation (campaign) that is itself an event of the corpus. */
export function maoka(): BattleEvent {
  return infoboxEvent({
    file: "025_maoka-landing.txt",
    id: "maoka-landing-1945",
    name: "Maoka landing",
    partOf: "Soviet–Japanese War",
    campaign: "Invasion of South Sakhalin",
    date: ["1945-08-19", "1945-08-22", "day", "19–22 August 1945"],
    place: "Maoka (now Kholmsk), South Sakhalin",
    result: "Soviet victory",
    sides: [
      { bel: ["Soviet Union"], cmd: [["Maksim Purkayev", "General of the Army"], ["Vladimir Andreyev", "Vice Admiral"]], units: ["113th Rifle Brigade", "North Pacific Flotilla"], strength: [3400, 3400, "3,400 men"], killed: [77, 77, "77 killed"] },
      { bel: ["Empire of Japan"], cmd: [["Kiichirō Higuchi", "Lieutenant General"]], units: ["88th Division"], killed: [300, 300, "300 killed"] },
    ],
  });
}

/** A place that is not in the event's name ("Sha River" for the Battle of Shaho): place questions are possible. */
export function shaho(): BattleEvent {
  return infoboxEvent({
    file: "016_battle-of-shaho.txt",
    id: "battle-of-shaho-1904",
    name: "Battle of Shaho",
    partOf: "the Russo-Japanese War",
    date: ["1904-10-05", "1904-10-17", "day", "5–17 October 1904"],
    place: "Sha River, south of Mukden, Manchuria",
    result: "Inconclusive; Japanese tactical victory",
    sides: [
      { bel: ["Empire of Japan"], cmd: [["Ōyama Iwao", "Field Marshal"], ["Kuroki Tamemoto", null]], units: ["First Army", "Second Army"], strength: [120000, 170000, "120,000–170,000"] },
      { bel: ["Russian Empire"], cmd: [["Alexei Kuropatkin", "General"], ["Georgii Stackelberg", null]], units: ["Eastern Detachment", "Western Detachment"], strength: [210000, 220000, "210,000–220,000"] },
    ],
  });
}

export function fixtureCorpus(): BattleEvent[] {
  return [sakhalin1905(), southSakhalin1945(), tsushima(), lakeKhasan(), khalkhinGol(), maoka(), shaho()];
}
export const CONTENT_ROOT = ROOT;
