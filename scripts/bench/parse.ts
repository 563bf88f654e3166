/**
 * Parser benchmark, one JSON line per figure on stdout (readable lines on stderr):
 * - "parse": a seeded corpus of synthetic articles generated in memory (both shapes and their
 *   variants, some events told twice so reconciliation merges them), parse + reconcile timed
 *   after an untimed warm-up, median of --runs runs: articles/s, MB/s, peak memory;
 * - "parse-scale": time per article of parse + reconcile at 100,000 articles against 10,000
 *   (target: within 1.5×, i.e. no quadratic step);
 * - "parse-vs-wtf": the articles of content/ parsed by us (as they are) and by wtf_wikipedia
 *   (rendered beforehand, untimed, as wikitext: `{{Infobox military conflict | key = value}}`
 *   and `== sections ==`), articles/s of each and the ratio (target: ours ≥ 1.5× theirs).
 *   tsx scripts/bench/parse.ts [--count N] [--seed S] [--warmup N] [--runs N] [--scale N] [--no-scale] [--no-wtf]
 * Benchmarks never fail on timing.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import wtf from "wtf_wikipedia";
import type { ParsedArticle } from "../../lib/facts/types";
import { parseArticle } from "../../lib/content/article";
import { reconcile } from "../../lib/content/reconcile";
import { HEADING_RE, KEY_LINE_RE } from "../../lib/content/shape";

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ka", "ro", "mi", "tsu", "na", "shi", "ba", "lo", "ve", "gra", "dor", "pel", "sin", "tar", "quo", "ze", "lin", "mur", "ost", "vel", "han", "ket", "rus", "ya"];
const GIVEN = ["Mikhail", "Ivan", "Anatoly", "Nikolai", "Pavel", "Oskar", "Georgy", "Kirill", "Hideki", "Saburo", "Kenji", "Tadashi", "Ichiro", "Jiro", "Alexei", "Fyodor"];
const FAMILY = ["Petrov", "Sokolov", "Volkov", "Morozov", "Lebedev", "Kozlov", "Tanaka", "Suzuki", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Novikov", "Orlov", "Zaitsev"];
const RANKS = ["General", "Admiral", "Vice Admiral", "Colonel", "Lieutenant General", "Marshal", "Major General", ""];
const STATUS = ["", "", "", "", " KIA", " (POW)", " †", " WIA"];
const SIDES = [
  ["Empire of Japan", "Russian Empire"],
  ["Soviet Union", "Empire of Japan"],
  ["Kingdom of Velor", "Grand Duchy of Ostmur"],
  ["Republic of Kessia", "Tarvan Confederation"],
];
const WARS = ["the Russo-Japanese War", "the Soviet–Japanese War (1945)", "the Velor–Ostmur War", "the War of the Kessian Succession", "the Northern Campaigns"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const UNITS = ["1st Army", "2nd Army", "Pacific Fleet", "5th Rifle Division", "Guards Corps", "13th Division", "Northern Detachment", "3rd Cavalry Brigade"];

interface Spec {
  name: string;
  war: string;
  year: number;
  month: number;
  d1: number;
  d2: number;
  place: string;
  sides: string[];
  commanders: string[][];
  units: string[];
  strength: number[];
  killed: number[];
  captured: number[];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

function makeSpec(r: () => number): Spec {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const word = () => cap(Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(SYLLABLES)).join(""));
  const place = `${word()} ${pick(["Bay", "Hill", "River", "Pass", "Island", "Strait", ""])}`.trim();
  const person = () => `${pick(RANKS)} ${pick(GIVEN)} ${pick(FAMILY)}${pick(STATUS)}`.trim();
  const d1 = 1 + Math.floor(r() * 20);
  return {
    name: `${pick(["Battle of", "Siege of", "Invasion of", "Battle of"])} ${place}`,
    war: pick(WARS),
    year: 1850 + Math.floor(r() * 100),
    month: Math.floor(r() * 12),
    d1,
    d2: d1 + 1 + Math.floor(r() * 8),
    place,
    sides: pick(SIDES),
    commanders: [Array.from({ length: 1 + Math.floor(r() * 4) }, person), Array.from({ length: 1 + Math.floor(r() * 3) }, person)],
    units: [pick(UNITS), pick(UNITS)],
    strength: [1000 + Math.floor(r() * 200000), 1000 + Math.floor(r() * 200000)],
    killed: [10 + Math.floor(r() * 5000), 10 + Math.floor(r() * 5000)],
    captured: [Math.floor(r() * 3000), Math.floor(r() * 3000)],
  };
}

function prose(s: Spec, r: () => number): string[] {
  const m = MONTHS[s.month]!;
  const [a, b] = s.sides as [string, string];
  const paras = [
    `The ${s.name} was fought from ${s.d1} to ${s.d2} ${m} ${s.year} near ${s.place}, between the forces of the ${a} and the ${b}.`,
    `In the spring of ${s.year - 1} the ${a} had gathered a nominal strength of ${fmt(s.strength[0]!)} men. Its commander, ${s.commanders[0]![0]}, planned a rapid advance, while the ${b} garrison of about ${fmt(s.strength[1]!)} troops dug in.`,
    `On ${s.d1} ${m} ${s.year} the first assault went in at dawn. On ${s.d1 + 1} ${m} the defenders counter-attacked and were driven back. About ${fmt(s.captured[1]!)} men were captured while the attackers suffered ${fmt(s.killed[0]!)} dead and ${fmt(Math.floor(s.killed[0]! * 2.5))} wounded.`,
    `The last positions fell on ${s.d2} ${m}. The ${b} lost ${fmt(s.killed[1]!)} killed[${1 + Math.floor(r() * 9)}] and had ${fmt(s.captured[1]!)} taken prisoner. By ${s.year + 1} the region had an estimated ${fmt(20000 + Math.floor(r() * 90000))} inhabitants.`,
  ];
  if (r() < 0.5) paras.push(`Historians later disputed the figures; some gave ${fmt(s.killed[1]! + 120)} dead, others fewer than ${fmt(s.killed[1]! - 5)}.`);
  return paras;
}

function infoboxArticle(s: Spec, r: () => number): string {
  const m = MONTHS[s.month]!;
  const block = r() < 0.8 ? "Infobox" : r() < 0.5 ? "Battlebox" : "Military conflict";
  const lines = [
    `= ${s.name} =`,
    "",
    block,
    `- Conflict: ${s.name}`,
    `- Partof: ${s.war}`,
    `- Date: ${s.d1}–${s.d2} ${m} ${s.year}`,
    `- Place: ${s.place}`,
    `- Result: ${s.sides[0]} victory`,
    `- Combatant1: ${s.sides[0]}`,
    `- Combatant2: ${s.sides[1]}`,
    `- Commander1: ${s.commanders[0]!.join(", ")}`,
    `- Commander2: ${s.commanders[1]!.join(", ")}`,
    `- Units1: ${s.units[0]}`,
    `- Units2: ${s.units[1]}`,
    `- Strength1: ${fmt(s.strength[0]!)}`,
    `- Strength2: ${fmt(s.strength[1]!)} men[${1 + Math.floor(r() * 5)}]`,
    `- Casualties1: ${fmt(s.killed[0]!)} killed, ${fmt(Math.floor(s.killed[0]! * 2.5))} wounded`,
    `- Casualties2: ${fmt(s.killed[1]!)} dead and ${fmt(s.captured[1]!)} prisoners`,
    "",
  ];
  const p = prose(s, r);
  lines.push(p[0]!, "", "==Background==", p[1]!, "", "==The battle==", p[2]!, "", p[3]!);
  if (p[4]) lines.push("", "==Aftermath==", p[4]);
  return lines.join("\n") + "\n";
}

function scrapedArticle(s: Spec, r: () => number): string {
  const m = MONTHS[s.month]!;
  const pipe = r() < 0.3;
  const row = (...cells: string[]) => (pipe ? `| ${cells.join(" | ")} | |` : `${cells.join(" | ")} | ||||||`);
  const out: string[] = [];
  const p = prose(s, r);
  if (r() < 0.2) out.push(`This article is about the ${s.year} battle. For other uses, see ${s.place} (disambiguation).`);
  if (r() < 0.3) out.push(p.shift()!);
  out.push(row(s.name), pipe ? "|---|---|---|" : "---|---|---|---|---|---|---|---|", row(`Part of ${s.war}`));
  out.push(`${s.place} in ${s.year} |`, pipe ? "| |" : "|||||||");
  if (r() < 0.5) out.push(row("Date", `${s.d1}–${s.d2} ${m} ${s.year}`));
  out.push(row("Belligerents"), row(s.sides[0]!, s.sides[1]!), row(r() < 0.3 ? "Commanders" : "Commanders and leaders"));
  // Commander cells lose their separators, or span lines.
  if (r() < 0.5) out.push(`${s.commanders[0]!.join(" ")} |`, `${s.commanders[1]!.join(" ")} | ||||||`);
  else out.push(...s.commanders[0]!.slice(0, -1), `${s.commanders[0]!.at(-1)} |`, `${s.commanders[1]!.join(", ")} |`);
  out.push(row("Units involved"), row(s.units[0]!, s.units[1]!));
  out.push(row("Strength"), row(fmt(s.strength[0]!), `${s.strength[1]} men`));
  out.push(row("Casualties and losses"));
  const note = `Northern Army: ${fmt(s.killed[1]!)} killed, ${fmt(s.captured[1]!)} PoW`;
  out.push(`Unknown casualties Pacific Fleet: ${s.killed[0]} killed |`, `${note} ${fmt(s.captured[0]! + 100)}-${fmt(s.captured[0]! + 400)} civilian casualties |`);
  if (r() < 0.5) out.push("Unknown casualties", note);
  out.push(...p);
  return out.join("\n") + "\n";
}

export function generateCorpus(count: number, seed = 1): { file: string; bytes: Buffer }[] {
  const r = rng(seed);
  const out: { file: string; bytes: Buffer }[] = [];
  while (out.length < count) {
    const s = makeSpec(r);
    const n = out.length;
    const infobox = r() < 0.6;
    out.push({ file: `${String(n).padStart(6, "0")}.txt`, bytes: Buffer.from(infobox ? infoboxArticle(s, r) : scrapedArticle(s, r)) });
    // One event in ten is told twice, in the other shape, so reconciliation has merging to do.
    if (r() < 0.1 && out.length < count) out.push({ file: `${String(n).padStart(6, "0")}b.txt`, bytes: Buffer.from(infobox ? scrapedArticle(s, r) : infoboxArticle(s, r)) });
  }
  return out;
}

export interface BenchResult {
  articles: number;
  megabytes: number;
  /** Seconds of the median run (parse + reconcile of the whole corpus). */
  seconds: number;
  /** Throughput of the median run. */
  articlesPerSec: number;
  mbPerSec: number;
  /** Every timed run, in order, in seconds; the first one also grows the heap. */
  runs: number[];
  /** Throughput of the fastest run. */
  bestArticlesPerSec: number;
  /** Peak resident memory during the first run. */
  peakRssMB: number;
  events: number;
  facts: number;
  issues: number;
}

/**
 * Times parse + reconcile of a `count`-article corpus `runs` times after an untimed warm-up on
 * another seed (so the JIT has compiled the hot paths) and reports the median run: one run on a
 * shared machine can be off by a third either way.
 */
export function bench(count = 10_000, seed = 1, warmup = 1_000, runs = 3): BenchResult {
  if (warmup > 0) reconcile(generateCorpus(warmup, seed + 1_000_003).map((a) => parseArticle(a.file, a.bytes)));
  const corpus = generateCorpus(count, seed);
  const bytes = corpus.reduce((s, a) => s + a.bytes.length, 0);
  let peak = process.memoryUsage().rss;
  const times: number[] = [];
  let result: ReturnType<typeof reconcile> | null = null;
  for (let r = 0; r < Math.max(1, runs); r++) {
    result = null; // the previous run's output is garbage, as in one run of the CLI
    const t0 = performance.now();
    const parsed = corpus.map((a, i) => {
      if (r === 0 && i % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      return parseArticle(a.file, a.bytes);
    });
    if (r === 0) peak = Math.max(peak, process.memoryUsage().rss);
    result = reconcile(parsed);
    times.push((performance.now() - t0) / 1000);
    // Peak memory of one run: later runs also hold the garbage of earlier ones.
    if (r === 0) peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  }
  const seconds = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  return {
    articles: corpus.length,
    megabytes: round(bytes / 1e6, 2),
    seconds: round(seconds, 3),
    articlesPerSec: Math.round(corpus.length / seconds),
    mbPerSec: round(bytes / 1e6 / seconds, 2),
    runs: times.map((t) => round(t, 3)),
    bestArticlesPerSec: Math.round(corpus.length / Math.min(...times)),
    peakRssMB: Math.round(peak / 1e6),
    events: result!.events.length,
    facts: result!.events.reduce((s, e) => s + e.facts.length, 0),
    issues: result!.issues.length,
  };
}

/** "parse: 10,000 articles, 14.4 MB in 4.1 s → 2,430 articles/s, 3.5 MB/s, peak RSS 480 MB". */
export function describe(r: BenchResult): string {
  const n = (x: number, digits = 0) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const runs = r.runs.length > 1 ? ` (median of ${r.runs.length} runs: ${r.runs.map((t) => n(t, 2)).join(", ")} s; best ${n(r.bestArticlesPerSec)} articles/s)` : "";
  return `parse: ${n(r.articles)} articles, ${n(r.megabytes, 1)} MB in ${n(r.seconds, 1)} s \u2192 ${n(r.articlesPerSec)} articles/s, ${n(r.mbPerSec, 1)} MB/s, peak RSS ${n(r.peakRssMB)} MB${runs}`;
}

const CONTENT_DIR = fileURLToPath(new URL("../../content/", import.meta.url));

/** Sentence lines of an article (its prose), and its section headings, in order. */
function proseLines(text: string): string[] {
  return text.split("\n").filter((l) => HEADING_RE.test(l.trim()) || (!l.includes("|") && !KEY_LINE_RE.test(l) && l.trim().split(/\s+/).length >= 12));
}

/**
 * The same article as MediaWiki source: an `Infobox military conflict` with the fields we read
 * (their text as the article gives it), then the prose with its `== sections ==`.
 */
export function toWikitext(parsed: ParsedArticle, text: string): string {
  const ev = parsed.event;
  const fact = (kind: string, side: number | null) => parsed.facts.find((f) => f.kind === kind && f.side === side);
  const rows: [string, string | null | undefined][] = [
    ["conflict", ev.name],
    ["partof", ev.partOf],
    ["date", ev.date?.text],
    ["place", ev.place],
    ["result", ev.result],
    ["territory", ev.territory],
  ];
  for (const s of ev.sides) {
    rows.push([`combatant${s.index}`, s.belligerents.map((b) => `{{flagicon|${b}}} [[${b}]]`).join("<br />")]);
    rows.push([`commander${s.index}`, s.commanders.map((c) => `${c.rank ? c.rank + " " : ""}[[${c.name}]]${c.status ? ` {{${c.status}}}` : ""}`).join("<br />")]);
    rows.push([`units${s.index}`, s.units.join("<br />")]);
    rows.push([`strength${s.index}`, s.strength?.text.replace(/\n/g, "<br />")]);
    rows.push([`casualties${s.index}`, (s.casualties?.text ?? fact("casualties", s.index)?.text)?.replace(/\n/g, "<br />")]);
  }
  const box = ["{{Infobox military conflict", ...rows.filter(([, v]) => v).map(([k, v]) => `| ${k} = ${v}`), "}}"];
  const body = proseLines(text).map((l) => {
    const h = HEADING_RE.exec(l.trim());
    return h ? `\n${h[1]} ${h[2]} ${h[1]}\n` : `${l}\n`;
  });
  return [...box, ...body].join("\n");
}

export interface VsWtfResult {
  articles: number;
  oursArticlesPerSec: number;
  theirsArticlesPerSec: number;
  ratio: number;
}

/** Repeats `fn` over the corpus for at least `ms` after a warm-up pass; articles per second. */
function throughput(n: number, fn: (i: number) => void, ms: number): number {
  for (let i = 0; i < n; i++) fn(i);
  let done = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (let i = 0; i < n; i++) fn(i);
    done += n;
    t = performance.now();
  }
  return (done / (t - t0)) * 1000;
}

/** Our parser on the articles of content/ against wtf_wikipedia on the same articles as wikitext. */
export function benchVsWtf(ms = 3000, dir = CONTENT_DIR): VsWtfResult {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const originals = files.map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
  const wikitexts = originals.map((a) => toWikitext(parseArticle(a.file, a.bytes), a.bytes.toString("utf8")));
  let sink = 0;
  // Interleave the two so a busy moment on a shared machine hits both alike.
  let ours = 0;
  let theirs = 0;
  for (let round = 0; round < 3; round++) {
    ours += throughput(originals.length, (i) => (sink += parseArticle(originals[i]!.file, originals[i]!.bytes).facts.length), ms / 3);
    theirs += throughput(
      wikitexts.length,
      (i) => {
        const doc = wtf(wikitexts[i]!);
        sink += Object.keys(doc.infobox()?.json() ?? {}).length + doc.sections().length;
      },
      ms / 3,
    );
  }
  if (sink < 0) console.log(sink);
  ours /= 3;
  theirs /= 3;
  return { articles: originals.length, oursArticlesPerSec: Math.round(ours), theirsArticlesPerSec: Math.round(theirs), ratio: Math.round((ours / theirs) * 100) / 100 };
}

export interface ScaleResult {
  small: number;
  large: number;
  smallMsPerArticle: number;
  largeMsPerArticle: number;
  ratio: number;
}

/** Time per article of parse + reconcile at `large` articles against `small` (one run each after the warm-up). */
export function benchScale(small = 10_000, large = 100_000, seed = 7): ScaleResult {
  const per = (count: number) => {
    const r = bench(count, seed, 1_000, 1);
    return (r.seconds * 1000) / r.articles;
  };
  const a = per(small);
  const b = per(large);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { small, large, smallMsPerArticle: round(a), largeMsPerArticle: round(b), ratio: Math.round((b / a) * 100) / 100 };
}

/**
 * 100,000 parsed articles and their reconciliation need more heap than Node's default: the scale
 * figure is measured in a child process with a bigger heap (and without this process's garbage).
 */
function scaleInChild(large: number): ScaleResult {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, "--max-old-space-size=12288", script, "--scale-only", String(large)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith("{"));
  if (r.status !== 0 || !line) throw new Error(`scale bench failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as ScaleResult;
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const num = (flag: string, dflt: number) => {
    const i = argv.indexOf(flag);
    const v = i >= 0 ? Number(argv[i + 1]) : dflt;
    return Number.isFinite(v) && v > 0 ? v : dflt;
  };
  if (argv.includes("--scale-only")) {
    const large = num("--scale-only", 100_000);
    process.stdout.write(JSON.stringify(benchScale(Math.max(1, Math.round(large / 10)), large)) + "\n");
    return 0;
  }
  const r = bench(num("--count", 10_000), num("--seed", 1), argv.includes("--warmup") ? num("--warmup", 0) : 1_000, num("--runs", 3));
  process.stdout.write(JSON.stringify({ bench: "parse", ...r, targets: { articlesPerSec: 2000 } }) + "\n");
  // For people: stderr, so stdout stays one JSON line per bench.
  process.stderr.write(describe(r) + "\n");
  if (!argv.includes("--no-wtf")) {
    const w = benchVsWtf();
    process.stdout.write(JSON.stringify({ bench: "parse-vs-wtf", ...w, targets: { ratio: 1.5 } }) + "\n");
    process.stderr.write(`parse vs wtf_wikipedia on content/ (${w.articles} articles): ours ${w.oursArticlesPerSec.toLocaleString("en-US")} articles/s, wtf_wikipedia ${w.theirsArticlesPerSec.toLocaleString("en-US")} articles/s, ratio ${w.ratio}\n`);
  }
  if (!argv.includes("--no-scale")) {
    const large = num("--scale", 100_000);
    const sc = scaleInChild(large);
    process.stdout.write(JSON.stringify({ bench: "parse-scale", ...sc, targets: { ratio: 1.5 } }) + "\n");
    process.stderr.write(`parse scale: ${sc.smallMsPerArticle} ms/article at ${sc.small.toLocaleString("en-US")}, ${sc.largeMsPerArticle} ms/article at ${sc.large.toLocaleString("en-US")}, ratio ${sc.ratio}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
