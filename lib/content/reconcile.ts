/**
 * reconcile: parsed articles → events. Several articles about one event merge into one
 * BattleEvent whose facts carry every source (alsoIn) and whose disagreements are recorded.
 *
 * THE MERGE RULE. Articles A and B describe the same event when
 *   1. nothing rules it out:
 *      - their wars are both known and incompatible: different canonical wars (see resolveWars;
 *        hyphen and dash variants are one war), or the same war with disjoint bracketed years in
 *        the Part-of text ("Soviet-Japanese War (1945)"); an enclosing war that only qualifies a
 *        campaign ("… of World War II") is not the event's war and rules nothing out;
 *      - their explicit eras are both known and disjoint (the infobox date's years, else a
 *        bracketed year in the Part-of text or the title);
 *      - both name a campaign and the campaigns differ, or one's campaign is a name of the other
 *        (the Maoka landing is part of the Invasion of South Sakhalin, not the same event);
 *   2. their names are similar: they share a title or alias after normalisation (case,
 *      diacritics, punctuation: "樺太の戦い"), or the significant words of one name are all in
 *      the other ("Invasion of Sakhalin" ⊂ "Japanese invasion of Sakhalin"; words like battle,
 *      invasion, of, the do not count);
 *   3. and at least one independent fact corroborates it: compatible war, overlapping dates (or
 *      one's date year among the other's timeline years), the same place, or a shared commander.
 * Name similarity alone never merges ("Invasion of South Sakhalin" contains "Invasion of
 * Sakhalin" and shares the alias 樺太の戦い with it, yet its war and era differ).
 * Articles are taken in input order; an article joins the best-scoring existing event it is
 * compatible with every member of, else starts a new one. File names play no part.
 *
 * Inside an event: the primary article is the first infobox-shape one (else the first); its
 * title is the canonical name and its values win ties. Sides are aligned by belligerents and
 * commanders (an article may list the sides the other way round). Values that agree after
 * normalisation ("Minimal" = "minimal", "7,280 men" = "7280 men", a date and a more precise
 * date inside it) are agreements; others are conflicts and their facts are `disputed`.
 */
import type {
  BattleEvent,
  Casualties,
  Corpus,
  DateRange,
  Fact,
  FactKind,
  FactValueByKind,
  FieldAgreement,
  FieldConflict,
  NumberRange,
  ParsedArticle,
  Person,
  ProseNumberValue,
  Side,
  SourceRef,
  Strength,
  TimelineEntry,
} from "../facts/types";
import { CASUALTY_CATEGORIES, sameCasualties } from "./casualties";
import { formatDateRange, rangesOverlap, refines } from "./dates";
import { makeFact } from "./facts";
import { formatRange, sameQuantity } from "./numbers";
import { mergePerson, personKey, samePerson } from "./people";
import { splitRunTogether } from "./sides";
import { acceptableAlias, GENERIC_NAME_WORDS } from "./names";
import { bracketEra, isEnclosingWar, isWarPhrase, warKey } from "./partof";
import { shortHash } from "./hash";
import { keyTokens, normKey, slugify } from "./text";

// --- compatibility ------------------------------------------------------------------------

interface WarPart {
  key: string;
  /** Years of a bracketed qualifier in the Part-of text ("Soviet-Japanese War (1945)"). */
  era: [number, number] | null;
}

interface Info {
  article: ParsedArticle;
  nameKeys: Set<string>;
  tokenSets: Set<string>[];
  /** The event's own war; null when unknown or only an enclosing war ("World War II" of a campaign). */
  war: WarPart | null;
  /** Key of the campaign the event is part of, or null. */
  campaign: string | null;
  date: DateRange | null;
  era: [number, number] | null;
  years: Set<number>;
  place: string | null;
  people: string[];
}

function partOfFact(a: ParsedArticle): Fact | undefined {
  return a.facts.find((f) => f.kind === "partOf");
}

/** The war is only the enclosing one of a qualifier: "Soviet invasion of Manchuria of World War II". */
function enclosingOnly(a: ParsedArticle): boolean {
  return a.event.partOf !== null && a.event.campaign !== null && isEnclosingWar(a.event.partOf);
}

function warsCompatible(a: WarPart, b: WarPart): boolean {
  return a.key === b.key && (!a.era || !b.era || !(a.era[1] < b.era[0] || b.era[1] < a.era[0]));
}

function nameKeysOf(a: ParsedArticle): Set<string> {
  return new Set([a.title, a.event.name, ...a.event.aliases].filter(Boolean).map(normKey).filter(Boolean));
}

function infoOf(a: ParsedArticle): Info {
  const nameKeys = nameKeysOf(a);
  const tokenSets = [...nameKeys].map((k) => {
    const all = k.split(" ");
    const sig = all.filter((t) => !GENERIC_NAME_WORDS.has(t));
    return new Set(sig.length ? sig : all);
  });
  const d = a.event.date;
  const warEra = bracketEra(partOfFact(a)?.text ?? null);
  const era: [number, number] | null = d ? [Number(d.start.slice(0, 4)), Number(d.end.slice(0, 4))] : (warEra ?? bracketEra(a.title));
  const people: string[] = [];
  for (const s of a.event.sides) for (const p of s.commanders) people.push(p.name);
  return {
    article: a,
    nameKeys,
    tokenSets,
    war: a.event.partOf && !enclosingOnly(a) ? { key: warKey(a.event.partOf), era: warEra } : null,
    campaign: a.event.campaign ? normKey(a.event.campaign) : null,
    date: d,
    era,
    years: new Set(a.event.timeline.map((t) => Number(t.date.slice(0, 4)))),
    place: a.event.place ? normKey(a.event.place) : null,
    people,
  };
}

function blocked(a: Info, b: Info): boolean {
  if (a.war && b.war && !warsCompatible(a.war, b.war)) return true;
  if (a.era && b.era && (a.era[1] < b.era[0] || b.era[1] < a.era[0])) return true;
  // Parts of different campaigns, or one is a part of the other ("Maoka landing" in the "Invasion of South Sakhalin").
  if (a.campaign && b.campaign && a.campaign !== b.campaign) return true;
  if ((a.campaign && b.nameKeys.has(a.campaign)) || (b.campaign && a.nameKeys.has(b.campaign))) return true;
  return false;
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function namesSimilar(a: Info, b: Info): boolean {
  for (const k of a.nameKeys) if (b.nameKeys.has(k)) return true;
  for (const x of a.tokenSets)
    for (const y of b.tokenSets) {
      const [s, l] = x.size <= y.size ? [x, y] : [y, x];
      if (s.size > 0 && subset(s, l)) return true;
    }
  return false;
}

function corroborations(a: Info, b: Info): number {
  let n = 0;
  if (a.war && b.war && warsCompatible(a.war, b.war)) n++;
  if (a.date && b.date) {
    if (rangesOverlap(a.date, b.date)) n++;
  } else if (a.date || b.date) {
    const [d, other] = a.date ? [a.date, b] : [b.date!, a];
    const y0 = Number(d.start.slice(0, 4));
    const y1 = Number(d.end.slice(0, 4));
    for (const y of other.years) if (y >= y0 && y <= y1) {
      n++;
      break;
    }
  }
  if (a.place && b.place && a.place === b.place) n++;
  if (a.people.some((p) => b.people.some((q) => samePerson(p, q)))) n++;
  return n;
}

const MAX_SUBSET_TOKENS = 8;

function setKey(tokens: Iterable<string>): string {
  return [...tokens].sort().join(" ");
}

/** Every non-empty subset of a small token set, as set keys. */
function subsetKeys(tokens: Set<string>): string[] {
  const t = [...tokens].sort();
  const out: string[] = [];
  for (let mask = 1; mask < 1 << t.length; mask++) {
    const parts: string[] = [];
    for (let i = 0; i < t.length; i++) if (mask & (1 << i)) parts.push(t[i]!);
    out.push(parts.join(" "));
  }
  return out;
}

/**
 * Groups articles into events (see THE MERGE RULE above).
 * Candidates come from an index so the work stays near-linear: events sharing an exact name key,
 * events whose name words contain all of this article's (intersecting word postings from the
 * rarest word), and events whose name words are a subset of this article's (looked up by subset).
 */
function cluster(infos: Info[]): Info[][] {
  const clusters: Info[][] = [];
  const byName = new Map<string, number[]>();
  const byWord = new Map<string, Set<number>>();
  const bySet = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, key: string, c: number) => {
    const l = m.get(key);
    if (!l) m.set(key, [c]);
    else if (l[l.length - 1] !== c) l.push(c);
  };
  for (const info of infos) {
    const cands = new Set<number>();
    for (const k of info.nameKeys) for (const c of byName.get(k) ?? []) cands.add(c);
    for (const ts of info.tokenSets) {
      if (ts.size === 0) continue;
      // Events whose words include all of these.
      const lists = [...ts].map((t) => byWord.get(t)).filter((l): l is Set<number> => l !== undefined);
      if (lists.length === ts.size) {
        lists.sort((a, b) => a.size - b.size);
        for (const c of lists[0]!) if (lists.every((l) => l.has(c))) cands.add(c);
      }
      // Events whose words are all among these.
      if (ts.size <= MAX_SUBSET_TOKENS) for (const k of subsetKeys(ts)) for (const c of bySet.get(k) ?? []) cands.add(c);
    }
    let best = -1;
    let bestScore = 0;
    for (const c of [...cands].sort((x, y) => x - y)) {
      const members = clusters[c]!;
      if (members.some((m) => blocked(m, info))) continue;
      let score = 0;
      for (const m of members) {
        if (!namesSimilar(m, info)) continue;
        const cor = corroborations(m, info);
        if (cor > 0) score = Math.max(score, cor);
      }
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    const target = best >= 0 ? best : clusters.length;
    if (best < 0) clusters.push([info]);
    else clusters[best]!.push(info);
    for (const k of info.nameKeys) push(byName, k, target);
    for (const ts of info.tokenSets) {
      push(bySet, setKey(ts), target);
      for (const t of ts) {
        const l = byWord.get(t);
        if (l) l.add(target);
        else byWord.set(t, new Set([target]));
      }
    }
  }
  return clusters;
}

// --- value comparison ---------------------------------------------------------------------

function sameDate(a: DateRange, b: DateRange): boolean {
  return a.start === b.start && a.end === b.end;
}

function tokensContain(a: string, b: string): boolean {
  const ta = new Set(keyTokens(a));
  const tb = new Set(keyTokens(b));
  if (ta.size === 0 || tb.size === 0) return false;
  return ta.size <= tb.size ? subset(ta, tb) : subset(tb, ta);
}

function agree(kind: FactKind, a: unknown, b: unknown): boolean {
  switch (kind) {
    case "date": {
      const x = a as DateRange;
      const y = b as DateRange;
      return sameDate(x, y) || refines(x, y) || refines(y, x);
    }
    case "strength":
    case "killed":
    case "wounded":
    case "captured":
    case "missing":
    case "civilian":
    case "total":
      return sameQuantity(a as NumberRange, b as NumberRange);
    case "casualties":
      return sameCasualties(a as Casualties, b as Casualties);
    default:
      return normKey(String(a)) === normKey(String(b)) || tokensContain(String(a), String(b));
  }
}

function display(kind: FactKind, v: unknown): string {
  switch (kind) {
    case "date":
      return `${(v as DateRange).text} (${formatDateRange(v as DateRange)})`;
    case "strength":
      return `${(v as Strength).text} (${formatRange(v as Strength)})`;
    case "killed":
    case "wounded":
    case "captured":
    case "missing":
    case "civilian":
    case "total":
      return `${(v as NumberRange).text} (${formatRange(v as NumberRange)})`;
    case "casualties":
      return (v as Casualties).text;
    default:
      return String(v);
  }
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

// --- merging ------------------------------------------------------------------------------

interface Pending {
  kind: FactKind;
  side: number | null;
  key: string;
  value: unknown;
  text: string;
  source: SourceRef;
  alsoIn: SourceRef[];
  disputed: boolean;
  /** The article fact's hash when the value is that fact's own value object. */
  versionHash?: string;
}

interface Entry {
  fact: Fact;
  article: number;
}

function uniqueRefs(refs: SourceRef[], except: SourceRef): SourceRef[] {
  if (refs.length === 1 && refs[0] === except) return [];
  const seen = new Set<string>([`${except.file}:${except.line}`]);
  const out: SourceRef[] = [];
  for (const r of refs) {
    const k = `${r.file}:${r.line}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

class Merger {
  readonly pending: Pending[] = [];
  readonly conflicts: FieldConflict[] = [];
  readonly agreements: FieldAgreement[] = [];

  /** A slot holding one value per article (date, place, side strength…). */
  single(field: string, kind: FactKind, side: number | null, key: string, entries: Entry[]): unknown {
    if (entries.length === 0) return null;
    const classes: Entry[][] = [];
    for (const e of entries) {
      const c = classes.find((cl) => agree(kind, cl[0]!.fact.value, e.fact.value));
      if (c) c.push(e);
      else classes.push([e]);
    }
    const chosenClass = classes[0]!;
    let rep = chosenClass[0]!;
    if (kind === "date") {
      for (const e of chosenClass) {
        const p = (e.fact.value as DateRange).precision;
        if (PRECISION_RANK[p] > PRECISION_RANK[(rep.fact.value as DateRange).precision]) rep = e;
      }
    }
    const disputed = classes.length > 1;
    if (disputed) {
      this.conflicts.push({ field, values: classes.map((cl) => ({ value: display(kind, cl[0]!.fact.value), sources: cl.map((e) => e.fact.source) })) });
    } else if (new Set(entries.map((e) => e.article)).size > 1) {
      this.agreements.push({ field, value: display(kind, rep.fact.value), sources: entries.map((e) => e.fact.source) });
    }
    this.pending.push({
      kind,
      side,
      key,
      value: rep.fact.value,
      versionHash: rep.fact.versionHash,
      text: rep.fact.text,
      source: rep.fact.source,
      alsoIn: uniqueRefs(chosenClass.map((e) => e.fact.source), rep.fact.source),
      disputed,
    });
    return rep.fact.value;
  }

  /** A slot holding a set of values (belligerents, units, aliases): union by key. */
  union(field: string | null, kind: FactKind, side: number | null, entries: Entry[], keyOf: (f: Fact) => string, skip?: Set<string>): unknown[] {
    const groups = new Map<string, Entry[]>();
    for (const e of entries) {
      const k = keyOf(e.fact);
      if (!k || skip?.has(k)) continue;
      const g = groups.get(k);
      if (g) g.push(e);
      else groups.set(k, [e]);
    }
    const values: unknown[] = [];
    for (const [k, g] of groups) {
      const rep = g[0]!;
      values.push(rep.fact.value);
      if (field && new Set(g.map((e) => e.article)).size > 1) {
        this.agreements.push({ field: `${field}.${k}`, value: String(rep.fact.value), sources: g.map((e) => e.fact.source) });
      }
      this.pending.push({
        kind,
        side,
        key: k,
        value: rep.fact.value,
        versionHash: rep.fact.versionHash,
        text: rep.fact.text,
        source: rep.fact.source,
        alsoIn: uniqueRefs(g.map((e) => e.fact.source), rep.fact.source),
        disputed: false,
      });
    }
    return values;
  }
}

function wordSet(s: string): Set<string> {
  return new Set(keyTokens(s.replace(/(\d),(?=\d{3})/g, "$1")));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const uni = a.size + b.size - inter;
  return uni === 0 ? 0 : inter / uni;
}

const SIMILAR_SENTENCE = 0.6;

/** Same sentence up to small edits ("U.S. President" / "US president", "7,280" / "7280"). */
function similarSentences(a: string, b: string): boolean {
  return a === b || jaccard(wordSet(a), wordSet(b)) >= SIMILAR_SENTENCE;
}

function permutations(n: number): number[][] {
  if (n <= 1) return [[0]];
  const out: number[][] = [];
  const rec = (prefix: number[], rest: number[]) => {
    if (rest.length === 0) out.push(prefix);
    for (let i = 0; i < rest.length; i++) rec([...prefix, rest[i]!], [...rest.slice(0, i), ...rest.slice(i + 1)]);
  };
  rec([], [...Array(n).keys()]);
  return out;
}

interface SideSketch {
  belligerents: Set<string>;
  people: string[];
}

function sideSimilarity(a: Side, b: SideSketch | undefined): number {
  if (!b) return 0;
  let s = 0;
  for (const x of a.belligerents) if (b.belligerents.has(normKey(x))) s += 2;
  for (const p of a.commanders) if (b.people.some((q) => samePerson(p.name, q))) s += 2;
  return s;
}

/** Maps each article's side index (1-based) to the merged side index. */
function alignSides(ordered: ParsedArticle[]): Map<number, number>[] {
  if (ordered.length === 1) return [new Map(ordered[0]!.event.sides.map((_, i) => [i + 1, i + 1]))];
  const sketches: SideSketch[] = [];
  const maps: Map<number, number>[] = [];
  for (const a of ordered) {
    const n = a.event.sides.length;
    const k = Math.max(n, sketches.length);
    let best: number[] = [...Array(k).keys()];
    if (maps.length > 0 && n >= 2 && k <= 4) {
      let bestScore = -1;
      for (const p of permutations(k)) {
        let score = 0;
        for (let i = 0; i < n; i++) score += sideSimilarity(a.event.sides[i]!, sketches[p[i]!]);
        if (score > bestScore) {
          bestScore = score;
          best = p;
        }
      }
    }
    const map = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const to = best[i]!;
      map.set(i + 1, to + 1);
      while (sketches.length <= to) sketches.push({ belligerents: new Set(), people: [] });
      const sk = sketches[to]!;
      for (const b of a.event.sides[i]!.belligerents) sk.belligerents.add(normKey(b));
      for (const p of a.event.sides[i]!.commanders) sk.people.push(p.name, ...p.aliases);
    }
    maps.push(map);
  }
  return maps;
}

function mergeEvent(members: ParsedArticle[], usedIds: Set<string>): BattleEvent {
  const primary = members.find((a) => a.shape === "infobox") ?? members[0]!;
  const ordered = [primary, ...members.filter((a) => a !== primary)];
  const sideMaps = alignSides(ordered);
  const m = new Merger();
  const name = canonicalName(primary, ordered);
  const buckets = bucketFacts(ordered, sideMaps);
  const byKind = (kind: FactKind, side: number | null = null): Entry[] => buckets.get(kind)?.[side ?? 0] ?? [];
  const aliases = mergeNames(m, name, buckets, byKind);

  const partOf = m.single("partOf", "partOf", null, "partOf", byKind("partOf")) as string | null;
  const campaign = m.single("campaign", "campaign", null, "campaign", byKind("campaign")) as string | null;
  const date = m.single("date", "date", null, "date", byKind("date")) as DateRange | null;
  const place = m.single("place", "place", null, "place", byKind("place")) as string | null;
  const result = m.single("result", "result", null, "result", byKind("result")) as string | null;
  const territory = m.single("territory", "territory", null, "territory", byKind("territory")) as string | null;
  const sides = mergeSides(m, sideMaps, byKind);
  const timeline = mergeTimeline(m, byKind("timeline"));
  mergeProseNumbers(m, byKind("proseNumber"));

  const id = eventId(name, date, primary, ordered, usedIds);
  const facts = m.pending.map((p) => makeFact(id, p.kind, p.side, p.key, p.value as FactValueByKind[FactKind], p.text, p.source, p.alsoIn, p.disputed, p.versionHash));
  return {
    id,
    name,
    aliases,
    partOf,
    campaign,
    date,
    place,
    result,
    territory,
    sides,
    timeline,
    sources: ordered.map((a) => ({ file: a.file, title: a.title })),
    conflicts: m.conflicts,
    agreements: m.agreements,
    facts,
  };
}

type FactBuckets = Map<FactKind, Entry[][]>;
type EntriesOf = (kind: FactKind, side?: number | null) => Entry[];

/** Canonical name: the infobox-shape title, else the most common title (longest on a tie). */
function canonicalName(primary: ParsedArticle, ordered: readonly ParsedArticle[]): string {
  if (primary.shape === "infobox") return primary.title;
  const counts = new Map<string, { title: string; n: number }>();
  for (const a of ordered) {
    const k = normKey(a.title);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { title: a.title, n: 1 });
  }
  let best: { title: string; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.title.length > best.title.length)) best = c;
  return best!.title;
}

/** Facts by kind and merged side (index 0: event-level), in article order. */
function bucketFacts(ordered: readonly ParsedArticle[], sideMaps: readonly Map<number, number>[]): FactBuckets {
  const buckets: FactBuckets = new Map();
  ordered.forEach((a, ai) => {
    const map = sideMaps[ai]!;
    for (const f of a.facts) {
      let side = 0;
      if (f.side !== null) {
        const to = map.get(f.side);
        if (to === undefined) continue;
        side = to;
      }
      let bySide = buckets.get(f.kind);
      if (!bySide) buckets.set(f.kind, (bySide = []));
      const b = bySide[side];
      if (b) b.push({ fact: f, article: ai });
      else bySide[side] = [{ fact: f, article: ai }];
    }
  });
  return buckets;
}

/** The name fact (the canonical title), and the aliases: the other titles and the articles' aliases. */
function mergeNames(m: Merger, name: string, buckets: FactBuckets, byKind: EntriesOf): string[] {
  const nameKey = normKey(name);
  const nameEntries = byKind("name");
  const canonical = nameEntries.filter((e) => normKey(String(e.fact.value)) === nameKey);
  const nameRep = canonical[0] ?? nameEntries[0]!;
  m.pending.push({
    kind: "name",
    side: null,
    key: "name",
    value: name,
    versionHash: nameRep.fact.value === name ? nameRep.fact.versionHash : undefined,
    text: nameRep.fact.text,
    source: nameRep.fact.source,
    alsoIn: uniqueRefs(canonical.map((e) => e.fact.source), nameRep.fact.source),
    disputed: false,
  });
  // Never an alias: the name itself, a belligerent, a single generic word.
  const bellKeys = new Set<string>();
  for (const es of buckets.get("belligerent") ?? []) if (es) for (const e of es) bellKeys.add(e.fact.key); // a belligerent's key is its normKey
  const aliasKey = (f: Fact): string => normKey(String(f.value)) || String(f.value);
  const aliasEntries = [...nameEntries.filter((e) => normKey(String(e.fact.value)) !== nameKey), ...byKind("alias")].filter((e) =>
    acceptableAlias(String(e.fact.value), bellKeys),
  );
  return m.union(null, "alias", null, aliasEntries, aliasKey, new Set([nameKey])) as string[];
}

function mergeSides(m: Merger, sideMaps: readonly Map<number, number>[], byKind: EntriesOf): Side[] {
  let sideCount = 0;
  for (const mp of sideMaps) for (const to of mp.values()) if (to > sideCount) sideCount = to;
  const sides: Side[] = [];
  for (let s = 1; s <= sideCount; s++) {
    const belligerents = m.union(`side${s}.belligerent`, "belligerent", s, byKind("belligerent", s), (f) => f.key) as string[];
    const units = m.union(`side${s}.unit`, "unit", s, byKind("unit", s), (f) => f.key) as string[];
    const commanders = mergeCommanders(m, s, byKind("commander", s));
    const strength = m.single(`side${s}.strength`, "strength", s, "strength", byKind("strength", s)) as Strength | null;
    const casualties = m.single(`side${s}.casualties`, "casualties", s, "casualties", byKind("casualties", s)) as Casualties | null;
    for (const c of CASUALTY_CATEGORIES) m.single(`side${s}.casualties.${c}`, c, s, c, byKind(c, s));
    sides.push({ index: s, belligerents, commanders, units, strength, casualties });
  }
  return sides;
}

/** Id: slug of the name and the start year (the date's, else a bracketed year in a Part-of text); unique among `usedIds`. */
function eventId(name: string, date: DateRange | null, primary: ParsedArticle, ordered: readonly ParsedArticle[], usedIds: Set<string>): string {
  let era: [number, number] | null = null;
  for (const a of ordered) if ((era = bracketEra(partOfFact(a)?.text ?? null))) break;
  const year = date ? date.start.slice(0, 4) : era ? String(era[0]) : "";
  let id = [slugify(name) || `event-${shortHash(primary.file).slice(0, 8)}`, year].filter(Boolean).join("-");
  if (usedIds.has(id)) id = `${id}-${shortHash(primary.file).slice(0, 6)}`;
  usedIds.add(id);
  return id;
}

/** Commanders of one side across articles: one person per identity, spellings as aliases. */
function mergeCommanders(m: Merger, side: number, entries: Entry[]): Person[] {
  // Each person's spellings without rank, kept up to date as people merge.
  const people: { person: Person; entries: Entry[]; spellings: string[] }[] = [];
  const spellingsOf = (p: Person): string[] => [p.name, ...p.aliases].map(stripRank);
  for (const e of entries) {
    const p = e.fact.value as Person;
    const spellings = spellingsOf(p);
    const hits = people.filter((x) => x.spellings.some((n) => spellings.some((s) => samePerson(n, s))));
    // A bare surname matching two people stays apart rather than guessing.
    if (hits.length === 1) {
      const h = hits[0]!;
      h.person = mergePerson(h.person, p);
      h.spellings = spellingsOf(h.person);
      h.entries.push(e);
    } else people.push({ person: { ...p, aliases: [...p.aliases] }, entries: [e], spellings });
  }
  for (const x of people) {
    const key = personKey(x.person.name);
    const rep = x.entries[0]!;
    if (new Set(x.entries.map((e) => e.article)).size > 1) {
      m.agreements.push({ field: `side${side}.commander.${key}`, value: x.person.name, sources: x.entries.map((e) => e.fact.source) });
    }
    m.pending.push({
      kind: "commander",
      side,
      key,
      value: x.person,
      // One spelling: the person is the article's own value (copied), so is its hash.
      versionHash: x.entries.length === 1 ? rep.fact.versionHash : undefined,
      text: rep.fact.text,
      source: rep.fact.source,
      alsoIn: uniqueRefs(x.entries.map((e) => e.fact.source), rep.fact.source),
      disputed: false,
    });
  }
  return people.map((x) => x.person);
}

const RANK_PREFIX_RE = /^(?:(?:Lieutenant|Major|Vice|Rear|Fleet|Field|Brigadier|Colonel|Grand)\s+)?(?:General|Admiral|Marshal|Colonel|Major|Captain|Lieutenant|Commander|Brigadier|Commodore)\s+/;

function stripRank(name: string): string {
  return name.replace(RANK_PREFIX_RE, "");
}

/** Timeline entries: same date and a similar sentence are one entry stated by several sources. */
function mergeTimeline(m: Merger, entries: Entry[]): TimelineEntry[] {
  const groups: { date: string; text: string; entries: Entry[] }[] = [];
  const byDate = new Map<string, typeof groups>();
  for (const e of entries) {
    const v = e.fact.value as { date: string; text: string };
    const same = byDate.get(v.date) ?? [];
    const g = same.find((x) => similarSentences(x.text, v.text));
    if (g) g.entries.push(e);
    else {
      const ng = { date: v.date, text: v.text, entries: [e] };
      groups.push(ng);
      same.push(ng);
      byDate.set(v.date, same);
    }
  }
  const order = groups.map((_, i) => i).sort((a, b) => cmp(groups[a]!.date, groups[b]!.date) || a - b);
  const out: TimelineEntry[] = [];
  for (const i of order) {
    const g = groups[i]!;
    const rep = g.entries[0]!;
    const v = rep.fact.value as { date: string; text: string };
    out.push({ date: v.date, text: v.text, source: rep.fact.source });
    m.pending.push({
      kind: "timeline",
      side: null,
      key: rep.fact.key,
      value: v,
      versionHash: rep.fact.versionHash,
      text: rep.fact.text,
      source: rep.fact.source,
      alsoIn: uniqueRefs(g.entries.map((e) => e.fact.source), rep.fact.source),
      disputed: false,
    });
  }
  return out;
}

/** Prose figures: same measure and quantity in similar sentences are one figure. */
function mergeProseNumbers(m: Merger, entries: Entry[]): void {
  const groups: { v: ProseNumberValue; entries: Entry[] }[] = [];
  const bySlot = new Map<string, typeof groups>();
  // Only figures of different articles are grouped: one article's stay apart.
  const oneArticle = entries.every((e) => e.article === entries[0]!.article);
  for (const e of entries) {
    const v = e.fact.value as ProseNumberValue;
    if (oneArticle) {
      groups.push({ v, entries: [e] });
      continue;
    }
    const slot = `${v.measure}|${v.quantity.min}|${v.quantity.max}`;
    const same = bySlot.get(slot) ?? [];
    const g = same.find((x) => x.entries[0]!.article !== e.article && similarSentences(x.v.sentence, v.sentence));
    if (g) g.entries.push(e);
    else {
      const ng = { v, entries: [e] };
      groups.push(ng);
      same.push(ng);
      bySlot.set(slot, same);
    }
  }
  const keys = new Set<string>();
  for (const g of groups) {
    const rep = g.entries[0]!;
    let key = rep.fact.key;
    // Two articles can produce the same key for different figures; keep slots distinct.
    while (keys.has(key)) key += "'";
    keys.add(key);
    m.pending.push({
      kind: "proseNumber",
      side: null,
      key,
      value: g.v,
      versionHash: rep.fact.versionHash,
      text: rep.fact.text,
      source: rep.fact.source,
      alsoIn: uniqueRefs(g.entries.map((e) => e.fact.source), rep.fact.source),
      disputed: false,
    });
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A belligerent cell that lost its separators ("Japan Manchukuo") is split when it is not itself a
 * belligerent elsewhere and every piece is one in another article of the corpus. Returns copies;
 * the input articles are not modified.
 */
function splitBelligerentsByCorpus(articles: ParsedArticle[]): ParsedArticle[] {
  const articlesWith = new Map<string, number>();
  for (const a of articles) {
    const keys = new Set<string>();
    for (const f of a.facts) if (f.kind === "belligerent") keys.add(f.key); // its normKey
    for (const k of keys) articlesWith.set(k, (articlesWith.get(k) ?? 0) + 1);
  }
  const split = (v: string): string[] => {
    const k = normKey(v);
    if ((articlesWith.get(k) ?? 0) > 1) return [v];
    return splitRunTogether(v, (piece) => {
      const pk = normKey(piece);
      return pk !== k && articlesWith.has(pk);
    });
  };
  return articles.map((a) => {
    if (!a.facts.some((f) => f.kind === "belligerent" && split(String(f.value)).length > 1)) return a;
    const facts = a.facts.flatMap((f): Fact[] => {
      if (f.kind !== "belligerent") return [f];
      const parts = split(f.value);
      return parts.length < 2 ? [f] : parts.map((p) => makeFact("", "belligerent", f.side, normKey(p), p, f.text, f.source));
    });
    const sides = a.event.sides.map((s) => ({ ...s, belligerents: s.belligerents.flatMap(split) }));
    return { ...a, facts, event: { ...a.event, sides } };
  });
}

/**
 * Wars across the corpus (see lib/content/partof for what one article says):
 *   - a campaign named only with its enclosing war ("the Soviet invasion of Manchuria of World War
 *     II"), or a Part-of phrase that names no war ("the Northern Campaigns"), inherits the war of
 *     the event whose name or alias it is, when the corpus has one and only one such war; the
 *     phrase is then the campaign;
 *   - one display per war: hyphen and dash variants fold together ("Soviet-Japanese War" =
 *     "Soviet–Japanese War"); the form most articles write wins, the en dash form on a tie, then
 *     the first seen.
 * Returns copies of the articles whose war or campaign changed; the inputs are not modified.
 */
function resolveWars(articles: ParsedArticle[]): ParsedArticle[] {
  const { war, campaign } = campaignWars(articles);
  const display = warDisplays(articles);
  return articles.map((a) => {
    const w0 = war.get(a) ?? a.event.partOf;
    const w = w0 === null ? null : (display.get(warKey(w0)) ?? w0);
    const c = campaign.get(a) ?? a.event.campaign;
    if (w === a.event.partOf && c === a.event.campaign) return a;
    const pf = partOfFact(a);
    const facts = a.facts.flatMap((f): Fact[] => {
      if (f.kind === "partOf" && w !== null) {
        const nf = f.value === w ? f : makeFact("", "partOf", null, f.key, w, f.text, f.source);
        // A Part-of phrase found to be a campaign: its campaign fact reads the same line.
        return c !== null && a.event.campaign === null ? [nf, makeFact("", "campaign", null, "campaign", c, f.text, f.source)] : [nf];
      }
      return [f];
    });
    return pf ? { ...a, facts, event: { ...a.event, partOf: w, campaign: c } } : a;
  });
}

/** The war (and campaign) of each article whose Part-of names a campaign or event, found through the articles whose war is known. */
function campaignWars(articles: readonly ParsedArticle[]): { war: Map<ParsedArticle, string>; campaign: Map<ParsedArticle, string> } {
  const war = new Map<ParsedArticle, string>();
  const campaign = new Map<ParsedArticle, string>();
  // Names of events whose war is known → that war (by key) and its display; a name shared by
  // events of different wars resolves nothing.
  const index = new Map<string, { key: string; display: string; from: ParsedArticle } | null>();
  const addToIndex = (a: ParsedArticle, w: string) => {
    const key = warKey(w);
    for (const k of nameKeysOf(a)) {
      const e = index.get(k);
      if (e === undefined) index.set(k, { key, display: w, from: a });
      else if (e !== null && e.key !== key) index.set(k, null);
    }
  };
  // The phrase to look up, for an article that names no war of its own.
  let pending: { a: ParsedArticle; lookup: string }[] = [];
  for (const a of articles) {
    const w = a.event.partOf;
    if (!w) continue;
    const c = a.event.campaign;
    if (isWarPhrase(w) && !(c && isEnclosingWar(w))) addToIndex(a, w);
    else pending.push({ a, lookup: c ?? w });
  }
  // Each pass can resolve a campaign of a campaign; a pass that resolves nothing ends it.
  while (pending.length > 0) {
    const still: typeof pending = [];
    const resolved: ParsedArticle[] = [];
    for (const p of pending) {
      const hit = index.get(normKey(p.lookup));
      if (hit && hit.from !== p.a) {
        campaign.set(p.a, p.lookup);
        war.set(p.a, hit.display);
        resolved.push(p.a);
      } else still.push(p);
    }
    if (resolved.length === 0) break;
    for (const a of resolved) addToIndex(a, war.get(a)!);
    pending = still;
  }
  return { war, campaign };
}

/** One display per war (by key): the form the articles write most, an en dash winning a tie. */
function warDisplays(articles: readonly ParsedArticle[]): Map<string, string> {
  const forms = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const w = a.event.partOf;
    if (!w || enclosingOnly(a)) continue;
    const k = warKey(w);
    let f = forms.get(k);
    if (!f) forms.set(k, (f = new Map()));
    f.set(w, (f.get(w) ?? 0) + 1);
  }
  const display = new Map<string, string>();
  for (const [k, f] of forms) {
    let best = "";
    let bestN = 0;
    for (const [form, n] of f) if (n > bestN || (n === bestN && form.includes("\u2013") && !best.includes("\u2013"))) [best, bestN] = [form, n];
    display.set(k, best);
  }
  return display;
}

/** Articles with an error yield no event; the others are grouped into events and merged. */
export function reconcile(input: ParsedArticle[]): Corpus {
  const articles = input;
  const ok = resolveWars(splitBelligerentsByCorpus(articles.filter((a) => !a.issues.some((i) => i.severity === "error"))));
  const clusters = cluster(ok.map(infoOf));
  const usedIds = new Set<string>();
  const events: BattleEvent[] = [];
  const eventOf = new Map<string, string>();
  for (const c of clusters) {
    const ev = mergeEvent(
      c.map((i) => i.article),
      usedIds,
    );
    events.push(ev);
    for (const i of c) eventOf.set(i.article.file, ev.id);
  }
  const issues = articles.flatMap((a) => a.issues);
  return {
    events,
    articles: articles.map((a) => ({ file: a.file, title: a.title, shape: a.shape, sha256: a.sha256, bytes: a.bytes, eventId: eventOf.get(a.file) ?? "" })),
    issues,
  };
}

