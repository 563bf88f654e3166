/** Helpers shared by the families. */
import type { BattleEvent, NumberRange, Person } from "../../facts/types";
import type { Draft } from "../build";
import { makeRng, type Rng } from "../rng";
import { surnames } from "../names";
import { formatRange, toleranceOf } from "../numbers";
import type { AcceptedText, Format } from "../types";
import type { GenContext } from "../context";

export type EventGenerator = (ctx: GenContext, ev: BattleEvent) => Draft[];
export type CorpusGenerator = (ctx: GenContext) => Draft[];

const FORMAT_BASE: Record<Format, number> = {
  trueFalse: 0.1,
  choice: 0.3,
  matching: 0.4,
  ordering: 0.5,
  shortAnswer: 0.6,
  number: 0.7,
  date: 0.7,
};

/** 0..1: how hard the format is, how close the distractors are, how obscure the fact is. */
export function difficulty(format: Format, closeness: number, obscurity: number): number {
  return 0.35 * FORMAT_BASE[format] + 0.35 * closeness + 0.3 * obscurity;
}

/** Per-template RNG: distractor choice depends only on the template and facts, never on the quiz seed. */
export function rngFor(templateId: string, factIds: string[]): Rng {
  return makeRng(`${templateId}|${factIds.join(",")}`);
}

/** A person as a typed answer: every spelling the corpus uses for them is accepted (given a context). */
export function personAccepted(p: Person, ctx?: GenContext): AcceptedText {
  const names = ctx ? ctx.register.spellings(p) : [p.name, ...p.aliases];
  return { display: p.name, variants: names, person: { rank: p.rank, surnames: [...new Set(names.flatMap((n) => surnames(n)))] } };
}

export function numberAnswer(r: NumberRange, rejected: { value: number; reason: string }[] = []) {
  return {
    kind: "number" as const,
    display: r.text && /\d/.test(r.text) ? r.text.trim() : formatRange(r),
    min: r.min,
    max: r.max,
    approx: r.approx,
    tolerance: toleranceOf(r),
    rejected,
  };
}

/** "a number" hint tells the student a range is fine. */
export function numberHint(r: NumberRange): string {
  return r.min !== r.max ? "a number (any figure in the range the source gives is accepted)" : r.approx ? "a number (approximate)" : "a number";
}

export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
