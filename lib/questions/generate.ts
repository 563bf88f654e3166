/** Runs every family over the corpus and builds Questions. Pure: same corpus → same questions. */
import type { BattleEvent } from "../facts/types";
import { build, draftId, type Draft } from "./build";
import { makeContext, type GenContext } from "./context";
import { commanders } from "./families/commanders";
import type { CorpusGenerator, EventGenerator } from "./families/common";
import { dates, datesAcross } from "./families/dates";
import { casualties, strength } from "./families/numbers";
import { prose } from "./families/prose";
import { belligerents, names, place, result, territory, units } from "./families/simple";
import { timeline } from "./families/timeline";
import { campaign, war } from "./families/war";
import type { Family, Format, Question } from "./types";

const EVENT_GENERATORS: EventGenerator[] = [dates, commanders, casualties, strength, result, war, campaign, place, belligerents, units, territory, names, timeline, prose];
const CORPUS_GENERATORS: CorpusGenerator[] = [datesAcross];

export interface GenerateOptions {
  /** Only questions touching these event ids. */
  events?: string[];
  families?: Family[];
  formats?: Format[];
}

export function generateDrafts(ctx: GenContext): Draft[] {
  const out: Draft[] = [];
  for (const ev of ctx.events) for (const g of EVENT_GENERATORS) out.push(...g(ctx, ev));
  for (const g of CORPUS_GENERATORS) out.push(...g(ctx));
  return out;
}

/** Every question the corpus supports, in a stable order, deduplicated by id. */
export function generateQuestions(events: readonly BattleEvent[], opts: GenerateOptions = {}): Question[] {
  const ctx = makeContext(events);
  const seen = new Set<string>();
  const out: Question[] = [];
  for (const d of generateDrafts(ctx)) {
    if (opts.families && !opts.families.includes(d.family)) continue;
    if (opts.formats && !opts.formats.includes(d.format)) continue;
    if (opts.events && !d.facts.some((f) => opts.events!.includes(f.eventId))) continue;
    const known = draftId(d);
    if (seen.has(known.id)) continue;
    seen.add(known.id);
    out.push(build(d, known));
  }
  return out;
}
