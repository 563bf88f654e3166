/**
 * The infobox shape (and, in mode "template", half-rendered template source; see ./template):
 *
 *   = Japanese invasion of Sakhalin =
 *   Infobox                      ← block title; "Battlebox", "Military conflict"… also occur
 *   - Conflict: …
 *   - Commander1: …
 *   ==Background==
 *   prose…
 */
import { type Cell, type EventField, Issues, type RawArticle, type SideField } from "./model";
import { HEADING_RE, KEY_LINE_RE, TEMPLATE_ANY_KEY_RE, TEMPLATE_LINE_RE, TITLE_LINE_RE } from "./shape";
import { isTemplateContinuation, renderTemplateValue } from "./template";
import { clean } from "./text";

const EVENT_KEYS = new Map<string, EventField>(Object.entries({
  conflict: "name", name: "name", title: "name", battle: "name",
  partof: "partOf", war: "partOf",
  date: "date", dates: "date",
  place: "place", location: "place",
  result: "result", outcome: "result",
  territory: "territory", territorial: "territory", territorialchanges: "territory", territorialchange: "territory",
}));
const SIDE_KEYS = new Map<string, SideField>(Object.entries({
  combatant: "belligerent", combatants: "belligerent", belligerent: "belligerent", belligerents: "belligerent", side: "belligerent",
  commander: "commander", commanders: "commander", leader: "commander", leaders: "commander", commandersandleaders: "commander",
  unit: "unit", units: "unit", unitsinvolved: "unit",
  strength: "strength", forces: "strength",
  casualties: "casualties", losses: "casualties", casualtiesandlosses: "casualties",
}));
/** Presentation keys carry no facts; they are skipped without a warning. */
const IGNORED_KEYS = new Set([
  "image", "imagesize", "imageupright", "caption", "alt", "map", "mapcaption", "maptype", "mapsize", "maplabel",
  "coordinates", "coord", "campaignbox", "campaign", "notes", "note", "width", "partofbox", "module",
]);
/** A line of template source that sets any parameter: `| image_size = 300px`. */
const TEMPLATE_PARAM_RE = /^\s*\|\s*[A-Za-z][\w -]{0,40}?\s*=(?!=)/;
const KEY_PARTS_RE = /^([a-z]+?)(\d*)$/;
const MAX_SIDES = 9;

export function parseInfobox(lines: readonly string[], issues: Issues, mode: "keys" | "template" = "keys"): RawArticle | null {
  const keyLine = mode === "template" ? TEMPLATE_LINE_RE : KEY_LINE_RE;
  const head = readHead(lines, keyLine);
  if (head.firstKey >= lines.length) {
    issues.error(head.titleLine || 1, "no infobox found: expected '- Key: Value' lines after the title");
    return null;
  }
  const raw: RawArticle = { shape: "infobox", title: head.title, titleLine: head.titleLine, fields: {}, sides: [], prose: head.leadProse, hints: [] };
  const keys = readKeys(lines, head.firstKey, mode, raw, issues);
  const sawProse = readBody(lines, keys.end, raw.prose);
  warnEmptyKeys(keys.entries, sawProse, issues);
  dropEmptyCells(raw);
  let title = head.title;
  if (!title) {
    const conflict = raw.fields.name;
    if (conflict && conflict[0]) {
      title = clean(conflict[0].text);
      raw.titleLine = conflict[0].line;
    }
  }
  if (!title) {
    issues.error(1, "no title: expected a '= Title =' line or a 'Conflict' key");
    return null;
  }
  raw.title = title;
  return raw;
}

interface InfoboxHead {
  title: string;
  /** 1-based; 0 without a title line. */
  titleLine: number;
  /** Long lines before the first key (0-based). */
  leadProse: number[];
  /** 0-based line of the first key; `lines.length` when there is none. */
  firstKey: number;
}

/** The title line, then up to the first key: blank lines and the block-title line; a long line there is lead prose. */
function readHead(lines: readonly string[], keyLine: RegExp): InfoboxHead {
  const n = lines.length;
  let i = 0;
  while (i < n && !lines[i]!.trim()) i++;
  let title = "";
  let titleLine = 0;
  const t = i < n ? TITLE_LINE_RE.exec(lines[i]!.trim()) : null;
  if (t) {
    title = clean(t[1]!);
    titleLine = i + 1;
    i++;
  }
  const leadProse: number[] = [];
  while (i < n && !keyLine.test(lines[i]!)) {
    const l = lines[i]!.trim();
    // "| caption = A long caption …" before the first fact key is template source, not lead prose.
    if (l && !HEADING_RE.test(l) && l.length > 60 && !(keyLine === TEMPLATE_LINE_RE && TEMPLATE_ANY_KEY_RE.test(l))) leadProse.push(i);
    i++;
  }
  return { title, titleLine, leadProse, firstKey: i };
}

interface KeyEntry {
  key: string;
  line: number;
  cell: Cell;
}

/** The key lines from `from` on, each filed under its field; returns the keys filed and the line after the block. */
function readKeys(lines: readonly string[], from: number, mode: "keys" | "template", raw: RawArticle, issues: Issues): { entries: KeyEntry[]; end: number } {
  const keyLine = mode === "template" ? TEMPLATE_LINE_RE : KEY_LINE_RE;
  const seen = new Map<string, number>();
  const entries: KeyEntry[] = [];
  let last: Cell | null = null;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const m = keyLine.exec(line);
    if (!m) {
      // An indented line continues the previous value (a multi-line cell); so does a short line
      // of template source.
      // `| caption = …`, `| notes = …`: a parameter we do not read ends the value before it.
      const otherParam = mode === "template" && (TEMPLATE_PARAM_RE.test(line) || TEMPLATE_ANY_KEY_RE.test(line));
      if (last && !otherParam && (/^\s+\S/.test(line) || (mode === "template" && isTemplateContinuation(line)))) {
        if (mode === "template") for (const v of renderTemplateValue(line)) last.push({ text: v, line: i + 1 });
        else last.push({ text: line.trim(), line: i + 1 });
        continue;
      }
      // "}}", a bare "|", or a key that carries no fact ("| image_size = 300", "| map_type = …").
      if (otherParam || (mode === "template" && /^\s*(?:\}\}|\|\s*$)/.test(line))) {
        last = null;
        continue;
      }
      break;
    }
    const keyText = m[1]!.trim();
    const value = (m[2] ?? "").trim();
    const cell: Cell = mode === "template" ? renderTemplateValue(value).map((text) => ({ text, line: i + 1 })) : value ? [{ text: value, line: i + 1 }] : [];
    last = fileKey(raw, keyText, i + 1, cell, mode, seen, issues) ? cell : null;
    if (last) entries.push({ key: keyText, line: i + 1, cell });
  }
  return { entries, end: i };
}

/** After the infobox: every line but blanks, headings and title lines is prose. Whether there was any. */
function readBody(lines: readonly string[], from: number, prose: number[]): boolean {
  let sawProse = false;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (!l || HEADING_RE.test(l) || TITLE_LINE_RE.test(l)) continue;
    prose.push(i);
    sawProse = true;
  }
  return sawProse;
}

/** Keys without a value; a file that ends inside the infobox is reported at its last key. */
function warnEmptyKeys(entries: readonly KeyEntry[], sawProse: boolean, issues: Issues): void {
  const lastEntry = entries[entries.length - 1];
  for (const e of entries) {
    if (e.cell.length > 0) continue;
    if (!sawProse && e === lastEntry) continue; // reported below as the cut-off
    issues.warn(e.line, `key '${e.key}' has no value`);
  }
  if (!sawProse && lastEntry) {
    issues.warn(
      lastEntry.line,
      lastEntry.cell.length === 0
        ? `infobox cut off: file ends inside the infobox and key '${lastEntry.key}' has no value`
        : `infobox may be cut off: file ends inside the infobox after key '${lastEntry.key}'`,
    );
  }
}

/** Keys without a value carry no fact. */
function dropEmptyCells(raw: RawArticle): void {
  for (const k of Object.keys(raw.fields) as EventField[]) if (raw.fields[k]!.length === 0) delete raw.fields[k];
  for (const side of raw.sides) for (const k of Object.keys(side) as SideField[]) if (side[k]!.length === 0) delete side[k];
}

/**
 * Files a value under its field; false when the key is a duplicate, has no side number or carries
 * no fact (an unknown key is reported in "keys" mode, unless it is a presentation key).
 */
function fileKey(raw: RawArticle, keyText: string, lineNo: number, cell: Cell, mode: "keys" | "template", seen: Map<string, number>, issues: Issues): boolean {
  const norm = keyText.toLowerCase().replace(/[\s_-]+/g, "");
  const first = seen.get(norm);
  if (first !== undefined) {
    issues.warn(lineNo, `duplicate key '${keyText}' (first at line ${first}); the first value is kept`);
    return false;
  }
  seen.set(norm, lineNo);
  const ev = EVENT_KEYS.get(norm);
  const parts = KEY_PARTS_RE.exec(norm);
  const sideField = parts ? SIDE_KEYS.get(parts[1]!) : undefined;
  if (ev) {
    raw.fields[ev] = cell;
    return true;
  }
  if (!sideField) {
    if (mode === "keys" && !(parts && IGNORED_KEYS.has(parts[1]!))) issues.warn(lineNo, `unknown infobox key '${keyText}'; ignored`);
    return false;
  }
  const idx = parts![2] ? Number(parts![2]) : 0;
  if (idx < 1 || idx > MAX_SIDES) {
    issues.warn(lineNo, `key '${keyText}' has no side number (expected e.g. '${keyText}1'); ignored`);
    return false;
  }
  while (raw.sides.length < idx) raw.sides.push({});
  raw.sides[idx - 1]![sideField] = cell;
  return true;
}
