/**
 * Scores the article parser on fixtures with expected values (test/fixtures/articles/real-shapes/
 * expected.json by default): per field (date, belligerents, strength, killed, wounded, captured,
 * total) the share read right, and commanders' precision and recall (name, rank and status must
 * all match). Prints one JSON line on stdout and the misses on stderr.
 * With --ignore-rank a commander is right when name and status match (expected values written
 * from the cells alone have no rank the parser completes from the prose). With --title-in-name
 * also when a title is written in the name on one side and as the rank on the other ("Lord
 * Chelmsford" against rank "Lord", name "Chelmsford"), ranks otherwise ignored.
 *   tsx scripts/parser-check.ts [dir] [--quiet] [--ignore-rank | --title-in-name]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { NumberRange, ParsedArticle } from "../lib/facts/types";
import { parseArticle } from "../lib/content/article";
import { normKey } from "../lib/content/text";

type Range = [number, number] | null;
export interface ExpectedSide {
  /** Left out where the writer could not tell them: not scored. */
  belligerents?: string[];
  commanders?: [string, string | null, string | null][];
  strength?: Range;
  killed?: Range;
  wounded?: Range;
  captured?: Range;
  total?: Range;
  /** The account the side's casualty figures come from, when the cell gives several. */
  claimant?: string;
}
export interface Expected {
  /** null: the article gives no date the parser can represent (e.g. "216 BC"): it must read none. */
  date?: { start: string; end: string; precision: string; line?: number } | null;
  sides?: ExpectedSide[];
  /** The file is a shape the parser cannot read: it must stop with an error and invent nothing. */
  error?: boolean;
}

export interface Score {
  fields: Record<string, { right: number; total: number }>;
  commanders: { right: number; found: number; expected: number };
  misses: string[];
}

const FIGURES = ["strength", "killed", "wounded", "captured", "total"] as const;

function range(r: NumberRange | null | undefined): Range {
  return r ? [r.min, r.max] : null;
}

export type RankMode = "strict" | "ignore" | "title-in-name";

/** Whether a commander read matches one expected, by `mode`; keys are normKey'd. */
function sameCommander(h: { n: string; r: string; s: string }, w: { n: string; r: string; s: string }, mode: RankMode): boolean {
  if (h.s !== w.s) return false;
  if (mode === "strict") return h.n === w.n && h.r === w.r;
  if (h.n === w.n) return true;
  if (mode === "ignore") return false;
  const hr = normKey(`${h.r} ${h.n}`);
  const wr = normKey(`${w.r} ${w.n}`);
  return hr === wr || hr === w.n || wr === h.n;
}

export function scoreArticle(file: string, parsed: ParsedArticle, exp: Expected, score: Score, ignoreRank: boolean | RankMode = false): void {
  const mode: RankMode = ignoreRank === true ? "ignore" : ignoreRank === false ? "strict" : ignoreRank;
  const tally = (field: string, ok: boolean, what: string) => {
    const f = (score.fields[field] ??= { right: 0, total: 0 });
    f.total++;
    if (ok) f.right++;
    else score.misses.push(`${file}: ${field}: ${what}`);
  };
  if (exp.error) {
    const err = parsed.issues.find((i) => i.severity === "error");
    const invented = parsed.event.sides.length > 0 || parsed.facts.length > 0;
    tally("error", !!err && !invented, err ? `facts invented beside the error` : `no error (got ${parsed.event.sides.length} sides)`);
    return;
  }
  if (exp.date === null) {
    const d = parsed.event.date;
    tally("date", !d, `got ${d ? `${d.start}..${d.end} ${d.precision}` : "null"}, want none`);
  } else if (exp.date) {
    const d = parsed.event.date;
    const dateFact = parsed.facts.find((f) => f.kind === "date");
    const ok = !!d && d.start === exp.date.start && d.end === exp.date.end && d.precision === exp.date.precision && (exp.date.line === undefined || dateFact?.source.line === exp.date.line);
    tally("date", ok, `got ${d ? `${d.start}..${d.end} ${d.precision} line ${dateFact?.source.line}` : "null"}, want ${exp.date.start}..${exp.date.end} ${exp.date.precision}${exp.date.line ? ` line ${exp.date.line}` : ""}`);
  }
  (exp.sides ?? []).forEach((es, i) => {
    const side = parsed.event.sides[i];
    const got = side?.belligerents ?? [];
    const wantB = es.belligerents;
    if (wantB) tally("belligerents", got.length === wantB.length && got.every((b, k) => normKey(b) === normKey(wantB[k]!)), `side ${i + 1}: got ${JSON.stringify(got)}, want ${JSON.stringify(wantB)}`);
    for (const f of FIGURES) {
      const g = f === "strength" ? range(side?.strength) : range(side?.casualties?.[f]);
      const w = es[f];
      // A figure the expected values leave out is one their writer could not tell: not scored.
      if (w === undefined) continue;
      tally(f, JSON.stringify(g) === JSON.stringify(w), `side ${i + 1}: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
    }
    if (es.claimant) {
      const c = side?.casualties;
      const claimant = c?.killed?.claimant ?? c?.wounded?.claimant ?? c?.total?.claimant ?? null;
      tally("claimant", claimant === es.claimant, `side ${i + 1}: got ${claimant}, want ${es.claimant}`);
    }
    if (!es.commanders) return;
    const key = (n: string, r: string | null, s: string | null) => ({ n: normKey(n), r: r ? normKey(r) : "", s: s ?? "" });
    const show = (c: { n: string; r: string; s: string }) => `${c.n}|${mode === "ignore" ? "" : c.r}|${c.s}`;
    const want = es.commanders.map(([n, r, s]) => key(n, r, s));
    const have = (side?.commanders ?? []).map((p) => key(p.name, p.rank, p.status));
    const left = [...want];
    let right = 0;
    for (const h of have) {
      const at = left.findIndex((w) => sameCommander(h, w, mode));
      if (at >= 0) {
        right++;
        left.splice(at, 1);
      } else score.misses.push(`${file}: commander side ${i + 1}: unexpected ${show(h)}`);
    }
    for (const l of left) score.misses.push(`${file}: commander side ${i + 1}: missing ${show(l)}`);
    score.commanders.right += right;
    score.commanders.found += have.length;
    score.commanders.expected += want.length;
  });
}

export function checkDir(dir: string, ignoreRank: boolean | RankMode = false): Score {
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Expected>;
  const score: Score = { fields: {}, commanders: { right: 0, found: 0, expected: 0 }, misses: [] };
  for (const [file, exp] of Object.entries(expected)) {
    const parsed = parseArticle(file, readFileSync(join(dir, file)));
    scoreArticle(file, parsed, exp, score, ignoreRank);
  }
  return score;
}

export function summary(s: Score) {
  const pct = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  let right = 0;
  let total = 0;
  const fields: Record<string, number> = {};
  for (const [k, v] of Object.entries(s.fields)) {
    fields[k] = pct(v.right, v.total);
    right += v.right;
    total += v.total;
  }
  return {
    fieldAccuracy: pct(right, total),
    fieldsRight: right,
    fieldsTotal: total,
    fields,
    commanderPrecision: pct(s.commanders.right, s.commanders.found),
    commanderRecall: pct(s.commanders.right, s.commanders.expected),
  };
}

export function main(argv: string[] = process.argv.slice(2)): number {
  const dir = argv.find((a) => !a.startsWith("--")) ?? "test/fixtures/articles/real-shapes";
  const s = checkDir(dir, argv.includes("--title-in-name") ? "title-in-name" : argv.includes("--ignore-rank"));
  process.stdout.write(JSON.stringify({ check: "parser", dir, ...summary(s) }) + "\n");
  if (!argv.includes("--quiet")) for (const m of s.misses) process.stderr.write(m + "\n");
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
