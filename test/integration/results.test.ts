/**
 * Results on a real database of the project's provider, content/ imported, rows inserted directly:
 * the gradebook and the item analysis from stored attempts; accepting a contest re-marks the
 * answer and every attempt with the same spelling, stores the spelling, and practice accepts it
 * from then on; rejecting keeps the mark; withdrawing a reported question re-marks every attempt
 * without it; overridden answers survive a re-mark; another teacher finds none of it (404).
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Question } from "../../lib/questions";
import { acceptContest, dismissReport, rejectContest, withdrawQuestion } from "../../lib/server/assignments/contests";
import { remarkAttempts } from "../../lib/server/assignments/remark";
import { loadAssignmentResults, loadAttemptDetail, loadGradebook, loadItemAnalysis, ResultsError } from "../../lib/server/assignments/results";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { checkPracticeAnswer, questionPool } from "../../lib/server/practice";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";
import { pickQuestions, rightAnswer, seedAssignment, seedAttempt, seedClass, seedUser, wrongAnswer, type SeededQuestion } from "./results-seed";

const contentDir = path.resolve(import.meta.dirname, "../../content");
const now = new Date("2026-03-10T12:00:00Z");

async function status(promise: Promise<unknown>): Promise<number> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ResultsError);
  return (error as ResultsError).status;
}

describe(`results (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;
  let teacherA: string;
  let teacherB: string;
  let classA: string;
  let classB: string;
  let assignmentId: string;
  let secondAssignment: string;
  let questions: SeededQuestion[];
  let students: { id: string; name: string }[];
  const attempts = new Map<string, { attemptId: string; answerIds: (string | null)[] }>();
  const contests = new Map<string, string>();
  let reportId: string;
  const misspelling = "Zzyzx Qwerty";

  const scores = async () => {
    const rows = await client.attempt.findMany({ where: { assignmentId }, select: { userId: true, score: true, maxScore: true } });
    return Object.fromEntries(students.filter((s) => rows.some((r) => r.userId === s.id)).map((s) => [s.name, rows.filter((r) => r.userId === s.id).map((r) => `${r.score}/${r.maxScore}`)[0]]));
  };

  beforeAll(async () => {
    target = await freshDatabase("results");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    client = createDb(target.database);
    const pool = (await questionPool(client)).questions;
    const picked: Question[] = pickQuestions(pool, 2, 3);
    teacherA = await seedUser(client, "Teacher A", "teacher");
    teacherB = await seedUser(client, "Teacher B", "teacher");
    ({ classId: classA, students } = await seedClass(client, teacherA, ["Fay", "Ada", "Ben", "Cat", "Dan", "Eve"]));
    ({ classId: classB } = await seedClass(client, teacherB, ["Zed"]));
    ({ assignmentId, questions } = await seedAssignment(client, { classId: classA, teacherId: teacherA, title: "Quiz 1", questions: picked, dueAt: new Date("2026-03-01T00:00:00Z") }));
    ({ assignmentId: secondAssignment } = await seedAssignment(client, { classId: classA, teacherId: teacherA, title: "Quiz 2", questions: picked.slice(0, 2), dueAt: null }));
    const [t1, t2, c1, c2, c3] = questions.map((q) => q.question);
    const R = rightAnswer;
    const plan: Record<string, { answers: ReturnType<typeof R>[]; late?: boolean }> = {
      Ada: { answers: [R(t1!), R(t2!), R(c1!), R(c2!), R(c3!)] },
      Ben: { answers: [misspelling, R(t2!), R(c1!), R(c2!), R(c3!)] },
      Cat: { answers: ["zzyzx  qwerty!", wrongAnswer(t2!, 1), R(c1!), wrongAnswer(c2!), R(c3!)], late: true },
      Dan: { answers: [R(t1!), R(t2!), wrongAnswer(c1!), wrongAnswer(c2!, 1), R(c3!)] },
      Eve: { answers: [wrongAnswer(t1!), wrongAnswer(t2!), wrongAnswer(c1!), wrongAnswer(c2!), R(c3!)] },
    };
    for (const student of students) {
      const entry = plan[student.name];
      if (!entry) continue;
      attempts.set(student.name, await seedAttempt(client, { assignmentId, userId: student.id, questions, answers: entry.answers, late: entry.late ?? false }));
    }
    // Ada has started Quiz 2 and not submitted it.
    const ada = students.find((s) => s.name === "Ada")!;
    await seedAttempt(client, { assignmentId: secondAssignment, userId: ada.id, questions: questions.slice(0, 2), answers: [R(t1!), null], submittedAt: null });
    const id = (name: string) => students.find((s) => s.name === name)!.id;
    for (const [i, name] of ["Ben", "Cat"].entries()) {
      const contest = await client.attemptContest.create({ data: { answerId: attempts.get(name)!.answerIds[0]!, userId: id(name), note: "That is how my book spells it", createdAt: new Date(Date.UTC(2026, 2, 2, 9, i)) } });
      contests.set(name, contest.id);
    }
    const eve = await client.attemptContest.create({ data: { answerId: attempts.get("Eve")!.answerIds[2]!, userId: id("Eve"), createdAt: new Date(Date.UTC(2026, 2, 2, 9, 5)) } });
    contests.set("Eve", eve.id);
    reportId = (await client.questionReport.create({ data: { assignmentQuestionId: questions[3]!.id, userId: id("Eve"), note: "Two options are right" } })).id;
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
  });

  it("builds the gradebook from the stored attempts: best score, late, missing, in progress, not started", async () => {
    const { classroom, gradebook } = await loadGradebook(client, teacherA, classA, now);
    expect(classroom.id).toBe(classA);
    expect(gradebook.columns.map((c) => c.title)).toEqual(["Quiz 1", "Quiz 2"]);
    expect(gradebook.rows.map((r) => r.student.name)).toEqual(["Ada", "Ben", "Cat", "Dan", "Eve", "Fay"]);
    const cell = (name: string, column: number) => gradebook.rows.find((r) => r.student.name === name)!.cells[column]!;
    expect(cell("Ada", 0)).toMatchObject({ status: "submitted", score: 5, maxScore: 5, late: false, attemptId: attempts.get("Ada")!.attemptId });
    expect(cell("Cat", 0)).toMatchObject({ status: "submitted", score: 2, maxScore: 5, late: true });
    expect(cell("Fay", 0).status).toBe("missing");
    expect(cell("Ada", 1).status).toBe("inProgress");
    expect(cell("Ben", 1).status).toBe("notStarted");
    expect(gradebook.columns[0]).toMatchObject({ submitted: 5, missing: 1, late: 1 });
    expect(gradebook.columns[0]!.average).toBeCloseTo((5 + 4 + 2 + 3 + 1) / 25);
  });

  it("computes the item analysis from the stored answers", async () => {
    const { analysis } = await loadItemAnalysis(client, teacherA, classA, assignmentId);
    expect(analysis.attempts).toBe(5);
    const [t1, t2, c1, c2, c3] = analysis.items;
    expect(t1!.facility).toBeCloseTo(2 / 5);
    expect(t2!.facility).toBeCloseTo(3 / 5);
    expect(c1!.facility).toBeCloseTo(3 / 5);
    expect(c2!.facility).toBeCloseTo(2 / 5);
    expect(c3!.facility).toBe(1);
    expect(c3!.flags.map((f) => f.kind)).toEqual(["easy"]);
    expect(c3!.suspect).toBe(true);
    expect(c3!.discrimination).toBeNull();
    expect(t1!.discrimination).toBeGreaterThan(0);
    // Ben's and Cat's spellings are one wrong answer once normalised.
    expect(t1!.choices[0]!.count).toBe(2);
    expect(t1!.choices[0]!.label.toLowerCase()).toMatch(/^zzyzx +qwerty/);
    expect(c1!.choices.reduce((sum, c) => sum + c.count, 0)).toBe(5);
    expect(c1!.choices.find((c) => c.key)!.count).toBe(3);
    const results = await loadAssignmentResults(client, teacherA, classA, assignmentId);
    expect(results.distribution.reduce((sum, b) => sum + b.count, 0)).toBe(5);
    expect(results.distribution[9]!.count).toBe(1);
    expect(results.students).toBe(6);
    expect(results.facts.length).toBeGreaterThanOrEqual(5);
    expect(results.facts.every((f) => f.label !== f.factId)).toBe(true);
    expect(results.contests.map((c) => [c.student.name, c.status])).toEqual([
      ["Ben", "open"],
      ["Cat", "open"],
      ["Eve", "open"],
    ]);
    expect(results.reports).toMatchObject([{ status: "open", note: "Two options are right", position: 3 }]);
  });

  it("shows one attempt with every answer, the key and the checker's reason", async () => {
    const detail = await loadAttemptDetail(client, teacherA, classA, attempts.get("Ben")!.attemptId);
    expect(detail.student.name).toBe("Ben");
    expect(detail.answers).toHaveLength(5);
    expect(detail.answers[0]).toMatchObject({ answer: misspelling, correct: false, verdict: "incorrect", contest: { status: "open" } });
    expect(detail.answers[0]!.reason).toBeTruthy();
    expect(detail.answers[0]!.key).toBe((questions[0]!.question.answer as { display: string }).display);
    expect(detail.answers[2]!.correct).toBe(true);
  });

  it("accepting a contest re-marks it and every attempt with the same spelling, stores it, and practice accepts it", async () => {
    const t1 = questions[0]!.question;
    const before = await checkPracticeAnswer(t1.id, "zzyzx qwerty", client);
    expect(before.correct).toBe(false);
    expect(await scores()).toEqual({ Ada: "5/5", Ben: "4/5", Cat: "2/5", Dan: "3/5", Eve: "1/5" });

    const outcome = await acceptContest(client, teacherA, contests.get("Ben")!, now);
    expect(outcome.spelling).toBe(misspelling);
    expect(outcome.alsoAccepted).toBe(1);
    expect(await scores()).toEqual({ Ada: "5/5", Ben: "5/5", Cat: "3/5", Dan: "3/5", Eve: "1/5" });
    const stored = await client.acceptedAnswer.findMany({ where: { text: misspelling } });
    expect(stored.map((a) => a.factId).sort()).toEqual([...new Set(t1.factIds)].sort());
    const ben = await client.attemptAnswer.findUniqueOrThrow({ where: { id: attempts.get("Ben")!.answerIds[0]! } });
    expect(ben).toMatchObject({ correct: true, verdict: "correct", overridden: true });
    const cat = await client.attemptAnswer.findUniqueOrThrow({ where: { id: attempts.get("Cat")!.answerIds[0]! } });
    expect(cat).toMatchObject({ correct: true, overridden: false });
    expect(cat.reason).toMatch(/^accepted: your teacher accepted "Zzyzx Qwerty"/);
    const eve = await client.attemptAnswer.findUniqueOrThrow({ where: { id: attempts.get("Eve")!.answerIds[0]! } });
    expect(eve.correct).toBe(false);
    expect((await client.attemptContest.findUniqueOrThrow({ where: { id: contests.get("Cat")! } })).status).toBe("accepted");

    const after = await checkPracticeAnswer(t1.id, "zzyzx qwerty", client);
    expect(after).toMatchObject({ correct: true, verdict: "correct" });
    expect(after.reason).toMatch(/Zzyzx Qwerty/);
    // The same spelling on another question of other facts is still wrong.
    const t2 = questions[1]!.question;
    expect((await checkPracticeAnswer(t2.id, misspelling, client)).correct).toBe(false);

    expect(await status(acceptContest(client, teacherA, contests.get("Ben")!, now))).toBe(409);
    const { analysis } = await loadItemAnalysis(client, teacherA, classA, assignmentId);
    expect(analysis.items[0]!.facility).toBeCloseTo(4 / 5);
  });

  it("rejecting a contest closes it and keeps the mark", async () => {
    await rejectContest(client, teacherA, contests.get("Eve")!, now);
    const contest = await client.attemptContest.findUniqueOrThrow({ where: { id: contests.get("Eve")! } });
    expect(contest).toMatchObject({ status: "rejected", resolverId: teacherA });
    expect((await client.attemptAnswer.findUniqueOrThrow({ where: { id: attempts.get("Eve")!.answerIds[2]! } })).correct).toBe(false);
    expect(await status(rejectContest(client, teacherA, contests.get("Eve")!, now))).toBe(409);
  });

  it("keeps an overridden answer as the teacher set it through a re-mark", async () => {
    const answerId = attempts.get("Dan")!.answerIds[2]!;
    await client.attemptAnswer.update({ where: { id: answerId }, data: { correct: true, verdict: "correct", overridden: true, reason: "teacher: fair enough" } });
    const outcome = await remarkAttempts(client, assignmentId, { attemptId: attempts.get("Dan")!.attemptId });
    expect(outcome).toMatchObject({ attempts: 1, answersChanged: 0, scoresChanged: 1 });
    expect(await client.attemptAnswer.findUniqueOrThrow({ where: { id: answerId } })).toMatchObject({ correct: true, reason: "teacher: fair enough" });
    expect((await scores()).Dan).toBe("4/5");
    // A second re-mark changes nothing.
    expect(await remarkAttempts(client, assignmentId)).toMatchObject({ attempts: 5, answersChanged: 0, scoresChanged: 0 });
  });

  it("withdrawing a reported question re-marks every attempt without it", async () => {
    const outcome = await withdrawQuestion(client, teacherA, questions[3]!.id, "Two options were right", now);
    expect(outcome.reportsClosed).toBe(1);
    expect(outcome.remark.scoresChanged).toBe(5);
    expect(await scores()).toEqual({ Ada: "4/4", Ben: "4/4", Cat: "3/4", Dan: "4/4", Eve: "1/4" });
    expect((await client.questionReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("withdrawn");
    expect((await client.assignmentQuestion.findUniqueOrThrow({ where: { id: questions[3]!.id } })).withdrawnAt).toEqual(now);
    expect(await status(withdrawQuestion(client, teacherA, questions[3]!.id, "", now))).toBe(409);
    expect(await status(dismissReport(client, teacherA, reportId, now))).toBe(409);
    const { analysis } = await loadItemAnalysis(client, teacherA, classA, assignmentId);
    expect(analysis.items[3]!.withdrawn).toBe(true);
    expect(analysis.shares.sort()).toEqual([0.25, 0.75, 1, 1, 1]);
    const { gradebook } = await loadGradebook(client, teacherA, classA, now);
    expect(gradebook.rows[0]!.cells[0]).toMatchObject({ score: 4, maxScore: 4 });
  });

  it("dismissing a report keeps the question", async () => {
    const fay = students.find((s) => s.name === "Fay")!;
    const report = await client.questionReport.create({ data: { assignmentQuestionId: questions[4]!.id, userId: fay.id } });
    await dismissReport(client, teacherA, report.id, now);
    expect((await client.questionReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("dismissed");
    expect((await client.assignmentQuestion.findUniqueOrThrow({ where: { id: questions[4]!.id } })).withdrawnAt).toBeNull();
  });

  it("hides teacher A's class, assignment, attempt, contests and questions from teacher B (404)", async () => {
    expect(await status(loadGradebook(client, teacherB, classA, now))).toBe(404);
    expect(await status(loadAssignmentResults(client, teacherB, classA, assignmentId))).toBe(404);
    // B's own class with A's assignment or attempt id finds nothing either.
    expect(await status(loadAssignmentResults(client, teacherB, classB, assignmentId))).toBe(404);
    expect(await status(loadAttemptDetail(client, teacherB, classA, attempts.get("Ada")!.attemptId))).toBe(404);
    expect(await status(loadAttemptDetail(client, teacherB, classB, attempts.get("Ada")!.attemptId))).toBe(404);
    const open = await client.attemptContest.create({ data: { answerId: attempts.get("Eve")!.answerIds[1]!, userId: students.find((s) => s.name === "Eve")!.id } });
    expect(await status(acceptContest(client, teacherB, open.id, now))).toBe(404);
    expect(await status(rejectContest(client, teacherB, open.id, now))).toBe(404);
    expect(await status(withdrawQuestion(client, teacherB, questions[4]!.id, "", now))).toBe(404);
    const fresh = await client.questionReport.create({ data: { assignmentQuestionId: questions[4]!.id, userId: students.find((s) => s.name === "Eve")!.id } });
    expect(await status(dismissReport(client, teacherB, fresh.id, now))).toBe(404);
    // Nothing changed.
    expect((await client.attemptContest.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("open");
    expect((await client.assignmentQuestion.findUniqueOrThrow({ where: { id: questions[4]!.id } })).withdrawnAt).toBeNull();
    // A student id in the teacher slot finds nothing too.
    expect(await status(loadGradebook(client, students[0]!.id, classA, now))).toBe(404);
  });
});
