/**
 * MediaWiki source, as a teacher gets it from a page's "Edit source": the markup rendered to the
 * text a reader sees. Values of the infobox template (`| commander1 = {{plainlist|…}}`) keep one
 * item per line; prose keeps its line numbers (every line of the file stays one line), so facts
 * still point at the file's own lines.
 *
 * What is rendered: links (`[[Target|label]]` → label; files, images and categories dropped),
 * bold and italic quotes, `<ref>` notes and comments (dropped, also across lines), tables
 * (dropped), HTML tags and entities, and the templates battle pages use in their text: dates
 * (`{{start date|1943|7|5}}` → "5 July 1943"), lists (`{{plainlist|…}}`, `{{ubl|a|b}}`), flags,
 * `{{lang|…}}`, `{{nowrap|…}}`, `{{convert|5|km}}`, statuses (`{{KIA}}`). Any other template is
 * dropped: better no text than template syntax read as a name or a figure.
 */
import { MONTHS } from "../questions/dates";

/** Templates whose first unnamed argument is the text shown. */
const SHOW_FIRST = new Set([
  "nowrap", "small", "smaller", "big", "nobold", "noitalic", "nobr", "avoid wrap", "flag", "flagcountry", "flagu", "flagg", "flag country",
  "abbr", "ill", "interlanguage link", "illm", "interlanguage link multi", "sic", "lang-rtl", "script", "vanchor", "anchor text", "highlight",
]);
/** Templates whose second unnamed argument is the text shown (`{{lang|ru|Курск}}`). */
const SHOW_SECOND = new Set(["lang", "transl", "transliteration", "nihongo2", "ruby"]);
/** Lists: one item per argument (or per `*` line of their single argument). */
const LISTS = new Set(["plainlist", "plain list", "ubl", "unbulleted list", "ubil", "flatlist", "flat list", "hlist", "bulleted list", "blist", "collapsible list", "unbulleted indent list", "endplainlist", "startplainlist"]);
const STATUSES: Record<string, string> = { kia: "KIA", dow: "DOW", pow: "POW", wia: "WIA", mia: "MIA", executed: "executed", surrendered: "surrendered" };
const SYMBOLS: Record<string, string> = { ndash: "\u2013", mdash: "\u2014", snd: " \u2013 ", "spaced ndash": " \u2013 ", spnd: " \u2013 ", nbsp: " ", "!": "|", "=": "=", "·": " · ", dot: " · ", "\u2022": " \u2022 ", bull: " \u2022 ", "-": "" };
const DATE_TEMPLATES = new Set(["start date", "end date", "start date and age", "end date and age", "start-date", "date", "dts", "birth date", "death date"]);
const RANGE_TEMPLATES = new Set(["start and end dates", "date range"]);
const CIRCA = new Set(["circa", "c.", "c", "ca"]);

const ENTITIES: Record<string, string> = { nbsp: " ", ndash: "\u2013", mdash: "\u2014", minus: "\u2212", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", thinsp: " ", ensp: " ", emsp: " ", hellip: "\u2026", times: "\u00d7", dagger: "\u2020" };

/** Section headings after which a page holds apparatus, not its story. */
const APPARATUS_HEADING_RE =
  /^={2,}\s*(?:references?|notes?|notes and references|footnotes|citations|sources|bibliography|works cited|further reading|external links|see also|literature|explanatory notes)\s*={2,}\s*$/i;

type Mode = "value" | "prose";

/** Does the file look like wiki source (an infobox template call, links or bold quotes)? */
export function looksLikeWikiSource(lines: readonly string[]): boolean {
  const head = lines.slice(0, 200);
  return head.some((l) => /^\s*\{\{\s*infobox/i.test(l)) || head.some((l) => l.includes("[[") && l.includes("]]")) || head.some((l) => l.includes("'''"));
}

/** One infobox value's text, one item per line (`<br>` and list items break lines). */
export function renderWikiValue(v: string): string[] {
  const t = new Renderer(v, "value").run();
  return t
    .split("\n")
    .map((x) => x.replace(/\(\s*\)/g, "").replace(/^\s*[*#]+\s*/, "").replace(/[ \t]+/g, " ").trim())
    .filter(Boolean);
}

/**
 * The prose lines `from` … end rendered, line for line (removed notes, tables and templates leave
 * their lines blank); lines after a References / Notes / See also heading come back blank.
 */
export function renderWikiProse(lines: readonly string[], from: number): string[] {
  const out = lines.slice();
  let end = lines.length;
  for (let i = from; i < lines.length; i++) {
    if (APPARATUS_HEADING_RE.test(lines[i]!.trim())) {
      end = i;
      break;
    }
  }
  const rendered = new Renderer(lines.slice(from, end).join("\n"), "prose").run().split("\n");
  for (let i = from; i < end; i++) {
    const r = (rendered[i - from] ?? "").replace(/[ \t]+/g, " ").trim();
    // A list item's marker is layout, not text.
    out[i] = r.replace(/^[*#:;]+\s*/, "");
  }
  for (let i = end; i < lines.length; i++) out[i] = "";
  return out;
}

/** One line of wiki prose rendered (for quoting a fact against the line it came from). */
export function renderWikiLine(line: string): string {
  return new Renderer(line, "prose").run().replace(/[ \t]+/g, " ").trim();
}

/** Templates and links nest a few deep on real pages; deeper braces are read as text (no stack to exhaust). */
const MAX_DEPTH = 40;

class Renderer {
  private i = 0;
  private depth = 0;
  /** The text lowercased, made once: closing tags are looked up case-blind. */
  private lower: string | null = null;
  /** No "]" after this offset: a page of unclosed "[http…" stays linear. */
  private noBracketFrom = Infinity;

  constructor(
    private readonly s: string,
    private readonly mode: Mode,
  ) {}

  run(): string {
    return this.until(null);
  }

  /** Text up to `stop` ("}}", "]]" or "|" inside a construct), or to the end. */
  private until(stop: "}}" | "]]" | null, argStop = false): string {
    const s = this.s;
    let out = "";
    let atLineStart = this.i === 0 || s[this.i - 1] === "\n";
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (stop && s.startsWith(stop, this.i)) return out;
      if (argStop && c === "|") return out;
      if ((c === "{" || c === "[") && s[this.i + 1] === c && this.depth >= MAX_DEPTH) {
        out += c;
        this.i++;
      } else if (c === "{" && s[this.i + 1] === "{") {
        out += this.template();
      } else if (c === "{" && s[this.i + 1] === "|" && atLineStart) {
        out += this.skipTable();
      } else if (c === "[" && s[this.i + 1] === "[") {
        out += this.link();
      } else if (c === "[" && /^\[(?:https?:)?\/\//.test(s.slice(this.i, this.i + 10))) {
        out += this.externalLink();
      } else if (c === "<") {
        out += this.tag();
      } else if (c === "&") {
        out += this.entity();
      } else if (c === "'" && s[this.i + 1] === "'") {
        while (s[this.i] === "'") this.i++;
      } else if (c === "}" && s[this.i + 1] === "}" && !stop) {
        this.i += 2; // a list template opened on an earlier line closes here
      } else if (c === "_" && /^__[A-Z]+__/.test(s.slice(this.i, this.i + 20))) {
        this.i = s.indexOf("__", this.i + 2) + 2;
      } else {
        out += c;
        this.i++;
      }
      atLineStart = s[this.i - 1] === "\n";
    }
    return out;
  }

  /** A span that is dropped: in prose its line breaks stay, so the lines after it keep their numbers. */
  private dropped(from: number): string {
    return this.mode === "prose" ? " " + "\n".repeat(countNewlines(this.s, from, this.i)) : " ";
  }

  /** Rendered text standing for the span from `from`: one line in prose (plus the span's line breaks). */
  private shown(text: string, from: number): string {
    if (this.mode === "value") return text;
    return text.replace(/\n/g, " ") + "\n".repeat(countNewlines(this.s, from, this.i));
  }

  /** The `|`-separated parts of a construct opened at `this.i` ("{{" or "[["), up to its close. */
  private parts(close: "}}" | "]]"): string[] {
    this.i += 2;
    const parts: string[] = [];
    this.depth++;
    for (;;) {
      parts.push(this.until(close, true));
      if (this.i >= this.s.length) break;
      if (this.s[this.i] === "|") {
        this.i++;
        continue;
      }
      this.i += 2; // the close
      break;
    }
    this.depth--;
    return parts;
  }

  private template(): string {
    const from = this.i;
    const args = this.parts("}}");
    // A template left open to the end of the text: its arguments are what is left to show.
    const closed = this.s.slice(from, this.i).endsWith("}}");
    const rendered = renderTemplate(args, closed, this.mode);
    return rendered === null ? this.dropped(from) : this.shown(rendered, from);
  }

  private link(): string {
    const from = this.i;
    const parts = this.parts("]]");
    const target = parts[0]!.trim();
    if (/^:?(?:file|image|category|media|[a-z]{2,3}(?:-[a-z]+)?):/i.test(target)) return this.dropped(from);
    const label = parts.length > 1 ? parts[parts.length - 1]! : target.replace(/#.*$/, "") || target;
    return this.shown(label, from);
  }

  private externalLink(): string {
    const from = this.i;
    const close = this.i >= this.noBracketFrom ? -1 : this.s.indexOf("]", this.i);
    if (close < 0) {
      this.noBracketFrom = Math.min(this.noBracketFrom, this.i);
      this.i++;
      return "[";
    }
    const inner = this.s.slice(this.i + 1, close);
    this.i = close + 1;
    const space = inner.search(/\s/);
    return space < 0 ? this.dropped(from) : this.shown(inner.slice(space + 1), from);
  }

  private tag(): string {
    const s = this.s;
    const from = this.i;
    if (s.startsWith("<!--", this.i)) {
      const end = s.indexOf("-->", this.i + 4);
      this.i = end < 0 ? s.length : end + 3;
      return this.dropped(from);
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(\/?)>/.exec(s.slice(this.i, this.i + 400));
    if (!m) {
      this.i++;
      return "<";
    }
    this.i += m[0].length;
    const name = m[2]!.toLowerCase();
    const closing = m[1] === "/";
    const selfClosing = m[3] === "/";
    if (name === "br") return this.mode === "value" ? "\n" : " ";
    // Notes and galleries with everything in them.
    if (!closing && !selfClosing && (name === "ref" || name === "gallery" || name === "math" || name === "score" || name === "timeline" || name === "syntaxhighlight")) {
      const end = (this.lower ??= s.toLowerCase()).indexOf(`</${name}`, this.i);
      if (end < 0) this.i = s.length;
      else {
        const gt = s.indexOf(">", end);
        this.i = gt < 0 ? s.length : gt + 1;
      }
      return this.dropped(from);
    }
    return this.dropped(from);
  }

  private entity(): string {
    const m = /^&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/.exec(this.s.slice(this.i, this.i + 12));
    if (!m) {
      this.i++;
      return "&";
    }
    this.i += m[0].length;
    const e = m[1]!;
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m[0];
  }

  /** `{| … |}`: a table's cells are not prose. */
  private skipTable(): string {
    const from = this.i;
    let depth = 0;
    while (this.i < this.s.length) {
      const lineEnd = this.s.indexOf("\n", this.i);
      const line = this.s.slice(this.i, lineEnd < 0 ? this.s.length : lineEnd).trim();
      if (line.startsWith("{|")) depth++;
      else if (line.startsWith("|}")) depth--;
      this.i = lineEnd < 0 ? this.s.length : lineEnd;
      if (depth <= 0) break;
      this.i++; // past the line break
    }
    return this.dropped(from);
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** A template's text, or null to drop it. `args[0]` is its name. */
function renderTemplate(args: string[], closed: boolean, mode: Mode): string | null {
  const name = args[0]!.trim().replace(/_/g, " ").toLowerCase();
  const params = args.slice(1);
  const unnamed = params.filter((p) => !/^\s*[\w -]+\s*=/.test(p)).map((p) => p.trim());
  const list = (items: string[]) => items.map((x) => x.trim()).filter(Boolean).join(mode === "value" ? "\n" : ", ");
  if (!closed) {
    // `{{plainlist|` opened on a key's line, its items on the lines below.
    return LISTS.has(name) ? list(unnamed.flatMap(bulletItems)) : null;
  }
  if (LISTS.has(name)) return list(unnamed.flatMap(bulletItems));
  if (STATUSES[name]) return ` ${STATUSES[name]} `;
  if (name in SYMBOLS) return SYMBOLS[name]!;
  if (name === "flagicon" || name === "flagdeco" || name === "flag icon") return "";
  if (SHOW_FIRST.has(name)) return unnamed[0] ?? "";
  if (SHOW_SECOND.has(name)) return unnamed[1] ?? unnamed[0] ?? "";
  if (/^lang-[a-z-]+$/.test(name) || /^transl-?[a-z]*$/.test(name)) return unnamed[unnamed.length - 1] ?? "";
  if (name === "sortname") return unnamed.slice(0, 2).join(" ");
  if (CIRCA.has(name)) return `c. ${unnamed[0] ?? ""}`;
  if (name === "convert" || name === "cvt") return [unnamed[0], unnamed[1]].filter(Boolean).join(" ");
  if (DATE_TEMPLATES.has(name)) return formatDate(unnamed.slice(0, 3)) ?? "";
  if (RANGE_TEMPLATES.has(name)) {
    const a = formatDate(unnamed.slice(0, 3));
    const b = formatDate(unnamed.slice(3, 6));
    return a && b ? `${a} \u2013 ${b}` : (a ?? "");
  }
  return null;
}

/** `*Item` lines of a list template's single argument, or the argument itself. */
function bulletItems(arg: string): string[] {
  return arg.split("\n").map((l) => l.replace(/^\s*[*#]+\s*/, "").trim());
}

/** `1943|7|5` → "5 July 1943"; `1943|7` → "July 1943"; `1943` → "1943". */
function formatDate(parts: string[]): string | null {
  const [y, m, d] = parts.map((p) => p.trim());
  if (!y || !/^\d{1,4}$/.test(y)) return null;
  const month = m && /^\d{1,2}$/.test(m) ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y;
  return d && /^\d{1,2}$/.test(d) ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
