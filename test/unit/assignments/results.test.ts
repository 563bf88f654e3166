/**
 * Results' pure parts: item analysis against a hand-computed example (facility, Moodle's item–rest
 * discrimination, choice counts, flags), the gradebook's cells and averages, and CSV escaping.
 */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { gradebookCsv, itemAnalysisCsv, toCsv } from "../../../lib/assignments/csv";
import { buildGradebook, cellStatusText, gradebookCell, type GradebookAttempt } from "../../../lib/assignments/gradebook";
import { analyseItems, factResults, flagsFor, scoreDistribution, type AnalysedAttempt, type AnalysedQuestion } from "../../../lib/assignments/item-analysis";
import type { Question } from "../../../lib/questions";

function question(id: string, format: Question["format"], extra: Partial<Question> = {}): Question {
  return {
    id,
    family: "dates",
    format,
    prompt: `Prompt ${id}`,
    templateId: "t",
    generatorVersion: 1,
    eventIds: ["e"],
    factIds: [`fact-${id}`],
    factVersions: {},
    difficulty: 0.5,
    answer: { kind: "text", display: "Key", accepted: [{ display: "Key", variants: ["Key"] }], rejected: [] },
    distractors: [],
    explanation: { text: "", sources: [] },
    sources: [],
    reveals: [],
    asks: [],
    ...extra,
  };
}

const choice = (id: string) =>
  question(id, "choice", {
    options: [
      { id: "a", text: "Alpha" },
      { id: "b", text: "Bravo" },
      { id: "c", text: "Charlie" },
    ],
    answer: { kind: "choice", optionId: "a" },
  });

/**
 * Five students, four questions, fixed order. 1 = correct.
 *        Q1 Q2 Q3 Q4  total
 *   A     1  1  1  1   4
 *   B     1  1  0  1   3
 *   C     1  0  1  1   3
 *   D     0  1  0  1   2
 *   E     0  0  0  1   1
 * Rest mark of Q1 (total − own, over the 3 other questions):
 *   A 3/3=1, B 2/3, C 2/3, D 2/3, E 1/3 → mean 2/3; x̄ = 0.6.
 *   dx = .4 .4 .4 −.6 −.6; dy = 1/3 0 0 0 −1/3.
 *   Σdxdy = .4/3 + .6/3 = 1/3; Σdx² = 1.2; Σdy² = 2/9.
 *   r = (1/3) / √(1.2 · 2/9) = (1/3) / √(0.2667) = 0.6455.
 * Q2: x = 1 1 0 1 0; rest A 1, B 2/3, C 1, D 1/3, E 1/3 → mean 2/3.
 *   dx = .4 .4 −.6 .4 −.6; dy = 1/3 0 1/3 −1/3 −1/3.
 *   Σdxdy = .4/3 − .6/3 − .4/3 + .6/3 = 0 → r = 0 (flagged: below 0.1).
 * Q3: x = 1 0 1 0 0 (facility 0.4); rest A 1, B 1, C 2/3, D 2/3, E 1/3 → mean 11/15.
 *   dx = .6 −.4 .6 −.4 −.4; dy = 4/15 4/15 −1/15 −1/15 −6/15.
 *   Σdxdy = (2.4 − 1.6 − .6 + .4 + 2.4)/15 = 3/15 = 0.2; Σdx² = 1.2; Σdy² = (16+16+1+1+36)/225 = 70/225.
 *   r = 0.2 / √(1.2 · 70/225) = 0.2 / √0.37333 = 0.3273.
 * Q4: everyone right: facility 1 (flagged too easy), discrimination undefined (null).
 */
const grid: Record<string, number[]> = { A: [1, 1, 1, 1], B: [1, 1, 0, 1], C: [1, 0, 1, 1], D: [0, 1, 0, 1], E: [0, 0, 0, 1] };

function example(): { questions: AnalysedQuestion[]; attempts: AnalysedAttempt[] } {
  const questions: AnalysedQuestion[] = [choice("q1"), choice("q2"), choice("q3"), question("q4", "shortAnswer")].map((q, position) => ({ id: `aq${position + 1}`, position, question: q, withdrawn: false }));
  const order = questions.map((q) => q.id);
  // Wrong choice answers: B picks "b" for Q3, D picks "c" for Q1, E picks "b" for Q1 and leaves Q2 and Q3 blank.
  const wrong: Record<string, Record<string, string>> = { B: { aq3: "b" }, C: { aq2: "c" }, D: { aq1: "c", aq3: "b" }, E: { aq1: "b" } };
  const attempts = Object.entries(grid).map(([user, marks]): AnalysedAttempt => ({
    id: `att-${user}`,
    userId: user,
    number: 1,
    submittedAt: new Date("2026-03-01T10:00:00Z"),
    questionOrder: order,
    answers: marks.flatMap((mark, i): AnalysedAttempt["answers"][number][] => {
      const id = order[i]!;
      if (mark) return [{ assignmentQuestionId: id, answer: i === 3 ? "Key" : "a", correct: true }];
      const given = wrong[user]?.[id];
      return given ? [{ assignmentQuestionId: id, answer: given, correct: false }] : [];
    }),
  }));
  return { questions, attempts };
}

describe("item analysis", () => {
  it("matches the hand-computed facility and discrimination", () => {
    const { questions, attempts } = example();
    const analysis = analyseItems(questions, attempts);
    expect(analysis.attempts).toBe(5);
    const [q1, q2, q3, q4] = analysis.items;
    expect(q1!.facility).toBeCloseTo(0.6, 10);
    expect(q1!.discrimination).toBeCloseTo(0.6455, 4);
    expect(q2!.facility).toBeCloseTo(0.6, 10);
    expect(q2!.discrimination).toBeCloseTo(0, 10);
    expect(q3!.facility).toBeCloseTo(0.4, 10);
    expect(q3!.discrimination).toBeCloseTo(0.3273, 4);
    expect(q4!.facility).toBe(1);
    expect(q4!.discrimination).toBeNull();
    expect(analysis.shares).toEqual([1, 0.75, 0.75, 0.5, 0.25]);
  });

  it("counts each option for choice questions and flags the suspect ones", () => {
    const { questions, attempts } = example();
    const [q1, q2, q3, q4] = analyseItems(questions, attempts).items;
    expect(q1!.choices).toEqual([
      { label: "Alpha", key: true, count: 3, share: 0.6 },
      { label: "Bravo", key: false, count: 1, share: 0.2 },
      { label: "Charlie", key: false, count: 1, share: 0.2 },
    ]);
    expect(q2!.choices.map((c) => c.count)).toEqual([3, 0, 1]);
    expect(q2!.unanswered).toBe(1);
    expect(q3!.choices.map((c) => c.count)).toEqual([2, 2, 0]);
    expect(q3!.unanswered).toBe(1);
    expect(q1!.flags).toEqual([]);
    expect(q1!.suspect).toBe(false);
    expect(q2!.flags.map((f) => f.kind)).toEqual(["weak"]);
    expect(q3!.flags).toEqual([]);
    expect(q4!.flags.map((f) => f.kind)).toEqual(["easy"]);
    expect(q4!.suspect).toBe(true);
  });

  it("lists the most common wrong typed answers, grouped by the checker's normalisation", () => {
    const q = question("t", "shortAnswer");
    const questions: AnalysedQuestion[] = [{ id: "aq", position: 0, question: q, withdrawn: false }];
    const typed = ["Kutuzov", "kutuzov!", " Kutúzov ", "Bagration", "Key", "Key"];
    const attempts: AnalysedAttempt[] = typed.map((text, i) => ({ id: `a${i}`, userId: `u${i}`, number: 1, submittedAt: new Date(), questionOrder: ["aq"], answers: [{ assignmentQuestionId: "aq", answer: text, correct: text === "Key" }] }));
    const [item] = analyseItems(questions, attempts).items;
    expect(item!.choiceKind).toBe("wrong");
    expect(item!.choices.map((c) => [c.label, c.count])).toEqual([
      ["Kutuzov", 3],
      ["Bagration", 1],
    ]);
    expect(item!.facility).toBeCloseTo(2 / 6);
  });

  it("uses each student's first submitted attempt by default, or the best", () => {
    const questions: AnalysedQuestion[] = [{ id: "aq", position: 0, question: choice("x"), withdrawn: false }];
    const attempt = (number: number, correct: boolean, submitted = true): AnalysedAttempt => ({ id: `a${number}`, userId: "u", number, submittedAt: submitted ? new Date() : null, questionOrder: ["aq"], answers: [{ assignmentQuestionId: "aq", answer: correct ? "a" : "b", correct }] });
    const attempts = [attempt(2, true), attempt(1, false), attempt(3, true, false)];
    expect(analyseItems(questions, attempts).items[0]!.correct).toBe(0);
    expect(analyseItems(questions, attempts, "best").items[0]!.correct).toBe(1);
    expect(analyseItems(questions, attempts, "last").items[0]!.correct).toBe(1);
    expect(analyseItems(questions, attempts).attempts).toBe(1);
  });

  it("says 'too few answers' below five responses and nothing else", () => {
    expect(flagsFor(4, 1, -0.5).map((f) => f.kind)).toEqual(["few"]);
    expect(flagsFor(5, 1, -0.5).map((f) => f.kind)).toEqual(["easy", "weak"]);
    expect(flagsFor(5, 0.2, 0.5).map((f) => f.kind)).toEqual(["hard"]);
    expect(flagsFor(5, 0.9, 0.1)).toEqual([]);
    expect(flagsFor(5, 0.3, null)).toEqual([]);
  });

  it("leaves a withdrawn question out of the rest mark and of the attempt's share", () => {
    const { questions, attempts } = example();
    questions[3]!.withdrawn = true;
    const analysis = analyseItems(questions, attempts);
    expect(analysis.shares).toEqual([1, 2 / 3, 2 / 3, 1 / 3, 0]);
    expect(analysis.items[3]!.withdrawn).toBe(true);
    expect(analysis.items[3]!.suspect).toBe(false);
  });

  it("bins marks by tens with 100% in the last bin", () => {
    const bins = scoreDistribution([0, 0.05, 0.1, 0.55, 0.99, 1]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(bins[9]!.label).toBe("90–100%");
  });

  it("sums answers per fact", () => {
    const { questions, attempts } = example();
    const facts = factResults(questions, attempts);
    const q3 = facts.find((f) => f.factId === "fact-q3")!;
    expect(q3).toMatchObject({ answers: 5, correct: 2, students: 5, studentsAllCorrect: 2, share: 0.4 });
    expect(facts[0]!.factId).toBe("fact-q3");
  });

  // Its speed is measured by `npm run bench` (scripts/bench/results.ts), never asserted here.
  it("analyses 300 students × 30 questions: every item, every student counted", () => {
    const questions: AnalysedQuestion[] = Array.from({ length: 30 }, (_, i) => ({ id: `aq${i}`, position: i, question: choice(`q${i}`), withdrawn: false }));
    const order = questions.map((q) => q.id);
    const attempts: AnalysedAttempt[] = Array.from({ length: 300 }, (_, s) => ({
      id: `a${s}`,
      userId: `u${s}`,
      number: 1,
      submittedAt: new Date(),
      questionOrder: order,
      answers: order.map((id, i) => ({ assignmentQuestionId: id, answer: (s * 7 + i * 3) % 5 < 3 ? "a" : "b", correct: (s * 7 + i * 3) % 5 < 3 })),
    }));
    const analysis = analyseItems(questions, attempts);
    expect(analysis.items).toHaveLength(30);
    for (const [i, item] of analysis.items.entries()) {
      const expected = attempts.filter((_, s) => (s * 7 + i * 3) % 5 < 3).length / 300;
      expect(item.facility).toBeCloseTo(expected, 10);
    }
  });
});

describe("gradebook", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const past = { id: "past", title: "Past", dueAt: new Date("2026-03-01T00:00:00Z") };
  const future = { id: "future", title: "Future", dueAt: new Date("2026-03-20T00:00:00Z") };
  const open = { id: "open", title: "Open", dueAt: null };
  const attempt = (over: Partial<GradebookAttempt>): GradebookAttempt => ({ id: "x", assignmentId: "past", userId: "u1", number: 1, submittedAt: new Date("2026-02-28T00:00:00Z"), deadline: null, late: false, score: 5, maxScore: 10, ...over });

  it("takes the best submitted attempt, or the latest", () => {
    const attempts = [attempt({ id: "a1", number: 1, score: 8 }), attempt({ id: "a2", number: 2, score: 6, late: true }), attempt({ id: "a3", number: 3, submittedAt: null, score: null })];
    expect(gradebookCell(past, attempts, now)).toMatchObject({ status: "submitted", attemptId: "a1", score: 8, maxScore: 10, share: 0.8, late: false, attempts: 2 });
    expect(gradebookCell(past, attempts, now, "latest")).toMatchObject({ attemptId: "a2", score: 6, late: true });
  });

  it("marks in progress, missing, not yet due and not started", () => {
    expect(gradebookCell(future, [attempt({ id: "o", assignmentId: "future", submittedAt: null, score: null, deadline: new Date("2026-03-10T13:00:00Z") })], now)).toMatchObject({ status: "inProgress", attemptId: "o" });
    // An open attempt past its deadline no longer counts as in progress.
    expect(gradebookCell(past, [attempt({ submittedAt: null, deadline: new Date("2026-03-01T00:00:00Z") })], now).status).toBe("missing");
    expect(gradebookCell(past, [], now).status).toBe("missing");
    expect(gradebookCell(future, [], now).status).toBe("notYetDue");
    expect(gradebookCell(open, [], now).status).toBe("notStarted");
    expect(cellStatusText(gradebookCell(past, [], now))).toBe("Missing");
  });

  it("averages students over submitted and missing work, assignments over submitted work", () => {
    const students = [
      { userId: "u1", name: "Ada" },
      { userId: "u2", name: "Ben" },
    ];
    const attempts = [attempt({ id: "a", userId: "u1", score: 8 }), attempt({ id: "b", userId: "u1", assignmentId: "open", score: 4, maxScore: 4, late: true })];
    const book = buildGradebook(students, [past, future, open], attempts, now);
    expect(book.rows[0]!.cells.map((c) => c.status)).toEqual(["submitted", "notYetDue", "submitted"]);
    expect(book.rows[0]!.average).toBeCloseTo(0.9);
    expect(book.rows[0]!.late).toBe(1);
    expect(book.rows[1]!.cells.map((c) => c.status)).toEqual(["missing", "notYetDue", "notStarted"]);
    expect(book.rows[1]!.average).toBe(0);
    expect(book.columns[0]).toMatchObject({ average: 0.8, submitted: 1, missing: 1 });
    expect(book.columns[1]!.average).toBeNull();
    expect(book.average).toBeCloseTo(0.45);
  });
});

describe("CSV", () => {
  it("escapes cells that a spreadsheet would run as formulas", () => {
    const csv = toCsv(["Name", "Value"], [["=cmd|' /C calc'!A0", 1], ["+1", -0.25], ["-2+3", "ok"], ["@SUM(A1)", null], ["Plain, with comma", "x"]]);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=cmd|' /C calc'!A0", "'+1", "'-2+3", "'@SUM(A1)", "Plain, with comma"]);
    // Numbers stay numbers, also negative ones.
    expect(rows[2]![1]).toBe("-0.25");
    expect(rows[4]![1]).toBe("");
  });

  it("exports the gradebook and the item analysis", () => {
    const book = buildGradebook([{ userId: "u", name: "=HYPERLINK(\"x\")" }], [{ id: "a", title: "Quiz 1", dueAt: null }], [{ id: "t", assignmentId: "a", userId: "u", number: 1, submittedAt: new Date(), deadline: null, late: true, score: 3, maxScore: 4 }], new Date());
    const rows = Papa.parse<string[]>(gradebookCsv(book).trim()).data;
    expect(rows).toEqual([
      ["Student", "Quiz 1: score", "Quiz 1: out of", "Quiz 1: status", "Average (%)"],
      ["'=HYPERLINK(\"x\")", "3", "4", "Late", "75"],
    ]);
    const { questions, attempts } = example();
    const items = Papa.parse<string[]>(itemAnalysisCsv(analyseItems(questions, attempts)).trim()).data;
    expect(items).toHaveLength(5);
    expect(items[1]!.slice(0, 8)).toEqual(["1", "Prompt q1", "choice", "no", "5", "3", "60", "0.645"]);
    expect(items[1]![8]).toBe("[key] Alpha: 3; Bravo: 1; Charlie: 1");
    expect(items[4]![10]).toMatch(/above 90%/);
  });
});
