/**
 * Taking an assignment on a real database of the project's provider, with content/ imported:
 * starting fixes the order and the deadline, two starts give one attempt, answers are stored once
 * per client id and are final, the deadline and the due time are enforced (an expired attempt is
 * submitted with what was saved), resume shows saved answers without keys, the reveal rule decides
 * what a submitted attempt shows, submission feeds the flashcards once, and nobody sees another
 * student's attempt or an assignment of a class they are not in.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Question } from "../../lib/questions";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { assemblePractice } from "../../lib/server/practice";
import { practiceRatings } from "../../lib/study";
import { cardCatalogue } from "../../lib/server/study/cards";
import { AttemptError, contestAttemptAnswer, getAttemptState, reportQuestion, saveAnswer, startAttempt, submitAttempt } from "../../lib/server/assignments/attempts";
import { DEMO_ASSIGNMENT_TITLE, seedDemoAssignment } from "../../lib/server/assignments/demo";
import { loadGradebook, loadItemAnalysis } from "../../lib/server/assignments/results";
import { listStudentAssignments, studentAssignment } from "../../lib/server/assignments/student-assignments";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";

const contentDir = path.resolve(import.meta.dirname, "../../content");
const now = new Date("2026-03-02T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
let ids = 0;
const clientId = () => `client-${++ids}-${Math.random().toString(36).slice(2)}`;

type Settings = { mode?: string; count?: number; opensAt?: Date | null; dueAt?: Date | null; attemptsAllowed?: number; timeLimitMinutes?: number | null; lateWork?: string; reveal?: string; status?: string; classroomId?: string };

describe(`attempts (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;
  let teacherId: string;
  let classroomId: string;
  let questions: Question[];

  async function user(name: string, role = "student"): Promise<string> {
    const id = `u_${name}_${Math.random().toString(36).slice(2, 8)}`;
    await client.user.create({ data: { id, name, email: `${id}@example.org`, role } });
    return id;
  }

  async function student(name: string, classId = classroomId): Promise<string> {
    const id = await user(name);
    await client.classMember.create({ data: { classroomId: classId, userId: id, joinedAt: now } });
    return id;
  }

  async function assignment(settings: Settings = {}, set: Question[] = questions.slice(0, 6)): Promise<{ id: string; questionIds: string[] }> {
    const row = await client.assignment.create({
      data: {
        classroomId: settings.classroomId ?? classroomId,
        createdById: teacherId,
        title: `Quiz ${++ids}`,
        blueprint: { eventIds: [], families: [], formats: [], count: settings.count ?? set.length, seed: "s" },
        mode: settings.mode ?? "fixed",
        opensAt: settings.opensAt ?? null,
        dueAt: settings.dueAt ?? null,
        attemptsAllowed: settings.attemptsAllowed ?? 1,
        timeLimitMinutes: settings.timeLimitMinutes ?? null,
        lateWork: settings.lateWork ?? "refuse",
        reveal: settings.reveal ?? "afterSubmit",
        status: settings.status ?? "published",
        publishedAt: now,
        questions: { create: set.map((q, position) => ({ position, questionId: q.id, snapshot: q as object, factIds: q.factIds })) },
      },
      select: { id: true, questions: { select: { id: true }, orderBy: { position: "asc" } } },
    });
    return { id: row.id, questionIds: row.questions.map((q) => q.id) };
  }

  function rightAnswer(q: Question): string {
    const key = q.answer;
    if (key.kind === "text") return key.accepted[0]!.variants[0]!;
    if (key.kind === "choice") return key.optionId;
    throw new Error(`no simple answer for ${key.kind}`);
  }
  function wrongAnswer(q: Question): string {
    if (q.answer.kind === "choice") return q.options!.find((o) => o.id !== rightAnswer(q))!.id;
    return "Nobody at all";
  }
  const snapshotOf = async (assignmentQuestionId: string) => (await client.assignmentQuestion.findUniqueOrThrow({ where: { id: assignmentQuestionId } })).snapshot as unknown as Question;

  async function rejection(promise: Promise<unknown>, status: number): Promise<AttemptError> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AttemptError);
    expect((error as AttemptError).status).toBe(status);
    return error as AttemptError;
  }

  beforeAll(async () => {
    target = await freshDatabase("attempts");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    client = createDb(target.database);
    const choice = await assemblePractice({ count: 4, seed: "att-choice", formats: ["choice"] }, client);
    const typed = await assemblePractice({ count: 4, seed: "att-typed", formats: ["shortAnswer"] }, client);
    questions = [typed[0]!, choice[0]!, typed[1]!, choice[1]!, typed[2]!, choice[2]!, typed[3]!, choice[3]!];
    teacherId = await user("teacher", "teacher");
    classroomId = (await client.classroom.create({ data: { teacherId, name: "7B History", joinCode: `J${Math.random().toString(36).slice(2, 8).toUpperCase()}` } })).id;
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
  });

  it("starts an attempt with the server's deadline, a shuffled order of the live questions and option orders", async () => {
    const userId = await student("start");
    const set = await assignment({ timeLimitMinutes: 30, dueAt: minutes(20) });
    await client.assignmentQuestion.update({ where: { id: set.questionIds[5]! }, data: { withdrawnAt: now } });
    const { state, created } = await startAttempt(client, userId, set.id, now);
    expect(created).toBe(true);
    expect(state.deadline).toBe(minutes(20).toISOString());
    expect(state.serverNow).toBe(now.toISOString());
    expect([...state.questions.map((q) => q.id)].sort()).toEqual(set.questionIds.slice(0, 5).sort());
    const row = await client.attempt.findUniqueOrThrow({ where: { id: state.attemptId } });
    expect(row).toMatchObject({ number: 1, startedAt: now, submittedAt: null });
    const optionOrder = row.optionOrder as Record<string, string[]>;
    for (const q of state.questions.filter((q) => q.format === "choice")) expect(q.options!.map((o) => o.id)).toEqual(optionOrder[q.id]);

    const accepting = await assignment({ timeLimitMinutes: 30, dueAt: minutes(20), lateWork: "accept" });
    expect((await startAttempt(client, userId, accepting.id, now)).state.deadline).toBe(minutes(30).toISOString());
    const open = await assignment();
    expect((await startAttempt(client, userId, open.id, now)).state.deadline).toBeNull();
  });

  it("gives two starts at once (two tabs) one attempt", async () => {
    const userId = await student("tabs");
    const set = await assignment({ attemptsAllowed: 3 });
    const [a, b] = await Promise.all([startAttempt(client, userId, set.id, now), startAttempt(client, userId, set.id, now)]);
    expect(a.state.attemptId).toBe(b.state.attemptId);
    const again = await startAttempt(client, userId, set.id, minutes(1));
    expect(again).toMatchObject({ created: false, state: { attemptId: a.state.attemptId } });
    expect(await client.attempt.count({ where: { userId } })).toBe(1);
  });

  it("stores an answer once per client id, keeps answers final, and says nothing of the verdict", async () => {
    const userId = await student("save");
    const set = await assignment();
    const { state } = await startAttempt(client, userId, set.id, now);
    const first = state.questions[0]!;
    const input = { questionId: first.id, answer: wrongAnswer(await snapshotOf(first.id)), clientId: clientId(), timeTakenMs: 4200 };
    const saved = await saveAnswer(client, userId, state.attemptId, input, minutes(1));
    expect(saved).toMatchObject({ duplicate: false, questionId: first.id });
    expect(Object.keys(saved).sort()).toEqual(["answerId", "answeredAt", "clientId", "duplicate", "late", "questionId"]);
    const retried = await saveAnswer(client, userId, state.attemptId, input, minutes(2));
    expect(retried).toMatchObject({ duplicate: true, answerId: saved.answerId });
    const second = state.questions[1]!;
    const twin = { questionId: second.id, answer: rightAnswer(await snapshotOf(second.id)), clientId: clientId() };
    const both = await Promise.all([saveAnswer(client, userId, state.attemptId, twin, minutes(2)), saveAnswer(client, userId, state.attemptId, twin, minutes(2))]);
    expect(both[0].answerId).toBe(both[1].answerId);
    expect(await client.attemptAnswer.count({ where: { userId } })).toBe(2);
    const stored = await client.attemptAnswer.findUniqueOrThrow({ where: { id: saved.answerId } });
    expect(stored).toMatchObject({ verdict: "incorrect", correct: false, timeTakenMs: 4200, answeredAt: minutes(1) });

    const error = await rejection(saveAnswer(client, userId, state.attemptId, { ...input, answer: rightAnswer(await snapshotOf(first.id)), clientId: clientId() }, minutes(3)), 409);
    expect(error.message).toMatch(/already answered/);
    await rejection(saveAnswer(client, userId, state.attemptId, { ...input, questionId: second.id }, minutes(3)), 409);
    await rejection(saveAnswer(client, userId, state.attemptId, { questionId: "not-a-question", answer: "x", clientId: clientId() }, minutes(3)), 404);
    await rejection(saveAnswer(client, userId, state.attemptId, { questionId: state.questions.find((q) => q.format === "choice")!.id, answer: ["a", "b"], clientId: clientId() }, minutes(3)), 400);
    expect(await client.attemptAnswer.count({ where: { userId } })).toBe(2);
  });

  it("refuses an answer after the deadline and submits the attempt as expired with what was saved", async () => {
    const userId = await student("late-answer");
    const set = await assignment({ timeLimitMinutes: 10 });
    const { state } = await startAttempt(client, userId, set.id, now);
    const [q1, q2] = state.questions;
    await saveAnswer(client, userId, state.attemptId, { questionId: q1!.id, answer: rightAnswer(await snapshotOf(q1!.id)), clientId: clientId() }, minutes(5));
    const error = await rejection(saveAnswer(client, userId, state.attemptId, { questionId: q2!.id, answer: rightAnswer(await snapshotOf(q2!.id)), clientId: clientId() }, minutes(11)), 409);
    expect(error.message).toMatch(/Time is up/);
    const row = await client.attempt.findUniqueOrThrow({ where: { id: state.attemptId } });
    expect(row).toMatchObject({ submittedBy: "expired", submittedAt: minutes(10), score: 1, maxScore: 6 });
    expect(await client.attemptAnswer.count({ where: { attemptId: state.attemptId } })).toBe(1);
    // After submission nothing more is taken either.
    const after = await rejection(saveAnswer(client, userId, state.attemptId, { questionId: q2!.id, answer: "x", clientId: clientId() }, minutes(12)), 409);
    expect(after.message).toMatch(/submitted/);
  });

  it("submits an expired attempt lazily when the list or the attempt is read", async () => {
    const userId = await student("lazy");
    const set = await assignment({ timeLimitMinutes: 5 });
    const { state } = await startAttempt(client, userId, set.id, now);
    await saveAnswer(client, userId, state.attemptId, { questionId: state.questions[0]!.id, answer: rightAnswer(await snapshotOf(state.questions[0]!.id)), clientId: clientId() }, minutes(1));
    const list = await listStudentAssignments(client, userId, minutes(6));
    const card = list.find((c) => c.assignmentId === set.id)!;
    expect(card).toMatchObject({ status: "submitted", openAttemptId: null, lastSubmittedId: state.attemptId, canStart: false });
    expect(card.attempts[0]).toMatchObject({ submittedBy: "expired", score: 1, maxScore: 6 });

    const other = await student("lazy-resume");
    const started = await startAttempt(client, other, set.id, now);
    const resumed = await getAttemptState(client, other, started.state.attemptId, minutes(7));
    expect(resumed).toMatchObject({ submittedBy: "expired", submittedAt: minutes(5).toISOString(), result: { score: 0, maxScore: 6 } });
  });

  it("submits expired attempts when the teacher's gradebook or results are read, and only those", async () => {
    const gone = await student("closed-the-tab");
    const still = await student("still-working");
    const set = await assignment({ timeLimitMinutes: 5 });
    const left = await startAttempt(client, gone, set.id, now);
    await saveAnswer(client, gone, left.state.attemptId, { questionId: left.state.questions[0]!.id, answer: rightAnswer(await snapshotOf(left.state.questions[0]!.id)), clientId: clientId() }, minutes(1));
    const working = await startAttempt(client, still, set.id, minutes(4));
    const classroom = await client.classroom.findUniqueOrThrow({ where: { id: classroomId }, select: { teacherId: true } });
    const { gradebook } = await loadGradebook(client, classroom.teacherId, classroomId, minutes(6));
    expect(gradebook).toBeDefined();
    expect(await client.attempt.findUniqueOrThrow({ where: { id: left.state.attemptId } })).toMatchObject({ submittedBy: "expired", submittedAt: minutes(5), score: 1 });
    expect(await client.attempt.findUniqueOrThrow({ where: { id: working.state.attemptId } })).toMatchObject({ submittedAt: null });
    await loadItemAnalysis(client, classroom.teacherId, classroomId, set.id, "first", minutes(10));
    expect(await client.attempt.findUniqueOrThrow({ where: { id: working.state.attemptId } })).toMatchObject({ submittedBy: "expired", submittedAt: minutes(9) });
  });

  it("marks work after the due time late when late work is accepted, and refuses to start when it is not", async () => {
    const userId = await student("late");
    const accepting = await assignment({ dueAt: minutes(-60), lateWork: "accept" });
    const { state } = await startAttempt(client, userId, accepting.id, now);
    expect(state.deadline).toBeNull();
    const saved = await saveAnswer(client, userId, state.attemptId, { questionId: state.questions[0]!.id, answer: wrongAnswer(await snapshotOf(state.questions[0]!.id)), clientId: clientId() }, minutes(1));
    expect(saved.late).toBe(true);
    expect((await client.attempt.findUniqueOrThrow({ where: { id: state.attemptId } })).late).toBe(true);
    const submitted = await submitAttempt(client, userId, state.attemptId, minutes(2));
    expect(submitted.late).toBe(true);

    const refusing = await assignment({ dueAt: minutes(-60) });
    expect((await rejection(startAttempt(client, userId, refusing.id, now), 409)).message).toMatch(/late work is not accepted/);
    const notYet = await assignment({ opensAt: minutes(60) });
    expect((await rejection(startAttempt(client, userId, notYet.id, now), 409)).message).toMatch(/opens on/);
    const onTime = await assignment({ dueAt: minutes(60), lateWork: "accept" });
    const timely = await startAttempt(client, userId, onTime.id, now);
    expect((await saveAnswer(client, userId, timely.state.attemptId, { questionId: timely.state.questions[0]!.id, answer: wrongAnswer(await snapshotOf(timely.state.questions[0]!.id)), clientId: clientId() }, minutes(1))).late).toBe(false);
  });

  it("keeps to the number of attempts allowed", async () => {
    const userId = await student("limit");
    const set = await assignment({ attemptsAllowed: 2 });
    const first = await startAttempt(client, userId, set.id, now);
    await submitAttempt(client, userId, first.state.attemptId, minutes(1));
    const second = await startAttempt(client, userId, set.id, minutes(2));
    expect(second).toMatchObject({ created: true, state: { number: 2 } });
    expect(second.state.questions.map((q) => q.id)).not.toEqual(first.state.questions.map((q) => q.id));
    await submitAttempt(client, userId, second.state.attemptId, minutes(3));
    expect((await rejection(startAttempt(client, userId, set.id, minutes(4)), 409)).message).toMatch(/all 2 attempts/);
    expect((await studentAssignment(client, userId, set.id, minutes(4))).status).toBe("submitted");
  });

  it("resumes with the saved answers and the time left, and no key anywhere before submission", async () => {
    const userId = await student("resume");
    const set = await assignment({ timeLimitMinutes: 30 });
    const { state } = await startAttempt(client, userId, set.id, now);
    const typed = state.questions.filter((q) => q.format === "shortAnswer");
    await saveAnswer(client, userId, state.attemptId, { questionId: typed[0]!.id, answer: "Someone", clientId: "resume-client-1" }, minutes(3));
    const resumed = await getAttemptState(client, userId, state.attemptId, minutes(4));
    expect(resumed.answers).toEqual([expect.objectContaining({ questionId: typed[0]!.id, answer: "Someone", clientId: "resume-client-1" })]);
    expect(resumed).toMatchObject({ deadline: minutes(30).toISOString(), serverNow: minutes(4).toISOString(), result: null, submittedAt: null });
    expect(resumed.questions.map((q) => q.id)).toEqual(state.questions.map((q) => q.id));
    const text = JSON.stringify(resumed);
    for (const word of ["verdict", "correct", "explanation", "accepted", "factIds", "templateId", "distractors", "reason"]) expect(text).not.toContain(`"${word}"`);
    for (const q of typed) {
      const snapshot = await snapshotOf(q.id);
      // The question's own public form and the saved answers never carry its key.
      if (snapshot.answer.kind === "text") expect(JSON.stringify([resumed.questions.find((shown) => shown.id === q.id), resumed.answers])).not.toContain(snapshot.answer.display);
    }
  });

  it("reveals as the rule says: afterSubmit on submission, afterDue the score then the review at the due time, never nothing", async () => {
    const plays = async (settings: Settings) => {
      const userId = await student(`reveal-${settings.reveal}`);
      const set = await assignment(settings);
      const { state } = await startAttempt(client, userId, set.id, now);
      const q = state.questions[0]!;
      await saveAnswer(client, userId, state.attemptId, { questionId: q.id, answer: rightAnswer(await snapshotOf(q.id)), clientId: clientId() }, minutes(1));
      return { userId, attemptId: state.attemptId, submitted: await submitAttempt(client, userId, state.attemptId, minutes(2)) };
    };
    const afterSubmit = await plays({ reveal: "afterSubmit" });
    expect(afterSubmit.submitted.result).toMatchObject({ score: 1, maxScore: 6 });
    const review = afterSubmit.submitted.result!.review!;
    expect(review).toHaveLength(6);
    expect(review.filter((item) => item.answerId)).toEqual([expect.objectContaining({ verdict: "correct", correct: true, correctAnswer: expect.any(String), explanation: expect.objectContaining({ sources: expect.any(Array) }) })]);

    const afterDue = await plays({ reveal: "afterDue", dueAt: minutes(60), lateWork: "accept" });
    expect(afterDue.submitted.result).toMatchObject({ score: 1, maxScore: 6, review: null, reviewAt: minutes(60).toISOString() });
    expect(JSON.stringify(afterDue.submitted)).not.toContain('"correctAnswer"');
    const later = await getAttemptState(client, afterDue.userId, afterDue.attemptId, minutes(61));
    expect(later.result!.review).toHaveLength(6);

    const never = await plays({ reveal: "never", dueAt: minutes(60) });
    expect(never.submitted.result).toEqual({ score: null, maxScore: null, review: null, reviewAt: null });
    const muchLater = await getAttemptState(client, never.userId, never.attemptId, minutes(6000));
    expect(muchLater.result).toEqual({ score: null, maxScore: null, review: null, reviewAt: null });
    const card = await studentAssignment(client, never.userId, muchLater.assignmentId, minutes(6000));
    expect(card.attempts[0]).toMatchObject({ score: null, maxScore: null });
    expect((await client.attempt.findUniqueOrThrow({ where: { id: never.attemptId } })).score).toBe(1);
  });

  it("feeds the flashcards once per answer on submission, whichever way it is submitted", async () => {
    const userId = await student("cards");
    const cards = (await cardCatalogue(client)).cards;
    const set = await assignment();
    const { state } = await startAttempt(client, userId, set.id, now);
    let expected = 0;
    for (const [index, q] of state.questions.slice(0, 3).entries()) {
      const snapshot = await snapshotOf(q.id);
      const correct = index % 2 === 0;
      await saveAnswer(client, userId, state.attemptId, { questionId: q.id, answer: correct ? rightAnswer(snapshot) : wrongAnswer(snapshot), clientId: clientId() }, minutes(1));
      expected += practiceRatings({ asks: snapshot.asks, correct }, cards).length;
    }
    expect(expected).toBeGreaterThan(0);
    expect(await client.reviewLog.count({ where: { userId } })).toBe(0);
    await Promise.all([submitAttempt(client, userId, state.attemptId, minutes(2)), submitAttempt(client, userId, state.attemptId, minutes(2))]);
    await submitAttempt(client, userId, state.attemptId, minutes(3));
    const logs = await client.reviewLog.findMany({ where: { userId } });
    expect(logs).toHaveLength(expected);
    for (const log of logs) expect(log.source).toBe("assignment");
    expect(new Set(logs.map((log) => log.clientId)).size).toBe(expected);
  });

  it("rolls back the submission and the reviews together when the transaction fails", async () => {
    const userId = await student("rollback");
    const set = await assignment();
    const { state } = await startAttempt(client, userId, set.id, now);
    await saveAnswer(client, userId, state.attemptId, { questionId: state.questions[0]!.id, answer: rightAnswer(await snapshotOf(state.questions[0]!.id)), clientId: clientId() }, minutes(1));
    const failing = submitAttempt(client, userId, state.attemptId, minutes(2), {
      afterReviews: () => {
        throw new Error("injected failure");
      },
    });
    await expect(failing).rejects.toThrow("injected failure");
    expect((await client.attempt.findUniqueOrThrow({ where: { id: state.attemptId } })).submittedAt).toBeNull();
    expect(await client.reviewLog.count({ where: { userId } })).toBe(0);
  });

  it("draws blueprint.count questions per attempt in drawn mode", async () => {
    const userId = await student("drawn");
    const set = await assignment({ mode: "drawn", count: 3 }, questions);
    const { state } = await startAttempt(client, userId, set.id, now);
    expect(state.questions).toHaveLength(3);
    expect(new Set(state.questions.map((q) => q.id)).size).toBe(3);
    const submitted = await submitAttempt(client, userId, state.attemptId, minutes(1));
    expect(submitted.result).toMatchObject({ score: 0, maxScore: 3 });
  });

  it("marks with the spellings teachers accepted, and takes contests and reports once", async () => {
    const userId = await student("contest");
    const set = await assignment();
    const { state } = await startAttempt(client, userId, set.id, now);
    const typed = state.questions.filter((q) => q.format === "shortAnswer");
    const accepted = await snapshotOf(typed[0]!.id);
    await client.acceptedAnswer.create({ data: { factId: accepted.factIds[0]!, text: "Zebulon the Great", createdById: teacherId } });
    await saveAnswer(client, userId, state.attemptId, { questionId: typed[0]!.id, answer: "zebulon the great", clientId: clientId() }, minutes(1));
    const rejected = await saveAnswer(client, userId, state.attemptId, { questionId: typed[1]!.id, answer: "Nobody at all", clientId: clientId() }, minutes(1));
    const report = await reportQuestion(client, userId, { attemptId: state.attemptId, questionId: typed[2]!.id, note: "two answers fit", now: minutes(1) });
    expect(report.duplicate).toBe(false);
    expect((await reportQuestion(client, userId, { attemptId: state.attemptId, questionId: typed[2]!.id, note: "", now: minutes(1) })).duplicate).toBe(true);
    await rejection(reportQuestion(client, userId, { attemptId: state.attemptId, questionId: "elsewhere", note: "", now: minutes(1) }), 404);
    // No contest before the verdicts are shown.
    await rejection(contestAttemptAnswer(client, userId, { attemptId: state.attemptId, answerId: rejected.answerId, note: "", now: minutes(1) }), 409);

    const submitted = await submitAttempt(client, userId, state.attemptId, minutes(2));
    expect(submitted.result!.score).toBe(1);
    expect(submitted.reported).toEqual([typed[2]!.id]);
    const item = submitted.result!.review!.find((i) => i.questionId === typed[1]!.id)!;
    expect(item).toMatchObject({ contestable: true, contest: null, verdict: "incorrect" });
    const contest = await contestAttemptAnswer(client, userId, { attemptId: state.attemptId, answerId: rejected.answerId, note: "same person", now: minutes(3) });
    expect(contest).toMatchObject({ duplicate: false, status: "open" });
    expect((await contestAttemptAnswer(client, userId, { attemptId: state.attemptId, answerId: rejected.answerId, note: "", now: minutes(3) })).duplicate).toBe(true);
    expect(await client.attemptContest.count({ where: { userId } })).toBe(1);
    const right = submitted.result!.review!.find((i) => i.questionId === typed[0]!.id)!;
    await rejection(contestAttemptAnswer(client, userId, { attemptId: state.attemptId, answerId: right.answerId!, note: "", now: minutes(3) }), 400);
    expect((await getAttemptState(client, userId, state.attemptId, minutes(4))).result!.review!.find((i) => i.questionId === typed[1]!.id)!.contest).toEqual({ status: "open" });
  });

  it("shows a student only their own attempts and the published assignments of their classes", async () => {
    const owner = await student("owner");
    const other = await student("other");
    const outsider = await user("outsider");
    const set = await assignment();
    const { state } = await startAttempt(client, owner, set.id, now);
    await rejection(getAttemptState(client, other, state.attemptId, now), 404);
    await rejection(saveAnswer(client, other, state.attemptId, { questionId: state.questions[0]!.id, answer: "x", clientId: clientId() }, now), 404);
    await rejection(submitAttempt(client, other, state.attemptId, now), 404);
    await rejection(reportQuestion(client, other, { attemptId: state.attemptId, questionId: state.questions[0]!.id, note: "", now }), 404);
    await rejection(startAttempt(client, outsider, set.id, now), 404);
    await rejection(studentAssignment(client, outsider, set.id, now), 404);
    expect(await listStudentAssignments(client, outsider, now)).toEqual([]);

    const draft = await assignment({ status: "draft" });
    await rejection(startAttempt(client, owner, draft.id, now), 404);
    expect((await listStudentAssignments(client, owner, now)).map((c) => c.assignmentId)).toContain(set.id);
    expect((await listStudentAssignments(client, owner, now)).map((c) => c.assignmentId)).not.toContain(draft.id);

    // Removed from the class: the assignment and its attempt are gone for them.
    await client.classMember.update({ where: { classroomId_userId: { classroomId, userId: owner } }, data: { removedAt: now } });
    await rejection(getAttemptState(client, owner, state.attemptId, now), 404);
    expect((await listStudentAssignments(client, owner, now)).map((c) => c.assignmentId)).not.toContain(set.id);
  });

  it("seeds a demo assignment with a good and a weak submitted attempt, once", async () => {
    const demoClass = (await client.classroom.create({ data: { teacherId, name: "Demo class", joinCode: `D${Math.random().toString(36).slice(2, 8).toUpperCase()}` } })).id;
    const good = await student("demo-good", demoClass);
    const weak = await student("demo-weak", demoClass);
    const seeded = await seedDemoAssignment(client, { classroomId: demoClass, now });
    expect(seeded).toMatchObject({ attempts: 2 });
    expect(await seedDemoAssignment(client, { classroomId: demoClass, now })).toBeNull();
    const row = await client.assignment.findFirstOrThrow({ where: { classroomId: demoClass, title: DEMO_ASSIGNMENT_TITLE }, include: { questions: true } });
    expect(row).toMatchObject({ status: "published", mode: "fixed" });
    expect(row.questions).toHaveLength(8);
    expect(row.dueAt!.getTime()).toBeLessThan(now.getTime());
    const attempts = await client.attempt.findMany({ where: { assignmentId: row.id }, orderBy: { score: "desc" } });
    expect(attempts.map((a) => a.userId)).toEqual([good, weak]);
    expect(attempts.map((a) => [a.score, a.maxScore, a.submittedBy])).toEqual([
      [7, 8, "student"],
      [2, 8, "student"],
    ]);
    expect(await client.attemptAnswer.count({ where: { attempt: { assignmentId: row.id } } })).toBe(15);
    const card = (await listStudentAssignments(client, good, now)).find((c) => c.assignmentId === row.id)!;
    expect(card).toMatchObject({ status: "submitted", attempts: [expect.objectContaining({ score: 7, maxScore: 8 })] });
  });
});
