/**
 * Template source half-rendered as text (`conflict=Battle of …`, `| commander1 = [[A]]<br />[[B]]`):
 * what is left of the wiki markup in a value, and which keyless lines continue one. The lines are
 * read by the infobox reader (lib/content/infobox.ts, mode "template") into the same labelled
 * cells as the `- Key: Value` shape.
 */
import { TEMPLATE_ANY_KEY_RE, TEMPLATE_LINE_RE } from "./shape";

/**
 * Wiki markup left in a half-rendered template value: `{{flagicon|Japan}} Empire of Japan`,
 * `flagicon|Japan Empire of Japan`, `[[Tōgō Heihachirō|Tōgō]]`, `{{KIA}}`, `<ref>…</ref>`, bold
 * and italic quotes. `<br>` splits the value into lines.
 */
export function renderTemplateValue(v: string): string[] {
  let t = v;
  if (t.includes("<")) t = t.replace(/<ref[^>]*\/>/gi, "").replace(/<ref[^>]*>[\s\S]*?<\/ref>/gi, "").replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]{1,40}>/g, "");
  if (t.includes("{{")) {
    t = t.replace(/\{\{\s*(KIA|DOW|POW|WIA|MIA|executed)\s*\}\}/gi, (_m, w: string) => ` ${w.toUpperCase()} `);
    t = t.replace(/\{\{\s*(?:flag|flagcountry|flagdeco)\s*\|\s*([^|}]+)[^}]*\}\}/gi, "$1");
    t = t.replace(/\{\{[^{}]*\}\}/g, " ");
  }
  t = t.replace(/\b(?:flagicon|flagdeco|flag icon)\s*\|\s*[^\s|]+(?:\|[^\s|]+)*\s*/gi, "");
  if (t.includes("[[")) t = t.replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, "$1");
  t = t.replace(/'{2,}/g, "");
  return t.split("\n").map((x) => x.trim()).filter(Boolean);
}

/** Lines of a template value that lost its key: short, and not a sentence. */
export function isTemplateContinuation(l: string): boolean {
  const t = l.trim();
  if (!t || t.startsWith("}}") || TEMPLATE_LINE_RE.test(t) || TEMPLATE_ANY_KEY_RE.test(t)) return false; // "| map_relief = 1" is a key of its own
  if (t.length > 100) return false;
  return !(/[.!?]["')\]]*$/.test(t) && t.split(/\s+/).length >= 6);
}

