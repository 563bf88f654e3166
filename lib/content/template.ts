/**
 * Template source half-rendered as text (`conflict=Battle of …`, `| commander1 = [[A]]<br />[[B]]`):
 * what is left of the wiki markup in a value, and which keyless lines continue one. The lines are
 * read by the infobox reader (lib/content/infobox.ts, mode "template") into the same labelled
 * cells as the `- Key: Value` shape.
 */
import { TEMPLATE_ANY_KEY_RE, TEMPLATE_LINE_RE } from "./shape";
import { renderWikiValue } from "./wiki";

/**
 * Wiki markup left in a half-rendered template value: `{{flagicon|Japan}} Empire of Japan`,
 * `flagicon|Japan Empire of Japan`, `[[Tōgō Heihachirō|Tōgō]]`, `{{KIA}}`, `<ref>…</ref>`, bold
 * and italic quotes, `{{plainlist|…}}` items (./wiki renders the markup). `<br>` and list items
 * split the value into lines.
 */
export function renderTemplateValue(v: string): string[] {
  const items = renderWikiValue(v);
  // Half-rendered pages keep a flag template's name and arguments without its braces.
  return items.map((x) => x.replace(BARE_FLAGICON_RE, "").trim()).filter(Boolean);
}

const BARE_FLAGICON_RE = /\b(?:flagicon|flagdeco|flag icon)\s*\|\s*[^\s|]+(?:\|[^\s|]+)*\s*/gi;

/** Lines of a template value that lost its key: short, and not a sentence. */
export function isTemplateContinuation(l: string): boolean {
  const t = l.trim();
  if (!t || t.startsWith("}}") || TEMPLATE_LINE_RE.test(t) || TEMPLATE_ANY_KEY_RE.test(t)) return false; // "| map_relief = 1" is a key of its own
  if (t.length > 100) return false;
  return !(/[.!?]["')\]]*$/.test(t) && t.split(/\s+/).length >= 6);
}

