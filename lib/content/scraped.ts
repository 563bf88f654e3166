/**
 * The scraped shape: a rendered infobox table flattened to text.
 *
 *   Invasion of Sakhalin | |||||||          ← title: first cell of the first table line
 *   ---|---|---|                            ← rule
 *   Part of the Russo-Japanese War | |||    ← partOf
 *   Japanese forces landing on Sakhalin |   ← image caption: ignored
 *   Belligerents | |||||||                  ← section row
 *   Empire of Japan | Russian Empire | ||   ← one cell per side
 *   Haraguchi Kensai Kataoka Shichirō |     ← a cell may sit alone on its line…
 *   General Lyapunov | ||||||
 *   Unknown Red Army casualties             ← …and after the table, footnote lines may repeat cells
 *
 * The table is read as a stream of cells: text between `|`, where a line without `|` continues
 * the open cell (multi-line cells). Leading-pipe markdown (`| a | b |`, `|---|---|`) is the same
 * stream. Section labels switch the side field; the cells that follow are sides 1, 2, ….
 */
import { type Cell, type EventField, Issues, type RawArticle, type SideField, cellText } from "./model";
import { HEADING_RE } from "./shape";
import { clean, stripFootnotes } from "./text";

const SECTION_LABELS = new Map<string, SideField>(Object.entries({
  belligerents: "belligerent", combatants: "belligerent", parties: "belligerent", "parties to the conflict": "belligerent",
  "commanders and leaders": "commander", commanders: "commander", leaders: "commander", commander: "commander",
  "units involved": "unit", units: "unit",
  strength: "strength", forces: "strength",
  "casualties and losses": "casualties", casualties: "casualties", losses: "casualties",
}));
const KEY_LABELS = new Map<string, EventField>(Object.entries({
  date: "date", dates: "date", location: "place", place: "place", result: "result", outcome: "result",
  "territorial changes": "territory", territory: "territory",
}));
const KEY_INLINE_RE = /^(date|dates|location|place|result|outcome|territorial changes)\s*(?::|\t|\s{2,})\s*(\S.*)$/i;
const PART_OF_RE = /^part of\s+(.+)$/i;
const RULE_CELL_RE = /^:?-{3,}:?$/;
/** Page chrome and hatnotes ("For the first battle, see …"), also as a list item ("- For …"). */
const BANNER_RE =
  /^(?:[-*]\s*)?(?:this article is about|for other uses|for the\b|not to be confused|"[^"]*" redirects here|.{0,80} redirects here|see also|main article|coordinates\s*:|further information|this (?:article|section) (?:needs|has|is|includes|lacks|relies|may|contains|uses|possibly|does|reads|appears)|cite error\b|from wikipedia|jump to content|this is an old revision|last updated|\(redirected from|learn how and when to remove|main menu|toggle |retrieved from|categories\s*:|(?:contents|hide|show|edit|\[edit\])$)/i;
/**
 * A maintenance notice: it speaks of the article ("This article does not cite …", "You can help
 * expand this article …") and carries its stamp "(May 2007)", or asks "Please help improve this
 * article"; the page's "From Wikipedia, the free encyclopedia" anywhere on a line.
 */
const NOTICE_RE = /^(?=.*\bthis\s+(?:article|section)\b).*\((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\)|\bfrom wikipedia, the free encyclopedia\b|\bplease help improve (?:this|the) (?:article|section)\b/i;

/** Chrome: a banner or notice, also written as a table cell ("| This article does not … |"). */
function isChrome(l: string): boolean {
  const t = l.replace(/^[|\s]+|[|\s]+$/g, "");
  return BANNER_RE.test(t) || NOTICE_RE.test(t);
}
const FOOTNOTE_LINE_RE = /^\s*(?:\[[\w ]{1,12}\]|\^|\d{1,3}\.\s|\*\s)/;

const SENTENCE_END_RE = /[.!?]["')\]]*$/;

function isProseLike(l: string): boolean {
  if (l.length > 150) return true;
  return SENTENCE_END_RE.test(l) && l.split(/\s+/).length >= 10;
}

interface StreamCell {
  cell: Cell;
  /** First non-empty cell of its line. */
  lineStart: boolean;
}

const MAX_LABEL = 60;

function labelOf(text: string): string {
  return clean(text).replace(/:$/, "").trim().toLowerCase();
}

export function parseScraped(lines: readonly string[], issues: Issues): RawArticle | null {
  const table = findTable(lines, issues);
  if (!table) return null;
  const stream = new CellStream();
  for (let i = table.first; i <= table.last; i++) stream.addLine(lines[i]!, i + 1);
  const cutOff = stream.finish(table.afterTable, issues);
  const cells = stream.cells;
  if (cells.length === 0) {
    issues.error(table.first + 1, "infobox table has no cells");
    return null;
  }
  const titleCell = cells[0]!;
  const raw: RawArticle = {
    shape: "scraped",
    // "Quick facts for kids Battle of X": a mirror's heading over its infobox.
    title: clean(cellText(titleCell.cell)).replace(/^Quick facts for kids\s+/i, ""),
    titleLine: titleCell.cell[0]!.line,
    fields: {},
    sides: [],
    prose: table.leadProse,
    hints: [],
  };
  const sections = readCells(cells, raw, issues, (cellLine, labelLine) => spansAllSides(lines[cellLine - 1]!, lines[labelLine - 1]!));
  if (!sections.sawSection && Object.keys(raw.fields).length === 0) {
    issues.error(table.first + 1, "infobox table has no Belligerents, Commanders, Strength or Casualties rows");
    return null;
  }
  if (!table.afterTable && !cutOff) warnShortLastSection(sections, raw.sides.length, issues);
  readAfterTable(lines, table.last, cells, raw);
  return raw;
}

interface TableBounds {
  /** 0-based first and last line of the table. */
  first: number;
  last: number;
  /** Lead paragraphs before the table (0-based lines). */
  leadProse: number[];
  /** Anything but blank lines after the table. */
  afterTable: boolean;
}

function findTable(lines: readonly string[], issues: Issues): TableBounds | null {
  const n = lines.length;
  const first = lines.findIndex((l) => l.includes("|") && !isChrome(l));
  if (first < 0) {
    issues.error(1, "no infobox table found");
    return null;
  }
  const leadProse: number[] = [];
  for (let i = 0; i < first; i++) {
    const l = lines[i]!.trim();
    if (!l || isChrome(l) || HEADING_RE.test(l)) continue;
    // The page's own title above its table ("Battle of X", "Battle of X facts for kids") is
    // chrome, not the lead: a lead line ends its sentence (before its footnotes) or runs to ten words.
    if (l.split(/\s+/).length < 10 && !SENTENCE_END_RE.test(stripFootnotes(l).trimEnd())) continue;
    leadProse.push(i); // a lead paragraph before the table
  }
  // The table runs to the last `|` line before prose starts.
  let last = first;
  for (let i = first; i < n; i++) {
    const l = lines[i]!;
    if (l.includes("|")) last = i;
    else if (l.trim() && (isProseLike(l.trim()) || HEADING_RE.test(l.trim()))) break;
  }
  const afterTable = lines.slice(last + 1).some((l) => l.trim());
  return { first, last, leadProse, afterTable };
}

function isCellText(t: string): boolean {
  return t !== "" && !RULE_CELL_RE.test(t);
}

/** The table as a stream of cells: text between `|`; a line without `|` continues the open cell. */
class CellStream {
  readonly cells: StreamCell[] = [];
  private open: Cell | null = null;
  private openStartsLine = false;

  addLine(line: string, lineNo: number): void {
    if (!line.includes("|")) {
      if (line.trim()) this.continueOpen(line.trim(), lineNo);
      return;
    }
    // The pieces between pipes; runs of pipes ("| ||||||") give empty pieces, skipped unbuilt.
    let lineHasCell = false;
    for (let from = 0, k = 0; from <= line.length; k++) {
      const bar = line.indexOf("|", from);
      const to = bar < 0 ? line.length : bar;
      const isLast = bar < 0;
      const t = to > from ? line.slice(from, to).trim() : "";
      from = to + 1;
      if (k === 0) {
        // Text before the first `|` closes the open cell.
        if (t) this.continueOpen(t, lineNo);
        lineHasCell = this.closeOpen();
      } else if (!isLast) {
        if (t) {
          this.emit([{ text: t, line: lineNo }], !lineHasCell && !RULE_CELL_RE.test(t));
          if (!RULE_CELL_RE.test(t)) lineHasCell = true;
        }
      } else if (t) {
        // Text after the last `|` opens a cell that may go on over the next lines.
        this.open = [{ text: t, line: lineNo }];
        this.openStartsLine = !lineHasCell;
      }
    }
  }

  /** The cell still open at the table's end: kept if the file goes on, else cut off (returns true). */
  finish(afterTable: boolean, issues: Issues): boolean {
    const pending = this.open;
    if (!pending) return false;
    this.open = null;
    if (afterTable) {
      this.emit(pending, this.openStartsLine);
      return false;
    }
    issues.warn(pending[0]!.line, `table cut off: file ends inside the table; incomplete cell '${cellText(pending)}' dropped`);
    return true;
  }

  private continueOpen(text: string, lineNo: number): void {
    if (!this.open) {
      this.open = [];
      this.openStartsLine = true;
    }
    this.open.push({ text, line: lineNo });
  }

  /** Emits the open cell; whether it was a cell (not empty, not a rule). */
  private closeOpen(): boolean {
    const open = this.open;
    if (!open) return false;
    this.emit(open, this.openStartsLine);
    this.open = null;
    return open.length > 0 && isCellText(cellText(open).trim());
  }

  private emit(cell: Cell, lineStart: boolean): void {
    if (isCellText(cellText(cell).trim())) this.cells.push({ cell, lineStart });
  }
}

/** Where the cell stream is: in which side section, or expecting a key's value. */
interface SectionState {
  section: SideField | null;
  sectionLabelLine: number;
  sectionCount: number;
  expect: EventField | null;
  sawSection: boolean;
  /** Cells per section, and the line of its label. */
  counts: Map<SideField, { count: number; line: number }>;
  lastSection: SideField | null;
  /** The first section after the belligerents: it may have more cells than they (a lost flag cell), later ones not. */
  sideCounter: SideField | null;
}

const IMAGES_ONLY_RE = /^\s*(?:!\[[^\]]*\]\([^)]*\)\s*)+$/;

/** Section labels switch the side field; the cells that follow are sides 1, 2, …; key labels name the next cell. */
function readCells(
  cells: readonly StreamCell[],
  raw: RawArticle,
  issues: Issues,
  spans: (cellLine: number, labelLine: number) => boolean,
): SectionState {
  const st: SectionState = { section: null, sectionLabelLine: 0, sectionCount: 0, expect: null, sawSection: false, counts: new Map(), lastSection: null, sideCounter: null };
  for (let c = 1; c < cells.length; c++) {
    const { cell } = cells[c]!;
    const text = cellText(cell);
    if (readLabel(cell, text, st)) continue;
    if (readEventCell(cell, text, st, raw)) continue;
    if (isCombinedCell(cell, st, raw, spans)) {
      issues.warn(cell[0]!.line, `'${clean(text)}' spans all sides (a combined ${st.section}); given to no side`);
      continue;
    }
    placeSideCell(cell, text, st, raw, issues);
  }
  return st;
}

/**
 * "Modern estimate: 12,000 men | |||||||" under Strength: a one-line cell laid out like the
 * section's label row spans the whole table, so its figure is both sides' together.
 */
function isCombinedCell(cell: Cell, st: SectionState, raw: RawArticle, spans: (cellLine: number, labelLine: number) => boolean): boolean {
  if ((st.section !== "strength" && st.section !== "casualties") || st.sectionCount !== 0 || cell.length !== 1) return false;
  return raw.sides.length >= 2 && spans(cell[0]!.line, st.sectionLabelLine);
}

/** A row of one cell then a bare run of pipes ("X | |||||||"), the same run as its section's label row. */
const FULL_ROW_RE = /^[^|]*[^|\s][^|]*\|\s(\|{3,})\s*$/; // one cell: no pipe before the run

function spansAllSides(line: string, labelLine: string): boolean {
  const m = FULL_ROW_RE.exec(line);
  const l = FULL_ROW_RE.exec(labelLine);
  return !!m && !!l && m[1]!.length === l[1]!.length;
}

function readLabel(cell: Cell, text: string, st: SectionState): boolean {
  // Labels are short: a long cell is not read as one.
  const label = text.length <= MAX_LABEL ? labelOf(text) : "";
  const sec = SECTION_LABELS.get(label);
  if (sec) {
    st.section = sec;
    st.lastSection = sec;
    st.sectionLabelLine = cell[0]!.line;
    st.sectionCount = 0;
    st.counts.set(sec, { count: 0, line: st.sectionLabelLine });
    st.sawSection = true;
    st.expect = null;
    return true;
  }
  const key = KEY_LABELS.get(label);
  if (!key) return false;
  st.expect = key;
  st.section = null;
  return true;
}

/** "Date: …" inline, the value after a key label, "Part of …"; outside a section anything else is a caption. */
function readEventCell(cell: Cell, text: string, st: SectionState, raw: RawArticle): boolean {
  const inline = KEY_INLINE_RE.exec(clean(text));
  if (inline && !st.section) {
    const f = KEY_LABELS.get(inline[1]!.toLowerCase())!;
    if (!raw.fields[f]) raw.fields[f] = [{ text: inline[2]!, line: cell[0]!.line }, ...cell.slice(1)];
    return true;
  }
  if (st.expect) {
    if (!raw.fields[st.expect]) raw.fields[st.expect] = cell;
    st.expect = null;
    return true;
  }
  if (st.section) return false;
  const p = PART_OF_RE.exec(clean(text));
  if (p && !raw.fields.partOf) raw.fields.partOf = cell;
  // Anything else before the first section is an image or map caption.
  return true;
}

function placeSideCell(cell: Cell, text: string, st: SectionState, raw: RawArticle, issues: Issues): void {
  const section = st.section!;
  const count = ++st.sectionCount;
  st.counts.set(section, { count, line: st.sectionLabelLine });
  // "![]() ![]() ![]()": a cell of images alone (flags, portraits) is a side with no text in it.
  const imagesOnly = IMAGES_ONLY_RE.test(text);
  if (section !== "belligerent" && st.counts.has("belligerent")) {
    // The belligerent cells count the sides, unless the first section after them has more: a
    // belligerent cell of flags alone was lost ("Emirate of Afghanistan" alone, then two
    // commander cells). Cells of later sections beyond the count are extra.
    const counter = (st.sideCounter ??= section);
    if (section !== counter && count > raw.sides.length) {
      issues.warn(cell[0]!.line, `extra cell '${clean(text)}' in section '${section}' (the table has ${raw.sides.length} sides); ignored`);
      return;
    }
  }
  while (raw.sides.length < count) raw.sides.push({});
  raw.sides[count - 1]![section] = imagesOnly ? [] : cell;
}

/** A file that ends inside the table's last section leaves it with fewer cells than sides. */
function warnShortLastSection(st: SectionState, sides: number, issues: Issues): void {
  if (!st.lastSection) return;
  const got = st.counts.get(st.lastSection)!;
  if (got.count < sides) issues.warn(got.line, `table cut off: file ends inside the table; section '${st.lastSection}' has ${got.count} of ${sides} cells`);
}

/**
 * After the table: footnote lines (short, no sentence end) come before the prose; those that
 * repeat part of a cell are kept as hints to the cell's lost line breaks.
 */
function readAfterTable(lines: readonly string[], last: number, cells: readonly StreamCell[], raw: RawArticle): void {
  const tableText = normSpace(cells.map((c) => cellText(c.cell)).join(" \u0000 "));
  let inFootnotes = true;
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (!l || HEADING_RE.test(l) || isChrome(l)) continue;
    if (inFootnotes && !isProseLike(l) && !SENTENCE_END_RE.test(l)) {
      const cl = normSpace(clean(l));
      if (cl && tableText.includes(cl)) raw.hints.push(clean(l));
      continue;
    }
    inFootnotes = false;
    if (FOOTNOTE_LINE_RE.test(l)) continue;
    raw.prose.push(i);
  }
}

function normSpace(s: string): string {
  return s.replace(/\s+/g, " ");
}
