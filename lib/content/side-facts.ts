/**
 * One side's facts, read from its labelled cells: belligerents, units, strength, casualties and
 * commanders (the commanders completed from ranked mentions in the prose).
 */
import type { Casualties, Fact, Person, ProseNumberValue, Side, Strength } from "../facts/types";
import { type CasualtyCategory, CASUALTY_CATEGORIES, parseCasualties } from "./casualties";
import { type FactSink, isOnLine } from "./event-facts";
import { makeFact } from "./facts";
import { annotateFigure, hasCompetingFigure, type NumbersOf } from "./figures";
import type { Cell, RawArticle, SideField } from "./model";
import { matchNumbers, type NumberMatch } from "./numbers";
import { mergePerson, personKey, samePerson, splitPeopleCell } from "./people";
import type { MentionHit, ProseAnalysis } from "./prose";
import { stripFlagImages } from "./flags";
import { isListedState, parseStrength, splitBelligerents, splitUnits } from "./sides";
import { clean, normKey, splitLineBreaks } from "./text";

interface Located<T> {
  value: T;
  line: number;
  text: string;
}

/** A commander as read from a cell, before prose mentions complete it and duplicates go. */
export interface CommanderCandidate {
  side: number;
  person: Person;
  line: number;
  text: string;
}

/** What the side readers share across the sides of one article. */
interface SideContext {
  raw: RawArticle;
  prose: ProseAnalysis;
  sink: FactSink;
  /** Does the prose write this name as a capitalised run? */
  inProse: (name: string) => boolean;
  /** The prose's sentences, cleaned: read only when a figure's attribution is looked up (a coalition side). */
  proseTexts: () => string[];
  proseNumbers: () => ProseNumberValue[];
  /** The figures of a cell or prose text, each text read once per article. */
  numbersOf: NumbersOf;
  /** Comparison keys of the belligerents of every side, built when a commander cell needs them. */
  belligerentKeys?: Set<string>;
}

export interface SidesRead {
  sides: Side[];
  /** Each side's facts, in order; commander facts are appended by `addCommanders`. */
  facts: Fact[][];
  commanders: CommanderCandidate[];
}

export function readSides(raw: RawArticle, lines: readonly string[], prose: ProseAnalysis, sink: FactSink): SidesRead {
  let capRuns: Set<string> | undefined; // built only if a belligerent cell needs it
  let capRunKeys: Set<string> | undefined;
  let proseTexts: string[] | undefined;
  let proseNumbers: ProseNumberValue[] | undefined;
  const cx: SideContext = {
    raw,
    prose,
    sink,
    // A name written as in the prose needs no normalising; else compare keys.
    inProse: (name) => (capRuns ??= new Set(prose.capRuns)).has(name) || (capRunKeys ??= keysOf(capRuns)).has(normKey(name)),
    proseTexts: () => (proseTexts ??= raw.prose.map((idx) => clean(lines[idx] ?? ""))),
    proseNumbers: () => (proseNumbers ??= prose.numbers.map((n) => n.value)),
    numbersOf: numbersMemo(),
  };
  const out: SidesRead = { sides: [], facts: [], commanders: [] };
  raw.sides.forEach((cells, i) => {
    const side: Side = { index: i + 1, belligerents: [], commanders: [], units: [], strength: null, casualties: null };
    const list: Fact[] = [];
    readBelligerents(cells.belligerent, side, list, cx);
    readCommanders(cells.commander, side.index, out.commanders, cx);
    readUnits(cells.unit, side, list, cx);
    if (cells.strength) readStrength(cells.strength, side, list, cx);
    if (cells.casualties) readCasualties(cells.casualties, side, list, cx);
    out.sides.push(side);
    out.facts.push(list);
  });
  return out;
}

type SideCells = Partial<Record<SideField, Cell>>;

function readBelligerents(cell: SideCells["belligerent"], side: Side, list: Fact[], cx: SideContext): void {
  const found: Located<string>[] = [];
  for (const cl of cell ?? []) for (const b of splitBelligerents(cl.text, cx.inProse)) found.push({ value: b, line: cl.line, text: quote(cl.text, b) });
  for (const b of dedupe(found)) {
    side.belligerents.push(b.value);
    list.push(makeFact("", "belligerent", side.index, b.key, b.value, b.text, cx.sink.ref(b.line)));
  }
}

function readCommanders(cell: SideCells["commander"], index: number, into: CommanderCandidate[], cx: SideContext): void {
  if (!cell?.length) return;
  // The cell's lines are split together: its separators delimit items, each one person unless clearly several.
  const splits = splitPeopleCell(cell.map((cl) => cl.text), cx.prose.known);
  cell.forEach((cl, k) => {
    const split = splits[k]!;
    for (const amb of split.ambiguous) cx.sink.issues.warn(cl.line, `ambiguous commander list '${amb}': split by name shapes, check the result`);
    for (const p of split.people) {
      if (isFlagLabel(p.person.name, cx)) continue;
      const person = withoutFlagLabel(p.person, cx);
      into.push({ side: index, person, line: cl.line, text: quote(cl.text, p.text, person.name) });
    }
  });
}

/**
 * "Spanish Empire John of Austria": a flag's label (a state of the article, or a listed state)
 * in front of a commander is no person.
 */
function isFlagLabel(name: string, cx: SideContext): boolean {
  const states = (cx.belligerentKeys ??= new Set(cx.raw.sides.flatMap((s) => (s.belligerent ?? []).flatMap((c) => splitLineBreaks(c.text).map((t) => normKey(stripFlagImages(clean(t))))))));
  return states.has(normKey(name)) || isListedState(name);
}

/** "Alpha Republic Anton Kessler" read as one person: the label before the name goes. */
function withoutFlagLabel(person: Person, cx: SideContext): Person {
  const words = person.name.split(" ");
  for (let k = Math.min(6, words.length - 2); k >= 1; k--) {
    if (isFlagLabel(words.slice(0, k).join(" "), cx)) return { ...person, name: words.slice(k).join(" ") };
  }
  return person;
}

function readUnits(cell: SideCells["unit"], side: Side, list: Fact[], cx: SideContext): void {
  const units: Located<string>[] = [];
  for (const cl of cell ?? []) for (const u of splitUnits(cl.text)) units.push({ value: u, line: cl.line, text: quote(cl.text, u) });
  for (const u of dedupe(units)) {
    side.units.push(u.value);
    list.push(makeFact("", "unit", side.index, u.key, u.value, u.text, cx.sink.ref(u.line)));
  }
}

function readStrength(cell: Cell, side: Side, list: Fact[], cx: SideContext): void {
  const parsed = parseStrength(cell.map((c) => c.text));
  // Ships, guns or formations only ("5 battleships", "2 battalions"): no strength in men.
  if (!parsed) return;
  const st: Strength = annotateFigure(parsed, cell.map((c) => clean(c.text)).join("\n"), side.belligerents, coalitionTexts(side, cx), cx.numbersOf);
  // Another strength for this side in the prose ("out of 158,000 Russians"): the question asks for the infobox's.
  if (!st.claimant && hasCompetingFigure(st, "strength", side.belligerents, cx.proseNumbers())) st.claimant = "the infobox";
  side.strength = st;
  list.push(makeFact("", "strength", side.index, "strength", st, cell[0]!.text, cx.sink.ref(cell[0]!.line)));
}

function readCasualties(cell: Cell, side: Side, list: Fact[], cx: SideContext): void {
  const parsed = parseCasualties(
    cell.map((c) => ({ text: c.text, ref: c.line })),
    cx.raw.hints,
  );
  if (!parsed) return;
  const cas: Casualties = parsed.casualties;
  if (parsed.partial.length) {
    const groups = cas.notes.map((n) => n.group).join(", ");
    cx.sink.issues.warn(cell[0]!.line, `casualties of ${groups} not summed for ${parsed.partial.join(", ")}: a group does not give its share, so the side's figure is unknown`);
  }
  const cellJoined = cell.map((c) => clean(c.text)).join("\n");
  for (const c of CASUALTY_CATEGORIES) {
    const r = cas[c];
    if (!r) continue;
    const a = annotateFigure(r, cellJoined, side.belligerents, coalitionTexts(side, cx), cx.numbersOf);
    // The prose gives another count for this side: the question asks for the infobox's.
    if (!a.claimant && hasCompetingFigure(a, c, side.belligerents, cx.proseNumbers())) a.claimant = "the infobox";
    cas[c] = a;
  }
  side.casualties = cas;
  const first = cell[0]!.line;
  list.push(makeFact("", "casualties", side.index, "casualties", cas, cell[0]!.text, cx.sink.ref(first)));
  for (const c of CASUALTY_CATEGORIES) {
    const r = cas[c];
    if (!r) continue;
    const line = parsed.refs[c as CasualtyCategory] ?? first;
    const ref = cx.sink.ref(line);
    // A figure read from a reworded cell ("Killed: 2,000" read as "2,000 killed") quotes its line.
    list.push(makeFact("", c, side.index, c, r, isOnLine(ref.text, r.text) ? r.text : clean(ref.text), ref));
  }
}

/** The prose is read for a figure's belligerent only on a coalition side. */
function coalitionTexts(side: Side, cx: SideContext): string[] {
  return side.belligerents.length < 2 ? [] : cx.proseTexts();
}

function keysOf(names: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const n of names) keys.add(normKey(n));
  return keys;
}

function numbersMemo(): NumbersOf {
  const memo = new Map<string, readonly NumberMatch[]>();
  return (text) => {
    let m = memo.get(text);
    if (!m) memo.set(text, (m = matchNumbers(text)));
    return m;
  };
}

/** Ranked prose mentions complete commanders: a rank the cell omits, a fuller spelling, aliases. */
export function completeCommanders(commanders: CommanderCandidate[], mentions: readonly MentionHit[]): void {
  for (const m of mentions) {
    if (!m.rank) continue;
    const hits = commanders.filter((c) => samePerson(m.name, c.person.name));
    if (hits.length !== 1) continue;
    hits[0]!.person = mergePerson(hits[0]!.person, { name: m.name, rank: m.rank, status: null, aliases: [] });
  }
}

/** Each side's commanders, once per person, after the side's other facts. */
export function addCommanders(read: SidesRead, sink: FactSink): void {
  const seen = new Set<string>();
  for (const c of read.commanders) {
    const key = personKey(c.person.name);
    const slot = `${c.side}\u0000${key}`;
    if (seen.has(slot)) continue;
    seen.add(slot);
    read.sides[c.side - 1]!.commanders.push(c.person);
    read.facts[c.side - 1]!.push(makeFact("", "commander", c.side, key, c.person, c.text, sink.ref(c.line)));
  }
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

/** The first of each comparison key, with its key; items without one are dropped. */
function dedupe<T extends string>(items: Located<T>[]): (Located<T> & { key: string })[] {
  const seen = new Set<string>();
  const out: (Located<T> & { key: string })[] = [];
  for (const x of items) {
    const key = normKey(x.value);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ value: x.value, line: x.line, text: x.text, key });
  }
  return out;
}
