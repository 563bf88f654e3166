/**
 * Which of the two article shapes a file has:
 * - "infobox": a `= Title =` line, a block-title line, then `- Key: Value` lines;
 * - "scraped": a rendered infobox table with `|` separators.
 * Whichever structure appears first near the top decides; neither means no infobox.
 */
export const KEY_LINE_RE = /^\s*[-*\u2022]\s*([A-Za-z][A-Za-z0-9 _-]{0,40}?)\s*:(?:\s(.*)|)$/;
export const TITLE_LINE_RE = /^=\s*([^=].*?)\s*=$/;
export const HEADING_RE = /^(={2,})\s*(.*?)\s*\1\s*$/;

/** How far down the structure may start (banner and lead paragraphs come first on some pages). */
const SEARCH_LINES = 60;

/**
 * Template source half-rendered as text: `conflict=Battle of …`, `| commander1 = …`. Only the
 * keys of a military-conflict infobox count, so a table row with an "=" in it is not one.
 */
export const TEMPLATE_LINE_RE =
  /^\s*\|?\s*((?:conflict|partof|part of|date|place|location|result|territory|combatant\d?|commander\d?|units?\d?|strength\d?|casualties\d?)[a-z]?)\s*=(?!=)\s*(.*)$/i;

const WIKI_TEMPLATE_CALL_RE = /^\s*\{\{[^{}]*(?:\}\}\s*)?$/;
/** The opening of template source: `{{Infobox military conflict`; its `| image = …` lines are no table. */
const TEMPLATE_OPEN_RE = /^\s*\{\{\s*Infobox\b/i;

export function detectShape(lines: readonly string[]): "infobox" | "scraped" | "template" | null {
  const limit = Math.min(lines.length, SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const l = lines[i]!;
    if (HEADING_RE.test(l)) return null; // prose sections began without a structure
    if (KEY_LINE_RE.test(l)) return "infobox";
    if (l.includes("{{") && TEMPLATE_OPEN_RE.test(l)) return "template";
    if (l.includes("=") && TEMPLATE_LINE_RE.test(l)) return "template";
    // Wiki source opens with other template calls (`{{Short description|…}}`, `{{Use dmy dates|…}}`):
    // their pipes are not a table's.
    if (WIKI_TEMPLATE_CALL_RE.test(l)) continue;
    if (l.includes("|")) return "scraped";
  }
  return null;
}

/** Any `| key = value` line of template source, such as the presentation keys `| image_size = 300`. */
export const TEMPLATE_ANY_KEY_RE = /^\s*\|\s*[a-z][a-z0-9_ ]{0,30}=/i;
