/** Prose numbers as cloze questions: the sentence with its figure blanked out. */
import type { Fact, FactOf, NumberRange } from "../../facts/types";
import type { Draft } from "../build";
import { allFactsOf, factsOf, ref, slot, type GenContext } from "../context";
import { numberDistractors } from "../distractors";
import { clearlyDifferent, derivable, formatRange, parseOneNumber, toleranceOf } from "../numbers";
import { ANAPHOR } from "../text/items";
import { difficulty, numberAnswer, numberHint, rngFor, type EventGenerator } from "./common";
import { MEASURES } from "./numbers";

type PF = FactOf<"proseNumber">;

/** Sentences about articles and their editions. Attributions to a side ("according to Soviet sources") are not meta. */
const DOCUMENT_META =
  /\b(?:Wikipedia|infobox|editions?|encyclopa?edia|Britannica|histor(?:y|ies|ians?)|published|publications?|this article|the article|revisions?)\b|\b(?:gives?|gave)\s+(?:about\s+|some\s+|around\s+|over\s+|at least\s+|\p{Lu}\p{Ll}+\s+(?:losses|casualties)\s+of\s+)?\d/iu;

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
    // About the documents, not the war ("older editions gave ____", "Wikipedia's infobox gives …"): meta-trivia.
    if (DOCUMENT_META.test(sentence)) continue;
    // "It lost 21 of its guns": alone, nobody knows what "it" is.
    if (/^(?:it|its|he|his|she|her|they|their|this|these|those|there)\b/i.test(sentence) || ANAPHOR.test(sentence)) continue;
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
    // "lost 21 of their ____ guns": the blank is a whole of at least 21; "____ of the 24 guns": a part of at most 24.
    const partBefore = /(\d[\d,]*)\s+(?:of|out of)\s+(?:their|the|its|his|her|some|about|an estimated)?\s*____/.exec(cloze);
    const wholeAfter = /____\s+(?:of|out of)\s+(?:their|the|its|his|her|some|about)?\s*(\d[\d,]*)/.exec(cloze);
    const lo = partBefore ? parseOneNumber(partBefore[1]!) : null;
    const hi = wholeAfter ? parseOneNumber(wholeAfter[1]!) : null;
    const possible = (r: { min: number; max: number }): boolean => (lo === null || r.min > lo) && (hi === null || r.max < hi);
    const drawn = numberDistractors(rngFor("prose.cloze", [f.id]), q, [], 8, others.map((n) => ({ min: n, max: n })));
    const dis = { ...drawn, values: drawn.values.filter(possible).slice(0, 3) };
    out.push({
      templateId: "prose.cloze.number",
      family: "prose",
      format: "number",
      facts,
      prompt,
      answer: numberAnswer(q, rejected),
      distractors: dis.values.map(formatRange),
      inputHint: numberHint(q),
      explanation: `The missing figure is ${formatRange(q)}.`,
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
        explanation: `The missing figure is ${formatRange(q)}.`,
        asks,
        reveals,
        difficulty: difficulty("choice", dis.closeness, 0.8),
      });
  }
  return out;
};
