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


// --- the corpus's people under other spellings (issue 7) ---
const japaneseCommanders = ["Ōyama Iwao", "Kuroki Tamemoto", "Oku Yasukata", "Nozu Michitsura"];
const otherSide = (names: string[]): RejectedText[] => names.map((n) => ({ text: n, reason: `${n} commanded the other side` }));
const kuropatkin = text([person("Alexei Kuropatkin", [], "General")], otherSide(japaneseCommanders));
// Two Kuropatkins with clashing given names are two people.
const twoKuropatkins = text([person("Alexei Kuropatkin")], [{ text: "Nikolai Kuropatkin", reason: "Nikolai Kuropatkin commanded elsewhere" }]);
// A wrong-answer list that names the key under another spelling must never reject it.
const respeltTrap = text(
  [person("Alexei Kuropatkin")],
  [
    { text: "Aleksey Kuropatkin", reason: "Aleksey Kuropatkin did not command in the Battle of Mukden" },
    { text: "A.N. Kuropatkin", reason: "A.N. Kuropatkin did not command in the Battle of Mukden" },
    { text: "Oskar Gripenberg", reason: "Oskar Gripenberg did not command in the Battle of Mukden" },
  ],
);
const russians = ["Zinovy Rozhestvensky", "Nikolai Nebogatov", "Oskar Enqvist"];
const tsushimaJapanese = text([person("Tōgō Heihachirō", [], "Admiral"), person("Kamimura Hikonojō", [], "Vice Admiral"), person("Kataoka Shichirō")], otherSide(russians));
const togoOnly = text([person("Tōgō Heihachirō", [], "Admiral")], otherSide(["Wilgelm Vitgeft", "Pavel Ukhtomsky"]));
const kamimura = text([person("Kamimura Hikonojō", [], "Vice Admiral")], otherSide(russians));
const rozhestvensky = text([person("Zinovy Rozhestvensky", [], "Vice Admiral")], otherSide(["Tōgō Heihachirō", "Kamimura Hikonojō", "Kataoka Shichirō"]));
const yamada = text([person("Otozō Yamada", [], "General")], otherSide(["Aleksandr Vasilevsky", "Rodion Malinovsky", "Kirill Meretskov"]));
const kuroki = text([person("Kuroki Tamemoto", [], "General")], otherSide(["Mikhail Zasulich", "Nikolai Kashtalinsky"]));
const oyama = text([person("Ōyama Iwao", ["Field Marshal Ōyama"], "Field Marshal")], otherSide(["Alexei Kuropatkin", "Oskar Gripenberg"]));
const oku = text([person("Oku Yasukata", [], "General")], otherSide(["Anatoly Stessel", "Alexander Fok"]));
const nogi = text([person("Nogi Maresuke", [], "General")], [...otherSide(["Anatoly Stessel", "Roman Kondratenko"]), { text: "Nozu Michitsura", reason: "Nozu Michitsura did not command at Port Arthur" }]);
const stessel = text([person("Anatoly Stessel", [], "General"), person("Alexander Fok", [], "Lieutenant General")], otherSide(["Oku Yasukata"]));
const fok = text([person("Alexander Fok", [], "Lieutenant General")], otherSide(["Oku Yasukata"]));
const purkayevBoth = text([person("Maksim Purkayev", ["M.A. Purkayev"])], otherSide(["Kiichirō Higuchi"]));
const andreev = text([person("V.A. Andreev")], otherSide(["Kiichiro Higuchi", "Saburo Hagi"]));
const stackelberg = text([person("Georgii Stackelberg", [], "Lieutenant General")], otherSide(["Kuroki Tamemoto"]));
const vitgeft = text([person("Wilgelm Vitgeft", [], "Rear Admiral")], otherSide(["Tōgō Heihachirō", "Dewa Shigetō"]));
const zasulich = text([person("Mikhail Zasulich", [], "Lieutenant General")], otherSide(["Kuroki Tamemoto"]));
const choibalsan = text([person("Khorloogiin Choibalsan")], otherSide(["Komatsubara Michitarō", "Yasuoka Masaomi"]));
const gripenberg = text([person("Oskar Gripenberg", [], "General")], otherSide(["Oku Yasukata", "Tatsumi Naofumi"]));

// --- states, sides, titles (issue 7) ---
const japanWon = text([{ display: "Japanese", variants: ["Japanese", "Empire of Japan", "Japan"] }], ["Russian", "Russian Empire", "Russia"].map((t) => ({ text: t, reason: `${t} was on the losing side` })));
const empireOfJapan = text([{ display: "Empire of Japan", variants: ["Empire of Japan"] }], [{ text: "Russian Empire", reason: "the Russian Empire was the other side" }]);
const russianEmpire = text([{ display: "Russian Empire", variants: ["Russian Empire"] }], [{ text: "Empire of Japan", reason: "the Empire of Japan was the other side" }]);
const sovietUnion = text([{ display: "Soviet Union", variants: ["Soviet Union"] }], [{ text: "Japan", reason: "Japan was the other side" }]);
// Who fought against Japan and Manchukuo? Every belligerent of the side is a key.
const againstJapan = text(
  [
    { display: "Soviet Union", variants: ["Soviet Union"] },
    { display: "Mongolian People's Republic", variants: ["Mongolian People's Republic"] },
  ],
  [
    { text: "Empire of Japan", reason: "the Empire of Japan was the other side" },
    { text: "Manchukuo", reason: "Manchukuo was the other side" },
  ],
);
const qing = text([{ display: "Qing dynasty", variants: ["Qing dynasty"] }], [{ text: "Korean Empire", reason: "Korea did not fight here" }]);
const kurils = text([{ display: "Invasion of the Kuril Islands", variants: ["Invasion of the Kuril Islands"] }], [
  { text: "Invasion of South Sakhalin", reason: "that is another operation" },
  { text: "Soviet–Japanese War", reason: "that is the war, not the operation" },
]);
const augustStorm = text([{ display: "Operation August Storm", variants: ["Operation August Storm"] }], [{ text: "Soviet–Japanese War", reason: "that is the war, not the operation" }]);
const firstSino = text([{ display: "First Sino-Japanese War", variants: ["First Sino-Japanese War"] }], [{ text: "Second Sino-Japanese War", reason: "that is a different war" }]);
const sovietJapaneseWar = text([{ display: "Soviet–Japanese War", variants: ["Soviet–Japanese War (1945)"] }], [{ text: "Russo-Japanese War", reason: "that is a different war" }]);
const khalkhinGol = text([{ display: "Battles of Khalkhin Gol", variants: ["Battles of Khalkhin Gol", "Nomonhan Incident"] }], [{ text: "Battle of Lake Khasan", reason: "that is another event" }]);
const sakhalin1905 = text([{ display: "Japanese invasion of Sakhalin (1905)", variants: ["Japanese invasion of Sakhalin (1905)"] }], []);
const place = text([{ display: "Liaoyang, Manchuria", variants: ["Liaoyang, Manchuria", "Liaoyang"] }], [{ text: "Mukden", reason: "Mukden is the site of another event" }]);
const year1905 = date("1905", "1905", "year");
const blyukher = text([person("Vasily Blyukher", [], "Marshal"), person("Grigory Shtern")], otherSide(["Suetaka Kamezō", "Kōtoku Satō"]));
const haraguchi = text([person("Haraguchi Kensai", [], "General")], otherSide(["Mikhail Nikolaevich Lyapunov"]));
const puyi = text([person("Puyi")], otherSide(["Aleksandr Vasilevsky"]));
const zhukov = text([person("Georgy Zhukov")], otherSide(["Komatsubara Michitarō"]));
const meretskov = text([person("Kirill Meretskov", [], "Marshal")], otherSide(["Seiichi Kita"]));
const chiang = text([person("Chiang Kai-shek")], otherSide(["Mao Zedong"]));
const yellowSea = text([{ display: "Battle of the Yellow Sea", variants: ["Battle of the Yellow Sea"] }], [{ text: "Battle of the Yalu River", reason: "that is another event" }]);
const yalu = text([{ display: "Battle of the Yalu River", variants: ["Battle of the Yalu River"] }], [{ text: "Battle of the Yellow Sea", reason: "that is another event" }]);
const enqvist = text([person("Oskar Enqvist", [], "Rear Admiral")], otherSide(["Tōgō Heihachirō"]));
const rjw = text([{ display: "Russo-Japanese War", variants: ["Russo-Japanese War"] }], [{ text: "Soviet–Japanese War", reason: "that is a different war" }]);
const manchuria = text([{ display: "Soviet invasion of Manchuria", variants: ["Soviet invasion of Manchuria", "Operation August Storm", "Manchurian Operation"] }], [{ text: "Invasion of South Sakhalin", reason: "that is another operation" }]);
const manchuriaBoth = text([{ display: "Soviet invasion of Manchuria", variants: ["Soviet invasion of Manchuria"] }], [{ text: "Japanese invasion of Manchuria", reason: "that was 1931" }]);
// The corpus also calls him "General Kuroki": that settles which word is the surname.
const kurokiKnown = text([person("Kuroki Tamemoto", ["General Kuroki"], "General")], otherSide(["Mikhail Zasulich"]));
const suzuki = text([person("Suzuki Kantarō")], otherSide(["Georgy Zhukov"]));
const honda = text([person("Honda Masakazu")], otherSide(["Georgy Zhukov"]));
const rudnev = text([person("Vsevolod Rudnev", [], "Captain")], otherSide(["Uryū Sotokichi"]));

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
  // --- one person, many spellings (register rule: keys, initials, order) ---
  ["Aleksey = Alexei", kuropatkin, "Aleksey Kuropatkin", true],
  ["Alexey = Alexei", kuropatkin, "Alexey Kuropatkin", true],
  ["Aleksei = Alexei", kuropatkin, "Aleksei Kuropatkin", true],
  ["surname order reversed", kuropatkin, "Kuropatkin Alexei", true],
  ["rank + surname", kuropatkin, "General Kuropatkin", true],
  ["French spelling -e", kuropatkin, "Kuropatkine", true, /typo/],
  ["French spelling ou", kuropatkin, "Kouropatkine", true, /typo/],
  ["patronymic initial beyond the key", kuropatkin, "A.N. Kuropatkin", true],
  ["clashing given name", kuropatkin, "Nikolai Kuropatkin", false],
  ["given name alone (Russian)", kuropatkin, "Alexei", false],
  ["other side surname (Japanese)", kuropatkin, "Oyama", false, /other side/],
  ["other side, reversed order", kuropatkin, "Iwao Oyama", false, /other side/],
  ["two Kuropatkins: surname alone is ambiguous", twoKuropatkins, "Kuropatkin", false, /ambiguous/],
  ["two Kuropatkins: initial decides", twoKuropatkins, "A. Kuropatkin", true],
  ["two Kuropatkins: the other one", twoKuropatkins, "Nikolai Kuropatkin", false, /commanded elsewhere/],
  ["two Kuropatkins: the other's initial", twoKuropatkins, "N. Kuropatkin", false],
  ["a 'wrong' spelling of the key never rejects", respeltTrap, "Aleksey Kuropatkin", true],
  ["a 'wrong' initials form of the key never rejects", respeltTrap, "A.N. Kuropatkin", true],
  ["the surname of a respelt key is not ambiguous", respeltTrap, "Kuropatkin", true],
  ["a real wrong name still rejects", respeltTrap, "Gripenberg", false, /did not command/],
  ["Togo among three", tsushimaJapanese, "Togo", true, /Tōgō Heihachirō/],
  ["Tohgoh (oh = ō)", tsushimaJapanese, "Tohgoh", true],
  ["Tougou Heihachirou (ou = ō)", tsushimaJapanese, "Tougou Heihachirou", true],
  ["Western order", tsushimaJapanese, "Heihachiro Togo", true],
  ["Kamimura among three", tsushimaJapanese, "Kamimura", true],
  ["Kimura is not Kamimura", tsushimaJapanese, "Kimura", false],
  ["other side among three", tsushimaJapanese, "Rozhestvensky", false, /other side/],
  ["Tojo is not Tōgō", togoOnly, "Tojo", false, /no match/],
  ["Tojo Hideki is not Tōgō", togoOnly, "Tojo Hideki", false],
  ["Togo", togoOnly, "Togo", true],
  ["Admiral Tōgō", togoOnly, "Admiral Tōgō", true],
  ["given name alone (Japanese)", togoOnly, "Heihachiro", false],
  ["Kimura is not Kamimura (alone)", kamimura, "Kimura", false, /no match/],
  ["Kawamura is not Kamimura", kamimura, "Kawamura", false],
  ["Kamimura", kamimura, "Kamimura", true],
  ["Kamimura ou for u", kamimura, "Kamimoura", true],
  ["Kamimura Hikonojo", kamimura, "Kamimura Hikonojo", true],
  ["Rojestvensky (j = zh)", rozhestvensky, "Rojestvensky", true, /another spelling/],
  ["Rozhdestvensky", rozhestvensky, "Rozhdestvensky", true, /typo/],
  ["Zinovi Rozhestvenskii", rozhestvensky, "Zinovi Rozhestvenskii", true],
  ["Rozhestvenskiy", rozhestvensky, "Rozhestvenskiy", true],
  ["other side (Tsushima)", rozhestvensky, "Togo", false, /other side/],
  ["Hamada is not Yamada", yamada, "Hamada", false, /no match/],
  ["Yamada", yamada, "Yamada", true],
  ["Yamada Otozo", yamada, "Yamada Otozo", true],
  ["Yammada", yamada, "Yammada", true],
  ["Yamata is not a slip of Yamada", yamada, "Yamata", false],
  ["vowels astray: check the spelling", yamada, "Yamodo", false, /close: check the spelling/],
  ["too far astray for a hint", yamada, "Yomodo", false, /no match/],
  ["given name alone (Otozo)", yamada, "Otozo", false],
  ["Kuroky", kuroki, "Kuroky", true],
  ["Tamemoto Kuroki", kuroki, "Tamemoto Kuroki", true],
  ["a bare alias settles the surname", kurokiKnown, "Kuroki", true],
  ["then the given name alone is not the name", kurokiKnown, "Tamemoto", false],
  ["Oyama", oyama, "Oyama", true],
  ["Ohyama", oyama, "Ohyama", true],
  ["Ooyama", oyama, "Ooyama", true],
  ["Iwao Oyama", oyama, "Iwao Oyama", true],
  ["Field Marshal Oyama", oyama, "Field Marshal Oyama", true],
  ["Oku is not Oyama", oyama, "Oku", false],
  ["Oku", oku, "Oku", true],
  ["Oka is not Oku", oku, "Oka", false],
  ["Oyama is not Oku", oku, "Oyama", false],
  ["Nogi", nogi, "Nogi Maresuke", true],
  ["Nozu is not Nogi", nogi, "Nozu", false, /did not command/],
  ["Maresuke alone", nogi, "Maresuke", false],
  ["Stoessel = Stessel", stessel, "Stoessel", true],
  ["Stössel", stessel, "Stössel", true],
  ["Anatolii Stoessel", stessel, "Anatolii Stoessel", true],
  ["Fock = Fok among two", stessel, "Fock", true],
  ["Fock = Fok", fok, "Fock", true],
  ["Aleksandr Fock", fok, "Aleksandr Fock", true],
  ["Foch is not Fok", fok, "Foch", false],
  ["Maxim Purkayev", purkayevBoth, "Maxim Purkayev", true],
  ["M. Purkayev", purkayevBoth, "M. Purkayev", true],
  ["Purkaev", purkayevBoth, "Purkaev", true],
  ["wrong initial", purkayevBoth, "K. Purkayev", false],
  ["initials key, full given name typed", purkayev, "Maksim Purkayev", true],
  ["V.A. Andreev = Vladimir Andreyev", andreev, "Vladimir Andreyev", true],
  ["Andreyev", andreev, "Andreyev", true],
  ["Stackelburg", stackelberg, "Stackelburg", true, /accepted/],
  ["Georgy Stackelberg", stackelberg, "Georgy Stackelberg", true],
  ["Witgeft", vitgeft, "Witgeft", true],
  ["Wilhelm Witgeft", vitgeft, "Wilhelm Witgeft", true],
  ["Zasulitch", zasulich, "Zasulitch", true],
  ["Choibalsan", choibalsan, "Choibalsan", true],
  ["patronymic alone", choibalsan, "Khorloogiin", false],
  ["Gripenburg", gripenberg, "Gripenburg", true],
  ["Mikhial (given-name slip)", lyapunov, "Mikhial Lyapunov", true],
  ["clashing given name against a bare alias", lyapunov, "Nikolai Lyapunov", false],
  ["Blücher = Blyukher", blyukher, "Vasily Blücher", true],
  ["Bluecher", blyukher, "Bluecher", true],
  ["Stern = Shtern", blyukher, "Stern", true],
  ["Hamaguchi is not Haraguchi (one consonant in a short name)", haraguchi, "Hamaguchi", false],
  ["Haraguchi transposed letters", haraguchi, "Haraugchi", true, /typo/],
  ["Kensai Haraguchi", haraguchi, "Kensai Haraguchi", true],
  ["Pu Yi = Puyi", puyi, "Pu Yi", true],
  ["Georgi Zhukov", zhukov, "Georgi Zhukov", true],
  ["Joukov (French)", zhukov, "Joukov", true],
  ["Zhukov is not Zhurov", zhukov, "Zhurov", false],
  ["Meretzkov (tz = ts)", meretskov, "Meretzkov", true],
  ["Meretkov (a dropped consonant)", meretskov, "Meretkov", true, /typo/],
  ["Marshal Meretskov", meretskov, "Marshal Meretskov", true],
  ["rank alone", meretskov, "Marshal", false],
  ["female form is another person", zhukov, "Zhukova", false],
  ["Beloorodov-style dropped letter in a long name", meretskov, "Meretskow", true],
  ["Kamimur (final vowel dropped)", kamimura, "Kamimur", true, /typo/],
  ["Kuroki transposed", kuroki, "Kuorki", true, /typo/],
  ["given name alone (Iwao)", oyama, "Iwao", false],
  ["given name alone (Kensai)", haraguchi, "Kensai", false],
  ["given name alone (Hikonojo)", kamimura, "Hikonojo", false],
  ["hyphenated given name typed apart", chiang, "Chiang Kai shek", true],
  ["Chinese surname first", chiang, "Chiang", true],
  ["other side (Chinese)", chiang, "Mao", false, /other side/],
  ["Suzaki is not Suzuki (one vowel in a short name)", suzuki, "Suzaki", false],
  ["Handa is not Honda", honda, "Handa", false],
  ["Honda", honda, "Honda", true],
  ["Roudnev (French ou)", rudnev, "Roudnev", true],
  ["Rudnyev", rudnev, "Rudnyev", true],
  // --- states and sides ---
  ["Japanese victory", japanWon, "Japanese victory", true],
  ["the Japanese", japanWon, "the Japanese", true],
  ["Imperial Japan", japanWon, "Imperial Japan", true],
  ["Japanese Empire", japanWon, "Japanese Empire", true],
  ["Japanese side", japanWon, "the Japanese side", true],
  ["Russian victory when Japan won", japanWon, "Russian victory", false, /losing side/],
  ["Russia when Japan won", japanWon, "Russia", false],
  ["both sides", japanWon, "Japan and Russia", false],
  ["Soviet Union when Japan won", japanWon, "Soviet Union", false],
  ["Imperial Japan = Empire of Japan", empireOfJapan, "Imperial Japan", true],
  ["Japan = Empire of Japan", empireOfJapan, "Japan", true],
  ["Japanese victory = Empire of Japan", empireOfJapan, "Japanese victory", true],
  ["Japanese forces", empireOfJapan, "Japanese forces", true],
  ["Russian Empire for Empire of Japan", empireOfJapan, "Russian Empire", false, /other side/],
  ["Russia = Russian Empire", russianEmpire, "Russia", true],
  ["Imperial Russia", russianEmpire, "Imperial Russia", true],
  ["Tsarist Russia", russianEmpire, "Tsarist Russia", true],
  ["Soviet Union is not the Russian Empire", russianEmpire, "Soviet Union", false],
  ["USSR is not the Russian Empire", russianEmpire, "USSR", false],
  ["USSR = Soviet Union", sovietUnion, "USSR", true],
  ["the Soviets", sovietUnion, "the Soviets", true],
  ["Russian Empire is not the Soviet Union", sovietUnion, "Russian Empire", false],
  ["one of several keys", againstJapan, "Mongolia", true],
  ["the other key", againstJapan, "the Soviet Union", true],
  ["both keys", againstJapan, "USSR and Mongolia", true],
  ["the opponent", againstJapan, "Manchukuo", false, /other side/],
  ["a key with an opponent", againstJapan, "Soviet Union and Japan", false],
  ["China for Qing", qing, "China", true],
  ["Qing Empire", qing, "Qing Empire", true],
  ["Republic of China is not Qing", qing, "Republic of China", false],
  // --- titles ---
  ["invasion of the Kurils", kurils, "invasion of the Kurils", true],
  ["Kuril Islands invasion with article", kurils, "the invasion of the Kuril Islands", true],
  ["another operation", kurils, "Invasion of South Sakhalin", false, /another operation/],
  ["the war for the operation", kurils, "Soviet-Japanese War", false, /the war/],
  ["August Storm", augustStorm, "August Storm", true],
  ["operation august storm", augustStorm, "operation august storm", true],
  ["August alone", augustStorm, "August", false],
  ["ordinal missing", firstSino, "Sino-Japanese War", false],
  ["other ordinal", firstSino, "Second Sino-Japanese War", false, /different war/],
  ["First Sino-Japanese", firstSino, "first sino japanese", true],
  ["qualifier dropped", sovietJapaneseWar, "Soviet-Japanese War", true],
  ["Russo for Soviet", sovietJapaneseWar, "Russo-Japanese War", false, /different war/],
  ["one side's adjective is not the war", sovietJapaneseWar, "Japanese", false],
  ["Khalkhin Gol", khalkhinGol, "Khalkhin Gol", true],
  ["Khalkin Gol (kh/k)", khalkhinGol, "Khalkin Gol", true],
  ["Nomonhan", khalkhinGol, "Nomonhan", true],
  ["another event", khalkhinGol, "Lake Khasan", false, /another event/],
  ["year in the title", sakhalin1905, "Japanese invasion of Sakhalin 1905", true],
  ["wrong year in the title", sakhalin1905, "Japanese invasion of Sakhalin (1945)", false],
  ["place", place, "Liaoyang", true],
  ["place hyphenated", place, "Liao-yang", true],
  ["another place", place, "Mukden", false, /another event/],
  ["a geographic noun dropped", yalu, "Battle of the Yalu", true],
  ["Yalu", yalu, "Yalu", true],
  ["Yellow River is not the Yellow Sea", yellowSea, "Yellow River", false],
  ["Yellow Sea", yellowSea, "the Yellow Sea", true],
  ["a geographic noun added", khalkhinGol, "Khalkhin Gol River", true],
  ["Enquist = Enqvist (qu/qv)", enqvist, "Enquist", true],
  ["Ljapunov (German j)", lyapunov, "Ljapunov", true],
  ["war with its years", rjw, "Russo-Japanese War of 1904–05", true],
  ["words in another order", kurils, "Kuril Islands invasion", true],
  ["the attacker's adjective unsaid", manchuria, "invasion of Manchuria", true],
  ["the region is not the operation", manchuria, "Manchuria", false],
  ["Manchurian Operation", manchuria, "Manchurian operation", true],
  ["another attacker's adjective", manchuria, "Japanese invasion of Manchuria", false],
  ["unsaid adjective that fits two answers", manchuriaBoth, "invasion of Manchuria", false, /ambiguous/],
  ["the other invasion named in full", manchuriaBoth, "Japanese invasion of Manchuria", false, /1931/],
  // --- years with an era ---
  ["1905 AD", year1905, "1905 AD", true],
  ["AD 1905", year1905, "AD 1905", true],
  ["1905 CE", year1905, "1905 CE", true],
  ["A.D. 1905", year1905, "A.D. 1905", true],
  ["the year 1905", year1905, "the year 1905", true],
  ["1905 BC", year1905, "1905 BC", false],
  ["1945 AD", year1905, "1945 AD", false],
  ["day with era", date("1905-07-08", "1905-07-08", "day"), "8 July 1905 AD", true],
  // --- numbers ---
  ["exact", num(3270, 3270), "3270", true],
  ["trailing full stop", num(3270, 3270), "3270.", true],
  ["between … and …", num(700, 2000), "between 700 and 2000", true],
  ["between, too wide", num(700, 2000), "between 500 and 2000", false],

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
  ["range with 'to'", date("1904-02-08", "1904-02-09", "day"), "8 to 9 February 1904", true],
  ["month as mm/yyyy", date("1945-08", "1945-08", "month"), "08/1945", true],
  ["month mm/yyyy wrong", date("1945-08", "1945-08", "month"), "09/1945", false],
  ["misspelt month", date("1904-02-09", "1904-02-09", "day"), "9 Febuary 1904", true],
  ["misspelt month, letters swapped", date("1904-02-09", "1904-02-09", "day"), "9 Feburary 1904", true],
  ["misspelt month, wrong day", date("1904-02-09", "1904-02-09", "day"), "8 Febuary 1904", false],
  ["1905 vs 1945", date("1905-07-07", "1905-07-31", "day"), "7–31 July 1945", false],
];

describe("checkAnswer table", () => {
  it("has at least 150 cases", () => expect(cases.length).toBeGreaterThanOrEqual(150));
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
