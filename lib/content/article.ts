/**
 * parseArticle: one file's bytes → ParsedArticle (event + facts with their source lines + issues).
 * Pure: no I/O, same input → same output.
 */
import type { ParsedArticle, SourceRef } from "../facts/types";
import { decodeLines } from "./decode";
import { adoptLeadDate, dropBadAliases, emptyEvent, type FactSink, readAliases, readEventFields, takeTitleAlias } from "./event-facts";
import { sha256Hex } from "./hash";
import { parseInfobox } from "./infobox";
import { Issues, type RawArticle } from "./model";
import { analyseProse } from "./prose";
import { readProseNumbers, readTimeline } from "./prose-facts";
import { parseScraped } from "./scraped";
import { detectShape, HEADING_RE, TITLE_LINE_RE } from "./shape";
import { addCommanders, completeCommanders, readSides } from "./side-facts";
import { clean } from "./text";
import { looksLikeWikiSource, renderWikiLine, renderWikiProse } from "./wiki";

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
    reportNoShape(lines, issues, out);
    return out;
  }
  out.shape = shape === "scraped" ? "scraped" : "infobox";
  const raw = shape === "scraped" ? parseScraped(lines, issues) : parseInfobox(lines, issues, shape === "template" ? "template" : "keys");
  if (!raw) return out;
  out.title = raw.title;
  build(file, lines, shape === "template" ? wikiProse(lines, raw) : lines, raw, issues, out);
  return out;
}

/**
 * Wiki source ("Edit source" of a page): its prose read as rendered text, line for line, so
 * facts keep pointing at the file's lines; lines left blank (notes, tables, the references
 * after the story) are no prose.
 */
function wikiProse(lines: readonly string[], raw: RawArticle): readonly string[] {
  if (!looksLikeWikiSource(lines)) return lines;
  const lastCellLine = Math.max(0, ...[raw.fields, ...raw.sides].flatMap((cells) => Object.values(cells).flatMap((cell) => (cell ?? []).map((c) => c.line))));
  const bodyFrom = raw.prose.find((i) => i >= lastCellLine) ?? lines.length;
  const rendered = renderWikiProse(lines, bodyFrom);
  for (const i of raw.prose) if (i < bodyFrom) rendered[i] = renderWikiLine(lines[i]!);
  raw.prose = raw.prose.filter((i) => {
    const t = rendered[i]!.trim();
    return t !== "" && !HEADING_RE.test(t);
  });
  return rendered;
}

/** No shape reader applies: say why, where it shows. */
function reportNoShape(lines: readonly string[], issues: Issues, out: ParsedArticle): void {
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
}

const FLAT_LABEL_RE = /^(?:Belligerents|Combatants|Commanders and leaders|Strength|Casualties and losses)$/;

/** The intermediate form → the event and its facts, in the order event, aliases, sides, timeline, prose numbers. */
function build(file: string, fileLines: readonly string[], lines: readonly string[], raw: RawArticle, issues: Issues, out: ParsedArticle): void {
  // Facts quote the file's own lines; the readers see them as rendered (`lines`).
  const sink: FactSink = { facts: [], ref: sourceRefs(file, fileLines), issues };
  const titleAlias = takeTitleAlias(raw);
  out.title = raw.title;
  const ev = emptyEvent(raw.title);
  const infoboxDate = readEventFields(raw, ev, sink);
  const prose = analyseProse(lines, raw.prose, raw.title, infoboxDate);
  ev.date = adoptLeadDate(infoboxDate, prose, sink);
  readAliases(raw, lines, titleAlias, prose.aliases, ev, sink);
  const sides = readSides(raw, lines, prose, sink);
  completeCommanders(sides.commanders, prose.mentions);
  addCommanders(sides, sink);
  ev.sides = sides.sides;
  for (const l of sides.facts) sink.facts.push(...l);
  ev.timeline = readTimeline(prose, sink);
  readProseNumbers(prose, sink);
  out.facts = dropBadAliases(ev, sink.facts);
  out.event = ev;
}

/** One SourceRef per line, shared by the facts read from it. */
function sourceRefs(file: string, lines: readonly string[]): (line: number) => SourceRef {
  const refs = new Map<number, SourceRef>();
  return (line) => {
    let r = refs.get(line);
    if (!r) refs.set(line, (r = { file, line, text: lines[line - 1] ?? "" }));
    return r;
  };
}
