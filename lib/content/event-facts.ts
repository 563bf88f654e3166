/**
 * The event's own facts, read from the intermediate form: its name, the war it is part of, its
 * date, place, result and territorial changes, and its other names (aliases).
 */
import type { DateRange, Fact, ParsedArticle, SourceRef } from "../facts/types";
import { parseDateRange } from "./dates";
import { makeFact } from "./facts";
import { type Cell, cellText, type Issues, type RawArticle } from "./model";
import { acceptableAlias } from "./names";
import { parsePartOf } from "./partof";
import type { AliasHit, ProseAnalysis } from "./prose";
import { clean, normKey } from "./text";
import { renderWikiLine } from "./wiki";

export type ParsedEvent = ParsedArticle["event"];

/** Where facts of one article go, and how they point at their source lines. */
export interface FactSink {
  facts: Fact[];
  ref: (line: number) => SourceRef;
  issues: Issues;
}

export function emptyEvent(name: string): ParsedEvent {
  return { name, aliases: [], partOf: null, campaign: null, date: null, place: null, result: null, territory: null, sides: [], timeline: [] };
}

const TITLE_PAREN_RE = /^(.*\S)\s*\((\p{Lu}[^()]*)\)$/u;

/**
 * "Battle of Sandepu (Battle of Heikoutai)": the bracketed other name is an alias, taken off the
 * title; a bracketed year ("Battle of the Yalu River (1904)") is part of the title.
 */
export function takeTitleAlias(raw: RawArticle): string | null {
  const tp = TITLE_PAREN_RE.exec(raw.title);
  if (!tp) return null;
  raw.title = tp[1]!;
  return tp[2]!;
}

const firstLine = (cell: Cell) => cell[0]!.line;

/** Name, part of, date, place, result and territory facts; returns the infobox's date. */
export function readEventFields(raw: RawArticle, ev: ParsedEvent, sink: FactSink): DateRange | null {
  sink.facts.push(makeFact("", "name", null, "name", raw.title, raw.title, sink.ref(raw.titleLine)));
  if (raw.fields.partOf) readPartOf(raw.fields.partOf, ev, sink);
  const date = raw.fields.date ? readDate(raw.fields.date, sink) : null;
  for (const field of ["place", "result", "territory"] as const) {
    const cell = raw.fields[field];
    if (!cell) continue;
    const v = cell.map((c) => clean(c.text)).filter(Boolean).join("; ");
    if (!v) continue;
    ev[field] = v;
    const ref = sink.ref(firstLine(cell));
    sink.facts.push(makeFact("", field, null, field, v, quoteOn(ref, cell[0]!.text), ref));
  }
  return date;
}

/**
 * The quote of a value on its line: the value as read, or the line itself when reading changed it
 * (template source renders "[[Dogali]], [[Ethiopian Empire]]" as "Dogali, Ethiopian Empire").
 */
function quoteOn(ref: SourceRef, text: string): string {
  return isOnLine(ref.text, text) ? text : ref.text.trim();
}

/** Is `text` on `line` as written, as cleaned (footnotes, spaces) or as wiki source renders it? */
export function isOnLine(line: string, text: string): boolean {
  return line.includes(text) || clean(line).includes(text) || renderWikiLine(line).includes(text);
}

/** The war (the enclosing one when only a campaign is named; reconcile may resolve it) and the campaign. */
function readPartOf(cell: Cell, ev: ParsedEvent, sink: FactSink): void {
  const p = parsePartOf(cellText(cell, "; "));
  if (p.war) {
    ev.partOf = p.war;
    sink.facts.push(makeFact("", "partOf", null, "partOf", p.war, cell[0]!.text, sink.ref(firstLine(cell))));
  }
  if (p.campaign) {
    ev.campaign = p.campaign;
    sink.facts.push(makeFact("", "campaign", null, "campaign", p.campaign, cell[0]!.text, sink.ref(firstLine(cell))));
  }
}

function readDate(cell: Cell, sink: FactSink): DateRange | null {
  const date = parseDateRange(cell[0]!.text);
  const ref = sink.ref(firstLine(cell));
  if (date) sink.facts.push(makeFact("", "date", null, "date", date, quoteOn(ref, cell[0]!.text), ref));
  else sink.issues.warn(firstLine(cell), `unreadable date '${clean(cellText(cell))}'; the event date is left empty`);
  return date;
}

/** The event's date: the infobox's, else one the lead states unambiguously. */
export function adoptLeadDate(infoboxDate: DateRange | null, prose: ProseAnalysis, sink: FactSink): DateRange | null {
  if (infoboxDate || !prose.leadDate) return infoboxDate;
  const date = prose.leadDate.range;
  sink.facts.push(makeFact("", "date", null, "date", date, date.text, sink.ref(prose.leadDate.line)));
  return date;
}

/** Aliases: the title's bracketed name, a Conflict key that differs from the title, then native-script and "also called" names. */
export function readAliases(raw: RawArticle, lines: readonly string[], titleAlias: string | null, proseAliases: readonly AliasHit[], ev: ParsedEvent, sink: FactSink): void {
  const seen = new Set<string>([normKey(raw.title)]);
  const add = (alias: string, line: number, text: string) => {
    const k = normKey(alias) || alias;
    if (seen.has(k)) return;
    seen.add(k);
    ev.aliases.push(alias);
    sink.facts.push(makeFact("", "alias", null, k, alias, text, sink.ref(line)));
  };
  if (titleAlias) add(titleAlias, raw.titleLine, lines[raw.titleLine - 1] ?? titleAlias);
  const nameCell = raw.fields.name;
  if (nameCell) add(clean(cellText(nameCell)), firstLine(nameCell), cellText(nameCell));
  for (const a of proseAliases) add(a.alias, a.line, a.text);
}

/** Never an alias: a belligerent ("Soviet Union") or a single generic word ("Soviet", "Battle"). Returns the facts kept. */
export function dropBadAliases(ev: ParsedEvent, facts: Fact[]): Fact[] {
  const bellKeys = new Set<string>();
  for (const sd of ev.sides) for (const b of sd.belligerents) bellKeys.add(normKey(b));
  const badAlias = (v: string) => !acceptableAlias(v, bellKeys);
  if (!ev.aliases.some(badAlias)) return facts;
  ev.aliases = ev.aliases.filter((v) => !badAlias(v));
  return facts.filter((f) => f.kind !== "alias" || !badAlias(f.value));
}
