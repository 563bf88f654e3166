/**
 * Facts read from the prose: the timeline (dated sentences, in date order) and the figures the
 * prose gives (prose numbers), each keyed by its sentence's shape.
 */
import type { TimelineEntry } from "../facts/types";
import type { FactSink } from "./event-facts";
import { makeFact, proseNumberKey, sentenceShape, timelineKey } from "./facts";
import type { ProseAnalysis } from "./prose";

/** The dated sentences in date order (stable for one date); their facts go to the sink in that order. */
export function readTimeline(prose: ProseAnalysis, sink: FactSink): TimelineEntry[] {
  const timeline: TimelineEntry[] = prose.timeline.map((t) => ({ date: t.date, text: t.sentence.text, source: sink.ref(t.sentence.line) }));
  const order = timeline.map((_, i) => i).sort((a, b) => (timeline[a]!.date < timeline[b]!.date ? -1 : timeline[a]!.date > timeline[b]!.date ? 1 : a - b));
  for (const i of order) {
    const t = prose.timeline[i]!;
    sink.facts.push(makeFact("", "timeline", null, timelineKey(t.date, t.sentence.text), { date: t.date, text: t.sentence.text }, t.sentence.raw, sink.ref(t.sentence.line)));
  }
  return order.map((i) => timeline[i]!);
}

export function readProseNumbers(prose: ProseAnalysis, sink: FactSink): void {
  const shapes = new Map<string, string>();
  const keys = new Set<string>();
  for (const n of prose.numbers) {
    let shape = shapes.get(n.sentence.text);
    if (shape === undefined) shapes.set(n.sentence.text, (shape = sentenceShape(n.sentence.text)));
    let key = proseNumberKey(n.value.measure, shape, n.ordinal);
    while (keys.has(key)) key += "'"; // the same sentence twice in one article
    keys.add(key);
    sink.facts.push(makeFact("", "proseNumber", null, key, n.value, n.sentence.raw, sink.ref(n.sentence.line)));
  }
}
