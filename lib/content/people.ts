/**
 * People: splitting commander cells into persons, ranks and status markers, person mentions
 * in prose, and deciding when two spellings name the same person.
 *
 * Commander cells often lose their line breaks ("M.A. Purkayev L.G. Cheremisov Anatoly
 * Petrakovsky", "Haraguchi Kensai Kataoka Shichirō"). The splitter cuts at hard boundaries
 * first (newlines, commas, semicolons, "and", rank words, status markers), then segments each
 * remaining run of name tokens with a small dynamic programme that scores name shapes:
 * initials + surname, given + family name, given + patronymic + surname, given + middle
 * initial + surname — and strongly prefers segments naming someone the article's prose
 * mentions. Two equally good segmentations are reported as ambiguous.
 */
import type { Person, PersonStatus } from "../facts/types";
import { asciiTwin, isAscii } from "./ascii";
import { stripFlagImages } from "./flags";
import { isListedState, isStateForm } from "./sides";
import { fold, normKey, splitLineBreaks, stripFootnotes } from "./text";

const RANK_LIST: [string, string][] = [
  ["Marshal of the Soviet Union", "Marshal of the Soviet Union"],
  ["Admiral of the Fleet", "Admiral of the Fleet"],
  ["General of the Army", "General of the Army"],
  ["Fleet Admiral", "Fleet Admiral"],
  ["Field Marshal", "Field Marshal"],
  ["Grand Admiral", "Grand Admiral"],
  ["Grand Duke", "Grand Duke"],
  // "Generals Francisco de Paula Santander, …": a plural rank heads the list.
  ["Generals", "General"],
  ["Colonels", "Colonel"],
  ["Admirals", "Admiral"],
  ["Marshals", "Marshal"],
  ["Crown Prince", "Crown Prince"],
  ["Prince Regent", "Prince Regent"],
  ["Marshal of France", "Marshal of France"],
  ["Air Chief Marshal", "Air Chief Marshal"],
  ["Air Vice Marshal", "Air Vice Marshal"],
  ["Air Marshal", "Air Marshal"],
  ["Second Lieutenant", "Second Lieutenant"],
  ["First Lieutenant", "First Lieutenant"],
  ["Lt Gen", "Lieutenant General"],
  ["Lt Gen.", "Lieutenant General"],
  ["Maj Gen", "Major General"],
  ["Maj Gen.", "Major General"],
  ["Brig Gen.", "Brigadier General"],
  ["Brig Gen", "Brigadier General"],
  ["Generalfeldmarschall", "Field Marshal"],
  ["Generaloberst", "Colonel General"],
  ["Generalleutnant", "Lieutenant General"],
  ["Generalmajor", "Major General"],
  ["Vizeadmiral", "Vice Admiral"],
  ["Konteradmiral", "Rear Admiral"],
  ["Archduke", "Archduke"],
  ["Empress", "Empress"],
  ["Queen", "Queen"],
  ["Sergeant", "Sergeant"],
  ["Prime Minister", "Prime Minister"],
  ["Commandant-General", "Commandant General"],
  ["Commandant General", "Commandant General"],
  ["Lieutenant General", "Lieutenant General"],
  ["Lieutenant-General", "Lieutenant General"],
  ["Lt. Gen.", "Lieutenant General"],
  ["Lt.Gen.", "Lieutenant General"],
  ["Major General", "Major General"],
  ["Major-General", "Major General"],
  ["Maj. Gen.", "Major General"],
  ["Maj.Gen.", "Major General"],
  ["Brig.Gen.", "Brigadier General"],
  ["Lt.Col.", "Lieutenant Colonel"],
  ["Col. Gen.", "Colonel General"],
  ["Col.Gen.", "Colonel General"],
  ["Col.-Gen.", "Colonel General"],
  ["Vice-Adm.", "Vice Admiral"],
  ["Rear-Adm.", "Rear Admiral"],
  ["Brigadier General", "Brigadier General"],
  ["Brig. Gen.", "Brigadier General"],
  ["Colonel General", "Colonel General"],
  ["Lieutenant Colonel", "Lieutenant Colonel"],
  ["Lieutenant-Colonel", "Lieutenant Colonel"],
  ["Lt. Col.", "Lieutenant Colonel"],
  ["Lieutenant Commander", "Lieutenant Commander"],
  ["Wing Commander", "Wing Commander"],
  ["Wg. Cdr.", "Wing Commander"],
  ["Wg Cdr", "Wing Commander"],
  ["Squadron Leader", "Squadron Leader"],
  ["Sqn. Ldr.", "Squadron Leader"],
  ["Sqn Ldr", "Squadron Leader"],
  ["Flight Lieutenant", "Flight Lieutenant"],
  ["Flt. Lt.", "Flight Lieutenant"],
  ["Flt Lt", "Flight Lieutenant"],
  ["Group Captain", "Group Captain"],
  ["Gp. Capt.", "Group Captain"],
  ["Gp Capt", "Group Captain"],
  ["Air Commodore", "Air Commodore"],
  ["Air Cdre.", "Air Commodore"],
  ["Lt. Cdr.", "Lieutenant Commander"],
  ["Lt. Cmdr.", "Lieutenant Commander"],
  ["Lt Cdr", "Lieutenant Commander"],
  ["Lt.-Gen.", "Lieutenant General"],
  ["Lt.-Col.", "Lieutenant Colonel"],
  ["Maj.-Gen.", "Major General"],
  ["Brig.-Gen.", "Brigadier General"],
  ["Lt Col", "Lieutenant Colonel"],
  ["Brigadier-General", "Brigadier General"],
  ["Colonel-General", "Colonel General"],
  ["Lieutenant-Commander", "Lieutenant Commander"],
  ["Air Vice-Marshal", "Air Vice Marshal"],
  ["General der Infanterie", "General"],
  ["General der Artillerie", "General"],
  ["General der Kavallerie", "General"],
  ["General der Panzertruppe", "General"],
  ["General der Flieger", "General"],
  ["Feldmarschall", "Field Marshal"],
  ["Oberst", "Colonel"],
  ["Oberstleutnant", "Lieutenant Colonel"],
  ["Kapitän zur See", "Captain"],
  ["Hauptmann", "Captain"],
  // naval ranks without one English equivalent keep their German name
  ["Kapitänleutnant", "Kapitänleutnant"],
  ["Korvettenkapitän", "Korvettenkapitän"],
  ["Fregattenkapitän", "Fregattenkapitän"],
  ["Hptm.", "Captain"],
  ["Oberleutnant", "First Lieutenant"],
  ["Oblt.", "First Lieutenant"],
  ["Leutnant", "Lieutenant"],
  ["Obstlt.", "Lieutenant Colonel"],
  ["Cmdr.", "Commander"],
  ["Sgt.", "Sergeant"],
  // US Marine Corps and US Army abbreviations, written without dots
  ["LtGen", "Lieutenant General"],
  ["MajGen", "Major General"],
  ["BGen", "Brigadier General"],
  ["BrigGen", "Brigadier General"],
  ["LtCol", "Lieutenant Colonel"],
  ["VAdm", "Vice Admiral"],
  ["RAdm", "Rear Admiral"],
  ["LTG", "Lieutenant General"],
  ["LTC", "Lieutenant Colonel"],
  ["MG", "Major General"],
  ["BG", "Brigadier General"],
  ["GEN", "General"],
  ["COL", "Colonel"],
  ["MAJ", "Major"],
  ["CPT", "Captain"],
  ["VADM", "Vice Admiral"],
  ["RADM", "Rear Admiral"],
  ["ADM", "Admiral"],
  ["Col", "Colonel"],
  ["Gen", "General"],
  ["Capt", "Captain"],
  ["Maj", "Major"],
  ["Lt", "Lieutenant"],
  ["Cdr", "Commander"],
  ["Brig", "Brigadier"],
  ["Vice Admiral", "Vice Admiral"],
  ["Vice-Admiral", "Vice Admiral"],
  ["Vice Adm.", "Vice Admiral"],
  ["Rear Admiral", "Rear Admiral"],
  ["Rear-Admiral", "Rear Admiral"],
  ["Rear Adm.", "Rear Admiral"],
  ["General", "General"],
  ["Gen.", "General"],
  ["Admiral", "Admiral"],
  ["Adm.", "Admiral"],
  ["Marshal", "Marshal"],
  ["Colonel", "Colonel"],
  ["Col.", "Colonel"],
  ["Major", "Major"],
  ["Maj.", "Major"],
  ["Captain", "Captain"],
  ["Capt.", "Captain"],
  ["Lieutenant", "Lieutenant"],
  ["Lt.", "Lieutenant"],
  ["Commander", "Commander"],
  ["Cdr.", "Commander"],
  ["Brigadier", "Brigadier"],
  ["Brig.", "Brigadier"],
  ["Commodore", "Commodore"],
  ["Cdre.", "Commodore"],
  ["Cdre", "Commodore"],
  // Spanish and Portuguese rank words kept on Latin American and Spanish pages ("Mariscal Francisco Solano López")
  ["Mariscal", "Marshal"],
  ["Coronel", "Colonel"],
  ["Teniente Coronel", "Lieutenant Colonel"],
  ["Capitán", "Captain"],
  ["Almirante", "Admiral"],
  ["Comandante", "Comandante"],
  // the title of Spanish and Portuguese princes ("Infante Carlos María Isidro")
  ["Infante", "Infante"],
  ["Prince", "Prince"],
  ["Emperor", "Emperor"],
  ["King", "King"],
  ["Tsar", "Tsar"],
  ["Czar", "Tsar"],
  ["Count", "Count"],
  ["Baron", "Baron"],
  ["Duke", "Duke"],
  ["Marquis", "Marquis"],
  ["Marquess", "Marquess"],
  ["Viscount", "Viscount"],
  ["Sultan", "Sultan"],
  ["Maharaja", "Maharaja"],
  ["Maharajah", "Maharaja"],
  ["Maharani", "Maharani"],
  ["Raja", "Raja"],
  ["Rajah", "Raja"],
  ["Rani", "Rani"],
  ["Nawab", "Nawab"],
  ["Emir", "Emir"],
  ["Sheikh", "Sheikh"],
  ["Khedive", "Khedive"],
  // a monarch's deputy over a colony ("Viceroy José de la Serna")
  ["Viceroy", "Viceroy"],
  ["Grand Vizier", "Grand Vizier"],
  ["Grand Master", "Grand Master"],
  ["Grand Marshal", "Grand Marshal"],
  ["Grand Commander", "Grand Commander"],
  ["Wazir", "Wazir"],
  ["Chao Phraya", "Chao Phraya"],
  ["Phraya", "Phraya"],
  ["Lieutenant Field Marshal", "Lieutenant Field Marshal"],
  ["Feldmarschall-Leutnant", "Lieutenant Field Marshal"],
  ["Feldmarschalleutnant", "Lieutenant Field Marshal"],
  ["Commandant", "Commandant"],
  ["Comdt.", "Commandant"],
  ["Comdt", "Commandant"],
  ["Generalissimo", "Generalissimo"],
  ["Marshal of the Royal Air Force", "Marshal of the Royal Air Force"],
  ["Army General", "Army General"],
  ["Grand Prince", "Grand Prince"],
  ["Grand Master", "Grand Master"],
  ["Flying Officer", "Flying Officer"],
  ["Pilot Officer", "Pilot Officer"],
  ["Warrant Officer", "Warrant Officer"],
  ["Petty Officer", "Petty Officer"],
  ["Flight Sergeant", "Flight Sergeant"],
  ["Staff Sergeant", "Staff Sergeant"],
  ["Sergeant Major", "Sergeant Major"],
  ["Corporal", "Corporal"],
  ["Ensign", "Ensign"],
  ["Midshipman", "Midshipman"],
  ["Kaiser", "Kaiser"],
  ["Voivode", "Voivode"],
  ["Voivod", "Voivode"],
  ["Doge", "Doge"],
  ["Margrave", "Margrave"],
  ["Landgrave", "Landgrave"],
  ["Elector", "Elector"],
  // clergy who led armies or fleets
  ["Pope", "Pope"],
  ["Cardinal", "Cardinal"],
  ["Archbishop", "Archbishop"],
  ["Abuna", "Abuna"],
  ["Friar", "Friar"],
  ["Bishop", "Bishop"],
  ["Abbot", "Abbot"],
  ["Patriarch", "Patriarch"],
  ["Vizier", "Vizier"],
  // Muslim scholars who led rebel forces ("Maulana Sarfaraz Ali", "Maulvi Ahmadullah Shah")
  ["Maulana", "Maulana"],
  ["Maulvi", "Maulvi"],
  ["Peshwa", "Peshwa"],
  ["Negus", "Negus"],
  // Muslim, Mongol and West African rulers' titles ("Almami Samori", "Mansa Sulayman", "Askia Daoud")
  ["Caliph", "Caliph"],
  ["Imam", "Imam"],
  ["Atabeg", "Atabeg"],
  ["Khagan", "Khagan"],
  ["Almami", "Almami"],
  ["Almamy", "Almami"],
  ["Mansa", "Mansa"],
  ["Askia", "Askia"],
  ["Khan", "Khan"],
  // Ethiopian court and military titles ("Ras Makonnen", "Fitawrari Gebeyehu")
  ["Ras", "Ras"],
  // Ottoman, Persian, Indian, Moro and Somali titles of command
  ["Müşir", "Müşir"],
  ["Birinci Ferik", "Birinci Ferik"],
  ["Ferik", "Ferik"],
  ["Mirliva", "Mirliva"],
  ["Miralay", "Miralay"],
  ["Sardar", "Sardar"],
  ["Datu", "Datu"],
  ["Garad", "Garad"],
  ["Dejazmach", "Dejazmach"],
  ["Dejazmatch", "Dejazmach"],
  ["Fitawrari", "Fitawrari"],
  ["Kenyazmach", "Kenyazmach"],
  ["Qenyazmach", "Kenyazmach"],
  ["Grazmach", "Grazmach"],
  ["Bitwoded", "Bitwoded"],
  ["Komandarm", "Komandarm"],
  ["Komkor", "Komkor"],
  ["Komdiv", "Komdiv"],
  ["Kombrig", "Kombrig"],
  ["Havildar", "Havildar"],
  ["Subedar", "Subedar"],
  ["Jemadar", "Jemadar"],
  ["Risaldar", "Risaldar"],
  ["Naik", "Naik"],
  ["President", "President"],
  ["Premier", "Premier"],
  ["Hetman", "Hetman"],
  // the Polish–Lithuanian commanders-in-chief and their deputies
  ["Grand Hetman", "Grand Hetman"],
  ["Field Hetman", "Field Hetman"],
  ["Ataman", "Ataman"],
  ["Shogun", "Shogun"],
  ["Lord", "Lord"],
  ["Sir", "Sir"],
];

/**
 * "Lt. Gen Srilal …", "Maj Gen. …", "Lt. Colonel …": the abbreviated words of a compound rank are
 * written with or without their dots, and its last word in full.
 */
function rankSpellings(phrase: string, rank: string): string[] {
  const words = phrase.split(" ");
  if (words.length < 2 || !words.some((w) => /^\p{Lu}\p{Ll}{0,4}\.?$/u.test(w) && w !== rank.split(" ")[0])) return [phrase];
  let out: string[][] = [[]];
  for (const w of words) {
    const bare = w.replace(/\.$/, "");
    const forms = /^\p{Lu}\p{Ll}{0,4}$/u.test(bare) && bare !== w ? [w, bare] : /^\p{Lu}\p{Ll}{0,3}$/u.test(w) && !RANK_FULL_WORDS.has(w) ? [w, `${w}.`] : [w];
    out = out.flatMap((pre) => forms.map((f) => [...pre, f]));
  }
  const last = rank.split(" ").pop()!;
  const full = words.slice(0, -1).join(" ") + " " + last;
  return [...new Set([...out.map((ws) => ws.join(" ")), ...(words.length === 2 && rank.split(" ").length === 2 ? [full, full.replace(/\.(?= )/, "")] : [])])];
}
const RANK_FULL_WORDS = new Set(["Sir", "Lord", "King", "Khan", "Bey", "Pasha", "Ras", "Don", "Emir", "Amir", "Shah", "Raja", "Rana", "Rao", "Nawab", "Mir"]);

/** Rank phrases by first word, longest first, so "Vice Admiral" wins over "Admiral". */
const RANKS_BY_FIRST = new Map<string, { words: string[]; rank: string }[]>();
const RANK_PHRASES = new Set(RANK_LIST.map(([phrase]) => phrase));
for (const [listed, rank] of RANK_LIST) {
  for (const phrase of rankSpellings(listed, rank)) {
    if (phrase !== listed && RANK_PHRASES.has(phrase)) continue;
    RANK_PHRASES.add(phrase);
    const words = phrase.split(" ");
    const first = words[0]!;
    const list = RANKS_BY_FIRST.get(first) ?? [];
    list.push({ words, rank });
    list.sort((a, b) => b.words.length - a.words.length);
    RANKS_BY_FIRST.set(first, list);
  }
}

/** Rank phrase starting at tokens[i]: its length in tokens and normalised rank. */
/** Two-letter abbreviations that could be initials ("MG Purkin"): ranks only before a full name. */
const RANK_OR_INITIALS = new Set(["MG", "BG"]);
/** Titles that are also name words ("Bairam Khan", "Genghis Khagan"): a rank only before a name, not after one. */
const TITLES_BEFORE_NAME = new Set(["Khan", "Khagan"]);

export function rankAt(tokens: readonly string[], i: number): { len: number; rank: string } | null {
  const cands = RANKS_BY_FIRST.get(tokens[i]!);
  if (!cands) return null;
  // "Tom von Prince", "Jan de Graaf": after a particle the word is a surname, whatever else it means.
  if (i > 0 && PARTICLES.has(tokens[i - 1]!)) return null;
  if (RANK_OR_INITIALS.has(tokens[i]!) && !(/^\p{Lu}\p{Ll}/u.test(tokens[i + 1] ?? "") && /^\p{Lu}/u.test(tokens[i + 2] ?? ""))) return null;
  if (TITLES_BEFORE_NAME.has(tokens[i]!) && ((i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!) && !RANKS_BY_FIRST.has(tokens[i - 1]!)) || !/^\p{Lu}\p{Ll}/u.test(tokens[i + 1] ?? ""))) return null;
  outer: for (const c of cands) {
    for (let k = 1; k < c.words.length; k++) if (tokens[i + k] !== c.words[k]) continue outer;
    return { len: c.words.length, rank: c.rank };
  }
  return null;
}


const STATUS_TOKENS = new Map<string, PersonStatus>(Object.entries({
  KIA: "KIA",
  "\u2020": "KIA", // † marks death in action in battle infoboxes
  DOW: "DOW",
  "K.I.A.": "KIA",
  "D.O.W.": "DOW",
  "P.O.W.": "POW",
  "W.I.A.": "WIA",
  POW: "POW",
  PoW: "POW",
  WIA: "WIA",
  executed: "executed",
  Executed: "executed",
  suicide: "suicide",
  Suicide: "suicide",
  died: "died",
  Died: "died",
  // the alt text of the white-flag icon rendered pages leave after a name ("Ítalo Piaggi Surrendered")
  Surrendered: "POW",
  surrendered: "POW",
}));
const DROPPED_TOKENS = new Set(["MIA", "\u2021", "(", ")", "-", "\u2013", "\u2022", "*", "\u00b7"]);
const PARTICLES = new Set(["Freiherr", "Graf", "Ritter", "Edler", "v.", "von", "van", "de", "du", "der", "den", "di", "da", "del", "della", "le", "la", "los", "las", "des", "bin", "ibn", "ben", "bint", "al", "el", "y", "zu", "ter", "ten", "dos", "das", "do", "af"]);
/**
 * Words that follow a name and end it: generational suffixes ("Simon B. Buckner Jr.") and
 * Ottoman titles ("Mustafa Kemal Bey", "Osman Pasha").
 */
const SUFFIX_RE = /^(?:Jr\.?|Sr\.?|Jnr\.?|Snr\.?|Bey|Pasha|Pasa|Paşa|Effendi|Agha|Aga)$/;
/** A name ending in an Ottoman title: "Mahmud Pasha", "Ömer Bey". */
const TITLE_END_RE = /\s(?:Pasha|Pasa|Paşa|Bey)$/;
/** Regnal numbers are name words, never initials: "Albert VII", "Gustav II Adolf", "Manuel I Komnenos". */
const REGNAL_RE = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX|XX)$/;
/**
 * Capitalised particles ("James A. Van Fleet", "Charles De Lisle"): only inside a name, never
 * first. Not "Du" (a Chinese surname: "Chen Mingren Du Yuming"); "Le" and "La" only in runs
 * without Vietnamese family names ("Marcel Le Page", but "Vo Nguyen Giap Le Duan").
 */
const SURNAME_PARTICLES = new Set(["von", "van", "de", "du", "di", "da", "del"]);
/** A surname with its particle and nothing else ("von Hatzfeldt"). */
const PARTICLE_SURNAME_RE = new RegExp(`^(?:${[...SURNAME_PARTICLES].join("|")})\\s+\\S+$`, "i");
const CAP_PARTICLES = new Set(["Van", "Von", "De", "Der", "Den", "Del", "Della", "Ter", "Ten", "Ó", "Ua", "Ní", "Nic", "Mac", "Mág", "St.", "Ste.", "St", "Ibn", "Bin", "Bint"]);
const FRENCH_CAP_PARTICLES = new Set(["Le", "La"]);
const CONNECTORS = new Set(["and", "&", "with", "plus"]);
const GROUP_HEADING_RE = /^(?:Officers|officers|Commanders|commanders|Generals|generals|Leaders|leaders|Chiefs|chiefs|Chieftains|chieftains|Admirals|admirals)[.:]?$/;
const SUPPORTED_BY_RE = /(?<=\S)\s+[Ss]upported by:?/g;
/** "Army Group South: …", "Commander-in-chief:": a label opening a line is not a person. */
const LINE_LABEL_RE = /^\s*[^:,;()\d]{2,40}:(?!\S)\s*/u;
/** "Malhar Rao Holkar", "Hari Singh Nalwa": words that follow a given name, never start a person, and are often followed by a family name. */
const INDIAN_MIDDLE_NAMES = new Set(["Rao", "Singh"]);
/**
 * "Ahmad Shah Durrani", "Durmish Khan Shamlu", "Husayn Beg Shamlu": a title borne as the middle of
 * a name, often before a family or tribal name. Unlike "Rao" and "Singh" these may start a person
 * ("Shah Ismail", "Khan Krum").
 */
const TITLE_MIDDLE_NAMES = new Set(["Shah", "Khan", "Beg"]);
const KUNYA_WORDS = new Set(["Abi", "Abu", "Abd", "Umm"]);
/** Far below the score steps (0.5): it only decides between otherwise equal cuts. */
const TIE_BREAK = 0.01;
/** Given names common across many countries and rarely surnames, for breaking ties only. */
const COMMON_GIVEN_NAMES = new Set([
  "John", "William", "Charles", "Robert", "Richard", "Edward", "Frederick", "Joseph", "Samuel", "Peter", "Walter", "Alexander",
  "Jean", "Pierre", "Louis", "Jacques", "François", "Henri", "Michel", "Philippe", "Antoine", "Étienne",
  "Johann", "Friedrich", "Wilhelm", "Karl", "Otto", "Hans", "Heinrich", "Ernst", "Hermann", "Ludwig", "Adam", "Gustav", "Erich", "Franz", "Georg",
  "José", "Juan", "Pedro", "Manuel", "Francisco", "Antonio", "Luis", "Carlos", "Miguel", "Diego", "Fernando", "Joaquín", "João",
  "Giuseppe", "Giovanni", "Luigi", "Carlo",
  "Ivan", "Pyotr", "Nikolai", "Mikhail", "Aleksandr", "Aleksei", "Dmitry", "Sergei", "Vasily", "Boris", "Fyodor", "Semyon", "Pavel", "Andrei",
  "Jan", "Józef", "Stanisław", "Władysław",
  "Muhammad", "Mohammed", "Ahmad", "Ahmed", "Mustafa", "Mehmed", "Ibrahim", "Omar", "Umar", "Khalid", "Abdullah", "Yusuf", "Mahmud",
]);
const SAINT_WORDS = new Set(["San", "Santa", "Santo", "São", "Saint", "Sainte"]);
const ROYAL_RANKS = new Set(["King", "Queen", "Emperor", "Empress", "Kaiser", "Tsar", "Crown Prince", "Prince", "Infante", "Archduke", "Grand Duke", "Grand Prince", "Sultan", "Shogun"]);
/** Titles that name their holder with a place: "Prince of Orange", "Nawab of Awadh". */
const TITLES_OF_PLACE = new Set([
  "Prince", "Duke", "King", "Queen", "Emperor", "Empress", "Archduke", "Grand Duke", "Grand Prince", "Count", "Baron", "Marquis", "Lord",
  "Raja", "Rani", "Maharaja", "Maharani", "Nawab", "Sultan", "Emir", "Sheikh", "Khedive", "Elector", "Margrave", "Landgrave", "Doge",
  "Bishop", "Archbishop", "Patriarch", "Voivode", "Tsar", "Infante", "Cardinal", "Abbot",
]);
const EPITHET_TITLES = new Set(["Prince", "King", "Queen", "Duke", "Khan"]);
/** Epithets complete without a title word after them: "Frederick the Great", "Philip the Bold". */
const WHOLE_EPITHETS = new Set(["Great", "Bold", "Magnificent", "Terrible", "Pious", "Wise", "Good", "Just", "Fair", "Conqueror", "Elder", "Younger", "Fat", "Bald", "Lame", "Brave"]);
const COMMA_EPITHET_RE = /(\p{L}),\s+the\s+(?=\p{Lu}\p{Ll})/gu;
/** "bin"/"ibn" are followed by a father's name, and the name may go on ("Khalid bin Sultan al-Saud"). */
const NASAB_PARTICLES = new Set(["bin", "ibn", "ben", "bint", "Ibn", "Bin", "Bint"]);
/** Capitalised articles that go on a lowercase particle before a surname: "Juan de Las Heras", "Pedro de La Cruz". */
const ARTICLES_AFTER_PARTICLE = new Set(["La", "Las", "Los", "Le", "Lo"]);

function articleAfterParticle(raw: readonly string[], k: number, start: number): boolean {
  return k > start && ARTICLES_AFTER_PARTICLE.has(raw[k]!) && PARTICLES.has(raw[k - 1]!) && NAME_TOKEN_RE.test(raw[k + 1] ?? "");
}

const PAREN_RE = /\(([^()]{0,60})\)/g;
const LIST_SEPARATOR_RE = /[,;/]/g;
/** Statuses written out in brackets: "(captured)", "(died of wounds)", "(killed in action)". */
const LONG_STATUSES: [RegExp, string][] = [
  [/^(?:died of (?:his )?wounds|mortally wounded)$/i, "DOW"],
  [/^(?:killed in action|killed in battle|killed|fell)$/i, "KIA"],
  [/^(?:hanged|beheaded|executed later|later executed)$/i, "executed"],
  [/^(?:died of disease|died in captivity|drowned)$/i, "died"],
  [/^(?:captured|taken prisoner|prisoner|surrendered)$/i, "POW"],
  [/^wounded$/i, "WIA"],
];

function longStatus(inner: string): string {
  const t = inner.trim();
  for (const [re, st] of LONG_STATUSES) if (re.test(t)) return st;
  return "";
}

/** A status opening a bracket that goes on with a date or a place: "(KIA 23 December)", "(†12 May)", "(captured at Sedan)". */
const LEADING_STATUSES: [RegExp, PersonStatus][] = [
  [/^(?:DOW|died of (?:his )?wounds|mortally wounded)\b/, "DOW"],
  [/^(?:KIA|\u2020|killed|fell|went down with (?:his )?ship)/, "KIA"],
  [/^(?:POW|PoW|captured|taken prisoner|surrendered)\b/, "POW"],
  [/^(?:WIA|wounded)\b/, "WIA"],
  [/^(?:executed|hanged|beheaded)\b/, "executed"],
  [/^(?:committed )?(?:suicide|seppuku)\b/, "suicide"],
  [/^died\b/, "died"],
];

/** The most final status a bracket states, part by part: "(WIA, POW)", "(wounded and captured)", "(captured, later executed)". */
function bracketStatus(inner: string): string {
  let best: PersonStatus | null = null;
  for (const part of inner.split(/\s*(?:,|;|\band\b|\bthen\b)\s*/)) {
    const t = part.trim().replace(/^(?:later|subsequently)\s+/i, "");
    const found = LEADING_STATUSES.find(([re]) => re.test(t));
    if (found && (!best || FINALITY[found[1]] > FINALITY[best])) best = found[1];
  }
  return best ?? "";
}

/** "Karl Dönitz (Grand Admiral)": a bracket holding only a rank gives the rank of the person before it. */
const RANK_MARK = "\u2063rank:";
/** What a bracket leaves: it ends a person like a comma but is not one of the cell's own separators. */
const BRACKET_BREAK = "\u2063)";
function bracketRank(inner: string): string | null {
  const words = inner.trim().split(/\s+/);
  const r = rankAt(words, 0);
  return r && r.len === words.length ? r.rank : null;
}

/** "Francisco (Pancho) Villa": one capitalised word in a bracket between a given name and a surname is a nickname. */
function isBracketNickname(inner: string, before: string, after: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(inner.trim()) && /(?:^|[,;]\s*)\p{Lu}[\p{L}'\u2019-]*\s*$/u.test(before) && /^\s*\p{Lu}\p{Ll}/u.test(after) && !rankAt([inner.trim()], 0);
}

function bracketReplacement(inner: string): string {
  // "(k.i.a.)", "(P.O.W.)": a status written with dots.
  if (DOTTED_ACRONYM_RE.test(inner)) inner = inner.replaceAll(".", "").toUpperCase();
  if (STATUS_WORD_RE.test(inner)) return ` ${inner.trim().replace(/^committed /, "")} `;
  // "Mohammed (IV)": a regnal number in brackets is still the name's.
  if (/^\s*[IVXL]{1,5}\s*$/.test(inner)) return ` ${inner.trim()} `;
  const long = longStatus(inner) || bracketStatus(inner);
  if (long) return ` ${long} `;
  const rank = bracketRank(inner);
  // Anything else in a bracket (an alias, a term, a unit) follows a whole name: it ends the person.
  return rank ? ` ${RANK_MARK}${rank.replaceAll(" ", "_")} ` : ` ${BRACKET_BREAK} `;
}

const DOTTED_ACRONYM_RE = /^\s*\p{L}(?:\.\p{L}){2}\.?\s*$/u;

/** How final a status is: a later, more final one replaces an earlier one ("(WIA) (POW)"). */
const FINALITY: Record<PersonStatus, number> = { WIA: 1, POW: 2, DOW: 3, KIA: 3, executed: 3, suicide: 3, died: 3 };

const STATUS_WORD_RE = /^\s*(KIA|DOW|POW|PoW|WIA|MIA|executed|Executed|suicide|died|Died|committed suicide)\s*$/;
const GLUED_INITIAL_RE = /(\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu;
// Decorations after a surname: at the end of an item, or (one that is no pair of initials, or
// two or more together) before the next name ("Wolseley VC CB Evelyn Wood"); "Mehta, KB Singh"
// is two people.
const POSTNOMINALS = "VC|MVC|PVC|DSO|MC|KB|KCB|GCB|KBE|GBE|CBE|OBE|MBE|GCMG|KCMG|CMG|DSC|DFC|AFC|KG|KT|GCVO|KCVO|CVO|CB|KCSI|GCSI|CSI|CIE|KCIE|GCIE";
const POSTNOMINAL_SET = new Set(POSTNOMINALS.split("|"));
/** Decorations that could also be a pair of initials ("KB Singh"). */
const INITIALS_LIKE_POSTNOMINALS = new Set(["MC", "KB", "KG", "KT", "CB"]);
const LONG_POSTNOMINALS = [...POSTNOMINAL_SET].filter((d) => !INITIALS_LIKE_POSTNOMINALS.has(d)).join("|");
const POSTNOMINAL_RE = new RegExp(
  `(?<=\\p{Ll}\\.?)(?:(?:\\s+(?:${POSTNOMINALS}))+(?=\\s*(?:[,;(]|$))|(?:\\s+(?:${POSTNOMINALS})){2,}(?=\\s+\\p{Lu})|\\s+(?:${LONG_POSTNOMINALS})(?=\\s+\\p{Lu}))`,
  "gu",
);
const POSTNOMINAL_TEST_RE = new RegExp(`\\p{Ll}\\.?\\s+(?:${POSTNOMINALS})\\b`, "u");
const FORMATION_LABEL_RE =
  /(?<=\p{L}\s+)(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Advance|Advanced|Cavalry|Detached|Left|Right|Rear|Main|Reserve|Centre|Center|Naval|Infantry|Artillery|Light|Heavy)\s+){1,2}(?:Guard|Division|Corps|Brigade|Reserve|Flank|Wing|Column|Army|Fleet|Squadron|Regiment|Cavalry|Infantry|Artillery|Vanguard|Rearguard|Centre|Center|Left|Right|Garrison|Navy):(?=\s|$)/gu;
/** Ranks that lose their space before a name ("ColonelSoosai", "Gen.Vicho Dikov"). */
const GLUED_RANKS = String.raw`General|Colonel|Major|Captain|Admiral|Brigadier|Lieutenant|Commander|Marshal|Sergeant|Commodore|(?:Gen|Col|Maj|Capt|Adm|Brig|Lt|Cdr)\.`;
const GLUED_RANK_RE = new RegExp(String.raw`(?<![\p{L}])(${GLUED_RANKS})(?=\p{Lu}\p{Ll})(?!(?:Gen|Col|Adm|Cdr|Cmdr|General|Colonel|Admiral|Commander)\b)`, "gu");
const GLUED_RANK_TEST_RE = new RegExp(String.raw`(?:${GLUED_RANKS})\p{Lu}`, "u");
/** "Ivan PetrovKIA", "Kenji SatōPOW", "Charles XIIWIA": a status glued to a name's last letter or a regnal number. */
const GLUED_STATUS_RE = /(\p{Ll}\p{M}*\.?|\d|(?<=\s|^)[IVXL]{1,5})(KIA|WIA|POW|PoW|DOW|MIA)(?![\p{L}])/gu;
/** Cheap tests first: most cells have neither a status marker nor a list separator. */
const STATUS_MARKER_RE = /KIA|WIA|POW|PoW|DOW|MIA/;
const LIST_SEPARATOR_TEST_RE = /[,;/]/;
const DAGGER_RE = /([\u2020\u2021])/g;
const INITIALS_RE = /^(?:\p{Lu}\.-?){1,3}$/u;
const CAPS_INITIALS_RE = /^\p{Lu}{2,3}$/u;
/** An abbreviated given name: "Hj." (Hjalmar), "Wm." (William), "Chas.", "Thos.", "Benj.". */
const ABBREVIATED_GIVEN_RE = /^\p{Lu}\p{Ll}{1,4}\.$/u;
/** One or two middle initials: "Simon B. Buckner", "Thomas J. H. Trapnell", "Clifton A.F. Sprague". */
const MIDDLE_INITIALS_RE = /^\p{Lu}\.(?: ?\p{Lu}\.)?$/u;
const PATRONYMIC_RE = /(?:ovich|evich|ich|ovna|evna|ichna)$/;
const NAME_TOKEN_RE = /^[\p{Lu}\p{Lo}]/u;
/** "al-Rashidi", "el-Masri", "d'Aubigny": a surname behind a lowercase article. */
const PREFIXED_NAME_RE = /^(?:(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|d|l)[-'\u2019]|ka|wa)\p{Lu}/u;
/** A name token ending in a lowercase particle phrase that can stand inside given names ("Francisco de Paula", "Juan de la Cruz"), not a territory ("of") or a title. */
const GIVEN_PARTICLE_PHRASE_RE = /\s(?:de|del|de la|de las|de los|da|do|dos|das)\s\p{Lu}[\p{L}'\u2019-]*$/u;
/** "d'Angély", "d'Erlon": a surname behind an elided "de". */
const ELIDED_PARTICLE_RE = /^d['\u2019]\p{Lu}/u;
/** Irish and Scottish surnames: "O'Donnell", "MacMahon", "McNeill". */
const GAELIC_SURNAME_RE = /^(?:O['\u2019]|Mac|Mc)\p{Lu}/u;
/** Roman first names (not Marcus or Titus, which modern people bear as middle names). */
const PRAENOMINA = new Set(["Gaius", "Lucius", "Publius", "Quintus", "Gnaeus", "Tiberius", "Aulus", "Decimus", "Servius", "Sextus", "Spurius", "Manius", "Appius", "Numerius", "Kaeso", "Caeso"]);
/** "Shuja-ud-Daula", "Nizam-ul-Mulk": an honorific name joined by an article ends the name it is in. */
const LAQAB_RE = /^\p{Lu}\p{Ll}+-(?:ud|ul|ad|al|ud|ed|un|us|ush)-\p{Lu}\p{Ll}+[.:]?$/u;
/**
 * "al-Saud", "ad-Din", "ud-Daula": an Arabic article before a name; such a word goes on the name
 * before it. Also written lowercase ("Izz ad-din", "Nur al-din").
 */
const ARTICLE_NAME_RE = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed)-\p{L}/u;
/** A quoted nickname before a name ('Thomas J. "Stonewall" Jackson') joins the name after it. */
const GERMAN_FRENCH_STYLE_RE = /^,\s*(?:comte|duc|marquis|vicomte|Freiherr|Graf|Reichsgraf|Ritter|Fürst|Baron)\s/u;
const SINGLE_QUOTED_NICKNAME_RE = /(?<=\p{L}\s)['\u2018](\p{Lu}[\p{Ll}-]{1,20}(?:\s\p{Lu}[\p{Ll}-]{1,20})?)['\u2019](?=\s+\p{Lu})/gu;
const NICKNAME_RE = /["\u201c]([\p{Lu}][^"\u201c\u201d,;()]{0,24}?)["\u201d]\s+(?=\p{Lu})/gu;
/** 'Valentín González "El Campesino"': a quoted nickname after a name, ending the item, is that person's. */
const TRAILING_NICKNAME_RE = /(\p{L}\.?)\s+["\u201c][^"\u201c\u201d,;()]{1,30}["\u201d](?=\s*(?:[,;]|$))/gu;
const JOINER = "\u2060";

/** Names the article's prose mentions, by folded key in order and sorted (word order). */
export class KnownNames {
  private readonly exact = new Set<string>();
  private readonly sorted = new Set<string>();
  /** Every word of every known name: most candidates fail here, cheaply. */
  private readonly words = new Set<string>();
  add(name: string): void {
    const k = normKey(name);
    if (!k || this.exact.has(k)) return;
    this.exact.add(k);
    const ws = k.split(" ");
    for (const w of ws) this.words.add(w);
    this.sorted.add(ws.length > 1 ? ws.sort().join(" ") : k);
  }
  has(name: string): boolean {
    const k = normKey(name);
    if (this.exact.has(k)) return true;
    const ws = k.split(" ");
    for (const w of ws) if (!this.words.has(w)) return false;
    return this.sorted.has(ws.sort().join(" "));
  }
  /** true when every word of `token` is a word of some known name. */
  hasWords(token: string): boolean {
    const k = normKey(token);
    if (!k) return false;
    if (this.words.has(k)) return true;
    for (const w of k.split(" ")) if (!this.words.has(w)) return false;
    return true;
  }
  get size(): number {
    return this.exact.size;
  }
  /** One-word names the prose uses on their own ("Hasdrubal led the cavalry"), found when first asked. */
  private singles: ReadonlySet<string> | null = null;
  private findSingles: (() => ReadonlySet<string>) | null = null;
  setSingles(find: () => ReadonlySet<string>): void {
    this.findSingles = find;
    this.singles = null;
  }
  hasSingle(word: string): boolean {
    if (!this.singles) this.singles = this.findSingles?.() ?? new Set();
    return this.singles.has(word);
  }
}

export interface SplitPerson {
  person: Person;
  /** The person's text as written (rank and status included). */
  text: string;
  /** Which of the text's line breaks (0 the first line) the person was read from. */
  line: number;
}

export interface SplitResult {
  people: SplitPerson[];
  /** Runs whose split was a coin toss, for a warning. */
  ambiguous: string[];
}

/** `p`: a name ending in a particle surname or territory ("Barclay de Tolly", "Wilhelm of Prussia"): it ends a person. */
type NameTok = { t: "name" | "init"; s: string; p?: boolean };
type Tok = NameTok | { t: "rank"; s: string; rank: string } | { t: "postrank"; rank: string } | { t: "status"; s: string; status: PersonStatus } | { t: "break"; digit?: boolean; sep?: boolean };

function tokenizeChunk(chunk: string): Tok[] {
  // Each rewrite only where its characters occur: most cells need none of them.
  let s = stripFootnotes(chunk);
  if (s.includes("(")) s = s.replace(PAREN_RE, (_m, inner: string, at: number, all: string) => (isBracketNickname(inner, all.slice(0, at), all.slice(at + _m.length)) ? " " : bracketReplacement(inner)));
  if (s.includes("\u2020") || s.includes("\u2021")) s = s.replace(DAGGER_RE, " $1 ");
  if (s.includes(".")) s = s.replace(GLUED_INITIAL_RE, "$1 ");
  // "Ivan PetrovKIA", "Kenji SatōPOW": a status marker that lost its space or bracket.
  if (STATUS_MARKER_RE.test(s)) s = s.replace(GLUED_STATUS_RE, "$1 $2");
  // "ColonelSoosai": a rank that lost its space.
  if (GLUED_RANK_TEST_RE.test(s)) s = s.replace(GLUED_RANK_RE, "$1 ");
  // "Henry 'Hotspur' Percy": a nickname in single quotes between names, as in double ones.
  if (s.includes("'") || s.includes("\u2018")) s = s.replace(SINGLE_QUOTED_NICKNAME_RE, ' "$1" ');
  if (s.includes('"') || s.includes("\u201c")) s = s.replace(TRAILING_NICKNAME_RE, "$1").replace(NICKNAME_RE, (_m, nick: string) => `"${nick.trim().replace(/\s+/g, JOINER)}"${JOINER}`);
  // "Edward, the Black Prince": an epithet after a comma is still the same person.
  if (s.includes(", the ")) s = s.replace(COMMA_EPITHET_RE, "$1 the ");
  if (LIST_SEPARATOR_TEST_RE.test(s)) s = s.replace(LIST_SEPARATOR_RE, " , ");
  const raw = s.split(/\s+/).filter(Boolean);
  const vietnamese = raw.some((w) => !FRENCH_CAP_PARTICLES.has(w) && VIETNAMESE_FAMILY.has(fold(w)));
  const toks: Tok[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!;
    const r = rankAt(raw, i);
    // "James King", "William Marshal": a rank word that ends an item right after a name is its surname.
    const endsItem = raw[i + 1] === undefined || raw[i + 1] === "," || STATUS_TOKENS.has(raw[i + 1]!);
    const before = toks[toks.length - 1];
    if (r && r.len === 1 && endsItem && /^\p{Lu}\p{Ll}+$/u.test(w) && before?.t === "name" && !before.p) {
      before.s += ` ${w}`;
      continue;
    }
    if (r) {
      // "Duke of Wellington", "Rani of Jhansi": a title of a place names its holder; right after
      // a name it is that person's own title ("Arthur Wellesley Duke of Wellington").
      if (raw[i + r.len] === "of" && TITLES_OF_PLACE.has(r.rank)) {
        let k = i + r.len + 1;
        if (raw[k] === "the") k++;
        const place = raw[k];
        if (place !== undefined && /^\p{Lu}\p{Ll}/u.test(place) && !rankAt(raw, k) && !STATUS_TOKENS.has(place)) {
          const prev = toks[toks.length - 1];
          if (prev?.t === "name") prev.p = true;
          else if (prev?.t !== "init") toks.push({ t: "name", s: raw.slice(i, k + 1).join(" ").replace(/[.:]+$/, ""), p: true });
          i = k;
          continue;
        }
      }
      toks.push({ t: "rank", s: raw.slice(i, i + r.len).join(" "), rank: r.rank });
      i += r.len - 1;
      continue;
    }
    if (w.startsWith(RANK_MARK)) {
      toks.push({ t: "postrank", rank: w.slice(RANK_MARK.length).replaceAll("_", " ") });
      continue;
    }
    const st = STATUS_TOKENS.get(w);
    if (st) {
      toks.push({ t: "status", s: w, status: st });
      continue;
    }
    if (w === "," || w === BRACKET_BREAK || CONNECTORS.has(w.toLowerCase())) {
      toks.push(w === "," ? { t: "break", sep: true } : { t: "break" });
      continue;
    }
    if (DROPPED_TOKENS.has(w)) continue;
    // Surname particles ("von Holstein", "van der Berg", "Barclay de Tolly") and territorial
    // designations ("Wilhelm of Prussia") belong to the name before them and end it.
    const prevTok = toks[toks.length - 1];
    // "Simon B. Buckner Jr.": a generational suffix belongs to the name before it and ends it.
    if (SUFFIX_RE.test(w) && prevTok?.t === "name") {
      prevTok.s = `${prevTok.s} ${w.replace(/,$/, "")}`;
      prevTok.p = true;
      continue;
    }
    // "Edward the Black Prince": an epithet ending in a title word is still an epithet, not a rank.
    // ("Frederick the Great Prince Henry of Prussia": after an epithet whole by itself, a title
    // with a name after it is the next person's.)
    const wholeEpithet = WHOLE_EPITHETS.has(raw[i + 1] ?? "") && /^\p{Lu}\p{Ll}/u.test(raw[i + 3] ?? "");
    if (w === "the" && prevTok?.t === "name" && /^\p{Lu}\p{Ll}+$/u.test(raw[i + 1] ?? "") && !rankAt(raw, i + 1) && EPITHET_TITLES.has(raw[i + 2] ?? "") && !wholeEpithet) {
      prevTok.s = `${prevTok.s} the ${raw[i + 1]!} ${raw[i + 2]!}`;
      prevTok.p = true;
      i += 2;
      continue;
    }
    // "Frederick the Great", "Ivan the Terrible": an epithet belongs to the name and ends it.
    if ((w === "the" || w === "cel") && prevTok?.t === "name" && raw[i + 1] !== undefined && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(raw[i + 1]!) && !rankAt(raw, i + 1)) {
      prevTok.s = `${prevTok.s} ${w} ${raw[i + 1]!}`;
      prevTok.p = true;
      i++;
      continue;
    }
    // "F. v. Senger und Etterlin": a double noble surname joined by "und" goes on.
    if (w === "und" && prevTok?.t === "name" && prevTok.p && raw[i + 1] !== undefined && NAME_TOKEN_RE.test(raw[i + 1]!)) {
      prevTok.s = `${prevTok.s} und ${raw[i + 1]!.replace(/[.:]+$/, "")}`;
      i++;
      continue;
    }
    // "Khalid bin Sultan al-Saud": a family name behind an article goes on a "bin"/"ibn" name.
    if (prevTok?.t === "name" && prevTok.p && ARTICLE_NAME_RE.test(w) && /\s(?:bin|ibn|ben|bint)\s\S+$/.test(prevTok.s)) {
      prevTok.s = `${prevTok.s} ${w.replace(/[.:]+$/, "")}`;
      continue;
    }
    // "Regnault de Saint-Jean d'Angély": an elided "de" after a particle surname goes on it.
    if (prevTok?.t === "name" && prevTok.p && ELIDED_PARTICLE_RE.test(w)) {
      prevTok.s = `${prevTok.s} ${w.replace(/[.:]+$/, "")}`;
      continue;
    }
    // "Abd al-Hamid": "Abd" and the article name after it are one given name.
    if ((w === "Abd" || w === "Abd-") && raw[i + 1] !== undefined && ARTICLE_NAME_RE.test(raw[i + 1]!)) {
      toks.push({ t: "name", s: `${w} ${raw[i + 1]!.replace(/[.:]+$/, "")}` });
      i++;
      continue;
    }
    // "Hamad bin Isa Al Khalifa": so does a dynasty's name behind a capitalised "Al".
    if (w === "Al" && prevTok?.t === "name" && prevTok.p && /\s(?:bin|ibn|ben|bint)\s\S+$/.test(prevTok.s) && /^\p{Lu}\p{Ll}/u.test(raw[i + 1] ?? "")) {
      prevTok.s = `${prevTok.s} Al ${raw[i + 1]!.replace(/[.:]+$/, "")}`;
      i++;
      continue;
    }
    // "Afghan Officers", "Rohilla chiefs": a heading over a group of commanders names nobody.
    if (GROUP_HEADING_RE.test(w) && prevTok?.t === "name" && !prevTok.p && !prevTok.s.includes(" ")) {
      toks.pop();
      toks.push({ t: "break" });
      continue;
    }
    const midName = prevTok !== undefined && (prevTok.t === "name" || prevTok.t === "init");
    if (PARTICLES.has(w) || w === "of" || (midName && (CAP_PARTICLES.has(w) || (FRENCH_CAP_PARTICLES.has(w) && !vietnamese)))) {
      let k = i;
      while (k < raw.length && (PARTICLES.has(raw[k]!) || CAP_PARTICLES.has(raw[k]!) || (k === i && FRENCH_CAP_PARTICLES.has(raw[k]!)) || articleAfterParticle(raw, k, i) || raw[k] === "of" || (raw[k] === "the" && raw[k - 1] === "of"))) k++;
      // "López de Santa Anna", "Vasco da São Paulo": a saint's name after a particle takes the word after it.
      if (k > i && SAINT_WORDS.has(raw[k] ?? "") && NAME_TOKEN_RE.test(raw[k + 1] ?? "") && !rankAt(raw, k + 1) && !STATUS_TOKENS.has(raw[k + 1]!)) k++;
      // "Sa'd ibn Abi Waqqas": a father's name that is itself "father of"/"servant of" takes the word after it.
      else if (NASAB_PARTICLES.has(raw[k - 1]!) && KUNYA_WORDS.has(raw[k] ?? "") && NAME_TOKEN_RE.test(raw[k + 1] ?? "")) k++;
      const head = raw[k];
      // "Khalid bin Sultan": the word after "bin"/"ibn" is a father's name even when it is also a title.
      const fatherName = head !== undefined && NASAB_PARTICLES.has(raw[k - 1]!) && /^\p{Lu}\p{Ll}/u.test(head);
      if (head !== undefined && (NAME_TOKEN_RE.test(head) || PREFIXED_NAME_RE.test(head)) && (fatherName || !rankAt(raw, k)) && !STATUS_TOKENS.has(head)) {
        const part = raw.slice(i, k + 1).join(" ").replace(/[.:]+$/, "");
        const prev = toks[toks.length - 1];
        // "von Hatzfeldt von Werth von Götzen": a surname with its particle, then another one, is
        // two people named by their surnames ("Alvarado y Contreras", "von X zu Y" are one).
        const another = prev?.t === "name" && SURNAME_PARTICLES.has(w.toLowerCase()) && PARTICLE_SURNAME_RE.test(prev.s);
        if (prev && prev.t === "name" && !another) {
          prev.s = `${prev.s} ${part}`;
          prev.p = true;
        } else if (w !== "of") toks.push({ t: "name", s: part, p: true });
        else toks.push({ t: "break" });
        i = k;
        continue;
      }
    }
    // "K K Singh", "A S Vaidya": initials written without their dots.
    if (/^\p{Lu}$/u.test(w) && !REGNAL_RE.test(w) && /^\p{Lu}(?:\p{Ll}|$)/u.test(raw[i + 1] ?? "")) {
      if (prevTok?.t === "init" && /^\p{Lu}(?: \p{Lu})*$/u.test(prevTok.s)) prevTok.s = `${prevTok.s} ${w}`;
      else toks.push({ t: "init", s: w });
      continue;
    }
    if (INITIALS_RE.test(w) || (CAPS_INITIALS_RE.test(w) && !REGNAL_RE.test(w) && raw[i + 1] !== undefined && /^\p{Lu}\p{Ll}/u.test(raw[i + 1]!))) {
      // "K. M. Wallenius": initials written with spaces are one set of initials, as "K.M." is.
      if (prevTok?.t === "init" && INITIALS_RE.test(w) && INITIALS_RE.test(prevTok.s.replaceAll(" ", "") + w)) {
        prevTok.s = `${prevTok.s} ${w}`;
        continue;
      }
      toks.push({ t: "init", s: w });
      continue;
    }
    if (w.includes(JOINER)) toks.push({ t: "name", s: w.replaceAll(JOINER, " ").replace(/[.:]+$/, "") });
    // "Hj. Siilasvuo", "Wm. Sherman": an abbreviated given name keeps its dot, which says it is one.
    else if (w.endsWith(".") && ABBREVIATED_GIVEN_RE.test(w) && !CAP_PARTICLES.has(w) && NAME_TOKEN_RE.test(raw[i + 1] ?? "")) toks.push({ t: "name", s: w });
    else if (NAME_TOKEN_RE.test(w) || PREFIXED_NAME_RE.test(w) || (midName && ARTICLE_NAME_RE.test(w))) toks.push({ t: "name", s: w.replace(/[.:]+$/, ""), ...(LAQAB_RE.test(w) ? { p: true } : {}) });
    // "Kalyanmal rathod", "Rajrana sajja jhala of delwara": lowercase words that could be names,
    // after a name and up to the end of its item, are that name's.
    else if (prevTok?.t === "name" && lowercaseNameRest(raw, i)) {
      let k = i;
      while (k + 1 < raw.length && (LOWER_NAME_RE.test(raw[k + 1]!) || raw[k + 1] === "of" || PARTICLES.has(raw[k + 1]!)) && lowercaseNameWord(raw[k + 1]!)) k++;
      while (k > i && (raw[k] === "of" || PARTICLES.has(raw[k]!))) k--;
      prevTok.s = `${prevTok.s} ${raw.slice(i, k + 1).join(" ").replace(/[.:]+$/, "")}`;
      i = k;
    }
    // Lowercase prose words ("supported by") separate names; so do figures ("2nd Air Cavalry
    // Brigade"), which also mark what follows as a formation, not a person.
    else toks.push({ t: "break", digit: /^\d/.test(w) });
  }
  return toks;
}

/** A lowercase word that may be a name's: letters only, and not a word of English prose. */
const LOWER_NAME_RE = /^\p{Ll}[\p{Ll}\p{M}'\u2019-]+[.:]?$/u;
/** Endings of English verbs, adverbs and plurals ("commanding", "replaced", "briefly", "others"). */
const PROSE_ENDING_RE = /(?:ed|ing|ly|s)[.:]?$/;
const PROSE_WORDS = new Set([
  "and", "or", "nor", "but", "with", "without", "by", "from", "to", "until", "till", "after", "before", "in", "on", "at", "the", "a", "an",
  "for", "as", "under", "over", "per", "via", "plus", "then", "also", "later", "only", "other", "unknown", "none", "various", "several",
  "many", "some", "all", "both", "each", "himself", "herself", "alone", "acting", "commander", "leader", "chief", "officer", "general",
  "governor", "son", "brother", "father", "nephew", "uncle", "cousin", "wife", "etc", "since", "who", "which", "his", "her", "their",
  "its", "not", "no", "one", "two", "three", "overall", "nominal", "supreme", "field", "staff", "deputy", "vice", "facto", "jure",
  "army", "navy", "force", "fleet", "command", "rebel", "rebels", "tribe", "clan", "king", "queen", "emperor", "prince", "lord", "ruler",
  "killed", "wounded", "captured", "fell", "died", "executed", "suicide", "dead", "missing", "prisoner", "joined", "left",
]);

function lowercaseNameWord(w: string): boolean {
  const bare = w.replace(/[.:]+$/, "");
  if (w === "of" || PARTICLES.has(w)) return true;
  return LOWER_NAME_RE.test(w) && !PROSE_WORDS.has(bare) && !PROSE_ENDING_RE.test(w) && !FORMATION_WORDS.has(bare) && !RANKS_BY_FIRST.has(bare.charAt(0).toUpperCase() + bare.slice(1));
}

/**
 * From raw[i] to the end of its item (a separator, a bracket, a status), every word could be a
 * name's: lowercase name words, particles inside, capitalised names that are not ranks; and
 * raw[i] itself is a lowercase name word.
 */
function lowercaseNameRest(raw: readonly string[], i: number): boolean {
  if (raw[i] === "of" || PARTICLES.has(raw[i]!) || !lowercaseNameWord(raw[i]!)) return false;
  let last = raw[i]!;
  for (let k = i + 1; k < raw.length; k++) {
    const w = raw[k]!;
    if (w === "," || w === BRACKET_BREAK || w.startsWith(RANK_MARK) || STATUS_TOKENS.has(w) || DROPPED_TOKENS.has(w)) break;
    if (NAME_TOKEN_RE.test(w)) {
      if (rankAt(raw, k) || CONNECTORS.has(w.toLowerCase())) return false;
    } else if (!lowercaseNameWord(w)) return false;
    last = w;
  }
  return last !== "of" && !PARTICLES.has(last);
}

/** Titles held of a place ("Earl of Warwick", "King of England"): one list for every pattern below. */
const PLACE_TITLES = "Grand Duke|Grand Prince|Archduke|Baron|Earl|Viscount|Marquess|Marquis|Duke|Count|Prince|Lord|King|Queen|Emperor|Empress|Duchess|Countess|Margrave|Elector|Landgrave";

/**
 * A peerage after a name is the same person, not another: "FitzRoy Somerset, 1st Baron Raglan",
 * "Johann Tserclaes, Count of Tilly", "John, Baron Ros". Without an ordinal only the "Title of
 * Place" form is one, or a British peerage of one word that ends its item. A status glued to the
 * place ("Earl of ShrewsburyKIA") stays the person's. The peerage is kept in the person's name
 * (see `keepPeerages`): "Thomas, Duke of Clarence" is not "Thomas", and "John Talbot, Earl of
 * Shrewsbury" and "John Talbot, Viscount Lisle" are father and son.
 */
const PEERAGE_RE =
  new RegExp(String.raw`(?<![)\u2020]),\s*(?:\d+(?:st|nd|rd|th)\s+(?:Baron|Baronet|Earl|Viscount|Marquess|Marquis|Duke|Count|Prince|Lord)\s+(?:of\s+(?:the\s+)?)?|(?:${PLACE_TITLES}|Seneschal)\s+of\s+(?:the\s+)?|(?:Baron|Earl|Viscount|Lord)\s+(?=\p{Lu}[\p{L}'\u2019-]*?(?:KIA|DOW|WIA|POW|MIA)?\s*(?:[,;(\u2020]|$)))\p{Lu}[\p{L}'\u2019-]*?(?:\s+(?:and\s+)?\p{Lu}[\p{L}'\u2019-]*?)?(?=(?:KIA|DOW|WIA|POW|MIA)?\s*(?:[,;(\u2020]|$))`, "gu");

const LOST_NAME_STATUS_RE = /,\s*\d{1,3}px(?:\|\S*)?\s+(?:KIA|WIA|POW|DOW|MIA|\u2020)\s*(?=,|$)/g;

/** A "Title of Place" item: "Earl of Warwick", "Lord of Douglas". */
// The item is the title alone: "King of England Hugh III" (a cell that lost its line breaks) is a title, then another person.
const TITLE_ITEM_BEFORE_RE = new RegExp(String.raw`(?:^|[,;])\s*(?:${PLACE_TITLES})\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'\u2019-]*)?(?:\s*\([^)]*\)|\s*\u2020)?\s*$`, "u");
const TITLE_ITEM_AFTER_RE = new RegExp(String.raw`^\s*[,;]\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:${PLACE_TITLES})\s+of\b`, "u");

/**
 * The peerage is taken out as the previous person's (and given back to the name by
 * `keepPeerages`), except in a run of titled peers ("Earl of Northampton, Earl of Warwick, Earl of
 * Arundel"): each of those is a person of his own.
 */
function samePersonPeerage(m: string, at: number, all: string, line: number, into: Peerage[]): string {
  if (!/^,\s*\d/.test(m) && inTitleRun(m, at, all)) return m;
  const before = all.slice(0, at);
  // "John, Baron Ros" is John's peerage; after a full name ("George Washington, Baron Steuben")
  // a baron without "of" is as often another person (an earl or viscount is the name's own:
  // "John Talbot, Viscount Lisle").
  const holder = holderOf(before);
  // ("Robert Clive, Baron Clive": a barony of his own surname is his.)
  if (BARE_PEERAGE_RE.test(m) && /\s/.test(holder) && !m.trimEnd().endsWith(` ${holder.split(/\s+/).pop()}`)) return m;
  recordPeerage(into, line, before, m);
  return "";
}

/** The item a peerage or style follows: the text after the last comma or semicolon before it. */
function holderOf(before: string): string {
  return before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1).trim();
}

function recordPeerage(into: Peerage[], line: number, before: string, m: string): void {
  into.push({ line, before, title: m.replace(/^[\s,]+/, "").trim() });
}
const BARE_PEERAGE_RE = /^,\s*(?:Baron|Lord)\s+(?!of\b)/;

/** A peerage taken out of a cell's text, with the text before it (which ends with its holder's name). */
interface Peerage {
  /** The cell's line break it was found after (its sub-line), and the text before it on that line. */
  line: number;
  before: string;
  title: string;
}

/**
 * Gives each peerage back to its holder: the first person, after the last one given one, whose
 * name ends the text before the peerage ("John Stewart" of "La Fayette, John Stewart, Earl of Buchan").
 */
function keepPeerages(people: SplitPerson[], peerages: readonly Peerage[]): void {
  let from = 0;
  // In the order of the text: line by line, and on a line by where it was found (each pass of
  // the rewrites only shortened the text after what it took, so the length before keeps the order).
  for (const p of [...peerages].sort((a, b) => a.line - b.line || a.before.length - b.before.length)) {
    const before = normKey(p.before.replace(STATUS_TAIL_RE, ""));
    for (let j = from; j < people.length; j++) {
      const sp = people[j]!;
      // "Henry Percy\nHenry Percy, Earl of Northumberland": the peerage is its own line's namesake's.
      if (sp.line !== p.line) continue;
      const key = normKey(sp.person.name);
      if (key && (before === key || before.endsWith(" " + key))) {
        sp.person.name = `${sp.person.name}, ${p.title}`;
        sp.text = `${sp.text}, ${p.title}`;
        from = j + 1;
        break;
      }
    }
  }
}

/** A status at the end of the text before a peerage ("Henry Dalby (WIA)"): not part of the name. */
const STATUS_TAIL_RE = /\s*(?:\((?:KIA|DOW|WIA|POW|MIA)\)|\u2020|KIA|DOW|WIA|POW|MIA)\s*$/u;

function inTitleRun(m: string, at: number, all: string): boolean {
  return TITLE_ITEM_BEFORE_RE.test(all.slice(0, at)) || TITLE_ITEM_AFTER_RE.test(all.slice(at + m.length));
}

/**
 * The same in a cell that lost its line breaks ("Charles, Duke of Normandy Geoffroi de Charny"):
 * one word of place, as a capitalised name follows. Also the French form ("Jean de Grailly, Captal de Buch").
 * Neither after a status ("Prince of Orange (WIA), Duke of Brunswick †"): a status ends its person.
 */
const PEERAGE_GLUED_RE =
  new RegExp(String.raw`(?<![)\u2020]),\s*(?:(?:${PLACE_TITLES})\s+of|(?:Captal|Sire|Seigneur|Comte|Duc|Marquis|Vicomte|comte|duc|marquis|vicomte)\s+(?:de|d'|du)|(?:Freiherr|Graf|Reichsgraf|Ritter|Fürst|Baron)\s+(?:von|zu))\s*\p{Lu}[\p{L}'\u2019-]*(?=\s+\p{Lu}|\s*(?:[,;(\u2020]|$))`, "gu");

/** ", later Duke of Wellington": what the person became is not another person. */
const LATER_TITLE_RE = /,?\s*\(?\blater\s+(?!executed|hanged|beheaded|killed|died)[^,;()]*\)?/g;

/** The same without its comma ("FitzRoy Somerset 1st Baron Raglan François Canrobert"): one word of place. */
const PEERAGE_IN_RUN_RE = /\s+\d+(?:st|nd|rd|th)\s+(?:Baron|Baronet|Earl|Viscount|Marquess|Marquis|Duke|Count|Prince|Lord)\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'\u2019-]*/gu;

/** "…see § Opposing forces", "See order of battle": a pointer to another section names nobody. */
const CROSS_REFERENCE_RE = /(?:\u2026|\.{3})?\s*(?:\bsee|^See)\s+(?:§|also\b|below\b|above\b|\p{Lu}).*$/u;

/** Words naming a formation, not a person: "Trần Văn Lộc B5 Front", "Harold Moore, 1st Battalion". */
const FORMATION_WORDS = new Set([
  "army", "armies", "fleet", "division", "divisions", "corps", "brigade", "brigades", "regiment", "regiments", "battalion",
  "battalions", "bn", "regt", "bde", "div", "squadron", "flotilla", "front", "group", "detachment", "garrison", "company",
  "battery", "legion", "cavalry", "infantry", "artillery", "marines", "headquarters", "hq",
  // posts written after a unit code: "33rd Deputy CO", "B3 Front Fwd CP"
  "deputy", "co", "xo", "cp", "fwd",
]);

function hasFormationWord(tok: NameTok): boolean {
  return tok.s.split(" ").some((w) => FORMATION_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, "")));
}

/**
 * A run without the formation that follows a name: all of it when it follows a figure ("2nd Air
 * Cavalry Brigade") or starts with the formation word, else from a coded token ("B5 Front").
 * Without either sign the run is left alone: "Northeast" could be a name.
 */
function withoutFormation(run: NameTok[], afterDigit: boolean): NameTok[] {
  const u = run.findIndex(hasFormationWord);
  if (u < 0) return run;
  if (afterDigit || u === 0) return [];
  const coded = run.findIndex((t, k) => k <= u && /\d/.test(t.s));
  return coded >= 0 ? run.slice(0, coded) : run;
}

/** Length of a state's name starting at run[k] ("United States", "Empire of Japan"), 0 if none. */
function flagAt(run: readonly NameTok[], k: number): number {
  const piece = (len: number) => run.slice(k, k + len).map((t) => t.s).join(" ");
  const most = Math.min(3, run.length - k);
  for (let len = most; len >= 1; len--) if (isListedState(piece(len))) return len;
  // "Empire of Japan Shigeyoshi": the form takes as few words as it can.
  for (let len = 1; len <= most; len++) if (isStateForm(piece(len))) return len;
  return 0;
}

/**
 * Rendered flags leave their country's name before each commander ("United States Frank J.
 * Fletcher Australia John Crace"): a line whose first name run starts with a state's name
 * followed by more of the run or by a rank is read that way.
 */
function startsWithFlag(toks: readonly Tok[]): boolean {
  const run: NameTok[] = [];
  let next: Tok | undefined;
  for (const t of toks) {
    if (t.t !== "name" && t.t !== "init") {
      next = t;
      break;
    }
    run.push(t);
  }
  const len = run.length > 0 ? flagAt(run, 0) : 0;
  return len > 0 && (len < run.length || next?.t === "rank");
}

/** The run cut at every state's name that is followed by a name of two or more tokens, or ends it. */
function withoutFlags(run: NameTok[]): NameTok[][] {
  const parts: NameTok[][] = [[]];
  for (let k = 0; k < run.length; ) {
    const len = flagAt(run, k);
    const rest = run.length - (k + len);
    if (len > 0 && (rest === 0 || rest >= 2) && (k === 0 || parts[parts.length - 1]!.length >= 2)) {
      parts.push([]);
      k += len;
      continue;
    }
    parts[parts.length - 1]!.push(run[k]!);
    k++;
  }
  return parts.filter((p) => p.length > 0);
}

function firstWord(s: string): string {
  const sp = s.indexOf(" ");
  return sp < 0 ? s : s.slice(0, sp);
}

/** Score of one candidate person made of tokens[i..j); `words[k]` is token k's key, "" when not a known word. */
function segmentScore(run: NameTok[], i: number, j: number, known: KnownNames | null, words: readonly string[], alone?: readonly boolean[]): number {
  const len = j - i;
  let shape = "";
  for (let k = i; k < j; k++) shape += run[k]!.t === "init" ? "I" : run[k]!.p ? "P" : "N";
  let score: number;
  // Words that never start a person inside a run: a name behind an Arabic article ("Taqi al-Din
  // Mahmud"), a regnal number ("Wilhelm II Erich …"), an Irish O'/Mac surname ("Hugh Roe O'Donnell").
  // The regnal number is tested as the token's first word: "IV of Jerusalem" goes on "Baldwin" too.
  if (i > 0 && (ARTICLE_NAME_RE.test(run[i]!.s) || REGNAL_RE.test(firstWord(run[i]!.s)) || GAELIC_SURNAME_RE.test(run[i]!.s) || INDIAN_MIDDLE_NAMES.has(run[i]!.s))) return -Infinity;
  // "José Enrique Varela y Iglesias": a double surname joined by "y" follows its given names, never stands alone after them.
  if (len === 1 && i > 0 && run[i]!.p && / y \p{Lu}/u.test(run[i]!.s) && !run[i - 1]!.p) return -Infinity;
  // "Gaius Terentius Varro Gnaeus Servilius Geminus": a Roman praenomen starts a person.
  for (let k = i + 1; k < j; k++) if (PRAENOMINA.has(run[k]!.s)) return -Infinity;
  const pAt = shape.indexOf("P");
  // A particle surname ends the name, unless the prose names the longer one ("Antonio López de
  // Santa Anna": the particle took "Santa" only).
  if (pAt >= 0 && pAt !== len - 1) {
    if (shape.lastIndexOf("P") === pAt && len <= 4 && knownWhole(run, i, j, known, words)) return 7;
    // "Francisco de Paula Santander", "Hubert de la Poer Gough": a particle phrase inside a
    // compound given name, then the surname.
    if ((shape === "PN" || shape === "NPN") && GIVEN_PARTICLE_PHRASE_RE.test(run[i + pAt]!.s)) score = shape === "PN" ? 2 : 2.5;
    else return -Infinity;
  } else if (shape === "P") score = 2;
  else if (shape === "NP" || shape === "IP") score = 2.5;
  else if (shape === "NNP" || shape === "NIP") score = 1.5;
  else if (shape === "NN") score = 2;
  else if (shape === "IN") score = 2.5;
  else if (shape === "NIN" && MIDDLE_INITIALS_RE.test(run[i + 1]!.s)) score = 3;
  // A patronymic-shaped middle needs a surname after it, not a common given name ("Ivan Paskevich Hans Karl von Diebitsch").
  else if (shape === "NNN") score = PATRONYMIC_RE.test(fold(run[i + 1]!.s)) && !COMMON_GIVEN_NAMES.has(run[i + 2]!.s) ? 4 : isVietnameseName(run, i) ? 3.5 : INDIAN_MIDDLE_NAMES.has(run[i + 1]!.s) || TITLE_MIDDLE_NAMES.has(run[i + 1]!.s) ? 3 : 1;
  // A one-word name the prose uses alone is a whole person: "Hannibal Hasdrubal Mago".
  else if (shape === "N") score = run.length >= 3 && known?.hasSingle(run[i]!.s) ? 2.5 : -3;
  else if (shape === "INN") score = 0.5;
  // "A S Vaidya": initials without their dots before the surname.
  else if (shape === "IIN" || shape === "IIIN") score = 3;
  else if (shape === "NNNN") score = -1;
  else return -Infinity; // initials only make sense before a surname or as one middle initial
  // "José Domingo Herrán Juan Vicario José G. Campos": a common given name opens a person, it
  // does not end one inside a longer run.
  // ("Taqi al-Din Mahmud": after a name with an Arabic article the given name is the person's own.)
  if (len >= 2 && len < run.length && shape.endsWith("NN") && COMMON_GIVEN_NAMES.has(run[j - 1]!.s) && !ARTICLE_NAME_RE.test(run[j - 2]!.s)) score -= 2.5;
  // "Jean Nicolas Houchard Jean-Baptiste Jourdan" beside prose "General Houchard and General
  // Jourdan": a word the prose uses alone ends a person (a surname, or a Japanese given name),
  // when no other word of his is one ("Dorgon Wu …": Dorgon is a person of his own). In a run of
  // several such words the prose's single names are people of one name ("Dorgon … Ajige Dodo").
  if (len >= 2 && alone) {
    let others = false;
    for (let k = i; k < j - 1 && !others; k++) others = alone[k]!;
    if (!others && alone[j - 1]) score += 5;
  }
  if (known && len > 0) {
    // Most candidates have a word no prose name has: no need to build and look up the name.
    let allKnown = true;
    for (let k = i; k < j && allKnown; k++) allKnown = words[k] !== "";
    if (allKnown) {
      let name = run[i]!.s;
      for (let k = i + 1; k < j; k++) name += " " + run[k]!.s;
      if (known.has(name)) score += 6;
    }
  }
  return score;
}

/**
 * Which words of a run the prose names a person by alone: a one-word name it uses, or a word it
 * writes with a rank ("General Houchard"). In a run of several one-word names of the prose
 * ("Dorgon … Ajige Dodo") those are people of one name, and end nobody else's.
 */
function aloneWords(run: readonly NameTok[], known: KnownNames, words: readonly string[]): boolean[] {
  const singles = run.map((t) => known.hasSingle(t.s));
  const many = singles.filter(Boolean).length >= 2;
  return run.map((t, k) => (!many && singles[k]!) || (words[k] !== "" && known.has(t.s)));
}

function knownWhole(run: NameTok[], i: number, j: number, known: KnownNames | null, words: readonly string[]): boolean {
  if (!known) return false;
  for (let k = i; k < j; k++) if (words[k] === "") return false;
  return known.has(run.slice(i, j).map((x) => x.s).join(" "));
}

/**
 * Vietnamese names have three syllables, family name first ("Võ Nguyên Giáp", "Hoàng Văn Thái"):
 * a run of them that lost its separators would otherwise be cut into pairs.
 */
const VIETNAMESE_FAMILY = new Set(["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "đang", "bui", "do", "đo", "ho", "ngo", "duong", "ly", "dinh", "đinh", "truong", "trinh", "doan", "đoan", "luong", "vuong"]);
const SYLLABLE_RE = /^\p{Lu}[\p{Ll}\p{M}]{0,6}$/u;

function isVietnameseName(run: readonly NameTok[], i: number): boolean {
  if (!VIETNAMESE_FAMILY.has(fold(run[i]!.s))) return false;
  for (let k = i; k < i + 3; k++) if (!SYLLABLE_RE.test(run[k]!.s.normalize("NFC"))) return false;
  return true;
}

// Preference order when scores tie: pairs, then triples, singles, quadruples.
const SEG_LENGTHS = [2, 3, 1, 4];

/** Best segmentation of a run of name tokens into people. */
function segmentRun(run: NameTok[], known: KnownNames | null, royal = false, peer = false): { cuts: number[]; ambiguous: boolean } {
  const n = run.length;
  const best = new Array<number>(n + 1).fill(-Infinity);
  const choice = new Array<number>(n + 1).fill(0);
  const tie = new Array<boolean>(n + 1).fill(false);
  const words = known ? run.map((x) => (known.hasWords(x.s) ? "+" : "")) : [];
  const alone = known && n >= 3 ? aloneWords(run, known, words) : undefined;
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (const len of SEG_LENGTHS) {
      if (i + len > n) continue;
      const rest = best[i + len]!;
      if (rest === -Infinity) continue;
      // "Crown Prince Rupprecht Oskar von Hutier": a royal's name has no von/de surname, so the next person starts there.
      if (royal && i === 0 && len === 2 && !run[0]!.p && run[1]!.p && !/ of /.test(run[1]!.s)) continue;
      // "Lord Raglan Süleyman Pasha": a peer is named by one title word.
      // A common given name starting the person breaks what would be a tie ("Adam Ludwig Lewenhaupt Ivan Mazepa").
      const sc = (peer && i === 0 && len === 1 && run[0]!.t === "name" && !run[0]!.p ? 2 : segmentScore(run, i, i + len, known, words, alone)) + rest + (COMMON_GIVEN_NAMES.has(run[i]!.s) ? TIE_BREAK : 0);
      if (sc > best[i]!) {
        best[i] = sc;
        choice[i] = len;
        tie[i] = false;
      } else if (sc === best[i] && sc > -Infinity) tie[i] = true;
    }
  }
  const cuts: number[] = [];
  let ambiguous = false;
  if (best[0] === -Infinity) {
    // Nothing scores (e.g. a lone initial): keep the run as one person.
    return { cuts: [n], ambiguous: false };
  }
  for (let i = 0; i < n; ) {
    if (tie[i]) ambiguous = true;
    i += choice[i]!;
    cuts.push(i);
  }
  // "Mahmud Pasha Angelović": a lone name ending the run after an Ottoman title is that person's family name.
  const lastFrom = cuts.length >= 2 ? cuts[cuts.length - 2]! : 0;
  if (lastFrom === n - 1 && lastFrom > 0 && TITLE_END_RE.test(run[lastFrom - 1]!.s) && run[n - 1]!.t === "name" && !run[n - 1]!.p) cuts.splice(cuts.length - 2, 1);
  return { cuts, ambiguous };
}

/**
 * Splits a commander cell (one or several lines) into people.
 * `known` holds names mentioned in the article's prose, used to confirm boundaries.
 */
export function splitPeople(cell: string, known: KnownNames | null = null): SplitResult {
  return splitPeopleCell([cell], known)[0]!;
}

/**
 * Splits the texts of one commander cell (its source lines) into people, one result per text.
 * When the cell's own separators (line breaks, commas, semicolons) delimit two or more items,
 * each item is one person unless it is clearly a run of several: see `clearlySeveral`.
 */
export function splitPeopleCell(texts: readonly string[], known: KnownNames | null = null): SplitResult[] {
  const peerages: Peerage[][] = texts.map(() => []);
  const lines = texts.map((text, i) => splitLineBreaks(text).map((line, k) => lineTokens(line, k, peerages[i]!)));
  const lengths = itemLengths(lines);
  return lines.map((toks, i) => {
    const r = splitLines(toks, known, lengths);
    if (peerages[i]!.length) keepPeerages(r.people, peerages[i]!);
    return r;
  });
}

function lineTokens(line: string, lineNo: number, peerages: Peerage[]): Tok[] {
  // "Józef Piłsudski Supported by: Symon Petliura": a heading left inside a run separates, it labels nobody.
  let unlabelled = line.includes("upported by") ? line.replace(SUPPORTED_BY_RE, " ; ") : line;
  // "Adam Osmayev, 23px KIA": a flag and a status whose name was lost; the status is nobody's here.
  if (unlabelled.includes("px")) unlabelled = unlabelled.replace(LOST_NAME_STATUS_RE, "");
  // "Jean Jourdan Advance Guard: François Lefebvre First Division: Pierre Ferino": the labels of
  // formations between run-together names part them.
  if (unlabelled.includes(":")) unlabelled = unlabelled.replace(FORMATION_LABEL_RE, " ; ");
  // "A S Vaidya MVC", "Sir John Moore KB": decorations after a surname are no one's name.
  if (POSTNOMINAL_TEST_RE.test(unlabelled)) unlabelled = unlabelled.replace(POSTNOMINAL_RE, "");
  return tokenizeChunk(withoutItemNotes(stripFlagImages(unlabelled)).replace(LINE_LABEL_RE, "").replace(CROSS_REFERENCE_RE, "").replace(PEERAGE_RE, (m: string, at: number, all: string) => samePersonPeerage(m, at, all, lineNo, peerages))
      .replace(PEERAGE_GLUED_RE, (m: string, at: number, all: string) => {
        if (inTitleRun(m, at, all)) return m;
        // "Franz, Freiherr von Mercy" is his style; after a full name ("George Washington, Baron von
        // Steuben", "…, comte de Rochambeau") the style is as often another person's.
        if (GERMAN_FRENCH_STYLE_RE.test(m) && /\s/.test(holderOf(all.slice(0, at)))) return m;
        recordPeerage(peerages, lineNo, all.slice(0, at), m);
        return " ; ";
      })
      .replace(PEERAGE_IN_RUN_RE, (m: string, at: number, all: string) => {
        recordPeerage(peerages, lineNo, all.slice(0, at), m);
        return " ";
      })
      .replace(LATER_TITLE_RE, ""),
  );
}

/**
 * Notes between a cell's items, not people: labels that stand alone ("Overall commander:",
 * "Defected:"), a role after a name ("Tokugawa Ieyasu: Overall commander"), a remark after one
 * ("Yakov Zhilinsky Not actually involved in the battle."), a brevet before a rank ("Bvt. Lt. Col.").
 */
function withoutItemNotes(line: string): string {
  let s = line;
  // "*Mark Antony": a list bullet kept from the page's markup.
  if (s.includes("*") || s.includes("\u2022")) s = s.replace(BULLET_RE, "$1");
  if (ROLE_TEST_RE.test(s)) s = s.split(ITEM_SPLIT_RE).map((item) => (ROLE_ONLY_RE.test(item) ? " " : item)).join("");
  if (s.includes(":")) s = s.split(ITEM_SPLIT_RE).map(itemWithoutLabel).join("");
  if (NOTE_WORD_TEST_RE.test(s)) s = s.replace(REMARK_AFTER_NAME_RE, "");
  if (s.includes("Bvt") || s.includes("Brevet")) s = s.replace(BREVET_RE, "");
  return s;
}

const BULLET_RE = /(^|[,;]\s*)[*\u2022]+\s*/g;
/** "supreme commander", "Lithuanian commander": an item that says a role and names nobody. */
const ROLE_TEST_RE = /\b(?:commanders?|leaders?|chiefs?|deputy|adviser|advisor)\b/;
const ROLE_ONLY_RE = /^\s*(?:\p{L}+\s+){0,3}(?:commanders?|leaders?|chiefs?|deputy|adviser|advisor)(?:[\s-]+in[\s-]+chief)?\s*$/u;

/** Items and the separators between them (kept, so the line is rebuilt as it was). */
const ITEM_SPLIT_RE = /([,;])/;
const LABEL_ONLY_RE = /^\s*[^:,;()\d]{2,40}:\s*$/u;
/** "Label: Name" or "Name: role", split at its colon (not one inside brackets or a time). */
const LABELLED_ITEM_RE = /^([^:()]{2,60}):\s+([^:()]+)$/u;
const LOWER_WORD_RE = /(?<![\p{L}'\u2019-])\p{Ll}{3,}(?![\p{L}'\u2019-])/gu;

/** "Overall commander:" → nothing; "Chief of staff: Pavel Orlov" → the name; "Ii Naomasa: Supreme field commander" → the name. */
function itemWithoutLabel(item: string): string {
  if (item === "," || item === ";") return item;
  if (LABEL_ONLY_RE.test(item)) return " ";
  const m = LABELLED_ITEM_RE.exec(item);
  if (!m) return item;
  // A role is said in words: lowercase ones that are no particle of a name ("von", "ibn").
  const words = m[2]!.match(LOWER_WORD_RE) ?? [];
  return words.some((w) => !PARTICLES.has(w)) ? ` ${m[1]!}` : ` ${m[2]!}`;
}

const NOTE_WORD_TEST_RE = /\b(?:Not|Never|Later|Also|Only|Until)\s+\p{Ll}/u;
const REMARK_AFTER_NAME_RE = /\s+(?:Not|Never|Later|Also|Only|Until)\s+\p{Ll}[^,;]*/gu;
const BREVET_RE = /\b(?:Bvt\.|Brevet)\s+/g;

/** Name words of a token, particles not counted: "Uday Singh of Vagad" has three. */
function nameWords(tok: NameTok): number {
  if (tok.t === "init" || !tok.s.includes(" ")) return 1;
  let n = 0;
  for (const w of tok.s.split(" ")) if (w !== "of" && w !== "the" && !PARTICLES.has(w) && !CAP_PARTICLES.has(w)) n++;
  return Math.max(n, 1);
}

/** The name words of the cell's two longest separator-delimited items. */
interface ItemLengths {
  longest: number;
  second: number;
}

/** The lengths of the cell's longest items, or null when it has fewer than two items: then a run is cut by name shapes alone. */
function itemLengths(cell: readonly (readonly Tok[])[][]): ItemLengths | null {
  const counts: number[] = [];
  // An item written twice (a repeated line) is one item.
  const seen = new Set<string>();
  let key = "";
  let n = 0;
  const end = () => {
    if (n > 0 && !seen.has(key)) {
      seen.add(key);
      counts.push(n);
    }
    key = "";
    n = 0;
  };
  for (const lines of cell) {
    for (const toks of lines) {
      for (const t of toks) {
        if (t.t === "name" || t.t === "init") {
          n += nameWords(t);
          key += `${t.s} `;
        } else if (t.t === "break" && t.sep) end();
      }
      end();
    }
  }
  if (counts.length < 2) return null;
  counts.sort((a, b) => b - a);
  return { longest: counts[0]!, second: counts[1]! };
}

/**
 * Within an item the cell's separators delimit, a run is cut into several people only when it
 * is much longer than the cell's other items (two name words more than any, and four at least;
 * six is always enough)
 * or has a name ending (a particle surname, a territory) before its end, and every piece is a name of two words or more (or one the prose uses alone, or a royal's one
 * name): "Mir Muhammed Ali Khan" among items of up to three words is one person, and so is "Kam
 * Dev Singh Sikarwar" ("Kam" alone names nobody), but "Ivan Petrov Sergei Ivanov" among items of
 * two words is two.
 */
/** A run of this many name words that cuts cleanly into names is several people, however long the cell's other items are. */
const LONG_RUN_WORDS = 6;

function clearlySeveral(run: readonly NameTok[], cuts: readonly number[], lengths: ItemLengths, known: KnownNames | null, royal: boolean): boolean {
  // "Karl Eberhard Herwarth von Bittenfeld": given names, then a particle surname that took the
  // word before it, end one person (the particle would otherwise start another).
  if (run.length >= 2 && run.length <= 4 && run[run.length - 1]!.p === true && run.slice(0, -1).every((t) => !t.p)) return false;
  let words = 0;
  for (const t of run) words += nameWords(t);
  const longestOther = words >= lengths.longest ? lengths.second : lengths.longest;
  // A particle surname, a territory or a regnal number ends a name ("Henry St. John Amos Vane",
  // "James II Richard Talbot"): what follows it is another person.
  let innerEnd = false;
  for (let k = 0; k < run.length - 1 && !innerEnd; k++) innerEnd = run[k]!.p === true || (k > 0 && REGNAL_RE.test(firstWord(run[k]!.s)));
  if (!innerEnd && words < Math.max(4, Math.min(longestOther + 2, LONG_RUN_WORDS)) && !allKnown(run, cuts, known)) return false;
  let from = 0;
  for (const to of cuts) {
    let w = 0;
    for (let k = from; k < to; k++) w += nameWords(run[k]!);
    if (w < 2 && !(royal && from === 0) && !(known?.hasSingle(run[from]!.s) ?? false)) return false;
    from = to;
  }
  return true;
}

/** Every piece is a name the prose mentions. */
function allKnown(run: readonly NameTok[], cuts: readonly number[], known: KnownNames | null): boolean {
  if (!known || known.size === 0) return false;
  let from = 0;
  for (const to of cuts) {
    if (!known.has(run.slice(from, to).map((x) => x.s).join(" "))) return false;
    from = to;
  }
  return true;
}

function splitLines(lines: readonly Tok[][], known: KnownNames | null, lengths: ItemLengths | null): SplitResult {
  const people: SplitPerson[] = [];
  const ambiguous: string[] = [];
  for (const [lineNo, toks] of lines.entries()) {
    const flagged = startsWithFlag(toks);
    let runAfterDigit = false;
    let afterDigit = false;
    let rank: string | null = null;
    let rankText = "";
    let run: NameTok[] = [];
    let lastFlushed: SplitPerson[] = [];
    let lastStatusless: SplitPerson | undefined;
    const flush = () => {
      if (run.length === 0) {
        if (lastFlushed.length) lastStatusless = lastFlushed[lastFlushed.length - 1];
        lastFlushed = [];
        return;
      }
      lastStatusless = undefined;
      const made: SplitPerson[] = [];
      for (const part of flagged ? withoutFlags(run) : [run]) {
        const named = withoutFormation(part, runAfterDigit && part === run);
        if (named.length === 0) continue;
        const first = made.length === 0 && rank !== null;
        const royal = first && ROYAL_RANKS.has(rank!);
        const seg = segmentRun(named, known, royal, first && rank === "Lord");
        let cuts = seg.cuts;
        if (lengths !== null && cuts.length > 1 && !clearlySeveral(named, cuts, lengths, known, royal)) cuts = [named.length];
        else if (seg.ambiguous) ambiguous.push(named.map((x) => x.s).join(" "));
        let from = 0;
        for (const to of cuts) {
          const name = named.slice(from, to).map((x) => x.s).join(" ");
          const r = made.length === 0 ? rank : null;
          made.push({ person: { name, rank: r, status: null, aliases: [] }, text: r ? `${rankText} ${name}` : name, line: lineNo });
          from = to;
        }
      }
      people.push(...made);
      lastFlushed = made;
      run = [];
      rank = null;
      rankText = "";
    };
    for (const tok of toks) {
      const wasAfterDigit = afterDigit;
      afterDigit = tok.t === "break" && tok.digit === true;
      if (tok.t === "name" || tok.t === "init") {
        if (run.length === 0) runAfterDigit = wasAfterDigit;
        // Initials start a new person once the current one has a surname ("M.A. Purkayev L.G. …").
        run.push(tok);
      } else if (tok.t === "rank") {
        if (run.length === 0 && rank) {
          // "Major General Sir Arthur Pennel", "Field Marshal Prince …": the first rank is the rank.
          rankText += ` ${tok.s}`;
          continue;
        }
        flush();
        rank = tok.rank;
        rankText = tok.s;
      } else if (tok.t === "postrank") {
        flush();
        const last = lastFlushed[lastFlushed.length - 1];
        if (last && !last.person.rank) last.person.rank = tok.rank;
      } else if (tok.t === "status") {
        flush();
        // "…, Vladimir Sakharin, KIA": a status given as its own list item marks the person before it.
        const last = lastFlushed[lastFlushed.length - 1] ?? lastStatusless;
        // "John Nicholson † (DOW)": died of wounds says how the death the dagger marks came.
        if (last && (!last.person.status || FINALITY[tok.status] > FINALITY[last.person.status] || (tok.status === "DOW" && last.person.status === "KIA"))) {
          last.person.status = tok.status;
          last.text += ` ${tok.s}`;
        }
      } else flush();
    }
    flush();
  }
  return { people: withoutShortSpellings(people.filter((p) => !PLACEHOLDER_RE.test(p.person.name))), ambiguous };
}

/** "None", "Unknown", "Various": a cell that names nobody. */
const PLACEHOLDER_RE = /^(?:none|unknown|various|several|others|n\/a)$/i;

/**
 * "Curio Barbasetti di Prun, Curio Barbasetti": a cell listing one person twice, the second time
 * without the particle surname, names one person: the fuller spelling is kept.
 */
function withoutShortSpellings(people: SplitPerson[]): SplitPerson[] {
  if (people.length < 2) return people;
  const keys = people.map((p) => normKey(p.person.name));
  // "H. Jones, Herbert "H" Jones KIA": the same person named twice in a row, once by initials, is one person.
  const gone = new Set<number>();
  for (let i = 1; i < people.length; i++) {
    const a = keys[i - 1]!;
    const b = keys[i]!;
    if (gone.has(i - 1) || a.slice(a.lastIndexOf(" ") + 1) !== b.slice(b.lastIndexOf(" ") + 1)) continue;
    const pa = people[i - 1]!.person;
    const pb = people[i]!.person;
    if (nameParts(pa.name).initials.length + nameParts(pb.name).initials.length === 0 || !samePerson(pa.name, pb.name)) continue;
    const [keep, drop] = nameWeight(pb.name) > nameWeight(pa.name) ? [i, i - 1] : [i - 1, i];
    const kept = people[keep]!.person;
    const other = people[drop]!.person;
    kept.rank ??= other.rank;
    kept.status ??= other.status;
    gone.add(drop);
  }
  if (gone.size) {
    people = people.filter((_, i) => !gone.has(i));
    return withoutShortSpellings(people);
  }
  return people.filter((p, i) => {
    const k = keys[i]!;
    const longer = keys.findIndex((o, j) => j !== i && o.startsWith(`${k} `) && PARTICLES.has(o.slice(k.length + 1).split(" ")[0]!));
    if (longer < 0) return true;
    const other = people[longer]!.person;
    other.rank ??= p.person.rank;
    other.status ??= p.person.status;
    return false;
  });
}

// ---------------------------------------------------------------------------------------------
// Person mentions in prose

const CAP_RUN_RE =
  /(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}'\u2019-]*\.?)(?:\s+(?:(?:von|van|de|du|der|di|da|del|le|la|bin|ibn|y)\s+)?(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}'\u2019-]*\.?|(?:(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|d|l)[-'\u2019]|ka|wa)\p{Lu}[\p{L}\p{M}'\u2019-]*))*/gu;
const CAP_RUN_ASCII_RE = asciiTwin(CAP_RUN_RE);

const POSSESSIVE_RE = /['\u2019]s?$/;
const WS_TEST_RE = /\s/;

export interface Mention {
  name: string;
  rank: string | null;
}

/**
 * Capitalised runs of a sentence read as names (`runs`, when given, receives every run): "Russian General Mikhail Nikolaevich Lyapunov"
 * → {name "Mikhail Nikolaevich Lyapunov", rank "General"}. Runs without a rank are returned
 * with rank null and are only used to confirm commander-cell boundaries.
 */
export function findMentions(sentence: string, runs?: string[]): Mention[] {
  const out: Mention[] = [];
  const re = isAscii(sentence) ? CAP_RUN_ASCII_RE : CAP_RUN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    // Every maximal capitalised run, as written, for callers that check names against the prose.
    const run = m[0];
    const last = run.charCodeAt(run.length - 1);
    runs?.push(last === 115 /* s */ || last === 46 /* . */ ? run.replace(/['\u2019]s$|\.$/, "") : run);
    // One word is never a mention: a rank alone names nobody, a bare name needs a rank.
    if (!WS_TEST_RE.test(run)) continue;
    let toks = run.split(/\s+/);
    // A possessive ends the name: "Nogi Maresuke's Third Army" → "Nogi Maresuke".
    const poss = toks.findIndex((t) => POSSESSIVE_RE.test(t));
    if (poss >= 0) toks = [...toks.slice(0, poss), toks[poss]!.replace(POSSESSIVE_RE, "")];
    // The last rank phrase in the run ends the qualifiers ("Russian General", "U.S. President").
    let rank: string | null = null;
    let from = 0;
    for (let i = 0; i < toks.length; i++) {
      const r = rankAt(toks, i);
      if (r) {
        // "General Sir Hugh Gough", "Marshal Marquess Oyama Iwao": an honorific or a peerage after a rank does not replace it.
        if (!(rank && (HONORIFICS.has(r.rank) || PEERAGE_TITLES.has(r.rank)))) rank = r.rank;
        from = i + r.len;
        i += r.len - 1;
      }
    }
    const nameToks = toks.slice(from).map((t) => (INITIALS_RE.test(t) ? t : t.replace(/\.$/, "")));
    // "Sir John Carstairs McNeill VC, GCVO, KCB": decorations after the name are none of it.
    while (nameToks.length > 1 && POSTNOMINAL_SET.has(nameToks[nameToks.length - 1]!)) nameToks.pop();
    if (nameToks.length === 0) continue;
    if (!rank && (nameToks.length < 2 || /^(?:The|A|An|In|On|By|At|After|During|However|Per)$/.test(nameToks[0]!))) continue;
    out.push({ name: nameToks.join(" "), rank });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Identity

interface NameParts {
  full: string[];
  initials: string[];
}

const PARTS_CACHE = new Map<string, NameParts>();

function nameParts(name: string): NameParts {
  const hit = PARTS_CACHE.get(name);
  if (hit) return hit;
  const p = computeNameParts(name);
  if (PARTS_CACHE.size >= 20_000) PARTS_CACHE.clear();
  PARTS_CACHE.set(name, p);
  return p;
}

function computeNameParts(name: string): NameParts {
  const full: string[] = [];
  const initials: string[] = [];
  for (const tok of name.replace(GLUED_INITIAL_RE, "$1 ").split(/\s+/)) {
    if (!tok) continue;
    if (INITIALS_RE.test(tok) || CAPS_INITIALS_RE.test(tok)) {
      for (const ch of tok.replace(/[.-]/g, "")) initials.push(fold(ch));
    } else if (tok.endsWith(".") && ABBREVIATED_GIVEN_RE.test(tok) && !SUFFIX_RE.test(tok) && !CAP_PARTICLES.has(tok)) {
      // "Hj." stands for a given name beginning with those letters.
      initials.push(fold(tok.slice(0, -1)));
    } else {
      const k = normKey(tok);
      if (k) full.push(...k.split(" "));
    }
  }
  return { full, initials };
}

/** Normalised slot key of a person: folded name. */
export function personKey(name: string): string {
  return normKey(name);
}

/**
 * Same person? Word order and diacritics do not matter ("Nagaoka Gaishi" = "Gaishi Nagaoka",
 * "Tōgō" = "Togo"); a shorter form matches when all its full words are in the longer one and
 * its initials match the longer one's other words in order ("MN Lyapunov", "Lyapunov" =
 * "Mikhail Nikolaevich Lyapunov").
 */
export function samePerson(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (pa.full.length === 0 || pb.full.length === 0) return false;
  const [s, l] = pa.full.length <= pb.full.length ? [pa, pb] : [pb, pa];
  const rest = [...l.full];
  for (const w of s.full) {
    const at = rest.indexOf(w);
    if (at < 0) return false;
    rest.splice(at, 1);
  }
  if (rest.length === 0) {
    if (s.initials.length === 0 || l.initials.length === 0) return true;
    return s.initials.join("") === l.initials.join("");
  }
  if (s.initials.length > rest.length) return false;
  for (let i = 0; i < s.initials.length; i++) if (!abbreviates(s.initials[i]!, rest[i]!)) return false;
  return true;
}

/** An initial or an abbreviated given name stands for `word`: its first letter, then its other letters in order ("wm" for "william"). */
function abbreviates(abbr: string, word: string): boolean {
  if (word[0] !== abbr[0]) return false;
  let at = 1;
  for (let k = 1; k < abbr.length; k++) {
    at = word.indexOf(abbr[k]!, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** How informative a spelling is: full words count double, initials once. */
export function nameWeight(name: string): number {
  const p = nameParts(name);
  return p.full.length * 2 + p.initials.length;
}

/** true for a bare one-word name such as "Lyapunov". */
export function isBareSurname(name: string): boolean {
  const p = nameParts(name);
  return p.full.length === 1 && p.initials.length === 0;
}

/**
 * The alias form of a spelling: a bare surname keeps its rank ("General Lyapunov"), any other
 * spelling is the name alone ("MN Lyapunov").
 */
export function aliasForm(name: string, rank: string | null): string {
  return rank && isBareSurname(name) ? `${rank} ${name}` : name;
}

/**
 * Merges `other` into `into` (same person): the more informative spelling becomes the name, the
 * rest become aliases; rank and status are kept when already known.
 */
/** Titles of address rather than rank: a rank read elsewhere is preferred to them. */
const HONORIFICS = new Set(["Sir", "Lord"]);
/** Titles of nobility: a title, never a word of the name, and after a military rank not the rank. */
const PEERAGE_TITLES = new Set(["Marquess", "Marquis", "Count", "Baron", "Viscount", "Duke", "Prince"]);

export function mergePerson(into: Person, other: Person): Person {
  const spellings = [
    { name: into.name, rank: into.rank },
    { name: other.name, rank: other.rank },
  ];
  let name = into.name;
  if (nameWeight(other.name) > nameWeight(into.name)) name = other.name;
  const rank = into.rank && HONORIFICS.has(into.rank) && other.rank && !HONORIFICS.has(other.rank) ? other.rank : (into.rank ?? other.rank);
  const aliases: string[] = [];
  const seen = new Set<string>([normKey(name)]);
  const push = (a: string) => {
    const k = normKey(a);
    if (!k || seen.has(k)) return;
    seen.add(k);
    aliases.push(a);
  };
  for (const a of into.aliases) push(a);
  for (const s of spellings) push(aliasForm(s.name, s.rank));
  for (const a of other.aliases) push(a);
  return { name, rank, status: into.status ?? other.status, aliases };
}
