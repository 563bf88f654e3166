/**
 * Demo data for the results pages: a published, fixed assignment of eight questions in the demo
 * class, due three days ago, with a submitted attempt by each of the class's first two students
 * (one scoring well, one badly). The attempts are taken through the real attempt functions at
 * past times, so they are exactly what a student would have left. Runs once: a class that already
 * has the demo assignment is left alone.
 *
 * Wiring (scripts/start.ts, after the classes helper has seeded the demo class and its students):
 *   await (await import("../lib/server/assignments/demo")).seedDemoAssignment(database, { classroomId, now: new Date() });
 */
import type { Question, UserAnswer } from "../../questions";
import type { Db } from "../db/client";
import { assemblePractice } from "../practice";
import { saveAnswer, startAttempt, submitAttempt } from "./attempts";

export const DEMO_ASSIGNMENT_TITLE = "Russo-Japanese War and Manchuria: checkpoint quiz";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function answerFor(question: Question, right: boolean): UserAnswer {
  const key = question.answer;
  if (key.kind === "choice") return right ? key.optionId : (question.options ?? []).find((option) => option.id !== key.optionId)?.id ?? key.optionId;
  if (key.kind === "text") return right ? (key.accepted[0]?.variants[0] ?? key.display) : "I am not sure";
  if (key.kind === "boolean") return right ? key.value : !key.value;
  if (key.kind === "order") return right ? key.optionIds : [...key.optionIds].reverse();
  if (key.kind === "match") return right ? key.pairs : {};
  return right ? key.display : "1";
}

export interface DemoAssignmentOptions {
  classroomId: string;
  now: Date;
  /** The two students (good, then weak); default: the class's first two active members. */
  studentIds?: [string, string];
}

export async function seedDemoAssignment(database: Db, options: DemoAssignmentOptions): Promise<{ assignmentId: string; attempts: number } | null> {
  const classroom = await database.classroom.findUnique({ where: { id: options.classroomId }, select: { id: true, teacherId: true } });
  if (!classroom) return null;
  const existing = await database.assignment.findFirst({ where: { classroomId: classroom.id, title: DEMO_ASSIGNMENT_TITLE }, select: { id: true } });
  if (existing) return null;
  const students =
    options.studentIds ??
    (await database.classMember.findMany({ where: { classroomId: classroom.id, removedAt: null }, orderBy: { joinedAt: "asc" }, take: 2, select: { userId: true } })).map((member) => member.userId);
  const choice = await assemblePractice({ count: 4, seed: "demo-assignment-choice", formats: ["choice"] }, database);
  const typed = await assemblePractice({ count: 4, seed: "demo-assignment-typed", formats: ["shortAnswer"] }, database);
  const questions = [choice[0], typed[0], choice[1], typed[1], choice[2], typed[2], choice[3], typed[3]].filter((q): q is Question => q !== undefined);
  if (questions.length === 0) return null;
  const dueAt = new Date(options.now.getTime() - 3 * DAY);
  const assignment = await database.assignment.create({
    data: {
      classroomId: classroom.id,
      createdById: classroom.teacherId,
      title: DEMO_ASSIGNMENT_TITLE,
      instructions: "Eight questions on the battles you read this week. You have 20 minutes; each answer is saved when you give it.",
      blueprint: { eventIds: [], families: [], formats: ["choice", "shortAnswer"], count: questions.length, seed: "demo" },
      mode: "fixed",
      opensAt: new Date(dueAt.getTime() - 7 * DAY),
      dueAt,
      timeZone: "UTC",
      attemptsAllowed: 1,
      timeLimitMinutes: 20,
      lateWork: "refuse",
      reveal: "afterSubmit",
      status: "published",
      publishedAt: new Date(dueAt.getTime() - 7 * DAY),
      questions: { create: questions.map((question, position) => ({ position, questionId: question.id, snapshot: question as object, factIds: question.factIds })) },
    },
    select: { id: true, questions: { select: { id: true, snapshot: true } } },
  });
  const snapshots = new Map(assignment.questions.map((row) => [row.id, row.snapshot as unknown as Question]));
  let attempts = 0;
  for (const [which, userId] of students.entries()) {
    const startedAt = new Date(dueAt.getTime() - (30 + which * 20) * HOUR);
    const { state } = await startAttempt(database, userId, assignment.id, startedAt);
    // The first student gets all but one right; the second gets two right and leaves one out.
    const rightOnes = which === 0 ? new Set(state.questions.slice(0, -1).map((q) => q.id)) : new Set(state.questions.slice(0, 2).map((q) => q.id));
    const answered = which === 0 ? state.questions : state.questions.slice(0, -1);
    for (const [index, question] of answered.entries()) {
      const snapshot = snapshots.get(question.id)!;
      await saveAnswer(database, userId, state.attemptId, { questionId: question.id, answer: answerFor(snapshot, rightOnes.has(question.id)), clientId: `demo:${state.attemptId}:${index}`, timeTakenMs: 20_000 + index * 3_000 }, new Date(startedAt.getTime() + (index + 1) * 60_000));
    }
    await submitAttempt(database, userId, state.attemptId, new Date(startedAt.getTime() + 12 * 60_000));
    attempts++;
  }
  return { assignmentId: assignment.id, attempts };
}
