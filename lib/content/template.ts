/**
 * Template source half-rendered as text (`conflict=Battle of …`, `| commander1 = [[A]]<br />[[B]]`):
 * what is left of the wiki markup in a value, and which keyless lines continue one. The lines are
 * read by the infobox reader (lib/content/infobox.ts, mode "template") into the same labelled
 * cells as the `- Key: Value` shape.
 */
import { TEMPLATE_ANY_KEY_RE, TEMPLATE_LINE_RE } from "./shape";

const ENTITY_RE = /&(ndash|mdash|nbsp|minus|amp|thinsp|times);/gi;
const ENTITIES: Record<string, string> = { ndash: "–", mdash: "—", nbsp: " ", minus: "−", amp: "&", thinsp: " ", times: "×" };
const FILE_LINK_RE = /\[\[\s*(?:File|Image):[^\]]*\]\]/gi;
const WRAPPER_TEMPLATE_RE = /\{\{\s*(?:nowrap|small|smaller|big|nobold|center|resize|lang\s*\|\s*[a-z-]{2,8})\s*\|\s*([^{}|]*)\}\}/gi;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DATE_TEMPLATE_RE = /\{\{\s*(?:start|end)[ _]date(?:[ _]and[ _]age)?\s*\|\s*(\d{1,4})\s*(?:\|\s*(1[0-2]|0?[1-9])\s*(?:\|\s*(3[01]|[12]\d|0?[1-9])\s*)?)?(?:\|[^{}]*)?\}\}/gi;
const CIRCA_TEMPLATE_RE = /\{\{\s*(?:circa|c\.|ca\.?)\s*\|\s*([^{}|]+?)\s*(?:\|[^{}]*)?\}\}/gi;
const LIST_TEMPLATE_RE = /\{\{\s*(?:ubl|unbulleted[ _]list|plainlist|plain[ _]list|flatlist|hlist|bulleted[ _]list|collapsible[ _]list)\s*\|([^{}]*)\}\}/gi;
/** A "|" between list items, not the one of a piped link "[[Tōgō Heihachirō|Tōgō]]". */
const ITEM_SEP_RE = /\|(?![^[\]]*\]\])/;
const LIST_OPEN_RE = /\{\{\s*(?:ubl|unbulleted[ _]list|plainlist|plain[ _]list|flatlist|hlist|bulleted[ _]list|collapsible[ _]list)\s*\|?\s*$/i;

/**
 * Wiki markup left in a half-rendered template value: `{{flagicon|Japan}} Empire of Japan`,
 * `flagicon|Japan Empire of Japan`, `[[Tōgō Heihachirō|Tōgō]]`, `{{KIA}}`, `<ref>…</ref>`, bold
 * and italic quotes. `<br>` splits the value into lines.
 */
export function renderTemplateValue(v: string): string[] {
  let t = v;
  // "6&ndash;27 February 1937", "10,000&nbsp;men": entities of the source text.
  if (t.includes("&")) t = t.replace(ENTITY_RE, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
  // "[[File:Flag of Italy.svg|22px]]": an image, no text.
  if (t.includes("[[")) t = t.replace(FILE_LINK_RE, " ");
  if (t.includes("<")) t = t.replace(/<ref[^>]*\/>/gi, "").replace(/<ref[^>]*>[\s\S]*?<\/ref>/gi, "").replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]{1,40}>/g, "");
  if (t.includes("{{")) {
    t = t.replace(/\{\{\s*(KIA|DOW|POW|WIA|MIA|executed)\s*\}\}/gi, (_m, w: string) => ` ${w.toUpperCase()} `);
    t = t.replace(/\{\{\s*(?:flag|flagcountry|flagdeco)\s*\|\s*([^|}]+)[^}]*\}\}/gi, "$1");
    // "{{start date|1702|5|11|df=y}}" → "11 May 1702"; "{{circa|4,000}}" → "c. 4,000".
    t = t.replace(DATE_TEMPLATE_RE, (_m, y: string, mo?: string, d?: string) => [d, mo ? MONTHS[Number(mo) - 1] : undefined, y].filter(Boolean).join(" "));
    t = t.replace(CIRCA_TEMPLATE_RE, "c. $1");
    // "{{nowrap|6–27 February 1937}}", "{{small|(est.)}}", "{{lang|fr|Armée}}": wrappers keep their text.
    t = t.replace(WRAPPER_TEMPLATE_RE, "$1");
    // "{{ubl|[[A]]|[[B]]}}", "{{plainlist|…}}": the items of a list, one a line.
    t = t.replace(LIST_TEMPLATE_RE, (_m, items: string) => "\n" + items.split(ITEM_SEP_RE).join("\n") + "\n");
    t = t.replace(LIST_OPEN_RE, ""); // "{{plainlist|" whose items follow on the next lines
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

