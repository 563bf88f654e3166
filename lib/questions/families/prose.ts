/** Prose numbers as cloze questions: the sentence with its figure blanked out. */
import type { Fact, FactOf, NumberRange } from "../../facts/types";
import type { Draft } from "../build";
import { allFactsOf, factsOf, ref, slot, type GenContext } from "../context";
import { numberDistractors } from "../distractors";
import { clearlyDifferent, derivable, formatRange, parseOneNumber, toleranceOf } from "../numbers";
import { difficulty, numberAnswer, numberHint, rngFor, type EventGenerator } from "./common";
import { MEASURES } from "./numbers";

type PF = FactOf<"proseNumber">;

const NUM = /\d[\d,]*(?:\.\d+)?/g;
/** The digits of a figure, a range included: "9,780–12,031", "10 to 14". */
const FIGURE = /\d[\d,]*(?:\.\d+)?(?:\s*(?:[-–—]|to)\s*\d[\d,]*(?:\.\d+)?)?(?:\s+(?:thousand|million|billion)\b)?/;

/** Other numbers of the sentence (never the answer) and infobox slots they would give away. */
function sentenceNumbers(s: string): number[] {
  return (s.match(NUM) ?? []).map((x) => parseOneNumber(x)).filter((x): x is number => x !== null);
}

function slotsWithValue(ctx: GenContext, ev: Parameters<typeof factsOf>[1], v: number): string[] {
  const out: string[] = [];
  for (const k of [...MEASURES, "strength"] as const)
    for (const g of allFactsOf(ctx, ev, k)) {
      const r = g.value as NumberRange;
      if (r.min <= v && v <= r.max) out.push(slot(ev, `${k}:${g.side}:${g.key}`));
    }
  return out;
}

export const prose: EventGenerator = (ctx, ev) => {
  const out: Draft[] = [];
  for (const f of factsOf(ctx, ev, "proseNumber") as PF[]) {
    const q = f.value.quantity;
    const sentence = f.value.sentence.trim();
    const figure = q.text.trim();
    if (!(q.max > 0) || figure === "" || !/\d/.test(figure)) continue;
    // A gap in the source ("led by Colonel .") would read as a typo of ours.
    if (/\w\s+[.,;:](?:\s|$)/.test(sentence)) continue;
    const at = sentence.indexOf(figure);
    // The figure must appear exactly once, or the other occurrence would give it away.
    if (at < 0 || sentence.indexOf(figure, at + 1) >= 0) continue;
    // Blank the digits only: "and ____ Russians killed" keeps the words that say what is counted.
    const num = FIGURE.exec(figure);
    if (!num) continue;
    const from = at + num.index;
    const to = from + num[0].length;
    if (sentence.indexOf(num[0]) !== from || sentence.indexOf(num[0], to) >= 0) continue;
    const cloze = sentence.slice(0, from) + "____" + sentence.slice(to);
    if (cloze.length > 400) continue;
    const others = sentenceNumbers(cloze).filter((n) => clearlyDifferent({ min: n, max: n }, q, toleranceOf(q)));
    // A figure the sentence's other figures add up to (or leave over) is arithmetic, not recall.
    if (derivable(q.min, sentenceNumbers(cloze)) || derivable(q.max, sentenceNumbers(cloze))) continue;
    const rejected = others.map((n) => ({ value: n, reason: `${n.toLocaleString("en-US")} is another figure in the sentence` }));
    const E = ref(ctx, ev);
    const facts: Fact[] = [f];
    const s = slot(ev, `prose:${f.key}`);
    const asks = [s, ...slotsWithValue(ctx, ev, q.min)];
    const reveals = others.flatMap((n) => slotsWithValue(ctx, ev, n));
    const prompt = `Fill in the missing number in this sentence about ${E}: “${cloze}”`;
    const dis = numberDistractors(rngFor("prose.cloze", [f.id]), q, [], 3, others.map((n) => ({ min: n, max: n })));
    out.push({
      templateId: "prose.cloze.number",
      family: "prose",
      format: "number",
      facts,
      prompt,
      answer: numberAnswer(q, rejected),
      distractors: dis.values.map(formatRange),
      inputHint: numberHint(q),
      explanation: `The source: “${sentence}”`,
      asks,
      reveals,
      difficulty: difficulty("number", 0.6, 0.8),
    });
    if (dis.values.length === 3)
      out.push({
        templateId: "prose.cloze.choice",
        family: "prose",
        format: "choice",
        facts,
        prompt,
        key: formatRange(q),
        wrong: dis.values.map(formatRange),
        explanation: `The source: “${sentence}”`,
        asks,
        reveals,
        difficulty: difficulty("choice", dis.closeness, 0.8),
      });
  }
  return out;
};
