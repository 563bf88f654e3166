/** Turns a family's draft into a Question: id, seeded option order, explanation with quoted sources. */
import type { Fact, SourceRef } from "../facts/types";
import { GENERATOR_VERSION, questionId } from "./ids";
import { makeRng } from "./rng";
import type { Answer, Explanation, Family, Format, Option, Question } from "./types";

interface DraftBase {
  templateId: string;
  family: Family;
  facts: Fact[];
  prompt: string;
  explanation: string;
  /** Slots the question asks about / gives away in its text: "<eventId>:<slot>". */
  asks: string[];
  reveals?: string[];
  difficulty: number;
  inputHint?: string;
  /** Sources beyond the facts' own (the other side of a disagreement), quoted whole. */
  extraSources?: SourceRef[];
}

export type Draft = DraftBase &
  (
    | { format: "choice"; key: string; wrong: string[] }
    | { format: "trueFalse"; value: boolean; distractors?: string[] }
    | { format: "shortAnswer"; answer: Extract<Answer, { kind: "text" }> }
    | { format: "number"; answer: Extract<Answer, { kind: "number" }>; distractors: string[] }
    | { format: "date"; answer: Extract<Answer, { kind: "date" }>; distractors: string[] }
    | { format: "ordering"; ordered: string[] }
    | { format: "matching"; pairs: [string, string][] }
  );

const LETTERS = "abcdefghij";

/** Footnote markers ("[1]", "[a]", "[citation needed]"): scraped noise, not the source's words. */
const FOOTNOTE = /\s*\[(?:\d{1,3}|[a-z]|note\s*\d+|nb\s*\d+|citation needed|clarification needed)\]/gi;

/** The words of the fact's value, to find its cell in a scraped table row. */
function needle(f: Fact): string | null {
  const v = f.value as unknown;
  if (typeof v === "string") return v;
  if (v && typeof v === "object") {
    const o = v as { name?: unknown; text?: unknown };
    if (typeof o.name === "string") return o.name;
    if (typeof o.text === "string") return o.text;
  }
  return null;
}

/**
 * A quote as the student reads it: no footnote markers, and no table syntax ("14,000 | 7280 men | ||||||"):
 * of a scraped row, the cell that holds the fact (else the cells joined with semicolons).
 */
export function cleanQuote(quote: string, f?: Fact): string {
  const t = quote.replace(FOOTNOTE, "").trim();
  if (!t.includes("|")) return t;
  const cells = t.split(/\s*\|+\s*/).map((c) => c.trim()).filter((c) => c.length > 0);
  const n = f ? needle(f)?.replace(FOOTNOTE, "").trim().toLowerCase() : undefined;
  let hit = n ? cells.filter((c) => c.toLowerCase().includes(n) || (!n.includes("|") && n.includes(c.toLowerCase()))) : [];
  // A figure whose own text spans cells ("14,000 | 7280 men"): the cell with its number.
  const min = f && typeof (f.value as { min?: unknown }).min === "number" ? (f.value as { min: number }).min : null;
  if (hit.length !== 1 && min !== null) hit = cells.filter((c) => c.replace(/(\d),(?=\d{3})/g, "$1").includes(String(min)));
  // Else the longest cell: still the source's own words, in order.
  return (hit.length === 1 ? hit[0]! : [...cells].sort((a, b) => b.length - a.length)[0] ?? t).trim();
}

/** Quote the part of the source line that states the fact, so the student sees the words. */
export function quoteFor(f: Fact, src: SourceRef): string {
  const line = src.text;
  const cands: string[] = [];
  if (f.kind === "proseNumber") cands.push(f.value.sentence);
  if (f.kind === "timeline") cands.push(f.value.text);
  cands.push(f.text);
  for (const c of cands) {
    const t = c.trim();
    if (t.length > 0 && line.includes(t)) return cleanQuote(t, f);
  }
  // Another article words the sentence a little differently ("4000" for "4,000"): quote its sentence
  // that shares most words with ours, not the whole paragraph.
  const own = cands[0]?.trim() ?? "";
  const sentences = line.split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u);
  if (own.length > 0 && sentences.length > 1) {
    const words = (x: string) => new Set(x.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    const ours = words(own);
    let best = "";
    let bestScore = 0;
    for (const sentence of sentences) {
      const theirs = words(sentence);
      let shared = 0;
      for (const w of theirs) if (ours.has(w)) shared++;
      const score = shared / Math.max(ours.size, theirs.size, 1);
      if (score > bestScore) [best, bestScore] = [sentence, score];
    }
    if (bestScore >= 0.5) return cleanQuote(best.trim(), f);
  }
  return cleanQuote(line.trim(), f);
}

function explanationOf(text: string, facts: Fact[], extra: SourceRef[] = []): { explanation: Explanation; sources: SourceRef[] } {
  const seen = new Set<string>();
  const out: Explanation["sources"] = [];
  const refs: SourceRef[] = [];
  const add = (src: SourceRef, quote: string): void => {
    // Two facts on one line (two sentences of a paragraph) are two quotes; the same words once.
    const k = `${src.file}:${src.line}`;
    const same = out.find((o) => `${o.file}:${o.line}` === k && (o.quote.includes(quote) || quote.includes(o.quote)));
    if (same) {
      if (quote.length > same.quote.length) same.quote = quote;
      return;
    }
    if (!seen.has(k)) refs.push(src);
    seen.add(k);
    out.push({ file: src.file, line: src.line, quote });
  };
  for (const f of facts) for (const src of [f.source, ...f.alsoIn]) add(src, quoteFor(f, src));
  for (const src of extra) add(src, cleanQuote(src.text.trim()));
  return { explanation: { text, sources: out }, sources: refs };
}

/**
 * Context facts: the belligerents a question uses to name a side ("How many Russian soldiers…"), unless
 * the question is about belligerents. What a question reveals through them is guarded by slot tags and
 * by the quiz's text check, not by keeping the fact out of every other question.
 */
function supportOf(d: Draft): string[] {
  if (d.family === "belligerents") return [];
  const ids = d.facts.filter((f) => f.kind === "belligerent").map((f) => f.id);
  return ids.length === d.facts.length ? [] : [...new Set(ids)].sort();
}

/** The question id a draft will get (cheap: lets generation skip duplicates before building them). */
export function draftId(d: Draft): { id: string; factIds: string[] } {
  const factIds = d.facts.length === 1 ? [d.facts[0]!.id] : [...new Set(d.facts.map((f) => f.id))].sort();
  return { id: questionId(d.templateId, factIds), factIds };
}

export function build(d: Draft, known?: { id: string; factIds: string[] }): Question {
  const { id, factIds } = known ?? draftId(d);
  const rng = makeRng(id);
  const factVersions: Record<string, string> = {};
  for (const f of d.facts) factVersions[f.id] = f.versionHash;
  const eventIds = d.facts.length === 1 ? [d.facts[0]!.eventId] : [...new Set(d.facts.map((f) => f.eventId))].sort();
  const { explanation, sources } = explanationOf(d.explanation, d.facts, d.extraSources);
  // One object, filled in place (spreading a base per question was a third of generation time).
  const q = {
    id,
    templateId: d.templateId,
    generatorVersion: GENERATOR_VERSION,
    family: d.family,
    format: d.format as Format,
    eventIds,
    factIds,
    factVersions,
    prompt: d.prompt,
    difficulty: Math.round(Math.min(1, Math.max(0, d.difficulty)) * 100) / 100,
    explanation,
    sources,
    asks: d.asks,
    reveals: d.reveals ?? [],
  } as Question;
  if (d.inputHint) q.inputHint = d.inputHint;
  const support = supportOf(d);
  if (support.length > 0) q.supportIds = support;
  switch (d.format) {
    case "choice": {
      const texts = rng.shuffle([d.key, ...d.wrong]);
      const options: Option[] = texts.map((text, i) => ({ id: LETTERS[i] ?? String(i), text }));
      const key = options.find((o) => o.text === d.key);
      q.options = options;
      q.answer = { kind: "choice", optionId: key?.id ?? "a" };
      q.distractors = d.wrong.slice();
      return q;
    }
    case "trueFalse":
      q.options = [
        { id: "true", text: "True" },
        { id: "false", text: "False" },
      ];
      q.answer = { kind: "boolean", value: d.value };
      q.distractors = d.distractors ?? [];
      return q;
    case "shortAnswer":
      q.answer = d.answer;
      q.distractors = d.answer.rejected.map((r) => r.text);
      return q;
    case "number":
    case "date":
      q.answer = d.answer;
      q.distractors = d.distractors;
      return q;
    case "ordering": {
      let order = rng.shuffle(d.ordered);
      // A shuffle that happens to be the answer would give it away: rotate it.
      if (order.every((t, i) => t === d.ordered[i])) order = [...order.slice(1), ...order.slice(0, 1)];
      const options: Option[] = order.map((text, i) => ({ id: LETTERS[i] ?? String(i), text }));
      q.options = options;
      q.answer = { kind: "order", optionIds: d.ordered.map((t) => options.find((o) => o.text === t)?.id ?? "") };
      q.distractors = [];
      return q;
    }
    case "matching": {
      const lefts = rng.shuffle([...new Set(d.pairs.map((p) => p[0]))]);
      const rights = rng.shuffle([...new Set(d.pairs.map((p) => p[1]))]);
      const left: Option[] = lefts.map((text, i) => ({ id: `l${i + 1}`, text }));
      const right: Option[] = rights.map((text, i) => ({ id: LETTERS[i] ?? String(i), text }));
      const pairs: Record<string, string> = {};
      for (const [l, r] of d.pairs) {
        const li = left.find((o) => o.text === l)?.id;
        const ri = right.find((o) => o.text === r)?.id;
        if (li && ri) pairs[li] = ri;
      }
      q.matching = { left, right };
      q.answer = { kind: "match", pairs };
      q.distractors = [];
      return q;
    }
  }
}
