/**
 * What an assignment asks about: its Blueprint (stored in Assignment.blueprint; parse it with
 * blueprintSchema, which fills defaults for older rows) and the rules that
 * turn it into frozen questions.
 *
 * Contract with the attempts code (who builds attempts reads this):
 * - mode "fixed": the AssignmentQuestion rows (not withdrawn), in `position` order, ARE the set.
 *   Every attempt gets all of them; only their order and each question's option order are shuffled
 *   per student (Attempt.questionOrder / optionOrder).
 * - mode "drawn": the rows are a POOL of up to POOL_FACTOR × count questions, assembled from the
 *   blueprint when the draft was made (varied families and formats, no two giving each other away).
 *   Each attempt draws `blueprint.count` of the pool's non-withdrawn rows with `drawForAttempt`
 *   below, seeded with `drawSeed(assignmentId, userId, attemptNumber)`; the draw is deterministic
 *   for that seed, so a retried start gives the same questions. Fewer rows than `count`: all of them.
 * - Either way, the questions an attempt asks are the rows' snapshots (lib/questions Question JSON),
 *   never regenerated ones: publishing froze them.
 */
import { z } from "zod";
import { assembleFrom } from "../questions/assemble";
import { makeRng } from "../questions/rng";
import { FAMILIES, FORMATS, type Family, type Format, type Question } from "../questions/types";

export const COUNT_MIN = 1;
export const COUNT_MAX = 50;
export const DEFAULT_COUNT = 10;
/** A drawn assignment freezes up to this many times `count` questions. */
export const POOL_FACTOR = 3;

export type AssignmentMode = "fixed" | "drawn";
export const MODES: readonly AssignmentMode[] = ["fixed", "drawn"];

const idList = z.array(z.string().min(1).max(200)).max(500);

export const blueprintSchema = z.object({
  /** Events asked about; empty: the whole library. */
  eventIds: idList.transform((ids) => [...new Set(ids)]),
  /** Kinds of fact asked about; empty: every family. */
  families: z.array(z.enum(FAMILIES as [Family, ...Family[]])).max(FAMILIES.length).transform((xs) => [...new Set(xs)]),
  /** Question formats; empty: every format. */
  formats: z.array(z.enum(FORMATS as [Format, ...Format[]])).max(FORMATS.length).transform((xs) => [...new Set(xs)]),
  /** Questions per attempt. */
  count: z.number().int().min(COUNT_MIN, `at least ${COUNT_MIN} question`).max(COUNT_MAX, `at most ${COUNT_MAX} questions`),
  /** Seeds the assembly (and replacements): the same blueprint gives the same questions. */
  seed: z.string().regex(/^[\w-]{1,64}$/, "letters, digits, - or _ only"),
  /** Question ids the teacher dropped or replaced in the draft: never offered again as replacements. */
  excludedQuestionIds: z.array(z.string().min(1).max(300)).max(1000).default([]),
});

export type Blueprint = z.output<typeof blueprintSchema>;

/** The blueprint as the form sends it: the server picks the seed when none is given. */
export const blueprintInputSchema = blueprintSchema.omit({ excludedQuestionIds: true }).extend({ seed: blueprintSchema.shape.seed.optional() });
export type BlueprintInput = z.input<typeof blueprintInputSchema>;

/** Every format ticked or none ticked means the same: no filter (keeps stored blueprints canonical). */
export function canonicalBlueprint(blueprint: Blueprint): Blueprint {
  return {
    ...blueprint,
    families: blueprint.families.length === FAMILIES.length ? [] : FAMILIES.filter((f) => blueprint.families.includes(f)),
    formats: blueprint.formats.length === FORMATS.length ? [] : FORMATS.filter((f) => blueprint.formats.includes(f)),
  };
}

/** How many questions the draft freezes: `count` for a fixed set, up to POOL_FACTOR × count for a drawn pool. */
export function frozenCount(blueprint: Pick<Blueprint, "count">, mode: AssignmentMode): number {
  return mode === "drawn" ? blueprint.count * POOL_FACTOR : blueprint.count;
}

/** The assembler's options for a blueprint (empty filters left out). */
export function assembleOptions(blueprint: Blueprint, count: number, seed: string = blueprint.seed) {
  return {
    count,
    seed,
    ...(blueprint.eventIds.length > 0 && { events: blueprint.eventIds }),
    ...(blueprint.families.length > 0 && { families: blueprint.families }),
    ...(blueprint.formats.length > 0 && { formats: blueprint.formats }),
  };
}

/** Does the question fit the blueprint's events, families and formats (as the assembler reads them)? */
export function matchesBlueprint(question: Question, blueprint: Blueprint): boolean {
  if (blueprint.families.length && !blueprint.families.includes(question.family)) return false;
  if (blueprint.formats.length && !blueprint.formats.includes(question.format)) return false;
  if (blueprint.eventIds.length && !question.eventIds.some((id) => blueprint.eventIds.includes(id))) return false;
  // One event: "In which of these did X hold a command?" answers itself (as in assembleFrom).
  if (blueprint.eventIds.length === 1 && question.asks.includes(`${blueprint.eventIds[0]}:name`)) return false;
  return true;
}

/** The questions a draft freezes, assembled from the whole question pool (fixed set or drawn pool). */
export function assembleDraftQuestions(pool: readonly Question[], blueprint: Blueprint, mode: AssignmentMode): Question[] {
  return assembleFrom(pool, assembleOptions(blueprint, frozenCount(blueprint, mode)));
}

/** The seed of one student's attempt at a drawn assignment. */
export function drawSeed(assignmentId: string, userId: string, attemptNumber: number): string {
  return `draw|${assignmentId}|${userId}|${attemptNumber}`;
}

/**
 * Draws `count` of a drawn assignment's pool for one attempt: the assembler's choice (varied, nothing
 * giving another away) among the pool, topped up from the rest of the pool in seeded order when the
 * assembler falls short. Returns the pool entries' keys in the order drawn.
 */
export function drawForAttempt<K>(pool: readonly { key: K; question: Question }[], count: number, seed: string): K[] {
  if (pool.length <= count) return makeRng(seed).shuffle(pool).map((entry) => entry.key);
  const byQuestion = new Map(pool.map((entry) => [entry.question, entry.key]));
  const picked = assembleFrom(
    pool.map((entry) => entry.question),
    { count, seed },
  );
  const chosen = new Set(picked);
  const rest = makeRng(`${seed}|rest`).shuffle(pool.filter((entry) => !chosen.has(entry.question)));
  return [...picked.map((q) => byQuestion.get(q)!), ...rest.slice(0, count - picked.length).map((entry) => entry.key)];
}
