/**
 * parseArticle: one file's bytes → ParsedArticle (event + facts with their source lines + issues).
 * Pure: no I/O, same input → same output.
 */
import type { Casualties, DateRange, Fact, ParsedArticle, Person, Side, SourceRef, Strength, TimelineEntry } from "../facts/types";
import { type CasualtyCategory, CASUALTY_CATEGORIES, parseCasualties } from "./casualties";
import { parseDateRange } from "./dates";
import { annotateFigure, hasCompetingFigure } from "./figures";
import { makeFact, proseNumberKey, sentenceShape, timelineKey } from "./facts";
import { parseInfobox } from "./infobox";
import { parsePartOf } from "./partof";
import { type Cell, cellText, Issues, type RawArticle } from "./model";
import { acceptableAlias } from "./names";
import { mergePerson, personKey, samePerson, splitPeople } from "./people";
import { analyseProse } from "./prose";
import { parseScraped } from "./scraped";
import { detectShape, TITLE_LINE_RE } from "./shape";
import { parseStrength, splitBelligerents, splitUnits } from "./sides";
import { decodeLines } from "./decode";
import { sha256Hex } from "./hash";
import { clean, normKey } from "./text";

function emptyEvent(name: string): ParsedArticle["event"] {
  return { name, aliases: [], partOf: null, campaign: null, date: null, place: null, result: null, territory: null, sides: [], timeline: [] };
}

export function parseArticle(file: string, bytes: Buffer | string): ParsedArticle {
  const buf = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
  const issues = new Issues(file);
  const out: ParsedArticle = {
    file,
    title: "",
    shape: "infobox",
    sha256: sha256Hex(buf),
    bytes: buf.length,
    event: emptyEvent(""),
    facts: [],
    issues: issues.list,
  };
  if (buf.length === 0) {
    issues.error(1, "empty file");
    return out;
  }
  const decoded = decodeLines(buf);
  if (!decoded.ok) {
    issues.error(decoded.line, decoded.message);
    return out;
  }
  const lines = decoded.lines;
  if (lines.every((l) => !l.trim())) {
    issues.error(1, "empty file (whitespace only)");
    return out;
  }
  const shape = detectShape(lines);
  if (!shape) {
    const firstLine = lines.find((l) => l.trim()) ?? "";
    const t = TITLE_LINE_RE.exec(firstLine.trim());
    if (t) out.title = clean(t[1]!);
    // A rendered infobox flattened to one value per line has its section labels on lines of
    // their own, with nothing to tell which value belongs to which side: say so where it shows.
    const flat = lines.findIndex((l, i) => i < 80 && FLAT_LABEL_RE.test(l.trim()));
    if (flat >= 0)
      issues.error(
        flat + 1,
        `infobox flattened to one value per line ('${lines[flat]!.trim()}' without '|' separators): sides cannot be told apart; expected '- Key: Value' lines, 'key = value' template lines or a table with '|' separators`,
      );
    else issues.error(1, "no infobox found: expected '- Key: Value' lines, 'key = value' template lines or an infobox table with '|' separators");
    return out;
  }
  out.shape = shape === "scraped" ? "scraped" : "infobox";
  const raw = shape === "scraped" ? parseScraped(lines, issues) : parseInfobox(lines, issues, shape === "template" ? "template" : "keys");
  if (!raw) return out;
  out.title = raw.title;
  build(file, lines, raw, issues, out);
  return out;
}

/**
 * What a fact quotes must be on its source line: the item as split if the line has it verbatim,
 * else the first fallback that is, else the cell's text on that line ("First Army" read from
 * "First, Second and Third Armies").
 */
function quote(cellLine: string, ...candidates: string[]): string {
  for (const c of candidates) if (c && cellLine.includes(c)) return c;
  return cellLine;
}

const FLAT_LABEL_RE = /^(?:Belligerents|Combatants|Commanders and leaders|Strength|Casualties and losses)$/;

const TITLE_PAREN_RE = /^(.*\S)\s*\((\p{Lu}[^()]*)\)$/u;

interface Located<T> {
  value: T;
  line: number;
  text: string;
}

function build(file: string, lines: readonly string[], raw: RawArticle, issues: Issues, out: ParsedArticle): void {
  // One SourceRef per line, shared by the facts read from it.
  const refs = new Map<number, SourceRef>();
  const ref = (line: number): SourceRef => {
    let r = refs.get(line);
    if (!r) refs.set(line, (r = { file, line, text: lines[line - 1] ?? "" }));
    return r;
  };
  const facts: Fact[] = [];
  // "Battle of Sandepu (Battle of Heikoutai)": the bracketed other name is an alias; a bracketed
  // year ("Battle of the Yalu River (1904)") is part of the title.
  let titleAlias: string | null = null;
  const tp = TITLE_PAREN_RE.exec(raw.title);
  if (tp) {
    raw.title = tp[1]!;
    titleAlias = tp[2]!;
    out.title = raw.title;
  }
  const ev = emptyEvent(raw.title);
  const first = (cell: Cell) => cell[0]!.line;

  facts.push(makeFact("", "name", null, "name", raw.title, raw.title, ref(raw.titleLine)));

  const partOfCell = raw.fields.partOf;
  if (partOfCell) {
    // The war (the enclosing one when only a campaign is named; reconcile may resolve it) and the campaign.
    const p = parsePartOf(cellText(partOfCell, "; "));
    if (p.war) {
      ev.partOf = p.war;
      facts.push(makeFact("", "partOf", null, "partOf", p.war, partOfCell[0]!.text, ref(first(partOfCell))));
    }
    if (p.campaign) {
      ev.campaign = p.campaign;
      facts.push(makeFact("", "campaign", null, "campaign", p.campaign, partOfCell[0]!.text, ref(first(partOfCell))));
    }
  }

  let date: DateRange | null = null;
  const dateCell = raw.fields.date;
  if (dateCell) {
    date = parseDateRange(dateCell[0]!.text);
    if (date) facts.push(makeFact("", "date", null, "date", date, dateCell[0]!.text, ref(first(dateCell))));
    else issues.warn(first(dateCell), `unreadable date '${clean(cellText(dateCell))}'; the event date is left empty`);
  }

  for (const field of ["place", "result", "territory"] as const) {
    const cell = raw.fields[field];
    if (!cell) continue;
    const v = cell.map((c) => clean(c.text)).filter(Boolean).join("; ");
    if (!v) continue;
    ev[field] = v;
    facts.push(makeFact("", field, null, field, v, cell[0]!.text, ref(first(cell))));
  }

  const prose = analyseProse(lines, raw.prose, raw.title, date);
  if (!date && prose.leadDate) {
    date = prose.leadDate.range;
    facts.push(makeFact("", "date", null, "date", date, date.text, ref(prose.leadDate.line)));
  }
  ev.date = date;

  // Aliases: a Conflict key that differs from the title, then native-script and "also called" names.
  const aliasSeen = new Set<string>([normKey(raw.title)]);
  const addAlias = (alias: string, line: number, text: string) => {
    const k = normKey(alias) || alias;
    if (aliasSeen.has(k)) return;
    aliasSeen.add(k);
    ev.aliases.push(alias);
    facts.push(makeFact("", "alias", null, k, alias, text, ref(line)));
  };
  if (titleAlias) addAlias(titleAlias, raw.titleLine, lines[raw.titleLine - 1] ?? titleAlias);
  const nameCell = raw.fields.name;
  if (nameCell) addAlias(clean(cellText(nameCell)), first(nameCell), cellText(nameCell));
  for (const a of prose.aliases) addAlias(a.alias, a.line, a.text);

  // Sides.
  const commanders: { side: number; person: Person; line: number; text: string }[] = [];
  const sides: Side[] = [];
  const sideFacts: Fact[][] = [];
  let capRuns: Set<string> | undefined; // built only if a belligerent cell needs it
  // The prose, read only when a figure's attribution is looked up (a coalition side).
  let proseCache: string[] | undefined;
  const proseTexts = (): string[] => (proseCache ??= raw.prose.map((idx) => clean(lines[idx] ?? "")));
  raw.sides.forEach((cells, i) => {
    const index = i + 1;
    const side: Side = { index, belligerents: [], commanders: [], units: [], strength: null, casualties: null };
    const list: Fact[] = [];
    const bell: Located<string>[] = [];
    // A name written as in the prose needs no normalising; else compare keys.
    const inProse = (name: string) => prose.capRuns.includes(name) || (capRuns ??= new Set(prose.capRuns.map((r) => normKey(r)))).has(normKey(name));
    for (const cl of cells.belligerent ?? []) for (const b of splitBelligerents(cl.text, inProse)) bell.push({ value: b, line: cl.line, text: quote(cl.text, b) });
    for (const b of dedupe(bell)) {
      side.belligerents.push(b.value);
      list.push(makeFact("", "belligerent", index, normKey(b.value), b.value, b.text, ref(b.line)));
    }
    for (const cl of cells.commander ?? []) {
      const split = splitPeople(cl.text, prose.known);
      for (const amb of split.ambiguous) issues.warn(cl.line, `ambiguous commander list '${amb}': split by name shapes, check the result`);
      for (const p of split.people) commanders.push({ side: index, person: p.person, line: cl.line, text: quote(cl.text, p.text, p.person.name) });
    }
    const units: Located<string>[] = [];
    for (const cl of cells.unit ?? []) for (const u of splitUnits(cl.text)) units.push({ value: u, line: cl.line, text: quote(cl.text, u) });
    for (const u of dedupe(units)) {
      side.units.push(u.value);
      list.push(makeFact("", "unit", index, normKey(u.value), u.value, u.text, ref(u.line)));
    }
    const sCell = cells.strength;
    if (sCell) {
      const parsedStrength = parseStrength(sCell.map((c) => c.text));
      const st: Strength | null = parsedStrength && annotateFigure(parsedStrength, sCell.map((c) => clean(c.text)).join("\n"), side.belligerents, proseTexts());
      // Another strength for this side in the prose ("out of 158,000 Russians"): the question asks for the infobox's.
      if (st && !st.claimant && hasCompetingFigure(st, "strength", side.belligerents, prose.numbers.map((n) => n.value))) st.claimant = "the infobox";
      if (st) {
        side.strength = st;
        list.push(makeFact("", "strength", index, "strength", st, sCell[0]!.text, ref(first(sCell))));
      } // ships, guns or formations only ("5 battleships", "2 battalions"): no strength in men
    }
    const cCell = cells.casualties;
    if (cCell) {
      const parsed = parseCasualties(
        cCell.map((c) => ({ text: c.text, ref: c.line })),
        raw.hints,
      );
      if (parsed) {
        const cas: Casualties = parsed.casualties;
        const cellJoined = cCell.map((c) => clean(c.text)).join("\n");
        for (const c of CASUALTY_CATEGORIES) {
          const r = cas[c];
          if (!r) continue;
          const a = annotateFigure(r, cellJoined, side.belligerents, proseTexts());
          // The prose gives another count for this side: the question asks for the infobox's.
          if (!a.claimant && hasCompetingFigure(a, c, side.belligerents, prose.numbers.map((n) => n.value))) a.claimant = "the infobox";
          cas[c] = a;
        }
        side.casualties = cas;
        list.push(makeFact("", "casualties", index, "casualties", cas, cCell[0]!.text, ref(first(cCell))));
        for (const c of CASUALTY_CATEGORIES) {
          const r = cas[c];
          if (!r) continue;
          const line = parsed.refs[c as CasualtyCategory] ?? first(cCell);
          list.push(makeFact("", c, index, c, r, r.text, ref(line)));
        }
      }
    }
    sides.push(side);
    sideFacts.push(list);
  });

  // Ranked prose mentions complete commanders: a rank the cell omits, a fuller spelling, aliases.
  for (const m of prose.mentions) {
    if (!m.rank) continue;
    const hits = commanders.filter((c) => samePerson(m.name, c.person.name));
    if (hits.length !== 1) continue;
    hits[0]!.person = mergePerson(hits[0]!.person, { name: m.name, rank: m.rank, status: null, aliases: [] });
  }
  const personSeen = new Set<string>();
  for (const c of commanders) {
    const key = personKey(c.person.name);
    const slot = `${c.side}\u0000${key}`;
    if (personSeen.has(slot)) continue;
    personSeen.add(slot);
    sides[c.side - 1]!.commanders.push(c.person);
    sideFacts[c.side - 1]!.push(makeFact("", "commander", c.side, key, c.person, c.text, ref(c.line)));
  }
  ev.sides = sides;
  for (const l of sideFacts) facts.push(...l);

  const timeline: TimelineEntry[] = prose.timeline.map((t) => ({ date: t.date, text: t.sentence.text, source: ref(t.sentence.line) }));
  const order = timeline.map((_, i) => i).sort((a, b) => (timeline[a]!.date < timeline[b]!.date ? -1 : timeline[a]!.date > timeline[b]!.date ? 1 : a - b));
  ev.timeline = order.map((i) => timeline[i]!);
  for (const i of order) {
    const t = prose.timeline[i]!;
    facts.push(makeFact("", "timeline", null, timelineKey(t.date, t.sentence.text), { date: t.date, text: t.sentence.text }, t.sentence.raw, ref(t.sentence.line)));
  }
  const shapes = new Map<string, string>();
  const keys = new Set<string>();
  for (const n of prose.numbers) {
    let shape = shapes.get(n.sentence.text);
    if (shape === undefined) shapes.set(n.sentence.text, (shape = sentenceShape(n.sentence.text)));
    let key = proseNumberKey(n.value.measure, shape, n.ordinal);
    while (keys.has(key)) key += "'"; // the same sentence twice in one article
    keys.add(key);
    facts.push(makeFact("", "proseNumber", null, key, n.value, n.sentence.raw, ref(n.sentence.line)));
  }
  // Never an alias: a belligerent ("Soviet Union") or a single generic word ("Soviet", "Battle").
  const bellKeys = new Set<string>();
  for (const sd of sides) for (const b of sd.belligerents) bellKeys.add(normKey(b));
  const badAlias = (v: string) => !acceptableAlias(v, bellKeys);
  if (ev.aliases.some(badAlias)) {
    ev.aliases = ev.aliases.filter((v) => !badAlias(v));
    out.facts = facts.filter((f) => f.kind !== "alias" || !badAlias(f.value));
  } else out.facts = facts;
  out.event = ev;
}

function dedupe<T extends string>(items: Located<T>[]): Located<T>[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = normKey(x.value);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
