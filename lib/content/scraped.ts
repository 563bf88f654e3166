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
import { clean } from "./text";

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
const BANNER_RE =
  /^(?:this article is about|for other uses|for the\b|not to be confused|"[^"]*" redirects here|.{0,80} redirects here|see also|main article|coordinates\s*:|further information|this (?:article|section) (?:needs|has|is)|from wikipedia|jump to content|this is an old revision|last updated|\(redirected from|learn how and when to remove|main menu|toggle |retrieved from|categories\s*:|(?:contents|hide|show|edit|\[edit\])$)/i;
const FOOTNOTE_LINE_RE = /^\s*(?:\[[\w ]{1,12}\]|\^|\d{1,3}\.\s|\*\s)/;

function isProseLike(l: string): boolean {
  if (l.length > 150) return true;
  return /[.!?]["')\]]*$/.test(l) && l.split(/\s+/).length >= 10;
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
  const n = lines.length;
  const first = lines.findIndex((l) => l.includes("|") && !BANNER_RE.test(l.trim()));
  if (first < 0) {
    issues.error(1, "no infobox table found");
    return null;
  }
  const prose: number[] = [];
  for (let i = 0; i < first; i++) {
    const l = lines[i]!.trim();
    if (!l || BANNER_RE.test(l) || HEADING_RE.test(l)) continue;
    prose.push(i); // a lead paragraph before the table
  }
  // The table runs to the last `|` line before prose starts.
  let last = first;
  for (let i = first; i < n; i++) {
    const l = lines[i]!;
    if (l.includes("|")) last = i;
    else if (l.trim() && (isProseLike(l.trim()) || HEADING_RE.test(l.trim()))) break;
  }
  const afterTable = lines.slice(last + 1).some((l) => l.trim());

  // 1. The cell stream.
  const cells: StreamCell[] = [];
  let open: Cell | null = null;
  let openStartsLine = false;
  const emit = (cell: Cell, lineStart: boolean) => {
    const t = cellText(cell).trim();
    if (!t || RULE_CELL_RE.test(t)) return;
    cells.push({ cell, lineStart });
  };
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (!line.includes("|")) {
      if (line.trim()) {
        if (!open) {
          open = [];
          openStartsLine = true;
        }
        open.push({ text: line.trim(), line: lineNo });
      }
      continue;
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
        if (t) {
          if (!open) {
            open = [];
            openStartsLine = true;
          }
          open.push({ text: t, line: lineNo });
        }
        if (open) {
          emit(open, openStartsLine);
          lineHasCell ||= open.length > 0 && cellText(open).trim() !== "" && !RULE_CELL_RE.test(cellText(open).trim());
          open = null;
        }
      } else if (!isLast) {
        if (t) {
          const wasStart = !lineHasCell && !RULE_CELL_RE.test(t);
          emit([{ text: t, line: lineNo }], wasStart);
          if (!RULE_CELL_RE.test(t)) lineHasCell = true;
        }
      } else if (t) {
        open = [{ text: t, line: lineNo }];
        openStartsLine = !lineHasCell;
      }
    }
  }
  let cutOff = false;
  if (open) {
    const pending: Cell = open;
    if (afterTable) emit(pending, openStartsLine);
    else {
      cutOff = true;
      issues.warn(pending[0]!.line, `table cut off: file ends inside the table; incomplete cell '${cellText(pending)}' dropped`);
    }
  }
  if (cells.length === 0) {
    issues.error(first + 1, "infobox table has no cells");
    return null;
  }

  // 2. Interpret the stream.
  const titleCell = cells[0]!;
  const raw: RawArticle = {
    shape: "scraped",
    title: clean(cellText(titleCell.cell)),
    titleLine: titleCell.cell[0]!.line,
    fields: {},
    sides: [],
    prose,
    hints: [],
  };
  let section: SideField | null = null;
  let sectionLabelLine = 0;
  let sectionCount = 0;
  let expect: EventField | null = null;
  let sawSection = false;
  const counts = new Map<SideField, { count: number; line: number }>();
  let lastSection: SideField | null = null;
  for (let c = 1; c < cells.length; c++) {
    const { cell } = cells[c]!;
    const text = cellText(cell);
    // Labels are short: a long cell is not read as one.
    const label = text.length <= MAX_LABEL ? labelOf(text) : "";
    const sec = SECTION_LABELS.get(label);
    if (sec) {
      section = sec;
      lastSection = sec;
      sectionLabelLine = cell[0]!.line;
      sectionCount = 0;
      counts.set(sec, { count: 0, line: sectionLabelLine });
      sawSection = true;
      expect = null;
      continue;
    }
    const key = KEY_LABELS.get(label);
    if (key) {
      expect = key;
      section = null;
      continue;
    }
    const inline = KEY_INLINE_RE.exec(clean(text));
    if (inline && !section) {
      const f = KEY_LABELS.get(inline[1]!.toLowerCase())!;
      if (!raw.fields[f]) raw.fields[f] = [{ text: inline[2]!, line: cell[0]!.line }, ...cell.slice(1)];
      continue;
    }
    if (expect) {
      if (!raw.fields[expect]) raw.fields[expect] = cell;
      expect = null;
      continue;
    }
    if (!section) {
      const p = PART_OF_RE.exec(clean(text));
      if (p && !raw.fields.partOf) raw.fields.partOf = cell;
      // Anything else before the first section is an image or map caption.
      continue;
    }
    sectionCount++;
    counts.set(section, { count: sectionCount, line: sectionLabelLine });
    const maxSides = Math.max(raw.sides.length, counts.get("belligerent")?.count ?? 0);
    if (section !== "belligerent" && counts.has("belligerent") && sectionCount > maxSides) {
      issues.warn(cell[0]!.line, `extra cell '${clean(text)}' in section '${section}' (the table has ${maxSides} sides); ignored`);
      continue;
    }
    while (raw.sides.length < sectionCount) raw.sides.push({});
    raw.sides[sectionCount - 1]![section] = cell;
  }
  if (!sawSection && Object.keys(raw.fields).length === 0) {
    issues.error(first + 1, "infobox table has no Belligerents, Commanders, Strength or Casualties rows");
    return null;
  }
  const sides = raw.sides.length;
  if (lastSection && !afterTable) {
    const got = counts.get(lastSection)!;
    if (got.count < sides && !cutOff) {
      issues.warn(got.line, `table cut off: file ends inside the table; section '${lastSection}' has ${got.count} of ${sides} cells`);
    }
  }

  // 3. After the table: footnote lines (short, no sentence end) come before the prose; those
  //    that repeat part of a cell are kept as hints to the cell's lost line breaks.
  const tableText = normSpace(cells.map((c) => cellText(c.cell)).join(" \u0000 "));
  let inFootnotes = true;
  for (let i = last + 1; i < n; i++) {
    const l = lines[i]!.trim();
    if (!l || HEADING_RE.test(l) || BANNER_RE.test(l)) continue;
    if (inFootnotes && !isProseLike(l) && !/[.!?]["')\]]*$/.test(l)) {
      const cl = normSpace(clean(l));
      if (cl && tableText.includes(cl)) raw.hints.push(clean(l));
      continue;
    }
    inFootnotes = false;
    if (FOOTNOTE_LINE_RE.test(l)) continue;
    prose.push(i);
  }
  return raw;
}

function normSpace(s: string): string {
  return s.replace(/\s+/g, " ");
}
