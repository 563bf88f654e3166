/**
 * Question engine throughput on one core: questions generated per second and answers checked per
 * second (keys and distractors of every question). Targets: 10,000 q/s and 100,000 checks/s.
 */
import { pathToFileURL } from "node:url";
import type { BattleEvent } from "../../lib/facts/types";
import { checkAnswer, generateQuestions, type Question, type UserAnswer } from "../../lib/questions";

function answersOf(q: Question): UserAnswer[] {
  const a = q.answer;
  switch (a.kind) {
    case "choice":
      return (q.options ?? []).map((o) => o.id);
    case "boolean":
      return [true, false];
    case "text":
      return [...a.accepted.flatMap((x) => x.variants), ...a.rejected.map((r) => r.text), a.display.toUpperCase() + "x"];
    case "number":
    case "date":
      return [a.display, ...q.distractors];
    case "order":
      return [a.optionIds, [...a.optionIds].reverse()];
    case "match":
      return [a.pairs];
  }
}

export function bench(events: BattleEvent[], seconds = 2): { questionsPerSec: number; checksPerSec: number; questions: number } {
  const budget = seconds * 1000;
  // Warm up (JIT, memo caches of pure helpers) so the figure is the steady state, not the first runs.
  let t0 = performance.now();
  let qs: Question[] = generateQuestions(events);
  while (performance.now() - t0 < budget / 4) qs = generateQuestions(events);
  for (const q of qs) for (const a of answersOf(q)) checkAnswer(q, a);
  t0 = performance.now();
  let generated = 0;
  while (performance.now() - t0 < budget) {
    qs = generateQuestions(events);
    generated += qs.length;
  }
  const qps = generated / ((performance.now() - t0) / 1000);
  const work = qs.flatMap((q) => answersOf(q).map((a) => [q, a] as const));
  t0 = performance.now();
  let checks = 0;
  while (performance.now() - t0 < budget && work.length > 0) {
    for (const [q, a] of work) checkAnswer(q, a);
    checks += work.length;
  }
  const cps = checks / ((performance.now() - t0) / 1000);
  return { questionsPerSec: Math.round(qps), checksPerSec: Math.round(cps), questions: qs.length };
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  // Imported lazily so bench() can be used (and tested) on any corpus without the parser.
  const { loadCorpus } = await import("../../lib/content/load");
  const i = argv.indexOf("--content");
  const dir = i >= 0 ? (argv[i + 1] ?? "content") : "content";
  const corpus = loadCorpus([dir]);
  const r = bench(corpus.events);
  process.stdout.write(
    JSON.stringify({ events: corpus.events.length, questionsPerRun: r.questions, questionsPerSec: r.questionsPerSec, checksPerSec: r.checksPerSec, targets: { questionsPerSec: 10000, checksPerSec: 100000 } }) + "\n",
  );
  process.stdout.write(summary(r) + "\n");
  return 0;
}

const n = (x: number): string => x.toLocaleString("en-US");

/** "questions: 2,131 per run → 10,565 questions/s; checks: 404,889/s", with the targets it misses. */
export function summary(r: { questionsPerSec: number; checksPerSec: number; questions: number }): string {
  const miss = [r.questionsPerSec < 10_000 ? "below 10,000 questions/s" : "", r.checksPerSec < 100_000 ? "below 100,000 checks/s" : ""].filter(Boolean);
  return `questions: ${n(r.questions)} per run → ${n(r.questionsPerSec)} questions/s; checks: ${n(r.checksPerSec)}/s${miss.length ? ` (${miss.join(", ")})` : ""}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
